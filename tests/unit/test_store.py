"""The store keeps the person's data safe: versioned, transactional, never lost."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from backguide.core import store as store_module
from backguide.core.diary import NewEntry
from backguide.core.model import Duration
from backguide.core.store import (
    DB_NAME,
    MIGRATIONS,
    EventKind,
    RunStatus,
    StepState,
    Store,
    StoreReadOnly,
    StoreUnavailable,
)

LONDON_SUMMER = dt.timezone(dt.timedelta(hours=1))
NEW_YORK = dt.timezone(dt.timedelta(hours=-5))
T0 = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened


@contextmanager
def _raw(folder: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection to the store's file: committed, then closed, after the block."""
    with closing(sqlite3.connect(folder / DB_NAME)) as conn, conn:
        yield conn


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- opening ---------------------------------------------------------------

def test_open_creates_the_missing_folder_and_the_database(tmp_path: Path) -> None:
    folder = tmp_path / "not" / "there" / "yet"
    with Store.open(folder) as opened:
        assert opened.path == folder / DB_NAME
        assert opened.notice is None
    assert (folder / DB_NAME).is_file()


def test_database_uses_the_wal_journal(store: Store, data_dir: Path) -> None:
    with _raw(data_dir) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_schema_version_is_recorded(store: Store, data_dir: Path) -> None:
    assert store.schema_version == len(MIGRATIONS)
    with _raw(data_dir) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_migrations_run_once(data_dir: Path) -> None:
    for _ in range(3):
        Store.open(data_dir).close()
    with _raw(data_dir) as conn:
        applied = [row[0] for row in conn.execute("SELECT version FROM schema_migration")]
    assert applied == list(range(1, len(MIGRATIONS) + 1))


def test_a_new_migration_is_applied_to_an_existing_database(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(data_dir) as first:
        entry_id = first.add_entry(T0, 4)
    added = ("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",)
    monkeypatch.setattr(store_module, "MIGRATIONS", (*MIGRATIONS, added))
    with Store.open(data_dir) as second:
        assert second.schema_version == len(MIGRATIONS) + 1
        assert second.entry(entry_id).pain == 4


def test_a_write_is_committed_at_once(store: Store, data_dir: Path) -> None:
    store.add_entry(T0, 3)
    with _raw(data_dir) as other:
        assert other.execute("SELECT count(*) FROM diary_entry").fetchone()[0] == 1


def test_garbage_file_is_moved_aside_with_a_timestamp_and_a_notice(data_dir: Path) -> None:
    data_dir.mkdir()
    garbage = b"this is not a database, just bytes " * 100
    (data_dir / DB_NAME).write_bytes(garbage)
    (data_dir / f"{DB_NAME}-wal").write_bytes(b"stale wal")
    with Store.open(data_dir) as opened:
        assert opened.notice is not None
    aside = [p for p in data_dir.iterdir() if re.search(r"corrupt-[-0-9]+$", p.name)]
    assert len(aside) == 1
    assert re.fullmatch(rf"{re.escape(DB_NAME)}\.corrupt-\d{{8}}-\d{{6}}", aside[0].name)
    assert aside[0].read_bytes() == garbage
    assert (data_dir / f"{aside[0].name}-wal").read_bytes() == b"stale wal"
    assert str(aside[0]) in opened.notice


def test_a_fresh_database_works_after_the_corrupt_one_is_moved(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"\x00\xff" * 3000)
    with Store.open(data_dir) as opened:
        entry_id = opened.add_entry(T0, 2)
    with Store.open(data_dir) as reopened:
        assert reopened.notice is None
        assert reopened.entry(entry_id).pain == 2


def test_a_damaged_page_counts_as_corrupt(data_dir: Path) -> None:
    with Store.open(data_dir) as opened:
        opened.add_entries(NewEntry(T0 + dt.timedelta(hours=i), i % 11, None, "x" * 50)
                           for i in range(2000))
    path = data_dir / DB_NAME
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 600] = b"\xa5" * 600
    path.write_bytes(bytes(data))
    with Store.open(data_dir) as opened:
        assert opened.notice is not None
        assert opened.entries() == []


def test_a_second_corruption_keeps_both_old_files(data_dir: Path) -> None:
    data_dir.mkdir()
    for content in (b"first " * 500, b"second " * 500):
        (data_dir / DB_NAME).write_bytes(content)
        Store.open(data_dir).close()
    kept = {p.read_bytes() for p in data_dir.iterdir() if re.search(r"corrupt-[-0-9]+$", p.name)}
    assert kept == {b"first " * 500, b"second " * 500}


