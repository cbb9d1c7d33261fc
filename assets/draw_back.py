#!/usr/bin/env python3
"""Draw the BackGuide body map, ``assets/back.svg``, from basic geometry.

Run ``python assets/draw_back.py`` to regenerate the drawing. Standard library
only. Everything is built from hand-placed points joined by smooth Bezier
curves; the right side of the body is the left side mirrored in code, so the
figure is exactly symmetric.

Layout (viewBox 0 0 880 1000):

* back view, midline x = 300, figure roughly x 24..576, y 26..1100 (down to the
  backs of the thighs);
* front views, midline x = 738: the head (y 20..270) and the trunk (y 306..860).

The SVG has four top-level groups the app relies on: ``figure`` (the picture,
holding the ``muscles`` group: one shape per muscle and side, ``muscle-<id>-<side>``),
``regions`` (clickable paraspinal areas), ``zones`` (referral zones) and
``labels``. Region and zone paths use only absolute M, L, C, Q and Z commands
with at most one decimal, carry no fill or stroke, and nothing in the file
uses a transform, because the app reads those paths itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

Point = tuple[float, float]

OUT = Path(__file__).with_name("back.svg")
WIDTH, HEIGHT = 880, 1100
MID = 300.0  # back view midline
FRONT_MID = 738.0  # front views' midline (the trunk and, above it, the head)
FRONT_SCALE = 0.7  # the trunk seen from the front, against the back view
FRONT_TOP = 306.0  # front view y of back-scale y = 200 (the neck)
FACE_SCALE = 1.25  # the head seen from the front is drawn larger than life-size
FACE_TOP = 20.0  # its y for back-scale y = 27 (the top of the head)

SKIN = "#f1d9c8"
SKIN_LINE = "#c29f8b"
SKIN_DETAIL = "#cfae9a"
RIB = "#dcc3b3"
BONE = "#f7f3ec"
BONE_LINE = "#a9a39b"
MUSCLE_LINE = "#b88279"
FIBRE = "#a86f66"
MULTIFIDUS = "#cc918a"
LONGISSIMUS = "#d8a59c"
ILIOCOSTALIS = "#e3b8af"
QUADRATUS = "#dcb2a9"
ROTATORES = "#bf7f78"
SERRATUS = "#e6c2b8"
SEMISPINALIS = "#cf958d"
SEMISPINALIS_CAPITIS = "#d9a79e"
SPLENIUS = "#e2b6ad"
TEXT = "#444444"
LABEL_BG = "#fbf8f4"
LABEL_EDGE = "#d8cec4"

# Midline gap between left and right regions is 2 * REGION_INNER wide.
REGION_INNER = 5.0


def r1(v: float) -> float:
    """Round to the one decimal the file keeps (so mirrored copies match exactly)."""
    return round(v + 0.0, 1) + 0.0


def fmt(v: float) -> str:
    text = f"{r1(v):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# --------------------------------------------------------------------------
# vertebral levels


def vertebral_levels() -> dict[str, tuple[float, float]]:
    """Top and bottom y of every vertebra, sacral segment and the coccyx."""
    levels: dict[str, tuple[float, float]] = {}
    y = 192.0
    for i in range(1, 8):  # neck vertebrae are small and evenly spaced
        levels[f"C{i}"] = (y, y + 100.0 / 7)
        y += 100.0 / 7
    heights = [18.5 + (i - 1) * 0.7 for i in range(1, 13)]  # thoracic ones grow taller
    y = 292.0
    for i, h in enumerate(heights, start=1):
        h *= 268.0 / sum(heights)
        levels[f"T{i}"] = (y, y + h)
        y += h
    y = 560.0
    for i in range(1, 6):
        levels[f"L{i}"] = (y, y + 32.0)
        y += 32.0
    y = 720.0
    for i, h in enumerate((24.0, 22.0, 21.0, 20.0, 21.0), start=1):
        levels[f"S{i}"] = (y, y + h)
        y += h
    levels["Co"] = (y, 856.0)
    # Rounded to the file's precision so bands, zones and regions share exact edges.
    return {k: (r1(a), r1(b)) for k, (a, b) in levels.items()}


LEVELS = vertebral_levels()
# Region bands: name -> (top y, bottom y); adjacent bands share their boundary.
BANDS: dict[str, tuple[float, float]] = {
    "cervical": (LEVELS["C1"][0], LEVELS["C7"][1]),
    "upper-thoracic": (LEVELS["T1"][0], LEVELS["T4"][1]),
    "mid-thoracic": (LEVELS["T5"][0], LEVELS["T8"][1]),
    "lower-thoracic": (LEVELS["T9"][0], LEVELS["T12"][1]),
    "lumbar": (LEVELS["L1"][0], LEVELS["L5"][1]),
    "sacral": (LEVELS["S1"][0], LEVELS["Co"][1]),
}


def mid_y(name: str) -> float:
    top, bottom = LEVELS[name]
    return (top + bottom) / 2


# --------------------------------------------------------------------------
# geometry


class PathData:
    """Absolute M/L/C/Q/Z path data that can be mirrored about a vertical axis."""

    def __init__(self) -> None:
        self.ops: list[tuple[str, list[Point]]] = []

    def move(self, p: Point) -> PathData:
        self.ops.append(("M", [p]))
        return self

    def line(self, p: Point) -> PathData:
        self.ops.append(("L", [p]))
        return self

    def cubic(self, c1: Point, c2: Point, p: Point) -> PathData:
        self.ops.append(("C", [c1, c2, p]))
        return self

    def quad(self, c: Point, p: Point) -> PathData:
        self.ops.append(("Q", [c, p]))
        return self

    def close(self) -> PathData:
        self.ops.append(("Z", []))
        return self

    def mirrored(self, axis: float = MID) -> PathData:
        out = PathData()
        # Round before mirroring so both sides print the same digits.
        out.ops = [(c, [(2 * axis - r1(x), y) for x, y in pts]) for c, pts in self.ops]
        return out

    def d(self) -> str:
        parts = []
        for cmd, pts in self.ops:
            parts.append(" ".join([cmd] + [f"{fmt(x)},{fmt(y)}" for x, y in pts]))
        return " ".join(parts)


def spline(points: Sequence[Point], closed: bool = False) -> list[tuple[Point, Point, Point]]:
    """Cubic segments of a Catmull-Rom curve through the points."""
    n = len(points)
    segs = []
    for i in range(n if closed else n - 1):
        p0 = points[(i - 1) % n] if (closed or i > 0) else points[i]
        p1 = points[i]
        p2 = points[(i + 1) % n]
        p3 = points[(i + 2) % n] if (closed or i + 2 < n) else points[i + 1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segs.append((c1, c2, p2))
    return segs


def smooth(points: Sequence[Point], closed: bool = False, path: PathData | None = None) -> PathData:
    """A smooth path through the points (starting a new subpath unless given one)."""
    if path is None:
        path = PathData().move(points[0])
    for c1, c2, p in spline(points, closed):
        path.cubic(c1, c2, p)
    if closed:
        path.close()
    return path


def ellipse(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0) -> PathData:
    """An ellipse as four cubic arcs, turned by ``angle`` degrees."""
    k = 0.5523
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))

    def at(u: float, v: float) -> Point:
        return (cx + u * ca - v * sa, cy + u * sa + v * ca)

    path = PathData().move(at(rx, 0))
    for (u0, v0), (u1, v1) in (((rx, 0), (0, ry)), ((0, ry), (-rx, 0)),
                               ((-rx, 0), (0, -ry)), ((0, -ry), (rx, 0))):
        path.cubic(at(u0 + k * u1, v0 + k * v1), at(u1 + k * u0, v1 + k * v0), at(u1, v1))
    return path.close()


def stadium(cx: float, top: float, bottom: float, width: float, radius: float) -> PathData:
    """A vertical rounded rectangle."""
    k = 0.5523 * radius
    x0, x1 = cx - width / 2, cx + width / 2
    return (PathData().move((x0 + radius, top)).line((x1 - radius, top))
            .cubic((x1 - radius + k, top), (x1, top + radius - k), (x1, top + radius))
            .line((x1, bottom - radius))
            .cubic((x1, bottom - radius + k), (x1 - radius + k, bottom), (x1 - radius, bottom))
            .line((x0 + radius, bottom))
            .cubic((x0 + radius - k, bottom), (x0, bottom - radius + k), (x0, bottom - radius))
            .line((x0, top + radius))
            .cubic((x0, top + radius - k), (x0 + radius - k, top), (x0 + radius, top))
            .close())


def profile(knots: Sequence[Point]) -> Callable[[float], float]:
    """A smooth function of y through ``(y, value)`` knots (cubic Hermite)."""
    ys = [k[0] for k in knots]
    vs = [k[1] for k in knots]
    n = len(knots)
    slopes = []
    for i in range(n):
        a, b = max(i - 1, 0), min(i + 1, n - 1)
        slopes.append((vs[b] - vs[a]) / (ys[b] - ys[a]))

    def f(y: float) -> float:
        if y <= ys[0]:
            return vs[0]
        if y >= ys[-1]:
            return vs[-1]
        i = max(j for j in range(n - 1) if ys[j] <= y)
        h = ys[i + 1] - ys[i]
        t = (y - ys[i]) / h
        h00, h10 = 2 * t**3 - 3 * t**2 + 1, t**3 - 2 * t**2 + t
        h01, h11 = -2 * t**3 + 3 * t**2, t**3 - t**2
        return h00 * vs[i] + h10 * h * slopes[i] + h01 * vs[i + 1] + h11 * h * slopes[i + 1]

    return f


def steps(a: float, b: float, step: float) -> list[float]:
    n = max(2, round(abs(b - a) / step) + 1)
    return [a + (b - a) * i / (n - 1) for i in range(n)]


def left(dx: float, y: float) -> Point:
    """A point on the viewer's left half of the back view (the patient's left)."""
    return (MID - dx, y)


def front(dx: float, y: float) -> Point:
    """Map back-view scale ``(dx, y)`` into the front view of the trunk, viewer's left half."""
    return (FRONT_MID - dx * FRONT_SCALE, FRONT_TOP + (y - 200.0) * FRONT_SCALE)


