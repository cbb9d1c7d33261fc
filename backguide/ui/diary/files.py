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

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from backguide.core.diary_csv import DiaryFileError, ImportResult, read_csv, write_csv
from backguide.core.saving import SaveError
from backguide.core.store import Store, StoreError
from backguide.ui.translation import number

PROBLEMS_SHOWN = 10


class DiaryFiles(QObject):
    """CSV export and import for one diary window."""

    def __init__(self, window: QWidget, store: Store, region_ids: Callable[[], tuple[str, ...]],
                 say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.region_ids = region_ids
        self.say = say

    def ask_export(self) -> None:
        """Ask where to save, then export."""
        #: The name offered for an exported diary; {date} is the day, as 2026-11-30.
        name = self.tr("pain-diary-{date}.csv").format(date=f"{dt.date.today():%Y-%m-%d}")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export pain diary"),
                                              str(Path.home() / name), self.csv_filter())
        if path:
            self.export_csv(path if Path(path).suffix else path + ".csv")

    def export_csv(self, path: str) -> int | None:
        """Save every entry to ``path``; returns how many, or None after saying why not."""
        try:
            written = write_csv(self.store.iter_entries(), path)
        except SaveError as exc:
            self.warn(self.tr("The diary was not exported."), str(exc))
            return None
        self.say(self.tr("Exported {count} entries to {file}.", "", written).format(
            count=number(written), file=path))
        return written

    def ask_import(self) -> tuple[int, int] | None:
        """Ask for a file, then import it."""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import pain diary"),
                                              str(Path.home()), self.csv_filter())
        return self.import_csv(path) if path else None

    def import_csv(self, path: str) -> tuple[int, int] | None:
        """Check every row; with bad rows, import only if the person says so.

        Returns (added, skipped duplicates), or None when nothing was imported.
        """
        name = Path(path).name
        try:
            result = read_csv(path, self.region_ids())
        except DiaryFileError as exc:
            where = " " + self.tr("(line {line})").format(line=exc.line) if exc.line else ""
            self.warn(self.tr("{file} cannot be imported.").format(file=name),
                      f"{exc.message}{where}")
            return None
        if result.problems:
            if not result.rows:
                self.warn(self.tr("{file} has no rows that can be imported.").format(file=name),
                          "\n".join(self.problem_line(p.line, p.message)
                                    for p in result.problems[:PROBLEMS_SHOWN]))
                return None
            if not self.ask_good_rows(name, result):
                self.say(self.tr("Nothing was imported from {file}.").format(file=name))
                return None
        try:
            added, skipped = self.store.add_entries(result.rows)
        except (StoreError, ValueError) as exc:
            self.warn(self.tr("The diary was not imported."), str(exc))
            return None
        said = self.tr("Imported {count} entries from {file}", "", added).format(
            count=number(added), file=name)
        if skipped:
            # Two counts, two plural forms: the second part is its own message.
            said += "; " + self.tr("{count} were already in the diary", "", skipped).format(
                count=number(skipped))
        self.say(f"{said}.")
        return added, skipped

    def ask_good_rows(self, name: str, result: ImportResult) -> bool:
        """List the bad rows by line and ask "Import the N good rows?" (No is the default)."""
        bad = len(result.problems)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import pain diary"),
                          self.tr("{count} rows of {file} have problems, so nothing has been "
                                  "imported yet.", "", bad).format(count=number(bad), file=name),
                          parent=self.window)
        box.setObjectName("importProblems")
        lines = [self.problem_line(p.line, p.message) for p in result.problems]
        shown = "<br>".join(escape(line, quote=False) for line in lines[:PROBLEMS_SHOWN])
        if bad > PROBLEMS_SHOWN:
            more = bad - PROBLEMS_SHOWN
            shown += "<br>" + escape(self.tr("… and {count} more (see the details).", "", more)
                                     .format(count=number(more)))
        good = len(result.rows)
        question = self.tr("Import the {count} good rows?", "", good).format(count=number(good))
        box.setInformativeText(f"<p>{shown}</p><p><b>{escape(question)}</b></p>")
        box.setDetailedText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def problem_line(self, line: int, message: str) -> str:
        """One bad row of a file: ``Line 4: the pain is not a number from 0 to 10``."""
        return self.tr("Line {line}: {problem}").format(line=line, problem=message)

    def csv_filter(self) -> str:
        """The file dialogs' choice of files."""
        return self.tr("CSV files (*.csv);;All files (*)")

    def warn(self, text: str, details: str) -> None:
        """A warning that does not block the diary."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pain diary"), text,
                          parent=self.window)
        box.setObjectName("diaryProblem")
        box.setInformativeText(details)
        box.open()
