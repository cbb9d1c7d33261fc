"""The shapes on the body map: how a region or a place paints itself.

Also used by printing, which draws the same outlines and shading on paper.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from backguide.core.artwork import Outline

# Referral zones are painted in one warm colour on any palette, so "where the
# pain goes" never looks like "what you selected" (the palette's highlight).
PAIN_COLOUR = QColor("#d2452b")
PAPER_COLOUR = QColor("#fbf9f6")


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


class AreaItem(QGraphicsPathItem):
    """One region or zone on the map; it paints itself from its state."""

    def __init__(self, area_id: str, name: str, is_zone: bool, path: QPainterPath) -> None:
        super().__init__(path)
        self.area_id = area_id
        self.name = name
        self.is_zone = is_zone
        self.hovered = False
        self.selected = False
        self.focused = False  # the keyboard's current place
        self.shade = Shade.NONE
        self.active = False  # clickable in the current mode
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        palette = widget.palette() if widget else QPalette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        path = self.path()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill: QBrush | None = None
        pen = QPen(Qt.PenStyle.NoPen)
        if self.is_zone and self.shade is not Shade.NONE:
            colour = QColor(PAIN_COLOUR)
            if self.shade is Shade.ESSENTIAL:
                colour.setAlpha(170)
                fill = QBrush(colour)
                pen = QPen(PAIN_COLOUR.darker(130), 1.5)
            else:
                fill = QBrush(PAIN_COLOUR.darker(110), Qt.BrushStyle.BDiagPattern)
                pen = QPen(PAIN_COLOUR.darker(130), 1.5, Qt.PenStyle.DashLine)
        if self.active:
            if self.selected:
                colour = QColor(highlight)
                colour.setAlpha(150)
                fill = QBrush(colour)
                pen = QPen(highlight.darker(120), 2)
            elif self.hovered:
                colour = QColor(highlight)
                colour.setAlpha(80)
                fill = QBrush(colour)
                pen = QPen(highlight, 1.5)
            elif self.is_zone and self.shade is Shade.NONE:
                colour = QColor(PAIN_COLOUR)
                colour.setAlpha(45)
                fill = QBrush(colour)
                pen = QPen(PAIN_COLOUR, 1, Qt.PenStyle.DotLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(fill or QBrush(Qt.BrushStyle.NoBrush))
        painter.drawPath(path)
        if self.focused:
            focus = QPen(palette.color(QPalette.ColorRole.WindowText), 2, Qt.PenStyle.DashLine)
            focus.setCosmetic(True)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)


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