def face(dx: float, y: float) -> Point:
    """Map back-view scale ``(dx, y)`` of the head into the front view of the head."""
    return (FRONT_MID - dx * FACE_SCALE, FACE_TOP + (y - 27.0) * FACE_SCALE)


# --------------------------------------------------------------------------
# svg writing


def attrs(**kw: object) -> str:
    return " ".join(f'{k.rstrip("_").replace("_", "-")}="{v}"' for k, v in kw.items())


def path_el(d: PathData, **kw: object) -> str:
    return f'<path d="{d.d()}" {attrs(**kw)}/>'


def pair(path: PathData, axis: float = MID, /, **kw: object) -> list[str]:
    """The left-side path and its mirror image."""
    return [path_el(path, **kw), path_el(path.mirrored(axis), **kw)]


# --------------------------------------------------------------------------
# anatomy outlines (left side, distances dx from the midline)

# Body outline, neck (hidden under the head) down the thighs to the bottom edge;
# the thighs taper a little toward the knees.
BODY = [(44, 150), (44, 190), (46, 212), (55, 231), (82, 247), (126, 261), (166, 274),
        (192, 291), (204, 318), (199, 348), (182, 372), (162, 393), (153, 422),
        (148, 470), (141, 525), (129, 580), (121, 614), (123, 645), (132, 675),
        (144, 715), (152, 760), (155, 805), (154, 850), (150, 900), (147, 950), (143, 1000),
        (138, 1050), (133, 1105)]
