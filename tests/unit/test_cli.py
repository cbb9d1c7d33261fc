"""The ``backguide`` command line: exit codes and what it prints."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backguide import __version__
from backguide.cli import main
from backguide.paths import content_dir


def test_check_on_the_shipped_content_prints_a_summary_and_exits_0(capsys) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "OK: 12 regions, 17 muscles" in out and "red flags" in out and "sources" in out


def test_check_on_a_broken_folder_lists_every_problem_and_exits_1(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "en"
    shutil.copytree(content_dir(), folder)
    regions = folder / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8").replace(
        "quadratus-lumborum", "quadratus-lumborm", 1), encoding="utf-8")
    (folder / "zones.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{regions}:" in err and "unknown muscle 'quadratus-lumborm'" in err
    assert "did you mean 'quadratus-lumborum'" in err
    assert f"{folder / 'zones.yaml'}:" in err and "YAML syntax error" in err
    assert "Traceback" not in err


def test_check_on_a_missing_folder_exits_1_without_a_traceback(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "nope")]) == 1
    assert "no such content folder" in capsys.readouterr().err


def test_regions_prints_id_tab_name(capsys) -> None:
    assert main(["regions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 12
    assert lines[0] == "cervical-left\tNeck, left"
    assert all(line.count("\t") == 1 for line in lines)


def test_version_is_printed(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"BackGuide {__version__}"


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run([sys.executable, "-m", "backguide", "regions"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1].startswith("sacral-right\t")


@pytest.mark.parametrize(("argv", "expected"), [
    ([], {"content": None, "data_dir": None, "smoke": False, "lang": None}),
    (["--smoke"], {"content": None, "data_dir": None, "smoke": True, "lang": None}),
    (["--content", "c", "--data-dir=d"], {"content": "c", "data_dir": "d", "smoke": False,
                                          "lang": None}),
    (["--data-dir", "d", "--content=c"], {"content": "c", "data_dir": "d", "smoke": False,
                                          "lang": None}),
    (["--lang", "es"], {"content": None, "data_dir": None, "smoke": False, "lang": "es"}),
    (["--lang=en", "--smoke"], {"content": None, "data_dir": None, "smoke": True, "lang": "en"}),
])
def test_a_desktop_start_passes_its_options_to_the_app(monkeypatch, argv, expected) -> None:
    started: list[dict[str, object]] = []
    monkeypatch.setattr("backguide.app.run_app", lambda **kw: started.append(kw) or 0)
    assert main(argv) == 0
    assert started == [expected]


@pytest.mark.parametrize("argv", [["--content"], ["--data-dir"], ["-x"], ["--lang", "fr"],
                                  ["--lang"]])
def test_a_mistaken_desktop_start_is_explained_in_one_line(monkeypatch, capsys, argv) -> None:
    started: list[dict[str, object]] = []
    monkeypatch.setattr("backguide.app.run_app", lambda **kw: started.append(kw) or 0)
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("backguide: ") and err.endswith("(see 'backguide --help')\n")
    assert err.count("\n") == 1
    assert started == []


def test_help_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert all(command in out for command in ("check", "regions", "handout", "printers", "diary"))


def test_a_closed_pipe_ends_the_listing_quietly() -> None:
    # "true" exits without reading, long before Python has started and writes.
    shell = f"'{sys.executable}' -m backguide regions | true; echo done"
    result = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.stdout == "done\n"
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_exercises_prints_id_title_and_levels_tab_separated(capsys) -> None:
    assert main(["exercises"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "bridge\tBridge\tlumbar,sacral" in lines
    assert all(len(line.split("\t")) == 3 for line in lines)


# -- translations ---------------------------------------------------------------------

def _reviewed(folder: Path) -> None:
    guide = folder / "guide.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace(
        'reviewer: ""\n  reviewed: ""', "reviewer: a physiotherapist\n  reviewed: 2027-01-15"),
        encoding="utf-8")


def test_check_on_a_translation_says_what_it_translates(translated_content: Path, capsys) -> None:
    _reviewed(translated_content)
    assert main(["check", str(translated_content)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().endswith("; translated from English 2.1.0")
    assert captured.err == ""


def test_check_warns_while_a_translation_is_not_reviewed(translated_content: Path, capsys) -> None:
    assert main(["check", str(translated_content)]) == 0
    assert "the translation is not reviewed yet" in capsys.readouterr().err


def test_check_lists_where_a_translation_differs_and_exits_1(translated_content: Path,
                                                             capsys) -> None:
    steps = translated_content / "steps.yaml"
    text = steps.read_text(encoding="utf-8")
    start = text.index("grade: moderate", text.index("- id: heat\n"))
    steps.write_text(text[:start] + "grade: low" + text[start + len("grade: moderate"):],
                     encoding="utf-8")
    line = text.count("\n", 0, start) + 1
    column = start - text.rfind("\n", 0, start) + len("grade: ")
    assert main(["check", str(translated_content)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"{steps}:{line}:{column}: evidence.grade is 'low' here but 'moderate' in the English "
        f"content ({translated_content.parent / 'en' / 'steps.yaml'}:{line}:{column})",
        f"{translated_content}: 1 problem found",
    ]


def test_check_compares_with_a_source_given_explicitly(translated_content: Path, tmp_path: Path,
                                                       capsys) -> None:
    clinic = tmp_path / "clinic-en"
    shutil.move(translated_content.parent / "en", clinic)
    assert main(["check", str(translated_content)]) == 1
    assert "there is no 'en' content folder next to this one" in capsys.readouterr().err
    _reviewed(translated_content)
    assert main(["check", str(translated_content), "--source", str(clinic)]) == 0


def test_check_source_needs_a_folder_to_compare(capsys) -> None:
    assert main(["check", "--source", "somewhere"]) == 2
    assert "give its folder too" in capsys.readouterr().err


def test_check_without_a_folder_checks_every_shipped_language(capsys) -> None:
    from backguide.paths import content_locales

    assert main(["check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": OK: ")[0] for line in lines] == [str(f) for f in content_locales()]


def test_check_without_a_folder_fails_when_one_language_fails(
        translated_content: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import backguide.paths

    (translated_content / "zones.yaml").unlink()
    english = translated_content.parent / "en"
    monkeypatch.setattr(backguide.paths, "content_locales", lambda: [english, translated_content])
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert f"{english}: OK" in captured.out
    assert f"{translated_content / 'zones.yaml'}:1:1: the file is missing" in captured.err
