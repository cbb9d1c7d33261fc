"""``backguide handout`` and ``backguide printers``: files, exit codes and messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backguide.cli import main

from ui_support import pdf_page_count, pdf_page_sizes, pdf_pages_text


def test_handout_saves_a_pdf_and_says_so(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "lumbar.pdf"
    assert main(["handout", "lumbar-left", "-o", str(target), "--paper", "a4"]) == 0
    out = capsys.readouterr().out
    assert f"to {target}" in out and "A4" in out
    assert pdf_page_sizes(target) == {(595, 842)}
    assert "Low back (waist), left" in pdf_pages_text(target, first=1)[0]


def test_handout_on_letter_in_large_print(tmp_path: Path) -> None:
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    assert main(["handout", "cervical-right", "-o", str(normal), "--paper", "letter"]) == 0
    assert main(["handout", "cervical-right", "-o", str(large), "--paper", "letter",
                 "--large-print"]) == 0
    assert pdf_page_sizes(large) == {(612, 792)}
    assert pdf_page_count(large) > pdf_page_count(normal)


def test_general_handout(tmp_path: Path) -> None:
    target = tmp_path / "general.pdf"
    assert main(["handout", "general", "-o", str(target)]) == 0
    assert "Back pain: what can help" in pdf_pages_text(target, first=1)[0]


def test_unknown_region_names_the_closest_ids_and_exits_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["handout", "lumbr-left", "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "unknown region 'lumbr-left'" in err and "'lumbar-left'" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_region_nothing_like_any_id_lists_them_all(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["handout", "zzz", "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "choose one of:" in err and "cervical-left" in err and "general" in err


def test_an_unwritable_path_is_a_clear_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["handout", "lumbar-left", "-o", str(blocker / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "cannot save the handout" in err and "is a file, not a folder" in err
    assert "Traceback" not in err


def test_an_unknown_printer_is_a_clear_error(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["handout", "general", "--printer", "No Such Printer"]) == 1
    err = capsys.readouterr().err
    assert "no printer called 'No Such Printer'" in err and "Traceback" not in err


def test_a_handout_needs_somewhere_to_go(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["handout", "general"]) == 2
    assert "-o FILE.pdf or --printer NAME" in capsys.readouterr().err


def test_printers_lists_names_one_per_line_or_says_there_are_none(capsys) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinterInfo

    assert main(["printers"]) == 0
    captured = capsys.readouterr()
    names = QPrinterInfo.availablePrinterNames()
    assert sorted(captured.out.splitlines()) == sorted(names)
    if not names:
        assert "No printers are set up" in captured.err


def test_handout_works_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    target = tmp_path / "headless.pdf"
    result = subprocess.run([sys.executable, "-m", "backguide", "handout", "sacral-left",
                             "-o", str(target)], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert pdf_page_count(target) >= 2


@pytest.mark.parametrize("argv", [["handout", "nope", "-o", "x.pdf"],
                                  ["handout", "general", "--printer", "nope"]])
def test_errors_never_show_a_traceback_from_the_real_command(argv: list[str],
                                                             tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "backguide", *argv], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode in (1, 2)
    assert result.stderr.startswith("backguide handout:") and "Traceback" not in result.stderr