# Half-width of the body at a height, from the neck down.
OUTLINE = profile([(y, dx) for dx, y in BODY[1:]])

# Edges of the deep columns beside the spine, from the midline out: the small
# rotatores next to the spine bones, then multifidus, longissimus and
# iliocostalis, thin at the neck and thickest at the waist.
ROTATORES_IN = profile([(192, 5.0), (292, 6.0), (560, 7.6), (720, 8.6)])
ROTATORES_OUT = profile([(192, 8.0), (292, 10.0), (330, 11.5), (520, 12.0), (560, 11.0),
                         (720, 11.5)])
MULTIFIDUS_OUT = profile([(292, 16), (460, 20), (560, 25), (640, 30), (700, 32), (745, 29),
                          (790, 21), (812, 13)])
LONGISSIMUS_OUT = profile([(280, 25), (370, 31), (460, 37), (560, 44), (620, 49), (680, 48),
                           (720, 42), (748, 34)])
ILIOCOSTALIS_OUT = profile([(280, 34), (330, 39), (370, 44), (415, 48), (460, 52), (510, 56),
                            (560, 61), (600, 65), (640, 67), (670, 65), (696, 60)])
# Posterior iliac crest from its highest point at the flank to the dimple (PSIS).
CREST = [(120, 663), (108, 662), (92, 669), (74, 686), (59, 707), (49, 732), (43, 752)]
CREST_ZONE = [(50, 730), (60, 707), (74, 689), (92, 673), (106, 665), (121, 664)]
SCAPULA = [(66, 313), (72, 307), (96, 311), (126, 315), (152, 316), (168, 321), (166, 335),
           (148, 360), (126, 392), (104, 420), (90, 435), (81, 434), (74, 414), (67, 382),
           (63, 350), (63, 325)]


def region_paths() -> dict[str, PathData]:
    """Left-side region outlines keyed by band name: each is the whole half of the
    back at its level, from the spine to the flank; adjacent bands share edges exactly."""
    out = {}
    for name, (top, bottom) in BANDS.items():
        inner = MID - REGION_INNER
        if name == "sacral":  # out to the side of the hip, then in along the top of the buttock
            edge = [left(OUTLINE(y) - 4, y) for y in steps(top, 780, 14)]
            edge += [left(dx, y) for dx, y in ((118, 806), (80, 826), (44, 842), (18, 852))]
        else:
            edge = [left(OUTLINE(y) - 4, y) for y in steps(top, bottom, 14)]
        p = PathData().move((inner, top)).line(edge[0])
        smooth(edge, path=p)
        p.line((inner, bottom))
        out[name] = p.close()
    return out


def strip(inner: Callable[[float], float], outer: Callable[[float], float], top: float,
          bottom: float, round_top: bool = False, round_bottom: bool = False,
          to: Callable[[float, float], Point] = left) -> PathData:
    """The area between two edges (distances from the midline) from ``top`` to ``bottom``.

    The ends are flat (so segments of one column share their edge exactly) or
    rounded off.
    """
    outer_pts = [to(outer(y), y) for y in steps(top, bottom, 14)]
    inner_pts = [to(inner(y), y) for y in steps(bottom, top, 14)]
    p = smooth(outer_pts)
    if round_bottom:
        bulge = (outer(bottom) - inner(bottom)) * 0.75
        a, b = outer_pts[-1], inner_pts[0]
        p.cubic((a[0], a[1] + bulge), (b[0], b[1] + bulge), b)
    else:
        p.line(inner_pts[0])
    smooth(inner_pts, path=p)
    if round_top:
        bulge = (outer(top) - inner(top)) * 0.75
        a, b = inner_pts[-1], outer_pts[0]
        p.cubic((a[0], a[1] - bulge), (b[0], b[1] - bulge), b)
    return p.close()


def fibres(inner: Callable[[float], float], outer: Callable[[float], float],
           top: float, bottom: float) -> list[PathData]:
    """Two faint lines along a muscle column, hinting at its fibres."""
    out = []
    for t in (0.33, 0.68):
        out.append(smooth([left(inner(y) + t * (outer(y) - inner(y)), y)
                           for y in steps(top, bottom, 20)]))
    return out


def ribbon(centre: Sequence[Point], half: float | Sequence[float],
           to: Callable[[float, float], Point] = left) -> PathData:
    """A soft band along a line of (dx, y) points, round at both ends.

    ``half`` is the half-width, one for the whole band or one per point.
    """
    halves = [half] * len(centre) if isinstance(half, (int, float)) else list(half)
    outer, inner = [], []
    for i, (dx, y) in enumerate(centre):
        half = halves[i]
        ax, ay = centre[max(i - 1, 0)]
        bx, by = centre[min(i + 1, len(centre) - 1)]
        n = math.hypot(bx - ax, by - ay)
        nx, ny = -(by - ay) / n, (bx - ax) / n
        outer.append((dx + nx * half, y + ny * half))
        inner.append((dx - nx * half, y - ny * half))

    def cap(tip: Point, before: Point, r: float) -> Point:
        tx, ty = tip[0] - before[0], tip[1] - before[1]
        n = math.hypot(tx, ty)
        return (tip[0] + tx / n * r * 0.9, tip[1] + ty / n * r * 0.9)

    pts = (outer + [cap(centre[-1], centre[-2], halves[-1])] + inner[::-1]
           + [cap(centre[0], centre[1], halves[0])])
    return smooth([to(dx, y) for dx, y in pts], closed=True)


