"""The words BackGuide writes itself, in the guide's language (``content/<lang>/wording.yaml``).

Most of what a person reads comes from the content files; the rest (headings,
labels, the sentences around the content, dates, the emergency numbers) is
written by the core. Those words live in each content folder's
``wording.yaml`` as keys (``sections.what_may_help``) with text, where
``{name}`` marks a value the app fills in. :class:`Words` gives them out.

The app's own English (the shipped ``content/en/wording.yaml``) is the
reference: a wording file may only use its keys, and each text must keep
exactly its ``{placeholders}``. A key a folder lacks is taken from the app's
English; that is never silent: :attr:`Words.fallen_back` lists every key
given in English, and ``backguide check`` reports each key a translation
lacks.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from backguide.core.errors import Problem

if TYPE_CHECKING:
    from backguide.core.yamlread import Node

# The guide's words travel in the cached guide: a warm start reads no YAML,
# so the YAML reader (and difflib) are imported only when a file is read.

WORDING_FILE = "wording.yaml"
EMERGENCY_KEY = "emergency_numbers"
_KEY_PART = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_STR = "tag:yaml.org,2002:str"
_MAPPING, _SCALAR, _SEQUENCE = "mapping", "scalar", "sequence"  # as yamlread names them


def escape(text: str) -> str:
    """Exactly ``html.escape(text)``: ``& < > " '`` become character references.

    The html package builds its entity tables and compiles a regular
    expression when first imported, a noticeable part of the app's start-up
    for the few strings of the welcome page; these five replacements are all
    that escaping needs.
    """
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


class Html(str):
    """Text that is already HTML: :meth:`Words.html` puts it in as it is, unescaped."""

    __slots__ = ()


class EmergencyNumber(NamedTuple):
    """An emergency telephone number, where it works, and the countries it comes first for."""

    number: str
    where: str
    countries: tuple[str, ...]  # empty: first wherever no other number names the country


Value = str | tuple[str, ...]


class Words:
    """The wording of one language, with the app's English behind it for any key it lacks."""

    def __init__(self, language: str, values: Mapping[str, Value],
                 emergency_numbers: tuple[EmergencyNumber, ...] = (),
                 fallback: Words | None = None, file: str = "") -> None:
        self.language = language
        self.file = file  # the wording file read ("" when the folder has none)
        self._values = dict(values)
        self._emergency = emergency_numbers
        self.fallback = fallback
        # Every key given in the fallback's English so far: a test of a finished
        # translation expects none, and a release shows no half-translated page.
        self.fallen_back: set[str] = set()

    def __repr__(self) -> str:
        return f"Words({self.language!r}, {len(self._values)} keys, file={self.file!r})"

    @property
    def keys(self) -> frozenset[str]:
        """The keys this language's own file gives (its fallback's not included)."""
        return frozenset(self._values) | ({EMERGENCY_KEY} if self._emergency else frozenset())

    def has(self, key: str) -> bool:
        """Whether there are words for ``key``, here or in the fallback."""
        return key in self._values or (self.fallback is not None and self.fallback.has(key))

    def missing(self) -> list[str]:
        """The keys of the fallback that this language's file lacks, sorted."""
        if self.fallback is None:
            return []
        return sorted(self.fallback.keys - self.keys)

    def _value(self, key: str) -> Value:
        value = self._values.get(key)
        if value is not None:
            return value
        if self.fallback is None:
            raise KeyError(f"no wording for '{key}'")
        self.fallen_back.add(key)
        return self.fallback._value(key)

    def _filled(self, key: str, values: Mapping[str, object], html: bool) -> str:
        template = self._value(key)
        if not isinstance(template, str):
            raise TypeError(f"the wording '{key}' is a list; use items()")
        if html:
            template = _BOLD.sub(r"<b>\1</b>", escape(template))
        try:
            return template.format_map(values)
        except (KeyError, ValueError, IndexError, AttributeError):
            # A placeholder the app does not fill in: `backguide check` names it;
            # until it is mended the English says what the app means.
            if self.fallback is None or key not in self._values:
                raise
            self.fallen_back.add(key)
            return self.fallback._filled(key, values, html)

    def text(self, key: str, /, **values: object) -> str:
        """The plain text of ``key`` with its ``{placeholders}`` filled in from ``values``."""
        return self._filled(key, values, html=False)

    def html(self, key: str, /, **values: object) -> str:
        """``key`` as rich text: the words escaped, ``**words**`` in bold, and the values
        escaped too unless they are :class:`Html` already."""
        return self._filled(key, {name: value if isinstance(value, Html) else escape(str(value))
                                  for name, value in values.items()}, html=True)

    def count(self, key: str, number: int, /, **values: object) -> str:
        """``key.one`` for 1, else ``key.other``, with ``{count}`` filled in."""
        return self.text(f"{key}.{'one' if number == 1 else 'other'}", count=number, **values)

    def items(self, key: str) -> tuple[str, ...]:
        """A list of words, such as the names of the months."""
        value = self._value(key)
        if isinstance(value, str):
            raise TypeError(f"the wording '{key}' is text, not a list")
        return value

    def date(self, day: dt.date) -> str:
        """A date as people write it in this language: "1 December 2026", "1 de diciembre de 2026"."""
        return self.text("dates.long", day=day.day, month=self.items("dates.months")[day.month - 1],
                         year=day.year)

    def month_day(self, day: dt.date) -> str:
        """A day and its month, without the year: "28 November"."""
        return self.text("dates.day_month", day=day.day,
                         month=self.items("dates.months")[day.month - 1])

    def date_time(self, moment: dt.datetime) -> str:
        """A moment in short: "Tue 3 Nov 2026, 08:30" (on the moment's own clock)."""
        return self.text("dates.short_date_time",
                         weekday=self.items("dates.weekdays_short")[moment.weekday()],
                         day=moment.day, month=self.items("dates.months_short")[moment.month - 1],
                         year=moment.year, time=f"{moment:%H:%M}")

    def decimal(self, value: float, places: int = 1) -> str:
        """A number with ``places`` decimals, written with this language's decimal mark."""
        return f"{value:.{places}f}".replace(".", self.text("numbers.decimal_mark"))

    def join(self, names: Iterable[str]) -> str:
        """Names as a list in a sentence: "a, b and c"."""
        names = list(names)
        if len(names) <= 1:
            return "".join(names)
        return self.text("lists.and", first=self.series(names[:-1]), next=names[-1])

    def series(self, names: Iterable[str], key: str = "lists.comma") -> str:
        """Names one after another, each joined to the ones before by ``key``: "a, b, c"."""
        joined = ""
        for name in names:
            joined = self.text(key, first=joined, next=name) if joined else name
        return joined

    @property
    def emergency_numbers(self) -> tuple[EmergencyNumber, ...]:
        """The emergency numbers to show, in the order this language's file gives them."""
        if self._emergency or self.fallback is None:
            return self._emergency
        self.fallen_back.add(EMERGENCY_KEY)
        return self.fallback.emergency_numbers


