"""The handout options dialog: paper size, short handout or full guide, large print, the
person's own records.

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
    """Paper size, the short handout or the full guide, large print, and what of the person's
    own records to include."""

    def __init__(self, subject: str, can_include_checklist: bool, can_include_diary: bool,
                 parent: QWidget | None = None, options: HandoutOptions | None = None) -> None:
        from backguide.core.handout import HandoutOptions, default_paper

        super().__init__(parent)
        self.setObjectName("handoutOptions")
        self.setWindowTitle(self.tr("Handout"))
        options = options or HandoutOptions(paper=default_paper(QLocale().name()))
        self.intro = QLabel()
        self.intro.setObjectName("handoutOptionsIntro")
        self.intro.setWordWrap(True)
        self._subject = escape(subject)
        self.paper = QComboBox()
        for paper, name in paper_names().items():
            self.paper.addItem(name, paper)
        self.paper.setCurrentIndex(self.paper.findData(options.paper))
        self.full = QCheckBox(self.tr("&Full guide (all steps, explanations and sources)"))
        self.full.setToolTip(self.tr("Print everything the guide says on this subject instead "
                                     "of the short handout (many pages)."))
        self.full.setChecked(options.full)
        self.full.toggled.connect(self._describe)
        self._describe(options.full)
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
        form.addRow(self.full)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.large_print)
        form.addRow(self.checklist)
        form.addRow(self.diary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _describe(self, full: bool) -> None:
        if full:
            text = self.tr("The full guide about <b>{subject}</b>: the urgent signs, every "
                           "self-care step with its explanation and evidence, and the sources.")
        else:
            text = self.tr("A short handout about <b>{subject}</b>: the urgent signs and a plan "
                           "of self-care steps and movements, each with how sure the research is.")
        self.intro.setText(text.format(subject=self._subject))

    def options(self) -> HandoutOptions:
        from backguide.core.handout import HandoutOptions

        return HandoutOptions(paper=self.paper.currentData(),
                              large_print=self.large_print.isChecked(),
                              include_checklist=self.checklist.isChecked(),
                              include_diary=self.diary.isChecked(),
                              full=self.full.isChecked())
