"""The store survives what a real computer does: kills, damaged rows, read-only folders, races."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from backguide.cli import main
from backguide.core.store import DB_NAME, StepState, Store, StoreReadOnly

T0 = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def _leave_a_hot_journal(folder: Path) -> None:
    """What kill -9 during the very first write leaves: a part-written file and its journal.

    A transaction too big for the cache spills into the file; copying the file
    and its journal at that moment is what the disk holds if the process dies.
    """
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / DB_NAME
        conn = sqlite3.connect(source, isolation_level=None)
        with closing(conn):
            conn.execute("PRAGMA cache_size = 2")
            conn.execute("BEGIN")
            conn.execute("CREATE TABLE half_written (x)")
            for _ in range(200):
                conn.execute("INSERT INTO half_written VALUES (randomblob(1000))")
            for name in os.listdir(tmp):
                shutil.copy(Path(tmp) / name, folder / name)
    assert (folder / f"{DB_NAME}-journal").exists()


def test_a_journal_left_by_a_killed_first_write_is_rolled_back_and_the_store_works(
        tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _leave_a_hot_journal(folder)
    with Store.open(folder) as store:
        assert not store.read_only and store.notice is None
        store.add_entry(T0, 4)
        assert [e.pain for e in store.entries()] == [4]
    assert not (folder / f"{DB_NAME}-journal").exists()


def test_diary_add_works_after_a_killed_first_write(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    _leave_a_hot_journal(folder)
    assert main(["--data-dir", str(folder), "diary", "add", "--pain", "3"]) == 0
    assert "readonly" not in capsys.readouterr().err


# -- damaged rows ----------------------------------------------------------------

def _damage(folder: Path, sql: str) -> None:
    with closing(sqlite3.connect(folder / DB_NAME)) as conn, conn:
        conn.execute(sql)


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A diary of three entries: one note is not UTF-8, one time is not a time."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        for hour in range(3):
            store.add_entry(T0 + dt.timedelta(hours=hour), hour, None, f"entry {hour}")
        run = store.start_run("lumbar-left")
        store.save_step(run, "walk", StepState.DONE, 5, 3, "fine")
        store.save_step(run, "heat", StepState.DONE, 5, 3, "fine")
    _damage(folder, "UPDATE diary_entry SET note = CAST(X'6361666592' AS TEXT) WHERE pain = 1")
    _damage(folder, "UPDATE diary_entry SET at = 'not a time' WHERE pain = 2")
    _damage(folder, "UPDATE step_progress SET note = CAST(X'ff' AS TEXT) WHERE step_id = 'heat'")
    return folder


def test_bad_rows_are_skipped_counted_and_reported(damaged: Path) -> None:
    with Store.open(damaged) as store:
        assert [e.note for e in store.entries()] == ["entry 0"]
        assert len(store.unreadable) == 2
        report = store.unreadable.report()
        assert "2 damaged rows" in report and "diary entries 2, 3" in report
        assert str(damaged / DB_NAME) in report


def test_the_checklist_keeps_working_with_a_damaged_step(damaged: Path) -> None:
    with Store.open(damaged) as store:
        run = store.active_run()
        assert run is not None and list(run.steps) == ["walk"]
        assert "checklist steps" in store.unreadable.report()


def test_diary_list_and_export_show_everything_else_and_say_what_was_skipped(
        damaged: Path, tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(damaged), "diary", "list"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and "entry 0" in out
    assert "2 damaged rows" in err and "Traceback" not in err
    assert main(["--data-dir", str(damaged), "diary", "export", str(tmp_path / "x.csv")]) == 0
    assert "Exported 1 entry" in capsys.readouterr().out


def test_a_copy_of_a_damaged_file_can_be_kept(damaged: Path) -> None:
    with Store.open(damaged) as store:
        copy = store.keep_copy()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT count(*) FROM diary_entry").fetchone() == (3,)


# -- privacy -----------------------------------------------------------------------

@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_the_data_folder_and_file_are_private_whatever_the_umask(tmp_path: Path,
                                                                umask: int) -> None:
    old = os.umask(umask)
    try:
        with Store.open(tmp_path / "data") as store:
            store.add_entry(T0, 3)
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "data").iterdir()}
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert modes and set(modes.values()) == {0o600}, modes


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_an_exported_diary_is_private_whatever_the_umask(tmp_path: Path, umask: int,
                                                        capsys) -> None:
    old = os.umask(umask)
    try:
        assert main(["--data-dir", str(tmp_path / "d"), "diary", "export",
                     str(tmp_path / "out.csv")]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == 0o600


# -- read-only ---------------------------------------------------------------------

@pytest.fixture
def read_only_data(tmp_path: Path) -> Iterator[Path]:
    """A data folder with one entry that the test's user can read but not write."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.add_entry(T0, 6, None, "before the folder became read-only")
    folder.chmod(0o555)
    (folder / DB_NAME).chmod(0o444)
    yield folder
    folder.chmod(0o755)


