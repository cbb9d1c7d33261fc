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


def _disk_fills_up_while_qt_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's PDF writer does not notice a full disk: the file just ends early.

    Simulated where the data reaches the disk: the sync finds half the file.
    """
    real_fsync = os.fsync

    def fsync(handle: int) -> None:
        os.truncate(f"/proc/self/fd/{handle}", os.fstat(handle).st_size // 2)
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)


def _saved_handout(target: Path, capsys) -> bytes:  # type: ignore[no-untyped-def]
    """A handout saved to ``target`` as it should be; its bytes."""
    assert main(["handout", "lumbar-left", "-o", str(target)]) == 0
    capsys.readouterr()
    return target.read_bytes()


def _failed_and_kept(target: Path, good: bytes, capsys) -> str:  # type: ignore[no-untyped-def]
    """Saving again fails with one line of error, and the old file is all there is; the line."""
    assert main(["handout", "lumbar-left", "-o", str(target)]) == 1
    out, err = capsys.readouterr()
    assert "Saved" not in out and err.count("\n") == 1
    assert target.read_bytes() == good
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    return err


def test_a_handout_cut_short_by_a_full_disk_is_an_error_and_keeps_the_old_file(
        tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "lumbar.pdf"
    good = _saved_handout(target, capsys)
    _disk_fills_up_while_qt_writes(monkeypatch)
    err = _failed_and_kept(target, good, capsys)
    assert "not written completely" in err and "unchanged" in err


def test_a_handout_qt_could_not_finish_says_so_not_that_its_title_failed(
        tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Qt's writer stops early on a full disk; the title is added after it, to a short file."""
    from backguide.ui.printing import render

    target = tmp_path / "lumbar.pdf"
    good = _saved_handout(target, capsys)
    real_render = render.render_handout

    def render_cut_short(handout, artwork, printer):  # type: ignore[no-untyped-def]
        pages = real_render(handout, artwork, printer)
        os.truncate(printer.outputFileName(), len(good) // 2)
        return pages

    monkeypatch.setattr(render, "render_handout", render_cut_short)
    err = _failed_and_kept(target, good, capsys)
    assert "title" not in err
    assert "not written completely (is the disk full?)" in err and "unchanged" in err


def test_a_handout_whose_title_cannot_be_added_keeps_the_old_file_and_says_so(
        tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from backguide.core.pdf_info import PdfInfoError
    from backguide.ui.printing import render

    target = tmp_path / "lumbar.pdf"
    target.write_bytes(b"the old handout")

    def cannot_add(pdf: bytes, info: object) -> bytes:
        raise PdfInfoError("the catalogue cannot be read")

    monkeypatch.setattr(render, "with_document_info", cannot_add)
    assert main(["handout", "lumbar-left", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "title and language could not be added" in err
    assert "unchanged" in err and target.read_bytes() == b"the old handout"


def test_a_saved_handout_has_every_page_the_writer_reported(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "general.pdf"
    assert main(["handout", "general", "-o", str(target)]) == 0
    reported = int(capsys.readouterr().out.split("(")[1].split()[0])
    assert pdf_page_count(target) == reported
    assert target.read_bytes().rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_a_new_handout_is_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        assert main(["handout", "general", "-o", str(tmp_path / "h.pdf")]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "h.pdf").stat().st_mode & 0o777 == 0o600


def test_a_handout_is_never_written_over_a_device(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["handout", "general", "-o", "/dev/null"]) == 1
    assert "not an ordinary file" in capsys.readouterr().err


def test_a_handout_name_with_bytes_that_are_not_utf8_is_saved_under_exactly_that_name(
        tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.pdf")
    assert main(["handout", "general", "-o", str(tmp_path / name)]) == 0
    assert os.listdir(os.fsencode(tmp_path)) == [b"caf\xe9.pdf"]


# -- the diary report ---------------------------------------------------------------------


def test_diary_report_writes_a_pdf_with_the_summary(tmp_path: Path, capsys) -> None:
    import datetime as dt

    from backguide.cli import main as run_cli
    from backguide.core.diary import NewEntry
    from backguide.core.store import Store

    from ui_support import pdf_pages_text

    data = tmp_path / "data"
    today = dt.datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    with Store.open(data) as store:
        store.add_entries([NewEntry(today - dt.timedelta(days=i), 3 + i % 4,
                                    "lumbar-left" if i % 2 else "sacral-right")
                           for i in range(20)])
    out = tmp_path / "report.pdf"
    assert run_cli(["--data-dir", str(data), "diary", "report", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Saved the pain diary report (" in printed and "20 entries" in printed
    pages = pdf_pages_text(out)
    assert "Pain diary" in pages[0] and "Average pain" in pages[0] and "Trend:" in pages[0]
    assert "20 entries on 20 days" in pages[0]
    assert "Low back (waist), left: 10 entries" in pages[0]
    assert not list(tmp_path.glob(".*partial"))

    one = tmp_path / "one.pdf"
    since = (today - dt.timedelta(days=5)).date().isoformat()
    assert run_cli(["--data-dir", str(data), "diary", "report", "-o", str(one), "--since", since,
                    "--region", "sacral-right"]) == 0
    text = " ".join(pdf_pages_text(one))
    assert "Pain diary: Base of the spine (sacrum), right" in text
    assert "Low back (waist), left" not in text
    assert "3 entries" in text


def test_diary_report_refuses_an_unknown_region(tmp_path: Path, capsys) -> None:
    from backguide.cli import main as run_cli

    out = tmp_path / "report.pdf"
    assert run_cli(["--data-dir", str(tmp_path), "diary", "report", "-o", str(out),
                    "--region", "lumbar-lft"]) == 2
    assert "did you mean 'lumbar-left'" in capsys.readouterr().err
    assert not out.exists()
