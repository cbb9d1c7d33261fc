"""Screen readers see the map as a list of areas, each with its name and state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from backguide.core.matching import zone_areas
from backguide.ui.selection import ViewMode

from ui_support import shipped

CONTENT, _, _ = shipped()
NAME = QAccessible.Text.Name


def _children(window):  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(window.map)
    return interface, [interface.child(i) for i in range(interface.childCount())]


def test_every_region_is_a_named_item_of_the_map(window) -> None:
    interface, children = _children(window)
    assert interface.role() == QAccessible.Role.List
    assert interface.text(NAME) == "Map of the back"
    assert [c.text(NAME) for c in children] == [r.name for r in CONTENT.regions]
    assert all(c.role() == QAccessible.Role.ListItem for c in children)
    assert all(c.parent().object() is window.map for c in children)
    assert [interface.indexOfChild(c) for c in children] == list(range(len(children)))


def test_the_chosen_region_is_reported_selected(window) -> None:
    window.selection.choose_region("lumbar-right")
    _, children = _children(window)
    selected = [c.text(NAME) for c in children if c.state().selected]
    assert selected == [CONTENT.region("lumbar-right").name]


def test_keyboard_focus_moves_through_the_items(qtbot, window) -> None:
    window.map.setFocus()
    qtbot.keyClick(window.map, Qt.Key.Key_Down)
    interface, _ = _children(window)
    focused = interface.focusChild()
    assert focused is not None and focused.text(NAME) == CONTENT.regions[0].name
    assert focused.state().focused


def test_the_pain_view_lists_the_places_instead(window) -> None:
    window.set_mode(ViewMode.PAIN)
    _, children = _children(window)
    assert [c.text(NAME) for c in children] == [a.name for a in zone_areas(CONTENT)]


def test_an_item_can_be_found_at_its_place_on_screen(window) -> None:
    interface, children = _children(window)
    lumbar = next(c for c in children if c.text(NAME) == CONTENT.region("lumbar-left").name)
    centre = lumbar.rect().center()
    found = interface.childAt(centre.x(), centre.y())
    assert found is not None and found.text(NAME) == lumbar.text(NAME)
