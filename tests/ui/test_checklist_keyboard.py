"""The relief checklist window with a keyboard and a screen reader, and what a
window opened and closed without an answer leaves behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QWidget

from backguide.core.checklist import Checklist, PageKind
from backguide.core.checklist_text import handout_progress_html
from backguide.core.model import Duration, StepKind, Urgency
from backguide.core.store import StepState, Store
from backguide.ui.checklist.dialog import ChecklistDialog

from ui_support import close_stores, shipped, yes_no_button

CONTENT, _, _ = shipped()


def _dialog(qtbot, checklist: Checklist) -> ChecklistDialog:  # type: ignore[no-untyped-def]
    dialog = ChecklistDialog(checklist, "en_GB")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def _all_no(checklist: Checklist) -> None:
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, False)


def _on_the_first_step(qtbot):  # type: ignore[no-untyped-def]
    """A checklist past its questions and "About you", and its window on the first step."""
    checklist = Checklist(CONTENT, "lumbar-left")
    _all_no(checklist)
    checklist.next()
    checklist.set_duration(Duration.ACUTE)
    checklist.next()
    return checklist, _dialog(qtbot, checklist)


def _every_page(qtbot, store: Store | None = None):  # type: ignore[no-untyped-def]
    """A dialog shown at each kind of page in turn (yields the dialog on each)."""
    emergency = next(f for f in CONTENT.red_flags if f.urgency is Urgency.EMERGENCY)
    same_day = next(f for f in CONTENT.red_flags if f.urgency is Urgency.SAME_DAY)
    checklist = Checklist(CONTENT, "lumbar-left")
    dialog = _dialog(qtbot, checklist)
    yield dialog  # the questions
    checklist.answer_flag(emergency.id, True)
    dialog._on_next()
    yield dialog  # get help now
    dialog._on_back()
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, flag.id == same_day.id)
    dialog._on_next()
    yield dialog  # get seen today
    checklist.acknowledge_same_day()
    dialog._on_next()
    yield dialog  # about you
    checklist.answer_caution("blood-thinners", True)
    checklist.set_duration(Duration.ACUTE)
    dialog._on_next()
    while dialog.page.kind is not PageKind.SUMMARY:
        yield dialog  # each step, "Other things people try"
        dialog._on_next()
    yield dialog


def _reachable(dialog: ChecklistDialog) -> list[QWidget]:
    return [w for w in dialog.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


# -- nothing is lost ----------------------------------------------------------------

def test_opening_and_closing_the_checklist_without_answering_leaves_the_history_unchanged(
        qtbot, tmp_path: Path, settings_dir) -> None:  # type: ignore[no-untyped-def]
    from backguide.ui.main_window import MainWindow

    content, artwork, svg = shipped()
    store = Store.open(tmp_path)
    window = MainWindow(content, artwork, svg, store)
    qtbot.addWidget(window, before_close_func=close_stores)
    window.selection.choose_region("lumbar-right")
    first = window.start_checklist()
    _all_no(first.checklist)
    first.checklist.next()
    first.checklist.set_duration(Duration.ACUTE)
    first.checklist.next()
    step = first.checklist.current_page.step
    assert step is not None
    first.checklist.mark_step(step.step.id, StepState.DONE, 6, 3)
    while first.checklist.can_go_next():
        first.checklist.next()
    first.show_page()
    first.finish_button.click()
    history = [(r.id, r.status) for r in store.history(include_stopped=True)]

    again = window.start_checklist()  # Ctrl+K, then close without an answer
    again.close_button.click()
    assert [(r.id, r.status) for r in store.history(include_stopped=True)] == history
    assert store.active_run() is None
    html = window._checklist_handout_html()
    assert "From your last finished checklist" in html and step.step.title in html


def test_a_finished_checklist_still_prints_after_an_untouched_one(memory_store: Store) -> None:
    finished = Checklist(CONTENT, "lumbar-left", memory_store)
    _all_no(finished)
    finished.next()
    finished.set_duration(Duration.ACUTE)
    while finished.can_go_next():
        finished.next()
    finished.finish()
    untouched = Checklist(CONTENT, "lumbar-left", memory_store)
    assert "Keep moving" in handout_progress_html(CONTENT, untouched, memory_store)


# -- the gate ------------------------------------------------------------------------

def test_nothing_changed_since_this_morning_goes_straight_to_about_you(qtbot, memory_store: Store
                                                                        ) -> None:  # type: ignore[no-untyped-def]
    _all_no(Checklist(CONTENT, "lumbar-left", memory_store))
    dialog = _dialog(qtbot, Checklist(CONTENT, "lumbar-left", memory_store))
    assert dialog.heading.text() == "Has anything changed?"
    same = next(b for b in dialog.findChildren(QPushButton) if "nothing has changed" in b.text())
    same.setFocus()
    qtbot.keyClick(same, Qt.Key.Key_Return)
    assert dialog.page.kind is PageKind.ABOUT_YOU


def test_asking_again_shows_every_question_unanswered(qtbot, memory_store: Store) -> None:  # type: ignore[no-untyped-def]
    _all_no(Checklist(CONTENT, "lumbar-left", memory_store))
    dialog = _dialog(qtbot, Checklist(CONTENT, "lumbar-left", memory_store))
    next(b for b in dialog.findChildren(QPushButton) if "ask me again" in b.text().replace("&", "")).click()
    radios = dialog.page_area.widget().findChildren(QRadioButton)
    assert len(radios) == 2 * len(dialog.checklist.questions)
    assert not any(r.isChecked() for r in radios)


# -- keyboard ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [PageKind.ABOUT_YOU, PageKind.STEP, PageKind.SUMMARY])
def test_enter_on_back_goes_back(qtbot, kind: PageKind) -> None:  # type: ignore[no-untyped-def]
    checklist = Checklist(CONTENT, "lumbar-left")
    _all_no(checklist)
    checklist.next()
    checklist.set_duration(Duration.ACUTE)
    while checklist.current_page.kind is not kind:
        checklist.next()
    dialog = _dialog(qtbot, checklist)
    before = dialog.page.index
    dialog.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Return)
    assert dialog.page.index == before - 1
    assert not checklist.finished


def test_enter_on_close_closes_and_keeps_the_answers(qtbot) -> None:  # type: ignore[no-untyped-def]
    checklist = Checklist(CONTENT, "lumbar-left")
    _all_no(checklist)
    dialog = _dialog(qtbot, checklist)
    dialog.close_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert checklist.current_page.kind is PageKind.RED_FLAGS and checklist.flag_answers


def test_no_button_is_default_just_for_having_the_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    for dialog in _every_page(qtbot):
        assert not any(b.autoDefault() for b in dialog.findChildren(QPushButton))


def test_a_page_change_moves_the_focus_to_the_heading_and_announces_the_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    checklist = Checklist(CONTENT, "lumbar-left")
    _all_no(checklist)
    checklist.next()
    checklist.set_duration(Duration.ACUTE)
    dialog = _dialog(qtbot, checklist)
    dialog.next_button.click()
    title = dialog.page.step.step.title
    assert QApplication.focusWidget() is dialog.heading
    assert title in dialog.heading.text() and title in dialog.last_announcement


def test_the_emergency_page_is_announced_with_the_focus_on_its_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    emergency = next(f for f in CONTENT.red_flags if f.urgency is Urgency.EMERGENCY)
    dialog = _dialog(qtbot, Checklist(CONTENT, "lumbar-left"))
    yes_no_button(dialog, emergency.question, True).click()
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "emergencyMessage"
    assert "Call 999" in _name(focus)
    assert "Call 999" in dialog.last_announcement


def test_the_same_day_page_says_what_to_do_then_what_the_person_said(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A screen reader reads the focused object's name, then (at once, as news)
    # its description: the advice to be seen today, then the signs given.
    same_day = next(f for f in CONTENT.red_flags if f.urgency is Urgency.SAME_DAY)
    checklist = Checklist(CONTENT, "lumbar-left")
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, flag.id == same_day.id)
    dialog = _dialog(qtbot, checklist)
    dialog._on_next()
    assert dialog.page.kind is PageKind.SAME_DAY
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "sameDayMessage"
    assert _name(focus) == same_day.action
    interface = QAccessible.queryAccessibleInterface(focus)
    assert same_day.sign in interface.text(QAccessible.Text.Description)
    assert same_day.action in dialog.last_announcement


def test_marking_a_step_is_announced(qtbot) -> None:  # type: ignore[no-untyped-def]
    checklist, dialog = _on_the_first_step(qtbot)
    dialog._state_buttons[StepState.SKIPPED].click()
    assert dialog.last_announcement == f"{dialog.page.step.step.title}: marked skipped."


def test_digits_set_the_pain_before_and_delete_clears_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    checklist, dialog = _on_the_first_step(qtbot)
    dialog._state_buttons[StepState.DONE].click()
    step_id = dialog.page.step.step.id
    qtbot.keyClick(dialog._pain_before.slider, Qt.Key.Key_4)
    assert checklist.progress(step_id).pain_before == 4
    qtbot.keyClick(dialog._pain_before.slider, Qt.Key.Key_Delete)
    assert checklist.progress(step_id).pain_before is None
    assert dialog._pain_before.value_label.text() == "not given"


def test_advice_to_see_someone_has_no_pain_scores(qtbot) -> None:  # type: ignore[no-untyped-def]
    checklist = Checklist(CONTENT, "lumbar-left")
    _all_no(checklist)
    checklist.next()
    checklist.set_duration(Duration.ACUTE)
    while checklist.current_page.step is None \
            or checklist.current_page.step.step.kind is not StepKind.SEE_SOMEONE:
        checklist.next()
    dialog = _dialog(qtbot, checklist)
    assert dialog._pain_before is None and dialog._pain_after is None
    assert not [w for w in dialog.findChildren(QLabel) if "Pain" in w.text() and w.isVisible()]


# -- screen reader -------------------------------------------------------------------

def test_no_page_has_a_focusable_widget_without_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen = set()
    for dialog in _every_page(qtbot):
        seen.add(dialog.page.kind)
        unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in _reachable(dialog)
                   if not _name(w)]
        assert unnamed == [], f"unnamed tab stops on {dialog.page.label}"
    assert seen == set(PageKind)


def test_every_radio_group_has_a_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    for dialog in _every_page(qtbot):
        for radio in dialog.page_area.widget().findChildren(QRadioButton):
            parent = radio.parentWidget()
            label = getattr(parent, "title", lambda: "")() or parent.accessibleName()
            assert label, f"a radio group without a label on {dialog.page.label}"


def _tab_walk(qtbot, dialog: ChecklistDialog) -> list[QWidget]:  # type: ignore[no-untyped-def]
    dialog.heading.setFocus(Qt.FocusReason.OtherFocusReason)
    order: list[QWidget] = []
    for _ in range(200):
        focus = QApplication.focusWidget()
        if focus in order:
            break
        order.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return order


def test_tab_order_follows_the_page_top_to_bottom(qtbot) -> None:  # type: ignore[no-untyped-def]
    for dialog in _every_page(qtbot):
        order = _tab_walk(qtbot, dialog)
        assert order[0] is dialog.heading
        body = dialog.page_area.widget()
        on_page = [w for w in order if body.isAncestorOf(w)]
        buttons = [w for w in order if w in dialog.nav_buttons]
        assert order == [dialog.heading, *on_page, *buttons], dialog.page.label
        tops = [w.mapTo(body, QPoint(0, 0)).y() for w in on_page]
        assert tops == sorted(tops), f"Tab jumps back up on {dialog.page.label}"
        lefts = [w.mapTo(dialog, QPoint(0, 0)).x() for w in buttons]
        assert lefts == sorted(lefts)
        assert set(_reachable(dialog)) <= set(order), "a control Tab never reaches"


def test_yes_given_with_an_arrow_key_opens_the_emergency_page_without_a_crash(qtbot) -> None:  # type: ignore[no-untyped-def]
    # In a radio group with an answer, an arrow key moves the answer too: "Yes" to an
    # emergency sign then changes the page from inside the button's own key press
    # (this crashed BackGuide when the old page was deleted at once).
    dialog = _dialog(qtbot, Checklist(CONTENT, "lumbar-left"))
    first = dialog.checklist.questions[0]
    no = yes_no_button(dialog, first.question, False)
    no.setFocus()
    no.click()
    assert QApplication.focusWidget() is no
    qtbot.keyClick(no, Qt.Key.Key_Left)
    assert dialog.page.kind is PageKind.EMERGENCY_STOP
    qtbot.wait(10)  # the old page goes with the next turn of the event loop
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "emergencyMessage"


def test_no_page_is_wider_than_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A page wider than its window is cut off at the right (no sideways scrolling):
    # the movements' pain scales and "Clear" buttons once were.
    for dialog in _every_page(qtbot):
        body = dialog.page_area.widget()
        assert body.minimumSizeHint().width() <= dialog.page_area.viewport().width(), \
            dialog.page.label
