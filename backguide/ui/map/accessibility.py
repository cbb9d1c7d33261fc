"""What a screen reader sees of the body map: a list of areas, each with its name.

The regions and zones are drawn shapes, not widgets, so Qt knows nothing of
them. Each clickable area gets a small QObject stand-in (a child of the map,
so it lives exactly as long as the map) and an accessible interface made by
the factory below; Qt then owns and caches those interfaces as it does for
widgets. The map itself is presented as a list whose items are the areas of
the current view, with their names, selection and keyboard focus.

The module knows the map only through :class:`DrawnAreas`, the few questions
it asks of it; the map registers its own class with :func:`install`, so the
two modules do not import each other.

PySide's stubs declare the tree methods as never returning None, but Qt
expects a null interface for "no such child"; those overrides say so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleObject
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from backguide.ui.translation import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow


class DrawnAreas(Protocol):
    """What the accessibility side asks of the map (a QWidget with drawn areas)."""

    @property
    def keyboard_cursor(self) -> str: ...
    @property
    def news(self) -> str: ...
    def active_area_ids(self) -> list[str]: ...
    def chosen_area_ids(self) -> set[str]: ...
    def area_handle(self, area_id: str) -> AreaHandle: ...
    def area_screen_rect(self, area_id: str) -> QRect: ...
    def area_at_screen(self, x: int, y: int) -> str | None: ...
    def accessible_name_of(self, area_id: str) -> str: ...
    def hasFocus(self) -> bool: ...  # noqa: N802
    def window(self) -> QWidget: ...


class AreaHandle(QObject):
    """Stands in for one drawn area in the accessibility tree."""

    def __init__(self, view: QWidget, area_id: str) -> None:
        super().__init__(view)
        self.view: DrawnAreas = view  # type: ignore[assignment]  # the map, a QWidget
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
        view = self.handle.parent()
        return QAccessible.queryAccessibleInterface(view) if view is not None else None

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
            if view.news and view.keyboard_cursor == self.handle.area_id:
                return view.news
            chosen = self.handle.area_id in view.chosen_area_ids()
            return translate("BodyMap", "Selected") if chosen else ""
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

    def __init__(self, view: QWidget) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.view: DrawnAreas = view  # type: ignore[assignment]  # the map registered below

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Description and self.view.news:
            return self.view.news
        return super().text(kind)

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


_map_classes: list[type[QWidget]] = []


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, AreaHandle):
        return AreaAccessible(obj)
    if isinstance(obj, QWidget) and isinstance(obj, tuple(_map_classes)):
        return MapAccessible(obj)
    return None


def install(map_class: type[QWidget]) -> None:
    """Present widgets of ``map_class`` as lists of their drawn areas (once per process)."""
    if not _map_classes:
        QAccessible.installFactory(_factory)
    if map_class not in _map_classes:
        _map_classes.append(map_class)
