#!/usr/bin/env python3
"""Draw the pictures of BackGuide's gentle movements, ``assets/exercises/<id>.svg``.

Run ``python assets/draw_exercises.py`` to regenerate them all. Standard
library only, and deterministic: the same script always writes the same
bytes, so running it twice changes no file.

Every picture comes from one small figure model. A :class:`Pose` gives the
direction of each body segment (spine in three parts, neck, head, each arm
and leg); two-bone reaching puts hands and feet where they must touch a knee,
the floor or a thigh. Each segment is a tapered capsule: two circles joined by
their outer tangents, a smooth filled path with no corners. A body part is
drawn in two passes, every outline first and then every fill on top, so that
the capsules merge into one smooth shape with no seams at the joints. The far
limbs are a shade darker and drawn first; the near arm is drawn last, with
its own outline, so it reads against the trunk.

A picture shows the start position (1) and the end position (2) side by side
(or one above the other when lying down), on a mat, a floor line or a chair,
with an arrow for the movement; where the move is small, the start stays as a
pale shape behind the end. Neck movements are shown close up, head and
shoulders, fading out below like the arms of the body map; the standing bends
fade out below the knees, so that they print large enough. Faces seen from
the front have eyes and a nose, so a turned head plainly looks one way; a
figure seen from behind has none. The numbers go where the figures leave room
for them at the size the handouts print them. The palette and line weight are those of
``assets/back.svg``. Nothing is traced or copied from any leaflet or book.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

Point = tuple[float, float]
# A small detail drawn on a part (an ear, an eye): its SVG given the panel's offset and the
# id of the fade the part is painted with, if any.
Mark = Callable[[float, float, str | None], str]

OUT_DIR = Path(__file__).with_name("exercises")

# The palette and line weight of back.svg (draw_back.py).
SKIN = "#f1d9c8"
SKIN_FAR = "#e2c2ad"  # the far arm and leg, a shade darker
SKIN_LINE = "#c29f8b"
BONE = "#f7f3ec"
BONE_LINE = "#a9a39b"
HOLLOW = "#98b0c8"  # the gap under the low back, a pale tint of the arrows' blue
GHOST, GHOST_LINE = "#f8eee8", "#dfc9bb"  # where a head was, paler than the figure
FACE = "#8c6b5b"  # the eyes: the skin's line colour, darker, so they hold in black and white
TEXT = "#444444"
LABEL_BG = "#fbf8f4"
LABEL_EDGE = "#d8cec4"
FLOOR = "#a9a39b"
MAT = "#e9e2d8"
ARROW = "#1d3b5a"  # the handouts' heading blue: dark in black and white too
LINE = 1.6  # the figure's outline, as the head outline of back.svg

# Segment lengths (units of the drawing; a standing figure is about 185 tall).
LOW, MID, UP = 22.0, 24.0, 20.0  # pelvis -> waist -> chest -> base of the neck
NECK, HEAD_OFF, HEAD_R = 11.0, 10.0, 11.0
UPPER_ARM, FOREARM, HAND = 31.0, 27.0, 10.0
THIGH, SHIN, FOOT = 45.0, 43.0, 17.0
# Radii at each joint, side view.
R_PELVIS, R_WAIST, R_CHEST, R_NECKBASE = 13.5, 11.8, 14.0, 11.5
R_NECK = 5.6
R_SHOULDER, R_ELBOW, R_WRIST, R_HANDTIP = 5.8, 4.3, 3.3, 2.9
R_HIP, R_KNEE, R_ANKLE, R_TOE = 9.6, 6.2, 4.1, 2.7
# Front view: a wider trunk and hips.
F_PELVIS, F_WAIST, F_CHEST, F_NECKBASE = 16.5, 14.0, 17.0, 11.5
F_SHOULDER_X, F_HIP_X = 19.0, 9.0
F_NECK = 6.8  # the neck seen from the front, wider than from the side
F_DELTOID = 7.6  # the round of the shoulder, the body's and the arm's, so their outlines meet

PANEL_GAP = 26.0
PAD = 8.0
BADGE_R = 7.0  # the step numbers, 1 and 2
BADGE_CLEAR = 11.0  # room round a number's centre, at the least
# The handouts print the numbers again, about 5.6 pt in radius, on a picture scaled to fit
# its place: about 190 x 91 pt in the full guide, 165 x 65 pt in the two-page handout.
PRINT_BADGE_PT = 5.6
PRINT_PLACES_PT = ((190.0, 91.0),)


def direction(angle: float) -> Point:
    """A unit vector; angles in degrees, 0 pointing right, 90 pointing down (SVG)."""
    rad = math.radians(angle)
    return math.cos(rad), math.sin(rad)


def along(p: Point, angle: float, length: float) -> Point:
    dx, dy = direction(angle)
    return p[0] + dx * length, p[1] + dy * length


def angle_of(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def reach(root: Point, target: Point, first: float, second: float, bend: int) -> tuple[float, float]:
    """Directions of two segments from ``root`` whose end reaches ``target`` (or points at it).

    ``bend`` +1 or -1 chooses which way the middle joint (knee, elbow) bends.
    """
    dist = math.dist(root, target)
    base = angle_of(root, target)
    dist = max(abs(first - second) + 1e-6, min(dist, first + second - 1e-6))
    cos_a = (first ** 2 + dist ** 2 - second ** 2) / (2 * first * dist)
    a = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    upper = base - bend * a
    joint = along(root, upper, first)
    return upper, angle_of(joint, target)


def f1(value: float) -> str:
    """A number with at most one decimal, the same on every machine."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# ---------------------------------------------------------------------------
# shapes


def capsule(c1: Point, r1: float, c2: Point, r2: float) -> str:
    """A tapered limb: two circles joined by their outer tangents, as one smooth path."""
    d = math.dist(c1, c2)
    if d <= abs(r1 - r2) + 0.01:
        c, r = (c1, r1) if r1 >= r2 else (c2, r2)
        return circle_path(c, r)
    phi = angle_of(c1, c2)
    theta = math.degrees(math.acos((r1 - r2) / d))
    a1 = along(c1, phi + theta, r1)
    a2 = along(c2, phi + theta, r2)
    b2 = along(c2, phi - theta, r2)
    b1 = along(c1, phi - theta, r1)
    large2 = 1 if 2 * theta > 180 else 0
    large1 = 1 - large2
    return (f"M {f1(a1[0])},{f1(a1[1])} L {f1(a2[0])},{f1(a2[1])} "
            f"A {f1(r2)},{f1(r2)} 0 {large2} 0 {f1(b2[0])},{f1(b2[1])} "
            f"L {f1(b1[0])},{f1(b1[1])} "
            f"A {f1(r1)},{f1(r1)} 0 {large1} 0 {f1(a1[0])},{f1(a1[1])} Z")


def circle_path(c: Point, r: float) -> str:
    x, y = c
    return (f"M {f1(x - r)},{f1(y)} A {f1(r)},{f1(r)} 0 1 0 {f1(x + r)},{f1(y)} "
            f"A {f1(r)},{f1(r)} 0 1 0 {f1(x - r)},{f1(y)} Z")


