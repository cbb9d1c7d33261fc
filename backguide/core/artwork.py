"""The clickable outlines of the back drawing, read from its SVG.

``assets/back.svg`` keeps every clickable region, every referral zone and every
muscle as a ``<path>`` in the ``regions``, ``zones`` and ``muscles`` groups
(muscles as ``muscle-<muscle id>-<left|right>``), written with absolute
``M``, ``L``, ``C``, ``Q`` and ``Z`` commands only. Reading them here (plain
Python) lets the map hit-test the real shapes and lets ``backguide check``
confirm that the drawing and the content name the same places.

The drawing's few words (L and R, "your left", "Seen from behind...") are
texts with ids in its ``labels`` group; :func:`worded_svg` puts in the
guide's own words for them, so the screen and the printed handout both say
them in the guide's language.

A drawing that cannot be used raises the loader's one error type,
:class:`~backguide.core.errors.ContentError`, naming the SVG file and the line
of each mistake, so callers handle a broken drawing like broken content.
"""

import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from backguide.core.errors import ContentError, Problem

if TYPE_CHECKING:
    from backguide.core.wording import Words

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


# -- the words on the drawing ------------------------------------------------------------

# Each text of the drawing's ``labels`` group, by its id, and the wording key
# that says it in the guide's language. Left and right are the patient's own:
# the front figure's letters are the same words as the big ones.
LABEL_WORDS = {
    "label-left-letter": "drawing.left_letter",
    "label-your-left": "drawing.your_left",
    "label-right-letter": "drawing.right_letter",
    "label-your-right": "drawing.your_right",
    "label-seen-from-behind": "drawing.seen_from_behind",
    "label-front-view": "drawing.front_view",
    "label-front-right": "drawing.right_letter",
    "label-front-left": "drawing.left_letter",
}
# The pale backing behind each block of text, widened when the words need it.
LABEL_BOXES = {
    "label-left-box": ("label-left-letter", "label-your-left"),
    "label-right-box": ("label-right-letter", "label-your-right"),
    "label-behind-box": ("label-seen-from-behind",),
    "label-front-box": ("label-front-view",),
    "label-front-right-box": ("label-front-right",),
    "label-front-left-box": ("label-front-left",),
}
_TEXT = re.compile(r'<text id="(label-[a-z-]+)"([^>]*)>([^<]*)</text>')
_BOX = re.compile(r'<rect id="(label-[a-z-]+-box)" x="([0-9.]+)"( y="[0-9.]+") width="([0-9.]+)"')
_NUMBER = r'="(-?[0-9.]+)"'


class Label(NamedTuple):
    """One of the drawing's words: where it is, how big, and what it says."""

    id: str
    x: float  # the middle of the text (it is centred there)
    y: float  # its baseline
    size: float  # font size in drawing units
    bold: bool
    words: str


def drawing_labels(svg: str, words: "Words | None") -> list[Label]:
    """The drawing's labels, each saying its words in ``words`` (the guide's language;
    None: the words written in the file)."""
    labels = []
    for label_id, attributes, written in _TEXT.findall(svg):
        if label_id not in LABEL_WORDS:
            continue
        x, y, size = (_attribute(attributes, name) for name in ("x", "y", "font-size"))
        said = written.strip() if words is None else words.text(LABEL_WORDS[label_id])
        labels.append(Label(label_id, x, y, size, 'font-weight="bold"' in attributes, said))
    return labels


def worded_svg(svg: str, words: "Words") -> str:
    """The drawing with its labels in ``words``: each text says the guide's words, and each
    pale backing is widened (about its middle, keeping its margins) when those words are
    longer than the ones written in the file."""
    labels = {label.id: label for label in drawing_labels(svg, words)}
    written = {label.id: label for label in drawing_labels(svg, None)}

    def text(match: re.Match[str]) -> str:
        label = labels.get(match.group(1))
        if label is None:
            return match.group(0)
        return f'<text id="{label.id}"{match.group(2)}>{_xml(label.words)}</text>'

    def box(match: re.Match[str]) -> str:
        box_id, x, y, width = match.group(1), float(match.group(2)), match.group(3), float(match.group(4))
        inside = [t for t in LABEL_BOXES.get(box_id, ()) if t in labels]
        if not inside:
            return match.group(0)
        margin = width - max(label_width(written[t]) for t in inside)
        needed = max(label_width(labels[t]) for t in inside) + margin
        if needed <= width + 0.05:
            return match.group(0)
        middle = x + width / 2
        return f'<rect id="{box_id}" x="{_fmt(middle - needed / 2)}"{y} width="{_fmt(needed)}"'

    return _BOX.sub(box, _TEXT.sub(text, svg))


def label_width(label: Label) -> float:
    """About how wide a label's words are drawn, in drawing units (sans-serif)."""
    return len(label.words) * label.size * (0.62 if label.bold else 0.56)


def _attribute(attributes: str, name: str) -> float:
    found = re.search(f" {name}{_NUMBER}", attributes)
    return float(found.group(1)) if found else 0.0


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")