def placeholders(text: str) -> tuple[set[str], str]:
    """The ``{names}`` in a text, and "" or why the braces cannot be read."""
    import string

    names: set[str] = set()
    try:
        for _, name, spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            if not name.isidentifier() or spec or conversion:
                return names, (f"'{{{name}{':' + spec if spec else ''}}}' is not a placeholder: "
                               "write a name in braces, like {date}")
            names.add(name)
    except ValueError:
        return names, "a brace { or } without its pair; braces only go around a placeholder"
    return names, ""


def language_code(folder: str | os.PathLike[str]) -> str:
    """The language tag a content folder is named by (``content/es`` -> ``es``); else ``en``."""
    name = Path(folder).name if str(folder) else ""
    parts = name.replace("_", "-").split("-")
    if 2 <= len(parts[0]) <= 3 and parts[0].isalpha() and all(p.isalnum() for p in parts):
        return "-".join([parts[0].lower(), *(p.upper() for p in parts[1:])])
    return "en"


# -- reading ----------------------------------------------------------------------------


def read_wording(file: str | os.PathLike[str], language: str, app: Words | None,
                 problems: list[Problem]) -> Words | None:
    """Read a wording file, noting every mistake in ``problems``; None if it cannot be read.

    ``app`` is the app's own English: the file may use only its keys, with
    exactly its placeholders, and gets its words for any key it lacks. Without
    ``app`` (reading the app's English itself) the file is the reference.
    """
    from backguide.core.yamlread import read_yaml

    display = str(file)
    root, read_problems = read_yaml(display, display)
    problems.extend(read_problems)
    if root is None:
        return None
    reading = _Reading(display, app, problems)
    if root.kind != _MAPPING:
        reading.problem(root, f"the wording should be a set of keys with their words, "
                              f"not {root.type_name}")
        return None
    reading.group(root, "")
    return Words(language, reading.values, reading.emergency, app, display)


