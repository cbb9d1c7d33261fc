"""Runs BackGuide, moves on the map with the keyboard, chooses, opens the gentle movements,
and quits once argv[1] exists."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backguide import app

done = Path(sys.argv[1])
qapp = app._application()
pressed: list[str] = []


def press_keys() -> None:
    """Move and choose on the map with the keyboard, as a screen reader user would."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from backguide.ui.map.view import BodyMap

    for widget in QApplication.allWidgets():
        if isinstance(widget, BodyMap):
            widget.setFocus()
            for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Return):
                QTest.keyClick(widget, key)
            print(f"chose {widget.selection.region}", flush=True)
    # Then the region's gentle movements: a page with links (the movements' pictures).
    from backguide.ui.detail_panel import DetailPanel

    for panel in QApplication.allWidgets():
        if isinstance(panel, DetailPanel):
            panel.show_section("moves")
    pressed.append("yes")


QTimer.singleShot(1500, press_keys)
timer = QTimer()
timer.timeout.connect(lambda: done.exists() and pressed and QApplication.quit())
timer.start(100)
QTimer.singleShot(60_000, QApplication.quit)  # never hang a test run
code = app.run_app(data_dir=sys.argv[2])
print(f"exit {code}", flush=True)
sys.exit(code)
