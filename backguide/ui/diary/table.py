"""The diary entries as a table, newest first: when, pain (with its word), region, note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from backguide.core.diary import DiaryEntry
from backguide.ui.pain_scale import pain_word
from backguide.ui.translation import moment_text as when_text
from backguide.ui.translation import translate

__all__ = ["EntriesModel", "pain_word", "when_text"]


FETCH_BATCH = 1000  # older entries read at a time as the table scrolls down


class EntriesModel(QAbstractTableModel):
    """The diary entries, newest first, as a table: when, pain, region, note."""

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (translate("DiaryTable", "When"), translate("DiaryTable", "Pain"),
                translate("DiaryTable", "Region"), translate("DiaryTable", "Note"))

    def __init__(self, region_names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.region_names = region_names
        self.entries: list[DiaryEntry] = []
        # Reads up to n entries older than the given one, newest first (None: all are shown).
        self.older: Callable[[DiaryEntry, int], list[DiaryEntry]] | None = None
        self._more = False

    def set_entries(self, oldest_first: list[DiaryEntry], more: bool = False) -> None:
        """Show these entries; with ``more``, older ones are read as the view scrolls to them."""
        self.beginResetModel()
        self.entries = oldest_first[::-1]
        self._more = more and bool(self.entries)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and self.older is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self.older is None:
            return
        batch = self.older(self.entries[-1], FETCH_BATCH)
        self._more = len(batch) == FETCH_BATCH
        if batch:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self.entries.extend(batch)
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
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
