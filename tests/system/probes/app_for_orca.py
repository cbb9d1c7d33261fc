"""Runs BackGuide for the screen-reader test until argv[1] exists (or a minute and a half)."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backguide import app

done = Path(sys.argv[1])
qapp = app._application()
timer = QTimer()
timer.timeout.connect(lambda: done.exists() and QApplication.quit())
timer.start(100)
QTimer.singleShot(90_000, QApplication.quit)  # never hang a test run
code = app.run_app(data_dir=sys.argv[2])
print(f"exit {code}", flush=True)
sys.exit(code)
