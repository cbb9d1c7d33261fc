"""Peak resident size (KB) of the main window after visiting every region."""

import resource
import sys

from PySide6.QtWidgets import QApplication

from main_window import shown_main_window

app = QApplication(sys.argv)
window = shown_main_window(app)
for region in window.content.regions:
    window.selection.choose_region(region.id)
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
