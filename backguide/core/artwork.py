"""The clickable outlines of the back drawing, read from its SVG.

``assets/back.svg`` keeps every clickable region, every referral zone and every
muscle as a ``<path>`` in the ``regions``, ``zones`` and ``muscles`` groups
(muscles as ``muscle-<muscle id>-<left|right>``), written with absolute
``M``, ``L``, ``C``, ``Q`` and ``Z`` commands only. Reading them here (plain
Python) lets the map hit-test the real shapes and lets ``backguide check``
confirm that the drawing and the content name the same places.

A drawing that cannot be used raises the loader's one error type,
:class:`~backguide.core.errors.ContentError`, naming the SVG file and the line
of each mistake, so callers handle a broken drawing like broken content.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from backguide.core.errors import ContentError, Problem

# Element names as expat reports them with namespace_separator=" ".
_SVG_G = "http://www.w3.org/2000/svg g"
_SVG_PATH = "http://www.w3.org/2000/svg path"
REGION_PREFIX = "region-"
ZONE_PREFIX = "zone-"
MUSCLE_PREFIX = "muscle-"
_ARGS = {"M": 2, "L": 2, "Q": 4, "C": 6, "Z": 0}
_GROUP_PREFIXES = {"regions": REGION_PREFIX, "zones": ZONE_PREFIX, "muscles": MUSCLE_PREFIX}
# Groups the drawing must have; an older drawing without muscles still loads,
# and the content check then names every muscle it lacks.
_REQUIRED_GROUPS = ("regions", "zones")
_TOKEN = re.compile(r"[MLQCZ]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


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
    # Keyed by "<muscle id>-<left|right>", without the "muscle-" prefix, in the
    # drawing's order: a later shape is painted over an earlier one.
    muscles: dict[str, Outline] = {}

    def muscle(self, muscle_id: str, side: str) -> Outline | None:
        """The drawn shape of a muscle on one side (``"left"`` or ``"right"``)."""
        return self.muscles.get(f"{muscle_id}-{side}")


def parse_path(d: str) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """Split SVG path data made of absolute M/L/Q/C/Z commands into segments.

    Raises :class:`ValueError` saying what is wrong with the data.
    """
    tokens = _TOKEN.findall(d)
    if _TOKEN.sub("", d).strip(" ,\n\t\r"):
        raise ValueError(f"unsupported path data (only absolute M L Q C Z): {d[:60]!r}")
    segments: list[tuple[str, tuple[float, ...]]] = []
    i = 0
    while i < len(tokens):
        command = tokens[i]
        if command not in _ARGS:
            raise ValueError(f"path data should start with a command, found {command!r}")
        count = _ARGS[command]
        args = tokens[i + 1: i + 1 + count]
        if len(args) != count or any(a in _ARGS for a in args):
            raise ValueError(f"command {command} needs {count} numbers")
        segments.append((command, tuple(float(a) for a in args)))
        i += 1 + count
    if not segments or segments[0][0] != "M":
        raise ValueError("path data should start with M")
    return tuple(segments)


def load_artwork(path: str | Path) -> Artwork:
    """Read the drawing's clickable outlines.

    Raises :class:`ContentError` listing every mistake found in the drawing,
    each with the SVG file and its line.
    """
    # expat rather than ElementTree: it tells the line of each element, so a
    # mistake in one outline points at that outline. Imported here because it
    # is needed only on a cache miss, which keeps start-up light.
    from xml.parsers import expat

    file = str(path)
    problems: list[Problem] = []
    view_box: tuple[float, ...] | None = None  # read from the root element
    outlines: dict[str, dict[str, Outline]] = {}
    open_groups: list[str] = []  # the id of every <g> being read ("" when it has none)
    parser = expat.ParserCreate(namespace_separator=" ")

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal view_box
        line, column = parser.CurrentLineNumber, parser.CurrentColumnNumber + 1
        if view_box is None:
            view_box = _view_box(attributes.get("viewBox", ""))
            if not view_box:
                problems.append(Problem(file, line, column, "the drawing needs a viewBox"))
        if name == _SVG_G:
            opened = attributes.get("id", "")
            open_groups.append(opened)
            if opened in _GROUP_PREFIXES:
                outlines.setdefault(opened, {})
            return
        group_id = next((g for g in reversed(open_groups) if g in _GROUP_PREFIXES), None)
        if name != _SVG_PATH or group_id is None:
            return
        prefix = _GROUP_PREFIXES[group_id]
        element_id = attributes.get("id", "")
        if not element_id.startswith(prefix):
            problems.append(Problem(file, line, column,
                                    f"path {element_id!r} in '{group_id}' "
                                    f"should have an id starting with {prefix!r}"))
            return
        try:
            segments = parse_path(attributes.get("d", ""))
        except ValueError as exc:
            problems.append(Problem(file, line, column, f"{element_id}: {exc}"))
            return
        outlines[group_id][element_id[len(prefix):]] = Outline(element_id, segments)

    def end(name: str) -> None:
        if name == _SVG_G:
            open_groups.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        with open(path, "rb") as stream:
            parser.ParseFile(stream)
    except OSError as exc:
        raise ContentError([Problem(file, 1, 1, f"cannot read the drawing: "
                                                f"{exc.strerror or exc}")]) from exc
    except expat.ExpatError as exc:
        raise ContentError([Problem(file, exc.lineno, exc.offset + 1,
                                    f"cannot read the drawing: "
                                    f"{expat.ErrorString(exc.code)}")]) from exc
    for group_id in _REQUIRED_GROUPS:
        if group_id not in outlines:
            problems.append(Problem(file, 1, 1, f"the drawing has no '{group_id}' group"))
    if problems or not view_box:
        raise ContentError(problems)
    return Artwork(view_box[2], view_box[3], outlines["regions"], outlines["zones"], file,
                   outlines.get("muscles", {}))


def _view_box(text: str) -> tuple[float, ...]:
    """The viewBox's four numbers, or ``()`` unless it has a positive width and height."""
    try:
        numbers = tuple(float(v) for v in text.replace(",", " ").split())
    except ValueError:
        return ()
    if len(numbers) != 4 or numbers[2] <= 0 or numbers[3] <= 0:
        return ()
    return numbers
