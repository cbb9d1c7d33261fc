"""Gentle movements: every one is complete, fits real levels and says when to stop."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backguide.core.content import load_content
from backguide.core.errors import ContentError
from backguide.core.model import Dose
from backguide.paths import content_dir

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def shipped():
    return load_content(content_dir())


def test_the_guide_has_at_least_eight_back_and_three_neck_movements(shipped) -> None:
    back = [m for m in shipped.movements if set(m.levels) - {"cervical"}]
    neck = [m for m in shipped.movements if "cervical" in m.levels]
    assert len(back) >= 8
    assert len(neck) >= 3


def test_every_movements_levels_exist(shipped) -> None:
    levels = {level.id for level in shipped.levels}
    for movement in shipped.movements:
        assert movement.levels, movement.id
        assert set(movement.levels) <= levels, movement.id


def test_every_movement_says_when_to_stop_and_has_numbered_steps(shipped) -> None:
    for movement in shipped.movements:
        assert movement.stop_if, movement.id
        assert len(movement.steps) >= 2, movement.id
        assert movement.evidence.sources, movement.id


def test_neck_movements_warn_about_dizziness(shipped) -> None:
    for movement in shipped.movements:
        if movement.levels == ("cervical",):
            assert any("dizzy" in line for line in movement.stop_if), movement.id


# "Take care" lines go where they apply (shared/CLINICAL.md; the Royal Osteoporosis
# Society on bending forward; NHS advice on exercise in pregnancy).
FLEXION = {"knee-to-chest", "back-rock", "cat-cow", "seated-forward-bend"}
EXTENSION = {"back-extension", "standing-back-bend", "upper-back-arch"}


def test_every_movement_lying_on_the_back_warns_about_feeling_faint_in_pregnancy(shipped) -> None:
    on_the_back = [m for m in shipped.movements if "lie on your back" in m.steps[0].lower()]
    assert {m.id for m in on_the_back} >= {"knee-to-chest", "pelvic-tilt", "bridge"}
    for movement in on_the_back:
        assert any("pregnant" in line and "faint" in line for line in movement.take_care), \
            movement.id


def test_every_movement_says_what_to_do_after_a_recent_operation(shipped) -> None:
    for movement in shipped.movements:
        assert any(("surgery" in line or "operation" in line) and "recently" in line
                   for line in movement.take_care), movement.id


def test_weak_bones_are_mentioned_on_the_bending_forward_movements_and_cite_the_advice(
        shipped) -> None:
    for movement in shipped.movements:
        mentions = any("osteoporosis" in line for line in movement.take_care)
        assert mentions == (movement.id in FLEXION), movement.id
        if movement.id in FLEXION:
            assert "ros-bending-forward" in movement.evidence.sources, movement.id
    # Backward bends are what bone-health advice recommends: no weak-bones line there.
    assert {m.id for m in shipped.movements} >= EXTENSION


def test_neck_movements_cite_neck_advice_not_the_low_back_review(shipped) -> None:
    for movement in shipped.movements:
        if "cervical" in movement.levels:
            assert "hayden-2021" not in movement.evidence.sources, movement.id
            assert "cks-neck-pain" in movement.evidence.sources, movement.id


def test_a_neck_level_gets_only_movements_that_suit_the_neck(shipped) -> None:
    chosen = shipped.movements_for("cervical")
    assert chosen
    assert all("cervical" in m.levels for m in chosen)


def test_the_loader_rejects_a_movement_without_stop_if_lines(minimal_content: Path) -> None:
    shutil.copyfile(DATA / "broken" / "exercises.yaml--missing-stop-if.yaml",
                    minimal_content / "exercises.yaml")
    with pytest.raises(ContentError) as caught:
        load_content(minimal_content)
    [problem] = [p for p in caught.value.problems if "stop_if" in p.message]
    assert problem.file.endswith("exercises.yaml")
    assert (problem.line, problem.column) == (3, 3)


def test_a_folder_without_movements_loads_with_none(minimal_content: Path) -> None:
    assert load_content(minimal_content).movements == ()


def test_a_dose_reads_as_plain_words() -> None:
    assert Dose(10, 5, 2).text == "10 times, hold 5 seconds, twice a day"
    assert Dose(0, 0, 1, minutes=10).text == "10 minutes, once a day"
