"""Unexpected errors become a calm message and a log entry, not a silent exit."""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

LOG_NAME = "backguide.log"
_MAX_LOG_BYTES = 1_000_000


def write_log(log_dir: Path, details: str) -> Path | None:
    """Append ``details`` to the log in ``log_dir``; None if it cannot be written."""
    path = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > _MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.old"))
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"--- {dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n")
            log.write(details)
        return path
    except OSError:
        return None


def show_error_dialog(details: str, log_path: Path | None) -> None:
    from PySide6.QtWidgets import QMessageBox  # the hook is installed at start-up; this rarely runs

    from backguide.ui.translation import translate

    box = QMessageBox(QMessageBox.Icon.Warning, "BackGuide",
                      translate("CrashDialog", "Sorry, something went wrong inside BackGuide."))
    where = (translate("CrashDialog", "The details were saved in {file}.").format(file=log_path)
             if log_path else translate("CrashDialog", "The details could not be saved to a file."))
    box.setInformativeText(
        translate("CrashDialog", "What you have saved (diary and checklist) is kept. You can "
                                 "carry on, or restart BackGuide if something looks wrong.")
        + " " + where)
    box.setDetailedText(details)
    box.exec()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_exception_hook(log_dir: Path,
                           show: Callable[[str, Path | None], None] = show_error_dialog
                           ) -> ExceptHook:
    """Route unexpected exceptions to the log and a dialog; returns the hook."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        print(details, file=sys.stderr)
        log_path = write_log(log_dir, details)
        if QApplication.instance() is not None and not showing:
            showing = True  # an error inside the dialog must not open another
            try:
                show(details, log_path)
            finally:
                showing = False

    sys.excepthook = hook
    return hook
