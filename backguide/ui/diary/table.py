"""The diary entries as a table, newest first: when, pain (with its word), region, note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from backguide.core.diary import DiaryEntry


def pain_word(pain: int) -> str:
    """The usual words for a 0-10 score: none, mild (1-3), moderate (4-6), severe (7-10)."""
    return "no pain" if pain == 0 else "mild" if pain <= 3 else "moderate" if pain <= 6 else "severe"


def when_text(moment: dt.datetime) -> str:
    """``Tue 3 Nov 2026, 08:30`` on the clock the entry was logged with."""
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


class EntriesModel(QAbstractTableModel):
    """The diary entries, newest first, as a table: when, pain, region, note."""

    HEADERS = ("When", "Pain", "Region", "Note")

    def __init__(self, region_names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.region_names = region_names
        self.entries: list[DiaryEntry] = []

    def set_entries(self, oldest_first: list[DiaryEntry]) -> None:
        self.beginResetModel()
        self.entries = oldest_first[::-1]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return when_text(entry.at)
            if column == 1:
                return f"{entry.pain} ({pain_word(entry.pain)})"
            if column == 2:
                return self.region_names.get(entry.region_id, entry.region_id) \
                    if entry.region_id else ""
            return entry.note
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
