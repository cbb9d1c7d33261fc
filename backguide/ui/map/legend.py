"""The small key under the map: what the colours and hatching mean."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backguide.ui.map.items import (
    CHOSEN_EDGE,
    ESSENTIAL_FILL,
    ESSENTIAL_RIM,
    PAIN_COLOUR,
    SPILLOVER_RIM,
    chosen_fill,
    spillover_brush,
)
from backguide.ui.selection import ViewMode
from backguide.ui.translation import translate


def _entries(mode: ViewMode) -> tuple[tuple[str, str], ...]:
    """Each line of the key in ``mode``: the kind of swatch and its words."""
    if mode is ViewMode.PAIN:
        return (("zone", translate("MapLegend", "Places where pain can be felt: click one")),
                ("selected", translate("MapLegend", "Chosen place")))
    return (("selected", translate("MapLegend", "Chosen area")),
            ("essential", translate("MapLegend", "Pain usually felt here")),
            ("spillover", translate("MapLegend", "Pain sometimes felt here")))


class MapLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = ViewMode.MUSCLES
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_accessible()

    def set_mode(self, mode: ViewMode) -> None:
        self.mode = mode
        self._update_accessible()
        self.update()

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("Map key: {lines}").format(
            lines="; ".join(t for _, t in _entries(self.mode))))

    def sizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height() + 6
        return QSize(200, line * len(_entries(ViewMode.MUSCLES)) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        swatch = metrics.height()
        y = 4
        for kind, text in _entries(self.mode):
            rect = QRectF(10, y + 3, swatch * 1.6, swatch - 2)
            if kind == "selected":
                painter.setBrush(QColor("#f1d9c8"))  # the skin the chosen area lights up
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(rect, 3, 3)
                painter.setBrush(chosen_fill())
                painter.setPen(QPen(CHOSEN_EDGE, 2))
            elif kind == "essential":
                painter.setBrush(ESSENTIAL_FILL)
                painter.setPen(QPen(ESSENTIAL_RIM, 1.5))
            elif kind == "spillover":
                painter.setBrush(spillover_brush())
                painter.setPen(QPen(SPILLOVER_RIM, 1.5, Qt.PenStyle.DashLine))
            else:
                fill = QColor(PAIN_COLOUR)
                fill.setAlpha(45)
                painter.setBrush(fill)
                painter.setPen(QPen(PAIN_COLOUR, 1, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(rect.right() + 8, y, self.width() - rect.right() - 12, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            y += line
        painter.end()
