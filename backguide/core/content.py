"""Load a content folder (YAML) into the typed guide, checking everything.

:func:`load_content` is the only entry point. It reads every file, checks
every field, then checks the references between files, and raises a single
:class:`ContentError` listing every problem found; nothing else escapes.
"""

from __future__ import annotations

import difflib
import errno
import gc
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from backguide.core.artwork import Artwork
from backguide.core.errors import ContentError, Problem
from backguide.core.fields import FieldReader
from backguide.core.matching import artwork_mismatches
from backguide.core.model import (
    EVIDENCE_GRADES,
    Caution,
    CautionKey,
    Content,
    CoreMessage,
    Dose,
    Duration,
    Evidence,
    EvidenceGrade,
    Explanation,
    Guide,
    Level,
    Movement,
    Muscle,
    RedFlag,
    Region,
    Side,
    Source,
    Step,
    StepKind,
    Surface,
    Urgency,
    Zone,
    compact_governance,
    evidence_scale,
    governance_text,
)
from backguide.core.translation import read_translation
from backguide.core.wording import WORDING_FILE, Words, wording_for
from backguide.core.yamlread import Node, read_yaml

FILES = (
    "guide.yaml", "sources.yaml", "cautions.yaml", "zones.yaml", "muscles.yaml",
    "explanations.yaml", "regions.yaml", "steps.yaml", "red_flags.yaml",
)
# Optional files: a content folder without them is complete, it only offers less.
OPTIONAL_FILES = ("exercises.yaml",)
# Limits that keep a dose sensible; a practitioner may change it within them.
DOSE_LIMITS = {"reps": (0, 50), "hold_seconds": (0, 120), "times_a_day": (1, 10),
               "minutes": (0, 120)}

T = TypeVar("T")


@dataclass(frozen=True)
class _Ref:
    """A reference to an id in another part of the guide, checked at the end."""

    file: str
    node: Node
    kind: str
    target: str


@dataclass
class _Build:
    folder: Path
    words: Words
    grades: dict[str, EvidenceGrade]
    problems: list[Problem] = field(default_factory=list)
    refs: list[_Ref] = field(default_factory=list)
    defined: dict[str, dict[str, Node]] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)  # files missing or not valid YAML

    def reader(self, name: str) -> FieldReader:
        return FieldReader(name, self.problems)

    def ref(self, reader: FieldReader, node: Node | None, kind: str,
            what: str) -> str | None:
        value = reader.identifier(node, what)
        if value is not None and node is not None:
            self.refs.append(_Ref(reader.file, node, kind, value))
        return value

    def refs_list(self, reader: FieldReader, node: Node | None, kind: str, what: str,
                  *, allow_empty: bool = False) -> tuple[str, ...]:
        if node is None:
            return ()
        values = tuple(
            v for item in reader.items(node, f"{what} list")
            if (v := self.ref(reader, item, kind, what)) is not None
        )
        if not node.items and not allow_empty and node.kind == "sequence":
            reader.problem(node, f"{what} list is empty")
        return values

    def define(self, reader: FieldReader, kind: str, node: Node | None) -> str | None:
        value = reader.identifier(node, "id")
        if value is None or node is None:
            return None
        seen = self.defined.setdefault(kind, {})
        if value in seen:
            reader.problem(node, f"duplicate id '{value}' (first used on line {seen[value].line})")
            return None
        seen[value] = node
        return value


def load_content(folder: str | os.PathLike[str]) -> Content:
    """Read and check the content folder; raise :class:`ContentError` on any mistake."""
    # Reading builds many small objects that all live until the end; the cyclic
    # garbage collector would walk them again and again for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_content(folder)
    finally:
        if collecting:
            gc.enable()


