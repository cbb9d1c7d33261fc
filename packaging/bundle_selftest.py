"""A check of the frozen bundle that reaches what ``--smoke`` does not.

The app loads some libraries only when they are first needed: pyqtgraph and
numpy for the diary's chart, QtPrintSupport for printing; and the Spanish
translations only for a Spanish start. ``packaging/build.sh``
runs the bundle with ``BACKGUIDE_BUNDLE_SELFTEST=1`` so that a library the
build left out, or broke, fails the build rather than a person's first click.
"""

from __future__ import annotations

import pkgutil
import sqlite3
import sys
import tempfile
from pathlib import Path


def run() -> int:
    """Import every BackGuide module, draw a chart and a PDF offscreen, load the Spanish
    translations; 0 if all worked."""
    import backguide

    modules = [m.name for m in pkgutil.walk_packages(backguide.__path__, "backguide.")]
    assert len(modules) > 10, f"only found {modules}"
    for name in modules:
        __import__(name)

    from PySide6.QtGui import QIcon, QPainter
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    import numpy as np
    import pyqtgraph as pg
    import yaml
    from pyqtgraph.exporters import ImageExporter

    from backguide.app import DESKTOP_ID
    from backguide.paths import asset

    chart = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
    chart.plot(1.7e9 + 86400.0 * np.arange(7), np.array([6, 5, 5, 4, 3, 3, 2]), symbol="o")
    chart.resize(400, 300)
    image = ImageExporter(chart.plotItem).export(toBytes=True)
    assert not image.isNull(), "pyqtgraph drew nothing"

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "chart.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        painter = QPainter(printer)
        QSvgRenderer(str(asset("back.svg"))).render(painter)
        chart.render(painter)
        painter.end()
        assert pdf.read_bytes()[:5] == b"%PDF-", "no PDF written"

    assert not QIcon(str(asset(f"{DESKTOP_ID}.svg"))).pixmap(64, 64).isNull(), "no icon"

    from backguide.ui.translation import install_translators

    assert install_translators("es"), "no Spanish translation of the interface"
    assert app.translate("MainWindow", "&File") == "&Archivo", "the Spanish words are missing"
    assert app.translate("QPlatformTheme", "Close") == "Cerrar", "Qt's own Spanish is missing"
    install_translators("en")
    sqlite3.connect(":memory:").execute("select 1")
    chart.close()
    del app
    print(f"bundle self-test OK: {len(modules)} BackGuide modules, "
          f"pyqtgraph {pg.__version__}, numpy {np.__version__}, "
          f"libyaml {'yes' if yaml.__with_libyaml__ else 'no'}")
    return 0
