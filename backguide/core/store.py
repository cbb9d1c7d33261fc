"""The person's own data: checklist runs and the pain diary, in one SQLite file.

The caller chooses the data folder (the UI asks Qt where it is); this module
only needs a path. Every write is one committed transaction, the schema is
versioned with migrations, a damaged file is moved aside (never deleted) and a
file written by a newer BackGuide is opened read-only, never migrated down.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any

from backguide.core.diary import (
    DiaryRecords,
    Unreadable,
    check_pain,
    checked_text,
    text_from_sqlite,
    with_moment,
)
from backguide.core.model import Duration
from backguide.core.moments import in_utc, now_utc
from backguide.core.saving import PRIVATE_FILE, PRIVATE_FOLDER

DB_NAME = "backguide.sqlite3"
# Two BackGuides starting at once (the app and a `backguide diary add`) may both
# create the file; SQLite's busy timeout does not cover every lock taken while
# a database is created or switched to WAL, so opening is retried a few times.
BUSY_TIMEOUT_S = 5.0
OPEN_TRIES = 6


class StoreError(Exception):
    """Reading or saving the person's data failed; the message says why in plain words."""


class StoreUnavailable(StoreError):
    """The data folder cannot be used; the app carries on without saving."""


class StoreReadOnly(StoreError):
    """A write was refused because the database is open read-only."""


class RunStatus(StrEnum):
    ACTIVE = "active"
    FINISHED = "finished"
    STOPPED = "stopped"


class StepState(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    NOT_FOR_ME = "not-for-me"


class EventKind(StrEnum):
    STARTED = "started"
    DONE = "done"


@dataclass(frozen=True)
class StepProgress:
    """What the person recorded for one step of one checklist run."""

    step_id: str
    state: StepState
    pain_before: int | None
    pain_after: int | None
    note: str
    updated_at: dt.datetime

    @property
    def pain_change(self) -> int | None:
        """Pain after minus pain before (negative = it eased), if both were given."""
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before


@dataclass(frozen=True)
class RunRecord:
    """One checklist run with every answer and all progress."""

    id: int
    region_id: str | None
    duration: Duration | None
    started_at: dt.datetime
    finished_at: dt.datetime | None
    current_page: str
    status: RunStatus
    acknowledged_at: dt.datetime | None
    flag_answers: dict[str, bool]
    caution_answers: dict[str, bool]
    steps: dict[str, StepProgress]


@dataclass(frozen=True)
class StepEvent:
    """A checklist step started or done, for markers on the diary chart."""

    run_id: int
    step_id: str
    kind: EventKind
    at: dt.datetime


# One tuple of statements per schema version; never edit a released one, add a
# new one. `PRAGMA user_version` holds the version, `schema_migration` the log.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
        """CREATE TABLE checklist_run (
            id INTEGER PRIMARY KEY, region_id TEXT,
            duration TEXT CHECK (duration IN ('acute', 'subacute', 'chronic')),
            started_at TEXT NOT NULL, finished_at TEXT,
            current_page TEXT NOT NULL DEFAULT 'red-flags',
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'finished', 'stopped')),
            acknowledged_at TEXT)""",
        """CREATE TABLE flag_answer (
            run_id INTEGER NOT NULL REFERENCES checklist_run(id) ON DELETE CASCADE,
            flag_id TEXT NOT NULL, answer INTEGER NOT NULL CHECK (answer IN (0, 1)),
            answered_at TEXT NOT NULL, PRIMARY KEY (run_id, flag_id))""",
        """CREATE TABLE caution_answer (
            run_id INTEGER NOT NULL REFERENCES checklist_run(id) ON DELETE CASCADE,
            key TEXT NOT NULL, answer INTEGER NOT NULL CHECK (answer IN (0, 1)),
            PRIMARY KEY (run_id, key))""",
        """CREATE TABLE step_progress (
            run_id INTEGER NOT NULL REFERENCES checklist_run(id) ON DELETE CASCADE,
            step_id TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('done', 'skipped', 'not-for-me')),
            pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,
            PRIMARY KEY (run_id, step_id))""",
        """CREATE TABLE step_event (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES checklist_run(id) ON DELETE CASCADE,
            step_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('started', 'done')),
            at TEXT NOT NULL)""",
        "CREATE INDEX step_event_at ON step_event(at)",
        # `at` keeps the offset the person logged in; `at_utc` sorts and filters
        # correctly across offsets (summer time, travel).
        """CREATE TABLE diary_entry (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, at_utc TEXT NOT NULL,
            pain INTEGER NOT NULL CHECK (typeof(pain) = 'integer' AND pain BETWEEN 0 AND 10),
            region_id TEXT, note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)""",
        # Also the time index: its first column is at_utc. NULL regions count as
        # equal here, so an import never adds the same entry twice.
        """CREATE UNIQUE INDEX diary_entry_same
            ON diary_entry(at_utc, pain, ifnull(region_id, ''), note)""",
    ),
)


