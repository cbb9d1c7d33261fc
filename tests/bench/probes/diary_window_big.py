"""Milliseconds to open the diary window on a data folder with a long diary.

argv[1]: the data folder (see big_diary.py). The chart code is imported
first, as the app does in idle time after its first frame.
"""

import sys
import time

from PySide6.QtWidgets import QApplication

import backguide.ui.diary.chart  # noqa: F401  (loaded in idle time by the app)
from backguide.core.artwork import load_artwork
from backguide.core.content import load_guide
from backguide.core.store import Store
from backguide.paths import asset, content_dir
from backguide.ui.diary.window import DiaryWindow

app = QApplication(sys.argv)
content = load_guide(content_dir(), load_artwork(asset("back.svg")))
with Store.open(sys.argv[1]) as store:
    start = time.perf_counter()
    diary = DiaryWindow(content, store)
    diary.show()
    diary.repaint()
    app.processEvents()
    print(f"{(time.perf_counter() - start) * 1000:.1f}")
    diary.close()
