"""The movement pictures for rich text: each SVG drawn once per size and screen resolution."""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from backguide.core.movements import IMAGE_SCHEME
from backguide.paths import asset

_IMAGE = re.compile(r'<img src="(' + re.escape(IMAGE_SCHEME) + r'[a-z0-9-]+)" width="(\d+)"')


def drawing_path(drawing: str) -> str:
    """The SVG file of a movement's picture."""
    return str(asset(f"exercises/{drawing}.svg"))


@lru_cache(maxsize=128)
def movement_image(drawing: str, width: int, ratio: float) -> QImage:
    """The picture ``width`` pixels wide on a screen of device pixel ratio ``ratio``.

    Drawn at the device's own pixels (and tagged with the ratio) so it stays
    sharp on a high-resolution screen; a missing picture gives an empty image.
    """
    renderer = QSvgRenderer(drawing_path(drawing))
    if not renderer.isValid():
        return QImage()
    box = renderer.viewBoxF()
    height = width * box.height() / box.width()
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def add_movement_images(document: QTextDocument, html: str, ratio: float) -> None:
    """Give ``document`` every movement picture that ``html`` names, before it is laid out."""
    for src, width in set(_IMAGE.findall(html)):
        drawing = src[len(IMAGE_SCHEME):]
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src),
                             movement_image(drawing, int(width), ratio))