def _make_newer(data_dir: Path) -> Path:
    with Store.open(data_dir) as opened:
        opened.add_entry(T0, 6, "lumbar-left", "from the future")
    with _raw(data_dir) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    return data_dir / DB_NAME


def test_a_newer_database_is_opened_read_only_with_a_notice(data_dir: Path) -> None:
    _make_newer(data_dir)
    with Store.open(data_dir) as opened:
        assert opened.read_only
        assert opened.notice is not None and "newer version" in opened.notice
        assert [e.note for e in opened.entries()] == ["from the future"]
        with pytest.raises(StoreReadOnly):
            opened.add_entry(T0, 1)
        with pytest.raises(StoreReadOnly):
            opened.start_run(None)


def test_a_newer_database_file_is_left_unchanged(data_dir: Path) -> None:
    path = _make_newer(data_dir)
    before = _digest(path)
    with Store.open(data_dir) as opened, pytest.raises(StoreReadOnly):
        opened.add_entries([NewEntry(T0, 1)])
    assert _digest(path) == before
    assert not any(".corrupt-" in p.name for p in data_dir.iterdir())


def test_a_file_where_the_folder_should_be_makes_the_store_unavailable(tmp_path: Path) -> None:
    # A regular file in the folder's place stops even root, unlike chmod.
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StoreUnavailable, match=re.escape(str(blocker))):
        Store.open(blocker)


def test_a_folder_below_a_file_makes_the_store_unavailable(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(StoreUnavailable):
        Store.open(tmp_path / "file" / "data")


def test_a_closed_store_refuses_work_and_closing_twice_is_harmless(data_dir: Path) -> None:
    with Store.open(data_dir) as opened:
        opened.add_entry(T0, 3)
    with pytest.raises(sqlite3.ProgrammingError):
        opened.entries()
    opened.close()
    with Store.open(data_dir) as reopened:
        assert [e.pain for e in reopened.entries()] == [3]


def test_the_in_memory_store_works_without_a_file(tmp_path: Path) -> None:
    with Store.in_memory() as memory:
        run_id = memory.start_run("lumbar-left")
        memory.add_entry(T0, 5)
        assert memory.path is None
        assert memory.load_run(run_id).region_id == "lumbar-left"
        assert len(memory.entries()) == 1


# -- checklist runs ----------------------------------------------------------

def test_a_run_round_trips_with_every_answer(store: Store) -> None:
    run_id = store.start_run("lumbar-left")
    store.save_flag_answer(run_id, "both-legs", False)
    store.save_flag_answer(run_id, "fever", True)
    store.save_flag_answer(run_id, "fever", False)
    store.acknowledge_same_day(run_id)
    store.save_duration(run_id, Duration.SUBACUTE)
    store.save_caution_answer(run_id, "pregnancy", True)
    store.save_step(run_id, "heat", StepState.DONE, 6, 4, "warm bath")
    store.set_page(run_id, "step:heat")
    run = store.load_run(run_id)
    assert run.region_id == "lumbar-left"
    assert run.flag_answers == {"both-legs": False, "fever": False}
    assert run.acknowledged_at is not None and run.acknowledged_at.tzinfo is not None
    assert run.duration is Duration.SUBACUTE
    assert run.caution_answers == {"pregnancy": True}
    assert run.steps["heat"].state is StepState.DONE
    assert run.steps["heat"].pain_change == -2
    assert run.steps["heat"].note == "warm bath"
    assert run.current_page == "step:heat"
    assert run.status is RunStatus.ACTIVE


def test_starting_a_run_stops_the_active_one(store: Store) -> None:
    first = store.start_run(None)
    second = store.start_run("lumbar-right")
    active = store.active_run()
    assert active is not None and active.id == second
    assert store.load_run(first).status is RunStatus.STOPPED


def test_no_active_run_once_it_is_finished(store: Store) -> None:
    store.finish_run(store.start_run(None))
    assert store.active_run() is None


def test_history_lists_finished_runs_newest_first(store: Store) -> None:
    first = store.start_run(None)
    store.finish_run(first)
    stopped = store.start_run(None)
    store.finish_run(stopped, RunStatus.STOPPED)
    last = store.start_run("lumbar-left")
    store.finish_run(last)
    assert [r.id for r in store.history()] == [last, first]
    assert [r.id for r in store.history(include_stopped=True)] == [last, stopped, first]


def test_an_ended_run_cannot_be_finished_again(store: Store) -> None:
    run_id = store.start_run(None)
    store.finish_run(run_id)
    with pytest.raises(ValueError, match="already ended"):
        store.finish_run(run_id, RunStatus.STOPPED)


def test_step_pain_outside_0_to_10_is_refused(store: Store) -> None:
    run_id = store.start_run(None)
    with pytest.raises(ValueError, match="0 to 10"):
        store.save_step(run_id, "heat", StepState.DONE, pain_before=11)


def test_step_events_record_started_once_and_done(store: Store) -> None:
    run_id = store.start_run(None)
    store.mark_step_started(run_id, "heat")
    store.mark_step_started(run_id, "heat")
    store.save_step(run_id, "heat", StepState.DONE)
    store.save_step(run_id, "heat", StepState.DONE, note="again")
    assert [(e.step_id, e.kind) for e in store.step_events()] == [
        ("heat", EventKind.STARTED), ("heat", EventKind.DONE)]


def test_step_events_since_leaves_out_older_ones(store: Store) -> None:
    run_id = store.start_run(None)
    store.mark_step_started(run_id, "heat")
    assert store.step_events(since=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)) == []