@dataclass
class Part:
    """Capsules drawn as one smooth shape: all outlines first, then all fills."""

    capsules: list[tuple[Point, float, Point, float]] = field(default_factory=list)
    fill: str = SKIN
    line: str = SKIN_LINE
    # Small details drawn on top (an ear, a nose), given the panel's offset.
    marks: list[Mark] = field(default_factory=list)

    def add(self, c1: Point, r1: float, c2: Point, r2: float) -> None:
        self.capsules.append((c1, r1, c2, r2))

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [v for c1, r1, c2, r2 in self.capsules for v in (c1[0] - r1, c1[0] + r1,
                                                                c2[0] - r2, c2[0] + r2)]
        ys = [v for c1, r1, c2, r2 in self.capsules for v in (c1[1] - r1, c1[1] + r1,
                                                                c2[1] - r2, c2[1] + r2)]
        return min(xs), min(ys), max(xs), max(ys)

    def svg(self, dx: float, dy: float, fade: str | None = None) -> list[str]:
        # The outline is every capsule grown by the line width, under every capsule, each
        # layer one path: a union with no inner edges, so a faded (half-transparent) part
        # shows no ghost of the joints inside it.
        moved = [((a[0] + dx, a[1] + dy), ra, (b[0] + dx, b[1] + dy), rb)
                 for a, ra, b, rb in self.capsules]
        outline = " ".join(capsule(a, ra + LINE, b, rb + LINE) for a, ra, b, rb in moved)
        inside = " ".join(capsule(a, ra, b, rb) for a, ra, b, rb in moved)
        line = f"url(#{fade}-line)" if fade else self.line
        fill = f"url(#{fade}-{'far' if self.fill == SKIN_FAR else 'fill'})" if fade else self.fill
        out = [f'<path d="{outline}" fill="{line}"/>', f'<path d="{inside}" fill="{fill}"/>']
        out += [mark(dx, dy, fade) for mark in self.marks]
        return out


# ---------------------------------------------------------------------------
# the figure


@dataclass(frozen=True)
class Pose:
    """Where the body is: the pelvis, and the direction of every segment (degrees).

    Side view: the figure faces right when standing (its front is +90 degrees
    from the direction its spine runs). Front view: the figure faces the viewer;
    the patient's right is on the viewer's left. Back view: the same outline,
    seen from behind (no face; the spine and shoulder blades show).
    """

    pelvis: Point
    spine: tuple[float, float, float] = (-90, -90, -90)
    neck: float = -90
    head: float = -90
    near_arm: tuple[float, float, float] = (90, 85, 85)
    far_arm: tuple[float, float, float] = (90, 85, 85)
    near_leg: tuple[float, float, float] = (90, 90, 0)
    far_leg: tuple[float, float, float] = (90, 90, 0)
    view: str = "side"  # "side", "front" or "back" (seen from behind: no face)
    turn: float = 0.0  # front view: the head turned (degrees, + to the viewer's right)
    bust: bool = False  # head and shoulders only (no legs), fading out below
    show_far_leg: bool = True
    bust_arms: bool = False  # a side-view head-and-shoulders picture that needs the arms
    show_far_arm: bool = True
    blades: float = 8.0  # seen from behind: how far each shoulder blade is from the spine
    shoulders: float = F_SHOULDER_X  # seen from the front or behind: half the shoulders' width
    fade: float = 8.0  # head and shoulders: how far below the chest the picture has faded out
    near_leg_apart: bool = False  # the near leg lifted in front of the body, with its own outline
    to_knees: bool = False  # standing, faded out below the knees: short enough to print large

    def joints(self) -> dict[str, Point]:
        j: dict[str, Point] = {"pelvis": self.pelvis}
        j["waist"] = along(self.pelvis, self.spine[0], LOW)
        j["chest"] = along(j["waist"], self.spine[1], MID)
        j["neckbase"] = along(j["chest"], self.spine[2], UP)
        j["necktop"] = along(j["neckbase"], self.neck, NECK)
        j["head"] = along(j["necktop"], self.head, HEAD_OFF)
        return j


def shoulder_of(pose: Pose, j: dict[str, Point], side: int = 0) -> Point:
    """The shoulder joint: a little down the trunk from the base of the neck."""
    down = pose.spine[2] + 180
    base = along(j["neckbase"], down, 4.0 if pose.view == "side" else 6.0)
    if pose.view != "side":
        across = pose.spine[2] + 90
        return along(base, across, side * pose.shoulders)
    return base


def hip_of(pose: Pose, j: dict[str, Point], side: int = 0) -> Point:
    if pose.view != "side":
        return along(along(j["pelvis"], pose.spine[0] + 90, side * F_HIP_X), pose.spine[0] + 180, 4)
    return j["pelvis"]


def arm_part(root: Point, angles: tuple[float, float, float], fill: str,
             shoulder: float = R_SHOULDER) -> Part:
    part = Part(fill=fill)
    elbow = along(root, angles[0], UPPER_ARM)
    wrist = along(elbow, angles[1], FOREARM)
    tip = along(wrist, angles[2], HAND)
    part.add(root, shoulder, elbow, R_ELBOW)
    part.add(elbow, R_ELBOW, wrist, R_WRIST)
    part.add(along(wrist, angles[2], 1.5), R_WRIST + 0.5, tip, R_HANDTIP)
    return part


def leg_part(part: Part, root: Point, angles: tuple[float, float, float],
             front: int = 0) -> None:
    knee = along(root, angles[0], THIGH)
    ankle = along(knee, angles[1], SHIN)
    part.add(root, R_HIP, knee, R_KNEE)
    part.add(knee, R_KNEE, ankle, R_ANKLE)
    if front:
        part.add(ankle, R_ANKLE, (ankle[0] + front * 5.5, ankle[1] + 2.5), 3.6)
    else:
        heel = along(ankle, angles[1], 1.5)
        part.add(heel, R_ANKLE + 0.3, along(ankle, angles[2], FOOT), R_TOE)


def ear_mark(ear: Point, tilt: float = 0.0, width: float = 2.4) -> Mark:
    def mark(dx: float, dy: float, fade: str | None) -> str:
        cx, cy = ear[0] + dx, ear[1] + dy
        turn = f' transform="rotate({f1(tilt)} {f1(cx)} {f1(cy)})"' if round(tilt, 1) else ""
        return (f'<ellipse cx="{f1(cx)}" cy="{f1(cy)}" rx="{f1(width)}" ry="3.2"{turn} '
                f'fill="none" stroke="{SKIN_LINE}" stroke-width="{f1(LINE * 0.8)}"/>')
    return mark


def eye_mark(eye: Point, tilt: float, width: float = 1.0) -> Mark:
    """An eye: a small dark oval, the calmest mark that still says which way a face looks."""
    def mark(dx: float, dy: float, fade: str | None) -> str:
        cx, cy = eye[0] + dx, eye[1] + dy
        turn = f' transform="rotate({f1(tilt)} {f1(cx)} {f1(cy)})"' if round(tilt, 1) else ""
        return (f'<ellipse cx="{f1(cx)}" cy="{f1(cy)}" rx="{f1(width)}" ry="1.3"{turn} '
                f'fill="{FACE}"/>')
    return mark


def line_mark(a: Point, b: Point, *more: Point, width: float = LINE * 0.8) -> Mark:
    def mark(dx: float, dy: float, fade: str | None) -> str:
        points = " L ".join(f"{f1(p[0] + dx)},{f1(p[1] + dy)}" for p in (a, b, *more))
        colour = f"url(#{fade}-line)" if fade else SKIN_LINE
        return (f'<path d="M {points}" fill="none" stroke="{colour}" stroke-width="{f1(width)}" '
                'stroke-linecap="round" stroke-linejoin="round"/>')
    return mark


def blade_mark(points: tuple[Point, Point, Point]) -> Mark:
    """A shoulder blade seen from behind: a triangle with round corners (top inner, outer, tip)."""
    def mark(dx: float, dy: float, fade: str | None) -> str:
        p = [(x + dx, y + dy) for x, y in points]
        cut = 2.6  # how far along each side a corner's round begins

        def toward(a: Point, b: Point) -> Point:
            return along(a, angle_of(a, b), cut)

        d = ""
        for i in range(3):
            corner, before, after = p[i], p[i - 1], p[(i + 1) % 3]
            start, end = toward(corner, before), toward(corner, after)
            d += (f"{'M' if not d else 'L'} {f1(start[0])},{f1(start[1])} "
                  f"Q {f1(corner[0])},{f1(corner[1])} {f1(end[0])},{f1(end[1])} ")
        fill = f"url(#{fade}-far)" if fade else SKIN_FAR
        line = f"url(#{fade}-line)" if fade else SKIN_LINE
        return (f'<path d="{d}Z" fill="{fill}" stroke="{line}" '
                f'stroke-width="{f1(LINE * 0.8)}" stroke-linejoin="round"/>')
    return mark


