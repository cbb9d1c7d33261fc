"""The drawn back: clickable regions, shaded referral zones, keyboard control.

The drawing itself comes from ``assets/back.svg``; the clickable regions and
zones are its outlines (read by :mod:`backguide.core.artwork`) turned into
``QGraphicsPathItem`` objects, so hit-testing follows their real shape.
The map shows the :class:`~backguide.ui.selection.Selection` it is given and
writes the person's choices back to it; it keeps no choice of its own, only
where the keyboard is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from backguide.core.artwork import Artwork, worded_svg
from backguide.core.matching import referred_areas, region_beside, zone_areas
from backguide.core.model import Content, Side
from backguide.ui.map.accessibility import AreaHandle
from backguide.ui.map.accessibility import install as install_accessibility
from backguide.ui.map.items import (
    PAPER_COLOUR,
    AreaEdge,
    AreaItem,
    MuscleItem,
    Shade,
    inner_point,
    outline_path,
)
from backguide.ui.selection import Choice, Selection, ViewMode
from backguide.ui.speech import tell_item

if TYPE_CHECKING:  # set up by PySide when such an event first arrives
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent

ZOOM_STEP = 1.25
MAP_FOCUS_RING = 3
ZOOM_MIN, ZOOM_MAX = 1.0, 4.0
MUSCLE_CLICK_ZOOM = 2.0  # from this zoom on, a click on a muscle's shape chooses the muscle


class BodyMap(QGraphicsView):
    """The clickable back: shows the selection, and changes it when the person chooses."""

    def __init__(self, content: Content, artwork: Artwork, svg_path: str, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The same plain QWidget viewport Qt would make, but made from Python:
        # the first time Qt hands Python a widget it has not seen (as
        # viewport() would), PySide sets up every widget class to find out
        # which one it is, about 10 ms of start-up.
        self.setViewport(QWidget())
        self.setObjectName("bodyMap")
        self.setScene(QGraphicsScene(self))
        # A hundred shapes whose visibility changes with every choice: no spatial index
        # to rebuild each time (Qt advises this for small, changing scenes).
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        # The outlines' pens (the keyboard's dashed band is 11 px wide) reach past the
        # shapes' own bounds, so a change repaints the whole drawing, leaving no trace.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Map of the back"))
        # The drawing's words (L, R, "your left"...) in the guide's language.
        svg = worded_svg(Path(svg_path).read_text(encoding="utf-8"), content.words)
        self._renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self)
        # The drawing is the background (see drawBackground), which never changes:
        # drawn from the SVG once per zoom and kept as a picture, a click repaints
        # only the shapes over it.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.scene().setSceneRect(QRectF(0, 0, artwork.width, artwork.height))
        self._zoom = 1.0
        self.selection = selection
        self._mode = selection.mode
        self._applied_mode: ViewMode | None = None
        self._cursor = ""
        self._place_points: dict[str, QPointF] = {}  # where the arrow keys measure from
        self._hovered: AreaItem | None = None
        self.last_announcement = ""
        self.news = ""  # said once, as the description of the keyboard's area (see say())
        self._handles: dict[str, AreaHandle] = {}
        install_accessibility(BodyMap)
        self._regions: dict[str, AreaItem] = {}
        self._zones: dict[str, AreaItem] = {}
        self._muscles: dict[str, MuscleItem] = {}  # keyed "<muscle id>-<side>"
        self._artwork: Artwork | None = artwork  # until the places and muscles are made
        self._content = content
        self._make_regions(artwork)
        self._show_choice(selection.choice)
        selection.changed.connect(self._on_selection_changed)

    # -- building ---------------------------------------------------------

    def _make_regions(self, artwork: Artwork) -> None:
        """The regions' shapes, made with the map: a screen reader may ask for them as soon
        as the window shows, and they should not be made in the middle of its question."""
        # Layers: the drawing (the background); region fills (1); the chosen muscle (1.5);
        # referral zones (2..3); region outlines and the keyboard's place (4).
        for region in self._content.regions:
            item = AreaItem(region.id, region.name, False,
                            outline_path(artwork.regions[region.id]))
            item.setZValue(1)
            self._regions[region.id] = item
            self.scene().addItem(item)
            edge = AreaEdge(item)
            edge.setZValue(4)
            self.scene().addItem(edge)

    def add_shapes(self) -> None:
        """Make the shapes of the places where pain is felt and of the muscles, once.

        The first frame shows neither (nothing is chosen yet), so they are made
        just after it (see Explorer), or as soon as something needs them.
        """
        if self._make_shapes():
            self._show_choice(self.selection.choice)

    def _make_shapes(self) -> bool:
        """Make the places' and muscles' shapes unless they are made; True if made now."""
        artwork, self._artwork = self._artwork, None
        if artwork is None:
            return False
        for order, (key, outline) in enumerate(artwork.muscles.items()):
            muscle_id, _, side = key.rpartition("-")
            muscle = MuscleItem(muscle_id, side, outline_path(outline))
            muscle.setZValue(1.5 + order / 10000)  # the drawing's order: later on top
            self._muscles[key] = muscle
            self.scene().addItem(muscle)
        for area in zone_areas(self._content):
            path = outline_path(artwork.zones[area.id])
            item = AreaItem(area.id, area.name, True, path)
            # Smaller zones sit on top, so an area inside a larger one stays clickable.
            size = path.boundingRect().width() * path.boundingRect().height()
            item.setZValue(2 + 1 / max(size, 1.0))
            self._zones[area.id] = item
            self.scene().addItem(item)
        self._applied_mode = None  # the new shapes take the view's state when next shown
        return True

    @property
    def regions(self) -> dict[str, AreaItem]:
        """The regions' shapes, by id."""
        return self._regions

    @property
    def zones(self) -> dict[str, AreaItem]:
        """The places where pain is felt, by id."""
        self.add_shapes()
        return self._zones

    @property
    def muscles(self) -> dict[str, MuscleItem]:
        """The muscles' shapes, keyed "<muscle id>-<side>"."""
        self.add_shapes()
        return self._muscles

    def region_order(self) -> list[str]:
        """Regions top to bottom, left before right: the keyboard's order."""
        return [r.id for r in self._content.regions]

    def zone_order(self) -> list[str]:
        return [a.id for a in zone_areas(self._content)]

    # -- state --------------------------------------------------------------

    @property
    def mode(self) -> ViewMode:
        return self._mode

    def _on_selection_changed(self, before: Choice) -> None:
        new_view = self.selection.mode is not before.mode
        if new_view:
            self._move_cursor_to("")
        self._show_choice(self.selection.choice)
        if new_view and self.hasFocus() and QAccessible.isActive():
            # The keyboard is on the map as a whole again: a screen reader reads it
            # afresh, its description naming the new view (said once, by the map).
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))

    def _show_choice(self, choice: Choice) -> None:
        """Light up the chosen region and place, and shade where the region sends pain."""
        self._mode = choice.mode
        if choice.mode is ViewMode.PAIN or choice.region is not None:
            self._make_shapes()  # (before, they have nothing to show)
        for rid, item in self._regions.items():
            item.selected = rid == choice.region
        for zid, item in self._zones.items():
            item.selected = zid == choice.place
        essential: list[str] = []
        spillover: list[str] = []
        if choice.mode is ViewMode.MUSCLES and choice.region is not None:
            essential, spillover = referred_areas(
                self._content, self._content.region(choice.region), choice.muscle)
        for zid, item in self._zones.items():
            item.shade = (Shade.ESSENTIAL if zid in essential
                          else Shade.SPILLOVER if zid in spillover else Shade.NONE)
        chosen_muscle = self.chosen_muscle_key()
        for key, muscle in self._muscles.items():
            muscle.highlighted = key == chosen_muscle
        self._apply_mode()
        self._centre_on_choice()

    def chosen_muscle_key(self) -> str | None:
        """The drawn muscle shape of the chosen muscle, on the chosen region's side."""
        choice = self.selection.choice
        if choice.mode is not ViewMode.MUSCLES or not choice.region or not choice.muscle:
            return None
        side = self._content.region(choice.region).side.value
        key = f"{choice.muscle}-{side}"
        return key if key in self.muscles else None

    def highlighted_muscles(self) -> list[str]:
        return [key for key, item in self.muscles.items() if item.highlighted]

    def _apply_mode(self) -> None:
        pain = self._mode is ViewMode.PAIN
        if self._applied_mode is not self._mode:  # what each view offers to click
            self._applied_mode = self._mode
            for item in self._regions.values():
                item.active = not pain
                item.setToolTip("" if pain else item.name)
                item.setVisible(not pain)  # the chosen region's outline is no chosen place
                item.refresh()
            for item in self._zones.values():
                item.active = pain
                item.setToolTip(item.name if pain else "")
        for item in self._zones.values():  # places are shown to click, or when shaded
            item.setVisible(pain or item.shade is not Shade.NONE)
        self._update_description()
        self.viewport().update()

    def shaded(self) -> dict[str, Shade]:
        return {zid: item.shade for zid, item in self.zones.items()
                if item.shade is not Shade.NONE}

    def _active_items(self) -> dict[str, AreaItem]:
        return self.zones if self._mode is ViewMode.PAIN else self.regions

    def muscle_at(self, pos: QPointF, region_id: str) -> str | None:
        """The muscle of a region whose drawn shape is under a viewport position.

        The shape painted on top wins, as the eye sees it; muscles of other
        regions are passed over.
        """
        region = self._content.region(region_id)
        point = self.mapToScene(pos.toPoint())
        # Topmost first; a muscle's shape is shown only while it is lit up, so its
        # drawn outline is asked, not what is on the screen.
        for item in sorted(self.muscles.values(), key=QGraphicsItem.zValue, reverse=True):
            if item.side == region.side.value and item.muscle_id in region.muscles \
                    and item.path().contains(point):
                return item.muscle_id
        return None

    def area_at(self, pos: QPointF) -> AreaItem | None:
        """The clickable area under a viewport position, by its real shape."""
        active = self._active_items()
        for item in self.items(pos.toPoint()):
            if isinstance(item, AreaItem) and item.area_id in active \
                    and active[item.area_id] is item:
                return item
        return None

    # -- for screen readers (see accessibility.py) ----------------------------

    def active_area_ids(self) -> list[str]:
        """The areas that can be chosen in the current view, in keyboard order."""
        return self.zone_order() if self._mode is ViewMode.PAIN else self.region_order()

    def chosen_area_ids(self) -> set[str]:
        return {a for a in (self.selection.region, self.selection.place) if a}

    def area_handle(self, area_id: str) -> AreaHandle:
        """The stand-in object that represents an area to screen readers."""
        handle = self._handles.get(area_id)
        if handle is None:
            handle = self._handles[area_id] = AreaHandle(self, area_id)
        return handle

    def area_screen_rect(self, area_id: str) -> QRect:
        item = self.regions.get(area_id) or self.zones[area_id]
        polygon = self.mapFromScene(item.sceneBoundingRect())
        rect = polygon.boundingRect()
        return QRect(self.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def area_at_screen(self, x: int, y: int) -> str | None:
        item = self.area_at(QPointF(self.viewport().mapFromGlobal(QPoint(x, y))))
        return item.area_id if item else None

    def area_centre(self, area_id: str) -> QPointF:
        """A point well inside an area, in viewport coordinates (for tests and tools)."""
        item = self.regions.get(area_id) or self.zones[area_id]
        return QPointF(self.mapFromScene(inner_point(item.path())))

    def accessible_name_of(self, area_id: str) -> str:
        item = self.regions.get(area_id) or self.zones[area_id]
        return item.name

    # -- zoom -----------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._zoom = min(ZOOM_MAX, max(ZOOM_MIN, zoom))
        self._refit()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def _refit(self) -> None:
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        scale = min(view.width() / rect.width(), view.height() / rect.height()) * self._zoom
        self.resetTransform()
        self.scale(scale, scale)
        if self._zoom == 1.0:
            self.centerOn(rect.center())
        else:
            self._centre_on_choice()

    def _centre_on_choice(self) -> None:
        """Zoomed in, keep the chosen muscle, area or keyboard place in the middle."""
        if self._zoom <= 1.0:
            return
        key = self.chosen_muscle_key()
        item: QGraphicsItem | None = self.muscles[key] if key else None
        if item is None:
            items = self._active_items()
            area = self.selection.choice.area or self._cursor
            item = items.get(area) if area else None
        if item is not None:
            self.centerOn(item.sceneBoundingRect().center())

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        # The drawing sits on its own pale "paper" so its skin tones and fades
        # look the same in light and dark colour schemes.
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PAPER_COLOUR)
        painter.drawRoundedRect(self.sceneRect(), 18, 18)
        self._renderer.render(painter, self.sceneRect())

    @property
    def drawing(self) -> QSvgRenderer:
        """The drawing under the shapes, its words in the guide's language."""
        return self._renderer

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.resetCachedContent()  # the page around the paper takes the new colours

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        if not self.hasFocus():
            return
        # The keyboard is on the map: a ring round the whole view in the
        # palette's highlight (kept at 3:1 or more against the page), before
        # any area has been moved to with the arrow keys.
        painter.save()
        painter.resetTransform()
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), MAP_FOCUS_RING)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = MAP_FOCUS_RING / 2
        painter.drawRect(QRectF(self.viewport().rect()).adjusted(half, half, -half, -half))
        painter.restore()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit()

    # -- mouse ----------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.area_at(event.position())
        if item is not self._hovered:
            if self._hovered is not None:
                self._hovered.hovered = False
                self._hovered.refresh()
            self._hovered = item
            if item is not None:
                item.hovered = True
                item.refresh()
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if item
                                      else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:  # noqa: N802
        if self._hovered is not None:
            self._hovered.hovered = False
            self._hovered.refresh()
            self._hovered = None
        super().leaveEvent(event)  # type: ignore[arg-type]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        event.accept()
        item = self.area_at(event.position())
        if item is None:
            return  # a click beside the areas keeps the choice (Escape or "Clear choice" clears)
        muscle = None
        if self._mode is ViewMode.MUSCLES and self._zoom >= MUSCLE_CLICK_ZOOM:
            muscle = self.muscle_at(event.position(), item.area_id)
        self._choose(item.area_id, muscle)

    def _choose(self, area_id: str, muscle_id: str | None = None) -> None:
        if area_id:
            self._move_cursor_to(area_id)  # the keyboard carries on from the last choice
        if muscle_id and self._mode is ViewMode.MUSCLES:
            self.selection.choose_region(area_id, muscle_id)
        else:
            self.selection.choose_area(area_id)
        items = self._active_items()
        if area_id:
            self._notify_child(QAccessible.Event.Selection, area_id)
        if muscle_id:
            muscle = self._content.muscles[muscle_id]
            self.announce(self.tr("Selected: {muscle} ({latin}), {area}").format(
                muscle=muscle.name, latin=muscle.latin, area=items[area_id].name))
        else:
            self.announce(self.tr("Selected: {area}").format(area=items[area_id].name)
                          if area_id else self.tr("Nothing selected"))

    def clear_choice(self) -> None:
        """Forget the chosen area (what Escape and the "Clear choice" button do)."""
        self._cursor = ""
        self._move_cursor_to("")
        self._choose("")

    # -- keyboard ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if key in arrows:
            self._move_cursor(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._cursor:
                self._choose(self._cursor)
        elif key == Qt.Key.Key_Escape and (self.selection.choice.area or self._cursor):
            self.clear_choice()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move_cursor(self, key: int) -> None:
        pain = self._mode is ViewMode.PAIN
        self._move_cursor_to(self._next_place(key) if pain else self._next_region(key))
        cursor_item = self._active_items()[self._cursor]
        self.ensureVisible(cursor_item, 20, 20)
        # The area's Focus event is what a screen reader speaks: its name, once.
        self._notify_child(QAccessible.Event.Focus, self._cursor)
        self.announce(cursor_item.name)
        self._update_description()
        self.viewport().update()

    def _next_place(self, key: int) -> str:
        """The place the arrow points at on the drawing: the nearest one that way.

        Up and down go to the place above or below, left and right to the one
        beside it, as a sighted person would move their eyes; at the edge the
        keyboard stays where it is.
        """
        order = self.zone_order()
        if self._cursor not in order:
            return self.selection.place or order[0]
        if not self._place_points:
            self._place_points = {a: inner_point(self.zones[a].path()) for a in order}
        here = self._place_points[self._cursor]
        dx, dy = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
                  Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}[Qt.Key(key)]
        best, best_score = self._cursor, float("inf")
        for area_id in order:
            if area_id == self._cursor:
                continue
            there = self._place_points[area_id]
            along = (there.x() - here.x()) * dx + (there.y() - here.y()) * dy
            across = abs((there.x() - here.x()) * dy) + abs((there.y() - here.y()) * dx)
            if along <= 1:
                continue  # not that way
            score = along + 2 * across  # straight ahead beats a little nearer but off to one side
            if score < best_score:
                best, best_score = area_id, score
        return best

    def _move_cursor_to(self, area_id: str) -> None:
        self._cursor = area_id
        for items in (self._regions, self._zones):
            for aid, item in items.items():
                item.focused = aid == area_id

    def _notify_child(self, kind: QAccessible.Event, area_id: str) -> None:
        """Tell assistive technology that one of the map's items changed."""
        ids = self.active_area_ids()
        if area_id in ids and QAccessible.isActive():
            event = QAccessibleEvent(self, kind)
            event.setChild(ids.index(area_id))
            QAccessible.updateAccessibility(event)

    def _next_region(self, key: int) -> str:
        if self._cursor not in self.regions:
            return self.selection.region or self.region_order()[0]
        region = self._content.region(self._cursor)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return region_beside(self._content, region, -1 if key == Qt.Key.Key_Up else 1).id
        # The patient's left is on the viewer's left: the back is seen from behind.
        side = Side.LEFT if key == Qt.Key.Key_Left else Side.RIGHT
        return region_beside(self._content, region, side=side).id

    @property
    def keyboard_cursor(self) -> str:
        return self._cursor

    # -- accessibility ----------------------------------------------------------

    def announce(self, text: str) -> None:
        """Note what the map just did, in words (the window says the whole choice aloud)."""
        self.last_announcement = text

    def say(self, text: str) -> None:
        """Have a screen reader say ``text`` now, as news of the keyboard's area (or the map)."""
        ids = self.active_area_ids()
        self.news = text
        tell_item(self, ids.index(self._cursor) if self._cursor in ids else -1)
        self.news = ""

    def _update_description(self) -> None:
        chosen = self.selection.choice.area
        items = self._active_items() if chosen else {}  # (the shapes may not be made yet)
        parts = []
        if self._mode is ViewMode.PAIN:
            parts.append(self.tr("Where does it hurt? Places where pain can be felt."))
        else:
            parts.append(self.tr("Muscles: regions of the back, seen from behind."))
        parts.append(self.tr("Selected: {area}.").format(area=items[chosen].name)
                     if chosen in items else self.tr("Nothing selected."))
        parts.append(self.tr("Arrow keys move, Enter chooses, Escape clears."))
        description = " ".join(parts)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)  # Qt tells screen readers, once
