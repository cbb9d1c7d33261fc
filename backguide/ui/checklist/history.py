"""Finished relief checklists, newest first, each with its summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backguide.core.checklist import Checklist
from backguide.core.checklist_text import summary_html
from backguide.core.model import Content
from backguide.core.store import Store
from backguide.ui.style import PAGE_STYLE
from backguide.ui.translation import short_date_time


class ChecklistHistoryDialog(QDialog):
    def __init__(self, content: Content, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistHistory")
        self.setWindowTitle(self.tr("Checklist history"))
        self.resize(720, 480)
        self.content = content
        self.store = store
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Finished checklists"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.document().setDefaultStyleSheet(PAGE_STYLE)
        runs = store.history()
        for run in runs:
            where = (content.region(run.region_id).name
                     if run.region_id in content.region_ids
                     else self.tr("General back care"))
            item = QListWidgetItem(f"{short_date_time(run.started_at)}: {where}")
            item.setData(Qt.ItemDataRole.UserRole, run.id)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._on_current_changed)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.summary)
        splitter.setSizes([240, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not runs:
            layout.addWidget(QLabel(self.tr("No finished checklists yet.")))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if runs:
            self.list.setCurrentRow(0)

    def _on_current_changed(self, current: QListWidgetItem | None,
                            _previous: QListWidgetItem | None) -> None:
        if current is None:
            self.summary.clear()
            return
        run_id = current.data(Qt.ItemDataRole.UserRole)
        checklist = Checklist(self.content, store=self.store, run_id=run_id)
        self.summary.setHtml(summary_html(checklist.summary()))