def frontal_head(pose: Pose, j: dict[str, Point], body: Part) -> None:
    """The head seen from the front (a face) or from behind (none), turned by ``pose.turn``.

    Ears, eyes and nose sit on a sphere: turning moves them round it, so the
    ear on one side comes to the middle of the cheek while the nose reaches the
    outline, and the head plainly looks to that side.
    """
    head = j["head"]
    down, across = pose.head + 180, pose.head + 90
    turn = math.radians(pose.turn)
    side_on = math.sin(turn)
    behind = pose.view == "back"
    jaw = along(along(head, down, 4.2 - 0.5 * abs(side_on)), across, 3.5 * side_on)
    body.add(head, HEAD_R, jaw, 7.8 - 0.2 * abs(side_on))
    # The neck runs straight up into the jaw, with no notch under it when the head tips.
    body.add(j["neckbase"], F_NECK + 1.2, jaw, F_NECK)
    for side in (-1, 1):
        longitude = side * math.pi / 2 + turn
        x, towards = math.sin(longitude), math.cos(longitude) * (-1 if behind else 1)
        ear = along(along(head, across, x * HEAD_R), down, 1.5)
        if abs(x) > 0.85 and towards > -0.4:
            body.add(ear, 2.8, along(ear, down, 3.0), 2.4)
        elif towards > 0:
            inner = along(along(head, across, x * HEAD_R * 0.75), down, 2.5)
            body.marks.append(ear_mark(inner, pose.head + 90, 1.8))
    if behind:
        return
    for side in (-1, 1):
        longitude = math.radians(side * 30) + turn
        if math.cos(longitude) > 0.3:
            eye = along(along(head, across, math.sin(longitude) * HEAD_R * 0.88), down, 0.6)
            body.marks.append(eye_mark(eye, pose.head + 90, 0.5 + 0.6 * math.cos(longitude)))
    if abs(side_on) > 0.7:
        # Turned well round: the nose shows on the outline, as in a side view.
        facing = across if side_on > 0 else across + 180
        sign = 1 if side_on > 0 else -1
        body.add(along(head, facing + sign * 6, 8.0), 2.8, along(head, facing + sign * 12, 11.8), 2.0)
    else:
        bridge = along(along(head, across, side_on * HEAD_R * 0.85), down, 2.6)
        tip = along(along(bridge, down, 3.6), across, side_on * 2.4)
        body.marks.append(line_mark(bridge, tip, along(tip, across, -side_on * 1.2 - 0.01)))


def back_marks(pose: Pose, j: dict[str, Point], body: Part) -> None:
    """Seen from behind: the line of the spine and the two shoulder blades."""
    down, across = pose.spine[2] + 180, pose.spine[2] + 90
    top = along(j["neckbase"], down, 2.0)
    body.marks.append(line_mark(top, along(top, down, 44.0), width=LINE * 0.7))
    gap = pose.blades
    for side in (-1, 1):
        upper = along(along(j["neckbase"], down, 7.0), across, side * gap)
        outer = along(along(j["neckbase"], down, 6.0), across, side * (gap + 10.0))
        tip = along(along(j["neckbase"], down, 28.0), across, side * (gap + 2.0))
        body.marks.append(blade_mark((upper, outer, tip)))


def side_head(pose: Pose, j: dict[str, Point], part: Part) -> None:
    """The head from the side: skull, jaw and nose, facing +90 degrees from the head's axis."""
    head, face = j["head"], pose.head + 90
    part.add(head, HEAD_R, along(head, face + 50, 5.5), 7.6)
    part.add(along(head, face + 4, 8.0), 2.8, along(head, face + 10, 11.6), 2.0)


def ghost_head(pose: Pose) -> Part:
    """Where the head was: a pale shape drawn behind the figure, so a small move shows."""
    j = pose.joints()
    part = Part(fill=GHOST, line=GHOST_LINE)
    part.add(j["neckbase"], R_NECK + 1.2, j["necktop"], R_NECK)
    side_head(pose, j, part)
    return part


def figure(pose: Pose) -> list[tuple[Part, str]]:
    """The body's parts in painting order, with the name of their group."""
    j = pose.joints()
    front = pose.view != "side"  # seen from the front or from behind: the same outline
    parts: list[tuple[Part, str]] = []
    body = Part()
    face = pose.head + 90
    if front:
        radii = (F_PELVIS, F_WAIST, F_CHEST, F_NECKBASE)
    else:
        radii = (R_PELVIS, R_WAIST, R_CHEST, R_NECKBASE)
    names = ("pelvis", "waist", "chest", "neckbase")
    if not pose.bust:
        if not front and pose.show_far_leg:
            far = Part(fill=SKIN_FAR)
            leg_part(far, hip_of(pose, j), pose.far_leg)
            parts.append((far, "far-leg"))
    if not front and pose.show_far_arm and not (pose.bust and not pose.bust_arms):
        parts.append((arm_part(shoulder_of(pose, j), pose.far_arm, SKIN_FAR), "far-arm"))
    start = 1 if pose.bust else 0
    for a, b in zip(range(start, 3), range(start + 1, 4), strict=True):
        body.add(j[names[a]], radii[a], j[names[b]], radii[b])
    if front:
        left, right = shoulder_of(pose, j, -1), shoulder_of(pose, j, 1)
        body.add(left, F_DELTOID, right, F_DELTOID)
        body.add(j["chest"], F_CHEST, left, F_DELTOID)
        body.add(j["chest"], F_CHEST, right, F_DELTOID)
        # The slope from the neck out to each shoulder (the trapezius), not a square yoke.
        root = along(j["neckbase"], pose.spine[2], -2.5)
        body.add(root, F_NECK + 0.6, left, F_DELTOID)
        body.add(root, F_NECK + 0.6, right, F_DELTOID)
    neck_r = F_NECK if front else R_NECK
    body.add(j["neckbase"], neck_r + 1.2, j["necktop"], neck_r)
    head = j["head"]
    if front:
        frontal_head(pose, j, body)
        if pose.view == "back":
            back_marks(pose, j, body)
        if not pose.bust:
            for side in (-1, 1):
                leg_part(body, hip_of(pose, j, side), pose.near_leg if side < 0 else pose.far_leg,
                         front=side)
    else:
        side_head(pose, j, body)
        body.marks.append(ear_mark(along(head, face + 180, 1.0), face))
        body.marks.append(eye_mark(along(head, face + 4, 6.8), face, 0.8))
        if not pose.bust and not pose.near_leg_apart:
            leg_part(body, hip_of(pose, j), pose.near_leg)
    parts.append((body, "body"))
    if pose.near_leg_apart and not front:
        near = Part()
        leg_part(near, hip_of(pose, j), pose.near_leg)
        parts.append((near, "near-leg"))
    if front:
        parts.append((arm_part(shoulder_of(pose, j, -1), pose.near_arm, SKIN, F_DELTOID), "arm-right"))
        parts.append((arm_part(shoulder_of(pose, j, 1), pose.far_arm, SKIN, F_DELTOID), "arm-left"))
    elif not (pose.bust and not pose.bust_arms):
        parts.append((arm_part(shoulder_of(pose, j), pose.near_arm, SKIN), "near-arm"))
    return parts


# ---------------------------------------------------------------------------
# props and arrows


