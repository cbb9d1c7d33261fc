"""The relief checklist window: the safety gate, the steps, saving and resuming."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QRadioButton

from backguide.app import open_store
from backguide.core.checklist import CHECK_FIRST_LABEL, Checklist, PageKind
from backguide.core.model import Urgency
from backguide.core.store import DB_NAME, StepState, Store
from backguide.ui.checklist.dialog import ChecklistDialog

from ui_support import close_stores, shipped, yes_no_button

CONTENT, _, _ = shipped()
QUESTIONS = list(CONTENT.red_flags)


def _dialog(qtbot, checklist: Checklist) -> ChecklistDialog:  # type: ignore[no-untyped-def]
    dialog = ChecklistDialog(checklist, "en_GB")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def _key(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Press a key where the keyboard focus is, as a person would."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key)


def _answer(dialog: ChecklistDialog, flag_id: str, yes: bool) -> None:
    question = next(f.question for f in QUESTIONS if f.id == flag_id)
    yes_no_button(dialog, question, yes).click()


def _answer_all_no(dialog: ChecklistDialog) -> None:
    for flag in dialog.checklist.questions:
        _answer(dialog, flag.id, False)


def test_an_emergency_answer_stops_the_checklist_and_says_call_for_help(qtbot) -> None:
    dialog = _dialog(qtbot, Checklist(CONTENT, "lumbar-left"))
    emergency = next(f for f in QUESTIONS if f.urgency is Urgency.EMERGENCY)
    _answer(dialog, emergency.id, True)
    assert dialog.page.kind is PageKind.EMERGENCY_STOP
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Call 999" in text and "911" in text and "112" in text
    assert not dialog.next_button.isVisible()
    assert all(p.kind is not PageKind.STEP for p in dialog.checklist.pages)


def test_a_same_day_answer_needs_acknowledging_before_going_on(qtbot) -> None:
    dialog = _dialog(qtbot, Checklist(CONTENT, None))
    same_day = next(f for f in QUESTIONS if f.urgency is Urgency.SAME_DAY)
    for flag in dialog.checklist.questions:
        _answer(dialog, flag.id, flag.id == same_day.id)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page.kind is PageKind.SAME_DAY
    assert not dialog.next_button.isEnabled()
    dialog.findChild(QCheckBox).click()
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page.kind is PageKind.ABOUT_YOU


def test_a_matching_caution_marks_the_step_check_first(qtbot) -> None:
    checklist = Checklist(CONTENT, "lumbar-left")
    dialog = _dialog(qtbot, checklist)
    _answer_all_no(dialog)
    dialog.next_button.click()
    key = CONTENT.caution_keys["blood-thinners"]
    next(b for b in dialog.findChildren(QCheckBox) if b.text() == key.label).click()
    next(b for b in dialog.findChildren(QRadioButton) if b.text() == "Under 6 weeks").click()
    marked = [p for p in checklist.planned_steps if p.needs_check]
    assert marked and all("blood-thinners" in p.step.caution_keys for p in marked)
    while dialog.page.step is None or not dialog.page.step.needs_check:
        dialog.next_button.click()
    assert dialog.findChild(type(dialog.page_area.widget()), "page-step") is not None
    box_text = " ".join(w.text() for w in dialog.page_area.widget().findChildren(
        QLabel))
    assert CHECK_FIRST_LABEL in box_text


def test_the_whole_checklist_can_be_done_with_the_keyboard(qtbot) -> None:
    dialog = _dialog(qtbot, Checklist(CONTENT, "sacral-right"))
    assert QApplication.focusWidget() is dialog.heading  # each page starts at its heading
    asked = dialog.checklist.questions
    for _ in asked:
        _key(qtbot, Qt.Key.Key_Tab)  # on to the next question's "Yes"
        _key(qtbot, Qt.Key.Key_Right)  # from "Yes" to "No"
        _key(qtbot, Qt.Key.Key_Space)  # choose it
    assert dialog.checklist.flag_answers == {f.id: False for f in asked}
    _key(qtbot, Qt.Key.Key_Return)  # a radio button has the focus: Enter goes on
    assert dialog.page.kind is PageKind.ABOUT_YOU
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Space)  # the first duration
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.page.kind is PageKind.STEP and dialog.page.label.startswith("Step 1 of")
    _key(qtbot, Qt.Key.Key_Tab)  # the step's text
    _key(qtbot, Qt.Key.Key_Tab)  # "Done"
    _key(qtbot, Qt.Key.Key_Space)
    assert dialog.checklist.progress(dialog.page.step.step.id).state is StepState.DONE
    assert "marked done" in dialog.last_announcement
    while dialog.page.kind is not PageKind.SUMMARY:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Next
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.checklist.finished


def test_progress_survives_closing_and_a_new_window(qtbot, tmp_path: Path, settings_dir,
                                                    monkeypatch) -> None:
    from backguide.ui.main_window import MainWindow

    content, artwork, svg = shipped()
    store = Store.open(tmp_path)
    first = MainWindow(content, artwork, svg, store)
    qtbot.addWidget(first, before_close_func=close_stores)
    first.selection.choose_region("lumbar-right")
    dialog = first.start_checklist()
    _answer_all_no(dialog)
    dialog.next_button.click()
    next(b for b in dialog.findChildren(QRadioButton) if b.text() == "6 to 12 weeks").click()
    dialog.next_button.click()
    step_id = dialog.page.step.step.id
    dialog._state_buttons[StepState.SKIPPED].click()
    first.close()
    store.close()

    reopened = Store.open(tmp_path)
    second = MainWindow(content, artwork, svg, reopened)
    qtbot.addWidget(second, before_close_func=close_stores)
    monkeypatch.setattr(MainWindow, "_ask_continue", lambda self, active: True)
    resumed = second.start_checklist()
    assert resumed.page.kind is PageKind.STEP and resumed.page.step.step.id == step_id
    assert resumed.checklist.region_id == "lumbar-right"
    assert resumed.checklist.progress(step_id).state is StepState.SKIPPED
    assert resumed._state_buttons[StepState.SKIPPED].isChecked()
    reopened.close()


def test_a_corrupt_database_is_moved_aside_and_the_person_told(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 100)
    store, message = open_store(tmp_path)
    assert store is not None
    assert "corrupt" in message.lower() or "damaged" in message.lower()
    moved = [p for p in tmp_path.iterdir() if p.name.startswith(f"{DB_NAME}.corrupt-")]
    assert len(moved) == 1 and moved[0].name in message
    store.close()


def test_an_unusable_data_folder_still_lets_the_checklist_run(qtbot, tmp_path: Path,
                                                              settings_dir) -> None:
    from backguide.ui.main_window import MainWindow

    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store, message = open_store(blocker)
    assert store is None and "will not save" in message
    content, artwork, svg = shipped()
    window = MainWindow(content, artwork, svg, store)
    qtbot.addWidget(window, before_close_func=close_stores)
    dialog = window.start_checklist()
    _answer_all_no(dialog)
    assert dialog.next_button.isEnabled()


@pytest.mark.parametrize("region", [None, "cervical-left"])
def test_checklist_button_starts_for_the_selected_region(qtbot, window, region) -> None:
    if region:
        window.selection.choose_region(region)
    qtbot.mouseClick(window.checklist_button, Qt.MouseButton.LeftButton)
    assert window.checklist_dialog is not None
    assert window.checklist_dialog.checklist.region_id == region


@pytest.mark.parametrize("confirmed", [True, False])
def test_start_again_asks_before_clearing_answers(qtbot, monkeypatch, confirmed) -> None:
    dialog = _dialog(qtbot, Checklist(CONTENT, "lumbar-left"))
    _answer_all_no(dialog)
    asked = []
    monkeypatch.setattr(ChecklistDialog, "confirm_restart",
                        lambda self: asked.append(True) or confirmed)
    dialog.restart_button.click()
    assert asked == [True]
    assert (dialog.checklist.flag_answers == {}) is confirmed


def test_the_window_says_when_answers_are_not_being_saved(qtbot, tmp_path: Path) -> None:
    unsaved = _dialog(qtbot, Checklist(CONTENT, "lumbar-left"))
    assert "Not being saved" in unsaved.where.text()
    with Store.open(tmp_path) as store:
        saved = _dialog(qtbot, Checklist(CONTENT, "lumbar-left", store))
        assert "Not being saved" not in saved.where.text()
