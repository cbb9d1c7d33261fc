"""Load a content folder (YAML) into the typed guide, checking everything.

:func:`load_content` is the only entry point. It reads every file, checks
every field, then checks the references between files, and raises a single
:class:`ContentError` listing every problem found; nothing else escapes.
"""

from __future__ import annotations

import difflib
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
    Duration,
    Evidence,
    Explanation,
    Guide,
    Level,
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
)
from backguide.core.yamlread import Node, read_yaml

FILES = (
    "guide.yaml", "sources.yaml", "cautions.yaml", "zones.yaml", "muscles.yaml",
    "explanations.yaml", "regions.yaml", "steps.yaml", "red_flags.yaml",
)

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
    problems: list[Problem] = field(default_factory=list)
    refs: list[_Ref] = field(default_factory=list)
    defined: dict[str, dict[str, Node]] = field(default_factory=dict)

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
    build = _Build(path)
    if not path.is_dir():
        raise ContentError([Problem(str(path), 1, 1, "no such content folder")])
    present = [name for name in FILES if (path / name).is_file()]
    if not present:
        raise ContentError([Problem(
            str(path), 1, 1,
            "the folder holds no content files (expected " + ", ".join(FILES) + ")",
        )])
    def section(name: str, parse: Callable[[_Build, FieldReader, Node], T]) -> T | None:
        # Each file is read and turned into the model before the next is read,
        # so only one file's node tree is alive at a time.
        display = str(path / name)
        if name not in present:
            build.problems.append(Problem(display, 1, 1, "the file is missing"))
            return None
        root, problems = read_yaml(display, display)
        build.problems.extend(problems)
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

    _check_references(build)
    if build.problems or guide is None:
        raise ContentError(build.problems)
    levels = tuple(lv._replace(order=i) for i, lv in enumerate(levels))
    regions = tuple(
        Region(f"{lv.id}-{side.value}", lv, side)
        for lv in levels for side in (Side.LEFT, Side.RIGHT)
    )
    return Content(
        guide=guide,
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
    )


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
    return Evidence(EVIDENCE_GRADES[grade_id], summary, sources)


def _guide(build: _Build, reader: FieldReader, root: Node) -> Guide | None:
    f = reader.fields(root, "the guide", (
        "title", "version", "last_reviewed", "next_review", "disclaimer",
        "map_caveat", "map_caveat_sources", "core_messages", "see_a_professional",
    ), _GOVERNANCE)
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
    if last_reviewed and next_review and next_review <= last_reviewed:
        reader.problem(f["next_review"], "next_review should come after last_reviewed")
    if title is None or version is None or last_reviewed is None or next_review is None \
            or disclaimer is None or map_caveat is None \
            or len(f) - sum(key in f for key in _GOVERNANCE) < 9:
        return None
    return Guide(title=title, version=version, last_reviewed=last_reviewed,
                 next_review=next_review, disclaimer=disclaimer, map_caveat=map_caveat,
                 map_caveat_sources=map_caveat_sources, core_messages=tuple(messages),
                 see_a_professional=see_a_professional,
                 publisher=governance["publisher"] or "",
                 reviewer=governance["reviewer"] or "",
                 conflict_of_interest=governance["conflict_of_interest"] or "")


# Optional fields of guide.yaml saying who stands behind the content.
_GOVERNANCE = ("publisher", "reviewer", "conflict_of_interest")


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
    f = reader.fields(node, "a zone", ("id", "name", "surface", "sided", "description"))
    if f is None:
        return None
    zid = build.define(reader, "zone", f.get("id"))
    name = reader.text(f.get("name"), "name")
    surface = reader.choice(f.get("surface"), "surface", [s.value for s in Surface])
    sided = reader.boolean(f.get("sided"), "sided")
    description = reader.text(f.get("description"), "description")
    if zid is None or name is None or surface is None or sided is None or description is None:
        return None
    return Zone(id=zid, name=name, surface=Surface(surface), sided=sided,
                description=description)


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
        cf = reader.fields(item, "a caution", ("text",), ("keys", "sources", "levels"))
        if cf is None:
            continue
        text = reader.text(cf.get("text"), "caution text")
        keys = build.refs_list(reader, cf.get("keys"), "caution key", "caution key")
        sources = build.refs_list(reader, cf.get("sources"), "source", "source")
        caution_levels = build.refs_list(reader, cf.get("levels"), "level", "level",
                                         allow_empty=True)
        if text is not None:
            cautions.append(Caution(text, keys, sources, caution_levels))
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


def _check_references(build: _Build) -> None:
    used: set[tuple[str, str]] = set()
    for ref in build.refs:
        used.add((ref.kind, ref.target))
        defined = build.defined.get(ref.kind, {})
        if ref.target in defined:
            continue
        if not build.defined.get(ref.kind) and ref.kind in _KIND_FILES \
                and not _file_parsed(build, ref.kind):
            continue  # its file is missing or broken: already reported there
        close = difflib.get_close_matches(ref.target, list(defined), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        build.problems.append(Problem(
            ref.file, ref.node.line, ref.node.column,
            f"unknown {ref.kind} '{ref.target}' (not defined in {_KIND_FILES[ref.kind]}){hint}",
        ))
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


def _file_parsed(build: _Build, kind: str) -> bool:
    name = str(build.folder / _KIND_FILES[kind])
    return not any(p.file == name for p in build.problems)


def load_guide(folder: str | os.PathLike[str], artwork: Artwork) -> Content:
    """Load content and check it names the same places as the drawing."""
    content = load_content(folder)
    mismatches = artwork_mismatches(content, artwork)
    if mismatches:
        raise ContentError([Problem(artwork.path, 1, 1, m) for m in mismatches])
    return content