# -- pain diary ---------------------------------------------------------------

def test_an_entry_round_trips_with_its_offset(store: Store) -> None:
    at = dt.datetime(2026, 6, 1, 8, 15, tzinfo=LONDON_SUMMER)
    entry = store.entry(store.add_entry(at, 7, "lumbar-left", "after gardening"))
    assert (entry.at, entry.pain, entry.region_id, entry.note) == (at, 7, "lumbar-left",
                                                                   "after gardening")
    assert entry.at.utcoffset() == dt.timedelta(hours=1)
    assert entry.created_at.tzinfo is not None


def test_a_naive_time_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        store.add_entry(dt.datetime(2026, 1, 1, 12, 0), 3)


@pytest.mark.parametrize("pain", [11, -1, True, 5.5])
def test_pain_outside_0_to_10_is_refused(store: Store, pain: object) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        store.add_entry(T0, pain)  # type: ignore[arg-type]


def test_a_deleted_entry_can_be_added_back(store: Store) -> None:
    entry = store.delete_entry(store.add_entry(T0, 4, None, "undo me"))
    assert store.entries() == []
    store.add_entry(entry.at, entry.pain, entry.region_id, entry.note)
    assert [(e.at, e.pain, e.note) for e in store.entries()] == [(T0, 4, "undo me")]


def test_an_identical_entry_is_stored_once(store: Store) -> None:
    assert store.add_entry(T0, 4) == store.add_entry(T0, 4)
    assert len(store.entries()) == 1


def test_bulk_add_skips_duplicates(store: Store) -> None:
    store.add_entry(T0, 4)
    batch = [NewEntry(T0, 4), NewEntry(T0, 5), NewEntry(T0, 5),
             NewEntry(T0.astimezone(NEW_YORK), 4), NewEntry(T0, 4, "lumbar-left")]
    assert store.add_entries(batch) == (2, 3)
    assert store.add_entries(batch) == (0, 5)


def test_bulk_add_with_one_bad_entry_adds_nothing(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add_entries([NewEntry(T0, 3), NewEntry(T0, 12)])
    assert store.entries() == []


def test_ten_thousand_entries_are_added_in_one_go(store: Store) -> None:
    batch = [NewEntry(T0 + dt.timedelta(hours=i), i % 11) for i in range(10_000)]
    assert store.add_entries(batch) == (10_000, 0)
    assert len(store.entries()) == 10_000


def test_entries_are_sorted_by_the_moment_whatever_the_offset(store: Store) -> None:
    later_in_new_york = dt.datetime(2026, 3, 1, 5, 0, tzinfo=NEW_YORK)  # 10:00 UTC
    earlier_in_london = dt.datetime(2026, 3, 1, 10, 30, tzinfo=LONDON_SUMMER)  # 09:30 UTC
    store.add_entry(later_in_new_york, 2)
    store.add_entry(earlier_in_london, 8)
    assert [e.pain for e in store.entries()] == [8, 2]


def test_entries_between_since_and_until(store: Store) -> None:
    for day in range(5):
        store.add_entry(T0 + dt.timedelta(days=day), day)
    chosen = store.entries(since=T0 + dt.timedelta(days=1), until=T0 + dt.timedelta(days=3))
    assert [e.pain for e in chosen] == [1, 2]


def test_an_entry_can_be_changed(store: Store) -> None:
    entry_id = store.add_entry(T0, 4)
    changed = store.update_entry(entry_id, T0, 2, "sacral-left", "better")
    assert (changed.id, changed.pain, changed.region_id, changed.note) == (
        entry_id, 2, "sacral-left", "better")


def test_changing_an_entry_into_a_duplicate_is_refused(store: Store) -> None:
    store.add_entry(T0, 4)
    other = store.add_entry(T0, 5)
    with pytest.raises(ValueError, match="already"):
        store.update_entry(other, T0, 4)
