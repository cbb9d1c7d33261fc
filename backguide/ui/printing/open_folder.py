"""The "Open folder" button that goes with a "Saved the handout … to FILE" message.

One kind of button, shown beside the message wherever it is shown: the main
window's status bar, and the handout builder's status line (the builder is a
large window over the main one, hiding its status bar).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget


class OpenFolderButton(QPushButton):
    """Opens the folder the last handout was saved to in the file manager; hidden until then."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Open folder"))
        self.setObjectName("openHandoutFolder")
        self.setAutoDefault(False)
        self.folder = ""
        self.clicked.connect(self._on_clicked)
        self.hide()

    def show_folder(self, folder: str) -> None:
        """Show the button, opening ``folder`` when pressed."""
        self.folder = folder
        where = self.tr("Open {folder}").format(folder=folder)
        self.setToolTip(where)
        self.setAccessibleDescription(where)
        self.show()

    def _on_clicked(self) -> None:
        if self.folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder))
