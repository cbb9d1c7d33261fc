"""Milliseconds to open the diary window for the first time.

With the argument ``idle`` the chart code is loaded first the way the app
does it after its first frame (on a background thread), and the clock starts
once that is done, as when a person opens the diary a few seconds after
start; without it the clock includes importing pyqtgraph.
"""

import sys
import time

from PySide6.QtWidgets import QApplication

from backguide import app as backguide_app

from main_window import shown_main_window

app = QApplication(sys.argv)
window = shown_main_window(app)
assert "pyqtgraph" not in sys.modules
if sys.argv[1:] == ["idle"]:
    loaders = []
    backguide_app._load_chart_in_background(loaders)
    while loaders[0].is_alive():
        app.processEvents()
        time.sleep(0.005)
start = time.perf_counter()
diary = window.open_diary()
diary.repaint()
app.processEvents()
print(f"{(time.perf_counter() - start) * 1000:.1f}")