def blob(points: Sequence[Point], to: Callable[[float, float], Point] = left) -> PathData:
    """A smooth closed shape through (dx, y) points."""
    return smooth([to(dx, y) for dx, y in points], closed=True)


def grown(points: Sequence[Point], factor: float) -> list[Point]:
    """Points pushed away from their centre by ``factor``."""
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    return [(cx + (x - cx) * factor, cy + (y - cy) * factor) for x, y in points]


# --------------------------------------------------------------------------
# the drawing


def gradients() -> list[str]:
    def fade(gid: str, colour: str, start: float, stop: float) -> str:
        return (f'<linearGradient id="{gid}" x1="0" y1="0" x2="0" y2="1">'
                f'<stop offset="{start}" stop-color="{colour}" stop-opacity="1"/>'
                f'<stop offset="{stop}" stop-color="{colour}" stop-opacity="0"/>'
                f'</linearGradient>')

    return ["<defs>",
            fade("fade-arm", SKIN, 0.74, 0.97), fade("fade-arm-line", SKIN_LINE, 0.7, 0.93),
            fade("fade-body", SKIN, 0.9, 0.995), fade("fade-body-line", SKIN_LINE, 0.88, 0.98),
            # The back view reaches further down, to the backs of the thighs, and
            # fades out below them (its outline spans y 150..1105).
            fade("fade-back", SKIN, 0.943, 0.995), fade("fade-back-line", SKIN_LINE, 0.93, 0.985),
            "</defs>"]


def silhouette(points: Sequence[Point], to_abs: Callable[[float, float], Point],
               axis: float) -> PathData:
    """A closed outline from a left half, joined to its mirror image."""
    left_pts = [to_abs(dx, y) for dx, y in points]
    right_pts = [(2 * axis - r1(x), y) for x, y in reversed([(r1(x), y) for x, y in left_pts])]
    path = smooth(left_pts)
    path.line(right_pts[0])
    smooth(right_pts, path=path)
    return path.close()


def head() -> list[str]:
    ear = smooth([left(dx, y) for dx, y in
                  [(64, 100), (74, 95), (81, 106), (80, 128), (73, 148), (63, 152), (60, 125)]],
                 closed=True)
    ear_in = smooth([left(dx, y) for dx, y in [(70, 108), (75, 118), (73, 136), (68, 144)]])
    outline = [(46, 192), (60, 166), (69, 130), (70, 92), (62, 58), (38, 34), (0, 27)]
    left_pts = [left(dx, y) for dx, y in outline]
    arc = left_pts + [(2 * MID - r1(x), y) for x, y in reversed(left_pts[:-1])]
    fill_path = smooth(arc)
    fill_path.quad((MID, 188), arc[0]).close()
    # The bony ridge at the base of the skull, where the neck muscles attach.
    ridge = smooth([left(dx, y) for dx, y in [(0, 170), (18, 168), (36, 163), (52, 160)]])
    return (pair(ear, fill=SKIN, stroke=SKIN_LINE, stroke_width=1.4)
            + pair(ear_in, fill="none", stroke=SKIN_DETAIL, stroke_width=1.1,
                   stroke_linecap="round")
            + [path_el(fill_path, fill=SKIN, stroke="none"),
               path_el(smooth(arc), fill="none", stroke=SKIN_LINE, stroke_width=1.6,
                       stroke_linecap="round")]
            + pair(ridge, fill="none", stroke=SKIN_DETAIL, stroke_width=1.1, opacity=0.7,
                   stroke_linecap="round"))


def arm() -> PathData:
    outline = [(176, 282), (200, 292), (215, 318), (227, 360), (240, 420), (253, 480),
               (264, 540), (272, 600), (276, 650), (246, 664), (212, 650), (204, 600),
               (194, 540), (182, 480), (170, 430), (161, 392), (158, 350), (162, 305)]
    return smooth([left(dx, y) for dx, y in outline], closed=True)


def ribs() -> list[str]:
    out: list[str] = []
    drops = {1: 10, 2: 22, 3: 30, 4: 36, 5: 40, 6: 44, 7: 46, 8: 48, 9: 48, 10: 46, 11: 38, 12: 30}
    for k in range(1, 13):
        y0 = mid_y(f"T{k}")
        y1 = y0 + drops[k]
        if k == 1:
            end = 62.0
        elif k == 11:
            end = 118.0
        elif k == 12:
            end = 92.0  # the short floating rib stops well above the waist
        else:
            end = OUTLINE(y1) - 9 if y1 > 420 else 150.0
        # Each rib leaves its vertebra almost level, then sweeps down and out.
        rib = PathData().move(left(9, y0)).cubic(
            left(end * 0.45, y0 - 3), left(end * 0.85, y0 + (y1 - y0) * 0.35), left(end, y1))
        out += pair(rib, fill="none", stroke=RIB, stroke_width=2.4 if k > 1 else 2.0,
                    stroke_linecap="round")
    return out