def _load_content(folder: str | os.PathLike[str]) -> Content:
    path = Path(folder)
    kinds = _file_kinds(path)
    present = [name for name in FILES if kinds.get(name) == "file"]
    if not present:
        raise ContentError([Problem(
            str(path), 1, 1,
            "the folder holds no content files (expected " + ", ".join(FILES) + ")",
        )])
    problems: list[Problem] = []
    words = wording_for(path, problems)
    if words is None or not all(words.has(f"grades.{g}.label") for g in EVIDENCE_GRADES):
        raise ContentError(problems)  # the app's own words are broken: nothing can be said
    build = _Build(path, words, evidence_scale(words), problems)

    def section(name: str, parse: Callable[[_Build, FieldReader, Node], T]) -> T | None:
        # Each file is read and turned into the model before the next is read,
        # so only one file's node tree is alive at a time.
        display = str(path / name)
        if name not in present:
            build.problems.append(Problem(display, 1, 1, _not_a_file(kinds.get(name), name, kinds)))
            build.unread.add(name)
            return None
        root, problems = read_yaml(display, display)
        build.problems.extend(problems)
        if root is None:
            build.unread.add(name)
        return None if root is None else parse(build, build.reader(display), root)

    guide = section("guide.yaml", _guide)
    sources = section("sources.yaml", _sequence(_source, "source")) or ()
    caution_keys = section("cautions.yaml", _sequence(_caution_key, "caution key")) or ()
    zones = section("zones.yaml", _sequence(_zone, "zone")) or ()
    muscles = section("muscles.yaml", _sequence(_muscle, "muscle")) or ()
    explanations = section("explanations.yaml", _sequence(_explanation, "explanation")) or ()
    levels = section("regions.yaml", _sequence(_level, "region level")) or ()
    steps = section("steps.yaml", _sequence(_step, "step")) or ()
    red_flags = section("red_flags.yaml", _sequence(_red_flag, "red flag")) or ()
    movements: tuple[Movement, ...] = ()
    if (path / "exercises.yaml").is_file():
        present.append("exercises.yaml")
        movements = section("exercises.yaml", _sequence(_movement, "movement")) or ()

    _check_references(build)
    if build.problems or guide is None:
        raise ContentError(build.problems)
    levels = tuple(lv._replace(order=i) for i, lv in enumerate(levels))
    regions = tuple(
        Region(f"{lv.id}-{side.value}", lv, side,
               words.text("places.region", name=lv.name, side=words.text(f"sides.{side.value}")))
        for lv in levels for side in (Side.LEFT, Side.RIGHT)
    )
    governance, translation_note = governance_text(guide, words)
    return Content(
        guide=guide._replace(governance=governance, translation_note=translation_note,
                             compact_governance=compact_governance(guide, words)),
        words=words,
        levels=levels,
        regions=regions,
        muscles={m.id: m for m in muscles},
        zones={z.id: z for z in zones},
        explanations={e.id: e for e in explanations},
        steps=tuple(s._replace(order=i) for i, s in enumerate(steps)),
        red_flags=tuple(red_flags),
        caution_keys={c.id: c for c in caution_keys},
        sources={s.id: s for s in sources},
        folder=str(path),
        movements=tuple(m._replace(order=i) for i, m in enumerate(movements)),
    )


def _file_kinds(path: Path) -> dict[str, str]:
    """What each name in the folder is: "file", "folder" or "other" (a pipe, a device).

    Raises ContentError, in one line, when the folder itself cannot be read.
    """
    try:
        with os.scandir(path) as entries:
            kinds = {}
            for entry in entries:
                if entry.is_dir():
                    kinds[entry.name] = "folder"
                elif entry.is_file():
                    kinds[entry.name] = "file"
                else:
                    kinds[entry.name] = "other"
            return kinds
    except (FileNotFoundError, NotADirectoryError):
        raise ContentError([Problem(str(path), 1, 1, "no such content folder")]) from None
    except OSError as exc:
        why = "a name in the path is too long" if exc.errno == errno.ENAMETOOLONG \
            else (exc.strerror or str(exc)).lower()
        raise ContentError([Problem(str(path), 1, 1,
                                    f"the content folder cannot be read: {why}")]) from None


def _not_a_file(kind: str | None, name: str, kinds: dict[str, str]) -> str:
    if kind == "folder":
        return "this is a folder; it should be a YAML file"
    if kind == "other":
        return "this is not an ordinary file (a pipe or a device?); it should be a YAML file"
    close = difflib.get_close_matches(name, [n for n in kinds if n not in FILES], n=1, cutoff=0.8)
    return f"the file is missing; is it '{close[0]}'?" if close else "the file is missing"


