"""The pain diary: its entries, their checks, and the store's diary records.

:class:`DiaryRecords` is the diary half of :class:`backguide.core.store.Store`;
it shares the store's connection and its one-transaction-per-write rule.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from backguide.core.moments import in_utc, now_utc, parse, with_offset


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


def check_pain(pain: int | None, what: str = "Pain", optional: bool = False) -> None:
    """Raise ValueError unless ``pain`` is a whole number 0-10 (or None when optional)."""
    if pain is None and optional:
        return
    if isinstance(pain, bool) or not isinstance(pain, int) or not 0 <= pain <= 10:
        raise ValueError(f"{what} must be a whole number from 0 to 10, not {pain!r}.")


def check_entry(entry: NewEntry) -> None:
    """Raise ValueError, in plain words, unless ``entry`` can go in the diary."""
    with_offset(entry.at)
    check_pain(entry.pain)
    if entry.region_id is not None and not isinstance(entry.region_id, str):
        raise ValueError("The region must be a region id or empty.")
    if not isinstance(entry.note, str):
        raise ValueError("The note must be text.")


class DiaryRecords:
    """Diary entries in the store's database (mixed into ``Store``)."""

    _conn: sqlite3.Connection

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
        """One entry by id; KeyError if there is none."""
        row = self._conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM diary_entry WHERE id = ?",
                                 (entry_id,)).fetchone()
        if row is None:
            raise KeyError(entry_id)
        return _entry(row)

    def entries(self, since: dt.datetime | None = None,
                until: dt.datetime | None = None) -> list[DiaryEntry]:
        """Entries with since <= time < until (either end open), oldest first."""
        low = "" if since is None else in_utc(since)
        high = None if until is None else in_utc(until)
        rows = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM diary_entry WHERE at_utc >= ? "
            "AND (? IS NULL OR at_utc < ?) ORDER BY at_utc, id", (low, high, high))
        return [_entry(row) for row in rows]

    @staticmethod
    def _entry_row(entry: NewEntry) -> tuple[str, str, int, str | None, str, str]:
        check_entry(entry)
        return (with_offset(entry.at), in_utc(entry.at), entry.pain, entry.region_id, entry.note, now_utc())


_ENTRY_COLUMNS = "id, at, pain, region_id, note, created_at"


def _entry(row: tuple[int, str, int, str | None, str, str]) -> DiaryEntry:
    return DiaryEntry(row[0], parse(row[1]), row[2], row[3], row[4], parse(row[5]))