def pelvis() -> list[str]:
    ilium = [*CREST, (40, 774), (39, 792), (52, 804), (80, 798), (108, 780), (125, 745),
             (131, 700)]
    ilium_path = smooth([left(dx, y) for dx, y in ilium], closed=True)
    crest_line = ribbon(CREST, 3.0)
    sacrum_half = [(0, 717), (26, 716), (48, 722), (47, 745), (40, 772), (30, 798),
                   (18, 820), (9, 831)]
    sacrum = silhouette(sacrum_half[1:], left, MID)
    out = (pair(ilium_path, fill=BONE, stroke="none", opacity=0.14)
           + pair(crest_line, fill=BONE, stroke=BONE_LINE, stroke_width=1)
           + [path_el(sacrum, fill=BONE, stroke=BONE_LINE, stroke_width=1.2)])
    for i, (dx, y) in enumerate([(20, 738), (18, 760), (15, 781), (12, 801)]):
        out += pair(ellipse(MID - dx, y, 3.4 - i * 0.4, 2.6 - i * 0.3), fill="#e6ded2",
                    stroke=BONE_LINE, stroke_width=0.6)
    return out


def scapula() -> list[str]:
    spine = ribbon([(65, 345), (90, 338), (120, 328), (148, 317), (168, 307), (181, 302)],
                   [2.2, 3.2, 4.2, 5.2, 6.2, 6.8])
    return (pair(blob(SCAPULA), fill=BONE, stroke=BONE_LINE, stroke_width=1.1, opacity=0.72)
            + pair(spine, fill="#ede5da", stroke=BONE_LINE, stroke_width=1, opacity=0.92))


def muscle_shapes() -> list[tuple[str, PathData, str, float]]:
    """Every muscle the content names, deepest first: (id, left outline, colour, opacity).

    Later shapes are painted over earlier ones, as the layers lie in the body.
    """
    t, lum, sac = BANDS["upper-thoracic"][0], BANDS["lumbar"][0], BANDS["sacral"][0]
    shapes: list[tuple[str, PathData, str, float]] = []
    # Quadratus lumborum: deep, from the 12th rib to the iliac crest; its outer
    # edge reaches beyond the long columns, the rest lies under them.
    shapes.append(("quadratus-lumborum", blob(
        [(28, 579), (50, 574), (72, 574), (88, 582), (95, 600), (99, 630), (99, 655), (95, 668),
         (78, 682), (60, 697), (42, 705), (29, 699), (25, 660), (25, 620)]), QUADRATUS, 0.9))
    shapes.append(("iliocostalis-thoracis",
                   strip(LONGISSIMUS_OUT, ILIOCOSTALIS_OUT, 282, lum, round_top=True),
                   ILIOCOSTALIS, 0.95))
    shapes.append(("iliocostalis-lumborum",
                   strip(LONGISSIMUS_OUT, ILIOCOSTALIS_OUT, lum, 698, round_bottom=True),
                   ILIOCOSTALIS, 0.95))
    shapes.append(("longissimus-thoracis",
                   strip(MULTIFIDUS_OUT, LONGISSIMUS_OUT, 282, 748, True, True),
                   LONGISSIMUS, 0.95))
    shapes.append(("multifidus-thoracic",
                   strip(ROTATORES_OUT, MULTIFIDUS_OUT, t, lum, round_top=True),
                   MULTIFIDUS, 0.95))
    shapes.append(("multifidus-lumbar", strip(ROTATORES_OUT, MULTIFIDUS_OUT, lum, sac),
                   MULTIFIDUS, 0.95))
    shapes.append(("multifidus-sacral",
                   strip(ROTATORES_OUT, MULTIFIDUS_OUT, sac, 806, round_bottom=True),
                   MULTIFIDUS, 0.95))
    for band in ("cervical", "upper-thoracic", "mid-thoracic", "lower-thoracic", "lumbar"):
        top, bottom = BANDS[band]
        shapes.append((f"rotatores-{band}", strip(ROTATORES_IN, ROTATORES_OUT, top, bottom),
                       ROTATORES, 1.0))
    # Serratus posterior inferior: thin slips from the T11-L2 spines up and out to ribs 9-12,
    # lying over the long columns.
    shapes.append(("serratus-posterior-inferior", blob(
        [(9, 512), (40, 500), (72, 489), (97, 484), (106, 495), (99, 506), (109, 517),
         (102, 530), (106, 541), (95, 552), (94, 563), (82, 573), (52, 597), (24, 617),
         (9, 626)]), SERRATUS, 0.6))
    # The neck: deep to shallow.
    shapes.append(("semispinalis-cervicis", strip(
        ROTATORES_OUT, profile([(196, 15), (250, 17), (310, 16), (348, 12)]), 196, 350,
        round_bottom=True), SEMISPINALIS, 0.95))
    shapes.append(("semispinalis-capitis", strip(
        profile([(188, 9), (240, 15), (300, 16), (360, 13)]),
        profile([(188, 31), (240, 29), (300, 27), (360, 19)]), 188, 372, round_bottom=True),
        SEMISPINALIS_CAPITIS, 0.95))
    shapes.append(("splenius-cervicis", ribbon(
        [(10, 404), (15, 372), (23, 332), (32, 292), (39, 252), (40, 214)],
        [3.5, 4.5, 5.5, 5.5, 5, 4]), SPLENIUS, 0.9))
    shapes.append(("splenius-capitis", ribbon(
        [(9, 338), (17, 300), (27, 262), (37, 228), (45, 200), (50, 182)],
        [4.5, 7.5, 9, 9, 8.5, 7]), SPLENIUS, 0.92))
    return shapes


def muscles() -> list[str]:
    """The muscles group: one shape per muscle and side, ``muscle-<id>-<left|right>``."""
    muscle = {"stroke": MUSCLE_LINE, "stroke_width": 0.9, "stroke_opacity": 0.8}
    out = []
    for mid, shape, colour, opacity in muscle_shapes():
        out.append(path_el(shape, id=f"muscle-{mid}-left", fill=colour, fill_opacity=opacity,
                           **muscle))
        out.append(path_el(shape.mirrored(), id=f"muscle-{mid}-right", fill=colour,
                           fill_opacity=opacity, **muscle))
    return out


