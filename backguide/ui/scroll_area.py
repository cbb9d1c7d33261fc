"""Scroll areas a screen reader can read while their pages change.

Qt's accessible scroll area (QAccessibleAbstractScrollArea, Qt 6.11) takes a
child from its list without checking the index: asked for one past the end, it
reads past the list and BackGuide crashes. A screen reader asks just that when a
page changes under it: the checklist's long page of safety questions has a
scroll bar, the next page has none, and the reader still counts two children.
Every QScrollArea is therefore shown to screen readers as a plain accessible
widget, which checks the index: the same role and name, its viewport and scroll
bars as its children.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QScrollArea

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface

_installed: list[bool] = []


def _scroll_area_accessible(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QScrollArea):
        return QAccessibleWidget(obj, QAccessible.Role.Client)
    return None


def install() -> None:
    """Show every scroll area made from now on to screen readers safely (once per process)."""
    if not _installed:
        QAccessible.installFactory(_scroll_area_accessible)
        _installed.append(True)
