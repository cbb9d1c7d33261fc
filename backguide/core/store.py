"""The person's own data: checklist runs and the pain diary, in one SQLite file.

The caller chooses the data folder (the UI asks Qt where it is); this module
only needs a path. Every write is one committed transaction, the schema is
versioned with migrations, a damaged file is moved aside (never deleted) and a
file written by a newer BackGuide is opened read-only, never migrated down.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType

from backguide.core.diary import DiaryRecords, check_pain
from backguide.core.model import Duration
from backguide.core.moments import in_utc, now_utc, parse, parse_or_none

DB_NAME = "backguide.sqlite3"


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


def _inspect(path: Path) -> int:
    """The schema version of an existing file, read without writing to it."""
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
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
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self.notice = notice  # plain words for the UI to show once, or None

    @classmethod
    def open(cls, folder: str | Path) -> Store:
        """Open (or create) the database in ``folder``, creating the folder if needed.

        Raises StoreUnavailable when the folder cannot be used.
        """
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(f"BackGuide cannot save in the folder {folder}: "
                                   f"{exc.strerror or exc}.") from exc
        path = folder / DB_NAME
        notice = None
        if path.exists():
            try:
                version = _inspect(path)
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
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                       isolation_level=None)
                return cls(conn, path, read_only=True, notice=(
                    f"Your data file {path} was saved by a newer version of BackGuide. "
                    "You can look at it, but nothing will be saved until you update BackGuide."))
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"BackGuide cannot save in the folder {folder}: {exc}.") from exc
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a power cut loses nothing committed
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreUnavailable(f"BackGuide cannot save in the folder {folder}: {exc}.") from exc
        return cls(conn, path, notice=notice)

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
        """The most recently started run that is not finished or stopped, if any."""
        row = self._conn.execute("SELECT id FROM checklist_run WHERE status = 'active' "
                                 "ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
        return None if row is None else self.load_run(row[0])

    def load_run(self, run_id: int) -> RunRecord:
        """One run with all its answers and progress; KeyError if there is none."""
        row = self._conn.execute(
            "SELECT id, region_id, duration, started_at, finished_at, current_page, status, "
            "acknowledged_at FROM checklist_run WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise KeyError(run_id)
        flags = self._conn.execute(
            "SELECT flag_id, answer FROM flag_answer WHERE run_id = ?", (run_id,))
        cautions = self._conn.execute(
            "SELECT key, answer FROM caution_answer WHERE run_id = ?", (run_id,))
        steps = self._conn.execute(
            "SELECT step_id, state, pain_before, pain_after, note, updated_at "
            "FROM step_progress WHERE run_id = ?", (run_id,))
        return RunRecord(
            id=row[0], region_id=row[1], duration=None if row[2] is None else Duration(row[2]),
            started_at=parse(row[3]), finished_at=parse_or_none(row[4]), current_page=row[5],
            status=RunStatus(row[6]), acknowledged_at=parse_or_none(row[7]),
            flag_answers={f: bool(a) for f, a in flags},
            caution_answers={k: bool(a) for k, a in cautions},
            steps={s[0]: StepProgress(s[0], StepState(s[1]), s[2], s[3], s[4], parse(s[5]))
                   for s in steps})

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
        return {flag: (bool(answer), parse(at)) for flag, answer, at in rows}

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
        """Finished runs (and stopped ones if asked), newest first."""
        rows = self._conn.execute(
            "SELECT id FROM checklist_run WHERE status = 'finished' OR (? AND status = 'stopped') "
            "ORDER BY finished_at DESC, id DESC", (include_stopped,)).fetchall()
        return [self.load_run(row[0]) for row in rows]

    def step_events(self, since: dt.datetime | None = None) -> list[StepEvent]:
        """Steps started and done (at or after ``since``), oldest first."""
        rows = self._conn.execute(
            "SELECT run_id, step_id, kind, at FROM step_event WHERE at >= ? ORDER BY at, id",
            ("" if since is None else in_utc(since),))
        return [StepEvent(r[0], r[1], EventKind(r[2]), parse(r[3])) for r in rows]
