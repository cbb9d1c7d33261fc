"""Saying a change aloud through the object a screen reader is reading.

Orca 43 (Debian 12) ignores Qt's announcement events (``object:announcement``
came later), but it speaks a new description of the object it is reading at
once, and only that text. So news goes out as a description change of the
focused widget, or of its focused item, and the description goes back to what
it was without an event: nothing is left behind to be read twice.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget


def tell_item(widget: QWidget, child: int) -> None:
    """Send a description change for item ``child`` of ``widget`` (the text it has now)."""
    if QAccessible.isActive():
        event = QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        if child >= 0:
            event.setChild(child)
        QAccessible.updateAccessibility(event)


def say(text: str, widget: QWidget | None = None) -> None:
    """Have a screen reader say ``text`` now, as news of ``widget`` (the focused one by default).

    A widget with a ``say(text)`` method of its own (one that draws or lists
    items) says it through its focused item.
    """
    widget = widget or QApplication.focusWidget()
    if widget is None or not text or not QAccessible.isActive():
        return
    own = getattr(widget, "say", None)
    if callable(own):
        own(text)
        return
    before = widget.accessibleDescription()
    widget.setAccessibleDescription(text)  # Qt sends the change, with this text
    if not before:
        # Back to none: a screen reader says nothing for an empty description.
        widget.setAccessibleDescription("")
