"""``backguide diary``: add, list, export and import from a terminal, and its error cases."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backguide.cli import main
from backguide.core.store import Store

DATA = Path(__file__).parents[1] / "data" / "diary"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _entries(folder: Path) -> list[tuple[str, int, str | None, str]]:
    with Store.open(folder) as store:
        return [(e.at.isoformat(), e.pain, e.region_id, e.note) for e in store.entries()]


def test_add_then_list(data: Path, capsys) -> None:
    assert main(["--data-dir", str(data), "diary", "add", "--pain", "6", "--region",
                 "lumbar-left", "--note", "after gardening", "--at",
                 "2026-03-01T08:30:00+01:00"]) == 0
    assert "Logged pain 6 at 2026-03-01T08:30:00+01:00" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "diary", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2026-03-01T08:30:00+01:00\t6\tlumbar-left\tafter gardening"]


def test_add_without_a_time_logs_now_with_the_local_offset(data: Path, capsys) -> None:
    assert main(["--data-dir", str(data), "diary", "add", "--pain", "0"]) == 0
    [(at, pain, region, note)] = _entries(data)
    assert pain == 0 and region is None and note == ""
    assert at[-6] in "+-" and at[-3] == ":"


def test_list_since_a_day(data: Path, capsys) -> None:
    for day in ("01", "05", "09"):
        main(["--data-dir", str(data), "diary", "add", "--pain", "3",
              "--at", f"2026-03-{day}T12:00:00Z"])
    capsys.readouterr()
    assert main(["--data-dir", str(data), "diary", "list", "--since", "2026-03-04"]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == [
        "2026-03-05T12:00:00+00:00", "2026-03-09T12:00:00+00:00"]


def test_the_data_folder_can_come_from_the_environment(data: Path, capsys,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BACKGUIDE_DATA_DIR", str(data))
    assert main(["diary", "add", "--pain", "4", "--at", "2026-03-01T09:00:00Z"]) == 0
    assert _entries(data) == [("2026-03-01T09:00:00+00:00", 4, None, "")]


def test_data_dir_after_the_subcommand_works_too(data: Path, capsys) -> None:
    assert main(["diary", "add", "--pain", "4", "--at", "2026-03-01T09:00:00Z",
                 "--data-dir", str(data)]) == 0
    assert len(_entries(data)) == 1


@pytest.mark.parametrize(("args", "words"), [
    (["--pain", "11"], "from 0 to 10, not '11'"),
    (["--pain", "-1"], "not '-1'"),
    (["--pain", "five"], "not 'five'"),
    (["--pain", "5", "--region", "lumbar-lft"], "unknown region 'lumbar-lft'; did you mean "
                                                "'lumbar-left'?"),
    (["--pain", "5", "--at", "tomorrow morning"], "'tomorrow morning' is not a time"),
    (["--pain", "5", "--at", "2026-03-01 at 08:30"], "is not a time"),
])
def test_bad_values_exit_2_with_a_clear_message(data: Path, capsys, args: list[str],
                                                words: str) -> None:
    assert main(["--data-dir", str(data), "diary", "add", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("backguide diary add: ") and words in err
    assert "Traceback" not in err
    assert not (data / "backguide.sqlite3").exists()


def test_a_bad_since_exits_2(data: Path, capsys) -> None:
    assert main(["--data-dir", str(data), "diary", "list", "--since", "last week"]) == 2
    assert "--since" in capsys.readouterr().err


def test_export_writes_csv(data: Path, tmp_path: Path, capsys) -> None:
    main(["--data-dir", str(data), "diary", "import", str(DATA / "good.csv")])
    out = tmp_path / "out.csv"
    assert main(["--data-dir", str(data), "diary", "export", str(out)]) == 0
    assert "Exported 4 entries" in capsys.readouterr().out
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "time,pain,region,note" and len(lines) == 6  # one note has two lines
    assert main(["--data-dir", str(data), "diary", "export", "-"]) == 0
    assert capsys.readouterr().out.startswith("time,pain,region,note")


def test_import_of_bad_rows_lists_file_and_line_and_imports_nothing(data: Path, capsys) -> None:
    bad = str(DATA / "bad-rows.csv")
    assert main(["--data-dir", str(data), "diary", "import", bad]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith(f"{bad}:")]
    assert [int(line.split(":")[1]) for line in lines] == [3, 4, 6, 7, 8, 9, 12, 13]
    assert f"{bad}:6: the pain score must be a whole number from 0 to 10, not '11'" in err
    assert "nothing was imported; --good-rows imports the 2 good rows" in err
    assert not (data / "backguide.sqlite3").exists() or _entries(data) == []


def test_import_good_rows_when_asked_and_never_twice(data: Path, capsys) -> None:
    bad = str(DATA / "bad-rows.csv")
    assert main(["--data-dir", str(data), "diary", "import", bad, "--good-rows"]) == 0
    assert "Imported 2 entries" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "diary", "import", bad, "--good-rows"]) == 0
    assert "Imported 0 entries" in capsys.readouterr().out
    assert [pain for _, pain, _, _ in _entries(data)] == [6, 2]


@pytest.mark.parametrize(("name", "words"), [
    ("latin1.csv", ":2: The file is not UTF-8 text"),
    ("wrong-header.csv", ":1: Unknown column 'date'"),
    ("missing.csv", ": There is no such file."),
])
def test_a_file_that_cannot_be_imported_exits_1(data: Path, capsys, name: str, words: str) -> None:
    assert main(["--data-dir", str(data), "diary", "import", str(DATA / name)]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_an_unusable_data_folder_exits_1(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["--data-dir", str(blocker), "diary", "list"]) == 1
    assert "cannot save in the folder" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "code"), [
    (["add", "--pain", "4"], 0),
    (["list"], 0),
    (["export", "-"], 0),
    (["export", "{data}/no/such/folder/out.csv"], 1),  # fails after reading the store
    (["import", str(DATA / "good.csv")], 0),
    (["import", str(DATA / "bad-rows.csv"), "--good-rows"], 0),
])
def test_every_command_closes_the_diary_file_even_when_it_fails(
        data: Path, capsys, monkeypatch, args: list[str], code: int) -> None:
    opened: list[sqlite3.Connection] = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect",
                        lambda *a, **kw: opened.append(real_connect(*a, **kw)) or opened[-1])
    main(["--data-dir", str(data), "diary", "add", "--pain", "1"])  # an existing file too
    words = [word.format(data=data) for word in args]
    assert main(["--data-dir", str(data), "diary", *words]) == code
    assert opened
    for connection in opened:
        with pytest.raises(sqlite3.ProgrammingError):  # closed
            connection.execute("SELECT 1")


def test_diary_needs_an_action(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["diary"])
    assert exited.value.code == 2


def test_the_command_runs_without_qt_when_given_a_folder(data: Path) -> None:
    probe = Path(__file__).parents[1] / "system" / "probes" / "diary_cli_without_qt.py"
    result = subprocess.run([sys.executable, str(probe), str(data)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.stdout.splitlines()[-1] == "0 False", result.stderr



def test_a_local_at_time_round_trips_through_export_and_import(data: Path, tmp_path: Path,
                                                               berlin_clock: str, capsys) -> None:
    assert main(["--data-dir", str(data), "diary", "add", "--pain", "6", "--region",
                 "lumbar-left", "--at", "2026-07-01T08:30"]) == 0
    assert "Logged pain 6 at 2026-07-01T08:30:00+02:00" in capsys.readouterr().out
    exported = tmp_path / "diary.csv"
    assert main(["--data-dir", str(data), "diary", "export", str(exported)]) == 0
    assert "2026-07-01T08:30:00+02:00,6,lumbar-left," in exported.read_text(encoding="utf-8")
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "diary", "import", str(exported)]) == 0
    assert _entries(other) == _entries(data) == [("2026-07-01T08:30:00+02:00", 6, "lumbar-left", "")]
    assert main(["--data-dir", str(data), "diary", "import", str(exported)]) == 0
    assert "1 was already in the diary" in capsys.readouterr().out