def muscle_fibres() -> list[str]:
    """Faint lines along the muscles, hinting at the way their fibres run."""
    fibre = {"fill": "none", "stroke": FIBRE, "stroke_width": 0.8, "opacity": 0.3,
             "stroke_linecap": "round"}
    out: list[str] = []
    for inner, outer, top, bottom in ((ROTATORES_OUT, MULTIFIDUS_OUT, 360.0, 790.0),
                                      (MULTIFIDUS_OUT, LONGISSIMUS_OUT, 380.0, 735.0),
                                      (LONGISSIMUS_OUT, ILIOCOSTALIS_OUT, 380.0, 686.0)):
        for f in fibres(inner, outer, top, bottom):
            out += pair(f, **fibre)
    # Short slanting fibres of the serratus slips and of the splenius straps.
    for y in (520, 545, 570):
        out += pair(smooth([left(14, y + 40), left(50, y + 10), left(92, y - 28)]), **fibre)
    for k in (-4.0, 0.0, 4.0):
        out += pair(smooth([left(12 + k, 330), left(28 + k, 262), left(44 + k, 196)]), **fibre)
    return out


def vertebrae() -> list[str]:
    out = []
    for name, (top, bottom) in LEVELS.items():
        if name.startswith("S") or name == "Co":
            continue
        h = bottom - top
        if name.startswith("C"):
            w = 8.5 + int(name[1:]) * 0.5
        elif name.startswith("T"):
            w = 11.0 + int(name[1:]) * 0.3
        else:
            w = 14.5 + int(name[1:]) * 0.5
        gap = 3.0 if name.startswith("C") else 4.0
        out.append(path_el(stadium(MID, top + gap / 2, bottom - gap / 2, w, min(w, h - gap) * 0.42),
                           fill=BONE, stroke=BONE_LINE, stroke_width=0.9))
    for i in range(1, 5):  # the bumps of the median sacral crest
        y = mid_y(f"S{i}")
        out.append(path_el(ellipse(MID, y, 6.5 - i * 0.8, 6.0), fill="#efe8dd",
                           stroke=BONE_LINE, stroke_width=0.8))
    y = LEVELS["Co"][0] + 1
    for w, h in ((10.0, 9.0), (8.0, 8.0), (6.0, 7.0), (4.0, 5.0)):
        out.append(path_el(ellipse(MID, y + h / 2, w / 2, h / 2), fill=BONE, stroke=BONE_LINE,
                           stroke_width=0.8))
        y += h - 0.5
    return out


def skin_details() -> list[str]:
    detail = {"fill": "none", "stroke": SKIN_DETAIL, "stroke_linecap": "round"}
    cleft = PathData().move((MID, 838)).cubic((MID, 860), (MID, 890), (MID, 918))
    glute = smooth([left(dx, y) for dx, y in [(50, 782), (84, 800), (118, 826), (142, 858)]])
    fold = smooth([left(dx, y) for dx, y in [(3, 916), (30, 928), (70, 930), (108, 920),
                                             (134, 902)]])
    dimple = ellipse(MID - 43, 752, 4.5, 3.2)
    # Where the thighs meet, parting a little toward the knees; and the soft
    # groove down the back of each thigh, between its hamstring muscles.
    between = smooth([left(dx, y) for dx, y in [(0, 919), (1.5, 970), (4, 1018), (7, 1058)]])
    groove = smooth([left(dx, y) for dx, y in [(70, 952), (67, 990), (65, 1024)]])
    return ([path_el(cleft, stroke_width=1.5, **detail)]
            + pair(fold, stroke_width=1.4, **detail)
            + pair(between, stroke_width=1.3, **detail)
            + pair(groove, stroke_width=1.2, opacity=0.4, **detail)
            + pair(glute, stroke_width=1.2, opacity=0.55, **detail)
            + pair(dimple, fill="#e3c4b0", stroke="none"))


FRONT_OUTLINE = [(40, 200), (42, 215), (52, 232), (85, 248), (130, 260), (168, 272), (190, 290),
                 (198, 318), (190, 348), (174, 372), (158, 395), (150, 425), (146, 470),
                 (138, 525), (122, 580), (113, 614), (116, 645), (127, 675), (140, 715),
                 (150, 760), (154, 805), (150, 850), (146, 900), (143, 950), (141, 1000)]


def front_view() -> list[str]:
    body = silhouette(FRONT_OUTLINE, front, FRONT_MID)
    neck_top = ellipse(FRONT_MID, front(0, 200)[1], 40 * FRONT_SCALE, 5.5)
    detail = {"fill": "none", "stroke": SKIN_DETAIL, "stroke_linecap": "round",
              "stroke_width": 1.2}

    def fpath(points: Sequence[Point]) -> PathData:
        return smooth([front(dx, y) for dx, y in points])

    clavicle = fpath([(14, 247), (60, 244), (105, 254), (146, 270)])
    chest = fpath([(20, 392), (55, 402), (95, 398), (125, 380)])
    costal = fpath([(2, 432), (40, 466), (80, 508), (108, 552)])
    groin = fpath([(122, 760), (92, 800), (52, 848), (16, 884)])
    thigh = PathData().move(front(0, 890)).line(front(0, 960))
    navel = ellipse(FRONT_MID, front(0, 640)[1], 2.2, 3.2)
    return ([path_el(body, fill="url(#fade-body)", stroke="url(#fade-body-line)",
                     stroke_width=1.4),
             path_el(neck_top, fill="#ead0bd", stroke=SKIN_LINE, stroke_width=1)]
            + pair(clavicle, FRONT_MID, **detail) + pair(costal, FRONT_MID, **detail)
            + pair(chest, FRONT_MID, opacity=0.6, **detail)
            + pair(groin, FRONT_MID, **detail)
            + [path_el(thigh, opacity=0.7, **detail),
               path_el(navel, fill=SKIN_DETAIL, stroke="none")])


