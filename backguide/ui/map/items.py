"""The shapes on the body map: how a region, a place or a muscle paints itself.

Also used by printing, which draws the same outlines and shading on paper.

The three kinds of marking read apart without colour: the chosen area is
"lit up" (a very pale wash under a strong outline), a place where pain is
usually felt (essential) is solid deep red with a darker rim, and a place
where pain is sometimes felt (spillover) is hatched in a middle tone. Their
average lightness differs by at least 3:1 between each pair, so they stay
apart in grayscale print and for colour-blind readers (a test measures it).
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QWidget,
)

from backguide.core.artwork import Outline

if TYPE_CHECKING:  # set up by PySide when an item first paints, after the first frame
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

# Referral zones are painted in one warm colour on any palette, so "where the
# pain goes" never looks like "what you selected" (the palette's highlight).
PAIN_COLOUR = QColor("#d2452b")
ESSENTIAL_FILL = QColor("#560e06")  # deep red: dark in grayscale
ESSENTIAL_RIM = QColor("#2e0602")
SPILLOVER_WASH = QColor("#e9a494")  # under the hatching
SPILLOVER_INK = QColor("#8e2416")
SPILLOVER_RIM = QColor("#7a1e12")
CHOSEN_WASH = QColor("#f2f8ff")  # the chosen area is lit up: lighter than skin
CHOSEN_EDGE = QColor("#1f4f8a")
FOCUS_INK = QColor("#141414")  # the keyboard's place: dark on the pale drawing in any palette
PAPER_COLOUR = QColor("#fbf9f6")
HATCH_SPACING = 5  # device pixels between the spillover hatch lines on screen


_T = TypeVar("_T")


class Shade(Enum):
    NONE = 0
    ESSENTIAL = 1
    SPILLOVER = 2


def outline_path(outline: Outline) -> QPainterPath:
    """A Qt path from the drawing's outline segments."""
    path = QPainterPath()
    for command, a in outline.segments:
        if command == "M":
            path.moveTo(a[0], a[1])
        elif command == "L":
            path.lineTo(a[0], a[1])
        elif command == "Q":
            path.quadTo(a[0], a[1], a[2], a[3])
        elif command == "C":
            path.cubicTo(a[0], a[1], a[2], a[3], a[4], a[5])
        else:
            path.closeSubpath()
    return path


_hatch_cache: dict[int, QBrush] = {}


def spillover_brush(spacing: int = HATCH_SPACING) -> QBrush:
    """Diagonal hatching ("/") over a light wash, as a texture brush in device pixels."""
    brush = _hatch_cache.get(spacing)
    if brush is None:
        from PySide6.QtGui import QImage, QPixmap  # (first needed when a zone is shaded)

        size = spacing * 4
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(SPILLOVER_WASH)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(SPILLOVER_INK, spacing * 0.45))
        for k in range(-4, 9):
            offset = k * spacing
            painter.drawLine(QPointF(offset, size), QPointF(offset + size, 0))
        painter.end()
        brush = QBrush(QPixmap.fromImage(image))
        _hatch_cache[spacing] = brush
    return brush


def chosen_fill() -> QColor:
    colour = QColor(CHOSEN_WASH)
    colour.setAlpha(215)
    return colour


def cosmetic(pen: QPen) -> QPen:
    pen.setCosmetic(True)
    return pen


