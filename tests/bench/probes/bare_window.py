"""The yardstick of the start-up budget: a bare QMainWindow.

Prints the monotonic clock once its whole first frame is painted, as
``backguide --smoke`` does, and quits.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.property("painted"):
            self.setProperty("painted", True)
            QTimer.singleShot(0, self.report)  # after the whole first frame, as BackGuide does
        return False

    def report(self):
        print(f"first paint at monotonic {time.monotonic():.6f}", flush=True)
        QApplication.quit()


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 820)
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
