"""The pain diary as CSV: UTF-8, a header row ``time,pain,region,note``, ISO 8601 times.

Export writes every time on the computer's clock (local time) with its UTC
offset, ``2026-03-01T08:30:00+01:00``, so a spreadsheet shows the hours the
person knows. Import takes a time with any offset, ``Z`` for UTC included, and
checks every row before anything is added and names each bad row by its line
number, so the caller can import nothing (the default) or only the good rows.
Adding duplicates is the store's job: ``Store.add_entries`` skips entries that
are already in the diary.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from backguide.core.diary import DiaryEntry, NewEntry
from backguide.core.moments import check_year
from backguide.core.saving import save_bytes

COLUMNS = ("time", "pain", "region", "note")
REQUIRED = ("time", "pain")
MAX_ROWS = 100_000
MAX_BYTES = 20 * 1024 * 1024

T = TypeVar("T")


class DiaryFileError(ValueError):
    """The file as a whole cannot be imported (not UTF-8, too big, wrong header...)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def where(self, name: str) -> str:
        """``name:line: message`` (or ``name: message``), for a terminal."""
        return f"{name}:{self.line}: {self.message}" if self.line else f"{name}: {self.message}"


@dataclass(frozen=True)
class RowProblem:
    """One bad row: its line number in the file (the first line is 1) and why."""

    line: int
    message: str