def unexpected_files(folder: str | os.PathLike[str]) -> list[Problem]:
    """YAML files in the folder that the guide does not read (``stepz.yaml``): warnings."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return []
    warnings = []
    for name in names:
        known = (*FILES, *OPTIONAL_FILES, WORDING_FILE)
        if name.endswith((".yaml", ".yml")) and name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            warnings.append(Problem(str(Path(folder) / name), 1, 1,
                                    f"this file is not part of the guide and is not read{hint}"))
    return warnings


def _sequence(parse_item: Callable[[_Build, FieldReader, Node], T | None],
              what: str) -> Callable[[_Build, FieldReader, Node], tuple[T, ...]]:
    def parse(build: _Build, reader: FieldReader, root: Node) -> tuple[T, ...]:
        nodes = reader.items(root, f"this file (a list of {what}s)")
        if root.kind == "sequence" and not nodes:
            reader.problem(root, f"the list of {what}s is empty")
        return tuple(item for node in nodes if (item := parse_item(build, reader, node)) is not None)
    return parse


def _evidence(build: _Build, reader: FieldReader, node: Node | None) -> Evidence | None:
    if node is None:
        return None
    f = reader.fields(node, "evidence", ("grade", "summary", "sources"))
    if f is None:
        return None
    grade_id = reader.choice(f.get("grade"), "evidence grade", EVIDENCE_GRADES)
    summary = reader.text(f.get("summary"), "evidence summary")
    sources = build.refs_list(reader, f.get("sources"), "source", "source",
                              allow_empty=grade_id == "experience")
    if grade_id is None or summary is None or "sources" not in f:
        return None
    return Evidence(build.grades[grade_id], summary, sources)


def _guide(build: _Build, reader: FieldReader, root: Node) -> Guide | None:
    f = reader.fields(root, "the guide", _GUIDE_FIELDS, (*_GOVERNANCE, "translation"))
    if f is None:
        return None
    messages = []
    for item in reader.items(f["core_messages"], "core_messages") if "core_messages" in f else ():
        mf = reader.fields(item, "a core message", ("text", "sources"))
        if mf is None:
            continue
        text = reader.text(mf.get("text"), "message text")
        sources = build.refs_list(reader, mf.get("sources"), "source", "source")
        if text is not None:
            messages.append(CoreMessage(text, sources))
    title = reader.text(f.get("title"), "title")
    version = reader.text(f.get("version"), "version")
    last_reviewed = reader.date(f.get("last_reviewed"), "last_reviewed")
    next_review = reader.date(f.get("next_review"), "next_review")
    disclaimer = reader.text(f.get("disclaimer"), "disclaimer")
    map_caveat = reader.text(f.get("map_caveat"), "map_caveat")
    map_caveat_sources = build.refs_list(reader, f.get("map_caveat_sources"), "source", "source")
    see_a_professional = reader.texts(f.get("see_a_professional"), "see_a_professional")
    governance = {key: reader.text(f.get(key), key) if key in f else "" for key in _GOVERNANCE}
    translation = read_translation(reader, f["translation"]) if "translation" in f else None
    if last_reviewed and next_review and next_review <= last_reviewed:
        reader.problem(f["next_review"], "next_review should come after last_reviewed")
    if title is None or version is None or last_reviewed is None or next_review is None \
            or disclaimer is None or map_caveat is None \
            or not all(key in f for key in _GUIDE_FIELDS) \
            or ("translation" in f and translation is None):
        return None
    return Guide(title=title, version=version, last_reviewed=last_reviewed,
                 next_review=next_review, disclaimer=disclaimer, map_caveat=map_caveat,
                 map_caveat_sources=map_caveat_sources, core_messages=tuple(messages),
                 see_a_professional=see_a_professional,
                 publisher=governance["publisher"] or "",
                 reviewer=governance["reviewer"] or "",
                 conflict_of_interest=governance["conflict_of_interest"] or "",
                 reviewer_short=governance["reviewer_short"] or "",
                 conflict_of_interest_short=governance["conflict_of_interest_short"] or "",
                 translation=translation)


_GUIDE_FIELDS = ("title", "version", "last_reviewed", "next_review", "disclaimer",
                 "map_caveat", "map_caveat_sources", "core_messages", "see_a_professional")
# Optional fields of guide.yaml saying who stands behind the content.
_GOVERNANCE = ("publisher", "reviewer", "conflict_of_interest", "reviewer_short",
               "conflict_of_interest_short")


def _source(build: _Build, reader: FieldReader, node: Node) -> Source | None:
    f = reader.fields(node, "a source", ("id", "citation"), ("url",))
    if f is None:
        return None
    sid = build.define(reader, "source", f.get("id"))
    citation = reader.text(f.get("citation"), "citation")
    url = reader.text(f.get("url"), "url") if "url" in f else ""
    if sid is None or citation is None or url is None:
        return None
    return Source(sid, citation, url)


def _caution_key(build: _Build, reader: FieldReader, node: Node) -> CautionKey | None:
    f = reader.fields(node, "a caution key", ("id", "label", "question"))
    if f is None:
        return None
    cid = build.define(reader, "caution key", f.get("id"))
    label = reader.text(f.get("label"), "label")
    question = reader.text(f.get("question"), "question")
    if cid is None or label is None or question is None:
        return None
    return CautionKey(cid, label, question)


def _zone(build: _Build, reader: FieldReader, node: Node) -> Zone | None:
    f = reader.fields(node, "a zone", ("id", "name", "surface", "sided", "description"),
                      ("explanations",))
    if f is None:
        return None
    zid = build.define(reader, "zone", f.get("id"))
    name = reader.text(f.get("name"), "name")
    surface = reader.choice(f.get("surface"), "surface", [s.value for s in Surface])
    sided = reader.boolean(f.get("sided"), "sided")
    description = reader.text(f.get("description"), "description")
    explanations = build.refs_list(reader, f.get("explanations"), "explanation", "explanation",
                                   allow_empty=True)
    if zid is None or name is None or surface is None or sided is None or description is None:
        return None
    return Zone(id=zid, name=name, surface=Surface(surface), sided=sided,
                description=description, explanations=explanations)


def _muscle(build: _Build, reader: FieldReader, node: Node) -> Muscle | None:
    f = reader.fields(node, "a muscle", ("id", "name", "latin", "location", "referral", "sources"),
                      ("referral_note",))
    if f is None:
        return None
    mid = build.define(reader, "muscle", f.get("id"))
    name = reader.text(f.get("name"), "name")
    latin = reader.text(f.get("latin"), "latin")
    location = reader.text(f.get("location"), "location")
    note = reader.text(f.get("referral_note"), "referral_note") if "referral_note" in f else ""
    sources = build.refs_list(reader, f.get("sources"), "source", "source")
    essential: tuple[str, ...] = ()
    spillover: tuple[str, ...] = ()
    referral = f.get("referral")
    rf = reader.fields(referral, "referral", ("essential", "spillover")) if referral else None
    if rf is not None:
        essential = build.refs_list(reader, rf.get("essential"), "zone", "zone", allow_empty=True)
        spillover = build.refs_list(reader, rf.get("spillover"), "zone", "zone", allow_empty=True)
        if referral and not essential and not spillover and len(rf) == 2:
            reader.problem(referral, "the muscle refers pain nowhere: list at least one zone")
        both = set(essential) & set(spillover)
        if both and referral:
            reader.problem(referral, f"zone listed as both essential and spillover: "
                                     f"{', '.join(sorted(both))}")
    if mid is None or name is None or latin is None or location is None or note is None \
            or rf is None or len(rf) < 2:
        return None
    return Muscle(id=mid, name=name, latin=latin, location=location, essential_zones=essential,
                  spillover_zones=spillover, referral_note=note, sources=sources)


def _explanation(build: _Build, reader: FieldReader, node: Node) -> Explanation | None:
    f = reader.fields(node, "an explanation", ("id", "title", "text", "evidence"))
    if f is None:
        return None
    eid = build.define(reader, "explanation", f.get("id"))
    title = reader.text(f.get("title"), "title")
    text = reader.text(f.get("text"), "text")
    evidence = _evidence(build, reader, f.get("evidence"))
    if eid is None or title is None or text is None or evidence is None:
        return None
    return Explanation(id=eid, title=title, text=text, evidence=evidence)


def _level(build: _Build, reader: FieldReader, node: Node) -> Level | None:
    f = reader.fields(node, "a region level", (
        "id", "name", "spine_label", "vertebrae", "description", "muscles", "explanations"))
    if f is None:
        return None
    lid = build.define(reader, "level", f.get("id"))
    name = reader.text(f.get("name"), "name")
    spine_label = reader.text(f.get("spine_label"), "spine_label")
    vertebrae = reader.text(f.get("vertebrae"), "vertebrae")
    description = reader.text(f.get("description"), "description")
    muscles = build.refs_list(reader, f.get("muscles"), "muscle", "muscle")
    explanations = build.refs_list(reader, f.get("explanations"), "explanation", "explanation")
    if lid is None or name is None or spine_label is None or vertebrae is None \
            or description is None or len(f) < 7:
        return None
    return Level(id=lid, name=name, spine_label=spine_label, vertebrae=vertebrae, order=0,
                 description=description, muscles=muscles, explanations=explanations)


def _step(build: _Build, reader: FieldReader, node: Node) -> Step | None:
    f = reader.fields(node, "a step", (
        "id", "title", "summary", "actions", "how_long", "evidence", "cautions", "durations"),
        ("levels", "kind"))
    if f is None:
        return None
    kind = StepKind.SELF_CARE
    if "kind" in f:
        kind = StepKind(reader.choice(f["kind"], "step kind", [k.value for k in StepKind])
                        or StepKind.SELF_CARE)
    cautions = []
    for item in reader.items(f["cautions"], "cautions") if "cautions" in f else ():
        cf = reader.fields(item, "a caution", ("text",),
                           ("keys", "sources", "levels", "experience"))
        if cf is None:
            continue
        text = reader.text(cf.get("text"), "caution text")
        keys = build.refs_list(reader, cf.get("keys"), "caution key", "caution key")
        sources = build.refs_list(reader, cf.get("sources"), "source", "source")
        caution_levels = build.refs_list(reader, cf.get("levels"), "level", "level",
                                         allow_empty=True)
        experience = bool(reader.boolean(cf["experience"], "experience")) \
            if "experience" in cf else False
        if text is not None:
            cautions.append(Caution(text, keys, sources, caution_levels, experience))
    durations = tuple(
        Duration(d) for item in (reader.items(f["durations"], "durations") if "durations" in f else ())
        if (d := reader.choice(item, "duration", [x.value for x in Duration])) is not None
    )
    if "durations" in f and f["durations"].kind == "sequence" and not f["durations"].items:
        reader.problem(f["durations"], "durations list is empty: say which durations the step fits")
    sid = build.define(reader, "step", f.get("id"))
    title = reader.text(f.get("title"), "title")
    summary = reader.text(f.get("summary"), "summary")
    actions = reader.texts(f.get("actions"), "action")
    how_long = reader.text(f.get("how_long"), "how_long")
    evidence = _evidence(build, reader, f.get("evidence"))
    levels = build.refs_list(reader, f.get("levels"), "level", "level", allow_empty=True)
    if sid is None or title is None or summary is None or how_long is None or evidence is None \
            or not durations or "actions" not in f:
        return None
    return Step(id=sid, title=title, summary=summary, actions=actions, how_long=how_long,
                evidence=evidence, cautions=tuple(cautions), durations=durations,
                levels=levels, order=0, kind=kind)


def _red_flag(build: _Build, reader: FieldReader, node: Node) -> RedFlag | None:
    f = reader.fields(node, "a red flag", ("id", "sign", "question", "urgency", "action", "sources"),
                      ("levels",))
    if f is None:
        return None
    rid = build.define(reader, "red flag", f.get("id"))
    sign = reader.text(f.get("sign"), "sign")
    question = reader.text(f.get("question"), "question")
    urgency = reader.choice(f.get("urgency"), "urgency", [u.value for u in Urgency])
    action = reader.text(f.get("action"), "action")
    sources = build.refs_list(reader, f.get("sources"), "source", "source")
    levels = build.refs_list(reader, f.get("levels"), "level", "level", allow_empty=True)
    if rid is None or sign is None or question is None or urgency is None or action is None:
        return None
    return RedFlag(id=rid, question=question, sign=sign, urgency=Urgency(urgency),
                   action=action, sources=sources, levels=levels)


# Each suggestion compares one unknown id with every known one; past this many
# unknown references the rest get none, so checking stays linear in size.
MAX_SUGGESTIONS = 50


def _movement(build: _Build, reader: FieldReader, node: Node) -> Movement | None:
    f = reader.fields(node, "a movement", (
        "id", "title", "purpose", "steps", "dose", "stop_if", "take_care", "levels", "drawing",
        "evidence"))
    if f is None:
        return None
    mid = build.define(reader, "movement", f.get("id"))
    title = reader.text(f.get("title"), "title")
    purpose = reader.text(f.get("purpose"), "purpose")
    steps = reader.texts(f.get("steps"), "step")
    dose = _dose(reader, f.get("dose"))
    # Every movement says when to stop: a picture alone must never be all the advice.
    stop_if = reader.texts(f.get("stop_if"), "stop_if line")
    take_care = reader.texts(f.get("take_care"), "take_care line", allow_empty=True)
    levels = build.refs_list(reader, f.get("levels"), "level", "level")
    drawing = reader.identifier(f.get("drawing"), "drawing")
    evidence = _evidence(build, reader, f.get("evidence"))
    if mid is None or title is None or purpose is None or not steps or dose is None \
            or not stop_if or not levels or drawing is None or evidence is None \
            or "take_care" not in f:
        return None
    return Movement(id=mid, title=title, purpose=purpose, steps=steps, dose=dose,
                    stop_if=stop_if, take_care=take_care, levels=levels, drawing=drawing,
                    evidence=evidence)


def _dose(reader: FieldReader, node: Node | None) -> Dose | None:
    if node is None:
        return None
    f = reader.fields(node, "dose", ("times_a_day",), ("reps", "hold_seconds", "minutes"))
    if f is None:
        return None
    values: dict[str, int] = {}
    for name, value_node in f.items():
        low, high = DOSE_LIMITS[name]
        if value_node.kind != "scalar" or value_node.tag != "tag:yaml.org,2002:int":
            reader.problem(value_node, f"dose {name} should be a whole number, "
                                       f"not {value_node.type_name}")
            continue
        value = int(value_node.text)
        if not low <= value <= high:
            reader.problem(value_node, f"dose {name} {value} is outside {low} to {high}")
            continue
        values[name] = value
    if ("reps" in f) == ("minutes" in f):
        reader.problem(node, "dose needs either 'reps' or 'minutes' (one of them, not both)")
        return None
    if len(values) != len(f):
        return None
    return Dose(reps=values.get("reps", 0), hold_seconds=values.get("hold_seconds", 0),
                times_a_day=values["times_a_day"], minutes=values.get("minutes", 0))


def _check_references(build: _Build) -> None:
    used: set[tuple[str, str]] = set()
    files_with_problems = {p.file for p in build.problems}
    suggested = 0
    for ref in build.refs:
        used.add((ref.kind, ref.target))
        defined = build.defined.get(ref.kind, {})
        if ref.target in defined:
            continue
        if not defined and ref.kind in _KIND_FILES \
                and str(build.folder / _KIND_FILES[ref.kind]) in files_with_problems:
            continue  # its file is missing or broken: already reported there
        close: list[str] = []
        if suggested < MAX_SUGGESTIONS:
            suggested += 1
            close = difflib.get_close_matches(ref.target, list(defined), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        build.problems.append(Problem(
            ref.file, ref.node.line, ref.node.column,
            f"unknown {ref.kind} '{ref.target}' (not defined in {_KIND_FILES[ref.kind]}){hint}",
        ))
    if build.unread:
        return  # a source may be cited only in a file that could not be read
    sources_file = str(build.folder / "sources.yaml")
    for sid, node in build.defined.get("source", {}).items():
        if ("source", sid) not in used:
            build.problems.append(Problem(
                sources_file, node.line, node.column,
                f"source '{sid}' is never cited; cite it or remove it",
            ))


_KIND_FILES = {
    "source": "sources.yaml",
    "caution key": "cautions.yaml",
    "zone": "zones.yaml",
    "muscle": "muscles.yaml",
    "explanation": "explanations.yaml",
    "level": "regions.yaml",
}


def load_guide(folder: str | os.PathLike[str], artwork: Artwork) -> Content:
    """Load content and check it names the same places as the drawing."""
    content = load_content(folder)
    mismatches = artwork_mismatches(content, artwork)
    if mismatches:
        raise ContentError([Problem(artwork.path, 1, 1, m) for m in mismatches])
    return content