@dataclass(frozen=True)
class Prop:
    kind: str  # "mat", "floor", "chair", or "hollow": the space under an arched back, tinted
    x0: float
    x1: float
    seat: float = 46.0  # chair seat height; a hollow's height
    facing: int = 1

    def bounds(self) -> tuple[float, float, float, float]:
        if self.kind == "hollow":
            return self.x0, -self.seat, self.x1, 0
        if self.kind == "chair":
            top = -self.seat - (56 if self.x1 > 0 else 0)
            return self.x0 - 2, top - 2, self.x1 + 2, 2
        return self.x0, -1, self.x1, 6

    def svg(self, dx: float, dy: float) -> list[str]:
        x0, x1 = self.x0 + dx, self.x1 + dx
        if self.kind == "mat":
            return [f'<rect x="{f1(x0)}" y="{f1(dy)}" width="{f1(x1 - x0)}" height="5" rx="2.5" '
                    f'fill="{MAT}" stroke="{BONE_LINE}" stroke-width="1"/>']
        if self.kind == "floor":
            return [f'<path d="M {f1(x0)},{f1(dy + 0.8)} L {f1(x1)},{f1(dy + 0.8)}" '
                    f'stroke="{FLOOR}" stroke-width="1.6" stroke-linecap="round" fill="none"/>']
        if self.kind == "hollow":
            # Drawn under the figure, which covers all of it but the gap under the back.
            rx = (x1 - x0) / 2
            return [f'<path d="M {f1(x0)},{f1(dy)} A {f1(rx)},{f1(self.seat)} 0 0 1 {f1(x1)},{f1(dy)} Z" '
                    f'fill="{HOLLOW}"/>']
        # A plain chair seen from the side: seat, two legs, and a back on the far side.
        seat = dy - self.seat
        back_x = x0 if self.facing > 0 else x1
        front_x = x1 if self.facing > 0 else x0
        leg_in = 3.0 * self.facing
        style = f'fill="{BONE}" stroke="{BONE_LINE}" stroke-width="1.2" stroke-linejoin="round"'
        out = [f'<path d="M {f1(back_x + leg_in - 1.8)},{f1(seat)} L {f1(back_x + leg_in - 1.8)},{f1(dy + 0.5)} '
               f'L {f1(back_x + leg_in + 1.8)},{f1(dy + 0.5)} L {f1(back_x + leg_in + 1.8)},{f1(seat)} Z" {style}/>',
               f'<path d="M {f1(front_x - leg_in - 1.8)},{f1(seat)} L {f1(front_x - leg_in - 1.8)},{f1(dy + 0.5)} '
               f'L {f1(front_x - leg_in + 1.8)},{f1(dy + 0.5)} L {f1(front_x - leg_in + 1.8)},{f1(seat)} Z" {style}/>']
        if self.x1 > 0:
            top = seat - 54
            out.append(f'<path d="M {f1(back_x - 2 * self.facing)},{f1(seat)} '
                       f'L {f1(back_x - 2 * self.facing)},{f1(top)} '
                       f'Q {f1(back_x - 2 * self.facing)},{f1(top - 2.5)} {f1(back_x + 0.5 * self.facing)},{f1(top - 2.5)} '
                       f'L {f1(back_x + 2 * self.facing)},{f1(top - 2.5)} '
                       f'L {f1(back_x + 2 * self.facing)},{f1(seat)} Z" {style}/>')
        out.append(f'<rect x="{f1(x0)}" y="{f1(seat)}" width="{f1(x1 - x0)}" height="5" rx="2" {style}/>')
        out.append(f'<path d="M {f1(x0 - 14)},{f1(dy + 0.8)} L {f1(x1 + 14)},{f1(dy + 0.8)}" '
                   f'stroke="{FLOOR}" stroke-width="1.6" stroke-linecap="round" fill="none"/>')
        return out


@dataclass(frozen=True)
class Arrow:
    """A curved arrow from ``start`` to ``end``, bowed ``bulge`` units to its left."""

    start: Point
    end: Point
    bulge: float = 0.0
    both: bool = False  # a head at each end (side to side, or one side then the other)

    def control(self) -> Point:
        mx, my = (self.start[0] + self.end[0]) / 2, (self.start[1] + self.end[1]) / 2
        ang = angle_of(self.start, self.end) - 90
        return along((mx, my), ang, self.bulge * 2)

    def bounds(self) -> tuple[float, float, float, float]:
        pts = [self.start, self.end, self.control()]
        return (min(p[0] for p in pts) - 6, min(p[1] for p in pts) - 6,
                max(p[0] for p in pts) + 6, max(p[1] for p in pts) + 6)

    def svg(self, dx: float, dy: float) -> list[str]:
        s = (self.start[0] + dx, self.start[1] + dy)
        e = (self.end[0] + dx, self.end[1] + dy)
        c = self.control()
        c = (c[0] + dx, c[1] + dy)
        heads = [(e, angle_of(c, e))]
        if self.both:
            heads.append((s, angle_of(c, s)))
        # The line stops short of each head so its round end never shows past the tip.
        s_line = along(s, angle_of(s, c), 5.0) if self.both else s
        e_line = along(e, angle_of(e, c), 5.0)
        out = [f'<path d="M {f1(s_line[0])},{f1(s_line[1])} Q {f1(c[0])},{f1(c[1])} '
               f'{f1(e_line[0])},{f1(e_line[1])}" fill="none" stroke="{ARROW}" '
               'stroke-width="2.4" stroke-linecap="round"/>']
        for tip, ang in heads:
            left = along(along(tip, ang + 180, 8.5), ang + 90, 4.6)
            right = along(along(tip, ang + 180, 8.5), ang - 90, 4.6)
            out.append(f'<path d="M {f1(tip[0])},{f1(tip[1])} L {f1(left[0])},{f1(left[1])} '
                       f'L {f1(right[0])},{f1(right[1])} Z" fill="{ARROW}" stroke="{ARROW}" '
                       'stroke-width="1" stroke-linejoin="round"/>')
        return out


def arc_arrow(centre: Point, radius: float, start: float, end: float, both: bool = False) -> Arrow:
    """An arrow along a circle round ``centre``, from angle ``start`` to angle ``end``."""
    a, b = along(centre, start, radius), along(centre, end, radius)
    half = math.radians(abs(end - start) / 2)
    mid = along(centre, (start + end) / 2, radius / math.cos(half))
    chord = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    left = direction(angle_of(a, b) - 90)
    offset = (mid[0] - chord[0]) * left[0] + (mid[1] - chord[1]) * left[1]
    return Arrow(a, b, offset / 2, both)


