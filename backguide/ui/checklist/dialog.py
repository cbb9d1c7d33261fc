"""The relief checklist window: safety questions first, then one step per page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backguide.core import pages
from backguide.core.checklist import Checklist, EarlierAnswers, Page, PageKind, emergency_numbers
from backguide.core.checklist_text import summary_html
from backguide.core.model import Content, Duration, Urgency, duration_label
from backguide.core.step_order import StepGroup, WorkStatus, group_intro, group_title, work_label
from backguide.core.store import StepState, StoreError
from backguide.ui.checklist.keyboard import (
    FOCUS_STYLE,
    announce,
    chain_tab_order,
    focusable_label,
    tab_stops,
)
from backguide.ui.heading import Heading
from backguide.ui.pain_scale import PainScale
from backguide.ui.style import PAGE_STYLE
from backguide.ui.translation import locale, number, translate

_BOX = ("QFrame#{name} {{ background-color: {bg}; border: 2px solid {border}; "
        "border-radius: 6px; }} QFrame#{name} QLabel {{ color: {fg}; }}")
EMERGENCY_BOX = _BOX.format(name="emergencyBox", bg="#fdecea", border="#b3261e", fg="#3b0a08")
SAME_DAY_BOX = _BOX.format(name="sameDayBox", bg="#fff4e0", border="#a15c00", fg="#3b2200")
CHECK_FIRST_BOX = _BOX.format(name="checkFirstBox", bg="#fff4e0", border="#a15c00", fg="#3b2200")


def _state_buttons() -> tuple[tuple[StepState, str], ...]:
    """How a step went, as the step page's buttons say it."""
    return ((StepState.DONE, translate("ChecklistDialog", "&Done")),
            (StepState.SKIPPED, translate("ChecklistDialog", "S&kipped")),
            (StepState.NOT_FOR_ME, translate("ChecklistDialog", "N&ot for me")))


def _marked(title: str, state: StepState) -> str:
    """What a screen reader hears when a step is marked: ``Walking: marked done.``"""
    if state is StepState.DONE:
        text = translate("ChecklistDialog", "{step}: marked done.")
    elif state is StepState.SKIPPED:
        text = translate("ChecklistDialog", "{step}: marked skipped.")
    else:
        text = translate("ChecklistDialog", "{step}: marked not for me.")
    return text.format(step=title)


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


def _when(moment: dt.datetime, now: dt.datetime) -> str:
    """'today at 09:30' or 'yesterday at 18:05', on the computer's clock."""
    local, today = moment.astimezone(), now.astimezone().date()
    time = local.strftime("%H:%M")
    if local.date() == today:
        return translate("ChecklistDialog", "today at {time}").format(time=time)
    if (today - local.date()).days == 1:
        return translate("ChecklistDialog", "yesterday at {time}").format(time=time)
    #: A day of the month and its name, in Qt's format: "3 November", "3 de noviembre".
    day = locale().toString(QDate(local.year, local.month, local.day),
                            translate("ChecklistDialog", "d MMMM"))
    return translate("ChecklistDialog", "on {day} at {time}").format(day=day, time=time)