class _Corrupt(Exception):
    pass


class _CannotWrite(Exception):
    """SQLite could not write, not even the shared-memory index any read of a WAL file needs."""

    def __init__(self, error: sqlite3.Error) -> None:
        super().__init__(str(error))
        self.error = error


# A full disk, or a write that failed: the file may still be read as it is.
_WRITE_FAILED = (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)


def _why_not_written(folder: Path, error: sqlite3.Error) -> str:
    """Why SQLite could not write in ``folder``, in plain words where they are known."""
    if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_FULL:
        return "the disk is full"
    try:
        # SQLite says only "disk I/O error" when the -shm file finds no room.
        if shutil.disk_usage(folder).free == 0:
            return "the disk is full"
    except OSError:
        pass
    return str(error)


def _inspect(path: Path) -> int:
    """The schema version of an existing file, read without writing to it.

    Raises :class:`_CannotWrite` when even reading needs a write that fails (a full disk).
    """
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        if exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY:
            raise  # retried by Store.open
        raise StoreUnavailable(f"BackGuide cannot open its data file {path}: {exc}.") from exc
    with closing(probe) as conn:
        try:
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            if [row[0] for row in conn.execute("PRAGMA integrity_check")] != ["ok"]:
                raise _Corrupt
            return version
        except sqlite3.DatabaseError as exc:
            if exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                raise _Corrupt from exc
            if exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY:
                raise  # retried by Store.open
            if exc.sqlite_errorcode & 0xFF in _WRITE_FAILED:
                raise _CannotWrite(exc) from exc
            raise StoreUnavailable(f"BackGuide cannot read its data file {path}: {exc}.") from exc


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm/-journal files); never delete it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    path.rename(aside)
    return aside


def _private_folder(folder: Path) -> None:
    """Create the data folder readable by its owner only, whatever the umask."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, PRIVATE_FOLDER)


def _create_private(path: Path) -> None:
    """Create the database file empty and private (SQLite gives its journals the same mode).

    An existing file that others could read is made private too: it is health data.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        os.chmod(path, PRIVATE_FILE)  # the umask may have taken bits away, never added
    except FileExistsError:
        try:
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                os.chmod(path, PRIVATE_FILE)
        except OSError:
            pass  # not ours to change; reading and writing still work
    except OSError:
        pass  # connecting says what is wrong, in SQLite's words


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _roll_back_hot_journal(path: Path) -> None:
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return  # reported by the next step
    with closing(conn):
        try:
            conn.execute("PRAGMA user_version").fetchone()  # any read rolls the journal back
        except sqlite3.DatabaseError as exc:
            if exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY:
                raise


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes, even where SQLite cannot make its WAL index."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                           timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    # In a read-only folder a WAL file has no shared-memory index to open; no
    # one can be writing to it there, so it is safe to read as unchanging.
    conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    while True:
        with conn:
            # Read the version inside the write lock: two app windows opening
            # at once must not both run the same migration.
            conn.execute("BEGIN IMMEDIATE")
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= len(MIGRATIONS):
                return
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)",
                         (version + 1, now_utc()))
            conn.execute(f"PRAGMA user_version = {version + 1:d}")  # takes no parameters