class _Repaints(Generic[_T]):
    """A state of an area: giving it a new value repaints the area."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = f"_{name}"

    @overload
    def __get__(self, item: None, owner: type) -> _Repaints[_T]: ...
    @overload
    def __get__(self, item: AreaItem, owner: type) -> _T: ...

    def __get__(self, item: AreaItem | None, owner: type) -> _T | _Repaints[_T]:
        return self if item is None else getattr(item, self.attribute)

    def __set__(self, item: AreaItem, value: _T) -> None:
        if getattr(item, self.attribute) != value:
            setattr(item, self.attribute, value)
            item.refresh()


class AreaItem(QGraphicsPathItem):
    """One region or zone on the map; it paints itself from its state.

    A region paints its fill (under the zones); its outline is painted by its
    :class:`AreaEdge`, above the zones, so the chosen area stays visible.
    """

    def __init__(self, area_id: str, name: str, is_zone: bool, path: QPainterPath) -> None:
        super().__init__(path)
        self.area_id = area_id
        self.name = name
        self.is_zone = is_zone
        self.edge: AreaEdge | None = None
        self._hovered = False
        self._selected = False
        self._focused = False
        self._shade = Shade.NONE
        self._active = False
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not is_zone)

    # A change of state repaints the area; its outline is shown only while it has
    # something to paint (a repaint of the map then skips the idle outlines).
    hovered: _Repaints[bool] = _Repaints()
    selected: _Repaints[bool] = _Repaints()
    focused: _Repaints[bool] = _Repaints()  # the keyboard's current place
    shade: _Repaints[Shade] = _Repaints()
    active: _Repaints[bool] = _Repaints()  # clickable in the current mode

    def refresh(self) -> None:
        """Repaint the area; show its outline only while it has something to paint
        (call after showing or hiding the area, too)."""
        if not self.is_zone:
            # A region paints only while chosen or under the mouse; the rest of the time
            # Qt passes it by when painting (it is still there to click and to hover).
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents,
                         not (self._active and (self._selected or self._hovered)))
        self.update()
        edge = self.edge
        if edge is not None:
            edge.setVisible(self.isVisible() and self._active
                            and (self._selected or self._hovered or self._focused))
            edge.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        palette = widget.palette() if widget else QPalette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        path = self.path()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill: QBrush | None = None
        pen = QPen(Qt.PenStyle.NoPen)
        if self.is_zone and self.shade is Shade.ESSENTIAL:
            fill = QBrush(ESSENTIAL_FILL)
            pen = cosmetic(QPen(ESSENTIAL_RIM, 2))
        elif self.is_zone and self.shade is Shade.SPILLOVER:
            fill = spillover_brush()
            pen = cosmetic(QPen(SPILLOVER_RIM, 1.5, Qt.PenStyle.DashLine))
        if self.active:
            if self.selected:
                fill = QBrush(chosen_fill())
                if self.is_zone:
                    pen = cosmetic(QPen(CHOSEN_EDGE, 2.5))
            elif self.hovered:
                colour = QColor(highlight)
                colour.setAlpha(45)
                fill = QBrush(colour)
                if self.is_zone:
                    pen = cosmetic(QPen(highlight, 1.5))
            elif self.is_zone and self.shade is Shade.NONE:
                colour = QColor(PAIN_COLOUR)
                colour.setAlpha(45)
                fill = QBrush(colour)
                pen = cosmetic(QPen(PAIN_COLOUR.darker(130), 1, Qt.PenStyle.DotLine))
        if fill is None and pen.style() == Qt.PenStyle.NoPen \
                and not (self.is_zone and self.focused):
            return  # nothing to paint (most regions, most of the time)
        if fill is not None and fill.style() == Qt.BrushStyle.TexturePattern:
            # Keep the hatching the same on screen at any zoom: texture in device pixels.
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            device_path = painter.worldTransform().map(path)
            painter.resetTransform()
            painter.setBrush(fill)
            painter.drawPath(device_path)
            painter.restore()
            fill = None
        chosen = self.is_zone and self.active and self.selected
        painter.setPen(Qt.PenStyle.NoPen if chosen else pen)
        painter.setBrush(fill or QBrush(Qt.BrushStyle.NoBrush))
        painter.drawPath(path)
        if self.is_zone and self.focused:
            paint_focus(painter, path, around=chosen)
        if chosen:
            paint_chosen_edge(painter, path)


def paint_chosen_edge(painter: QPainter, path: QPainterPath) -> None:
    """The chosen area's outline: strong blue on a white line, as in the map's key."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(cosmetic(QPen(QColor("white"), 5)))
    painter.drawPath(path)
    painter.setPen(cosmetic(QPen(CHOSEN_EDGE, 2.5)))
    painter.drawPath(path)


def paint_focus(painter: QPainter, path: QPainterPath, around: bool = False) -> None:
    """The keyboard's place: a dark dashed line on a white one, clear on any skin tone.

    ``around`` the chosen area's outline (painted after it), the dashes run as a wider
    band on both sides of it, so the chosen outline still looks as the key shows it.
    """
    white, dashed = (11.0, 8.0) if around else (4.5, 2.5)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(cosmetic(QPen(QColor("white"), white)))
    painter.drawPath(path)
    dash = cosmetic(QPen(FOCUS_INK, dashed, Qt.PenStyle.CustomDashLine))
    dash.setDashPattern([3.0 * 2.5 / dashed, 2.0 * 2.5 / dashed])  # the same dash length
    painter.setPen(dash)
    painter.drawPath(path)


class AreaEdge(QGraphicsPathItem):
    """The outline of a region, painted above the referral zones."""

    def __init__(self, area: AreaItem) -> None:
        super().__init__(area.path())
        self.area = area
        area.edge = self
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        area = self.area
        if not area.isVisible():
            return
        palette = widget.palette() if widget else QPalette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = self.path()
        chosen = area.selected and area.active
        if area.focused and area.active:
            paint_focus(painter, path, around=chosen)
        if chosen:
            paint_chosen_edge(painter, path)
        elif area.hovered and area.active:
            painter.setPen(cosmetic(QPen(palette.color(QPalette.ColorRole.Highlight), 1.5)))
            painter.drawPath(path)


class MuscleItem(QGraphicsPathItem):
    """A muscle's drawn shape; lit up when that muscle is chosen."""

    def __init__(self, muscle_id: str, side: str, path: QPainterPath) -> None:
        super().__init__(path)
        self.muscle_id = muscle_id
        self.side = side
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setVisible(False)  # painted only while lit up

    @property
    def highlighted(self) -> bool:
        return self.isVisible()

    @highlighted.setter
    def highlighted(self, value: bool) -> None:
        self.setVisible(value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        palette = widget.palette() if widget else QPalette()
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(highlight)
        fill.setAlpha(110)
        painter.setBrush(fill)
        painter.setPen(cosmetic(QPen(QColor("white"), 4)))
        painter.drawPath(self.path())
        painter.setPen(cosmetic(QPen(CHOSEN_EDGE, 2)))
        painter.drawPath(self.path())


def inner_point(path: QPainterPath) -> QPointF:
    """A point inside ``path``, near its middle (the centre if that is inside)."""
    rect = path.boundingRect()
    centre = rect.center()
    if path.contains(centre):
        return centre
    steps = 24
    best: QPointF | None = None
    for i in range(1, steps):
        y = rect.top() + rect.height() * i / steps
        inside = [rect.left() + rect.width() * j / steps for j in range(1, steps)
                  if path.contains(QPointF(rect.left() + rect.width() * j / steps, y))]
        if inside:
            candidate = QPointF((inside[0] + inside[-1]) / 2, y)
            if path.contains(candidate) and (
                    best is None or abs(y - centre.y()) < abs(best.y() - centre.y())):
                best = candidate
    return best if best is not None else centre