def _plain(html: str) -> str:
    """Rich text as a screen reader should say it."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(html).toPlainText().replace("\u2028", " ").strip()


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
        self.setWindowTitle(self.tr("Relief checklist"))
        self.setStyleSheet(FOCUS_STYLE)
        self.checklist = checklist
        self.locale_name = locale_name
        self.last_announcement = ""
        self.heading = focusable_label(Heading())
        self.heading.setObjectName("checklistHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        # A scroll area is an unnamed tab stop unless told otherwise; the page's
        # own controls are the stops, and focusing one scrolls it into view.
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.restart_button = QPushButton(self.tr("Start &again"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.finish_button = QPushButton(self.tr("&Finish"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.nav_buttons = (self.restart_button, self.back_button, self.next_button,
                            self.finish_button, self.close_button)
        for button in self.nav_buttons:
            # Enter on a focused button presses that button (keyPressEvent);
            # no button becomes the default just by having the focus.
            button.setAutoDefault(False)
        self.restart_button.clicked.connect(self._on_restart)
        self.back_button.clicked.connect(self._on_back)
        self.next_button.clicked.connect(self._on_next)
        self.finish_button.clicked.connect(self._on_finish)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setToolTip(self.tr(
            "Close the checklist. Your answers are kept."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        for button in self.nav_buttons[1:]:
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.page_area, 1)
        layout.addLayout(buttons)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        # At 2x scale a 1280x860 screen is 640x430: the page scrolls instead.
        self.resize(min(680, room.width() - 20) if room else 680,
                    min(700, room.height() - 60) if room else 700)
        self.show_page()

    # -- saving ----------------------------------------------------------------

    def _save(self, change: Callable[[], object]) -> None:
        """Apply a change; if the store fails, carry on for this run without saving."""
        try:
            change()
        except StoreError as exc:
            self.checklist.detach_store()
            change()
            self.save_failed.emit(f"{exc} " + self.tr(
                "The checklist goes on, but is not saved any more."))
        self._update_buttons()

    def _announce(self, text: str, assertive: bool = False) -> None:
        self.last_announcement = text
        announce(self, text, assertive)

    # -- keys --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # QDialog sends Enter to its default button whatever has the focus;
        # a person who tabbed to "Back" means "Back".
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(focus, QPushButton) and focus.isEnabled() and focus.isVisible():
            focus.click()
            return
        super().keyPressEvent(event)

    # -- pages -------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.checklist.current_page

    def show_page(self) -> None:
        """Show the checklist's current page, move the focus to it and announce it."""
        page = self.page
        title = page.label
        if page.step is not None:
            title = self.tr("{page}: {step}").format(
                page=page.label, step=page.step.step.title)
        elif page.kind is PageKind.RED_FLAGS and self.checklist.asks_if_changed:
            title = self.tr("Has anything changed?")
        self.heading.setText(escape(title))
        region = self.checklist.region_id
        where = (escape(self.tr("For: {region}").format(
                     region=self.checklist.content.region(region).name)) if region
                 else escape(self.tr("General back care (no region chosen)")))
        if not self.checklist.saving:
            where += ". <i>{}</i>".format(escape(self.tr(
                "Not being saved: your answers last only while BackGuide is open.")))
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
        self._first_focus: QWidget = self.heading
        builders[page.kind](layout)
        if page.kind not in (PageKind.STEP, PageKind.SUMMARY):  # those pages fill the window
            layout.addStretch(1)
        # The old page goes once the event that ended it is over: an answer given
        # with an arrow key changes the page from inside that radio button's own
        # key handling, and deleting it there would crash.
        old_body = self.page_area.takeWidget()
        self.page_area.setWidget(body)
        if old_body is not None:
            old_body.hide()
            old_body.deleteLater()
        self._update_buttons()
        chain_tab_order([self.heading, *tab_stops(body), *self.nav_buttons])
        self._first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.page_area.ensureWidgetVisible(self._first_focus)
        if page.kind in (PageKind.EMERGENCY_STOP, PageKind.SAME_DAY):
            self._announce(f"{title}. {self._first_focus.accessibleName()}", assertive=True)
            # Orca 43 does not speak announcements, but it speaks a new description
            # of the focused object: the advice goes out at once, after the call
            # itself, as news of it (and stays its description).
            advice = self._first_focus.accessibleDescription()
            self._first_focus.setAccessibleDescription("")  # said as nothing
            self._first_focus.setAccessibleDescription(advice)
        else:
            self._announce(title)

    def _update_buttons(self) -> None:
        kind = self.page.kind
        done = self.checklist.finished
        last = kind in (PageKind.SUMMARY, PageKind.EMERGENCY_STOP)
        self.back_button.setEnabled(self.page.index > 0 and not done)
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(self.checklist.can_go_next() and not done)
        self.next_button.setDefault(self.next_button.isEnabled() and not last)
        self.finish_button.setVisible(last)
        self.finish_button.setEnabled(not done)
        self.finish_button.setDefault(last and not done)
        self.finish_button.setText(self.tr("&End checklist")
                                   if kind is PageKind.EMERGENCY_STOP
                                   else self.tr("&Finish"))

    def _yes_no(self, layout: QVBoxLayout, question: str, answer: bool | None,
                on_answer: Callable[[bool], None]) -> None:
        # The pair of radio buttons is one question: a group named by it, so a
        # screen reader says the question once on the way in, then "Yes" or "No".
        row_widget = QGroupBox()
        row_widget.setObjectName("question")
        row_widget.setAccessibleName(question)
        row_widget.setStyleSheet("QGroupBox#question { border: none; margin: 0; padding: 0; }")
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        label = _label(escape(question))
        row.addWidget(label, 1)
        group = QButtonGroup(row_widget)
        for text, value in ((self.tr("Yes"), True),
                            (self.tr("No"), False)):
            button = QRadioButton(text)
            button.setChecked(answer is value)
            group.addButton(button)
            button.toggled.connect(_when_checked(partial(on_answer, value)))
            row.addWidget(button)
        layout.addWidget(row_widget)

    def _red_flags_page(self, layout: QVBoxLayout) -> None:
        earlier = self.checklist.earlier
        if earlier is not None and self.checklist.asks_if_changed:
            self._earlier_answers(layout, earlier)
            return
        layout.addWidget(_label(escape(self.tr(
            "First, a few safety questions. Most back pain is not serious, "
            "but these signs need a doctor quickly. Answer each one."))))
        answers = self.checklist.flag_answers
        groups = self.checklist.question_groups
        for group in groups:
            if len(groups) > 1:
                layout.addSpacing(8)
                layout.addWidget(_label(escape(group.title), bold=True))
            for urgency in group.urgencies:
                if urgency is Urgency.SOON:
                    layout.addWidget(_label("<i>{}</i>".format(escape(self.tr(
                        "Not urgent, but worth knowing: a yes here does not "
                        "stop the checklist.")))))
                for flag in group.with_urgency(urgency):
                    self._yes_no(layout, flag.question, answers.get(flag.id),
                                 partial(self._on_flag_answered, flag.id))

    def _earlier_answers(self, layout: QVBoxLayout, earlier: EarlierAnswers) -> None:
        when = _when(earlier.answered_at, dt.datetime.now(dt.UTC))
        flags = [f for f in self.checklist.questions if f.id in earlier.answers]
        said_yes = [f for f in flags if earlier.answers[f.id]]
        answered = len(flags)
        text = escape(self.tr("You answered {count} safety questions {when}.", "", answered)
                      .format(count=number(answered), when=when)) + " "
        if said_yes:
            items = "".join(f"<li>{escape(f.sign)}</li>" for f in said_yes)
            text += "{}<ul>{}</ul>{}".format(
                escape(self.tr("You said yes to:")), items,
                escape(self.tr("and no to the others.")))
        else:
            text += escape(self.tr("You said no to all of them."))
        layout.addWidget(_label(text))
        new = [f for f in self.checklist.questions if f.id not in earlier.answers]
        if new:
            count = len(new)
            layout.addWidget(_label(escape(self.tr(
                "There are also {count} new questions for this part of the back.", "", count)
                .format(count=number(count)))))
        layout.addWidget(_label(escape(self.tr("Has anything changed since then?")), bold=True))
        same = QPushButton(self.tr("No, &nothing has changed"))
        review = QPushButton(self.tr("Yes, as&k me again"))
        for button in (same, review):
            button.setAutoDefault(False)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        same.clicked.connect(self._on_nothing_changed)
        review.clicked.connect(self._on_review_earlier)
        yes, no = self.tr("Yes"), self.tr("No")
        lines = "".join(f"<li>{escape(f.question)} <b>{yes if earlier.answers[f.id] else no}"
                        "</b></li>" for f in flags)
        layout.addSpacing(8)
        layout.addWidget(_label("<b>{}</b><ul>{}</ul>".format(
            escape(self.tr("Your answers, one by one")), lines)))

    def _on_nothing_changed(self) -> None:
        self._save(self.checklist.keep_earlier_answers)
        if self.checklist.can_go_next():
            self._on_next()
        else:
            self.show_page()

    def _on_review_earlier(self) -> None:
        self.checklist.review_earlier_answers()
        self.show_page()

    def _on_flag_answered(self, flag_id: str, yes: bool) -> None:
        self._save(lambda: self.checklist.answer_flag(flag_id, yes))
        if yes and self.checklist.emergency_flags:
            self._on_next()  # an emergency answer goes straight to what to do now

    def _emergency_page(self, layout: QVBoxLayout) -> None:
        flags = self.checklist.emergency_flags
        numbers = emergency_numbers(self.locale_name, self.checklist.content.words)
        local, *others = numbers
        signs = "".join(f"<li>{escape(f.sign)}</li>" for f in flags)
        #: {number} is the emergency number (112, 911, 999), {where} where it is used.
        call = "<span style='font-size:15pt;'>{}</span>".format(self.tr(
            "<b>Call {number}</b> ({where}) or go to an emergency department.")
            .format(number=local[0], where=escape(local[1])))
        message = focusable_label(_label(call))
        message.setObjectName("emergencyMessage")
        elsewhere = escape(self.tr("Elsewhere:")) + " " + ", ".join(
            f"<b>{n}</b> ({escape(w)})" for n, w in others) + "."
        said = "{}<ul>{}</ul>".format(escape(self.tr("You said you have:")),
                                      signs)
        message.setAccessibleName(_plain(call))
        advice = self.tr(
            "Do not wait to see if it gets better, and do not carry on with "
            "the self-care steps. Do not drive yourself: ask someone to take "
            "you, or call for an ambulance. This checklist stops here. If you "
            "answered yes by mistake, press Back.")
        # Spoken as soon as the page appears (show_page), after the call itself.
        message.setAccessibleDescription(f"{_plain(said + ' ' + elsewhere)} {advice}")
        box = _boxed("emergencyBox", EMERGENCY_BOX, message, _label(said), _label(elsewhere))
        layout.addWidget(box)
        layout.addWidget(_label(escape(advice)))
        self._first_focus = message

    def _same_day_page(self, layout: QVBoxLayout) -> None:
        flags = self.checklist.same_day_flags
        signs = "".join(f"<li>{escape(f.sign)}</li>" for f in flags)
        actions = sorted({f.action for f in flags})
        said = "{}<ul>{}</ul>".format(escape(self.tr("You said you have:")), signs)
        # The keyboard starts on what to do; a screen reader says it, then at once
        # what the person said (show_page), as on the emergency page.
        message = focusable_label(_label(escape(actions[0])))
        message.setObjectName("sameDayMessage")
        message.setAccessibleName(actions[0])
        message.setAccessibleDescription(" ".join([_plain(said), *actions[1:]]))
        self._first_focus = message
        box = _boxed("sameDayBox", SAME_DAY_BOX, _label(said), message,
                     *(_label(escape(a)) for a in actions[1:]))
        layout.addWidget(box)
        understood = QCheckBox(self.tr("I understand that I should be seen today"))
        understood.setChecked(self.checklist.acknowledged)
        understood.setEnabled(not self.checklist.acknowledged)
        understood.toggled.connect(
            _when_checked(lambda: self._save(self.checklist.acknowledge_same_day)))
        layout.addWidget(understood)
        layout.addWidget(_label(escape(self.tr(
            "You can go on with the checklist once you have read this."))))

    def _radio_group(self, title: str, choices: list[tuple[str, bool, Callable[[], None]]]
                     ) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        group = QButtonGroup(box)
        for text, checked, action in choices:
            button = QRadioButton(text)
            button.setChecked(checked)
            group.addButton(button)
            button.toggled.connect(_when_checked(action))
            column.addWidget(button)
        return box

    def _about_you_page(self, layout: QVBoxLayout) -> None:
        checklist = self.checklist
        layout.addWidget(self._radio_group(self.tr(
                "How long has your back hurt this time?"), [
            (duration_label(checklist.content.words, d), checklist.duration is d,
             partial(self._save, partial(checklist.set_duration, d))) for d in Duration]))
        layout.addWidget(self._radio_group(self.tr(
                "Are you working at the moment?"), [
            (work_label(checklist.content.words, w), checklist.work is w,
             partial(self._save, partial(checklist.set_work, w)))
            for w in WorkStatus]))
        cautions = QGroupBox(self.tr(
            "Do any of these apply to you? Tick the ones that do."))
        column = QVBoxLayout(cautions)
        column.addWidget(_label(escape(self.tr(
            "Some steps are not safe for everyone. We will mark the ones "
            "that need care."))))
        answers = checklist.caution_answers
        for key in checklist.caution_questions:
            # The short label fits on one line (a check box does not wrap); the
            # full question is what a screen reader and the tooltip give.
            box = QCheckBox(key.label)
            box.setToolTip(key.question)
            box.setAccessibleName(key.label)
            box.setAccessibleDescription(key.question)
            box.setChecked(answers.get(key.id, False))
            box.toggled.connect(self._caution_slot(key.id))
            column.addWidget(box)
        layout.addWidget(cautions)

    def _caution_slot(self, key: str) -> Callable[[bool], None]:
        def slot(on: bool) -> None:
            self._save(lambda: self.checklist.answer_caution(key, on))
        return slot

    def _step_page(self, layout: QVBoxLayout) -> None:
        planned = self.page.step
        assert planned is not None
        step = planned.step
        words = self.checklist.content.words
        section = _label(f"<b>{escape(group_title(words, planned.group))}.</b> "
                         f"{escape(group_intro(words, planned.group))}")
        section.setObjectName("stepGroup")
        layout.addWidget(section)
        if planned.needs_check:
            reasons = "".join(f"<li>{escape(r)}</li>" for r in planned.check_first)
            layout.addWidget(_boxed("checkFirstBox", CHECK_FIRST_BOX,
                                    _label(f"<b>⚠ {escape(planned.label)}</b>"),
                                    _label("{}<ul>{}</ul>".format(escape(self.tr(
                                        "Because of what you told us:")),
                                        reasons))))
        text = QTextBrowser()
        text.setObjectName("stepText")
        text.setAccessibleName(self.tr("About this step: {step}").format(
            step=step.title))
        text.document().setDefaultStyleSheet(PAGE_STYLE)
        text.setHtml(pages.step_html(step, heading="h3", level_id=self.checklist.level_id,
                                     words=words))
        text.setMinimumHeight(200)
        layout.addWidget(text, 1)
        layout.addWidget(self._step_progress(step.id, planned.rated))
        movements = self.checklist.movements_for_step(step.id)
        if movements:
            from backguide.ui.checklist.movements import MovementsBox

            layout.addWidget(MovementsBox(self.checklist, movements, self._save))

    def _step_progress(self, step_id: str, rated: bool) -> QWidget:
        saved = self.checklist.progress(step_id)
        box = QFrame()
        form = QFormLayout(box)
        form.setContentsMargins(0, 4, 0, 0)
        states = QGroupBox(self.tr("How did it go?"))
        row = QHBoxLayout(states)
        group = QButtonGroup(states)
        self._state_buttons: dict[StepState, QRadioButton] = {}
        for state, text in _state_buttons():
            button = QRadioButton(text)
            button.setChecked(saved is not None and saved.state is state)
            group.addButton(button)
            row.addWidget(button)
            self._state_buttons[state] = button
        row.addStretch(1)
        form.addRow(states)
        self._pain_before: PainScale | None = None
        self._pain_after: PainScale | None = None
        if rated:
            self._pain_before = PainScale(self.tr("Pain before"),
                                          saved.pain_before if saved else None)
            self._pain_after = PainScale(self.tr("Pain after"),
                                         saved.pain_after if saved else None)
            for text, scale in ((self.tr("&Pain before:"), self._pain_before),
                                (self.tr("Pain af&ter:"), self._pain_after)):
                label = QLabel(text)
                label.setBuddy(scale.slider)
                form.addRow(label, scale)
                scale.changed.connect(lambda: self._save_step(step_id))
        self._note = QLineEdit(saved.note if saved else "")
        self._note.setPlaceholderText(self.tr("Anything you noticed (optional)"))
        self._note.setAccessibleName(self.tr("Note"))
        note_label = QLabel(self.tr("Not&e:"))
        note_label.setBuddy(self._note)
        form.addRow(note_label, self._note)
        for state, button in self._state_buttons.items():
            button.toggled.connect(_when_checked(partial(self._on_state_chosen, step_id, state)))
        self._note.editingFinished.connect(lambda: self._save_step(step_id))
        return box

    def _on_state_chosen(self, step_id: str, state: StepState) -> None:
        self._save_step(step_id)
        title = self.page.step.step.title if self.page.step else ""
        self._announce(_marked(title, state))

    def _save_step(self, step_id: str) -> None:
        state = next((s for s, b in self._state_buttons.items() if b.isChecked()), None)
        if state is None:
            return  # nothing to save until the person says how it went
        before = self._pain_before.value() if self._pain_before else None
        after = self._pain_after.value() if self._pain_after else None
        self._save(lambda: self.checklist.mark_step(
            step_id, state, before, after, self._note.text().strip()))

    def _others_page(self, layout: QVBoxLayout) -> None:
        layout.addWidget(_label(escape(group_intro(self.checklist.content.words, StepGroup.OTHERS))))
        items = "".join(f"<li>{escape(p.step.title)} <i>({escape(p.step.evidence.grade.label)})</i></li>"
                        for p in self.checklist.other_steps)
        layout.addWidget(_label(f"<ul>{items}</ul>"))
        if self.checklist.others_opened:
            layout.addWidget(_label(escape(self.tr(
                "Press Next to go through them one at a time."))))
            return
        layout.addWidget(_label(escape(self.tr(
            "You can stop here: press Next for your summary. Or open them to "
            "go through them one at a time."))))
        show = QPushButton(self.tr("&Show these steps"))
        show.setAutoDefault(False)
        show.clicked.connect(self._on_open_others)
        layout.addWidget(show, 0, Qt.AlignmentFlag.AlignLeft)

    def _on_open_others(self) -> None:
        self.checklist.open_others()
        self._on_next()

    def _summary_page(self, layout: QVBoxLayout) -> None:
        text = QTextBrowser()
        text.setObjectName("summaryText")
        text.setAccessibleName(self.tr("Your summary"))
        text.document().setDefaultStyleSheet(PAGE_STYLE)
        text.setHtml(summary_html(self.checklist.summary()))
        layout.addWidget(text, 1)
        if self.checklist.finished:
            layout.addWidget(_label(escape(self.tr(
                "This checklist is finished and kept in your history."))))

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
            self, self.tr("Start again?"),
            self.tr("Start the checklist again from the first question? "
                    "The answers you have given in this checklist will be "
                    "cleared."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_restart(self) -> None:
        checklist = self.checklist
        if (checklist.touched or checklist.finished) and not self.confirm_restart():
            return
        self._save(self.checklist.restart)
        self.show_page()


def ask_to_continue(parent: QWidget, content: Content, active: Checklist) -> bool:
    """Whether to go on with an unfinished checklist rather than start a new one."""
    from PySide6.QtWidgets import QMessageBox

    where = (content.region(active.region_id).name if active.region_id
             else translate("ChecklistDialog", "general back care"))
    box = QMessageBox(QMessageBox.Icon.Question, translate("ChecklistDialog", "Relief checklist"),
                      translate("ChecklistDialog", "You have a checklist in progress ({where}).")
                      .format(where=where), parent=parent)
    carry_on = box.addButton(translate("ChecklistDialog", "&Continue it"),
                             QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("ChecklistDialog", "Start a &new one"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is carry_on