class Store(DiaryRecords):
    """The person's data. Make one with :meth:`open` or :meth:`in_memory`.

    Whoever makes a store closes it: call :meth:`close`, or use it as a context
    manager (``with Store.open(folder) as store:``). No connection is left for
    the garbage collector to find.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None,
                 read_only: bool = False, notice: str | None = None) -> None:
        conn.text_factory = text_from_sqlite
        self._conn = conn
        self.unreadable = Unreadable(path)
        self.path = path
        self.read_only = read_only
        self.notice = notice  # plain words for the UI to show once, or None

    @classmethod
    def open(cls, folder: str | Path) -> Store:
        """Open (or create) the database in ``folder``, creating the folder if needed.

        The folder is made readable by its owner only, and so is the file. When
        the file can be read but not written (a read-only folder, a full disk),
        the store opens read-only and its :attr:`notice` says that changes
        cannot be saved. Raises StoreUnavailable when nothing can be read.
        """
        folder = Path(folder)
        path = folder / DB_NAME
        for attempt in range(OPEN_TRIES):
            try:
                return cls._open(folder, path)
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or attempt == OPEN_TRIES - 1:
                    raise StoreUnavailable(f"BackGuide cannot open its data file {path}: "
                                           f"{exc}.") from exc
                time.sleep(0.05 * 2 ** attempt)
        raise AssertionError("unreachable")

    @classmethod
    def _open(cls, folder: Path, path: Path) -> Store:
        try:
            _private_folder(folder)
        except OSError as exc:
            if path.is_file():
                return cls._read_only(path, exc.strerror or str(exc))
            raise StoreUnavailable(f"BackGuide cannot save in the folder {folder}: "
                                   f"{exc.strerror or exc}.") from exc
        notice = None
        if path.exists():
            if not os.access(folder, os.W_OK) or not os.access(path, os.W_OK):
                return cls._read_only(path, "the folder or the file is read-only")
            # A process killed in its first write can leave a "hot" journal; only
            # a read-write connection rolls it back (a read-only one would refuse
            # the file for good).
            _roll_back_hot_journal(path)
            try:
                version = _inspect(path)
            except _CannotWrite as exc:
                return cls._read_only(path, _why_not_written(folder, exc.error))
            except _Corrupt:
                try:
                    aside = _move_aside(path)
                except OSError as exc:
                    raise StoreUnavailable(f"BackGuide's data file {path} is damaged and could "
                                           f"not be moved aside: {exc.strerror or exc}.") from exc
                version = 0
                notice = (f"Your saved data file was damaged, so BackGuide started a new one. "
                          f"The old file was kept, not deleted: {aside}")
            if version > len(MIGRATIONS):
                return cls(_connect_read_only(path), path, read_only=True, notice=(
                    f"Your data file {path} was saved by a newer version of BackGuide. "
                    "You can look at it, but nothing will be saved until you update BackGuide."))
        _create_private(path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"BackGuide cannot save in the folder {folder}: {exc}.") from exc
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a power cut loses nothing committed
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn)
        except sqlite3.Error as exc:
            conn.close()
            if isinstance(exc, sqlite3.OperationalError) \
                    and exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY:
                raise  # retried by open()
            if _has_data(path):
                return cls._read_only(path, _why_not_written(folder, exc))
            raise StoreUnavailable(f"BackGuide cannot save in the folder {folder}: {exc}.") from exc
        return cls(conn, path, notice=notice)

    @classmethod
    def _read_only(cls, path: Path, why: str) -> Store:
        """The store opened for reading only, with a notice saying changes cannot be saved."""
        try:
            conn = _connect_read_only(path)
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"BackGuide cannot read its data file {path}: {exc}.") from exc
        return cls(conn, path, read_only=True, notice=(
            f"BackGuide cannot write to its data file {path} ({why.rstrip('.')}). "
            "You can look at your diary and checklist, but changes cannot be saved."))

    @classmethod
    def in_memory(cls) -> Store:
        """A store that works for this run only and saves nothing to disk."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn, None)

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards. Closing twice is harmless."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open file."""
        version: int = self._conn.execute("PRAGMA user_version").fetchone()[0]
        return version

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise StoreReadOnly(self.notice or "The data file is open read-only.")
        try:
            with self._conn:  # commits, or rolls back on any error
                self._conn.execute("BEGIN IMMEDIATE")
                yield self._conn
        except sqlite3.OperationalError as exc:  # disk full, locked, I/O error
            raise StoreError(f"BackGuide could not save: {exc}.") from exc

    def _update_run(self, sql: str, *params: object) -> None:
        """Run an UPDATE of one checklist run whose id is the last parameter."""
        with self._write() as conn:
            if conn.execute(sql, params).rowcount == 0:
                raise KeyError(params[-1])

    # -- checklist -----------------------------------------------------------

    def start_run(self, region_id: str | None, duration: Duration | None = None) -> int:
        """Start a checklist run and return its id; any active run is marked stopped."""
        now = now_utc()
        with self._write() as conn:
            conn.execute("UPDATE checklist_run SET status = 'stopped', finished_at = ? "
                         "WHERE status = 'active'", (now,))
            cursor = conn.execute(
                "INSERT INTO checklist_run (region_id, duration, started_at) VALUES (?, ?, ?)",
                (region_id, None if duration is None else Duration(duration).value, now))
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def active_run(self) -> RunRecord | None:
        """The most recently started run that is not finished or stopped, if any (and readable)."""
        rows = self._conn.execute("SELECT id FROM checklist_run WHERE status = 'active' "
                                  "ORDER BY started_at DESC, id DESC").fetchall()
        for (run_id,) in rows:
            try:
                return self.load_run(run_id)
            except KeyError:
                continue  # damaged: counted in `unreadable`, try the one before
        return None

    def load_run(self, run_id: int) -> RunRecord:
        """One run with all its answers and progress; KeyError if there is none.

        A run whose own row cannot be read counts as missing; an answer or
        step that cannot be read is left out. Both are counted in :attr:`unreadable`.
        """
        rows = self._conn.execute(
            "SELECT id, region_id, duration, started_at, finished_at, current_page, status, "
            "acknowledged_at FROM checklist_run WHERE id = ?", (run_id,)).fetchall()
        runs = list(self.unreadable.skipping("checklist_run", rows, _run_row))
        if not runs:
            raise KeyError(run_id)
        flags = self._conn.execute(
            "SELECT rowid, flag_id, answer FROM flag_answer WHERE run_id = ?", (run_id,))
        cautions = self._conn.execute(
            "SELECT rowid, key, answer FROM caution_answer WHERE run_id = ?", (run_id,))
        steps = self._conn.execute(
            "SELECT rowid, step_id, state, pain_before, pain_after, note, updated_at "
            "FROM step_progress WHERE run_id = ?", (run_id,))
        skipping = self.unreadable.skipping
        return replace(
            runs[0],
            flag_answers=dict(skipping("flag_answer", flags, _answer)),
            caution_answers=dict(skipping("caution_answer", cautions, _answer)),
            steps={s.step_id: s for s in skipping("step_progress", steps, _step_row)})

    def save_flag_answer(self, run_id: int, flag_id: str, yes: bool) -> None:
        """Record the answer to one red-flag question."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO flag_answer (run_id, flag_id, answer, answered_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (run_id, flag_id) DO UPDATE SET answer = excluded.answer, "
                "answered_at = excluded.answered_at", (run_id, flag_id, int(yes), now_utc()))

    def recent_flag_answers(self, since: dt.datetime) -> dict[str, tuple[bool, dt.datetime]]:
        """The latest answer to each red-flag question given at or after ``since``, any run."""
        rows = self._conn.execute(
            "SELECT flag_id, answer, answered_at FROM flag_answer WHERE answered_at >= ? "
            "ORDER BY answered_at", (in_utc(since),))
        found: dict[str, tuple[bool, dt.datetime]] = {}
        for flag, answer, at in rows:
            try:
                found[flag] = (bool(answer), with_moment(at))
            except (ValueError, TypeError):
                continue  # a damaged row: that question is simply asked again
        return found

    def acknowledge_same_day(self, run_id: int) -> None:
        """Record that the person read the "get seen today" advice."""
        self._update_run("UPDATE checklist_run SET acknowledged_at = ? WHERE id = ?", now_utc(), run_id)

    def save_duration(self, run_id: int, duration: Duration | None) -> None:
        """Record how long the pain has lasted."""
        value = None if duration is None else Duration(duration).value
        self._update_run("UPDATE checklist_run SET duration = ? WHERE id = ?", value, run_id)

    def save_caution_answer(self, run_id: int, key: str, yes: bool) -> None:
        """Record the answer to one personal caution question."""
        with self._write() as conn:
            conn.execute("INSERT INTO caution_answer (run_id, key, answer) VALUES (?, ?, ?) "
                         "ON CONFLICT (run_id, key) DO UPDATE SET answer = excluded.answer",
                         (run_id, key, int(yes)))

    def save_step(self, run_id: int, step_id: str, state: StepState,
                  pain_before: int | None = None, pain_after: int | None = None,
                  note: str = "") -> None:
        """Record a step as done, skipped or not for me (a 'done' event the first time)."""
        state = StepState(state)
        check_pain(pain_before, "Pain before", optional=True)
        check_pain(pain_after, "Pain after", optional=True)
        now = now_utc()
        with self._write() as conn:
            old = conn.execute("SELECT state FROM step_progress WHERE run_id = ? AND step_id = ?",
                               (run_id, step_id)).fetchone()
            conn.execute(
                "INSERT INTO step_progress (run_id, step_id, state, pain_before, pain_after, note, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, step_id) DO UPDATE "
                "SET state = excluded.state, pain_before = excluded.pain_before, "
                "pain_after = excluded.pain_after, note = excluded.note, "
                "updated_at = excluded.updated_at",
                (run_id, step_id, state.value, pain_before, pain_after, note, now))
            if state is StepState.DONE and (old is None or old[0] != StepState.DONE):
                conn.execute("INSERT INTO step_event (run_id, step_id, kind, at) "
                             "VALUES (?, ?, 'done', ?)", (run_id, step_id, now))

    def mark_step_started(self, run_id: int, step_id: str) -> None:
        """Record a 'started' event for a step, once per run."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO step_event (run_id, step_id, kind, at) SELECT ?, ?, 'started', ? "
                "WHERE NOT EXISTS (SELECT 1 FROM step_event WHERE run_id = ? AND step_id = ? "
                "AND kind = 'started')", (run_id, step_id, now_utc(), run_id, step_id))

    def set_page(self, run_id: int, page: str) -> None:
        """Record the page the person is on, to resume there."""
        self._update_run("UPDATE checklist_run SET current_page = ? WHERE id = ?", page, run_id)

    def finish_run(self, run_id: int, status: RunStatus = RunStatus.FINISHED) -> None:
        """Mark an active run finished or stopped; ValueError if it already ended."""
        status = RunStatus(status)
        if status is RunStatus.ACTIVE:
            raise ValueError("A run can only end as finished or stopped.")
        self.load_run(run_id)  # KeyError for an unknown run
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE checklist_run SET status = ?, finished_at = ? "
                "WHERE id = ? AND status = 'active'", (status.value, now_utc(), run_id)).rowcount
        if not changed:
            raise ValueError(f"Checklist run {run_id} has already ended.")

    def history(self, include_stopped: bool = False) -> list[RunRecord]:
        """Finished runs (and stopped ones if asked), newest first; unreadable ones left out."""
        rows = self._conn.execute(
            "SELECT id FROM checklist_run WHERE status = 'finished' OR (? AND status = 'stopped') "
            "ORDER BY finished_at DESC, id DESC", (include_stopped,)).fetchall()
        runs = []
        for (run_id,) in rows:
            try:
                runs.append(self.load_run(run_id))
            except KeyError:
                continue  # damaged: counted in `unreadable`
        return runs

    def step_events(self, since: dt.datetime | None = None) -> list[StepEvent]:
        """Steps started and done (at or after ``since``), oldest first."""
        rows = self._conn.execute(
            "SELECT id, run_id, step_id, kind, at FROM step_event WHERE at >= ? ORDER BY at, id",
            ("" if since is None else in_utc(since),))
        return list(self.unreadable.skipping(
            "step_event", rows,
            lambda r: StepEvent(r[1], checked_text(r[2]), EventKind(r[3]), with_moment(r[4]))))

    def keep_copy(self) -> Path:
        """Copy the data file, as it is, beside it (private); returns the copy's path.

        For a file with damaged rows: the copy keeps them for someone to rescue.
        """
        if self.path is None:
            raise StoreError("This diary is not saved in a file, so there is nothing to copy.")
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = self.path.with_name(f"{self.path.name}.copy-{stamp}")
        try:
            os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
            with closing(sqlite3.connect(copy)) as target:
                self._conn.backup(target)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"BackGuide could not copy its data file to {copy}: {exc}.") from exc
        return copy


def _run_row(row: tuple[Any, ...]) -> RunRecord:
    return RunRecord(
        id=row[0], region_id=None if row[1] is None else checked_text(row[1]),
        duration=None if row[2] is None else Duration(row[2]), started_at=with_moment(row[3]),
        finished_at=None if row[4] is None else with_moment(row[4]),
        current_page=checked_text(row[5]), status=RunStatus(row[6]),
        acknowledged_at=None if row[7] is None else with_moment(row[7]),
        flag_answers={}, caution_answers={}, steps={})


def _answer(row: tuple[int, object, int]) -> tuple[str, bool]:
    return checked_text(row[1]), bool(row[2])


def _step_row(row: tuple[Any, ...]) -> StepProgress:
    for pain in row[3:5]:
        check_pain(pain, optional=True)
    return StepProgress(checked_text(row[1]), StepState(row[2]), row[3], row[4],
                        checked_text(row[5]), with_moment(row[6]))
