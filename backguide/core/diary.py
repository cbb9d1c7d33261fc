"""The pain diary: its entries, their checks, and the store's diary records.

:class:`DiaryRecords` is the diary half of :class:`backguide.core.store.Store`;
it shares the store's connection and its one-transaction-per-write rule.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from backguide.core.moments import check_year, in_utc, now_utc, parse, with_offset

T = TypeVar("T")


@dataclass(frozen=True)
class NewEntry:
    """A diary entry to add (from the CSV import, say)."""

    at: dt.datetime
    pain: int
    region_id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class DiaryEntry:
    """A stored pain diary entry."""

    id: int
    at: dt.datetime
    pain: int
    region_id: str | None
    note: str
    created_at: dt.datetime


def text_from_sqlite(data: bytes) -> str:
    """Text from the database; bytes that are not UTF-8 never stop a read (see :class:`Unreadable`)."""
    return data.decode("utf-8", "surrogateescape")


def checked_text(value: object) -> str:
    """``value`` if it is proper text; ValueError for bytes that were not UTF-8 in the file."""
    if not isinstance(value, str):
        raise ValueError("not text")
    value.encode("utf-8")  # UnicodeEncodeError (a ValueError) for undecodable bytes
    return value


@dataclass
class Unreadable:
    """Rows of the data file that could not be read and were skipped, by table.

    One damaged row (a note that is not UTF-8, a time that is not a time) must
    not hide the rest of the diary: readers skip it and count it here, and the
    person is told how many and where. The row itself is left in the file.
    """

    path: Path | None
    rows: dict[str, set[int]] = field(default_factory=dict)

    def add(self, table: str, rowid: int) -> None:
        self.rows.setdefault(table, set()).add(rowid)

    def __len__(self) -> int:
        return sum(len(ids) for ids in self.rows.values())

    def report(self) -> str:
        """One line for the person ("" when every row could be read)."""
        if not self.rows:
            return ""
        where = "; ".join(f"{_TABLE_WORDS.get(table, table)} "
                          f"{', '.join(str(i) for i in sorted(ids)[:10])}"
                          f"{' …' if len(ids) > 10 else ''}"
                          for table, ids in sorted(self.rows.items()))
        count = len(self)
        return (f"{count} damaged row{'s' if count != 1 else ''} of the data file "
                f"{self.path or '(in memory)'} could not be read and "
                f"{'were' if count != 1 else 'was'} skipped ({where}); "
                "everything else is shown, and the file is left as it is.")

    def skipping(self, table: str, rows: Iterable[Any], build: Callable[[Any], T]) -> Iterator[T]:
        """``build(row)`` for each row, whose first value is its rowid; bad rows are counted."""
        for row in rows:
            try:
                yield build(row)
            except (ValueError, TypeError, OverflowError):
                self.add(table, row[0])


_TABLE_WORDS = {"diary_entry": "diary entries", "checklist_run": "checklist runs",
                "step_progress": "checklist steps", "step_event": "checklist events",
                "flag_answer": "red-flag answers", "caution_answer": "caution answers"}


def check_pain(pain: int | None, what: str = "Pain", optional: bool = False) -> None:
    """Raise ValueError unless ``pain`` is a whole number 0-10 (or None when optional)."""
    if pain is None and optional:
        return
    if isinstance(pain, bool) or not isinstance(pain, int) or not 0 <= pain <= 10:
        raise ValueError(f"{what} must be a whole number from 0 to 10, not {pain!r}.")


def check_entry(entry: NewEntry) -> None:
    """Raise ValueError, in plain words, unless ``entry`` can go in the diary."""
    with_offset(entry.at)
    check_year(entry.at)
    check_pain(entry.pain)
    if entry.region_id is not None and not isinstance(entry.region_id, str):
        raise ValueError("The region must be a region id or empty.")
    if not isinstance(entry.note, str):
        raise ValueError("The note must be text.")


class DiaryRecords:
    """Diary entries in the store's database (mixed into ``Store``)."""

    _conn: sqlite3.Connection
    unreadable: Unreadable

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError  # provided by Store

    def add_entry(self, at: dt.datetime, pain: int, region_id: str | None = None,
                  note: str = "") -> int:
        """Add a diary entry and return its id (an identical entry is not stored twice).

        Raises ValueError for a time without UTC offset or pain outside 0-10.
        """
        row = self._entry_row(NewEntry(at, pain, region_id, note))
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO diary_entry (at, at_utc, pain, region_id, note, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", row)
            if cursor.rowcount == 1 and cursor.lastrowid is not None:
                return cursor.lastrowid
            found: int = conn.execute(
                "SELECT id FROM diary_entry WHERE at_utc = ? AND pain = ? "
                "AND ifnull(region_id, '') = ifnull(?, '') AND note = ?",
                (row[1], row[2], row[3], row[4])).fetchone()[0]
            return found

    def add_entries(self, entries: Iterable[NewEntry]) -> tuple[int, int]:
        """Add many entries in one transaction; returns (added, skipped duplicates).

        Every entry is checked first: one bad entry raises ValueError and adds nothing.
        """
        rows = [self._entry_row(entry) for entry in entries]
        with self._write() as conn:
            before = conn.total_changes
            conn.executemany(
                "INSERT INTO diary_entry (at, at_utc, pain, region_id, note, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows)
            added = conn.total_changes - before
        return added, len(rows) - added

    def update_entry(self, entry_id: int, at: dt.datetime, pain: int,
                     region_id: str | None = None, note: str = "") -> DiaryEntry:
        """Change an entry; KeyError if it is gone, ValueError if it would duplicate another."""
        row = self._entry_row(NewEntry(at, pain, region_id, note))
        try:
            with self._write() as conn:
                changed = conn.execute(
                    "UPDATE diary_entry SET at = ?, at_utc = ?, pain = ?, region_id = ?, note = ? "
                    "WHERE id = ?", (*row[:5], entry_id)).rowcount
        except sqlite3.IntegrityError as exc:
            raise ValueError("The same entry is already in the diary.") from exc
        if not changed:
            raise KeyError(entry_id)
        return self.entry(entry_id)

    def delete_entry(self, entry_id: int) -> DiaryEntry:
        """Delete an entry and return it, so the UI can undo by adding it again."""
        entry = self.entry(entry_id)
        with self._write() as conn:
            conn.execute("DELETE FROM diary_entry WHERE id = ?", (entry_id,))
        return entry

    def entry(self, entry_id: int) -> DiaryEntry:
        """One entry by id; KeyError if there is none (or it cannot be read)."""
        rows = self._conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM diary_entry WHERE id = ?",
                                  (entry_id,))
        for entry in self.unreadable.skipping("diary_entry", rows, _entry):
            return entry
        raise KeyError(entry_id)

    def entries(self, since: dt.datetime | None = None,
                until: dt.datetime | None = None) -> list[DiaryEntry]:
        """Entries with since <= time < until (either end open), oldest first."""
        return list(self.iter_entries(since, until))

    def iter_entries(self, since: dt.datetime | None = None,
                     until: dt.datetime | None = None) -> Iterator[DiaryEntry]:
        """Like :meth:`entries`, read as they are used (a million entries need no more memory).

        Rows that cannot be read are skipped and counted in :attr:`unreadable`.
        """
        low = "" if since is None else in_utc(since)
        high = None if until is None else in_utc(until)
        rows = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM diary_entry WHERE at_utc >= ? "
            "AND (? IS NULL OR at_utc < ?) ORDER BY at_utc, id", (low, high, high))
        yield from self.unreadable.skipping("diary_entry", rows, _entry)

    def recent_entries(self, limit: int, before: DiaryEntry | None = None) -> list[DiaryEntry]:
        """Up to ``limit`` entries, newest first, all older than ``before`` if given.

        The diary window shows these first and reads older ones as the person scrolls.
        """
        if before is None:
            rows = self._conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM diary_entry "
                                      "ORDER BY at_utc DESC, id DESC LIMIT ?", (limit,))
        else:
            rows = self._conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM diary_entry WHERE (at_utc, id) < (?, ?) "
                "ORDER BY at_utc DESC, id DESC LIMIT ?", (in_utc(before.at), before.id, limit))
        return list(self.unreadable.skipping("diary_entry", rows.fetchall(), _entry))

    def entry_count(self) -> int:
        """How many entries the diary holds (damaged ones included)."""
        found: int = self._conn.execute("SELECT count(*) FROM diary_entry").fetchone()[0]
        return found

    @staticmethod
    def _entry_row(entry: NewEntry) -> tuple[str, str, int, str | None, str, str]:
        check_entry(entry)
        return (with_offset(entry.at), in_utc(entry.at), entry.pain, entry.region_id, entry.note, now_utc())


_ENTRY_COLUMNS = "id, at, pain, region_id, note, created_at"


def _entry(row: tuple[int, str, int, str | None, str, str]) -> DiaryEntry:
    region = None if row[3] is None else checked_text(row[3])
    entry = DiaryEntry(row[0], with_moment(row[1]), row[2], region, checked_text(row[4]),
                       with_moment(row[5]))
    check_pain(entry.pain)
    return entry


def with_moment(text: object) -> dt.datetime:
    """A stored time; ValueError unless it is one, with its UTC offset."""
    moment = parse(checked_text(text))
    with_offset(moment)
    return moment
