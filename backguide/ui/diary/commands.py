"""Add, edit and delete of diary entries as undoable commands (QUndoStack).

Each command has already done its work when it is pushed, so its first
``redo`` does nothing. Undoing a delete adds the entry again, and SQLite gives
it a new row id, so commands name entries by a key that outlives row ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from backguide.core.diary import DiaryEntry, NewEntry
from backguide.core.store import Store, StoreError
from backguide.ui.translation import translate


def as_new(entry: DiaryEntry) -> NewEntry:
    """The values of a stored entry, to add or restore it."""
    return NewEntry(entry.at, entry.pain, entry.region_id, entry.note)


def find_same(store: Store, new: NewEntry) -> DiaryEntry | None:
    """The stored entry identical to ``new`` (same moment, pain, region and note), if any."""
    tick = dt.timedelta(microseconds=1)
    for entry in store.entries(new.at, new.at + tick):
        if (entry.pain, entry.region_id, entry.note) == (new.pain, new.region_id, new.note):
            return entry
    return None


class EntryKeys:
    """Stable keys for entries whose row id changes when an undo adds them again."""

    def __init__(self) -> None:
        self._ids: dict[int, int] = {}  # key -> current row id
        self._keys: dict[int, int] = {}  # row id -> key, for entries in the diary
        self._next = 0

    def key(self, entry_id: int) -> int:
        """The key for the entry with this row id (a new key the first time)."""
        if entry_id not in self._keys:
            self._next += 1
            self._keys[entry_id] = self._next
            self._ids[self._next] = entry_id
        return self._keys[entry_id]

    def id(self, key: int) -> int:
        """The entry's row id now."""
        return self._ids[key]

    def added(self, key: int, entry_id: int) -> None:
        """The entry is in the diary again, under a new row id."""
        self._keys.pop(self._ids[key], None)
        self._ids[key] = entry_id
        self._keys[entry_id] = key

    def removed(self, key: int) -> None:
        """The entry left the diary; SQLite may give its row id to a new entry."""
        self._keys.pop(self._ids[key], None)


class _EntryCommand(QUndoCommand):
    def __init__(self, text: str, store: Store, keys: EntryKeys,
                 failed: Callable[[str], None]) -> None:
        super().__init__(text)
        self.store = store
        self.keys = keys
        self.failed = failed
        self._done = True  # pushed after the change was made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, change: Callable[[], None]) -> None:
        try:
            change()
        except (StoreError, KeyError, ValueError) as exc:
            # The diary changed under us (another window, a full disk): drop
            # this command rather than undo the wrong thing later.
            self.setObsolete(True)
            self.failed(translate("DiaryCommands", "{change} could not be undone or redone: {why}")
                        .format(change=self.text(), why=exc))

    def _add(self, key: int, new: NewEntry) -> None:
        self.keys.added(key, self.store.add_entry(new.at, new.pain, new.region_id, new.note))

    def _delete(self, key: int) -> None:
        self.store.delete_entry(self.keys.id(key))
        self.keys.removed(key)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddEntry(_EntryCommand):
    """An entry was added."""

    def __init__(self, store: Store, keys: EntryKeys, entry_id: int, new: NewEntry,
                 failed: Callable[[str], None]) -> None:
        super().__init__(translate("DiaryCommands", "Add pain {score}").format(score=new.pain),
                         store, keys, failed)
        self.key = keys.key(entry_id)
        self.new = new

    def _redo(self) -> None:
        self._add(self.key, self.new)

    def _undo(self) -> None:
        self._delete(self.key)


class EditEntry(_EntryCommand):
    """An entry was changed from ``before`` to ``after``."""

    def __init__(self, store: Store, keys: EntryKeys, entry_id: int, before: NewEntry,
                 after: NewEntry, failed: Callable[[str], None]) -> None:
        super().__init__(translate("DiaryCommands", "Edit entry"), store, keys, failed)
        self.key = keys.key(entry_id)
        self.before = before
        self.after = after

    def _set(self, values: NewEntry) -> None:
        self.store.update_entry(self.keys.id(self.key), values.at, values.pain,
                                values.region_id, values.note)

    def _redo(self) -> None:
        self._set(self.after)

    def _undo(self) -> None:
        self._set(self.before)


class DeleteEntry(_EntryCommand):
    """An entry was deleted; undo puts it back."""

    def __init__(self, store: Store, keys: EntryKeys, deleted: DiaryEntry,
                 failed: Callable[[str], None]) -> None:
        super().__init__(translate("DiaryCommands", "Delete pain {score}").format(score=deleted.pain),
                         store, keys, failed)
        self.key = keys.key(deleted.id)
        keys.removed(self.key)
        self.entry = as_new(deleted)

    def _redo(self) -> None:
        self._delete(self.key)

    def _undo(self) -> None:
        self._add(self.key, self.entry)
