"""The relief checklist: the red-flag gate first, then the person's own steps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backguide.core.checklist import CHECK_FIRST_LABEL, Checklist, PageKind, emergency_numbers
from backguide.core.checklist_text import summary_html
from backguide.core.content import load_content
from backguide.core.matching import steps_for
from backguide.core.model import Content, Duration, Urgency
from backguide.core.step_order import in_order
from backguide.core.store import EventKind, RunStatus, StepState, Store
from backguide.paths import content_dir

# Made-up additions to the minimal content: a same-day and a "soon" sign, a
# second level, and steps limited to one level or one duration.
MORE_FLAGS = """
- id: fever
  sign: Fever
  question: Do you have a fever?
  urgency: same-day
  action: Get seen today.
  sources: [guideline]
- id: not-improving
  sign: Not improving
  question: Has it been 2 to 4 weeks without getting better?
  urgency: soon
  action: See a doctor or physiotherapist.
  sources: [guideline]
"""
MORE_LEVELS = """
- id: sacral
  name: Sacrum
  spine_label: sacral
  vertebrae: S1-S5
  description: The bottom of the back.
  muscles: [waist-muscle]
  explanations: [spasm]
"""
STEP = """
- id: {id}
  title: {id}
  summary: A step.
  actions: [Do it.]
  how_long: Once.
  evidence: {{grade: low, summary: Weak., sources: [guideline]}}
  cautions: []
  durations: [{durations}]
  levels: [{levels}]