FACE_OUTLINE = [(0, 27), (38, 33), (60, 55), (68, 90), (67, 125), (62, 158), (50, 184),
                (30, 203), (0, 210)]


def face_view() -> list[str]:
    """The head seen from the front, drawn larger, for the places felt in the face."""
    detail = {"fill": "none", "stroke": SKIN_LINE, "stroke_linecap": "round",
              "stroke_width": 1.3}
    neck = silhouette([(34, 180), (35, 205), (37, 218), (40, 226)], face, FRONT_MID)
    ear = blob([(66, 110), (75, 106), (80, 118), (78, 140), (70, 156), (64, 150)], face)
    half = [face(dx, y) for dx, y in FACE_OUTLINE]
    head_fill = smooth(half + [(2 * FRONT_MID - x, y) for x, y in reversed(half[1:-1])],
                       closed=True)
    brow = smooth([face(dx, y) for dx, y in [(12, 110), (24, 104), (38, 104), (48, 109)]])
    eye = blob([(16, 124), (28, 118), (40, 121), (44, 126), (30, 130)], face)
    nose = smooth([face(dx, y) for dx, y in [(4, 126), (6, 150), (10, 162), (3, 166)]])
    mouth = smooth([face(dx, y) for dx, y in [(0, 182), (10, 181), (20, 178)]])
    return ([path_el(neck, fill=SKIN, stroke=SKIN_LINE, stroke_width=1.2)]
            + pair(ear, FRONT_MID, fill=SKIN, stroke=SKIN_LINE, stroke_width=1.2)
            + [path_el(head_fill, fill=SKIN, stroke=SKIN_LINE, stroke_width=1.6)]
            + pair(brow, FRONT_MID, **detail)
            + pair(eye, FRONT_MID, fill=BONE, stroke=SKIN_LINE, stroke_width=1.1)
            + pair(nose, FRONT_MID, opacity=0.8, **{**detail, "stroke_width": 1.1})
            + pair(mouth, FRONT_MID, **detail))


def figure() -> list[str]:
    body = silhouette(BODY, left, MID)
    return (gradients()
            + pair(arm(), fill="url(#fade-arm)", stroke="url(#fade-arm-line)", stroke_width=1.6)
            + [path_el(body, fill="url(#fade-back)", stroke="url(#fade-back-line)",
                       stroke_width=1.6)]
            + ribs() + pelvis() + scapula()
            + ['<g id="muscles">'] + muscles() + ["</g>"]
            + muscle_fibres() + vertebrae() + head()
            + skin_details() + front_view() + face_view())


# --------------------------------------------------------------------------
# clickable regions and referral zones

INVISIBLE = {"fill": "none", "stroke": "none"}


def regions() -> list[str]:
    out = []
    for name, p in region_paths().items():
        out.append(path_el(p, id=f"region-{name}-left", **INVISIBLE))
        out.append(path_el(p.mirrored(), id=f"region-{name}-right", **INVISIBLE))
    return out


def spindle(top: float, bottom: float, half: float) -> PathData:
    """A slim shape along the midline, pointed softly at both ends."""
    h = bottom - top
    return silhouette([(1.5, top), (half * 0.8, top + h * 0.1), (half, top + h * 0.5),
                       (half * 0.8, bottom - h * 0.1), (1.5, bottom)], left, MID)


def back_zones() -> dict[str, PathData]:
    """The sided zones on the back, left side; each follows the body's own contours."""
    return {
        # The head and neck.
        "top-of-head": blob([(5, 36), (22, 33), (40, 39), (55, 52), (62, 68), (52, 80),
                             (32, 82), (14, 80), (5, 72)]),
        "back-of-head": blob([(6, 94), (30, 90), (54, 94), (64, 110), (64, 134), (56, 150),
                              (34, 155), (13, 151), (6, 136)]),
        "skull-base": ribbon([(8, 178), (24, 174), (40, 168), (54, 161)], [9, 10, 10, 8]),
        "back-of-neck": blob([(9, 196), (30, 194), (40, 212), (43, 238), (38, 262), (22, 272),
                              (9, 268)]),
        "neck-shoulder-angle": ribbon([(48, 246), (64, 257), (86, 266), (110, 273)],
                                      [8, 11, 11, 8]),
        "shoulder-blade-top": ribbon([(58, 296), (62, 312), (60, 332), (57, 350)],
                                     [8, 11, 11, 8]),
        # The upper back.
        "shoulder-blade": blob(grown(SCAPULA, 1.1)),
        "beside-spine-thoracic": strip(
            profile([(y, 10.0) for y in (0.0, 1.0)]),
            profile([(380, 40), (470, 46), (560, 52)]),
            LEVELS["T6"][0], LEVELS["T12"][1], True, True),
        "lower-ribs": ribbon([(60, 524), (84, 535), (104, 549), (118, 567), (123, 586)],
                             [11, 15, 17, 15, 10]),
        # The low back, pelvis and hip.
        "beside-spine-lumbar": strip(
            profile([(y, 10.0) for y in (0.0, 1.0)]),
            profile([(590, 50), (660, 54), (720, 50), (750, 44)]),
            LEVELS["L2"][0], LEVELS["S1"][1], True, True),
        "iliac-crest": ribbon(CREST_ZONE, [7, 9, 10, 10, 9, 7]),
        "sacroiliac": ribbon([(41, 726), (42, 748), (37, 770), (29, 792)], [9, 12, 12, 8]),
        "buttock": blob([(48, 776), (75, 774), (108, 786), (132, 816), (138, 860),
                         (122, 898), (84, 914), (46, 906), (26, 876), (24, 826)]),
        "hip-side": ribbon([(OUTLINE(y) - 16, y) for y in steps(770, 890, 30)],
                           [10, 14, 15, 14, 10]),
        # The back of the thigh: from just under the buttock's fold, across the
        # thigh between its inner edge and its outer side, down toward the knee.
        "back-of-thigh": blob([(14, 948), (42, 942), (72, 942), (102, 938), (124, 933),
                               (134, 952), (133, 985), (124, 1018), (104, 1042), (74, 1050),
                               (46, 1044), (26, 1024), (16, 992), (12, 966)]),
    }


