"""The main window: region list, body map and detail panel side by side."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backguide.core.artwork import Artwork
from backguide.core.errors import ContentError
from backguide.core.matching import referred_areas, zone_areas
from backguide.core.model import Content
from backguide.paths import content_dir
from backguide.ui.detail_panel import DetailPanel
from backguide.ui.map.legend import MapLegend
from backguide.ui.map.view import BodyMap, MapMode
from backguide.ui.printing.actions import HandoutActions, checklist_progress_html

if TYPE_CHECKING:  # loaded when first used, to keep start-up quick
    from PySide6.QtGui import QCloseEvent

    from backguide.core.checklist import Checklist
    from backguide.core.store import Store
    from backguide.ui.checklist.dialog import ChecklistDialog
    from backguide.ui.content_watch import ContentWatcher
    from backguide.ui.dialogs import ContentProblemsDialog, UrgentSignsDialog
    from backguide.ui.diary.window import DiaryWindow

URGENT_STYLE = """
QToolButton#urgentSigns {
    background-color: #b3261e; color: white; font-weight: bold;
    border-radius: 4px; padding: 5px 12px; margin: 2px 6px;
}
QToolButton#urgentSigns:hover { background-color: #8c1d18; }
QToolButton#urgentSigns:focus { border: 2px solid palette(highlight); }
"""


class MainWindow(QMainWindow):
    def __init__(self, content: Content, artwork: Artwork, svg_path: str,
                 store: Store | None = None) -> None:
        super().__init__()
        self.store = store
        self.setObjectName("mainWindow")
        self.artwork = artwork
        self.svg_path = svg_path
        self.content = content
        self._muscle: str | None = None
        self._urgent: UrgentSignsDialog | None = None
        self.checklist_dialog: ChecklistDialog | None = None
        self.diary_window: DiaryWindow | None = None
        self.watcher: ContentWatcher | None = None
        self.problems_dialog: ContentProblemsDialog | None = None
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.version_label = QLabel()
        self.statusBar().addPermanentWidget(self.version_label, 1)
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
        self.open_action = self._action("&Open content folder…", key.Open,
                                        self._on_open_content,
                                        "Use a clinic's own content folder")
        self.quit_action = self._action("&Quit", key.Quit, self.close)
        self.muscles_action = self._action("&Muscles", "Ctrl+1",
                                           lambda: self.set_mode(MapMode.MUSCLES),
                                           "Click a region of the back")
        self.pain_action = self._action("&Where does it hurt?", "Ctrl+2",
                                        lambda: self.set_mode(MapMode.PAIN),
                                        "Click the place where you feel pain")
        group = QActionGroup(self)
        for action in (self.muscles_action, self.pain_action):
            action.setCheckable(True)
            group.addAction(action)
        self.muscles_action.setChecked(True)
        self.zoom_in_action = self._action("Zoom &in", "Ctrl+=", lambda: self.map.zoom_in())
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action("Zoom &out", "Ctrl+-", lambda: self.map.zoom_out())
        self.zoom_reset_action = self._action("&Reset zoom", "Ctrl+0", lambda: self.map.reset_zoom())
        self.urgent_action = self._action("&Urgent signs", "Ctrl+U", self.show_urgent_signs,
                                          "Signs that need a doctor today or now")
        self.about_action = self._action("&About BackGuide", None, self._on_about)
        self.checklist_action = self._action(
            "Start relief &checklist", "Ctrl+K", self.start_checklist,
            "Step through what may help, starting with the safety questions")
        self.history_action = self._action("Checklist &history…", None, self._on_history)
        self.diary_action = self._action("Pain &diary…", None, self.open_diary,
                                         "Your pain scores over time, with a chart")
        self.log_pain_action = self._action("&Log pain", "Ctrl+L", self.log_pain,
                                            "Note how much it hurts now")
        self.handouts = HandoutActions(self, lambda: (self.content, self.artwork),
                                       lambda: self.map.selected_region or None,
                                       lambda: checklist_progress_html(self.content, self.store),
                                       self._diary_handout_html)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.muscles_action)
        toolbar.addAction(self.pain_action)
        toolbar.addSeparator()
        for action in (self.zoom_out_action, self.zoom_reset_action, self.zoom_in_action):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.urgent_button = QToolButton()
        self.urgent_button.setObjectName("urgentSigns")
        self.urgent_button.setDefaultAction(self.urgent_action)
        self.urgent_button.setText("⚠ Urgent signs")
        self.urgent_button.setAccessibleName("Urgent signs")
        self.urgent_button.setStyleSheet(URGENT_STYLE)
        toolbar.addWidget(self.urgent_button)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addActions(self.handouts.actions)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.muscles_action)
        view_menu.addAction(self.pain_action)
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        checklist_menu = bar.addMenu("&Checklist")
        checklist_menu.addAction(self.checklist_action)
        checklist_menu.addAction(self.history_action)
        diary_menu = bar.addMenu("&Diary")
        diary_menu.addAction(self.log_pain_action)
        diary_menu.addAction(self.diary_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.urgent_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_body(self, content: Content) -> None:
        self.content = content
        self._muscle = None
        self._watch(content)
        self.setWindowTitle(content.guide.title)
        self.list = QListWidget()
        self.list.setObjectName("areaList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list)
        self.list_label.setWordWrap(True)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.map = BodyMap(content, self.artwork, self.svg_path)
        self.map.region_selected.connect(self._on_region_selected)
        self.map.zone_selected.connect(self._on_zone_selected)
        self.legend = MapLegend()
        self.panel = DetailPanel(content)
        self.checklist_button = QPushButton("Start relief checklist")
        self.checklist_button.setObjectName("checklistButton")
        self.checklist_button.clicked.connect(self.start_checklist)
        panel_pane = QWidget()
        panel_layout = QVBoxLayout(panel_pane)
        panel_layout.setContentsMargins(0, 0, 0, 4)
        panel_layout.addWidget(self.panel, 1)
        panel_row = QHBoxLayout()
        panel_row.addStretch(1)
        panel_row.addWidget(self.checklist_button)
        panel_row.addSpacing(8)
        panel_layout.addLayout(panel_row)
        self.panel.muscle_chosen.connect(self._on_muscle_chosen)
        self.panel.referral_chosen.connect(self._on_referral_chosen)

        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(8, 8, 4, 8)
        list_layout.addWidget(self.list_label)
        list_layout.addWidget(self.list)
        map_pane = QWidget()
        map_layout = QVBoxLayout(map_pane)
        map_layout.setContentsMargins(4, 4, 4, 8)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane, stretch in ((list_pane, 0), (map_pane, 3), (panel_pane, 3)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), stretch)
        list_pane.setMinimumWidth(150)
        map_pane.setMinimumWidth(280)
        panel_pane.setMinimumWidth(300)
        self.splitter.setSizes([200, 470, 530])
        self.setCentralWidget(self.splitter)
        self._fill_list()
        guide = content.guide
        self.version_label.setText(
            f"Content version {guide.version}, reviewed {guide.last_reviewed:%d %B %Y}. "
            "Not a diagnosis. Not a substitute for medical care.")
        self.setTabOrder(self.list, self.map)
        self.setTabOrder(self.map, self.panel)
        self.setTabOrder(self.panel, self.checklist_button)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1200, 820)

    # -- modes and the list -------------------------------------------------------

    def set_mode(self, mode: MapMode) -> None:
        (self.pain_action if mode is MapMode.PAIN else self.muscles_action).setChecked(True)
        self.map.set_mode(mode)
        self.legend.set_mode(mode)
        self._fill_list()
        if mode is MapMode.PAIN:
            self.map.shade_zones([], [])
            self._on_zone_selected(self.map.selected_zone)
        else:
            self._on_region_selected(self.map.selected_region)

    def _fill_list(self) -> None:
        pain = self.map.mode is MapMode.PAIN
        self.list_label.setText("&Places where pain is felt" if pain else "&Regions of the back")
        self.list.setAccessibleName(self.list_label.text().replace("&", ""))
        self.list.blockSignals(True)
        self.list.clear()
        entries = ([(a.id, a.name) for a in zone_areas(self.content)] if pain
                   else [(r.id, r.name) for r in self.content.regions])
        chosen = self.map.selected_zone if pain else self.map.selected_region
        for area_id, name in entries:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, area_id)
            self.list.addItem(item)
            if area_id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _sync_list(self, area_id: str) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == area_id:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def _on_list_current_changed(self, current: QListWidgetItem | None,
                                 _previous: QListWidgetItem | None) -> None:
        area_id = current.data(Qt.ItemDataRole.UserRole) if current else ""
        if self.map.mode is MapMode.PAIN:
            self.map.select_zone(area_id)
        else:
            self.map.select_region(area_id)

    # -- reactions ------------------------------------------------------------------

    def _set_subject(self, name: str) -> None:
        """Name what is shown in the window title (as in "Buttock, left – BackGuide")."""
        title = self.content.guide.title
        self.setWindowTitle(f"{name} \u2013 {title}" if name else title)

    def _on_region_selected(self, region_id: str) -> None:
        self._muscle = None
        self._sync_list(region_id)
        self._set_subject(self.content.region(region_id).name if region_id else "")
        if not region_id:
            self.map.shade_zones([], [])
            self.panel.show_welcome()
            return
        self._show_region(region_id)

    def _show_region(self, region_id: str) -> None:
        region = self.content.region(region_id)
        essential, spillover = referred_areas(self.content, region, self._muscle)
        self.map.shade_zones(essential, spillover)
        self.panel.show_region(region_id, self._muscle)

    def _on_muscle_chosen(self, muscle_id: str) -> None:
        if self.map.selected_region:
            self._muscle = muscle_id or None
            self._show_region(self.map.selected_region)

    def _on_zone_selected(self, area_id: str) -> None:
        self._sync_list(area_id)
        self._set_subject(self.map.accessible_name_of(area_id) if area_id else "")
        if area_id:
            self.panel.show_zone(area_id)
        else:
            self.panel.show_welcome()

    def _on_referral_chosen(self, region_id: str, muscle_id: str) -> None:
        self.set_mode(MapMode.MUSCLES)
        self.map.select_region(region_id)
        self._on_muscle_chosen(muscle_id)

    # -- relief checklist ---------------------------------------------------------

    def _writable_store(self) -> Store | None:
        return self.store if self.store is not None and not self.store.read_only else None

    def _ask_continue(self, active: Checklist) -> bool:
        from backguide.ui.checklist.dialog import ask_to_continue

        return ask_to_continue(self, self.content, active)

    def start_checklist(self) -> ChecklistDialog:
        """Open the relief checklist: resume the unfinished one, or start one."""
        from PySide6.QtCore import QLocale

        from backguide.ui.checklist.dialog import ChecklistDialog, checklist_to_open

        checklist = checklist_to_open(self.content, self._writable_store(),
                                      self.map.selected_region or None,
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
            self.show_store_message("Checklists are not being saved, so there is no history.")
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
        self.diary_window.set_region(self.map.selected_region or None)
        self.diary_window.show()
        self.diary_window.raise_()
        self.diary_window.activateWindow()
        return self.diary_window

    def log_pain(self) -> DiaryWindow:
        """Open the diary ready to log pain now, for the selected region."""
        diary = self.open_diary()
        diary.log_pain(self.map.selected_region or None)
        return diary

    def close_store(self) -> None:
        """Close the person's data store and the diary's in-memory one (when the app quits)."""
        if self.diary_window is not None:
            self.diary_window.close_store()
        if self.store is not None:
            self.store.close()

    def _diary_handout_html(self) -> str:
        from backguide.ui.diary.report import diary_handout_html

        return diary_handout_html(self.store)

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

    def _on_about(self) -> None:
        from backguide.ui.dialogs import show_about

        show_about(self, self.content)

    def _on_open_content(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, "Open content folder")
        if folder:
            self.open_content(folder)

    def open_content(self, folder: str) -> bool:
        """Switch to another content folder if it is sound; otherwise explain why not."""
        return self._switch_content(Path(folder), "so BackGuide keeps the guide it is "
                                                  "showing now.")

    def _on_content_changed(self) -> None:
        if self.watcher is not None:
            self._switch_content(self.watcher.folder, "after a change on disk, so BackGuide "
                                                      "keeps showing the last good version.")

    def _switch_content(self, folder: Path, keeping: str) -> bool:
        from backguide.core.content import load_guide  # the YAML reader, only when needed

        try:
            content = load_guide(folder, self.artwork)
        except ContentError as exc:
            from backguide.ui.dialogs import ContentProblemsDialog

            count = len(exc.problems)
            self.problems_dialog = ContentProblemsDialog(
                exc, f"The folder {folder} has {count} problem{'s' if count != 1 else ''} "
                     f"{keeping}", self)
            self.problems_dialog.open()
            return False
        region = self.map.selected_region
        self._urgent = None
        self.muscles_action.setChecked(True)
        self._build_body(content)
        self.legend.set_mode(MapMode.MUSCLES)
        if region in content.region_ids:
            self.map.select_region(region)
        return True

    def _watch(self, content: Content) -> None:
        """Watch a clinic's own content folder (the shipped one never changes)."""
        folder = Path(content.folder)
        if self.watcher is not None and self.watcher.folder == folder:
            return
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        if content.folder and folder.resolve() != content_dir().resolve():
            from backguide.ui.content_watch import ContentWatcher

            self.watcher = ContentWatcher(folder, self)
            self.watcher.changed.connect(self._on_content_changed)

    # -- settings -------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            hint = self.sizeHint()
            self.resize(min(hint.width(), screen.width() - 40),
                        min(hint.height(), screen.height() - 60))
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)
