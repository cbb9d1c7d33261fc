"""Keyboard and screen-reader helpers for the checklist window.

Found in the 2026-11-30 review: Enter on a focused "Back" went forward, the
focused and the default button looked the same, and radio buttons showed no
focus ring after a page change (Fusion draws it only after a Tab). The style
sheet below draws the ring whenever a control has the focus, and the default
button with a heavier, dark border (not bold text: its size would not follow); the ring is in the palette's
highlight colour, so it follows dark and high-contrast palettes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QSlider,
    QTextBrowser,
    QWidget,
)

FOCUS_STYLE = """
QPushButton { padding: 4px 14px; border: 1px solid palette(dark); border-radius: 4px;
              background-color: palette(button); color: palette(button-text); min-height: 20px; }
QPushButton:default { border: 2px solid palette(window-text); padding: 3px 13px;
                      background-color: palette(light); }
QPushButton:disabled { color: palette(mid); border-color: palette(mid); }
QPushButton:focus { border: 3px solid palette(highlight); padding: 2px 12px; }
QRadioButton, QCheckBox { border: 2px solid transparent; border-radius: 4px; padding: 1px 3px; }
QRadioButton:focus, QCheckBox:focus { border: 2px solid palette(highlight); }
QLabel[focusable="true"] { border: 2px solid transparent; border-radius: 4px; }
QLabel[focusable="true"]:focus { border: 2px solid palette(highlight); }
QLineEdit { border: 1px solid palette(dark); border-radius: 3px; padding: 3px; }
QLineEdit:focus { border: 2px solid palette(highlight); padding: 2px; }
QTextBrowser { border: 1px solid palette(mid); }
QTextBrowser:focus { border: 2px solid palette(highlight); }
QSlider { border: 2px solid transparent; border-radius: 4px; }
QSlider:focus { border: 2px solid palette(highlight); }
"""

# The controls a person reaches with Tab on a page, in the page's own order.
_TAB_STOPS = (QAbstractButton, QSlider, QLineEdit, QTextBrowser, QLabel)


def focusable_label(label: QLabel) -> QLabel:
    """Let a label take the focus (a page heading, the emergency message), with a ring."""
    label.setProperty("focusable", True)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` a Tab can reach, in the order they were laid out."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, _TAB_STOPS) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` (at once and interrupting, if ``assertive``)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
