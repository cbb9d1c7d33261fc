"""The guide explorer: the list of areas, the drawn back with its key, and the detail panel.

One pane for one guide. When the person opens another content folder the
main window makes a new explorer and drops the old one; the selection lives
on in the window, so the choice survives the switch where the new guide has
the same region.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backguide.core.artwork import Artwork
from backguide.core.matching import zone_areas
from backguide.core.model import Content
from backguide.ui.detail_panel import DetailPanel
from backguide.ui.first_frame import AfterFirstPaint
from backguide.ui.map.legend import MapLegend
from backguide.ui.map.view import BodyMap
from backguide.ui.selection import Choice, Selection, ViewMode
from backguide.ui.speech import say, tell_item
from backguide.ui.translation import translate

if TYPE_CHECKING:  # set up by PySide when the first key press arrives
    from PySide6.QtGui import QKeyEvent

ID_ROLE = Qt.ItemDataRole.UserRole
SPOKEN_ROLE = Qt.ItemDataRole.AccessibleDescriptionRole


def view_name(mode: ViewMode) -> str:
    """What a screen reader says when the person switches views (Ctrl+1, Ctrl+2)."""
    if mode is ViewMode.PAIN:
        return translate("Explorer", "Where does it hurt?: places where pain is felt")
    return translate("Explorer", "Muscles: regions of the back")


class AreaList(QListWidget):
    """The areas of the current view as a list: the map's choices, in words.

    Moving through the list with the arrow keys (or tabbing into it) only
    moves the focus; Enter, Space or a click chooses, as on the map. The
    chosen area is shown in bold.
    """

    def __init__(self, content: Content, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaList")
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = content
        self.selection = selection
        self.label = QLabel()
        self.label.setBuddy(self)
        self.label.setWordWrap(True)
        self._mode: ViewMode | None = None
        self.itemClicked.connect(self._on_item_chosen)
        self.itemActivated.connect(self._on_item_chosen)
        selection.changed.connect(self._on_selection_changed)
        self._show_choice(selection.choice)

    def _on_selection_changed(self, before: Choice) -> None:
        self._show_choice(self.selection.choice)

    def _show_choice(self, choice: Choice) -> None:
        if choice.mode is not self._mode:
            self._fill(choice.mode)
        chosen = choice.area
        for row in range(self.count()):
            item = self.item(row)
            bold = item.data(ID_ROLE) == chosen
            if item.font().bold() != bold:  # a new font lays the list out again: only if it changed
                font = QFont(item.font())
                font.setBold(bold)
                item.setFont(font)
            if bold and self.currentItem() is not item:
                self.setCurrentItem(item)

    def _fill(self, mode: ViewMode) -> None:
        self._mode = mode
        pain = mode is ViewMode.PAIN
        self.label.setText(self.tr("&Places where pain is felt") if pain
                           else self.tr("&Regions of the back"))
        self.setAccessibleName(self.label.text().replace("&", ""))
        self.clear()
        entries = ([(a.id, a.name) for a in zone_areas(self.content)] if pain
                   else [(r.id, r.name) for r in self.content.regions])
        for area_id, name in entries:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, area_id)
            self.addItem(item)

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        self.selection.choose_area(item.data(ID_ROLE))

    def say(self, text: str) -> None:
        """Have a screen reader say ``text`` now, as news of the item the keyboard is on."""
        item = self.currentItem()
        if item is None:
            return
        # Quietly, so the one event is this one: some Qt versions send a change
        # of their own when an item's description role is set.
        model = self.model()
        was_blocked = model.blockSignals(True)
        try:
            item.setData(SPOKEN_ROLE, text)
            tell_item(self, self.row(item))
            item.setData(SPOKEN_ROLE, None)
        finally:
            model.blockSignals(was_blocked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        current = self.currentItem()
        if event.key() == Qt.Key.Key_Space and current is not None:
            self._on_item_chosen(current)
            event.accept()
            return
        super().keyPressEvent(event)


class Explorer(QSplitter):
    """List, map with its key, and detail panel for one guide, side by side."""

    checklist_requested = Signal()
    urgent_signs_requested = Signal()
    handout_requested = Signal()
    about_back_pain_requested = Signal()

    def __init__(self, content: Content, artwork: Artwork, svg_path: str,
                 selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("mainSplitter")
        self.setChildrenCollapsible(False)
        self.selection = selection
        self.list = AreaList(content, selection)
        self.map = BodyMap(content, artwork, svg_path, selection)
        self.legend = MapLegend()
        self.legend.set_mode(selection.mode)
        self.clear_button = QPushButton(self.tr("Clear choice"))
        self.clear_button.setObjectName("clearChoiceButton")
        self.clear_button.setToolTip(self.tr("Forget the chosen area (Escape on the map)"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.map.clear_choice)
        self.clear_button.setEnabled(selection.choice.area is not None)
        self.panel = DetailPanel(content, selection)
        self.panel.urgent_signs_requested.connect(self.urgent_signs_requested)
        self.panel.handout_requested.connect(self.handout_requested)
        self.panel.about_back_pain_requested.connect(self.about_back_pain_requested)
        self.checklist_button = QPushButton(self.tr("Start relief checklist"))
        self.checklist_button.setObjectName("checklistButton")
        self.checklist_button.clicked.connect(self.checklist_requested)
        selection.changed.connect(self._on_selection_changed)

        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(8, 8, 4, 8)
        list_layout.addWidget(self.list.label)
        list_layout.addWidget(self.list)
        map_pane = QWidget()
        map_layout = QVBoxLayout(map_pane)
        map_layout.setContentsMargins(4, 4, 4, 8)
        map_layout.addWidget(self.map, 1)
        # The key and "Clear choice" side by side, or the button under the key
        # when the pane is too narrow for both (large text, 2x scale).
        self._under_map = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._under_map.addWidget(self.legend, 1)
        self._under_map.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        map_layout.addLayout(self._under_map)
        map_pane.installEventFilter(self)
        panel_pane = QWidget()
        panel_layout = QVBoxLayout(panel_pane)
        panel_layout.setContentsMargins(0, 0, 0, 4)
        panel_layout.addWidget(self.panel, 1)
        panel_row = QHBoxLayout()
        panel_row.addStretch(1)
        panel_row.addWidget(self.checklist_button)
        panel_row.addSpacing(8)
        panel_layout.addLayout(panel_row)
        for pane, stretch in ((list_pane, 0), (map_pane, 3), (panel_pane, 3)):
            self.addWidget(pane)
            self.setStretchFactor(self.indexOf(pane), stretch)
        # Small enough minimums that the window fits a 1280x860 screen at 2x scale.
        list_pane.setMinimumWidth(110)
        map_pane.setMinimumWidth(200)
        panel_pane.setMinimumWidth(250)
        self.setSizes([200, 470, 530])
        self.setTabOrder(self.list, self.map)
        self.setTabOrder(self.map, self.clear_button)
        # What the first frame does not show is made just after it.
        AfterFirstPaint(self, lambda: QTimer.singleShot(0, self, self._after_first_frame))

    def _after_first_frame(self) -> None:
        self.map.add_shapes()

    def _on_selection_changed(self, before: Choice) -> None:
        choice = self.selection.choice
        self.clear_button.setEnabled(choice.area is not None)
        if choice.mode is not before.mode:
            self.legend.set_mode(choice.mode)
            if self.map.hasFocus():
                return  # the map is read afresh, its description naming the view
            news = view_name(choice.mode)
        elif (choice.area, choice.muscle) != (before.area, before.muscle):
            news = self.panel.last_announcement
        else:
            return
        # Said once every view has caught up (after the window's new title,
        # which a screen reader also reads), through what the keyboard is on.
        QTimer.singleShot(0, lambda: say(news))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            room = watched.width() - self.clear_button.sizeHint().width() - 24
            self._under_map.setDirection(
                QBoxLayout.Direction.LeftToRight if room >= self.legend.sizeHint().width()
                else QBoxLayout.Direction.TopToBottom)
        return super().eventFilter(watched, event)

    def focus_pane(self, step: int) -> None:
        """Move the keyboard to the next (``step`` 1) or previous (-1) pane: list, map, text."""
        panes: list[QWidget] = [self.list, self.map, self.panel.current_text()]
        focus = QApplication.focusWidget()
        here = next((i for i, pane in enumerate(panes)
                     if focus is not None and (focus is pane or pane.isAncestorOf(focus))), None)
        if here is None:  # from anywhere else (a button, the tabs), the text is next
            here = 1 if step > 0 else 0
        panes[(here + step) % len(panes)].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def detach(self) -> None:
        """Stop following the selection: this explorer is about to be dropped."""
        for view in (self.list, self.map, self.panel, self):
            self.selection.changed.disconnect(view._on_selection_changed)
