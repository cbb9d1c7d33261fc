"""The exercise step's page lists the movements with a Done box and the 0-10 pain boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from backguide.core.checklist import Checklist
from backguide.core.model import Duration
from backguide.core.store import StepState
from backguide.ui.checklist.dialog import ChecklistDialog
from backguide.ui.checklist.movements import MovementsBox

from ui_support import shipped

CONTENT, _, _ = shipped()


def test_ticking_a_movement_done_saves_it_with_the_pain_scores(qtbot) -> None:
    checklist = Checklist(CONTENT, "lumbar-right")
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, False)
    checklist.next()
    checklist.set_duration(Duration.CHRONIC)
    while checklist.current_page.step is None or \
            checklist.current_page.step.step.id != "exercise-programme":
        checklist.next()
    dialog = ChecklistDialog(checklist, "en_GB")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    box = dialog.findChild(MovementsBox)
    assert box is not None
    assert set(box.done) == {m.id for m in CONTENT.movements_for("lumbar")}
    before, after = box.pain["bridge"]
    box.done["bridge"].click()
    before.set_value(6)
    after.set_value(4)
    saved = checklist.movement_progress("bridge")
    assert saved is not None and saved.state is StepState.DONE
    assert (saved.pain_before, saved.pain_after) == (6, 4)
