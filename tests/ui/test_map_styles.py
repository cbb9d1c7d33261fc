"""The three markings on the map read apart without colour, and the front figure is large enough.

The map is rendered to an image and measured: the chosen area, the places
where pain is usually felt (essential) and where it is sometimes felt
(spillover) must differ in average luminance by at least 3:1 between each
pair, in grayscale (print) and under a simulation of deuteranopia.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainterPath, QPainterPathStroker, QPalette

from backguide.core.model import Surface
from backguide.ui.map.items import Shade

from ui_support import shipped

CONTENT, _, _ = shipped()

# Machado, Oliveira & Fernandes (2009), deuteranopia at full severity, linear RGB.
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968),
                (0.280085, 0.672501, 0.047413),
                (-0.011820, 0.042940, 0.968881))


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(rgb: tuple[float, float, float]) -> float:
    r, g, b = rgb
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _inside(path: QPainterPath, point: QPointF, margin: float) -> bool:
    return all(path.contains(QPointF(point.x() + dx, point.y() + dy))
               for dx, dy in ((0, 0), (margin, 0), (-margin, 0), (0, margin), (0, -margin)))


def _samples(view, path: QPainterPath, avoid: list[QPainterPath]) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Viewport pixels well inside ``path`` and clear of the ``avoid`` shapes."""
    rect = path.boundingRect()
    found = []
    y = rect.top()
    while y < rect.bottom():
        x = rect.left()
        while x < rect.right():
            point = QPointF(x, y)
            if _inside(path, point, 4) and not any(a.contains(point) for a in avoid):
                pixel = view.mapFromScene(point)
                found.append((pixel.x(), pixel.y()))
            x += 3
        y += 3
    return found


def _mean_luminances(view) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    """Mean luminance of each marking, in grayscale and with deuteranopia."""
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    shaded = {zid: view.zones[zid] for zid in view.shaded()}
    zone_paths = [item.path() for item in shaded.values()]
    muscles = [item.path() for item in view.muscles.values()]
    region = view.regions[view.selection.region]
    # Measure each marking's own fill: not where the chosen area's outline
    # crosses a zone, nor where zones overlap.
    stroker = QPainterPathStroker()
    stroker.setWidth(12)
    edge = stroker.createStroke(region.path())

    def own(zid: str) -> list[tuple[int, int]]:
        others = [item.path() for z, item in shaded.items() if z != zid]
        return _samples(view, shaded[zid].path(), [edge, *others])

    pixels = {
        "chosen": _samples(view, region.path(), zone_paths + muscles + [edge]),
        "essential": [p for zid, item in shaded.items() if item.shade is Shade.ESSENTIAL
                      for p in own(zid)],
        "spillover": [p for zid, item in shaded.items() if item.shade is Shade.SPILLOVER
                      for p in own(zid)],
    }
    out: dict[str, dict[str, float]] = {"gray": {}, "deuteranopia": {}}
    for kind, points in pixels.items():
        assert len(points) > 20, kind
        grays, deutan = [], []
        for x, y in points:
            grays.append(_linear(QColor(gray.pixel(x, y)).red()))
            colour = QColor(image.pixel(x, y))
            rgb = (_linear(colour.red()), _linear(colour.green()), _linear(colour.blue()))
            sim = tuple(max(0.0, min(1.0, sum(m * c for m, c in zip(row, rgb, strict=True))))
                        for row in DEUTERANOPIA)
            deutan.append(_luminance(sim))  # type: ignore[arg-type]
        out["gray"][kind] = sum(grays) / len(grays)
        out["deuteranopia"][kind] = sum(deutan) / len(deutan)
    return out


def _ratio(a: float, b: float) -> float:
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("region_id", ["lumbar-left", "lower-thoracic-right"])
def test_chosen_essential_and_spillover_differ_3_to_1(qtbot, window, region_id, dark) -> None:
    if dark:
        palette = QPalette(QColor("#2b2b2b"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d8fd6"))
        window.setPalette(palette)
    window.selection.choose_region(region_id)
    qtbot.wait(10)
    measured = _mean_luminances(window.map)
    for view_kind, values in measured.items():
        for a, b in (("chosen", "essential"), ("chosen", "spillover"), ("essential", "spillover")):
            assert _ratio(values[a], values[b]) >= 3.0, (view_kind, a, b, values)


def test_front_figure_zones_are_at_least_40_pixels_across(window) -> None:
    view = window.map
    front = [area for area in view.zone_order()
             if CONTENT.zones[area.removesuffix("-left").removesuffix("-right")].surface
             is Surface.FRONT]
    assert front
    for area in front:
        rect = view.mapFromScene(view.zones[area].sceneBoundingRect()).boundingRect()
        assert rect.width() >= 40 and rect.height() >= 40, (area, rect)


@pytest.mark.parametrize("dark", [False, True])
def test_the_keyboard_outline_stands_out_from_the_skin(qtbot, window, dark) -> None:
    if dark:
        palette = QPalette(QColor("#2b2b2b"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        window.setPalette(palette)
    view = window.map
    view.setFocus()
    before = view.viewport().grab().toImage()
    from PySide6.QtCore import Qt
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.wait(10)
    after = view.viewport().grab().toImage()
    skin = _luminance(tuple(_linear(c) for c in (0xF1, 0xD9, 0xC8)))  # type: ignore[arg-type]
    changed_dark = 0
    for y in range(0, after.height(), 2):
        for x in range(0, after.width(), 2):
            if before.pixel(x, y) != after.pixel(x, y):
                c = QColor(after.pixel(x, y))
                lum = _luminance((_linear(c.red()), _linear(c.green()), _linear(c.blue())))
                if _ratio(lum, skin) >= 3.0:
                    changed_dark += 1
    assert changed_dark > 50
