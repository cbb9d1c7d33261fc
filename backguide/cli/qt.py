"""Qt for the commands that print or save PDFs, without a window."""

from __future__ import annotations

import sys

_QT: list[object] = []


def qt_for_printing(language: str | None) -> None:
    """Start Qt for printing, without a window: headless when there is no display.

    With a ``language``, what Qt draws (page numbers, the chart's words, dates)
    is in it.
    """
    import os

    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not only a QGuiApplication): printing support may show widgets.
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication.setApplicationName("BackGuide")
        _QT.append(QApplication(sys.argv[:1]))  # kept alive until the process ends
    if language is not None:
        from backguide.ui.translation import install_translators

        install_translators(language)