class _Reading:
    """One wording file being read and checked against the app's own keys."""

    def __init__(self, file: str, app: Words | None, problems: list[Problem]) -> None:
        self.file = file
        self.app = app
        self.problems = problems
        self.values: dict[str, Value] = {}
        self.emergency: tuple[EmergencyNumber, ...] = ()

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.file, node.line, node.column, message))

    def group(self, node: Node, prefix: str) -> None:
        for name, (key_node, value) in node.pairs.items():
            if not _KEY_PART.match(name):
                self.problem(key_node, f"wording key '{name}' should be lower-case words joined "
                                       "by - or _ (like 'what_may_help')")
                continue
            key = f"{prefix}.{name}" if prefix else name
            if key == EMERGENCY_KEY:
                self.emergency_numbers(value)
            elif value.kind == _MAPPING:
                if self.app is not None and not any(k.startswith(key + ".") for k in self.app.keys):
                    self.unknown(key_node, key)
                    continue
                self.group(value, key)
            else:
                self.entry(key_node, key, value)

    def unknown(self, node: Node, key: str) -> None:
        import difflib

        assert self.app is not None
        close = difflib.get_close_matches(key, sorted(self.app.keys), n=1, cutoff=0.75)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        self.problem(node, f"unknown wording key '{key}': the app does not use it{hint}")

    def entry(self, key_node: Node, key: str, node: Node) -> None:
        expected: Value | None = None
        if self.app is not None:
            if key not in self.app.keys:
                self.unknown(key_node, key)
                return
            expected = self.app._value(key)
        if node.kind == _SEQUENCE:
            self.word_list(key, node, expected)
            return
        text = self.text(node, key)
        if text is None:
            return
        if isinstance(expected, tuple):
            self.problem(node, f"'{key}' should be a list of {len(expected)} words, not text")
            return
        names, broken = placeholders(text)
        if broken:
            self.problem(node, f"'{key}': {broken}")
            return
        if expected is not None:
            wanted, _ = placeholders(expected)
            if names != wanted:
                self.problem(node, _placeholder_message(key, names, wanted))
                return
        self.values[key] = text

    def text(self, node: Node, what: str) -> str | None:
        if node.kind != _SCALAR or node.tag != _STR:
            hint = " (put it in quotes)" if node.kind == _SCALAR else ""
            self.problem(node, f"'{what}' should be text, not {node.type_name}{hint}")
            return None
        value = " ".join(node.text.split())
        if not value:
            self.problem(node, f"'{what}' is empty")
            return None
        return value

    def word_list(self, key: str, node: Node, expected: Value | None) -> None:
        if isinstance(expected, str):
            self.problem(node, f"'{key}' should be text, not a list")
            return
        words = [self.text(item, key) for item in node.items]
        if any(w is None for w in words):
            return
        if expected is not None and len(words) != len(expected):
            self.problem(node, f"'{key}' has {len(words)} words; it needs {len(expected)}, "
                               f"like the English ({', '.join(expected)})")
            return
        if not words:
            self.problem(node, f"'{key}' is an empty list")
            return
        self.values[key] = tuple(w for w in words if w is not None)

    def emergency_numbers(self, node: Node) -> None:
        if node.kind != _SEQUENCE or not node.items:
            self.problem(node, "emergency_numbers should be a list of numbers, each with "
                               "'number', 'where' and 'countries'")
            return
        numbers = []
        for item in node.items:
            if item.kind != _MAPPING:
                self.problem(item, f"an emergency number should be a set of fields, not "
                                   f"{item.type_name}")
                continue
            fields = {name: value for name, (_, value) in item.pairs.items()}
            for name, (key_node, _) in item.pairs.items():
                if name not in ("number", "where", "countries"):
                    self.problem(key_node, f"unknown field '{name}' in an emergency number; "
                                           "known fields: number, where, countries")
            missing = [f"'{n}'" for n in ("number", "where", "countries") if n not in fields]
            if missing:
                self.problem(item, f"an emergency number is missing {', '.join(missing)}")
                continue
            number = self.text(fields["number"], "number")
            where = self.text(fields["where"], "where")
            if number is not None and not number.isdigit():
                self.problem(fields["number"], f"the emergency number '{number}' should be digits only")
                number = None
            countries = self.countries(fields["countries"])
            if number is not None and where is not None and countries is not None:
                numbers.append(EmergencyNumber(number, where, countries))
        if len(numbers) == len(node.items):
            self.emergency = tuple(numbers)

    def countries(self, node: Node) -> tuple[str, ...] | None:
        if node.kind != _SEQUENCE:
            self.problem(node, f"countries should be a list of two-letter country codes "
                               f"(like [US, MX]), not {node.type_name}")
            return None
        codes = []
        for item in node.items:
            code = item.text.strip() if item.kind == _SCALAR else ""
            if not _COUNTRY.match(code):
                self.problem(item, "a country should be a two-letter code in capitals, like MX")
                return None
            codes.append(code)
        return tuple(codes)


