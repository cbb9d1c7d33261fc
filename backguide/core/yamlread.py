"""A strict YAML reader that keeps the line and column of every value.

PyYAML's ``safe_load`` keeps the last of two duplicate keys without a word
and expands aliases (an alias bomb can exhaust memory). Content files need
neither, so this reader builds its own small tree straight from the safe
parser's events: an anchor or alias is an error, a duplicate key is an error,
and every node remembers where it was written so a later check can say
``file:line:column``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Protocol

import yaml

from backguide.core.errors import Problem

MAX_FILE_BYTES = 1_000_000

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"

SCALAR = "scalar"
SEQUENCE = "sequence"
MAPPING = "mapping"


_NO_ITEMS: list[Node] = []
_NO_PAIRS: dict[str, tuple[Node, Node]] = {}


class Node:
    """A YAML value with its position (1-based line and column)."""

    __slots__ = ("kind", "line", "column", "tag", "text", "items", "pairs")

    def __init__(self, kind: str, line: int, column: int, tag: str = "", text: str = "",
                 items: list[Node] | None = None,
                 pairs: dict[str, tuple[Node, Node]] | None = None) -> None:
        self.kind = kind
        self.line = line
        self.column = column
        self.tag = tag
        self.text = text  # scalars only
        # Only sequences and mappings get containers of their own; scalars, by
        # far the most numerous nodes, share these empty ones (never filled).
        self.items = _NO_ITEMS if items is None else items  # sequences only
        self.pairs = _NO_PAIRS if pairs is None else pairs  # mappings only

    @property
    def type_name(self) -> str:
        if self.kind != SCALAR:
            return {SEQUENCE: "a list", MAPPING: "a set of fields"}[self.kind]
        return _TYPE_NAMES.get(self.tag, "text")


_TYPE_NAMES = {
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "true/false",
    "tag:yaml.org,2002:null": "nothing (an empty value)",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:str": "text",
}


_ALLOWED_TAGS = {*_TYPE_NAMES, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") \
        else tag


class _Mark(Protocol):
    """A position in the text, from either the C or the pure-Python parser."""

    line: int
    column: int


class _Reject(Exception):
    def __init__(self, mark: _Mark | None, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


def _pos(mark: _Mark | None) -> tuple[int, int]:
    if mark is None:
        return 1, 1
    return mark.line + 1, mark.column + 1


def read_yaml(path: str, display_name: str) -> tuple[Node | None, list[Problem]]:
    """Read one YAML file into a :class:`Node` tree.

    Returns ``(None, problems)`` when the file cannot be read as strict YAML;
    never raises for anything a content author can put in a file.
    """
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        return None, [Problem(display_name, 1, 1, f"cannot read the file: {exc.strerror}")]
    if size > MAX_FILE_BYTES:
        return None, [Problem(
            display_name, 1, 1,
            f"the file is {size / 1_000_000:.1f} MB; content files are limited to "
            f"{MAX_FILE_BYTES // 1_000_000} MB",
        )]
    try:
        with open(path, "rb") as stream:
            raw = stream.read()
    except OSError as exc:
        return None, [Problem(display_name, 1, 1, f"cannot read the file: {exc.strerror}")]
    return parse_yaml(raw, display_name)


def parse_yaml(raw: bytes, display_name: str) -> tuple[Node | None, list[Problem]]:
    """Parse YAML bytes (UTF-8) strictly; see :func:`read_yaml`."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [Problem(
            display_name, line, column,
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
            "save it as UTF-8",
        )]
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None, [Problem(display_name, 1, 1, "the file is empty")]
    try:
        composer = _Composer(iter(yaml.parse(text, Loader=_Parser)))
        root = composer.document()
    except _Reject as exc:
        line, column = _pos(exc.mark)
        return None, [Problem(display_name, line, column, exc.message)]
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow (NUL, a control character): its place
        # is known as an offset into the text, not as a mark.
        preceding = text[: exc.position]
        line = preceding.count("\n") + 1
        column = exc.position - (preceding.rfind("\n") + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return None, [Problem(display_name, line, column,
                              f"the character U+{code:04X} is not allowed in a content "
                              "file; remove it")]
    except yaml.MarkedYAMLError as exc:
        line, column = _pos(exc.problem_mark or exc.context_mark)
        what = " ".join(str(s) for s in (exc.context, exc.problem) if s)
        return None, [Problem(display_name, line, column, f"YAML syntax error: {what}")]
    except yaml.YAMLError as exc:
        return None, [Problem(display_name, 1, 1, f"YAML syntax error: {exc}")]
    except RecursionError:
        return None, [Problem(display_name, 1, 1, "the file is nested too deeply")]
    if composer.problems:
        return None, [Problem(display_name, *_pos(mark), message)
                      for mark, message in composer.problems]
    if root is None:
        return None, [Problem(display_name, 1, 1, "the file is empty")]
    return root, []


_MAX_DEPTH = 64


class _Composer:
    """Builds :class:`Node` trees from parser events, noting every rule broken."""

    def __init__(self, events: Iterator[yaml.Event]) -> None:
        self.events = events
        self.problems: list[tuple[_Mark | None, str]] = []

    def document(self) -> Node | None:
        root: Node | None = None
        documents = 0
        for event in self.events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _Reject(event.start_mark,
                                  "only one YAML document per file (remove the extra '---')")
                root = self.node(next(self.events), 0)
        return root

    @staticmethod
    def scalar(event: yaml.ScalarEvent, line: int, column: int) -> Node:
        tag = event.tag
        if tag is None or tag == "!":
            # Quoted and block scalars are always text; only plain ones need resolving.
            tag = (_RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
                   if event.implicit[0] else _STR_TAG)
        return Node(SCALAR, line, column, tag=tag, text=event.value)

    def node(self, event: yaml.Event, depth: int) -> Node:
        if depth > _MAX_DEPTH:
            raise _Reject(event.start_mark, "the file is nested too deeply")
        mark = event.start_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        tag = getattr(event, "tag", None)
        if type(event) is yaml.ScalarEvent and event.anchor is None \
                and (tag is None or tag == "!"):  # the common case first
            return self.scalar(event, line, column)
        if tag is not None and tag != "!" and tag not in _ALLOWED_TAGS:
            # !!python/name:... and friends: content is data, never code.
            self.problems.append((event.start_mark, f"the tag '{_short_tag(tag)}' is not allowed "
                                                    "in content files; remove it"))
        if isinstance(event, yaml.AliasEvent):
            self.problems.append((event.start_mark,
                                  f"aliases (*{event.anchor}) are not allowed; write the value out"))
            return Node(SCALAR, line, column, tag="tag:yaml.org,2002:null")
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.problems.append((event.start_mark,
                                  f"anchors (&{anchor}) are not allowed; write the value out"))
        if isinstance(event, yaml.ScalarEvent):
            return self.scalar(event, line, column)
        if isinstance(event, yaml.SequenceStartEvent):
            node = Node(SEQUENCE, line, column, tag="tag:yaml.org,2002:seq", items=[])
            for child in self.events:
                if isinstance(child, yaml.SequenceEndEvent):
                    return node
                node.items.append(self.node(child, depth + 1))
        elif isinstance(event, yaml.MappingStartEvent):
            node = Node(MAPPING, line, column, tag="tag:yaml.org,2002:map", pairs={})
            for key_event in self.events:
                if isinstance(key_event, yaml.MappingEndEvent):
                    return node
                key = self.node(key_event, depth + 1)
                value = self.node(next(self.events), depth + 1)
                if key.kind != SCALAR:
                    self.problems.append((key_event.start_mark,
                                          "a field name must be plain text"))
                elif key.text in node.pairs:
                    first = node.pairs[key.text][0]
                    self.problems.append((
                        key_event.start_mark,
                        f"duplicate field '{key.text}' (first given on line {first.line})",
                    ))
                else:
                    node.pairs[key.text] = (key, value)
        raise _Reject(event.start_mark, "unexpected YAML structure")
