"""Export and import of the pain diary as CSV, with the questions and messages around them.

The checking itself is ``core/diary_csv.py``; this module asks the person
(a file dialog, "Import the N good rows?" with No as the default) and says
what happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from backguide.core.diary_csv import DiaryFileError, ImportResult, read_csv, write_csv
from backguide.core.saving import SaveError
from backguide.core.store import Store, StoreError

PROBLEMS_SHOWN = 10
FILTER = "CSV files (*.csv);;All files (*)"


def count(number: int, noun: str, nouns: str = "") -> str:
    """``1 entry``, ``2 entries``, ``1,200 rows``."""
    return f"{number:,} {noun if number == 1 else nouns or noun + 's'}"


class DiaryFiles:
    """CSV export and import for one diary window."""

    def __init__(self, parent: QWidget, store: Store, region_ids: Callable[[], tuple[str, ...]],
                 say: Callable[[str], None]) -> None:
        self.parent = parent
        self.store = store
        self.region_ids = region_ids
        self.say = say

    def ask_export(self) -> None:
        """Ask where to save, then export."""
        name = f"pain-diary-{dt.date.today():%Y-%m-%d}.csv"
        path, _ = QFileDialog.getSaveFileName(self.parent, "Export pain diary",
                                              str(Path.home() / name), FILTER)
        if path:
            self.export_csv(path if Path(path).suffix else path + ".csv")

    def export_csv(self, path: str) -> int | None:
        """Save every entry to ``path``; returns how many, or None after saying why not."""
        try:
            written = write_csv(self.store.iter_entries(), path)
        except SaveError as exc:
            self.warn("The diary was not exported.", str(exc))
            return None
        self.say(f"Exported {count(written, 'entry', 'entries')} to {path}.")
        return written

    def ask_import(self) -> tuple[int, int] | None:
        """Ask for a file, then import it."""
        path, _ = QFileDialog.getOpenFileName(self.parent, "Import pain diary",
                                              str(Path.home()), FILTER)
        return self.import_csv(path) if path else None

    def import_csv(self, path: str) -> tuple[int, int] | None:
        """Check every row; with bad rows, import only if the person says so.

        Returns (added, skipped duplicates), or None when nothing was imported.
        """
        name = Path(path).name
        try:
            result = read_csv(path, self.region_ids())
        except DiaryFileError as exc:
            where = f" (line {exc.line})" if exc.line else ""
            self.warn(f"{name} cannot be imported.", f"{exc.message}{where}")
            return None
        if result.problems:
            if not result.rows:
                self.warn(f"{name} has no rows that can be imported.", "\n".join(
                    f"Line {p.line}: {p.message}" for p in result.problems[:PROBLEMS_SHOWN]))
                return None
            if not self.ask_good_rows(name, result):
                self.say(f"Nothing was imported from {name}.")
                return None
        try:
            added, skipped = self.store.add_entries(result.rows)
        except (StoreError, ValueError) as exc:
            self.warn("The diary was not imported.", str(exc))
            return None
        already = (f"; {skipped:,} {'was' if skipped == 1 else 'were'} already in the diary"
                   if skipped else "")
        self.say(f"Imported {count(added, 'entry', 'entries')} from {name}{already}.")
        return added, skipped

    def ask_good_rows(self, name: str, result: ImportResult) -> bool:
        """List the bad rows by line and ask "Import the N good rows?" (No is the default)."""
        bad = len(result.problems)
        box = QMessageBox(QMessageBox.Icon.Warning, "Import pain diary",
                          f"{count(bad, 'row')} of {name} {'has' if bad == 1 else 'have'} "
                          "problems, so nothing has been imported yet.", parent=self.parent)
        box.setObjectName("importProblems")
        lines = [f"Line {p.line}: {p.message}" for p in result.problems]
        shown = "<br>".join(escape(line, quote=False) for line in lines[:PROBLEMS_SHOWN])
        if bad > PROBLEMS_SHOWN:
            shown += f"<br>… and {bad - PROBLEMS_SHOWN:,} more (see the details)."
        box.setInformativeText(
            f"<p>{shown}</p><p><b>Import the {count(len(result.rows), 'good row')}?</b></p>")
        box.setDetailedText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def warn(self, text: str, details: str) -> None:
        """A warning that does not block the diary."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Pain diary", text, parent=self.parent)
        box.setObjectName("diaryProblem")
        box.setInformativeText(details)
        box.open()
