"""The clickable outlines of the back drawing, read from its SVG.

``assets/back.svg`` keeps every clickable region and every referral zone as a
``<path>`` in the ``regions`` and ``zones`` groups, written with absolute
``M``, ``L``, ``C``, ``Q`` and ``Z`` commands only. Reading them here (plain
Python) lets the map hit-test the real shapes and lets ``backguide check``
confirm that the drawing and the content name the same places.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

SVG_NS = "{http://www.w3.org/2000/svg}"
REGION_PREFIX = "region-"
ZONE_PREFIX = "zone-"
_ARGS = {"M": 2, "L": 2, "Q": 4, "C": 6, "Z": 0}
_TOKEN = re.compile(r"[MLQCZ]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


class ArtworkError(Exception):
    """The drawing cannot be read, or breaks the rules above."""


class Outline(NamedTuple):
    """One drawn area: its id and its path as ``(command, numbers)`` segments."""

    id: str
    segments: tuple[tuple[str, tuple[float, ...]], ...]

    @property
    def points(self) -> list[tuple[float, float]]:
        """Every point named in the path (end and control points)."""
        return [(args[i], args[i + 1]) for _, args in self.segments
                for i in range(0, len(args), 2)]


class Artwork(NamedTuple):
    """The drawing's size (its viewBox) and its clickable outlines."""

    width: float
    height: float
    regions: dict[str, Outline]  # keyed by region id, without the "region-" prefix
    zones: dict[str, Outline]  # keyed by zone area id, without the "zone-" prefix
    path: str


def parse_path(d: str) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """Split SVG path data made of absolute M/L/Q/C/Z commands into segments."""
    tokens = _TOKEN.findall(d)
    if _TOKEN.sub("", d).strip(" ,\n\t\r"):
        raise ArtworkError(f"unsupported path data (only absolute M L Q C Z): {d[:60]!r}")
    segments: list[tuple[str, tuple[float, ...]]] = []
    i = 0
    while i < len(tokens):
        command = tokens[i]
        if command not in _ARGS:
            raise ArtworkError(f"path data should start with a command, found {command!r}")
        count = _ARGS[command]
        args = tokens[i + 1: i + 1 + count]
        if len(args) != count or any(a in _ARGS for a in args):
            raise ArtworkError(f"command {command} needs {count} numbers")
        segments.append((command, tuple(float(a) for a in args)))
        i += 1 + count
    if not segments or segments[0][0] != "M":
        raise ArtworkError("path data should start with M")
    return tuple(segments)


def load_artwork(path: str | Path) -> Artwork:
    """Read the drawing's clickable outlines; raise :class:`ArtworkError` if it is unusable."""
    import xml.etree.ElementTree as ET  # only on a cache miss: keeps start-up light

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ArtworkError(f"{path}: cannot read the drawing: {exc}") from exc
    view_box = [float(v) for v in root.get("viewBox", "0 0 0 0").replace(",", " ").split()]
    if len(view_box) != 4 or view_box[2] <= 0 or view_box[3] <= 0:
        raise ArtworkError(f"{path}: the drawing needs a viewBox")
    groups = {g.get("id"): g for g in root.iter(f"{SVG_NS}g")}
    outlines: dict[str, dict[str, Outline]] = {}
    for group_id, prefix in (("regions", REGION_PREFIX), ("zones", ZONE_PREFIX)):
        group = groups.get(group_id)
        if group is None:
            raise ArtworkError(f"{path}: the drawing has no '{group_id}' group")
        found: dict[str, Outline] = {}
        for element in group.iter(f"{SVG_NS}path"):
            element_id = element.get("id", "")
            if not element_id.startswith(prefix):
                raise ArtworkError(f"{path}: path {element_id!r} in '{group_id}' "
                                   f"should have an id starting with {prefix!r}")
            try:
                segments = parse_path(element.get("d", ""))
            except ArtworkError as exc:
                raise ArtworkError(f"{path}: {element_id}: {exc}") from exc
            found[element_id[len(prefix):]] = Outline(element_id, segments)
        outlines[group_id] = found
    return Artwork(view_box[2], view_box[3], outlines["regions"], outlines["zones"], str(path))
