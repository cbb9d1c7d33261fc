#!/usr/bin/env python3
"""Draw the BackGuide application icon and export it in the hicolor sizes.

Run from anywhere (PySide6 needed; no display: it sets ``QT_QPA_PLATFORM``)::

    python packaging/make_icons.py

It writes

* ``assets/org.backguide.BackGuide.svg``: the icon the app shows on its
  windows (``assets/`` ships inside the wheel and the bundle);
* ``packaging/icons/hicolor/scalable/apps/org.backguide.BackGuide.svg``: the
  same file, for desktop integration;
* ``packaging/icons/hicolor/NxN/apps/org.backguide.BackGuide.png`` for
  16, 24, 32, 48, 64, 128, 256 and 512 pixels.

The mark is a rounded-square badge, teal shading to blue, holding a spine
seen from behind (as the app's body map shows the back): stacked rounded
vertebrae with their side wings, the sacrum below, and the soft curve of the
back either side. Everything is built here from basic geometry; edit this
script, never the SVGs or PNGs. Sizes up to 32 pixels use a simpler drawing
placed on whole pixels, because the full drawing blurs into a grey smear at
that size.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICON_ID = "org.backguide.BackGuide"
ASSET = ROOT / "assets" / f"{ICON_ID}.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MID = 128.0  # the spine's centre line, in the 256-unit box every drawing uses

TEAL = "#2fa89a"
BLUE = "#1f5f96"
BONE = "#ffffff"
BONE_SHADE = "#dcefee"
CURVE = "#bfe6e1"


def fmt(v: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _gradient(name: str) -> str:
    return (
        "  <defs>\n"
        f'    <linearGradient id="{name}" x1="0" y1="0" x2="0" y2="1">\n'
        f'      <stop offset="0" stop-color="{TEAL}"/>\n'
        f'      <stop offset="1" stop-color="{BLUE}"/>\n'
        "    </linearGradient>\n"
        "  </defs>\n"
    )


def _vertebra(top: float, body_w: float, body_h: float, span: float) -> str:
    """One vertebra seen from behind: a rounded body and its two side wings.

    The wings (transverse processes) sit level with the top half of the body
    and taper to round tips.
    """
    r = body_h * 0.38
    wing_h = body_h * 0.5
    wing_top = top + body_h * 0.08
    half = span / 2
    tip = wing_h * 0.32
    wings = []
    for side in (-1, 1):
        root = MID + side * body_w * 0.3
        end = MID + side * half
        wings.append(
            f"M {fmt(root)} {fmt(wing_top)} "
            f"L {fmt(end - side * tip)} {fmt(wing_top + wing_h * 0.5 - tip)} "
            f"Q {fmt(end + side * tip * 0.6)} {fmt(wing_top + wing_h * 0.5)} "
            f"{fmt(end - side * tip)} {fmt(wing_top + wing_h * 0.5 + tip)} "
            f"L {fmt(root)} {fmt(wing_top + wing_h)} Z"
        )
    return (
        f'  <path d="{" ".join(wings)}" fill="{BONE_SHADE}"/>\n'
        f'  <rect x="{fmt(MID - body_w / 2)}" y="{fmt(top)}" width="{fmt(body_w)}" '
        f'height="{fmt(body_h)}" rx="{fmt(r)}" ry="{fmt(r)}" fill="{BONE}"/>\n'
    )


def _back_outline() -> str:
    """The soft curve of a back, shoulders to hips, either side of the spine."""
    paths = []
    for side in (-1, 1):
        def x(offset: float, s: int = side) -> str:
            return fmt(MID + s * offset)

        paths.append(f"M {x(96)} 58 C {x(70)} 88, {x(58)} 130, {x(64)} 162 "
                     f"S {x(86)} 212, {x(80)} 236")
    return (f'  <path d="{" ".join(paths)}" fill="none" stroke="{CURVE}" stroke-opacity="0.5" '
            'stroke-width="9" stroke-linecap="round"/>\n')


def full_svg() -> str:
    """The icon as drawn for 48 pixels and up, and for the scalable file."""
    count = 6
    top, bottom = 36.0, 196.0
    gap = 7.0
    heights = [17.0 + 1.6 * i for i in range(count)]  # lower vertebrae are bigger
    scale = (bottom - top) / (sum(heights) + gap * (count - 1))
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256">\n',
        "  <title>BackGuide</title>\n",
        _gradient("badge"),
        '  <rect x="8" y="8" width="240" height="240" rx="56" ry="56" fill="url(#badge)"/>\n',
        _back_outline(),
    ]
    y = top
    for i, height in enumerate(heights):
        h = height * scale
        parts.append(_vertebra(y, 34 + 3.2 * i, h, 78 + 6 * i))
        y += h + gap * scale
    # The sacrum: a rounded shield under the last vertebra, ending in the tailbone.
    y += 1
    half = 27.0
    parts.append(
        f'  <path d="M {fmt(MID - half + 6)} {fmt(y)} L {fmt(MID + half - 6)} {fmt(y)} '
        f'Q {fmt(MID + half)} {fmt(y)} {fmt(MID + half - 1)} {fmt(y + 7)} '
        f'C {fmt(MID + half - 4)} {fmt(y + 22)} {fmt(MID + 9)} {fmt(y + 34)} {fmt(MID)} {fmt(y + 36)} '
        f'C {fmt(MID - 9)} {fmt(y + 34)} {fmt(MID - half + 4)} {fmt(y + 22)} {fmt(MID - half + 1)} '
        f'{fmt(y + 7)} Q {fmt(MID - half)} {fmt(y)} {fmt(MID - half + 6)} {fmt(y)} Z" '
        f'fill="{BONE}"/>\n'
    )
    parts.append("</svg>\n")
    return "".join(parts)


# Hand-placed on the pixel grid: per size, the corner radius of the badge and,
# per vertebra, (top, body width, body height, wing span) in whole pixels; the
# wings are one pixel (two at 32) tall along the top of the body. Then the
# sacrum as rows of (top, width).
PIXEL_LAYOUTS: dict[int, tuple[int, list[tuple[int, int, int, int]], list[tuple[int, int]]]] = {
    16: (3, [(2, 2, 2, 6), (5, 2, 2, 8), (8, 4, 2, 10), (11, 4, 2, 10)], []),
    24: (5, [(3, 4, 2, 10), (6, 4, 2, 12), (9, 4, 3, 12), (13, 6, 3, 14)],
         [(17, 6), (18, 6), (19, 4)]),
    32: (7, [(4, 6, 3, 14), (8, 6, 3, 16), (12, 6, 3, 16), (16, 8, 3, 18), (20, 8, 3, 18)],
         [(24, 10), (25, 10), (26, 8), (27, 4)]),
}


def small_svg(size: int) -> str:
    """The simplified icon for ``size`` pixels, drawn on whole pixels.

    Coordinates are in the same 256 box as the full icon.
    """
    px = 256 / size
    radius, vertebrae, sacrum = PIXEL_LAYOUTS[size]
    mid = size / 2
    wing = 2 if size >= 32 else 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="{size}" '
        f'height="{size}">\n',
        _gradient("badge"),
        f'  <rect x="0" y="0" width="256" height="256" rx="{fmt(radius * px)}" '
        f'ry="{fmt(radius * px)}" fill="url(#badge)"/>\n',
    ]

    def box(left: float, top: float, wide: float, high: float, fill: str) -> str:
        return (f'  <rect x="{fmt(left * px)}" y="{fmt(top * px)}" width="{fmt(wide * px)}" '
                f'height="{fmt(high * px)}" fill="{fill}"/>\n')

    for top, body_w, body_h, span in vertebrae:
        parts.append(box(mid - span / 2, top, span, wing, BONE_SHADE))
        parts.append(box(mid - body_w / 2, top, body_w, body_h, BONE))
    for top, wide in sacrum:
        parts.append(box(mid - wide / 2, top, wide, 1, BONE))
    parts.append("</svg>\n")
    return "".join(parts)


def render(svg: str, size: int) -> QImage:
    """``svg`` rendered into a transparent ``size`` x ``size`` QImage."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("the icon SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    """Write the SVG files and every PNG size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = full_svg()
    ASSET.write_text(svg, encoding="utf-8")
    scalable = HICOLOR / "scalable" / "apps" / f"{ICON_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_text(svg, encoding="utf-8")
    for size in SIZES:
        source = small_svg(size) if size in PIXEL_LAYOUTS else svg
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render(source, size).save(str(out)):
            raise OSError(f"could not write {out}")
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
