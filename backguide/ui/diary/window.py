"""The pain diary window: log pain, see it charted, edit and delete with undo, CSV in and out.

pyqtgraph (and numpy) load when the first diary window is made, never at
start-up: the chart lives in ``ui/diary/chart.py`` and is imported here inside
functions only.

Keys: 0-9 set the pain score wherever the focus is not in a text field; "1"
then "0" within a second gives 10 (so does End on the slider). Enter adds the
entry, Ctrl+Z undoes an add, edit or delete, Ctrl+L starts a new entry now.
Tab (and Ctrl+Tab) moves on from the list to its buttons; every message in
the status line is also announced to screen readers.

The window fits a 640 x 430 screen (1280 x 860 at 2x scale): its contents
scroll when the window is smaller than they would like.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
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
    QMenu,
    QMenuBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backguide.core.diary import DiaryEntry, NewEntry
from backguide.core.diary_report import DiaryReport
from backguide.core.model import Content
from backguide.core.store import Store, StoreError
from backguide.ui.diary.commands import AddEntry, DeleteEntry, EditEntry, EntryKeys, as_new, find_same
from backguide.ui.diary.files import DiaryFiles
from backguide.ui.diary.report import chart_image, diary_handout_html
from backguide.ui.diary.table import EntriesModel, pain_word, when_text
from backguide.ui.pain_scale import PainDigits, pain_text
from backguide.ui.translation import number

if TYPE_CHECKING:
    from backguide.ui.diary.chart import DiaryChart

__all__ = ["DiaryWindow", "EntriesModel", "chart_image", "diary_handout_html", "pain_word"]

RECENT_ENTRIES = 2000  # read when the window opens; older ones as the table scrolls
RESIZE_ROWS = 100  # rows the table's columns are sized to
FUTURE_SLACK = dt.timedelta(minutes=5)
WINDOW_SIZE = (1000, 760)  # when the screen has room for it


def plain(text: str) -> str:
    """Text without its mnemonic marks, as a screen reader should say it: ``&Week`` is "Week"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


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
        self.setWindowTitle(self.tr("Pain diary"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self._fit_screen(parent)
        notice = ""
        self._own_store: Store | None = None  # made here, so closed by close_store()
        if store is None:
            store = self._own_store = Store.in_memory()
            notice = self.tr("Your diary is not being saved: what you log here is kept only "
                             "until BackGuide closes.")
        elif store.read_only:
            notice = store.notice or self.tr("Your diary is open read-only: nothing can be added.")
        self.store = store
        self.keys = EntryKeys()
        self.undo_stack = QUndoStack(self)
        self._editing: DiaryEntry | None = None
        self._digits = PainDigits()
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
        self.form = QGroupBox(self.tr("Log pain"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        #: The format of the date and time field, in Qt's format (ddd weekday, MMM month).
        self.when.setDisplayFormat(self.tr("ddd d MMM yyyy, HH:mm"))
        self.when.setAccessibleName(self.tr("Date and time"))
        self.pain = QSlider(Qt.Orientation.Horizontal)
        self.pain.setRange(0, 10)
        self.pain.setPageStep(1)
        self.pain.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.pain.setTickInterval(1)
        self.pain.setValue(5)
        self.pain.setMinimumWidth(100)
        self.pain.setAccessibleName(self.tr("Pain from 0 to 10"))
        self.pain.setToolTip(self.tr("Pain from 0 (none) to 10 (worst imaginable). "
                                     "Keys 0-9 set it; 1 then 0 gives 10."))
        self.pain_value = QLabel()
        # Room for the longest value, so that it is never cut short on a narrow window.
        bold = self.pain_value.font()
        bold.setBold(True)
        widest = max((pain_text(score) for score in range(11)), key=QFontMetrics(bold).horizontalAdvance)
        self.pain_value.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(widest) + 4)
        self.pain.valueChanged.connect(self._on_pain_changed)
        self._on_pain_changed(self.pain.value())
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What you were doing, what helped…"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(1000)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel edit"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        grid = QGridLayout(self.form)
        pairs = ((self.tr("&When"), self.when, 0, 0), (self.tr("&Region"), self.region, 0, 2),
                 (self.tr("&Pain"), self.pain, 1, 0), (self.tr("N&ote"), self.note, 2, 0))
        for text, field, row, column in pairs:
            label = QLabel(text)
            label.setAccessibleName(plain(text))  # a QLabel's name keeps the "&" otherwise
            label.setBuddy(field)
            grid.addWidget(label, row, column)
            if field is self.pain:
                pain_row = QHBoxLayout()
                pain_row.addWidget(self.pain, 1)
                pain_row.addWidget(self.pain_value)
                grid.addLayout(pain_row, row, column + 1, 1, 5)
            else:
                grid.addWidget(field, row, column + 1, 1, 1 if column or row == 0 else 3)
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.region.setMinimumContentsLength(12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        grid.addLayout(buttons, 2, 4, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _build_chart(self, utc_offset: float | None) -> None:
        from backguide.ui.diary.chart import DiaryChart  # pyqtgraph: only now

        self.chart: DiaryChart = DiaryChart(utc_offset=utc_offset)
        self.chart.setMinimumHeight(220)
        self.range_buttons = QButtonGroup(self)
        self.range_row = QHBoxLayout()
        self.range_row.addWidget(QLabel(self.tr("Show:")))
        for name, text, spoken in (("week", self.tr("&Week"), self.tr("Show the last week")),
                                   ("month", self.tr("&Month"), self.tr("Show the last month")),
                                   ("all", self.tr("A&ll"), self.tr("Show everything"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName(f"range-{name}")
            button.setAccessibleName(spoken)
            button.toggled.connect(lambda on, b=button: _embolden(b, on))
            button.setChecked(name == self.chart.range)
            button.clicked.connect(lambda _=False, n=name: self.chart.show_range(n))
            self.range_buttons.addButton(button)
            self.range_row.addWidget(button)
        self.areas_button = QToolButton()
        self.areas_button.setObjectName("diary-areas")
        self.areas_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.areas_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.areas_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.areas_menu = QMenu(self.tr("Areas"), self.areas_button)
        self.areas_button.setMenu(self.areas_menu)
        self.area_actions: dict[str | None, QAction] = {}
        self.range_row.addSpacing(8)
        self.range_row.addWidget(self.areas_button)
        self.range_row.addStretch(1)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Diary entries, newest first"))
        # Tab moves on to the buttons instead of from cell to cell for ever.
        self.table.setTabKeyNavigation(False)
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
        self.log_action = self._action(self.tr("&Log pain"), "Ctrl+L",
                                       lambda: self.log_pain(keep_region=True))
        self.export_action = self._action(self.tr("&Export CSV…"), None, self.files.ask_export)
        self.import_action = self._action(self.tr("&Import CSV…"), None, self._on_import)
        self.close_action = self._action(self.tr("&Close"), key.Close, self.close)
        self.print_report_action = self._action(self.tr("&Print report…"), key.Print,
                                                self.ask_print_report)
        self.save_report_action = self._action(self.tr("&Save report as PDF…"), "Ctrl+Shift+S",
                                               self.ask_save_report)
        # Own actions (not QUndoStack's) so that each says what it undid or redid.
        self.undo_action = self._action(self.tr("&Undo"), key.Undo, self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts(key.Redo)
        self.redo_action.triggered.connect(self.redo)
        for action, can, text in ((self.undo_action, self.undo_stack.canUndoChanged,
                                   self.undo_stack.undoTextChanged),
                                  (self.redo_action, self.undo_stack.canRedoChanged,
                                   self.undo_stack.redoTextChanged)):
            action.setEnabled(False)
            can.connect(action.setEnabled)
            text.connect(lambda words, a=action: a.setToolTip(plain(a.text()) + (
                f": {words}" if words else "")))
        self.edit_action = self._action(self.tr("&Edit entry"), "F2", self.edit_selected)
        self.delete_action = QAction(self.tr("&Delete entry"), self)
        self.delete_action.setShortcut(key.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        # Delete only in the table: in the note field the key deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.addActions([self.undo_action, self.redo_action])
        bar = QMenuBar(self)
        diary_menu = bar.addMenu(self.tr("&Diary"))
        diary_menu.addActions([self.log_action, self.export_action, self.import_action])
        diary_menu.addSeparator()
        diary_menu.addActions([self.print_report_action, self.save_report_action])
        diary_menu.addSeparator()
        diary_menu.addAction(self.close_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.delete_action])
        self.menu_bar = bar

    def _button(self, text: str, slot: object, name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter presses the focused button, or adds the entry
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_layout(self, notice: str) -> None:
        self.notice = QLabel(notice)
        self.notice.setObjectName("diaryNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.keep_copy_button = self._button(self.tr("Keep a copy of the data file"),
                                             self._on_keep_copy, "diaryKeepCopy")
        self.keep_copy_button.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("diaryStatus")
        self.status.setAccessibleName(self.tr("Diary messages"))
        self.status.setWordWrap(True)
        chart_pane = QWidget()
        chart_layout = QVBoxLayout(chart_pane)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addLayout(self.range_row)
        chart_layout.addWidget(self.chart, 1)
        table_pane = QWidget()
        table_layout = QVBoxLayout(table_pane)
        table_layout.setContentsMargins(0, 0, 0, 0)
        self.table.setMinimumHeight(90)
        table_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count_label = QLabel()
        row.addWidget(self.count_label)
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, action in (("edit", self.tr("Edit"), self.edit_action),
                                   ("delete", self.tr("Delete"), self.delete_action),
                                   ("undo", self.tr("Undo"), self.undo_action),
                                   ("redo", self.tr("Redo"), self.redo_action)):
            button = self._button(text, action.trigger, f"diary-{name}")
            self.buttons[name] = button
            row.addWidget(button)
        for name, action in (("undo", self.undo_action), ("redo", self.redo_action)):
            action.enabledChanged.connect(self.buttons[name].setEnabled)
            self.buttons[name].setEnabled(action.isEnabled())
        table_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(chart_pane)
        splitter.addWidget(table_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 240])
        files = QHBoxLayout()
        import_button = self._button(self.tr("Import CSV…"), self._on_import, "diary-import")
        for button in (self._button(self.tr("Export CSV…"), self.files.ask_export, "diary-export"),
                       import_button,
                       self._button(self.tr("Print report…"), self.ask_print_report, "diary-print"),
                       self._button(self.tr("Save report as PDF…"), self.ask_save_report,
                                    "diary-pdf")):
            self.buttons[button.objectName().removeprefix("diary-")] = button
            files.addWidget(button)
        files.addStretch(1)
        self.buttons["close"] = self._button(self.tr("Close"), self.close, "diary-close")
        files.addWidget(self.buttons["close"])
        page = QWidget()
        page.setObjectName("diaryPage")
        layout = QVBoxLayout(page)
        layout.addWidget(self.notice)
        layout.addWidget(self.keep_copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form)
        layout.addWidget(splitter, 1)
        layout.addLayout(files)
        layout.addWidget(self.status)
        # On a small screen (or at 2x scale) the page scrolls rather than the window
        # growing past the screen. The scroll area itself is no tab stop.
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("diaryScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(page)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setMenuBar(self.menu_bar)
        outer.addWidget(self.scroll_area)
        writable = not self.store.read_only
        for widget in (self.form, import_button, self.buttons["edit"], self.buttons["delete"]):
            widget.setEnabled(writable)
        for action in (self.import_action, self.edit_action, self.delete_action, self.log_action):
            action.setEnabled(writable)

    def _fit_screen(self, parent: QWidget | None) -> None:
        """The usual size, or the screen's available size when that is smaller."""
        screen = (parent.screen() if parent is not None else None) \
            or QGuiApplication.primaryScreen()
        width, height = WINDOW_SIZE
        if screen is not None:
            room = screen.availableGeometry()
            # Room for the window's frame and title bar.
            width, height = min(width, room.width() - 16), min(height, room.height() - 40)
        self.resize(max(320, width), max(240, height))

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
        self.region.addItem(self.tr("None"), None)
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
            self.region.addItem(self.tr("{region} (not in this guide)").format(region=region_id),
                                region_id)
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
        self._fill_areas_menu()
        total = self.store.entry_count()
        self.count_label.setText(self.tr("{count} entries", "", total).format(count=number(total)))
        self._show_unreadable()

    # -- which areas the chart shows -------------------------------------------------

    def _fill_areas_menu(self) -> None:
        areas = self.chart.areas
        if list(self.area_actions) != areas:
            hidden = {a for a, action in self.area_actions.items() if not action.isChecked()}
            self.areas_menu.clear()
            self.area_actions = {}
            for area in areas:
                action = self.areas_menu.addAction(self.chart.area_name(area))
                action.setCheckable(True)
                action.setChecked(area not in hidden)
                action.toggled.connect(self._on_areas_chosen)
                self.area_actions[area] = action
            if areas:
                self.areas_menu.addSeparator()
                every = self.areas_menu.addAction(self.tr("Show every area"))
                every.triggered.connect(self.show_every_area)
        self._on_areas_chosen()

    def shown_areas(self) -> set[str | None] | None:
        """The areas the chart shows (None: every one)."""
        shown = {a for a, action in self.area_actions.items() if action.isChecked()}
        return None if len(shown) == len(self.area_actions) else shown

    def show_areas(self, areas: set[str | None] | None) -> None:
        """Show only these areas' lines in the chart (None: every area)."""
        for area, action in self.area_actions.items():
            action.blockSignals(True)  # one redraw for the whole choice
            action.setChecked(areas is None or area in areas)
            action.blockSignals(False)
        self._on_areas_chosen()

    def show_every_area(self) -> None:
        """Show the line of every area again."""
        self.show_areas(None)

    def _on_areas_chosen(self) -> None:
        shown = self.shown_areas()
        self.chart.show_areas(shown)
        total = len(self.area_actions)
        words = (self.tr("Areas: all") if shown is None
                 else self.tr("Areas: {shown} of {total}").format(shown=len(shown), total=total))
        self.areas_button.setText(words)
        self.areas_button.setAccessibleName(
            self.tr("Choose the areas the chart shows; {areas}").format(areas=words.lower()))
        self.areas_button.setEnabled(total > 1)

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
        self.say(self.tr("A copy of your data file, damaged rows included, was kept: {file}")
                 .format(file=copy))

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
        self.pain_value.setText(pain_text(value, rich=True))
        self.pain.setAccessibleDescription(f"{value}, {pain_word(value)}")

    def _form_entry(self) -> NewEntry | None:
        moment = dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch()).astimezone()
        if self._editing is not None and int(self._editing.at.timestamp()) == int(
                moment.timestamp()):
            moment = self._editing.at  # unchanged: keep the offset it was logged with
        if moment - dt.datetime.now(dt.UTC) > FUTURE_SLACK:
            self.say(self.tr("That time is in the future. Choose the time the pain was felt."))
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
            self.say(self.tr("That entry is already in the diary."))
            return None
        try:
            entry_id = self.store.add_entry(new.at, new.pain, new.region_id, new.note)
        except (StoreError, ValueError) as exc:
            self.say(self.tr("The entry was not saved: {why}").format(why=exc))
            return None
        self.undo_stack.push(AddEntry(self.store, self.keys, entry_id, new, self.say))
        area = self.model.region_names.get(new.region_id, new.region_id) if new.region_id \
            else self.tr("no particular area")
        self.say(self.tr("Logged pain {score} for {area} ({when}).").format(
            score=new.pain, area=area, when=when_text(new.at)))
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
            self.say(self.tr("Choose an entry in the list first."))
            return
        self._editing = entry
        self.form.setTitle(self.tr("Edit the entry of {when}").format(when=when_text(entry.at)))
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp())))
        self.pain.setValue(entry.pain)
        self.set_region(entry.region_id)
        self.note.setText(entry.note)
        self.add_button.setText(self.tr("&Save changes"))
        self.cancel_button.show()
        self.pain.setFocus()

    def cancel_edit(self) -> None:
        """Leave editing; the form logs new entries again."""
        self._editing = None
        self.form.setTitle(self.tr("Log pain"))
        self.add_button.setText(self.tr("&Add"))
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
                self.say(self.tr("The change was not saved: {why}").format(why=exc))
                return False
            self.undo_stack.push(EditEntry(self.store, self.keys, entry.id, as_new(entry), new,
                                           self.say))
            self.say(self.tr("Changed the entry of {when}.").format(when=when_text(new.at)))
        self.cancel_edit()
        self.when.setDateTime(QDateTime.currentDateTime())
        self.note.clear()
        return True

    def delete_selected(self) -> None:
        """Delete the selected entry (Ctrl+Z brings it back)."""
        entry = self.selected_entry()
        if entry is None:
            self.say(self.tr("Choose an entry in the list first."))
            return
        if self._editing is not None and self._editing.id == entry.id:
            self.cancel_edit()
        try:
            deleted = self.store.delete_entry(entry.id)
        except (StoreError, KeyError) as exc:
            self.say(self.tr("The entry was not deleted: {why}").format(why=exc))
            return
        self.undo_stack.push(DeleteEntry(self.store, self.keys, deleted, self.say))
        undo = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.say(self.tr("Deleted the entry of {when}. Undo brings it back ({keys}).").format(
            when=when_text(entry.at), keys=undo))

    def say(self, message: str) -> None:
        """Show a message in the diary's status line and announce it to screen readers."""
        self.status.setText(message)
        event = QAccessibleAnnouncementEvent(self.status, message)
        QAccessible.updateAccessibility(event)

    def undo(self) -> None:
        """Undo the last add, edit or delete, and say so (replacing the message about it)."""
        self._step_back_or_forth(undo=True)

    def redo(self) -> None:
        """Do again what was undone, and say so."""
        self._step_back_or_forth(undo=False)

    def _step_back_or_forth(self, undo: bool) -> None:
        stack = self.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        what = stack.undoText() if undo else stack.redoText()
        commands = stack.count()
        stack.undo() if undo else stack.redo()
        if stack.count() == commands:  # else the command failed and said why
            change = what[:1].lower() + what[1:]
            self.say((self.tr("Undone: {change}.") if undo else self.tr("Redone: {change}."))
                     .format(change=change))

    # -- the report for a clinician ----------------------------------------------------

    def report(self, today: dt.date | None = None) -> DiaryReport:
        """The report of what the chart shows: its period (week, month or all) and areas."""
        from backguide.core.diary_report import REPORT_DAYS, build_report

        today = today or dt.date.today()
        entries = self.store.entries()
        days = {"week": 7, "month": 30}.get(self.chart.range)
        if days is None:
            first = min((e.at.date() for e in entries), default=today)
            days = max(REPORT_DAYS, (today - first).days + 1) if entries else REPORT_DAYS
        first_day = today - dt.timedelta(days=days - 1)
        shown = self.shown_areas()
        events = self.store.step_events(dt.datetime.combine(first_day, dt.time()).astimezone())
        return build_report(entries, events, first_day, today, self.chart.names,
                            self.content.guide.title, today,
                            areas=None if shown is None else sorted(shown, key=str), paper=self._paper(),
                            words=self.content.words)

    def _paper(self) -> str:
        from PySide6.QtCore import QLocale

        from backguide.core.handout import default_paper

        return default_paper(QLocale().name())

    def save_report(self, path: str) -> int | None:
        """Save the report as a PDF; its page count, or None after saying why not."""
        from backguide.ui.diary.printed_report import ReportError, save_report_pdf

        try:
            pages = save_report_pdf(self.report(), path)
        except ReportError as exc:
            self.files.warn(self.tr("The report was not saved."), str(exc))
            return None
        self.say(self.tr("Saved the diary report ({count} pages) to {file}.", "", pages).format(
            count=number(pages), file=path))
        return pages

    def ask_save_report(self) -> None:
        """Ask where to save the report, then save it."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        #: The name offered for a saved report; {date} is the day, as 2026-11-30.
        name = self.tr("pain-diary-report-{date}.pdf").format(date=f"{dt.date.today():%Y-%m-%d}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the diary report"),
                                              str(Path.home() / name), self.tr("PDF files (*.pdf)"))
        if path:
            self.save_report(path if Path(path).suffix else path + ".pdf")

    def ask_print_report(self) -> None:
        """Choose a printer, then print the report."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from backguide.ui.diary.printed_report import ReportError, configure_printer, render_report

        report = self.report()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report.title)
        configure_printer(printer, report.paper)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the diary report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = render_report(report, printer)
        except ReportError as exc:
            self.files.warn(self.tr("The report was not printed."), str(exc))
            return
        self.say(self.tr("Sent the diary report ({count} pages) to {printer}.", "", pages).format(
            count=number(pages), printer=printer.printerName()))

    # -- keys --------------------------------------------------------------------------

    def _digit(self, event: QKeyEvent) -> bool:
        """Set the pain from a number key; True if the key was one."""
        value = self._digits.score(event) if self.form.isEnabled() else None
        if value is None:
            return False
        self.pain.setValue(value)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._digit(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                # Ctrl+Tab leaves a widget that keeps Tab for itself; the list does not.
                forward = event.key() == Qt.Key.Key_Tab \
                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                return self.focusNextPrevChild(forward)
            # The table and the combo box would search their items for the digit.
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