def front_zones() -> dict[str, PathData]:
    """The sided zones seen from the front, on the viewer's left (the patient's right)."""
    return {
        "temple-eye": blob([(10, 104), (24, 94), (44, 84), (60, 74), (70, 86), (70, 112),
                            (66, 132), (56, 136), (46, 126), (32, 118), (14, 116)], face),
        "chest-wall": blob([(40, 412), (88, 400), (134, 408), (146, 440), (142, 488),
                            (126, 524), (94, 532), (62, 514), (42, 472)], front),
        "belly": blob([(10, 616), (50, 612), (90, 620), (110, 640), (117, 680), (111, 718),
                       (92, 748), (62, 766), (30, 774), (11, 766), (8, 700)], front),
        "groin": ribbon([(126, 768), (104, 798), (76, 830), (48, 858), (24, 878)],
                        [15, 21, 22, 21, 15], front),
    }


def zones() -> list[str]:
    out = []
    for name, p in back_zones().items():
        out.append(path_el(p, id=f"zone-{name}-left", **INVISIBLE))
        out.append(path_el(p.mirrored(), id=f"zone-{name}-right", **INVISIBLE))
    tailbone = silhouette([(1.5, 824), (8, 832), (9.5, 847), (6, 862), (1.5, 870)], left, MID)
    out.append(path_el(tailbone, id="zone-tailbone", **INVISIBLE))
    for name in ("cervical", "upper-thoracic", "mid-thoracic", "lower-thoracic", "lumbar"):
        top, bottom = BANDS[name]
        out.append(path_el(spindle(top, bottom, 10.0), id=f"zone-midline-{name}", **INVISIBLE))
    # Front views: the patient's left is on the viewer's right.
    for name, p in front_zones().items():
        out.append(path_el(p.mirrored(FRONT_MID), id=f"zone-{name}-left", **INVISIBLE))
        out.append(path_el(p, id=f"zone-{name}-right", **INVISIBLE))
    return out


# --------------------------------------------------------------------------
# labels


def text_block(box_id: str, x: float, y: float, lines: Sequence[tuple[str, str, float, bool]],
               pad: float = 7.0) -> list[str]:
    """Centred lines of text on a pale rounded backing; y is the top of the block.

    Each line is (id, words, size, bold). The words are the English ones: the
    app puts in the guide's own words (the ``drawing`` keys of its
    wording.yaml) by these ids, and widens the backing ``box_id`` to fit them.
    """
    width = max(len(t) * size * (0.62 if bold else 0.56) for _, t, size, bold in lines) + 2 * pad
    height = sum(size * 1.2 for _, _, size, _ in lines) + 2 * pad - 4
    out = [f'<rect id="{box_id}" x="{fmt(x - width / 2)}" y="{fmt(y)}" width="{fmt(width)}" '
           f'height="{fmt(height)}" rx="7" ry="7" fill="{LABEL_BG}" fill-opacity="0.93" '
           f'stroke="{LABEL_EDGE}" stroke-width="1"/>']
    cy = y + pad - 2
    for text_id, t, size, bold in lines:
        cy += size * 1.2
        weight = ' font-weight="bold"' if bold else ""
        out.append(f'<text id="{text_id}" x="{fmt(x)}" y="{fmt(cy - size * 0.25)}" '
                   f'font-family="sans-serif" font-size="{fmt(size)}"{weight} fill="{TEXT}" '
                   f'text-anchor="middle">{t}</text>')
    return out


def labels() -> list[str]:
    return (text_block("label-left-box", 112, 80, [("label-left-letter", "L", 46, True),
                                                   ("label-your-left", "your left", 14, False)])
            + text_block("label-right-box", 488, 80, [("label-right-letter", "R", 46, True),
                                                      ("label-your-right", "your right", 14, False)])
            + text_block("label-behind-box", MID, 1060, [
                ("label-seen-from-behind", "Seen from behind: your left is on the left", 17, False)])
            + text_block("label-front-box", FRONT_MID, 270, [
                ("label-front-view", "Head and body seen from the front", 12, False)], pad=5)
            + text_block("label-front-right-box", 612, 548,
                         [("label-front-right", "R", 20, True)], pad=5)
            + text_block("label-front-left-box", 864, 548,
                         [("label-front-left", "L", 20, True)], pad=5))


# --------------------------------------------------------------------------


def build() -> str:
    def group(gid: str, items: list[str]) -> str:
        return f'  <g id="{gid}">\n' + "\n".join("    " + i for i in items) + "\n  </g>"

    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- BackGuide body map. Drawn from scratch by the BackGuide project with "
        "assets/draw_back.py; regenerate with: python assets/draw_back.py -->",
        "<!-- Copyright 2026 the BackGuide authors. MIT licence. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">',
        group("figure", figure()),
        group("regions", regions()),
        group("zones", zones()),
        group("labels", labels()),
        "</svg>",
        "",
    ])


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
