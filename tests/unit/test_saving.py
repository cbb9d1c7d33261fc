"""Files saved for the person are whole or not there, private, and never replace the wrong thing."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from pathlib import Path

import pytest

from backguide.core import saving
from backguide.core.diary import NewEntry
from backguide.core.diary_csv import write_csv
from backguide.core.saving import SaveError, check_pdf, save_bytes

ENTRIES = [NewEntry(dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC), 4, None, f"note {i}")
           for i in range(3)]


def _full_disk_after(monkeypatch: pytest.MonkeyPatch, allowed: int) -> None:
    """os.write succeeds for ``allowed`` bytes in all, then fails as a full disk does."""
    real_write = os.write
    left = [allowed]

    def write(handle: int, data: bytes) -> int:
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        written = real_write(handle, bytes(data)[:left[0]])
        left[0] -= written
        return written

    monkeypatch.setattr(os, "write", write)


def test_a_full_disk_leaves_the_old_file_untouched_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "diary.csv"
    target.write_text("the old export\n", encoding="utf-8")
    _full_disk_after(monkeypatch, 10)
    with pytest.raises(SaveError, match="the disk is full; any file that was there is unchanged"):
        write_csv(ENTRIES, target)
    assert target.read_text(encoding="utf-8") == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diary.csv"]


def test_a_failed_sync_is_a_failed_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(handle: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(SaveError, match="input/output error"):
        save_bytes(tmp_path / "out.csv", [b"data"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_a_new_file_is_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        write_csv(ENTRIES, tmp_path / "out.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == 0o600


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_csv(ENTRIES, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert "note 2" in target.read_text(encoding="utf-8")


def test_a_symbolic_link_is_followed_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_csv(ENTRIES, link)
    assert link.is_symlink()
    assert "note 0" in real.read_text(encoding="utf-8")


@pytest.mark.parametrize("target", ["/dev/null", "{tmp}"])
def test_a_device_or_a_folder_is_never_replaced(tmp_path: Path, target: str) -> None:
    with pytest.raises(SaveError, match="that is (not an ordinary file|a folder)"):
        write_csv(ENTRIES, target.format(tmp=tmp_path))
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("name", ["", ".", "/", "some/folder/"])
def test_a_name_that_is_no_file_name_is_refused(name: str) -> None:
    with pytest.raises(SaveError, match="give a file name"):
        write_csv(ENTRIES, name)


def test_a_pdf_without_its_trailer_or_with_pages_missing_is_not_whole(tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    whole = b"%PDF-1.4\n1 0 obj\n<< /Type /Page >>\nendobj\n2 0 obj << /Type /Pages >>\n%%EOF\n"
    pdf.write_bytes(whole)
    check_pdf(pdf, 1)
    with pytest.raises(SaveError, match="1 pages instead of 2"):
        check_pdf(pdf, 2)
    pdf.write_bytes(whole[:40])
    with pytest.raises(SaveError, match="not written completely"):
        check_pdf(pdf, 1)


def test_the_temporary_file_is_in_the_target_folder(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Path] = []

    def write(partial: Path) -> None:
        seen.append(partial)
        partial.write_bytes(b"x")

    saving.save_file(tmp_path / "out.bin", write)
    assert seen[0].parent == tmp_path and not seen[0].exists()
