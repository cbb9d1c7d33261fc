"""The checklist's exercise step opens out into gentle movements, each marked on its own."""

from __future__ import annotations

import pytest

from backguide.core.checklist import Checklist
from backguide.core.content import load_content
from backguide.core.model import Duration
from backguide.core.store import StepState, Store
from backguide.paths import content_dir

CONTENT = load_content(content_dir())


def _at_exercise_step(checklist: Checklist) -> None:
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, False)
    checklist.next()
    checklist.set_duration(Duration.CHRONIC)
    while checklist.current_page.step is None or \
            checklist.current_page.step.step.id != "exercise-programme":
        checklist.next()


def test_the_exercise_step_offers_the_movements_for_the_region() -> None:
    checklist = Checklist(CONTENT, "cervical-left")
    _at_exercise_step(checklist)
    offered = checklist.movements_for_step("exercise-programme")
    assert offered and all("cervical" in m.levels for m in offered)
    assert checklist.movements_for_step("heat") == ()


def test_a_movement_is_marked_done_with_pain_before_and_after(tmp_path) -> None:
    with Store.open(tmp_path / "data") as store:
        checklist = Checklist(CONTENT, "lumbar-left", store)
        _at_exercise_step(checklist)
        checklist.mark_movement("bridge", StepState.DONE, 5, 3)
        resumed = Checklist.resume(CONTENT, store)
        assert resumed is not None
        saved = resumed.movement_progress("bridge")
        assert saved is not None and saved.state is StepState.DONE
        assert (saved.pain_before, saved.pain_after) == (5, 3)


def test_a_movement_that_does_not_suit_the_region_cannot_be_marked() -> None:
    checklist = Checklist(CONTENT, "lumbar-left")
    _at_exercise_step(checklist)
    with pytest.raises(ValueError):
        checklist.mark_movement("chin-tuck", StepState.DONE)
    with pytest.raises(ValueError):
        checklist.mark_movement("bridge", StepState.DONE, 11)
