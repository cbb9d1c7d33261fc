"""Reading the interface's translations (``.ts``) and the calls in the code that need them.

Plain Python (XML and ``ast``), no Qt: the unit tests use it, and so do the
UI tests that compare the compiled ``.qm`` with its ``.ts``.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "backguide"
TRANSLATIONS = PACKAGE / "translations"
# The code whose words the person sees: the Qt views and the app's start.
INTERFACE_SOURCES = (PACKAGE / "app.py", PACKAGE / "ui")

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%Ln|%\d")


@dataclass(frozen=True)
class Message:
    """One message of a ``.ts`` file (or one call in the code)."""

    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.disambiguation


@dataclass
class Translated:
    message: Message
    kind: str  # "" when finished; "unfinished", "obsolete", "vanished"
    forms: list[str] = field(default_factory=list)  # one, or each plural form


def read_ts(path: Path) -> list[Translated]:
    """Every message of a Qt Linguist ``.ts`` file, with its translation."""
    tree = ElementTree.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (path, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            forms = ([form.text or "" for form in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            found.append(Translated(
                Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                        numerus),
                translation.get("type", ""), forms))
    return found


def ts_language(path: Path) -> str:
    return ElementTree.parse(path).getroot().get("language", "")


def _python_files() -> list[Path]:
    files: list[Path] = []
    for source in INTERFACE_SOURCES:
        files += sorted(source.rglob("*.py")) if source.is_dir() else [source]
    return files


def _text(node: ast.expr) -> str | None:
    """A literal string (implicit concatenation is one constant to ``ast``)."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


@dataclass
class Call:
    """A translation call in the code: what ``lupdate`` should find there."""

    message: Message
    where: str
    literal: bool  # its context and words are plain string literals (no f-string)
    through_tr: bool  # self.tr(), whose context is its class


def translation_calls() -> list[Call]:
    """Every ``translate("Context", ...)``, ``self.tr(...)`` and ``QT_TRANSLATE_NOOP`` call
    in the interface's code, with the message it asks for."""
    calls: list[Call] = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        _visit(tree, "", path.relative_to(ROOT).as_posix(), calls)
    return calls


def _visit(node: ast.AST, cls: str, where: str, calls: list[Call]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _visit(child, child.name, where, calls)
            continue
        if isinstance(child, ast.Call):
            found = _call(child, cls)
            if found is not None:
                message, literal = found
                through_tr = isinstance(child.func, ast.Attribute) and child.func.attr == "tr"
                calls.append(Call(message, f"{where}:{child.lineno}", literal, through_tr))
        _visit(child, cls, where, calls)


def _call(call: ast.Call, cls: str) -> tuple[Message, bool] | None:
    func = call.func
    args = call.args
    if isinstance(func, ast.Attribute) and func.attr == "tr" \
            and isinstance(func.value, ast.Name) and func.value.id == "self":
        if not args:
            return None
        source, rest = _text(args[0]), args[1:]
        context: str | None = cls
    elif isinstance(func, ast.Name) and func.id in ("translate", "QT_TRANSLATE_NOOP") \
            or isinstance(func, ast.Attribute) and func.attr == "translate" \
            and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication":
        if len(args) < 2 or not (isinstance(args[0], ast.Constant | ast.JoinedStr)):
            return None  # QPainter.translate(x, y) and the like
        context, source, rest = _text(args[0]), _text(args[1]), args[2:]
    else:
        return None
    disambiguation = _text(rest[0]) if rest else ""
    literal = source is not None and context is not None and disambiguation is not None \
        and not call.keywords
    return Message(context or "", source or "", disambiguation or "", numerus=len(rest) >= 2), literal
