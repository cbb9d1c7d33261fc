"""The command line used wrongly, or on hostile input: a one-line error, never a traceback."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backguide.cli import main
from backguide.core import content as content_module
from backguide.core.diary_csv import parse_csv, read_csv, write_csv
from backguide.core.store import Store
from backguide.paths import content_dir


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _one_line_error(capsys) -> str:  # type: ignore[no-untyped-def]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


# -- 4: formulas in CSV ------------------------------------------------------------

@pytest.mark.parametrize("note", ["=HYPERLINK(\"http://x\")", "+1", "-2 after the walk", "@SUM(A1)",
                                  "\tindented", "\rreturn", "'=already quoted", "''=twice",
                                  "plain", "'just a quote"])
def test_formulas_are_neutralised_on_export_and_restored_on_import(tmp_path: Path,
                                                                   note: str) -> None:
    entry = Store.in_memory()
    with entry as store:
        store.add_entry(dt.datetime(2026, 3, 1, tzinfo=dt.UTC), 3, None, note)
        write_csv(store.entries(), tmp_path / "out.csv")
    data = (tmp_path / "out.csv").read_bytes()
    cell = data.decode("utf-8").splitlines()[1].split(",", 3)[3].strip('"')
    assert cell[0] not in "=+-@\t\r"
    [row] = parse_csv(data).rows
    assert row.note == note


# -- 6: control characters ---------------------------------------------------------

def test_diary_list_shows_control_characters_escaped(data: Path, capsys) -> None:
    assert main(["--data-dir", str(data), "diary", "add", "--pain", "2", "--note",
                 "red \x1b[31m bell \x07", "--at", "2026-03-01T09:00Z"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "diary", "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "red \\x1b[31m bell \\x07" in out


def test_check_shows_control_characters_in_content_ids_escaped(minimal_content: Path,
                                                               capsys) -> None:
    regions = minimal_content / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    muscle = text.split("muscles: [")[1].split("]")[0].split(",")[0].strip()
    regions.write_text(text.replace(muscle, '"\\e]0;pwned\\a"', 1), encoding="utf-8")
    assert main(["check", str(minimal_content)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\\x1b]0;pwned\\x07" in err


# -- 7: content folders that cannot be read ---------------------------------------

def test_a_path_component_over_255_characters_is_one_line(capsys) -> None:
    assert main(["check", "/tmp/" + "x" * 300]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "too long" in err


def test_an_unreadable_content_folder_is_one_line(minimal_content: Path, capsys,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path) == minimal_content:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    # Mode 000 does not stop root, who runs these tests in CI: refuse as the kernel would.
    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["check", str(minimal_content)]) == 1
    err = capsys.readouterr().err
    assert "the content folder cannot be read: permission denied" in err
    assert "Traceback" not in err


def test_the_app_falls_back_to_the_shipped_guide_when_the_folder_cannot_be_read(
        tmp_path: Path) -> None:
    from backguide.app import load_startup_guide
    from backguide.paths import asset

    content, artwork, error = load_startup_guide("/tmp/" + "y" * 300, str(asset("back.svg")),
                                                 str(tmp_path))
    assert content is not None and artwork is not None
    assert error is not None and "too long" in error.text()


# -- 8: check stays linear -----------------------------------------------------------

def test_check_suggests_names_for_a_bounded_number_of_unknown_references(
        minimal_content: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    guide = minimal_content / "guide.yaml"
    unknown = ", ".join(f"no-such-source-{n}" for n in range(400))
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text.replace("map_caveat_sources: [", f"map_caveat_sources: [{unknown}, ", 1),
                     encoding="utf-8")
    calls = []
    real = difflib.get_close_matches
    monkeypatch.setattr(difflib, "get_close_matches",
                        lambda *a, **kw: calls.append(1) or real(*a, **kw))
    assert main(["check", str(minimal_content)]) == 1
    assert capsys.readouterr().err.count("unknown source 'no-such-source-") == 400
    assert len(calls) <= content_module.MAX_SUGGESTIONS + 10


# -- 9: dates out of range ---------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["add", "--pain", "3", "--at", "9999-12-31T23:59:59-23:59"],
    ["add", "--pain", "3", "--at", "0001-01-01T00:00+01:00"],
    ["add", "--pain", "3", "--at", "1899-12-31T23:59:59Z"],
    # The range is on the moment in UTC: these are 1899 and 2201 there.
    ["add", "--pain", "3", "--at", "1900-01-01T00:00+14:00"],
    ["add", "--pain", "3", "--at", "2200-12-31T23:59:59-12:00"],
    ["list", "--since", "0001-01-01"],
    ["list", "--since", "9999-12-31"],
    ["list", "--since", "1900-01-01T00:00+01:00"],
])
def test_dates_out_of_range_are_a_one_line_error(data: Path, capsys, args: list[str]) -> None:
    assert main(["--data-dir", str(data), "diary", *args]) == 2
    assert "out of range" in _one_line_error(capsys)


def test_dates_at_the_ends_of_the_range_are_accepted_in_any_zone(data: Path, capsys) -> None:
    for at in ("1900-01-01T00:00Z", "1899-12-31T12:00-12:00", "2200-12-31T23:59:59Z",
               "2201-01-01T13:59:59+14:00"):
        assert main(["--data-dir", str(data), "diary", "add", "--pain", "1", "--at", at]) == 0
    assert main(["--data-dir", str(data), "diary", "list", "--since",
                 "1900-01-01T14:00+14:00"]) == 0


# Both ends of the range, each written in three zones, and times just outside them.
ENDS = ["1900-01-01T00:00:00Z", "1899-12-31T12:00:00-12:00", "1900-01-01T14:00:00+14:00",
        "2200-12-31T23:59:59Z", "2200-12-31T11:59:59-12:00", "2201-01-01T13:59:59+14:00",
        "1900-01-01T00:00:00+14:00", "2200-12-31T23:59:59-12:00"]


@pytest.mark.parametrize("hours", [-12, 0, 14])
def test_whatever_an_import_accepts_exports_and_imports_again_in_any_zone(
        tmp_path: Path, hours: int) -> None:
    accepted = parse_csv("time,pain\n" + "".join(f"{at},{pain}\n" for pain, at in enumerate(ENDS))
                         ).rows
    assert {row.at.astimezone(dt.UTC) for row in accepted} == {
        dt.datetime(1900, 1, 1, tzinfo=dt.UTC), dt.datetime(2200, 12, 31, 23, 59, 59, tzinfo=dt.UTC)}
    with Store.in_memory() as store:
        store.add_entries(accepted)
        write_csv(store.entries(), tmp_path / "out.csv", zone=dt.timezone(dt.timedelta(hours=hours)))
    again = read_csv(tmp_path / "out.csv")
    assert [p.message for p in again.problems] == []
    assert sorted((r.at, r.pain) for r in again.rows) == sorted((r.at, r.pain) for r in accepted)


def test_diary_export_then_import_round_trips_the_ends_of_the_range(
        data: Path, tmp_path: Path, capsys, berlin_clock: str) -> None:
    for at in ("1900-01-01T00:00Z", "2200-12-31T23:59:59Z"):
        assert main(["--data-dir", str(data), "diary", "add", "--pain", "1", "--at", at]) == 0
    assert main(["--data-dir", str(data), "diary", "export", str(tmp_path / "out.csv")]) == 0
    assert main(["--data-dir", str(tmp_path / "other"), "diary", "import",
                 str(tmp_path / "out.csv")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "other"), "diary", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1900-01-01T01:00:00+01:00\t1\t-\t", "2201-01-01T00:59:59+01:00\t1\t-\t"]


def test_an_import_with_dates_out_of_range_names_the_rows(tmp_path: Path) -> None:
    result = parse_csv("time,pain\n9999-12-31T23:59:59-23:59,3\n0001-01-01T00:00+01:00,2\n"
                       "2026-03-01T09:00Z,1\n")
    assert [p.line for p in result.problems] == [2, 3]
    assert all("out of range" in p.message for p in result.problems)
    assert len(result.rows) == 1


# -- 10: bytes that are not UTF-8 ------------------------------------------------------

def test_a_note_that_is_not_utf8_is_a_one_line_error(data: Path, capsys) -> None:
    note = os.fsdecode(b"caf\xe9")
    assert main(["--data-dir", str(data), "diary", "add", "--pain", "3", "--note", note]) == 2
    assert "--note is not UTF-8 text" in _one_line_error(capsys)


def test_a_csv_name_that_is_not_utf8_is_saved_under_exactly_that_name(
        data: Path, tmp_path: Path, capsys) -> None:
    name = os.fsdecode(b"caf\xe9.csv")
    assert main(["--data-dir", str(data), "diary", "export", str(tmp_path / name)]) == 0
    assert b"caf\xe9.csv" in os.listdir(os.fsencode(tmp_path))
    assert "caf\\xe9.csv" in capsys.readouterr().out


# -- 11: export to no file at all --------------------------------------------------

@pytest.mark.parametrize("name", ["", ".", "/"])
def test_export_to_a_name_that_is_no_file_is_a_one_line_error(data: Path, capsys,
                                                              name: str) -> None:
    assert main(["--data-dir", str(data), "diary", "export", name]) == 1
    assert "give a file name" in _one_line_error(capsys)


# -- 12: endless input -----------------------------------------------------------------

def test_import_of_an_endless_file_stops_at_the_limit(data: Path) -> None:
    # In a process of its own with a memory limit: reading it all would never end well.
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)); "
    script = (limit + "import sys; from backguide.cli import main; "
              f"sys.exit(main(['--data-dir', '{data}', 'diary', 'import', '/dev/zero']))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "over 20 MB" in result.stderr


# -- 13: a closed pipe keeps the exit status -----------------------------------------

def test_a_failing_command_meeting_a_closed_pipe_keeps_its_exit_status(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    shutil.copytree(content_dir(), folder)
    (folder / "steps.yaml").write_text("- id: [broken\n" * 3, encoding="utf-8")
    (folder / "sources.yaml").write_text("".join(
        f"- id: s{n}\n  citation: x\n" for n in range(3000)), encoding="utf-8")
    shell = (f"'{sys.executable}' -m backguide check '{folder}' 2>&1 | true; "
             "echo \"status ${PIPESTATUS[0]}\"")
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.stdout.strip().splitlines()[-1] == "status 1", result.stdout
    assert "Traceback" not in result.stderr


# -- 15: the smaller ones ------------------------------------------------------------

def test_an_empty_data_dir_is_an_error_not_the_default_folder(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", "", "diary", "list"])
    assert exited.value.code == 2
    assert "empty folder name" in _one_line_error(capsys)


def test_a_nul_in_yaml_is_reported_at_its_line(minimal_content: Path, capsys) -> None:
    steps = minimal_content / "steps.yaml"
    lines = steps.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].rstrip("\n") + " \x00\n"
    steps.write_text("".join(lines), encoding="utf-8")
    assert main(["check", str(minimal_content)]) == 1
    assert f"{steps}:4:" in capsys.readouterr().err


def test_a_python_tag_in_yaml_is_named(minimal_content: Path, capsys) -> None:
    guide = minimal_content / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text.replace("title: ", "title: !!python/name:os.system ", 1),
                     encoding="utf-8")
    assert main(["check", str(minimal_content)]) == 1
    err = capsys.readouterr().err
    assert "the tag '!!python/name:os.system' is not allowed" in err
    assert "should be text, not text" not in err


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_folder_or_pipe_in_place_of_a_content_file_is_named(minimal_content: Path, capsys,
                                                                kind: str) -> None:
    zones = minimal_content / "zones.yaml"
    zones.unlink()
    if kind == "folder":
        zones.mkdir()
    else:
        os.mkfifo(zones)
    assert main(["check", str(minimal_content)]) == 1
    err = capsys.readouterr().err
    assert ("this is a folder" if kind == "folder" else "not an ordinary file") in err
    assert "the file is missing" not in err


def test_a_missing_steps_file_is_not_buried_under_never_cited_sources(minimal_content: Path,
                                                                      capsys) -> None:
    (minimal_content / "steps.yaml").rename(minimal_content / "stepz.yaml")
    assert main(["check", str(minimal_content)]) == 1
    err = capsys.readouterr().err
    assert "never cited" not in err
    assert "steps.yaml:1:1: the file is missing; is it 'stepz.yaml'?" in err


def test_a_misspelt_extra_file_gets_a_warning(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "en"
    shutil.copytree(content_dir(), folder)
    shutil.copy(folder / "steps.yaml", folder / "stepz.yaml")
    assert main(["check", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "stepz.yaml" in err and "did you mean 'steps.yaml'?" in err


def test_the_newer_version_notice_is_printed_once(data: Path, capsys) -> None:
    import sqlite3
    from contextlib import closing

    with Store.open(data):
        pass
    with closing(sqlite3.connect(data / "backguide.sqlite3")) as conn:
        conn.execute("PRAGMA user_version = 99")
    assert main(["--data-dir", str(data), "diary", "add", "--pain", "3"]) == 1
    assert "newer version" in _one_line_error(capsys)
