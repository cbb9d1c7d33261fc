"""Every movement picture renders with Qt, and not as a blank page."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backguide.core.content import load_content
from backguide.paths import asset, content_dir


def _inked_share(image: QImage) -> float:
    inked = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            if image.pixelColor(x, y).lightness() < 235:
                inked += 1
    return inked / total


def test_every_movement_drawing_renders_and_is_not_blank(qapp) -> None:
    for movement in load_content(content_dir()).movements:
        renderer = QSvgRenderer(str(asset(f"exercises/{movement.drawing}.svg")))
        assert renderer.isValid(), movement.id
        size = renderer.defaultSize()
        image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        assert _inked_share(image) > 0.1, movement.id
