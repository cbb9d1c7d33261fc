"""A handout through a real print queue: CUPS with the CUPS-PDF printer.

The queue writes each job as a PDF file, so the test can read what a printer
would have received. The test starts the CUPS scheduler when it is installed
but not running (as root), and adds the queue; it never installs CUPS. Without
CUPS and CUPS-PDF (Debian: cups, printer-driver-cups-pdf; .ci/system-packages)
it skips with the reason.
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from backguide.core.handout import HandoutOptions, build_handout

from ui_support import pdf_page_count, pdf_page_sizes, shipped

QUEUE = "BackGuidePDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
ARRIVAL_TIMEOUT = 60.0


def _run(*command: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def _installed() -> str:
    """Why CUPS with CUPS-PDF cannot be used ("" when it is installed)."""
    missing = [tool for tool in ("cupsd", "lpadmin", "lpstat") if shutil.which(tool) is None]
    if missing or not PPD.is_file():
        return (f"CUPS and CUPS-PDF are not installed ({', '.join(missing) or PPD} missing; "
                "Debian packages cups and printer-driver-cups-pdf)")
    return ""


def _scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r").stdout


def _start_scheduler() -> str:
    if _scheduler_running():
        return ""
    if os.geteuid() != 0:
        return "the CUPS scheduler is not running, and starting it needs root"
    result = _run("cupsd")  # forks into the background
    if result.returncode != 0:
        return f"cupsd would not start: {result.stderr.strip()[-300:]}"
    deadline = time.monotonic() + 30
    while not _scheduler_running():
        if time.monotonic() > deadline:
            return "cupsd started but never answered"
        time.sleep(0.2)
    return ""


def _add_queue() -> str:
    if _run("lpstat", "-p", QUEUE).returncode == 0:
        return ""
    result = _run("lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-P", str(PPD), "-E")
    return "" if result.returncode == 0 else f"lpadmin failed: {result.stderr.strip()}"


def _output_folders() -> list[Path]:
    """Where CUPS-PDF puts finished jobs: its ``Out`` folder and the anonymous one."""
    out, anonymous = "${HOME}/PDF", "/var/spool/cups-pdf/ANONYMOUS"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            match = re.match(r"\s*(Out|AnonDirName)\s+(\S+)", line)
            if match and match.group(1) == "Out":
                out = match.group(2)
            elif match:
                anonymous = match.group(2)
    home = pwd.getpwuid(os.getuid()).pw_dir
    user = pwd.getpwuid(os.getuid()).pw_name
    return [Path(out.replace("${HOME}", home).replace("${USER}", user)), Path(anonymous)]


@pytest.fixture(scope="session")
def cups_pdf_queue() -> list[Path]:
    """A CUPS-PDF print queue named QUEUE; returns the folders its PDFs arrive in."""
    for step in (_installed, _start_scheduler, _add_queue):
        reason = step()
        if reason:
            pytest.skip(f"no CUPS-PDF print queue: {reason}")
    return _output_folders()


def _new_pdfs(folders: list[Path], since: float) -> list[Path]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in folder.glob("*.pdf") if p.stat().st_mtime >= since - 1]
    return found


def _arrived(folders: list[Path], since: float) -> Path | None:
    """A finished PDF from the queue (written out and readable), if one has arrived."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    for path in _new_pdfs(folders, since):
        try:
            size = path.stat().st_size
            PdfReader(str(path)).pages[0]  # noqa: B018 - reading it proves it is complete
            if size == path.stat().st_size and size > 0:
                return path
        except (OSError, PdfReadError, IndexError, ValueError):
            continue
    return None


@pytest.mark.cups
def test_a_handout_printed_to_the_cups_pdf_queue_arrives_whole(qapp, cups_pdf_queue) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinterInfo

    from backguide.ui.printing.render import available_printers, print_handout

    assert QUEUE in available_printers()
    assert QPrinterInfo.printerInfo(QUEUE).isNull() is False
    content, artwork, _ = shipped()
    handout = build_handout(content, "lumbar-left", HandoutOptions(paper="a4"),
                            dt.date.today())
    started = time.time()
    pages = print_handout(handout, artwork, QUEUE)
    deadline = time.monotonic() + ARRIVAL_TIMEOUT
    arrived = _arrived(cups_pdf_queue, started)
    while arrived is None and time.monotonic() < deadline:
        time.sleep(0.25)
        arrived = _arrived(cups_pdf_queue, started)
    assert arrived is not None, f"no PDF arrived in {cups_pdf_queue} within {ARRIVAL_TIMEOUT} s"
    try:
        # CUPS's filters re-encode the text (and rasterise the page with the
        # drawing's transparency), so check what survives: pages, paper, title.
        assert pdf_page_count(arrived) == pages
        assert pdf_page_sizes(arrived) == {(595, 842)}
        assert pdf_title(arrived) == handout.title
    finally:
        arrived.unlink(missing_ok=True)


def pdf_title(path: Path) -> str:
    from pypdf import PdfReader

    metadata = PdfReader(str(path)).metadata
    title = str(metadata.get("/Title", "")) if metadata else ""
    return title[1:-1] if title.startswith("(") and title.endswith(")") else title