def _placeholder_message(key: str, names: set[str], wanted: set[str]) -> str:
    def shown(found: Iterable[str]) -> str:
        names = [f"{{{n}}}" for n in sorted(found)]
        return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)

    parts = []
    if wanted - names:
        parts.append(f"lacks {shown(wanted - names)}")
    if names - wanted:
        parts.append(f"has {shown(names - wanted)}, which the app does not fill in")
    keep = f"it must keep {shown(wanted)}" if wanted else "it takes no placeholders"
    return f"'{key}' {' and '.join(parts)}; {keep}, as the English does"


# -- the app's own English -------------------------------------------------------------

_APP: dict[str, tuple[tuple[int, int], Words | None]] = {}


def app_wording_file() -> Path | None:
    """The app's own English wording file (``content/en/wording.yaml``), if it is installed."""
    from backguide.core.shipped import shipped_folder

    try:
        file = shipped_folder("content") / "en" / WORDING_FILE
    except FileNotFoundError:
        return None
    return file if file.is_file() else None


def app_english() -> Words | None:
    """The app's own English wording, read once (again when the file changes); None if the
    installation lacks it or it cannot be read."""
    file = app_wording_file()
    if file is None:
        return None
    stat = file.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _APP.get(str(file))
    if cached is None or cached[0] != stamp:
        problems: list[Problem] = []
        words = read_wording(file, "en", None, problems)
        cached = _APP[str(file)] = (stamp, None if problems else words)
    return cached[1]


def english() -> Words:
    """The app's English, for words printed without a guide at hand (and older callers).

    Code that has the guide uses ``content.words``: a Spanish page must never
    reach this.
    """
    words = app_english()
    if words is None:
        raise FileNotFoundError("BackGuide's own wording (content/en/wording.yaml) is missing; "
                                "the installation is incomplete")
    return words


def wording_for(folder: Path, problems: list[Problem]) -> Words | None:
    """The words of a content folder: its own wording file over the app's English.

    A folder without a wording file (a clinic's copy made before there was
    one) speaks the app's English. None, after noting why in ``problems``,
    when there are no words to speak at all.
    """
    app = app_english()
    file = folder / WORDING_FILE
    language = language_code(folder)
    if not file.is_file():
        if app is None:
            problems.append(Problem(str(file), 1, 1, "the folder has no wording file, and "
                                    "BackGuide's own (content/en/wording.yaml) is missing"))
            return None
        return Words(language, {}, (), app)
    own_app_file = app_wording_file()
    if own_app_file is not None and file.resolve() == own_app_file.resolve():
        app = None  # the app's own English: it is the reference
    words = read_wording(file, language, app, problems)
    if words is None and app is not None:
        return Words(language, {}, (), app)  # the problems say why; the rest is still checked
    return words
