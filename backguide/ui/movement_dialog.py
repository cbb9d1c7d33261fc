"""One gentle movement in full: its picture large, its steps, dose and when to stop."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from backguide.core.model import Movement
from backguide.core.movements import movement_html
from backguide.core.wording import Words
from backguide.ui.movement_art import add_movement_images
from backguide.ui.style import PAGE_STYLE


class MovementDialog(QDialog):
    """Shows one movement; the person reads it and closes it."""

    def __init__(self, movement: Movement, parent: QWidget | None = None,
                 words: Words | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("movementDialog")
        self.setWindowTitle(movement.title)
        self.movement = movement
        self.text = QTextBrowser()
        self.text.setObjectName("movementText")
        self.text.setAccessibleName(movement.title)
        self.text.setOpenLinks(False)
        html = movement_html(movement, words=words)
        document = self.text.document()
        document.setDefaultStyleSheet(PAGE_STYLE)
        add_movement_images(document, html, self.devicePixelRatioF())
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 720)
