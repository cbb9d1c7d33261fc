"""Check that a translated content folder says the same things as the folder it was translated from.

A translation (``content/es``) may reword every piece of prose, but it must
keep the same items with the same ids, evidence grades, sources, levels,
urgency tiers, zones, doses and drawings as its source (``content/en``), in
the same order, and it must say which version of the source it translates.
:func:`translation_problems` lists every difference, each at its place in the
translated folder. Which fields are prose is decided in one table,
:data:`backguide.core.field_kinds.FIELD_KINDS`.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from backguide.core.content import FILES, OPTIONAL_FILES
from backguide.core.errors import Problem
from backguide.core.field_kinds import FieldKind, field_kind
from backguide.core.translation import LOCALE_PATTERN
from backguide.core.wording import EMERGENCY_KEY, WORDING_FILE
from backguide.core.yamlread import MAPPING, SCALAR, SEQUENCE, Node, read_yaml

LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German",
                  "it": "Italian", "pt": "Portuguese", "ca": "Catalan", "nl": "Dutch"}

# What one item of each file is called in a message.
_ITEM_NAMES = {
    "sources.yaml": "source", "cautions.yaml": "caution key", "zones.yaml": "zone",
    "muscles.yaml": "muscle", "explanations.yaml": "explanation",
    "regions.yaml": "region level", "steps.yaml": "step", "red_flags.yaml": "red flag",
    "exercises.yaml": "movement",
}
_TRANSLATED = (FieldKind.PROSE, FieldKind.NAME)


def language_name(code: str) -> str:
    """"English" for ``en``; a code the table does not know is shown quoted."""
    return LANGUAGE_NAMES.get(code.split("-")[0], f"'{code}'")


def translation_problems(folder: str | os.PathLike[str],
                         source: str | os.PathLike[str] | None = None) -> list[Problem]:
    """Every difference between a translated folder and its source, other than in prose.

    ``source`` defaults to the folder named by ``translation.from`` in the
    folder's guide.yaml, next to it (``content/es`` -> ``content/en``).
    Without a ``translation`` block and without ``source``, the folder is
    not a translation and there is nothing to compare. Mistakes the content
    loader reports (a missing or unreadable file, a malformed translation
    block) are left to it.
    """
    translated = Path(folder)
    if not _is_dir(translated):
        return []  # the content check says why the folder cannot be read
    guide_file = str(translated / "guide.yaml")
    guide, _ = read_yaml(guide_file, guide_file)
    block = _field(guide, "translation")
    from_node = _field(block, "from")
    code = from_node.text.strip() if from_node is not None and from_node.kind == SCALAR else ""
    if not LOCALE_PATTERN.match(code):
        code = ""  # not a translation, or a malformed block the content check reports
    if source is None:
        if not code or from_node is None:
            return []
        # "." or "..": the folder's own name is needed to find the one next to it
        here = translated.resolve() if translated.name in ("", "..") else translated
        origin = here.parent / code
        if not _is_dir(origin):
            return [Problem(guide_file, from_node.line, from_node.column,
                            f"there is no '{code}' content folder next to this one to compare the "
                            f"translation with (looked for {origin})")]
        if origin.resolve() == translated.resolve():
            return [Problem(guide_file, from_node.line, from_node.column,
                            f"the translation names its own folder '{code}' as its source")]
    else:
        origin = Path(source)
        if not _is_dir(origin):
            return [Problem(str(origin), 1, 1, "no such content folder to compare with")]
    language = language_name(code or origin.name)
    problems: list[Problem] = []
    for name in (*FILES, *OPTIONAL_FILES):
        problems += _compare_file(origin / name, translated / name, name, language)
    problems += _compare_wording(origin / WORDING_FILE, translated / WORDING_FILE, language)
    problems += _stale_version(guide, block, origin, guide_file, language)
    return sorted(problems)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long, a folder that cannot be read
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _field(node: Node | None, key: str) -> Node | None:
    if node is None or node.kind != MAPPING or key not in node.pairs:
        return None
    return node.pairs[key][1]


def _stale_version(guide: Node | None, block: Node | None, origin: Path, guide_file: str,
                   language: str) -> list[Problem]:
    version_node = _field(block, "from_version")
    source_file = origin / "guide.yaml"
    if version_node is None or version_node.kind != SCALAR or not _is_file(source_file):
        return []
    source_guide, _ = read_yaml(str(source_file), str(source_file))
    source_version = _field(source_guide, "version")
    if source_version is None or source_version.kind != SCALAR:
        return []
    translates, current = version_node.text.strip(), source_version.text.strip()
    if translates == current:
        return []
    return [Problem(guide_file, version_node.line, version_node.column,
                    f"translates {translates} but the {language} content is {current}; "
                    f"bring the translation up to date, then change from_version")]


def _compare_file(source: Path, translated: Path, name: str, language: str) -> list[Problem]:
    if not _is_file(translated):
        if _is_file(source) and name in OPTIONAL_FILES:  # a missing required file: the loader says
            return [Problem(str(translated), 1, 1,
                            f"the {language} content has {name} ({source}); translate it too")]
        return []
    if not _is_file(source):
        return [Problem(str(translated), 1, 1,
                        f"this file is not in the {language} content ({source.parent})")]
    source_root, _ = read_yaml(str(source), str(source))
    translated_root, _ = read_yaml(str(translated), str(translated))
    if source_root is None or translated_root is None:
        return []  # not valid YAML: the content check reports it
    comparison = _Comparison(name, str(source), str(translated), language)
    comparison.compare(source_root, translated_root, ())
    return comparison.problems


def _compare_wording(source: Path, translated: Path, language: str) -> list[Problem]:
    """Every wording key the source has and the translation lacks.

    The translation's own mistakes (a key the app does not use, a changed
    placeholder) are the content loader's to report; here only what is left
    untranslated, each at the key it should come before.
    """
    if not _is_file(source):
        return []
    if not _is_file(translated):
        return [Problem(str(translated), 1, 1,
                        f"the {language} content has {WORDING_FILE} ({source}); translate it "
                        f"too (until then the app's own words are in {language})")]
    source_root, _ = read_yaml(str(source), str(source))
    translated_root, _ = read_yaml(str(translated), str(translated))
    if source_root is None or translated_root is None or translated_root.kind != MAPPING:
        return []  # not valid YAML, or not a set of keys: the content check reports it
    wanted = _wording_keys(source_root)
    have = _wording_keys(translated_root)
    order = list(wanted)
    problems = []
    for index, key in enumerate(order):
        if key in have:
            continue
        later = (have[k] for k in order[index + 1:] if k in have)
        at = next(later, None) or translated_root
        node = wanted[key]
        problems.append(Problem(str(translated), at.line, at.column,
                                f"wording '{key}' is missing; the {language} content has it "
                                f"({source}:{node.line}:{node.column}), and its words are "
                                f"used until it is translated"))
    return problems


def _wording_keys(root: Node) -> dict[str, Node]:
    """Each key of a wording file (dotted: ``sections.what_may_help``) and its key's node."""
    keys: dict[str, Node] = {}
    stack: list[tuple[str, Node]] = [("", root)]
    while stack:
        prefix, node = stack.pop()
        if node.kind != MAPPING:
            continue
        for name, (key_node, value) in reversed(node.pairs.items()):
            key = f"{prefix}.{name}" if prefix else name
            if value.kind == MAPPING and key != EMERGENCY_KEY:
                stack.append((key, value))
            else:
                keys[key] = key_node
    return dict(sorted(keys.items(), key=lambda item: (item[1].line, item[1].column)))