@dataclass(frozen=True)
class ImportResult:
    """The good rows of a CSV file, and a problem for every bad one."""

    rows: list[NewEntry] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row can be imported."""
        return not self.problems


# -- export ------------------------------------------------------------------------


def _time_text(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds" if moment.microsecond == 0 else "microseconds")


def local_time(moment: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """The same moment on the clock of ``zone`` (default: this computer's time zone)."""
    return moment.astimezone(zone)


def entries_csv(entries: Iterable[DiaryEntry | NewEntry], zone: dt.tzinfo | None = None) -> str:
    """The entries as CSV text with its header row (lines end with CRLF, as RFC 4180 has it)."""
    return "".join(csv_lines(entries, zone))


def csv_lines(entries: Iterable[DiaryEntry | NewEntry],
              zone: dt.tzinfo | None = None) -> Iterator[str]:
    """The CSV text line by line, header first, reading ``entries`` as it goes.

    Times are in ``zone`` (default: local time, summer time included) with
    their UTC offset. Text a spreadsheet would run as a formula is made
    harmless; see :func:`defuse`.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow((_time_text(local_time(entry.at, zone)), entry.pain, defuse(entry.region_id or ""),
                         defuse(entry.note)))
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()


# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV
# injection"); a quote in front makes it text. Quotes already in front get one
# more, so that import can take exactly one away again.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")


def defuse(cell: str) -> str:
    """``=1+1`` becomes ``'=1+1``, so a spreadsheet shows it instead of running it."""
    return "'" + cell if _FORMULA.match(cell) else cell


def restore(cell: str) -> str:
    """Undo :func:`defuse`: ``'=1+1`` becomes ``=1+1`` again."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell, 1) else cell


def write_csv(entries: Iterable[DiaryEntry | NewEntry], path: str | os.PathLike[str],
              zone: dt.tzinfo | None = None) -> int:
    """Write the entries to ``path`` as UTF-8 CSV, times in ``zone`` (default local); returns how many.

    The file is saved whole or not at all (see :func:`backguide.core.saving.save_file`),
    readable by its owner only when it is new. Raises SaveError when it cannot be saved.
    """
    written = 0

    def counted() -> Iterator[DiaryEntry | NewEntry]:
        nonlocal written
        for entry in entries:
            written += 1
            yield entry

    def chunks() -> Iterator[bytes]:
        batch: list[str] = []
        for line in csv_lines(counted(), zone):
            batch.append(line)
            if len(batch) >= 1000:
                yield "".join(batch).encode("utf-8", "surrogateescape")
                batch.clear()
        yield "".join(batch).encode("utf-8", "surrogateescape")

    save_bytes(path, chunks(), what="the diary")
    return written


# -- import ------------------------------------------------------------------------


def read_csv(path: str | os.PathLike[str], region_ids: Collection[str] | None = None
             ) -> ImportResult:
    """Read and check a diary CSV file; see :func:`parse_csv`.

    A file over 20 MB is refused after reading just over 20 MB of it. Raises DiaryFileError for
    a file that cannot be imported at all (including one that cannot be read).
    """
    file = Path(path)
    try:
        # The size a file claims is not trusted (/dev/zero claims 0): read at
        # most one byte more than the limit, and refuse the file if it is there.
        with file.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise DiaryFileError("There is no such file.") from exc
    except IsADirectoryError as exc:
        raise DiaryFileError("That is a folder, not a CSV file.") from exc
    except OSError as exc:
        raise DiaryFileError(f"The file cannot be read: {exc.strerror or exc}.") from exc
    if len(data) > MAX_BYTES:
        raise DiaryFileError(f"The file is over {MAX_BYTES // 1024 // 1024} MB; BackGuide "
                             f"imports diary files of up to {MAX_BYTES // 1024 // 1024} MB.")
    return parse_csv(data, region_ids)


def parse_csv(data: bytes | str, region_ids: Collection[str] | None = None) -> ImportResult:
    """Check every row of diary CSV ``data`` and return the good rows and the problems.

    Columns are matched by the header's names: ``time`` and ``pain`` are
    required, ``region`` and ``note`` optional. With ``region_ids`` a region
    must be one of them (empty means none). Blank lines are ignored. Raises
    DiaryFileError when the file as a whole is unusable: not UTF-8, over 20 MB,
    more than 100,000 rows, or no proper header.
    """
    text = _decode(data) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    if len(text) > MAX_BYTES:
        raise DiaryFileError(f"The text is too long; BackGuide imports diary files of up to "
                             f"{MAX_BYTES // 1024 // 1024} MB.")
    records = _records(text)
    try:
        header_line, header = next(records)
    except StopIteration:
        raise DiaryFileError("The file is empty; it needs the header row "
                             f"'{','.join(COLUMNS)}'.") from None
    columns = _columns(header, header_line)
    result = ImportResult()
    known = None if region_ids is None else set(region_ids)
    for count, (line, values) in enumerate(records, start=1):
        if count > MAX_ROWS:
            raise DiaryFileError(f"The file has more than {MAX_ROWS:,} rows; "
                                 "split it into smaller files.", line)
        try:
            result.rows.append(_entry(values, columns, known))
        except ValueError as exc:
            result.problems.append(RowProblem(line, str(exc)))
    return result


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise DiaryFileError(f"The file is {len(data) / 1024 / 1024:.0f} MB; BackGuide imports "
                             f"diary files of up to {MAX_BYTES // 1024 // 1024} MB.")
    try:
        return data.decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a byte-order mark
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DiaryFileError("The file is not UTF-8 text. Save it as 'CSV UTF-8' "
                             "and import it again.", line) from exc


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each non-blank CSV record with the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DiaryFileError(f"The file is not valid CSV: {exc}.", reader.line_num) from exc
        if values and any(v.strip() for v in values):
            yield line, values
        line = reader.line_num + 1


def _columns(header: list[str], line: int) -> dict[str, int]:
    names = [name.strip().lower() for name in header]
    expected = f"the first row must be the header '{','.join(COLUMNS)}'"
    unknown = [name for name in names if name not in COLUMNS]
    if unknown:
        raise DiaryFileError(f"Unknown column '{unknown[0]}': {expected}.", line)
    doubled = sorted({name for name in names if names.count(name) > 1})
    if doubled:
        raise DiaryFileError(f"The column '{doubled[0]}' appears twice: {expected}.", line)
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise DiaryFileError(f"There is no '{missing[0]}' column: {expected}.", line)
    return {name: index for index, name in enumerate(names)}


def _entry(values: list[str], columns: dict[str, int], region_ids: set[str] | None) -> NewEntry:
    if len(values) != len(columns):
        names = ", ".join(columns)
        raise ValueError(f"expected {len(columns)} values ({names}), found {len(values)}")
    region = restore(values[columns["region"]].strip()) if "region" in columns else ""
    found: list[str] = []  # every problem of the row, not just the first
    at = _checked(found, parse_time, values[columns["time"]])
    pain = _checked(found, parse_pain, values[columns["pain"]])
    if region and region_ids is not None:
        _checked(found, lambda text: check_region(text, region_ids), region)
    if found or at is None or pain is None:
        raise ValueError("; ".join(found))
    note = restore(values[columns["note"]]) if "note" in columns else ""
    return NewEntry(at, pain, region or None, note)


def _checked(found: list[str], parse: Callable[[str], T], text: str) -> T | None:
    try:
        return parse(text)
    except ValueError as exc:
        found.append(str(exc))
        return None


def parse_time(text: str) -> dt.datetime:
    """An ISO 8601 time with a UTC offset (``2026-03-01T08:30:00+01:00``, ``...Z``).

    Raises ValueError, in plain words, for anything else, including a time
    with no offset (it would be ambiguous across time zones and summer time).
    """
    text = text.strip()
    if not text:
        raise ValueError("the time is empty")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a time like 2026-03-01T08:30:00+01:00") from None
    if moment.utcoffset() is None:
        raise ValueError(f"the time '{text}' has no UTC offset; add one, "
                         "like +01:00 or Z for UTC")
    check_year(moment)
    return moment


def parse_local_time(text: str) -> dt.datetime:
    """Like :func:`parse_time`, but a time without an offset is on this computer's clock.

    ``2026-03-01T08:30`` is 08:30 in the computer's time zone, with the offset
    it has on that day (summer time included). For typing a time by hand
    (``backguide diary add --at``); files must say their offset.
    """
    text = text.strip()
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return parse_time(text)  # says what is wrong
    if moment.utcoffset() is None:
        check_year(moment)
        return moment.astimezone()
    return parse_time(text)


def parse_pain(text: str) -> int:
    """A pain score: a whole number from 0 to 10. Raises ValueError otherwise."""
    value = text.strip()
    if not value:
        raise ValueError("the pain score is empty")
    if not (value.isascii() and value.isdigit()) or int(value) > 10:
        raise ValueError(f"the pain score must be a whole number from 0 to 10, not '{value}'")
    return int(value)


def check_region(region_id: str, region_ids: Collection[str]) -> None:
    """Raise ValueError naming the closest known regions unless ``region_id`` is one."""
    if region_id in region_ids:
        return
    close = difflib.get_close_matches(region_id, list(region_ids), n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else "; see 'backguide regions'"
    raise ValueError(f"unknown region '{region_id}'{hint}")
