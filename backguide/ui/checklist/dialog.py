"""The relief checklist window: safety questions first, then one step per page."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backguide.core import pages
from backguide.core.checklist import Checklist, Page, PageKind, emergency_numbers
from backguide.core.checklist_text import summary_html
from backguide.core.model import DURATION_LABELS, Content, Duration, Urgency
from backguide.core.step_order import GROUP_INTROS, StepGroup
from backguide.core.store import StepState, StoreError
from backguide.ui.style import PAGE_STYLE

_BOX = ("QFrame#{name} {{ background-color: {bg}; border: 2px solid {border}; "
        "border-radius: 6px; }} QFrame#{name} QLabel {{ color: {fg}; }}")
EMERGENCY_BOX = _BOX.format(name="emergencyBox", bg="#fdecea", border="#b3261e", fg="#3b0a08")
SAME_DAY_BOX = _BOX.format(name="sameDayBox", bg="#fff4e0", border="#a15c00", fg="#3b2200")
CHECK_FIRST_BOX = _BOX.format(name="checkFirstBox", bg="#fff4e0", border="#a15c00", fg="#3b2200")
_STATES = ((StepState.DONE, "&Done"), (StepState.SKIPPED, "S&kipped"),
           (StepState.NOT_FOR_ME, "N&ot for me"))
NOT_GIVEN = -1


def _label(text: str, *, rich: bool = True, bold: bool = False) -> QLabel:
    label = QLabel(f"<b>{text}</b>" if bold else text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _when_checked(action: Callable[[], object]) -> Callable[[bool], None]:
    """A slot for ``toggled`` that acts only when the button becomes checked."""
    def slot(on: bool) -> None:
        if on:
            action()
    return slot


def _boxed(name: str, style: str, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(style)
    layout = QVBoxLayout(frame)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


class ChecklistDialog(QDialog):
    """Steps a person through one :class:`Checklist`; every answer is saved at once."""

    save_failed = Signal(str)

    def __init__(self, checklist: Checklist, locale_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistDialog")
        self.setWindowTitle("Relief checklist")
        self.resize(640, 680)
        self.checklist = checklist
        self.locale_name = locale_name
        self.heading = QLabel()
        self.heading.setObjectName("checklistHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.back_button = QPushButton("&Back")
        self.next_button = QPushButton("&Next")
        self.finish_button = QPushButton("&Finish")
        self.restart_button = QPushButton("Start &again")
        self.back_button.clicked.connect(self._on_back)
        self.next_button.clicked.connect(self._on_next)
        self.finish_button.clicked.connect(self._on_finish)
        self.restart_button.clicked.connect(self._on_restart)
        # Only Next (or Finish) may answer Enter: "Start again" and "Back" never
        # become the default button, so Enter after the last answer goes forward.
        for button in (self.restart_button, self.back_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.page_area, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.next_button, self.finish_button)
        QWidget.setTabOrder(self.finish_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.restart_button)
        self.show_page()

    # -- saving ----------------------------------------------------------------

    def _save(self, change: Callable[[], object]) -> None:
        """Apply a change; if the store fails, carry on for this run without saving."""
        try:
            change()
        except StoreError as exc:
            self.checklist.detach_store()
            change()
            self.save_failed.emit(f"{exc} The checklist goes on, but is not saved any more.")
        self._update_buttons()

    # -- pages -------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.checklist.current_page

    def show_page(self) -> None:
        """Show the checklist's current page."""
        page = self.page
        self.heading.setText(escape(page.label))
        region = self.checklist.region_id
        where = (f"For: {escape(self.checklist.content.region(region).name)}" if region
                 else "General back care (no region chosen)")
        if not self.checklist.saving:
            where += ". <i>Not being saved: your answers last only while BackGuide is open.</i>"
        self.where.setText(where)
        body = QWidget()
        body.setObjectName(f"page-{page.kind.value}")
        layout = QVBoxLayout(body)
        builders = {
            PageKind.RED_FLAGS: self._red_flags_page,
            PageKind.EMERGENCY_STOP: self._emergency_page,
            PageKind.SAME_DAY: self._same_day_page,
            PageKind.ABOUT_YOU: self._about_you_page,
            PageKind.STEP: self._step_page,
            PageKind.OTHERS: self._others_page,
            PageKind.SUMMARY: self._summary_page,
        }
        builders[page.kind](layout)
        if page.kind not in (PageKind.STEP, PageKind.SUMMARY):  # those pages fill the window
            layout.addStretch(1)
        self.page_area.setWidget(body)
        self._update_buttons()
        first = body.findChild(QRadioButton) or body.findChild(QCheckBox)
        forward = self.next_button if self.next_button.isVisible() else self.finish_button
        (first or forward).setFocus()

    def _update_buttons(self) -> None:
        kind = self.page.kind
        done = self.checklist.finished
        self.back_button.setEnabled(self.page.index > 0 and not done)
        self.next_button.setVisible(kind not in (PageKind.SUMMARY, PageKind.EMERGENCY_STOP))
        self.next_button.setEnabled(self.checklist.can_go_next() and not done)
        self.next_button.setDefault(self.next_button.isEnabled())
        self.finish_button.setVisible(kind in (PageKind.SUMMARY, PageKind.EMERGENCY_STOP))
        self.finish_button.setEnabled(not done)
        self.finish_button.setDefault(self.finish_button.isVisible())
        self.finish_button.setText("&Close" if kind is PageKind.EMERGENCY_STOP else "&Finish")

    def _yes_no(self, layout: QVBoxLayout, question: str, answer: bool | None,
                on_answer: Callable[[bool], None]) -> None:
        row = QHBoxLayout()
        label = _label(escape(question))
        row.addWidget(label, 1)
        group = QButtonGroup(self)
        for text, value in (("Yes", True), ("No", False)):
            button = QRadioButton(text)
            button.setAccessibleName(f"{text}: {question}")
            button.setChecked(answer is value)
            group.addButton(button)
            button.toggled.connect(_when_checked(partial(on_answer, value)))
            row.addWidget(button)
        layout.addLayout(row)

    def _red_flags_page(self, layout: QVBoxLayout) -> None:
        layout.addWidget(_label(
            "First, a few safety questions. Most back pain is not serious, but these signs "
            "need a doctor quickly. Answer each one."))
        answers = self.checklist.flag_answers
        groups = self.checklist.question_groups
        for group in groups:
            if len(groups) > 1:
                layout.addSpacing(8)
                layout.addWidget(_label(escape(group.title), bold=True))
            for urgency in group.urgencies:
                if urgency is Urgency.SOON:
                    layout.addWidget(_label(
                        "<i>Not urgent, but worth knowing: a yes here does not stop the "
                        "checklist.</i>"))
                for flag in group.with_urgency(urgency):
                    self._yes_no(layout, flag.question, answers.get(flag.id),
                                 partial(self._on_flag_answered, flag.id))

    def _on_flag_answered(self, flag_id: str, yes: bool) -> None:
        self._save(lambda: self.checklist.answer_flag(flag_id, yes))
        if yes and self.checklist.emergency_flags:
            self._on_next()  # an emergency answer goes straight to what to do now

    def _emergency_page(self, layout: QVBoxLayout) -> None:
        flags = self.checklist.emergency_flags
        numbers = emergency_numbers(self.locale_name)
        local, *others = numbers
        signs = "".join(f"<li>{escape(f.sign)}</li>" for f in flags)
        box = _boxed("emergencyBox", EMERGENCY_BOX,
                     _label(f"You said you have:<ul>{signs}</ul>"),
                     _label(f"<span style='font-size:15pt;'><b>Call {local[0]}</b> "
                            f"({escape(local[1])}) or go to an emergency department.</span>"),
                     _label("Elsewhere: " + ", ".join(
                         f"<b>{n}</b> ({escape(w)})" for n, w in others) + "."))
        layout.addWidget(box)
        layout.addWidget(_label(
            "Do not wait to see if it gets better, and do not carry on with the self-care "
            "steps. Do not drive yourself: ask someone to take you, or call for an ambulance. "
            "This checklist stops here. If you answered yes by mistake, press Back."))

    def _same_day_page(self, layout: QVBoxLayout) -> None:
        flags = self.checklist.same_day_flags
        signs = "".join(f"<li>{escape(f.sign)}</li>" for f in flags)
        actions = sorted({f.action for f in flags})
        box = _boxed("sameDayBox", SAME_DAY_BOX,
                     _label("<span style='font-size:15pt; font-weight:700;'>Get seen today</span>"),
                     _label(f"You said you have:<ul>{signs}</ul>"),
                     *(_label(escape(a)) for a in actions))
        layout.addWidget(box)
        understood = QCheckBox("I understand that I should be seen today")
        understood.setChecked(self.checklist.acknowledged)
        understood.setEnabled(not self.checklist.acknowledged)
        understood.toggled.connect(
            _when_checked(lambda: self._save(self.checklist.acknowledge_same_day)))
        layout.addWidget(understood)
        layout.addWidget(_label("You can go on with the checklist once you have read this."))

    def _about_you_page(self, layout: QVBoxLayout) -> None:
        layout.addWidget(_label("How long has your back hurt this time?", bold=True))
        group = QButtonGroup(self)
        for duration in Duration:
            button = QRadioButton(DURATION_LABELS[duration])
            button.setChecked(self.checklist.duration is duration)
            group.addButton(button)
            button.toggled.connect(_when_checked(
                partial(self._save, partial(self.checklist.set_duration, duration))))
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(_label(
            "Do any of these apply to you? Tick the ones that do.", bold=True))
        layout.addWidget(_label(
            "Some steps are not safe for everyone; the ones to check with a pharmacist or "
            "doctor first will be marked."))
        answers = self.checklist.caution_answers
        for key in self.checklist.caution_questions:
            # The short label fits on one line (a check box does not wrap); the
            # full question is what a screen reader and the tooltip give.
            box = QCheckBox(key.label)
            box.setToolTip(key.question)
            box.setAccessibleName(key.label)
            box.setAccessibleDescription(key.question)
            box.setChecked(answers.get(key.id, False))
            box.toggled.connect(self._caution_slot(key.id))
            layout.addWidget(box)

    def _caution_slot(self, key: str) -> Callable[[bool], None]:
        def slot(on: bool) -> None:
            self._save(lambda: self.checklist.answer_caution(key, on))
        return slot

    def _step_page(self, layout: QVBoxLayout) -> None:
        planned = self.page.step
        assert planned is not None
        step = planned.step
        if planned.needs_check:
            reasons = "".join(f"<li>{escape(r)}</li>" for r in planned.check_first)
            layout.addWidget(_boxed("checkFirstBox", CHECK_FIRST_BOX,
                                    _label(f"<b>⚠ {escape(planned.label)}</b>"),
                                    _label(f"Because of what you told us:<ul>{reasons}</ul>")))
        text = QTextBrowser()
        text.setObjectName("stepText")
        text.document().setDefaultStyleSheet(PAGE_STYLE)
        text.setHtml(pages.step_html(step, heading="h3", level_id=self.checklist.level_id))
        text.setMinimumHeight(260)
        layout.addWidget(text, 1)
        layout.addWidget(self._step_progress(step.id))

    def _step_progress(self, step_id: str) -> QWidget:
        saved = self.checklist.progress(step_id)
        box = QFrame()
        form = QFormLayout(box)
        states = QHBoxLayout()
        group = QButtonGroup(self)
        self._state_buttons: dict[StepState, QRadioButton] = {}
        for state, text in _STATES:
            button = QRadioButton(text)
            button.setChecked(saved is not None and saved.state is state)
            group.addButton(button)
            states.addWidget(button)
            self._state_buttons[state] = button
        states.addStretch(1)
        form.addRow("How did it go?", states)
        self._pain_before = self._pain_box(saved.pain_before if saved else None)
        self._pain_after = self._pain_box(saved.pain_after if saved else None)
        form.addRow("Pain before (0-10):", self._pain_before)
        form.addRow("Pain after (0-10):", self._pain_after)
        self._note = QLineEdit(saved.note if saved else "")
        self._note.setPlaceholderText("Anything you noticed (optional)")
        form.addRow("Note:", self._note)
        for button in self._state_buttons.values():
            button.toggled.connect(_when_checked(lambda: self._save_step(step_id)))
        self._pain_before.valueChanged.connect(lambda _v: self._save_step(step_id))
        self._pain_after.valueChanged.connect(lambda _v: self._save_step(step_id))
        self._note.editingFinished.connect(lambda: self._save_step(step_id))
        return box

    @staticmethod
    def _pain_box(value: int | None) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NOT_GIVEN, 10)
        box.setSpecialValueText("not given")
        box.setValue(NOT_GIVEN if value is None else value)
        return box

    def _save_step(self, step_id: str) -> None:
        state = next((s for s, b in self._state_buttons.items() if b.isChecked()), None)
        if state is None:
            return  # nothing to save until the person says how it went
        before = self._pain_before.value()
        after = self._pain_after.value()
        self._save(lambda: self.checklist.mark_step(
            step_id, state, None if before == NOT_GIVEN else before,
            None if after == NOT_GIVEN else after, self._note.text().strip()))

    def _others_page(self, layout: QVBoxLayout) -> None:
        layout.addWidget(_label(escape(GROUP_INTROS[StepGroup.OTHERS])))
        items = "".join(f"<li>{escape(p.step.title)} <i>({escape(p.step.evidence.grade.label)})</i></li>"
                        for p in self.checklist.other_steps)
        layout.addWidget(_label(f"<ul>{items}</ul>"))
        if self.checklist.others_opened:
            layout.addWidget(_label("Press Next to go through them one at a time."))
            return
        layout.addWidget(_label("You can stop here: press Next for your summary. Or open them "
                                "to go through them one at a time."))
        show = QPushButton("&Show these steps")
        show.setAutoDefault(False)
        show.clicked.connect(self._on_open_others)
        layout.addWidget(show, 0, Qt.AlignmentFlag.AlignLeft)

    def _on_open_others(self) -> None:
        self.checklist.open_others()
        self._on_next()

    def _summary_page(self, layout: QVBoxLayout) -> None:
        text = QTextBrowser()
        text.setObjectName("summaryText")
        text.document().setDefaultStyleSheet(PAGE_STYLE)
        text.setHtml(summary_html(self.checklist.summary()))
        layout.addWidget(text, 1)
        if self.checklist.finished:
            layout.addWidget(_label("This checklist is finished and kept in your history."))

    # -- navigation ----------------------------------------------------------------

    def _on_next(self) -> None:
        if self.checklist.can_go_next():
            self._save(self.checklist.next)
            self.show_page()

    def _on_back(self) -> None:
        self._save(self.checklist.back)
        self.show_page()

    def _on_finish(self) -> None:
        if not self.checklist.finished:
            self._save(self.checklist.finish)
        self.accept()

    def confirm_restart(self) -> bool:
        """Ask before clearing answers the person has already given."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, "Start again?",
            "Start the checklist again from the first question? "
            "The answers you have given in this checklist will be cleared.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_restart(self) -> None:
        checklist = self.checklist
        answered = checklist.flag_answers or checklist.duration is not None or checklist.finished
        if answered and not self.confirm_restart():
            return
        self._save(self.checklist.restart)
        self.show_page()


def ask_to_continue(parent: QWidget, content: Content, active: Checklist) -> bool:
    """Whether to go on with an unfinished checklist rather than start a new one."""
    from PySide6.QtWidgets import QMessageBox

    where = content.region(active.region_id).name if active.region_id else "general back care"
    box = QMessageBox(QMessageBox.Icon.Question, "Relief checklist",
                      f"You have a checklist in progress ({where}).", parent=parent)
    carry_on = box.addButton("&Continue it", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Start a &new one", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is carry_on