@dataclass
class _Comparison:
    """One file of the source against the same file of the translation."""

    name: str
    source_file: str
    file: str
    language: str
    problems: list[Problem] = field(default_factory=list)

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.file, node.line, node.column, message))

    def where(self, node: Node) -> str:
        return f"{self.source_file}:{node.line}:{node.column}"

    def compare(self, source: Node, translated: Node, path: tuple[str, ...]) -> None:
        kind = field_kind(self.name, path)
        if kind is FieldKind.EDITION:
            return
        if source.kind != translated.kind:
            self.problem(translated, f"{_label(path)} is {translated.type_name} here but "
                                     f"{source.type_name} in the {self.language} content "
                                     f"({self.where(source)})")
        elif source.kind == MAPPING:
            self.compare_fields(source, translated, path)
        elif source.kind == SEQUENCE:
            self.compare_lists(source, translated, path, kind)
        elif kind not in _TRANSLATED and _value(source) != _value(translated):
            self.problem(translated, f"{_label(path)} is {_shown(translated)} here but "
                                     f"{_shown(source)} in the {self.language} content "
                                     f"({self.where(source)})")

    def compare_fields(self, source: Node, translated: Node, path: tuple[str, ...]) -> None:
        for key, (key_node, _) in translated.pairs.items():
            if key not in source.pairs and field_kind(self.name, (*path, key)) is not FieldKind.EDITION:
                self.problem(key_node, f"field '{_label((*path, key))}' is not in the "
                                       f"{self.language} content ({self.where(source)})")
        for key, (key_node, value) in source.pairs.items():
            if key in translated.pairs:
                self.compare(value, translated.pairs[key][1], (*path, key))
            elif field_kind(self.name, (*path, key)) is not FieldKind.EDITION:
                self.problem(translated, f"field '{_label((*path, key))}' is missing; the "
                                         f"{self.language} content has it ({self.where(key_node)})")

    def compare_lists(self, source: Node, translated: Node, path: tuple[str, ...],
                      kind: FieldKind | None) -> None:
        if _ids(source) is not None and _ids(translated) is not None:
            self.compare_items(source, translated, path)
        elif kind not in _TRANSLATED and all(n.kind == SCALAR for n in source.items) \
                and all(n.kind == SCALAR for n in translated.items):
            self.compare_values(source, translated, path)
        else:
            if len(source.items) != len(translated.items):
                self.problem(translated, f"{_label(path)} has {len(translated.items)} "
                                         f"item{_s(len(translated.items))} here but "
                                         f"{len(source.items)} in the {self.language} content "
                                         f"({self.where(source)})")
            for source_item, translated_item in zip(source.items, translated.items, strict=False):
                self.compare(source_item, translated_item, path)

    def compare_items(self, source: Node, translated: Node, path: tuple[str, ...]) -> None:
        """Items with ids, matched by id: each present in both, in the same order."""
        source_ids, translated_ids = _ids(source) or {}, _ids(translated) or {}
        what = _ITEM_NAMES.get(self.name, "item") if not path else "item"
        for item_id, item in translated_ids.items():
            if item_id not in source_ids:
                self.problem(item.pairs["id"][1], f"{what} '{item_id}' is not in the "
                                                  f"{self.language} content ({self.source_file})")
        order = list(source_ids)
        for index, item_id in enumerate(order):
            if item_id in translated_ids:
                continue
            later = (translated_ids[i] for i in order[index + 1:] if i in translated_ids)
            at = next(later, translated.items[-1] if translated.items else translated)
            self.problem(at, f"{what} '{item_id}' is missing; the {self.language} content has "
                             f"it at {self.where(source_ids[item_id])}")
        for item_id, item in source_ids.items():
            if item_id in translated_ids:
                self.compare_fields(item, translated_ids[item_id], path)
        in_source = [i for i in source_ids if i in translated_ids]
        in_translation = [i for i in translated_ids if i in source_ids]
        for here, there in zip(in_translation, in_source, strict=True):
            if here != there:
                self.problem(translated_ids[here], f"{what} '{here}' is out of order: the "
                                                   f"{self.language} content has '{there}' here "
                                                   f"({self.where(source_ids[there])}); keep "
                                                   "the items in the same order")
                break

    def compare_values(self, source: Node, translated: Node, path: tuple[str, ...]) -> None:
        """A list of ids or other fixed values: the same values, in the same order."""
        wanted = [_value(n) for n in source.items]
        shown = "[" + ", ".join(n.text.strip() for n in source.items) + "]"
        extra = Counter(_value(n) for n in translated.items) - Counter(wanted)
        for node in translated.items:
            if extra[_value(node)] > 0:
                extra[_value(node)] -= 1
                self.problem(node, f"{_label(path)}: '{node.text.strip()}' is not in the "
                                   f"{self.language} list {shown} ({self.where(source)})")
        missing = Counter(wanted) - Counter(_value(n) for n in translated.items)
        if missing:
            names = ", ".join(f"'{n.text.strip()}'" for n in source.items
                              if missing[_value(n)] > 0)
            self.problem(translated, f"{_label(path)} lacks {names}; the {self.language} "
                                     f"list is {shown} ({self.where(source)})")
        elif not extra and [_value(n) for n in translated.items] != wanted:
            self.problem(translated, f"{_label(path)} is in a different order from the "
                                     f"{self.language} list {shown} ({self.where(source)})")


def _ids(node: Node) -> dict[str, Node] | None:
    """The items of a list by id, if every item has one (the first of two equal ids wins)."""
    items: dict[str, Node] = {}
    for item in node.items:
        id_node = _field(item, "id")
        if id_node is None or id_node.kind != SCALAR:
            return None
        items.setdefault(id_node.text.strip(), item)
    return items if node.items else None


def _value(node: Node) -> tuple[str, str]:
    """What a fixed value means, so ``5`` and ``05``, or ``true`` and ``yes``, are equal."""
    text = " ".join(node.text.split())
    if node.tag == "tag:yaml.org,2002:int":
        try:
            return "number", str(int(text.replace("_", "")))
        except ValueError:  # 0x1F and other rare spellings: compared as written
            return "number", text
    if node.tag == "tag:yaml.org,2002:bool":
        return "bool", str(text.lower() in ("true", "yes", "on"))
    return "text", text


def _shown(node: Node) -> str:
    text = " ".join(node.text.split())
    return text if node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:bool") else f"'{text}'"


def _label(path: tuple[str, ...]) -> str:
    return ".".join(path) or "this file"


def _s(count: int) -> str:
    return "" if count == 1 else "s"
