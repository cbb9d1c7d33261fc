"""The main window: the body map beside the detail panel."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from backguide.core.model import Content


class MainWindow(QMainWindow):
    def __init__(self, content: Content) -> None:
        super().__init__()
        self.content = content
        self.setWindowTitle(content.guide.title)
        self.setCentralWidget(QLabel(content.guide.title))
        self.resize(1100, 760)
