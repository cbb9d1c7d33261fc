"""The pain diary window: log pain, see it charted, edit and delete with undo, CSV in and out.

pyqtgraph (and numpy) load when the first diary window is made, never at
start-up: the chart lives in ``ui/diary/chart.py`` and is imported here inside
functions only.

Keys: 0-9 set the pain score wherever the focus is not in a text field; "1"
then "0" within a second gives 10 (so does End on the slider). Enter adds the
entry, Ctrl+Z undoes an add, edit or delete, Ctrl+L starts a new entry now.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime,
    QElapsedTimer,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backguide.core.diary import DiaryEntry, NewEntry
from backguide.core.model import Content
from backguide.core.store import Store, StoreError
from backguide.ui.diary.commands import AddEntry, DeleteEntry, EditEntry, EntryKeys, as_new, find_same
from backguide.ui.diary.files import DiaryFiles, count
from backguide.ui.diary.report import chart_image, diary_handout_html
from backguide.ui.diary.table import EntriesModel, pain_word, when_text

if TYPE_CHECKING:
    from backguide.ui.diary.chart import DiaryChart

__all__ = ["DiaryWindow", "EntriesModel", "chart_image", "diary_handout_html", "pain_word"]

RECENT_ENTRIES = 2000  # read when the window opens; older ones as the table scrolls
RESIZE_ROWS = 100  # rows the table's columns are sized to
TEN_WINDOW_MS = 1000  # "1" then "0" within this time sets 10
FUTURE_SLACK = dt.timedelta(minutes=5)


def _embolden(button: QPushButton, bold: bool) -> None:
    # Some styles barely show a checked push button; bold text always does.
    font = button.font()
    font.setBold(bold)
    button.setFont(font)


class DiaryWindow(QDialog):
    """The pain diary: a "Log pain" form, the chart, the entries, CSV export and import."""

    def __init__(self, content: Content, store: Store | None, parent: QWidget | None = None,
                 *, utc_offset: float | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painDiary")
        self.setWindowTitle("Pain diary")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.resize(1000, 760)
        notice = ""
        self._own_store: Store | None = None  # made here, so closed by close_store()
        if store is None:
            store = self._own_store = Store.in_memory()
            notice = ("Your diary is not being saved: what you log here is kept only "
                      "until BackGuide closes.")
        elif store.read_only:
            notice = store.notice or "Your diary is open read-only: nothing can be added."
        self.store = store
        self.keys = EntryKeys()
        self.undo_stack = QUndoStack(self)
        self._editing: DiaryEntry | None = None
        self._last_digit = ""
        self._digit_clock = QElapsedTimer()
        self.content = content
        self.model = EntriesModel({})
        self.model.older = lambda oldest, n: self.store.recent_entries(n, before=oldest)
        self._unreadable_shown = ""
        self.files = DiaryFiles(self, store, lambda: self.content.region_ids, self.say)
        self._build_form()
        self._build_chart(utc_offset)
        self._build_table()
        self._build_actions()
        self._build_layout(notice)
        self.set_content(content)
        self.add_button.setDefault(True)  # Enter adds; set once the button is in the dialog
        self.undo_stack.indexChanged.connect(self.refresh)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build_form(self) -> None:
        self.form = QGroupBox("Log pain")
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setAccessibleName("Date and time")
        self.pain = QSlider(Qt.Orientation.Horizontal)
        self.pain.setRange(0, 10)
        self.pain.setPageStep(1)
        self.pain.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.pain.setTickInterval(1)
        self.pain.setValue(5)
        self.pain.setMinimumWidth(220)
        self.pain.setAccessibleName("Pain from 0 to 10")
        self.pain.setToolTip("Pain from 0 (none) to 10 (worst imaginable). "
                             "Keys 0-9 set it; 1 then 0 gives 10.")
        self.pain_value = QLabel()
        self.pain_value.setMinimumWidth(130)
        self.pain.valueChanged.connect(self._on_pain_changed)
        self._on_pain_changed(self.pain.value())
        self.region = QComboBox()
        self.region.setAccessibleName("Region")
        self.note = QLineEdit()
        self.note.setPlaceholderText("What you were doing, what helped…")
        self.note.setAccessibleName("Note")
        self.note.setMaxLength(1000)
        self.add_button = QPushButton("&Add")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.cancel_button = QPushButton("Cancel edit")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        grid = QGridLayout(self.form)
        pairs = (("&When", self.when, 0, 0), ("&Pain", self.pain, 0, 2),
                 ("&Region", self.region, 1, 0), ("N&ote", self.note, 1, 2))
        for text, field, row, column in pairs:
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, column)
            grid.addWidget(field, row, column + 1)
        grid.addWidget(self.pain_value, 0, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        grid.addLayout(buttons, 1, 4)
        grid.setColumnStretch(3, 1)

    def _build_chart(self, utc_offset: float | None) -> None:
        from backguide.ui.diary.chart import DiaryChart  # pyqtgraph: only now

        self.chart: DiaryChart = DiaryChart(utc_offset=utc_offset)
        self.chart.setMinimumHeight(240)
        self.range_buttons = QButtonGroup(self)
        self.range_row = QHBoxLayout()
        self.range_row.addWidget(QLabel("Show:"))
        for name, text in (("week", "&Week"), ("month", "&Month"), ("all", "A&ll")):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName(f"range-{name}")
            button.setAccessibleName(f"Show {'everything' if name == 'all' else 'the last ' + name}")
            button.toggled.connect(lambda on, b=button: _embolden(b, on))
            button.setChecked(name == self.chart.range)
            button.clicked.connect(lambda _=False, n=name: self.chart.show_range(n))
            self.range_buttons.addButton(button)
            self.range_row.addWidget(button)
        self.range_row.addStretch(1)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Diary entries, newest first")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 3
                                      + (QHeaderView.ResizeMode.Stretch,)):
            header.setSectionResizeMode(column, mode)
        # Sized to the rows near the top, not to thousands of them: the window
        # of a long diary opens as fast as a short one's.
        header.setResizeContentsPrecision(RESIZE_ROWS)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.region.installEventFilter(self)

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.log_action = self._action("&Log pain", "Ctrl+L",
                                       lambda: self.log_pain(keep_region=True))
        self.export_action = self._action("&Export CSV…", None, self.files.ask_export)
        self.import_action = self._action("&Import CSV…", None, self._on_import)
        self.close_action = self._action("&Close", key.Close, self.close)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(key.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(key.Redo)
        self.edit_action = self._action("&Edit entry", "F2", self.edit_selected)
        self.delete_action = QAction("&Delete entry", self)
        self.delete_action.setShortcut(key.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        # Delete only in the table: in the note field the key deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.addActions([self.undo_action, self.redo_action])
        bar = QMenuBar(self)
        diary_menu = bar.addMenu("&Diary")
        diary_menu.addActions([self.log_action, self.export_action, self.import_action])
        diary_menu.addSeparator()
        diary_menu.addAction(self.close_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.delete_action])
        self.menu_bar = bar

    def _build_layout(self, notice: str) -> None:
        self.notice = QLabel(notice)
        self.notice.setObjectName("diaryNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.keep_copy_button = QPushButton("Keep a copy of the data file")
        self.keep_copy_button.setObjectName("diaryKeepCopy")
        self.keep_copy_button.setAutoDefault(False)
        self.keep_copy_button.setVisible(False)
        self.keep_copy_button.clicked.connect(self._on_keep_copy)
        self.status = QLabel()
        self.status.setObjectName("diaryStatus")
        self.status.setAccessibleName("Diary messages")
        self.status.setWordWrap(True)
        export_button = QPushButton("Export CSV…")
        export_button.clicked.connect(self.files.ask_export)
        import_button = QPushButton("Import CSV…")
        import_button.clicked.connect(self._on_import)
        for button in (export_button, import_button):
            button.setAutoDefault(False)
            self.range_row.addWidget(button)
        chart_pane = QWidget()
        chart_layout = QVBoxLayout(chart_pane)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addLayout(self.range_row)
        chart_layout.addWidget(self.chart, 1)
        table_pane = QWidget()
        table_layout = QVBoxLayout(table_pane)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count_label = QLabel()
        row.addWidget(self.count_label)
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, action in (("edit", "Edit", self.edit_action),
                                   ("delete", "Delete", self.delete_action),
                                   ("undo", "Undo", self.undo_action)):
            button = QPushButton(text)
            button.setObjectName(f"diary-{name}")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.buttons[name] = button
            row.addWidget(button)
        self.undo_stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        self.buttons["undo"].setEnabled(False)
        table_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(chart_pane)
        splitter.addWidget(table_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 240])
        layout = QVBoxLayout(self)
        layout.setMenuBar(self.menu_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.keep_copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        writable = not self.store.read_only
        for widget in (self.form, import_button, self.buttons["edit"], self.buttons["delete"]):
            widget.setEnabled(writable)
        for action in (self.import_action, self.edit_action, self.delete_action, self.log_action):
            action.setEnabled(writable)

    # -- showing -----------------------------------------------------------------------

    def close_store(self) -> None:
        """Close the in-memory diary this window keeps when nothing is saved.

        For when the window is dropped or the app quits; the person's saved
        store belongs to whoever opened it, and is left alone.
        """
        if self._own_store is not None:
            self._own_store.close()

    def set_content(self, content: Content) -> None:
        """Use this guide's region names and steps (after the content folder changed)."""
        self.content = content
        chosen = self.region.currentData()
        self.region.clear()
        self.region.addItem("None", None)
        for region in content.regions:
            self.region.addItem(region.name, region.id)
        self.set_region(chosen)
        names = {r.id: r.name for r in content.regions}
        self.model.region_names = names
        self.chart.names = {**{s.id: s.title for s in content.steps},
                            **{f"movement:{m.id}": m.title for m in content.movements}, **names}

    def set_region(self, region_id: str | None) -> None:
        """Choose the region for the next entry (None for no region)."""
        if region_id and self.region.findData(region_id) < 0:
            # From another guide or an import: keep it rather than lose it on an edit.
            self.region.addItem(f"{region_id} (not in this guide)", region_id)
        self.region.setCurrentIndex(max(0, self.region.findData(region_id)))

    def refresh(self) -> None:
        """Read the recent diary and the checklist events again and show them.

        A long diary opens quickly: the most recent entries are read first, and
        the table reads older ones as the person scrolls down to them.
        """
        recent = self.store.recent_entries(RECENT_ENTRIES)[::-1]
        self.model.set_entries(recent, more=len(recent) == RECENT_ENTRIES)
        since = recent[0].at if len(recent) == RECENT_ENTRIES else None
        self.chart.set_data(recent, self.store.step_events(since))
        self.count_label.setText(count(self.store.entry_count(), "entry", "entries"))
        self._show_unreadable()

    def _show_unreadable(self) -> None:
        report = self.store.unreadable.report()
        if not report or report == self._unreadable_shown:
            return
        self._unreadable_shown = report
        self.notice.setText(report)
        self.notice.setVisible(True)
        self.keep_copy_button.setVisible(self.store.path is not None)

    def _on_keep_copy(self) -> None:
        try:
            copy = self.store.keep_copy()
        except StoreError as exc:
            self.say(str(exc))
            return
        self.keep_copy_button.setEnabled(False)
        self.say(f"A copy of your data file, damaged rows included, was kept: {copy}")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()  # checklist steps may have been done since it was last open

    def log_pain(self, region_id: str | None = None, *, keep_region: bool = False) -> None:
        """Show the diary ready for a new entry now, for ``region_id``."""
        self.cancel_edit()
        self.when.setDateTime(QDateTime.currentDateTime())
        if not keep_region:
            self.set_region(region_id)
        self.show()
        self.raise_()
        self.activateWindow()
        self.pain.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the form ----------------------------------------------------------------------

    def _on_pain_changed(self, value: int) -> None:
        self.pain_value.setText(f"<b>{value}</b> out of 10, {pain_word(value)}")
        self.pain.setAccessibleDescription(f"{value}, {pain_word(value)}")

    def _form_entry(self) -> NewEntry | None:
        moment = dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch()).astimezone()
        if self._editing is not None and int(self._editing.at.timestamp()) == int(
                moment.timestamp()):
            moment = self._editing.at  # unchanged: keep the offset it was logged with
        if moment - dt.datetime.now(dt.UTC) > FUTURE_SLACK:
            self.say("That time is in the future. Choose the time the pain was felt.")
            return None
        return NewEntry(moment, self.pain.value(), self.region.currentData(),
                        self.note.text().strip())

    def _on_add_clicked(self) -> None:
        if self._editing is not None:
            self.save_edit()
        else:
            self.add_from_form()

    def add_from_form(self) -> int | None:
        """Add the entry in the form; returns its id, or None if it was not added."""
        new = self._form_entry()
        if new is None:
            return None
        if find_same(self.store, new) is not None:
            self.say("That entry is already in the diary.")
            return None
        try:
            entry_id = self.store.add_entry(new.at, new.pain, new.region_id, new.note)
        except (StoreError, ValueError) as exc:
            self.say(f"The entry was not saved: {exc}")
            return None
        self.undo_stack.push(AddEntry(self.store, self.keys, entry_id, new, self.say))
        self.say(f"Logged pain {new.pain} for {when_text(new.at)}.")
        self.when.setDateTime(QDateTime.currentDateTime())
        self.note.clear()
        return entry_id

    def selected_entry(self) -> DiaryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def edit_selected(self) -> None:
        """Load the selected entry into the form; Save changes stores it."""
        entry = self.selected_entry()
        if entry is None:
            self.say("Choose an entry in the list first.")
            return
        self._editing = entry
        self.form.setTitle(f"Edit the entry of {when_text(entry.at)}")
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp())))
        self.pain.setValue(entry.pain)
        self.set_region(entry.region_id)
        self.note.setText(entry.note)
        self.add_button.setText("&Save changes")
        self.cancel_button.show()
        self.pain.setFocus()

    def cancel_edit(self) -> None:
        """Leave editing; the form logs new entries again."""
        self._editing = None
        self.form.setTitle("Log pain")
        self.add_button.setText("&Add")
        self.cancel_button.hide()

    def save_edit(self) -> bool:
        """Store the changes to the entry being edited."""
        entry = self._editing
        new = self._form_entry()
        if entry is None or new is None:
            return False
        if new != as_new(entry):
            try:
                self.store.update_entry(entry.id, new.at, new.pain, new.region_id, new.note)
            except (StoreError, ValueError, KeyError) as exc:
                self.say(f"The change was not saved: {exc}")
                return False
            self.undo_stack.push(EditEntry(self.store, self.keys, entry.id, as_new(entry), new,
                                           self.say))
            self.say(f"Changed the entry of {when_text(new.at)}.")
        self.cancel_edit()
        self.when.setDateTime(QDateTime.currentDateTime())
        self.note.clear()
        return True

    def delete_selected(self) -> None:
        """Delete the selected entry (Ctrl+Z brings it back)."""
        entry = self.selected_entry()
        if entry is None:
            self.say("Choose an entry in the list first.")
            return
        if self._editing is not None and self._editing.id == entry.id:
            self.cancel_edit()
        try:
            deleted = self.store.delete_entry(entry.id)
        except (StoreError, KeyError) as exc:
            self.say(f"The entry was not deleted: {exc}")
            return
        self.undo_stack.push(DeleteEntry(self.store, self.keys, deleted, self.say))
        self.say(f"Deleted the entry of {when_text(entry.at)}. Undo brings it back (Ctrl+Z).")

    def say(self, message: str) -> None:
        """Show a message in the diary's status line."""
        self.status.setText(message)

    # -- keys --------------------------------------------------------------------------

    def _digit(self, event: QKeyEvent) -> bool:
        """Set the pain from a number key; True if the key was one."""
        text = event.text()
        blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
            | Qt.KeyboardModifier.MetaModifier
        if len(text) != 1 or text not in "0123456789" or event.modifiers() & blocked \
                or not self.form.isEnabled():
            return False
        value = int(text)
        if text == "0" and self._last_digit == "1" and self._digit_clock.isValid() \
                and self._digit_clock.elapsed() < TEN_WINDOW_MS:
            value = 10
        self._last_digit = text
        self._digit_clock.start()
        self.pain.setValue(value)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._digit(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The table and the combo box would search their items for the digit.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._digit(event)
        return super().eventFilter(watched, event)

    # -- CSV ---------------------------------------------------------------------------

    def export_csv(self, path: str) -> int | None:
        """Save every entry to ``path`` as CSV; returns how many, or None on failure."""
        return self.files.export_csv(path)

    def _on_import(self) -> None:
        if self.files.ask_import() is not None:
            self.refresh()

    def import_csv(self, path: str) -> tuple[int, int] | None:
        """Import a CSV file (asking first if some rows are bad); (added, skipped) or None."""
        result = self.files.import_csv(path)
        if result is not None:
            self.refresh()
        return result
