"""What a screen reader sees of the body map: a list of areas, each with its name.

The regions and zones are drawn shapes, not widgets, so Qt knows nothing of
them. Each clickable area gets a small QObject stand-in (a child of the map,
so it lives exactly as long as the map) and an accessible interface made by
the factory below; Qt then owns and caches those interfaces as it does for
widgets. The map itself is presented as a list whose items are the areas of
the current view, with their names, selection and keyboard focus.

PySide's stubs declare the tree methods as never returning None, but Qt
expects a null interface for "no such child"; those overrides say so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleObject, QWindow
from PySide6.QtWidgets import QAccessibleWidget

if TYPE_CHECKING:
    from backguide.ui.map.view import BodyMap


class AreaHandle(QObject):
    """Stands in for one drawn area in the accessibility tree."""

    def __init__(self, view: BodyMap, area_id: str) -> None:
        super().__init__(view)
        self.view = view
        self.area_id = area_id
        self.setObjectName(f"area-{area_id}")


class AreaAccessible(QAccessibleObject):
    def __init__(self, handle: AreaHandle) -> None:
        super().__init__(handle)
        self.handle = handle

    def _item_ok(self) -> bool:
        return self.handle.area_id in self.handle.view.active_area_ids()

    def isValid(self) -> bool:  # noqa: N802
        return self._item_ok()

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.handle.view.window().windowHandle()

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self.handle.view)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def text(self, kind: QAccessible.Text) -> str:
        view = self.handle.view
        if kind == QAccessible.Text.Name:
            return view.accessible_name_of(self.handle.area_id)
        if kind == QAccessible.Text.Description:
            return "Selected" if self.handle.area_id in view.chosen_area_ids() else ""
        return ""

    def rect(self) -> QRect:
        return self.handle.view.area_screen_rect(self.handle.area_id)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        view = self.handle.view
        state = QAccessible.State()
        state.selectable = True
        state.focusable = True
        state.selected = self.handle.area_id in view.chosen_area_ids()
        state.focused = view.hasFocus() and view.keyboard_cursor == self.handle.area_id
        return state


class MapAccessible(QAccessibleWidget):
    """The map as a list of the areas that can be chosen in the current view."""

    def __init__(self, view: BodyMap) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.view = view

    def childCount(self) -> int:  # noqa: N802
        return len(self.view.active_area_ids())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        ids = self.view.active_area_ids()
        if not 0 <= index < len(ids):
            return None
        return QAccessible.queryAccessibleInterface(self.view.area_handle(ids[index]))

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        handle = child.object() if child is not None else None
        if isinstance(handle, AreaHandle):
            ids = self.view.active_area_ids()
            return ids.index(handle.area_id) if handle.area_id in ids else -1
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        area_id = self.view.area_at_screen(x, y)
        return None if area_id is None else QAccessible.queryAccessibleInterface(
            self.view.area_handle(area_id))

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        cursor = self.view.keyboard_cursor
        if cursor and cursor in self.view.active_area_ids():
            return QAccessible.queryAccessibleInterface(self.view.area_handle(cursor))
        return None


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    from backguide.ui.map.view import BodyMap

    if isinstance(obj, BodyMap):
        return MapAccessible(obj)
    if isinstance(obj, AreaHandle):
        return AreaAccessible(obj)
    return None


_installed = False


def install() -> None:
    """Register the factory once per process."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
