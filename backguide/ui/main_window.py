"""The main window: the shell around the guide explorer.

It holds the menus, the toolbar, the status line and the one
:class:`~backguide.ui.selection.Selection`; the explorer (list, map, panel)
shows the guide, and the checklist, diary and handouts are opened from here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolButton, QWidget

from backguide.core.artwork import Artwork
from backguide.core.errors import ContentError
from backguide.core.matching import zone_areas
from backguide.core.model import Content
from backguide.language import LANGUAGES, SETTING
from backguide.paths import content_locales
from backguide.ui.elided_label import ElidedLabel
from backguide.ui.explorer import Explorer
from backguide.ui.printing.actions import HandoutActions
from backguide.ui.selection import Choice, Selection, ViewMode
from backguide.ui.style import (
    TEXT_SIZES,
    URGENT_BUTTON_STYLE,
    apply_text_size,
    make_palette_readable,
    text_size_labels,
)
from backguide.ui.translation import long_date, number

if TYPE_CHECKING:  # loaded when first used, to keep start-up quick
    from PySide6.QtGui import QCloseEvent

    from backguide.core.checklist import Checklist
    from backguide.core.store import Store
    from backguide.ui.checklist.dialog import ChecklistDialog
    from backguide.ui.content_watch import ContentWatcher
    from backguide.ui.detail_panel import DetailPanel
    from backguide.ui.dialogs import ContentProblemsDialog, UrgentSignsDialog
    from backguide.ui.diary.window import DiaryWindow
    from backguide.ui.explorer import AreaList
    from backguide.ui.map.legend import MapLegend
    from backguide.ui.map.view import BodyMap


class MainWindow(QMainWindow):
    # The person chose another language in View → Language and asked to restart
    # now (the app restarts the process: see backguide.app).
    restart_requested = Signal(str)

    def __init__(self, content: Content, artwork: Artwork, svg_path: str,
                 store: Store | None = None, remember: bool = True,
                 language: str = "en") -> None:
        """``remember``: restore and keep the window's size and layout (False for checks).

        ``language``: the language the interface is in (its translators are
        installed before the window is made); View → Language shows it.
        """
        super().__init__()
        self.remember = remember
        self.language = language
        make_palette_readable()
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: make_palette_readable())
        self.store = store
        self.setObjectName("mainWindow")
        self.artwork = artwork
        self.svg_path = svg_path
        self.content = content
        self.selection = Selection(self)
        self.selection.changed.connect(self._on_selection_changed)
        self.explorer: Explorer | None = None
        self._urgent: UrgentSignsDialog | None = None
        self.checklist_dialog: ChecklistDialog | None = None
        self.diary_window: DiaryWindow | None = None
        self.watcher: ContentWatcher | None = None
        self.problems_dialog: ContentProblemsDialog | None = None
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.version_label = ElidedLabel()
        # No stretch: with it the label would take the whole bar and hide every
        # status message (a saved PDF's "Saved ..." among them).
        self.statusBar().addPermanentWidget(self.version_label)
        self._build_body(content)
        self._restore_settings()

    # -- building ---------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], object], tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("&Open content folder…"), key.Open,
                                        self._on_open_content,
                                        self.tr("Use a clinic's own content folder"))
        self.quit_action = self._action(self.tr("&Quit"), key.Quit, self.close)
        self.muscles_action = self._action(self.tr("&Muscles"), "Ctrl+1",
                                           lambda: self.selection.set_mode(ViewMode.MUSCLES),
                                           self.tr("Click a region of the back"))
        self.pain_action = self._action(self.tr("&Where does it hurt?"), "Ctrl+2",
                                        lambda: self.selection.set_mode(ViewMode.PAIN),
                                        self.tr("Click the place where you feel pain"))
        group = QActionGroup(self)
        for action in (self.muscles_action, self.pain_action):
            action.setCheckable(True)
            group.addAction(action)
        self.muscles_action.setChecked(True)
        # The keyboard goes from pane to pane (list, map, the text of the page) with
        # F6, as in many desktop programs; Tab still walks every control.
        self.next_pane_action = self._action(
            self.tr("Next &pane"), "F6", lambda: self._explorer().focus_pane(1),
            self.tr("Move the keyboard to the list, the map or the text"))
        self.previous_pane_action = self._action(self.tr("Pre&vious pane"),
                                                 "Shift+F6",
                                                 lambda: self._explorer().focus_pane(-1))
        self.text_size_actions: dict[str, QAction] = {}
        sizes = QActionGroup(self)
        for name, label in text_size_labels().items():
            action = self._action(label, None, partial(self.set_text_size, name))
            action.setCheckable(True)
            sizes.addAction(action)
            self.text_size_actions[name] = action
        self.zoom_in_action = self._action(self.tr("Zoom &in"), "Ctrl+=",
                                           lambda: self.map.zoom_in())
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action(self.tr("Zoom &out"), "Ctrl+-",
                                            lambda: self.map.zoom_out())
        self.zoom_reset_action = self._action(self.tr("&Reset zoom"), "Ctrl+0",
                                              lambda: self.map.reset_zoom())
        self.urgent_action = self._action(self.tr("&Urgent signs"), "Ctrl+U",
                                          self.show_urgent_signs,
                                          self.tr("Signs that need a doctor today or now"))
        self.about_action = self._action(self.tr("&About BackGuide"), None,
                                         self._on_about)
        self.about_back_pain_action = self._action(
            self.tr("About &back pain"), "F1", self.show_about_back_pain,
            self.tr("What is true of back pain wherever it hurts"))
        self.checklist_action = self._action(
            self.tr("Start relief &checklist"), "Ctrl+K", self.start_checklist,
            self.tr("Step through what may help, starting with the safety questions"))
        self.history_action = self._action(self.tr("Checklist &history…"), None,
                                           self._on_history)
        self.diary_action = self._action(self.tr("Pain &diary…"), None,
                                         self.open_diary,
                                         self.tr("Your pain scores over time, with a chart"))
        self.log_pain_action = self._action(self.tr("&Log pain"), "Ctrl+L",
                                            self.log_pain,
                                            self.tr("Note how much it hurts now"))
        # Each language by its own name, so a person who cannot read the
        # current one still finds theirs.
        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = self._action(name, None, partial(self.choose_language, code))
            action.setCheckable(True)
            action.setChecked(code == self.language)
            languages.addAction(action)
            self.language_actions[code] = action
        self.handouts = HandoutActions(self, lambda: (self.content, self.artwork),
                                       lambda: self.selection.region,
                                       self._checklist_handout_html,
                                       self._diary_handout_html,
                                       self._templates_folder)

    def _templates_folder(self) -> Path:
        """Handout templates live beside the diary, in the user data folder."""
        if self.store is not None and self.store.path is not None:
            return self.store.path.parent / "templates"
        from backguide.user_data import data_dir

        return data_dir() / "templates"

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The urgent signs come first: on a narrow (or 2x scaled) screen the
        # toolbar's last buttons move into its overflow menu, never these.
        self.urgent_button = QToolButton()
        self.urgent_button.setObjectName("urgentSigns")
        self.urgent_button.setDefaultAction(self.urgent_action)
        self.urgent_button.setText(self.tr("⚠ Urgent signs"))
        self.urgent_button.setAccessibleName(self.tr("Urgent signs"))
        self.urgent_button.setStyleSheet(URGENT_BUTTON_STYLE)
        toolbar.addWidget(self.urgent_button)
        toolbar.addSeparator()
        toolbar.addAction(self.muscles_action)
        toolbar.addAction(self.pain_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        for action in (self.zoom_out_action, self.zoom_reset_action, self.zoom_in_action):
            toolbar.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addActions(self.handouts.actions)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.muscles_action)
        view_menu.addAction(self.pain_action)
        view_menu.addAction(self.next_pane_action)
        view_menu.addAction(self.previous_pane_action)
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        text_menu = view_menu.addMenu(self.tr("&Text size"))
        text_menu.addActions(list(self.text_size_actions.values()))
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.addActions(list(self.language_actions.values()))
        checklist_menu = bar.addMenu(self.tr("&Checklist"))
        checklist_menu.addAction(self.checklist_action)
        checklist_menu.addAction(self.history_action)
        diary_menu = bar.addMenu(self.tr("&Diary"))
        diary_menu.addAction(self.log_pain_action)
        diary_menu.addAction(self.diary_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.urgent_action)
        help_menu.addAction(self.about_back_pain_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_body(self, content: Content) -> None:
        """Show ``content`` in a new explorer, in place of the one showing the last guide."""
        self.content = content
        self._watch(content)
        self.selection.keep_only(content.region_ids, {a.id for a in zone_areas(content)})
        old = self.explorer
        self.explorer = Explorer(content, self.artwork, self.svg_path, self.selection)
        self.explorer.checklist_requested.connect(self.start_checklist)
        self.explorer.urgent_signs_requested.connect(self.show_urgent_signs)
        self.explorer.handout_requested.connect(self.handouts.open_builder)
        self.explorer.about_back_pain_requested.connect(self.show_about_back_pain)
        if old is not None:
            self.explorer.restoreState(old.saveState())
            old.detach()
        self.setCentralWidget(self.explorer)  # the old explorer is deleted with it
        guide = content.guide
        self.version_label.setText(
            self.tr("Content version {version}, reviewed {date}. "
                    "Not a diagnosis. Not a substitute for medical care.")
            .format(version=guide.version, date=long_date(guide.last_reviewed)))
        self._show_subject()

    # The explorer's parts, for the menus' actions and for tests.
    @property
    def map(self) -> BodyMap:
        return self._explorer().map

    @property
    def list(self) -> AreaList:
        return self._explorer().list

    @property
    def panel(self) -> DetailPanel:
        return self._explorer().panel

    @property
    def legend(self) -> MapLegend:
        return self._explorer().legend

    @property
    def splitter(self) -> Explorer:
        return self._explorer()

    @property
    def checklist_button(self) -> QWidget:
        return self._explorer().checklist_button

    def _explorer(self) -> Explorer:
        assert self.explorer is not None, "the explorer is made in __init__"
        return self.explorer

    def sizeHint(self) -> QSize:  # noqa: N802
        # Most of the screen, whatever its size; a remembered size wins.
        screen = self.screen().availableGeometry().size()
        return QSize(round(screen.width() * 0.9), round(screen.height() * 0.9))

    def set_text_size(self, name: str) -> None:
        """Make all of BackGuide's text normal, large or larger, and remember the choice."""
        if name not in TEXT_SIZES:
            name = "normal"
        apply_text_size(name)
        self.text_size_actions[name].setChecked(True)
        QSettings().setValue("view/text_size", name)

    # -- following the selection ---------------------------------------------------

    def set_mode(self, mode: ViewMode) -> None:
        self.selection.set_mode(mode)

    def _on_selection_changed(self, before: Choice) -> None:
        mode = self.selection.mode
        (self.pain_action if mode is ViewMode.PAIN else self.muscles_action).setChecked(True)
        self._show_subject()

    def _show_subject(self) -> None:
        """Name what is shown in the window title (as in "Buttock, left – BackGuide").

        With nothing chosen in "Where does it hurt?" the title names that view,
        so a screen reader, which reads a new title aloud, says the view switched.
        """
        area = self.selection.choice.area
        name = self.map.accessible_name_of(area) if area else ""
        if not name and self.selection.mode is ViewMode.PAIN:
            name = self.tr("Where does it hurt?")
        title = self.content.guide.title
        self.setWindowTitle(f"{name} \u2013 {title}" if name else title)

    # -- relief checklist ---------------------------------------------------------

    def _writable_store(self) -> Store | None:
        return self.store if self.store is not None and not self.store.read_only else None

    def _ask_continue(self, active: Checklist) -> bool:
        from backguide.ui.checklist.dialog import ask_to_continue

        return ask_to_continue(self, self.content, active)

    def start_checklist(self) -> ChecklistDialog:
        """Open the relief checklist: resume the unfinished one, or start one."""
        from PySide6.QtCore import QLocale

        from backguide.core.checklist import checklist_to_open
        from backguide.ui.checklist.dialog import ChecklistDialog

        checklist = checklist_to_open(self.content, self._writable_store(),
                                      self.selection.region,
                                      self._ask_continue, self.show_store_message)
        if self.checklist_dialog is not None:
            self.checklist_dialog.close()
        dialog = ChecklistDialog(checklist, QLocale().name(), self)
        dialog.save_failed.connect(self.show_store_message)
        self.checklist_dialog = dialog
        dialog.show()
        return dialog

    def _on_history(self) -> None:
        from backguide.ui.checklist.history import ChecklistHistoryDialog

        if self.store is None:
            self.show_store_message(self.tr(
                "Checklists are not being saved, so there is no history."))
            return
        ChecklistHistoryDialog(self.content, self.store, self).open()

    # -- pain diary (the logic is in ui/diary/window.py) --------------------------------

    def open_diary(self) -> DiaryWindow:
        """Show the pain diary window (made, and pyqtgraph loaded, the first time)."""
        if self.diary_window is None or (self.store is not None
                                         and self.diary_window.store is not self.store):
            from backguide.ui.diary.window import DiaryWindow

            if self.diary_window is not None:  # it was keeping entries in memory only
                self.diary_window.close()
                self.diary_window.close_store()
            self.diary_window = DiaryWindow(self.content, self.store, self)
        else:
            self.diary_window.set_content(self.content)
        self.diary_window.set_region(self.selection.region)
        self.diary_window.show()
        self.diary_window.raise_()
        self.diary_window.activateWindow()
        # The keyboard starts on the pain score, which a screen reader reads with
        # its value, never on "Add" (where Enter would log a score without a word).
        self.diary_window.pain.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.diary_window

    def log_pain(self) -> DiaryWindow:
        """Open the diary ready to log pain now, for the selected region."""
        diary = self.open_diary()
        diary.log_pain(self.selection.region)
        return diary

    def _checklist_handout_html(self) -> str:
        """The checklist progress for a handout: the open checklist's, else the latest saved."""
        from backguide.core.checklist_text import handout_progress_html

        dialog = self.checklist_dialog
        live = dialog.checklist if dialog is not None and dialog.isVisible() else None
        return handout_progress_html(self.content, live, self.store)

    def close_store(self) -> None:
        """Close the person's data store and the diary's in-memory one (when the app quits)."""
        if self.diary_window is not None:
            self.diary_window.close_store()
        if self.store is not None:
            self.store.close()

    def _diary_handout_html(self) -> str:
        from backguide.ui.diary.report import diary_handout_html

        return diary_handout_html(self.store, names={r.id: r.name for r in self.content.regions},
                                  words=self.content.words)

    def show_store_message(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "BackGuide", message, parent=self)
        box.setObjectName("storeMessage")
        box.open()

    def show_urgent_signs(self) -> UrgentSignsDialog:
        if self._urgent is None:
            from backguide.ui.dialogs import UrgentSignsDialog

            self._urgent = UrgentSignsDialog(self.content, self)
        self._urgent.show()
        self._urgent.raise_()
        self._urgent.activateWindow()
        return self._urgent

    def show_about_back_pain(self) -> QWidget:
        from backguide.core.region_sections import about_back_pain_html
        from backguide.ui.page_dialog import PageDialog

        dialog = PageDialog(self.tr("About back pain"),
                            about_back_pain_html(self.content), self)
        dialog.setObjectName("aboutBackPain")
        dialog.open()
        return dialog

    def _on_about(self) -> None:
        from backguide.ui.dialogs import show_about

        show_about(self, self.content)

    def _on_open_content(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open content folder"))
        if folder:
            self.open_content(folder)

    def open_content(self, folder: str) -> bool:
        """Switch to another content folder if it is sound; otherwise explain why not."""
        return self._switch_content(Path(folder), changed_on_disk=False)

    def _on_content_changed(self) -> None:
        if self.watcher is not None:
            self._switch_content(self.watcher.folder, changed_on_disk=True)

    def _switch_content(self, folder: Path, changed_on_disk: bool) -> bool:
        from backguide.core.content import load_guide  # the YAML reader, only when needed

        try:
            content = load_guide(folder, self.artwork)
        except ContentError as exc:
            from backguide.ui.dialogs import ContentProblemsDialog

            count = len(exc.problems)
            summary = (self.tr("The folder {folder} has {count} problems after a change on disk, "
                               "so BackGuide keeps showing the last good version.", "", count)
                       if changed_on_disk else
                       self.tr("The folder {folder} has {count} problems, so BackGuide keeps the "
                               "guide it is showing now.", "", count))
            self.problems_dialog = ContentProblemsDialog(
                exc, summary.format(folder=folder, count=number(count)), self)
            self.problems_dialog.open()
            return False
        self._urgent = None
        self._build_body(content)
        return True

    def _watch(self, content: Content) -> None:
        """Watch a clinic's own content folder (the shipped one never changes)."""
        folder = Path(content.folder)
        if self.watcher is not None and self.watcher.folder == folder:
            return
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        shipped = {path.resolve() for path in content_locales()}
        if content.folder and folder.resolve() not in shipped:
            from backguide.ui.content_watch import ContentWatcher

            self.watcher = ContentWatcher(folder, self)
            self.watcher.changed.connect(self._on_content_changed)

    # -- language -------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        """View → Language: remember ``language`` and offer to restart in it now.

        The offer is written in the language just chosen: the person who chose
        it may not read the one on screen.
        """
        from PySide6.QtWidgets import QMessageBox

        from backguide.ui.translation import translate_into

        QSettings().setValue(SETTING, language)
        for code, action in self.language_actions.items():
            action.setChecked(code == language)
        if language == self.language:
            return

        def words(text: object) -> str:  # QT_TRANSLATE_NOOP gives back its text, typed "object"
            return translate_into(language, "LanguageChoice", str(text))

        # Each language has its own sentence, in its own words.
        sentence = words(QT_TRANSLATE_NOOP("LanguageChoice",
                                           "BackGuide will be in Spanish the next time it starts.")
                         if language == "es" else
                         QT_TRANSLATE_NOOP("LanguageChoice",
                                           "BackGuide will be in English the next time it starts."))
        box = QMessageBox(QMessageBox.Icon.Question,
                          words(QT_TRANSLATE_NOOP("LanguageChoice", "Language")), sentence,
                          parent=self)
        box.setObjectName("languageRestart")
        box.setInformativeText(words(QT_TRANSLATE_NOOP(
            "LanguageChoice", "Restart BackGuide now? Your diary and checklist are kept.")))
        restart = box.addButton(words(QT_TRANSLATE_NOOP("LanguageChoice", "&Restart now")),
                                QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(words(QT_TRANSLATE_NOOP("LanguageChoice", "&Later")),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        box.buttonClicked.connect(
            lambda button: self.restart_requested.emit(language) if button is restart else None)
        box.open()

    # -- settings -------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        text_size = settings.value("view/text_size", "normal")
        text_size = text_size if text_size in TEXT_SIZES else "normal"
        apply_text_size(text_size)
        self.text_size_actions[text_size].setChecked(True)
        geometry = settings.value("window/geometry") if self.remember else None
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty()
                and self.restoreGeometry(geometry)):
            self.resize(self.sizeHint())
        if not self.remember:
            return
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self._explorer().restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.remember:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/splitter", self._explorer().saveState())
        super().closeEvent(event)