@dataclass(frozen=True)
class Panel:
    pose: Pose
    props: tuple[Prop, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    ghost: Pose | None = None  # the start position's head, drawn pale behind the figure


@dataclass(frozen=True)
class Picture:
    id: str
    title: str
    desc: str
    start: Panel
    end: Panel


# ---------------------------------------------------------------------------
# writing a picture


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _panel_bounds(panel: Panel) -> tuple[float, float, float, float]:
    boxes = [part.bounds() for part, _name in figure(panel.pose)]
    boxes += [p.bounds() for p in panel.props] + [a.bounds() for a in panel.arrows]
    x0, y0, x1, y1 = _union(boxes)
    if faded(panel.pose):
        y1 = min(y1, fade_bottom(panel.pose))
    return x0, y0, x1, y1


def faded(pose: Pose) -> bool:
    """Whether the figure fades out below (head and shoulders, or down to the knees)."""
    return pose.bust or pose.to_knees


def fade_bottom(pose: Pose) -> float:
    """Where a picture has faded out: a little below the chest, or below the knees."""
    j = pose.joints()
    if pose.to_knees:
        sides = (-1, 1) if pose.view != "side" else (0,)
        legs = (pose.near_leg, pose.far_leg)
        return max(along(hip_of(pose, j, side), leg[0], THIGH)[1]
                   for side in sides for leg in legs) + pose.fade
    return j["chest"][1] + pose.fade


def fade_length(pose: Pose) -> float:
    """How far above ``fade_bottom`` the fading starts."""
    return 34.0 if pose.to_knees else 22.0


def _gradients(bottom: float, top: float) -> list[str]:
    out = []
    for gid, colour in (("bust-fill", SKIN), ("bust-line", SKIN_LINE), ("bust-far", SKIN_FAR)):
        out.append(f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="0" '
                   f'y1="{f1(top)}" x2="0" y2="{f1(bottom)}">'
                   f'<stop offset="0" stop-color="{colour}" stop-opacity="1"/>'
                   f'<stop offset="1" stop-color="{colour}" stop-opacity="0"/></linearGradient>')
    return out


def _clearance(panel: Panel, spot: Point) -> float:
    """How far ``spot`` is from the nearest thing drawn in the panel."""
    gaps = [math.inf]
    for part, _name in figure(panel.pose):
        for a, ra, b, rb in part.capsules:
            length = math.dist(a, b)
            t = 0.0
            if length > 0:
                t = ((spot[0] - a[0]) * (b[0] - a[0]) + (spot[1] - a[1]) * (b[1] - a[1])) / length ** 2
                t = max(0.0, min(1.0, t))
            near = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
            gaps.append(math.dist(spot, near) - (ra + t * (rb - ra)) - LINE)
    for arrow in panel.arrows:
        c = arrow.control()
        for i in range(13):
            t = i / 12
            x = (1 - t) ** 2 * arrow.start[0] + 2 * t * (1 - t) * c[0] + t ** 2 * arrow.end[0]
            y = (1 - t) ** 2 * arrow.start[1] + 2 * t * (1 - t) * c[1] + t ** 2 * arrow.end[1]
            gaps.append(math.dist(spot, (x, y)) - 5.0)
    for prop in panel.props:
        x0, y0, x1, y1 = prop.bounds()
        gaps.append(math.hypot(max(x0 - spot[0], 0, spot[0] - x1), max(y0 - spot[1], 0, spot[1] - y1)))
    return min(gaps)


def _badge_spots(box: tuple[float, float, float, float]) -> list[Point]:
    """Where a panel's number may go, best first: its top left corner, left of the figure
    (a little lower if need be), above it."""
    x0, y0 = box[0], box[1]
    return [(x0 + BADGE_R, y0 + BADGE_R),
            *((x0 - BADGE_R - out, y0 + BADGE_R + down) for down in (0, 10, 20) for out in (3, 8)),
            (x0 + BADGE_R, y0 - BADGE_R - 4)]


def _print_badge(width: float, height: float) -> float:
    """The radius, in drawing units, of the numbers as the handouts print a picture this big."""
    return max(PRINT_BADGE_PT / min(w / width, h / height) for w, h in PRINT_PLACES_PT)


def _placed(panels: tuple[Panel, Panel], height: float,
            stacked: bool) -> list[tuple[tuple[float, float, float, float], Point]]:
    """Each panel's box, ``height`` tall or more, with its number, and where the number goes.

    The numbers go in the panels' top left corners when both are clear, else
    just left of the figures, else above them: the same place in both panels.
    Print draws them again, larger and kept inside the picture; they must stay
    clear at that size too.
    """
    boxes = []
    for panel in panels:
        x0, y0, x1, y1 = _panel_bounds(panel)
        boxes.append((x0, min(y0, y1 - height), x1, y1))
    if stacked:
        size = (max(b[2] - b[0] for b in boxes), sum(b[3] - b[1] for b in boxes) + PANEL_GAP)
    else:
        size = (sum(b[2] - b[0] for b in boxes) + PANEL_GAP, max(b[3] - b[1] for b in boxes))
    printed = _print_badge(size[0] + 2 * PAD, size[1] + 2 * PAD)
    need = max(BADGE_CLEAR, printed + 1.5)

    def clear(k: int) -> bool:
        for i, (panel, box) in enumerate(zip(panels, boxes, strict=True)):
            spot = _badge_spots(box)[k]
            left = min(box[0], spot[0] - BADGE_R) - PAD
            top = min(box[1], spot[1] - BADGE_R) - PAD
            # Print keeps a number inside the picture: near its top or left edge it moves in.
            x = max(spot[0], left + printed) if stacked or i == 0 else spot[0]
            y = max(spot[1], top + printed) if not stacked or i == 0 else spot[1]
            if _clearance(panel, (x, y)) < need:
                return False
        return True

    last = len(_badge_spots(boxes[0])) - 1
    choice = next((k for k in range(last) if clear(k)), last)
    placed = []
    for box in boxes:
        spot = _badge_spots(box)[choice]
        placed.append((_union([box, (spot[0] - BADGE_R - 0.5, spot[1] - BADGE_R - 0.5,
                                     spot[0] + BADGE_R + 0.5, spot[1] + BADGE_R + 0.5)]), spot))
    return placed


def render(picture: Picture) -> str:
    """The SVG text of one picture: the two positions side by side, or one above the other."""
    raw = [_panel_bounds(picture.start), _panel_bounds(picture.end)]
    # Long, low pictures (lying down) are stacked, so each figure is drawn larger; side by
    # side, the two share a floor and a top line, where their numbers go.
    stacked = sum(b[2] - b[0] for b in raw) / sum(b[3] - b[1] for b in raw) > 2.0
    tall = 0.0 if stacked else max(b[3] - b[1] for b in raw)
    (b1, n1), (b2, n2) = _placed((picture.start, picture.end), tall, stacked)
    w1, w2 = b1[2] - b1[0], b2[2] - b2[0]
    h1, h2 = b1[3] - b1[1], b2[3] - b2[1]
    if stacked:
        width = PAD + max(w1, w2) + PAD
        top2 = PAD + h1 + PANEL_GAP
        height = top2 + h2 + PAD
        places = ((PAD, PAD), (PAD, top2))
        rule_y = top2 - PANEL_GAP / 2
        rule = f"M {f1(PAD)},{f1(rule_y)} L {f1(width - PAD)},{f1(rule_y)}"
    else:
        height = PAD + max(h1, h2) + PAD
        width = PAD + w1 + PANEL_GAP + w2 + PAD
        places = ((PAD, PAD + max(h1, h2) - h1), (PAD + w1 + PANEL_GAP, PAD + max(h1, h2) - h2))
        gap_x = PAD + w1 + PANEL_GAP / 2
        rule = f"M {f1(gap_x)},{f1(PAD)} L {f1(gap_x)},{f1(height - PAD)}"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f"<!-- BackGuide movement picture: {picture.id}. Drawn from scratch by the BackGuide "
             "project with assets/draw_exercises.py; regenerate with: "
             "python assets/draw_exercises.py -->",
             "<!-- Copyright 2026 the BackGuide authors. MIT licence. -->",
             f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {f1(width)} {f1(height)}" '
             f'width="{f1(width)}" height="{f1(height)}">',
             f"<title>{picture.title}</title>",
             f"<desc>{picture.desc}</desc>"]
    panels = ((picture.start, b1, n1), (picture.end, b2, n2))
    bust = faded(picture.start.pose)
    if bust:
        dy = places[0][1] - b1[1]
        fade_end = fade_bottom(picture.start.pose) + dy
        lines += ["<defs>", *_gradients(fade_end, fade_end - fade_length(picture.start.pose)), "</defs>"]
    lines.append(f'<path d="{rule}" stroke="{LABEL_EDGE}" stroke-width="1" '
                 'stroke-dasharray="3 3" fill="none"/>')
    for number, ((panel, box, spot), (px, py)) in enumerate(zip(panels, places, strict=True), 1):
        dx, dy = px - box[0], py - box[1]
        lines.append(f'<g id="{"start" if number == 1 else "end"}">')
        lines += _number(number, spot[0] + dx, spot[1] + dy)
        for prop in panel.props:
            lines += prop.svg(dx, dy)
        if panel.ghost is not None:
            lines += ghost_head(panel.ghost).svg(dx, dy)
        for part, _name in figure(panel.pose):
            lines += part.svg(dx, dy, "bust" if bust else None)
        for arrow in panel.arrows:
            lines += arrow.svg(dx, dy)
        lines.append("</g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def _number(n: int, x: float, y: float) -> list[str]:
    return [f'<circle cx="{f1(x)}" cy="{f1(y)}" r="{f1(BADGE_R)}" fill="{LABEL_BG}" stroke="{TEXT}" '
            'stroke-width="1"/>',
            f'<text x="{f1(x)}" y="{f1(y + 3.6)}" font-family="Helvetica, Arial, sans-serif" '
            f'font-size="10" font-weight="bold" text-anchor="middle" fill="{TEXT}">{n}</text>']


# ---------------------------------------------------------------------------
# the movements


def _supine(pelvis_x: float = 0.0, **kw: object) -> Pose:
    """Lying on the back, head to the left, knees bent and feet flat."""
    hip = (pelvis_x, -R_PELVIS - 0.5)
    ankle = (pelvis_x + 50, -R_ANKLE - 0.8)
    thigh, shin = reach(hip, ankle, THIGH, SHIN, 1)
    pose = Pose(pelvis=hip, spine=(180, 180, 181), neck=182, head=178,
                near_arm=(4, 2, 0), far_arm=(6, 3, 0),
                near_leg=(thigh, shin, 0), far_leg=(thigh + 3, shin - 3, 0))
    return replace(pose, **kw)  # type: ignore[arg-type]


def knee_to_chest() -> Picture:
    start = _supine()
    j = start.joints()
    hip = j["pelvis"]
    # The knee drawn up over the chest, the shin level and clear of the other knee, which
    # rests a little further out than at the start so the two legs do not cross.
    knee = along(hip, -130, THIGH)
    shin = -18.0
    hold = along(along(knee, shin, 7.0), shin - 90, R_KNEE + 2.5)
    shoulder = shoulder_of(start, j)
    upper, fore = reach(shoulder, hold, UPPER_ARM, FOREARM, 1)
    far_ankle = (hip[0] + 60, -R_ANKLE - 0.8)
    far_thigh, far_shin = reach(hip, far_ankle, THIGH, SHIN, 1)
    end = replace(start, near_leg=(-130, shin, shin + 35), near_leg_apart=True,
                  far_leg=(far_thigh, far_shin, 0),
                  near_arm=(upper, fore, fore + 20), far_arm=(upper - 4, fore + 4, fore + 20))
    start_knee = along(hip, start.near_leg[0], THIGH)
    return Picture(
        "knee-to-chest", "Knee to chest",
        "1: lying on the back with both knees bent and feet flat. 2: one knee is held with "
        "both hands and drawn toward the chest while the other foot stays on the floor; a "
        "curved arrow shows the knee moving up toward the chest.",
        Panel(start, (Prop("mat", -104, 84),)),
        Panel(end, (Prop("mat", -104, 84),),
              (arc_arrow(hip, math.dist(hip, start_knee) + 16, angle_of(hip, start_knee) - 6, -106),)))


def pelvic_tilt() -> Picture:
    # The low back's hollow is a centimetre or two; it is drawn a little deeper, so that the
    # rock of the pelvis (hollow, then flat on the floor) shows at 5 cm wide.
    start = _supine()
    pelvis = start.pelvis
    chest = start.joints()["chest"]

    def spine_through(waist: Point) -> tuple[float, float, float]:
        return (angle_of(pelvis, waist), angle_of(waist, chest), start.spine[2])

    hollow = along(pelvis, 180, LOW)
    hollow = (hollow[0], hollow[1] - 8.0)
    flat = (pelvis[0] - LOW, -R_WAIST - 0.5)
    arched = replace(start, spine=spine_through(hollow))
    flattened = replace(start, spine=spine_through(flat))
    return Picture(
        "pelvic-tilt", "Pelvic tilt",
        "1: lying on the back, knees bent, with a small hollow (tinted) between the low back and "
        "the floor. 2: the pelvis rocked back so the low back presses gently flat into the floor; "
        "a curved arrow over the tummy shows the rock, ending at the low back.",
        Panel(arched, (Prop("mat", -104, 84), Prop("hollow", hollow[0] - 22, hollow[0] + 20, seat=10.0))),
        Panel(flattened, (Prop("mat", -104, 84),), (arc_arrow(pelvis, 32.0, -72, -150),)))


def bridge() -> Picture:
    start = _supine()
    ankle = along(along(start.pelvis, start.near_leg[0], THIGH), start.near_leg[1], SHIN)
    neckbase = start.joints()["neckbase"]
    # The hips rise until the trunk runs straight from the shoulders to the knees.
    pelvis = (start.pelvis[0] - 6, start.pelvis[1] - 27)
    tilt = angle_of(pelvis, neckbase)
    spine_len = LOW + MID + UP
    chest_dir = tilt
    neck_end = along(pelvis, chest_dir, spine_len)
    shift = (neckbase[0] - neck_end[0], neckbase[1] - neck_end[1])
    pelvis = (pelvis[0] + shift[0], pelvis[1] + shift[1])
    thigh, shin = reach(pelvis, ankle, THIGH, SHIN, 1)
    end = replace(start, pelvis=pelvis, spine=(angle_of(pelvis, neckbase),) * 3,
                  near_leg=(thigh, shin, 0), far_leg=(thigh + 3, shin - 3, 0))
    return Picture(
        "bridge", "Bridge",
        "1: lying on the back, knees bent, feet flat, arms by the sides. 2: the hips are "
        "lifted so the body makes a straight line from the knees to the shoulders; an arrow "
        "points up under the hips.",
        Panel(start, (Prop("mat", -104, 84),)),
        Panel(end, (Prop("mat", -104, 84),),
              (Arrow((start.pelvis[0] - 2, -10), (start.pelvis[0] - 2, pelvis[1] - 22), 0),)))


def back_extension() -> Picture:
    # Lying on the front, head to the right: the spine runs to the right, the front faces down.
    hip = (0.0, -R_PELVIS + 0.5)
    lying = Pose(pelvis=hip, spine=(0, 0, -1), neck=0, head=4,
                 near_arm=(120, 0, 0), far_arm=(118, 2, 0),
                 near_leg=(180, 180, 95), far_leg=(181, 179, 95))
    j = lying.joints()
    lying = replace(lying, near_arm=(150, 5, 0), far_arm=(148, 6, 0))
    # Propped on the forearms: elbows under the shoulders, forearms flat on the mat.
    up_spine = (-6, -22, -30)
    propped = replace(lying, spine=up_spine, neck=-20, head=-10)
    j2 = propped.joints()
    sh = shoulder_of(propped, j2)
    elbow = (sh[0] + 2, -R_ELBOW - 0.5)
    upper = angle_of(sh, elbow)
    propped = replace(propped, near_arm=(upper, 0, 0), far_arm=(upper, -2, 0))
    return Picture(
        "back-extension", "Back arch lying on your front",
        "1: lying face down, hands beside the shoulders. 2: the chest is lifted onto the "
        "forearms while the hips stay on the floor; an arrow shows the chest rising.",
        Panel(lying, (Prop("mat", -96, 112),)),
        Panel(propped, (Prop("mat", -96, 112),),
              (Arrow((j2["waist"][0] + 4, j2["waist"][1] - 16), (j2["neckbase"][0] - 8, j2["neckbase"][1] - 20), 5),)))


def _all_fours(spine: tuple[float, float, float], neck: float, head: float,
               pelvis: Point = (0.0, -60.0)) -> Pose:
    """On hands and knees, head to the right."""
    knee = (pelvis[0] + 2, -R_KNEE - 0.5)
    thigh = angle_of(pelvis, knee)
    pose = Pose(pelvis=pelvis, spine=spine, neck=neck, head=head,
                near_leg=(thigh, 180, 182), far_leg=(thigh - 2, 180, 182))
    j = pose.joints()
    shoulder = shoulder_of(pose, j)
    wrist = (shoulder[0] + 1, -R_WRIST - 0.4)
    upper, fore = reach(shoulder, wrist, UPPER_ARM, FOREARM, -1)
    return replace(pose, near_arm=(upper, fore, 0), far_arm=(upper, fore, 0))


def cat_cow() -> Picture:
    # The body is level at about 60 units: thigh 45 + knee on the mat.
    cat = _all_fours((-14, 2, 20), 52, 70)
    cow = _all_fours((10, 2, -10), -28, -12)
    return Picture(
        "cat-cow", "Cat and camel on hands and knees",
        "1: on hands and knees with the back rounded up toward the ceiling and the head down. "
        "2: the back gently dipped and the head lifted; arrows show the back moving up and down.",
        Panel(cat, (Prop("mat", -64, 96),),
              (Arrow((28, -104), (28, -82), 0), Arrow((28, -108), (28, -128), 0))),
        Panel(cow, (Prop("mat", -64, 96),),
              (Arrow((28, -112), (28, -86), 0),)))


def back_rock() -> Picture:
    start = _all_fours((-2, 1, 2), -6, 6)
    # Sitting back toward the heels with the hands where they were.
    j = start.joints()
    shoulder = shoulder_of(start, j)
    wrist = (shoulder[0] + 1, -R_WRIST - 0.4)
    knee = along(start.pelvis, start.near_leg[0], THIGH)
    pelvis = (knee[0] - 28, -34.0)
    thigh = angle_of(pelvis, knee)
    back = Pose(pelvis=pelvis, spine=(-12, 10, 14), neck=22, head=30,
                near_leg=(thigh, 180, 182), far_leg=(thigh - 2, 180, 182))
    j2 = back.joints()
    sh2 = shoulder_of(back, j2)
    upper, fore = reach(sh2, (wrist[0] + 10, wrist[1]), UPPER_ARM, FOREARM, -1)
    back = replace(back, near_arm=(upper, fore, 0), far_arm=(upper, fore, 0))
    return Picture(
        "back-rock", "Rock back on hands and knees",
        "1: on hands and knees. 2: the bottom sits back toward the heels with the hands left "
        "where they were and the back stretched long; an arrow shows the hips moving back.",
        Panel(start, (Prop("mat", -70, 100),)),
        Panel(back, (Prop("mat", -70, 100),),
              (Arrow((start.pelvis[0] + 6, -86), (pelvis[0] - 4, -70), 6),)))


def _seated(spine: tuple[float, float, float] = (-88, -90, -91), neck: float = -90,
            head: float = -90, pelvis_x: float = 0.0) -> Pose:
    """Sitting on a chair, facing right, feet flat."""
    seat = 46.0
    pelvis = (pelvis_x, -seat - R_PELVIS + 2.0)
    ankle = (46.0, -R_ANKLE - 0.8)
    thigh, shin = reach(pelvis, ankle, THIGH, SHIN, 1)
    pose = Pose(pelvis=pelvis, spine=spine, neck=neck, head=head,
                near_leg=(thigh, shin, 0), far_leg=(thigh - 2, shin + 1, 0))
    j = pose.joints()
    shoulder = shoulder_of(pose, j)
    hand = (pelvis[0] + 30, pelvis[1] - 8)
    upper, fore = reach(shoulder, hand, UPPER_ARM, FOREARM, -1)
    return replace(pose, near_arm=(upper, fore, fore), far_arm=(upper + 2, fore - 2, fore))


def seated_forward_bend() -> Picture:
    sit = _seated()
    bend = replace(sit, spine=(-40, -5, 30), neck=55, head=70)
    j = bend.joints()
    shoulder = shoulder_of(bend, j)
    knee = along(bend.pelvis, bend.near_leg[0], THIGH)
    shin_point = along(knee, bend.near_leg[1], 26)
    upper, fore = reach(shoulder, shin_point, UPPER_ARM, FOREARM, 1)
    bend = replace(bend, near_arm=(upper, fore, fore + 10), far_arm=(upper - 2, fore + 2, fore + 10))
    head0 = sit.joints()["head"]
    chair = Prop("chair", -22, 20)
    return Picture(
        "seated-forward-bend", "Sitting forward bend",
        "1: sitting tall on a chair, feet flat, hands on the thighs. 2: curled forward with the "
        "hands sliding down the shins; an arrow shows the upper body bending forward and down.",
        Panel(sit, (chair,)),
        Panel(bend, (chair,), (Arrow((head0[0] + 10, head0[1] - 4), (j["head"][0] + 18, j["head"][1] - 6), -14),)))


def _standing(x: float = 0.0) -> Pose:
    pelvis = (x, -THIGH - SHIN - R_ANKLE - 1.0)
    return Pose(pelvis=pelvis, near_leg=(92, 88, 0), far_leg=(88, 92, 0),
                near_arm=(95, 88, 88), far_arm=(85, 92, 92))


def standing_back_bend() -> Picture:
    # Drawn down to the knees only: a whole standing figure prints too small under the
    # handouts' height limit, and the legs do not move.
    stand = replace(_standing(), to_knees=True, fade=10.0)
    j = stand.joints()
    sh = shoulder_of(stand, j)
    hips = (j["waist"][0] - 13, j["waist"][1] + 6)
    upper, fore = reach(sh, hips, UPPER_ARM, FOREARM, -1)
    stand = replace(stand, near_arm=(upper, fore, fore + 20), far_arm=(upper, fore, fore + 20))
    lean = replace(stand, pelvis=(stand.pelvis[0] + 4, stand.pelvis[1]), spine=(-96, -106, -114),
                   neck=-100, head=-92, near_leg=(88, 92, 0), far_leg=(86, 94, 0))
    j2 = lean.joints()
    sh2 = shoulder_of(lean, j2)
    upper2, fore2 = reach(sh2, (j2["waist"][0] - 13, j2["waist"][1] + 6), UPPER_ARM, FOREARM, -1)
    lean = replace(lean, near_arm=(upper2, fore2, fore2 + 20), far_arm=(upper2, fore2, fore2 + 20))
    head0 = j["head"]
    return Picture(
        "standing-back-bend", "Standing back bend",
        "Seen from the side, down to the knees. 1: standing tall with the hands on the back of "
        "the hips. 2: leaning gently back, looking ahead; an arrow shows the upper body moving back.",
        Panel(stand),
        Panel(lean,
              arrows=(Arrow((head0[0] + 9, head0[1] - HEAD_R - 4), (j2["head"][0] - HEAD_R - 5, j2["head"][1] - 4), -9),)))


def _front_standing(**kw: object) -> Pose:
    pelvis = (0.0, -THIGH - SHIN - R_ANKLE - 3.0)
    pose = Pose(pelvis=pelvis, view="front", near_leg=(96, 92, 0), far_leg=(84, 88, 0),
                near_arm=(98, 92, 92), far_arm=(82, 88, 88))
    return replace(pose, **kw)  # type: ignore[arg-type]


def side_bend() -> Picture:
    # Bending to the viewer's right (the patient's left), so the numbers at the top left
    # stay clear of the arrow; down to the knees only, so the picture prints large enough.
    stand = _front_standing(to_knees=True, fade=10.0)
    bend = _front_standing(spine=(-88, -74, -62), neck=-66, head=-72, near_arm=(102, 96, 96),
                           to_knees=True, fade=10.0)
    j = bend.joints()
    sh = shoulder_of(bend, j, 1)
    thigh_side = along(hip_of(bend, j, 1), 84, 34)
    target = (thigh_side[0] + 9, thigh_side[1])
    upper, fore = reach(sh, target, UPPER_ARM, FOREARM, -1)
    bend = replace(bend, far_arm=(upper, fore, fore))
    head0 = stand.joints()["head"]
    return Picture(
        "side-bend", "Side bend standing",
        "Seen from the front, down to the knees. 1: standing tall, feet apart, arms by the "
        "sides. 2: bending to one side with that hand sliding down the side of the thigh; an "
        "arrow over the head shows the upper body bending sideways.",
        Panel(stand),
        Panel(bend,
              arrows=(Arrow((head0[0] - 10, head0[1] - 4), (j["head"][0] + 8, j["head"][1] - HEAD_R - 4), 7),)))


def upper_back_arch() -> Picture:
    # Sitting well back, so the back rests on the chair; its top is level with the chest
    # joint, the lower end of the shoulder blades. Arms crossed over the chest: the upper
    # arm forward and down, the forearm across.
    sit = _seated(pelvis_x=-6.0)
    sit = replace(sit, near_arm=(70.0, -128.0, -128.0), far_arm=(68.0, -126.0, -126.0))
    # Only the upper back arches, over the top of the chair; the hips and low back stay.
    bend = -36.0
    arch = replace(sit, spine=(sit.spine[0], sit.spine[1] - 1, sit.spine[2] + bend), neck=-90 + bend - 6,
                   head=-90 + bend + 18,
                   near_arm=(70.0 + bend, -128.0 + bend, -128.0 + bend),
                   far_arm=(68.0 + bend, -126.0 + bend, -126.0 + bend))
    j = sit.joints()
    pivot = j["chest"]
    reach_out = math.dist(pivot, j["head"]) + HEAD_R + 9
    chair = Prop("chair", -22, 20)
    return Picture(
        "upper-back-arch", "Upper back arch in a chair",
        "1: sitting tall, well back on a chair, with the arms crossed over the chest. 2: the "
        "upper back arched gently back over the top of the chair, looking slightly up, while "
        "the hips and low back stay put; a curved arrow shows the upper body moving back.",
        Panel(sit, (chair,)),
        Panel(arch, (chair,), (arc_arrow(pivot, reach_out, -70, -112),)))


def walking() -> Picture:
    pelvis = (0.0, -THIGH - SHIN - R_ANKLE + 1.0)
    step1 = Pose(pelvis=pelvis, spine=(-88, -89, -90), near_leg=(70, 95, -5), far_leg=(110, 112, 20),
                 near_arm=(112, 100, 100), far_arm=(70, 60, 60))
    step2 = replace(step1, near_leg=(110, 112, 20), far_leg=(70, 95, -5),
                    near_arm=(70, 60, 60), far_arm=(112, 100, 100))
    return Picture(
        "walking", "Walking",
        "Two steps of an easy walk, seen from the side, with an arrow pointing forward along "
        "the ground.",
        Panel(step1, (Prop("floor", -44, 50),)),
        Panel(step2, (Prop("floor", -44, 50),), (Arrow((-12, 14), (36, 14), 0),)))


def _bust_side(**kw: object) -> Pose:
    pose = Pose(pelvis=(0.0, 0.0), bust=True, near_arm=(96, 92, 92), far_arm=(94, 90, 90))
    return replace(pose, **kw)  # type: ignore[arg-type]


def chin_tuck() -> Picture:
    # A real tuck moves the head back only 2 or 3 cm; it is drawn a little larger, and the
    # start position stays behind the figure as a pale head, so the move shows.
    ahead = _bust_side(neck=-60, head=-90, bust_arms=True, show_far_arm=False)
    tucked = _bust_side(neck=-102, head=-90, bust_arms=True, show_far_arm=False)
    j1, j2 = ahead.joints(), tucked.joints()
    chin1, chin2 = along(j1["head"], 40, 12.5), along(j2["head"], 40, 12.5)
    return Picture(
        "chin-tuck", "Chin tuck",
        "Head and shoulders from the side. 1: sitting tall, looking ahead, the head a little "
        "forward. 2: the chin slid straight back, still looking ahead, with the head's first "
        "place shown pale in front of it; an arrow shows the chin moving back.",
        Panel(ahead),
        Panel(tucked, arrows=(Arrow((chin1[0] + 16, chin1[1] + 1), (chin2[0] + 4, chin2[1] + 1), 0),),
              ghost=ahead))


def _bust_front(**kw: object) -> Pose:
    pose = Pose(pelvis=(0.0, 0.0), view="front", bust=True, near_arm=(100, 92, 92),
                far_arm=(80, 88, 88))
    return replace(pose, **kw)  # type: ignore[arg-type]


def neck_turn() -> Picture:
    ahead = _bust_front()
    turned = _bust_front(turn=70)
    head = ahead.joints()["head"]
    return Picture(
        "neck-turn", "Neck turn",
        "Head and shoulders from the front. 1: looking straight ahead. 2: the head turned to "
        "look over one shoulder; a curved arrow above the head shows the turn, to one side "
        "and then the other.",
        Panel(ahead),
        Panel(turned, arrows=(Arrow((head[0] + 17, head[1] - 19), (head[0] - 17, head[1] - 19), 6,
                                    both=True),)))


def neck_side_bend() -> Picture:
    upright = _bust_front()
    # The neck and head tip together from the base of the neck, the head a little more.
    tilted = _bust_front(neck=-90 - 8, head=-90 - 30)
    pivot = upright.joints()["neckbase"]
    crown = math.dist(pivot, upright.joints()["head"]) + HEAD_R + 7
    return Picture(
        "neck-side-bend", "Ear toward shoulder",
        "Head and shoulders from the front. 1: sitting tall, looking ahead. 2: the head tipped "
        "so one ear moves toward the shoulder; a curved arrow shows the head tipping sideways.",
        Panel(upright),
        Panel(tilted, arrows=(arc_arrow(pivot, crown, -80, -150),)))


def shoulder_squeeze() -> Picture:
    # Seen from behind, where the shoulder blades show: they come in toward the spine. The
    # elbows are bent (the forearms hidden in front), so the upper arms hang a little out.
    relaxed = _bust_front(view="back", blades=7.5, fade=24.0, shoulders=F_SHOULDER_X + 1.5,
                          near_arm=(104.0, 90.0, 90.0), far_arm=(76.0, 90.0, 90.0))
    squeezed = replace(relaxed, blades=3.5, shoulders=F_SHOULDER_X,
                       near_arm=(100.0, 90.0, 90.0), far_arm=(80.0, 90.0, 90.0))
    j = squeezed.joints()
    level = along(j["neckbase"], 90, 17.0)
    return Picture(
        "shoulder-squeeze", "Shoulder blade squeeze",
        "Head and upper back seen from behind. 1: sitting tall and relaxed, the shoulder blades "
        "apart. 2: the shoulders drawn back and down so the shoulder blades come together; two "
        "arrows point in toward the spine.",
        Panel(relaxed),
        Panel(squeezed, arrows=tuple(Arrow(along(level, 90 - 90 * side, 26.0), along(level, 90 - 90 * side, 9.0))
                                     for side in (-1, 1))))


PICTURES = (knee_to_chest, pelvic_tilt, bridge, back_extension, cat_cow, back_rock,
            seated_forward_bend, standing_back_bend, side_bend, upper_back_arch, walking,
            chin_tuck, neck_turn, neck_side_bend, shoulder_squeeze)


def main() -> None:
    OUT_DIR.mkdir(exist_ok=True)
    for make in PICTURES:
        picture = make()
        target = OUT_DIR / f"{picture.id}.svg"
        text = render(picture)
        # Write only what changed, so a second run leaves every file (and its time) alone.
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