def _as_reader(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run backguide where ``folder`` cannot be written.

    Root may write anywhere whatever the modes say, so as root the folder is
    mounted read-only in a mount namespace of the command's own.
    """
    command = [sys.executable, "-m", "backguide", "--data-dir", str(folder), *args]
    if os.geteuid() == 0:
        if not shutil.which("unshare"):
            pytest.skip("as root, a read-only folder needs 'unshare' to make")
        quoted = " ".join(f"'{word}'" for word in command)
        command = ["unshare", "-m", "sh", "-c",
                   f"mount --bind '{folder}' '{folder}' && "
                   f"mount -o remount,bind,ro '{folder}' && exec {quoted}"]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_diary_list_works_in_a_read_only_folder_and_says_changes_cannot_be_saved(
        read_only_data: Path) -> None:
    result = _as_reader(read_only_data, "diary", "list")
    assert result.returncode == 0, result.stderr
    assert "before the folder became read-only" in result.stdout
    assert "changes cannot be saved" in result.stderr and "Traceback" not in result.stderr


def test_diary_add_in_a_read_only_folder_fails_with_one_line(read_only_data: Path) -> None:
    result = _as_reader(read_only_data, "diary", "add", "--pain", "3")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "changes cannot be saved" in result.stderr


def test_a_read_only_store_refuses_writes(read_only_data: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write to a read-only folder; covered by the command-line tests")
    with Store.open(read_only_data) as store, pytest.raises(StoreReadOnly):
        store.add_entry(T0, 1)


def _disk_full_for_writers(monkeypatch: pytest.MonkeyPatch, message: str, code: int) -> None:
    """Every connection that may write fails as on a full disk; an unchanging read still works.

    On a full disk a database in WAL mode cannot make its shared-memory index
    (the -shm file), so SQLite fails on the first statement, even a read.
    """
    real_connect = sqlite3.connect
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]

    class FullDisk(sqlite3.Connection):
        def execute(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise error

    def connect(database, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "immutable=1" in str(database):
            return real_connect(database, *args, **kwargs)
        return real_connect(database, *args, factory=FullDisk, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


@pytest.fixture
def one_entry(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.add_entry(T0, 6, None, "before the disk filled up")
    return folder


@pytest.mark.parametrize(("message", "code", "why"), [
    ("database or disk is full", sqlite3.SQLITE_FULL, "the disk is full"),
    ("disk I/O error", 4874, "disk I/O error"),  # SQLITE_IOERR_SHMSIZE: no room for the -shm file
])
def test_a_store_that_cannot_be_written_opens_read_only_and_says_why(
        one_entry: Path, monkeypatch: pytest.MonkeyPatch, message: str, code: int,
        why: str) -> None:
    _disk_full_for_writers(monkeypatch, message, code)
    with Store.open(one_entry) as store:
        assert store.read_only
        assert store.notice is not None and f"({why})" in store.notice
        assert "changes cannot be saved" in store.notice
        assert [e.note for e in store.entries()] == ["before the disk filled up"]
        with pytest.raises(StoreReadOnly):
            store.add_entry(T0, 1)


def test_diary_list_on_a_full_disk_shows_the_diary_and_says_changes_cannot_be_saved(
        one_entry: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    _disk_full_for_writers(monkeypatch, "database or disk is full", sqlite3.SQLITE_FULL)
    assert main(["--data-dir", str(one_entry), "diary", "list"]) == 0
    out, err = capsys.readouterr()
    assert "before the disk filled up" in out
    assert "the disk is full" in err and "changes cannot be saved" in err


def test_diary_list_works_on_a_really_full_disk(one_entry: Path, tmp_path: Path) -> None:
    """A small file system filled to the last byte with ``dd``, in a mount namespace of its own."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("mounting a small file system needs root and 'unshare'")
    small = tmp_path / "small"
    small.mkdir()
    command = " ".join(f"'{word}'" for word in [sys.executable, "-m", "backguide", "--data-dir",
                                                 str(small / "data"), "diary", "list"])
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c",
         f"mount -t tmpfs -o size=256k tmpfs '{small}' && cp -a '{one_entry}' '{small}/data' && "
         f"{{ dd if=/dev/zero of='{small}/fill' bs=4k 2>/dev/null; exec {command}; }}"],
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "before the disk filled up" in result.stdout
    assert "the disk is full" in result.stderr and "changes cannot be saved" in result.stderr


# -- two at once ---------------------------------------------------------------------

def test_opening_waits_for_another_program_creating_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other program holds the file locked while the store is opened: one retry succeeds."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.add_entry(T0, 1)
    real_connect = sqlite3.connect
    busy = [2]
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]

    def connect_locked(*args, **kwargs):  # type: ignore[no-untyped-def]
        if busy[0]:
            busy[0] -= 1
            raise locked
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect_locked)
    with Store.open(folder) as store:
        assert len(store.entries()) == 1


def test_simultaneous_first_writes_all_succeed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    errors: list[BaseException] = []

    def first_write(number: int) -> None:
        try:
            with Store.open(folder) as store:
                store.add_entry(T0 + dt.timedelta(minutes=number), 2)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=first_write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(folder) as store:
        assert len(store.entries()) == 8
