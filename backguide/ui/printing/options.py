"""The handout options dialog: paper size, large print, the person's own records.

It lives apart from :mod:`backguide.ui.printing.actions`, whose actions the
main window builds at start-up, so its widgets load only when a handout is
first asked for.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from backguide.ui.translation import translate

if TYPE_CHECKING:
    from backguide.core.handout import HandoutOptions



def paper_names() -> dict[str, str]:
    """The paper sizes a handout can be printed on, by id, with their names."""
    return {"a4": "A4", "letter": translate("HandoutOptions", "US Letter")}


class HandoutOptionsDialog(QDialog):
    """Paper size, large print, and what of the person's own records to include."""

    def __init__(self, subject: str, can_include_checklist: bool, can_include_diary: bool,
                 parent: QWidget | None = None, options: HandoutOptions | None = None) -> None:
        from backguide.core.handout import HandoutOptions, default_paper

        super().__init__(parent)
        self.setObjectName("handoutOptions")
        self.setWindowTitle(self.tr("Handout"))
        options = options or HandoutOptions(paper=default_paper(QLocale().name()))
        intro = QLabel(self.tr("A handout about <b>{subject}</b>, with the urgent signs, the "
                               "self-care steps and the sources.").format(subject=escape(subject)))
        intro.setWordWrap(True)
        self.paper = QComboBox()
        for paper, name in paper_names().items():
            self.paper.addItem(name, paper)
        self.paper.setCurrentIndex(self.paper.findData(options.paper))
        self.large_print = QCheckBox(self.tr("&Large print (14 pt text)"))
        self.large_print.setChecked(options.large_print)
        self.checklist = QCheckBox(self.tr("Include my relief &checklist progress"))
        self.checklist.setEnabled(can_include_checklist)
        self.checklist.setChecked(can_include_checklist and options.include_checklist)
        if not can_include_checklist:
            self.checklist.setToolTip(self.tr("There is no saved checklist to include yet."))
        self.diary = QCheckBox(self.tr("Include my pain &diary chart"))
        self.diary.setEnabled(can_include_diary)
        self.diary.setChecked(can_include_diary and options.include_diary)
        if not can_include_diary:
            self.diary.setToolTip(self.tr("The pain diary chart cannot be printed yet."))
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.large_print)
        form.addRow(self.checklist)
        form.addRow(self.diary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> HandoutOptions:
        from backguide.core.handout import HandoutOptions

        return HandoutOptions(paper=self.paper.currentData(),
                              large_print=self.large_print.isChecked(),
                              include_checklist=self.checklist.isChecked(),
                              include_diary=self.diary.isChecked())