"""


@pytest.fixture(scope="module")
def shipped() -> Content:
    return load_content(content_dir())


@pytest.fixture
def small(minimal_content: Path) -> Content:
    with (minimal_content / "red_flags.yaml").open("a", encoding="utf-8") as f:
        f.write(MORE_FLAGS)
    with (minimal_content / "regions.yaml").open("a", encoding="utf-8") as f:
        f.write(MORE_LEVELS)
    with (minimal_content / "steps.yaml").open("a", encoding="utf-8") as f:
        f.write(STEP.format(id="waist-stretch", durations="acute, chronic", levels="lumbar"))
        f.write(STEP.format(id="sacrum-rub", durations="acute", levels="sacral"))
        f.write(STEP.format(id="long-term-plan", durations="chronic", levels=""))
    return load_content(minimal_content)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


def _answer_all(checklist: Checklist, yes: tuple[str, ...] = ()) -> None:
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, flag.id in yes)


def _to_steps(checklist: Checklist, duration: Duration = Duration.ACUTE) -> None:
    """Pass the gate with every answer "no" and reach the first step page."""
    _answer_all(checklist)
    checklist.next()
    checklist.set_duration(duration)
    checklist.next()


# -- the red-flag gate -------------------------------------------------------

def test_red_flag_page_asks_signs_of_every_urgency(shipped: Content) -> None:
    checklist = Checklist(shipped)
    asked = {f.urgency for f in checklist.questions}
    assert asked == set(Urgency)
    assert checklist.soon_flags and all(f.urgency is Urgency.SOON for f in checklist.soon_flags)
    assert checklist.current_page.kind is PageKind.RED_FLAGS


def test_next_is_blocked_until_every_red_flag_is_answered(shipped: Content) -> None:
    checklist = Checklist(shipped)
    for flag in checklist.questions[:-1]:
        checklist.answer_flag(flag.id, False)
        assert not checklist.can_go_next()
    assert checklist.next().kind is PageKind.RED_FLAGS
    checklist.answer_flag(checklist.questions[-1].id, False)
    assert checklist.can_go_next()
    assert checklist.next().kind is PageKind.ABOUT_YOU


def test_an_emergency_yes_stops_the_checklist_and_no_step_is_reachable(shipped: Content) -> None:
    checklist = Checklist(shipped)
    _answer_all(checklist, yes=("both-legs",))
    assert checklist.next().kind is PageKind.EMERGENCY_STOP
    checklist.set_duration(Duration.ACUTE)
    assert not checklist.can_go_next()
    assert checklist.next().kind is PageKind.EMERGENCY_STOP
    assert [p.kind for p in checklist.pages] == [PageKind.RED_FLAGS, PageKind.EMERGENCY_STOP]


def test_an_emergency_yes_does_not_wait_for_the_other_answers(shipped: Content) -> None:
    checklist = Checklist(shipped)
    checklist.answer_flag("bladder-bowel", True)
    assert checklist.next().kind is PageKind.EMERGENCY_STOP


def test_a_same_day_yes_needs_an_acknowledgement(shipped: Content) -> None:
    checklist = Checklist(shipped)
    _answer_all(checklist, yes=("fever",))
    assert checklist.next().kind is PageKind.SAME_DAY
    assert not checklist.can_go_next()
    assert checklist.next().kind is PageKind.SAME_DAY
    checklist.acknowledge_same_day()
    assert checklist.next().kind is PageKind.ABOUT_YOU


def test_back_from_about_you_returns_to_the_same_day_page(shipped: Content) -> None:
    checklist = Checklist(shipped)
    _answer_all(checklist, yes=("fever",))
    checklist.next()
    checklist.acknowledge_same_day()
    checklist.next()
    assert checklist.back().kind is PageKind.SAME_DAY
    assert checklist.back().kind is PageKind.RED_FLAGS


def test_about_you_needs_a_duration(shipped: Content) -> None:
    checklist = Checklist(shipped)
    _answer_all(checklist)
    checklist.next()
    assert not checklist.can_go_next()
    checklist.set_duration(Duration.CHRONIC)
    assert checklist.next().kind is PageKind.STEP


@pytest.mark.parametrize("locale_name, first", [
    ("en_GB", "999"), ("UK", "999"), ("en_US", "911"), ("US", "911"), ("CA", "911"),
    ("fr_CA.UTF-8", "911"), ("de_DE", "112"), ("fr-FR", "112"), ("ja_JP", "112"), ("", "112"),
])
def test_emergency_numbers_put_the_local_one_first_and_always_show_all_three(
        locale_name: str, first: str) -> None:
    numbers = emergency_numbers(locale_name)
    assert numbers[0][0] == first
    assert sorted(n for n, _ in numbers) == ["112", "911", "999"]
    assert all(label for _, label in numbers)


# -- which steps ---------------------------------------------------------------

@pytest.mark.parametrize("duration", list(Duration))
def test_duration_chooses_the_steps_the_content_gives_for_it(shipped: Content,
                                                             duration: Duration) -> None:
    checklist = Checklist(shipped, "lumbar-left")
    checklist.set_duration(duration)
    checklist.open_others()
    expected = [s.id for s in in_order([s for s in steps_for(shipped, "lumbar", duration)
                                        if not s.tested_without_benefit])]
    assert [p.step.id for p in checklist.planned_steps] == expected


@pytest.mark.parametrize("duration", list(Duration))
def test_a_remedy_tested_without_benefit_is_information_not_a_step(shipped: Content,
                                                                    duration: Duration) -> None:
    checklist = Checklist(shipped, "lumbar-left")
    checklist.set_duration(duration)
    planned = {p.step.id for p in checklist.planned_steps}
    shown = {s.id for s in checklist.summary().not_shown_to_help}
    assert "glucosamine" in shown and "glucosamine" not in planned
    assert "Tested, and not shown to help" in summary_html(checklist.summary())


def test_region_chooses_the_steps_of_its_level(small: Content) -> None:
    checklist = Checklist(small, "sacral-right")
    checklist.set_duration(Duration.ACUTE)
    checklist.open_others()
    ids = [p.step.id for p in checklist.planned_steps]
    assert ids == [s.id for s in in_order(steps_for(small, "sacral", Duration.ACUTE))]
    assert "sacrum-rub" in ids and "waist-stretch" not in ids


def test_without_a_region_only_steps_for_every_level_are_offered(small: Content) -> None:
    checklist = Checklist(small)
    checklist.set_duration(Duration.CHRONIC)
    checklist.open_others()
    assert [p.step.id for p in checklist.planned_steps] == ["keep-moving", "long-term-plan"]


def test_a_caution_yes_marks_the_matching_steps_and_keeps_them(shipped: Content) -> None:
    checklist = Checklist(shipped, "lumbar-left")
    checklist.set_duration(Duration.ACUTE)
    checklist.open_others()
    before = [p.step.id for p in checklist.planned_steps]
    checklist.answer_caution("blood-thinners", True)
    planned = checklist.planned_steps
    assert [p.step.id for p in planned] == before
    marked = {p.step.id for p in planned if p.needs_check}
    assert marked == {p.step.id for p in planned if "blood-thinners" in p.step.caution_keys}
    assert "bromelain" in marked
    bromelain = next(p for p in planned if p.step.id == "bromelain")
    assert bromelain.label == CHECK_FIRST_LABEL
    assert bromelain.check_first == tuple(c.text for c in bromelain.step.cautions
                                          if "blood-thinners" in c.keys)


def test_a_caution_no_marks_nothing(shipped: Content) -> None:
    checklist = Checklist(shipped)
    checklist.set_duration(Duration.ACUTE)
    checklist.answer_caution("blood-thinners", False)
    assert not any(p.needs_check for p in checklist.planned_steps)


def test_step_pages_say_step_n_of_total(shipped: Content) -> None:
    checklist = Checklist(shipped)
    _to_steps(checklist)
    total = len(checklist.planned_steps)
    checklist.next()
    page = checklist.next()
    assert page.kind is PageKind.STEP
    assert page.label == f"Step 3 of {total}"
    assert page.step == checklist.planned_steps[2]


def test_the_last_step_leads_to_the_summary(small: Content) -> None:
    checklist = Checklist(small, "lumbar-left")
    _to_steps(checklist)
    while checklist.can_go_next():
        checklist.next()
    assert checklist.current_page.kind is PageKind.SUMMARY


# -- saving and resuming ------------------------------------------------------------

def test_progress_survives_closing_and_reopening_the_store(shipped: Content, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as first:
        checklist = Checklist(shipped, "lumbar-left", first)
        _answer_all(checklist, yes=("fever",))
        checklist.next()
        checklist.acknowledge_same_day()
        checklist.next()
        checklist.answer_caution("pregnancy", True)
        checklist.set_duration(Duration.SUBACUTE)
        checklist.next()
        first_step = checklist.current_page.step
        assert first_step is not None
        checklist.mark_step(first_step.step.id, StepState.DONE, 7, 5, "went for a walk")
        page = checklist.next()
    with Store.open(folder) as second:
        resumed = Checklist.resume(shipped, second)
        assert resumed is not None
        assert resumed.current_page == page
        assert resumed.region_id == "lumbar-left"
        assert resumed.flag_answers == checklist.flag_answers
        assert resumed.caution_answers == {"pregnancy": True}
        assert resumed.duration is Duration.SUBACUTE
        assert resumed.acknowledged
        progress = resumed.progress(first_step.step.id)
        assert progress is not None and (progress.pain_change, progress.note) == (-2, "went for a walk")


def test_resume_finds_nothing_when_no_checklist_is_open(shipped: Content, store: Store) -> None:
    assert Checklist.resume(shipped, store) is None


def test_reaching_a_step_and_marking_it_done_are_recorded_for_the_diary(
        shipped: Content, store: Store) -> None:
    checklist = Checklist(shipped, None, store)
    _to_steps(checklist)
    step = checklist.current_page.step
    assert step is not None
    checklist.mark_step(step.step.id, StepState.DONE)
    assert [(e.step_id, e.kind) for e in store.step_events()] == [
        (step.step.id, EventKind.STARTED), (step.step.id, EventKind.DONE)]


def test_restart_stops_the_run_and_starts_again_empty(shipped: Content, store: Store) -> None:
    checklist = Checklist(shipped, "lumbar-left", store)
    _to_steps(checklist)
    old_run = checklist.run_id
    assert old_run is not None
    checklist.restart()
    assert store.load_run(old_run).status is RunStatus.STOPPED
    assert checklist.current_page.kind is PageKind.RED_FLAGS
    assert checklist.flag_answers == {} and checklist.duration is None
    assert Checklist.resume(shipped, store) is None  # nothing answered since
    checklist.answer_flag(checklist.questions[0].id, False)
    resumed = Checklist.resume(shipped, store)
    assert resumed is not None and resumed.run_id == checklist.run_id != old_run


def test_a_finished_checklist_is_in_the_history_and_not_resumed(small: Content, store: Store) -> None:
    checklist = Checklist(small, "lumbar-left", store)
    _to_steps(checklist)
    while checklist.can_go_next():
        checklist.next()
    checklist.finish()
    assert [r.id for r in store.history()] == [checklist.run_id]
    assert Checklist.resume(small, store) is None
    with pytest.raises(RuntimeError):
        checklist.answer_caution("blood-thinners", True)


def test_a_checklist_can_only_be_finished_from_its_last_page(shipped: Content) -> None:
    checklist = Checklist(shipped)
    with pytest.raises(RuntimeError):
        checklist.finish()


def test_the_checklist_works_without_a_store(shipped: Content) -> None:
    checklist = Checklist(shipped, "lumbar-right")
    _to_steps(checklist)
    assert checklist.run_id is None
    assert checklist.current_page.kind is PageKind.STEP


# -- summary -----------------------------------------------------------------------

def test_summary_shows_states_and_pain_change(small: Content) -> None:
    checklist = Checklist(small, "lumbar-left")
    _to_steps(checklist, Duration.CHRONIC)
    checklist.mark_step("keep-moving", StepState.DONE, pain_before=6, pain_after=3)
    checklist.mark_step("waist-stretch", StepState.SKIPPED)
    checklist.mark_step("long-term-plan", StepState.DONE, pain_before=4, pain_after=5)
    summary = checklist.summary()
    assert {o.planned.step.id: o.pain_change for o in summary.outcomes} == {
        "keep-moving": -3, "waist-stretch": None, "long-term-plan": 1}
    assert [o.planned.step.id for o in summary.helped] == ["keep-moving"]
    assert [o.planned.step.id for o in summary.with_state(StepState.SKIPPED)] == ["waist-stretch"]


def test_summary_says_when_to_see_a_professional(small: Content) -> None:
    checklist = Checklist(small)
    _answer_all(checklist, yes=("fever",))
    summary = checklist.summary()
    assert summary.see_a_professional == small.guide.see_a_professional
    assert [f.id for f in summary.soon_flags] == ["not-improving"]
    assert [f.id for f in summary.urgent_flags] == ["fever"]


def test_marking_a_step_that_is_not_planned_is_refused(small: Content) -> None:
    checklist = Checklist(small, "lumbar-left")
    checklist.set_duration(Duration.ACUTE)
    with pytest.raises(ValueError):
        checklist.mark_step("sacrum-rub", StepState.DONE)
