"""Headings a screen reader announces as headings, so people can jump between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtWidgets import QAccessibleWidget, QLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleInterface


class Heading(QLabel):
    """A title that screen readers announce as a heading, by its words (never its markup)."""

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        plain = self.textFormat() == Qt.TextFormat.PlainText
        words = text if plain else QTextDocumentFragment.fromHtml(text).toPlainText()
        self.setAccessibleName(words)


def _heading_accessible(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, Heading):
        return QAccessibleWidget(obj, QAccessible.Role.Heading)
    return None


QAccessible.installFactory(_heading_accessible)
