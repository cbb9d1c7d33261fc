"""Typed reading of YAML nodes, noting every mistake with its place.

A :class:`FieldReader` belongs to one content file. Each method checks one
node against the shape it should have and returns the Python value, or
``None`` after recording a :class:`Problem`; so one pass over a file finds
every mistake in it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable

from backguide.core.errors import Problem
from backguide.core.yamlread import MAPPING, SCALAR, SEQUENCE, Node

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_DATE = "tag:yaml.org,2002:timestamp"
_MAX_TEXT = 5000


class FieldReader:
    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.file, node.line, node.column, message))

    def fields(self, node: Node, what: str, required: Iterable[str],
               optional: Iterable[str] = ()) -> dict[str, Node] | None:
        """The fields of a mapping, after checking for unknown and missing ones."""
        if node.kind != MAPPING:
            self.problem(node, f"{what} should be a set of fields, not {node.type_name}")
            return None
        required = tuple(required)
        known = (*required, *optional)
        found: dict[str, Node] = {}
        for name, (key, value) in node.pairs.items():
            if name in known:
                found[name] = value
                continue
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known fields: {', '.join(known)}"
            self.problem(key, f"unknown field '{name}' in {what}{hint}")
        missing = [name for name in required if name not in found]
        if missing:
            names = ", ".join(f"'{m}'" for m in missing)
            self.problem(node, f"{what} is missing {names}")
        return found

    def items(self, node: Node, what: str) -> list[Node]:
        if node.kind != SEQUENCE:
            self.problem(node, f"{what} should be a list, not {node.type_name}")
            return []
        return node.items

    def text(self, node: Node | None, what: str, *, allow_empty: bool = False) -> str | None:
        if node is None:
            return None
        if node.kind != SCALAR or node.tag != _STR:
            hint = " (put it in quotes)" if node.kind == SCALAR else ""
            self.problem(node, f"{what} should be text, not {node.type_name}{hint}")
            return None
        value = node.text.strip()
        if not value and not allow_empty:
            self.problem(node, f"{what} is empty")
            return None
        if len(value) > _MAX_TEXT:
            self.problem(node, f"{what} is {len(value)} characters long; the limit is {_MAX_TEXT}")
            return None
        return " ".join(value.split()) if "\n" in value else value

    def texts(self, node: Node | None, what: str, *, allow_empty: bool = False) -> tuple[str, ...]:
        if node is None:
            return ()
        values = (self.text(item, what) for item in self.items(node, f"{what} list"))
        result = tuple(v for v in values if v is not None)
        if not result and not allow_empty and node.kind == SEQUENCE:
            self.problem(node, f"{what} list is empty")
        return result

    def identifier(self, node: Node | None, what: str) -> str | None:
        value = self.text(node, what)
        if value is None or node is None:
            return None
        if not ID_PATTERN.match(value):
            self.problem(node, f"{what} '{value}' should be lower-case words joined by "
                               "hyphens (like 'lower-back')")
            return None
        return value

    def choice(self, node: Node | None, what: str, choices: Iterable[str]) -> str | None:
        value = self.text(node, what)
        if value is None or node is None:
            return None
        choices = tuple(choices)
        if value not in choices:
            self.problem(node, f"{what} '{value}' is not one of: {', '.join(choices)}")
            return None
        return value

    def boolean(self, node: Node | None, what: str) -> bool | None:
        if node is None:
            return None
        if node.kind != SCALAR or node.tag != _BOOL:
            self.problem(node, f"{what} should be true or false, not {node.type_name}")
            return None
        return node.text.lower() in ("true", "yes", "on")

    def date(self, node: Node | None, what: str) -> dt.date | None:
        if node is None:
            return None
        if node.kind == SCALAR and node.tag in (_DATE, _STR):
            try:
                return dt.date.fromisoformat(node.text.strip())
            except ValueError:
                pass
        self.problem(node, f"{what} should be a date written as YYYY-MM-DD")
        return None
