"""The relief checklist v2: no lost runs, the gate remembers the day's answers,
and steps come in the order of what helps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from backguide.core.checklist import Checklist, PageKind
from backguide.core.checklist_text import handout_progress_html, summary_html
from backguide.core.content import load_content
from backguide.core.model import Content, Duration, StepKind, Urgency
from backguide.core.step_order import StepGroup, WorkStatus, group_of
from backguide.core.store import RunStatus, StepState, Store
from backguide.paths import content_dir

CONTENT: Content = load_content(content_dir())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


def _answer_all(checklist: Checklist, yes: tuple[str, ...] = ()) -> None:
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, flag.id in yes)


def _to_steps(checklist: Checklist, duration: Duration = Duration.ACUTE) -> None:
    _answer_all(checklist)
    checklist.next()
    checklist.set_duration(duration)
    checklist.next()


def _finish(checklist: Checklist) -> None:
    _to_steps(checklist)
    checklist.mark_step("keep-moving", StepState.DONE, 6, 4)
    while checklist.can_go_next():
        checklist.next()
    checklist.finish()


def _in(hours: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)


# -- no lost runs ------------------------------------------------------------------

def test_opening_a_checklist_without_answering_saves_nothing(store: Store) -> None:
    Checklist(CONTENT, "lumbar-left", store)
    assert store.active_run() is None and store.history(include_stopped=True) == []


def test_the_first_answer_starts_the_run(store: Store) -> None:
    checklist = Checklist(CONTENT, "lumbar-left", store)
    checklist.answer_flag(checklist.questions[0].id, False)
    run = store.active_run()
    assert run is not None and run.id == checklist.run_id
    assert checklist.started_at == run.started_at


def test_an_untouched_checklist_after_a_finished_one_leaves_it_in_the_history_and_handout(
        store: Store) -> None:
    finished = Checklist(CONTENT, "lumbar-left", store)
    _finish(finished)
    untouched = Checklist(CONTENT, "lumbar-left", store)
    assert [r.id for r in store.history()] == [finished.run_id]
    html = handout_progress_html(CONTENT, untouched, store)
    assert "From your last finished checklist" in html and "Keep moving" in html
    today = dt.datetime.now().astimezone()
    assert f"{today.day} {today:%B %Y}" in html


def test_the_handout_says_when_it_shows_a_checklist_in_progress(store: Store) -> None:
    checklist = Checklist(CONTENT, "lumbar-left", store)
    checklist.answer_flag(checklist.questions[0].id, False)
    assert "From your checklist in progress, started" in handout_progress_html(CONTENT, None, store)
    assert "From the checklist open now, started" in handout_progress_html(CONTENT, checklist, store)


# -- the gate remembers the day's answers -------------------------------------------

def test_answers_from_the_last_24_hours_are_offered_again(store: Store) -> None:
    first = Checklist(CONTENT, "lumbar-left", store)
    _answer_all(first)
    later = Checklist(CONTENT, "lumbar-left", store, clock=lambda: _in(23))
    assert later.asks_if_changed
    assert later.earlier is not None
    assert later.earlier.answers == first.flag_answers


def test_nothing_changed_is_one_answer_to_go_on(store: Store) -> None:
    _answer_all(Checklist(CONTENT, "lumbar-left", store))
    later = Checklist(CONTENT, "lumbar-left", store, clock=lambda: _in(1))
    later.keep_earlier_answers()
    assert not later.asks_if_changed
    assert later.can_go_next() and later.next().kind is PageKind.ABOUT_YOU


def test_reviewing_the_earlier_answers_asks_every_question_again(store: Store) -> None:
    _answer_all(Checklist(CONTENT, "lumbar-left", store))
    later = Checklist(CONTENT, "lumbar-left", store, clock=lambda: _in(1))
    later.review_earlier_answers()
    assert not later.asks_if_changed and later.flag_answers == {}
    assert not later.can_go_next()


def test_answers_older_than_24_hours_are_asked_again(store: Store) -> None:
    _answer_all(Checklist(CONTENT, "lumbar-left", store))
    later = Checklist(CONTENT, "lumbar-left", store, clock=lambda: _in(25))
    assert later.earlier is None and not later.asks_if_changed


def test_the_necks_own_signs_are_still_asked_after_answers_for_the_waist(store: Store) -> None:
    _answer_all(Checklist(CONTENT, "lumbar-left", store))
    neck = Checklist(CONTENT, "cervical-left", store, clock=lambda: _in(1))
    neck.keep_earlier_answers()
    unanswered = [f for f in neck.questions if f.id not in neck.flag_answers]
    assert unanswered and all("cervical" in f.levels for f in unanswered)
    assert not neck.can_go_next()


def test_an_earlier_emergency_answer_still_stops_the_checklist(store: Store) -> None:
    emergency = next(f for f in CONTENT.red_flags if f.urgency is Urgency.EMERGENCY)
    _answer_all(Checklist(CONTENT, "lumbar-left", store), yes=(emergency.id,))
    later = Checklist(CONTENT, "lumbar-left", store, clock=lambda: _in(2))
    later.keep_earlier_answers()
    assert later.next().kind is PageKind.EMERGENCY_STOP


# -- steps in order of what helps ----------------------------------------------------

@pytest.mark.parametrize("duration", list(Duration))
def test_steps_come_try_first_then_may_help_then_the_others(duration: Duration) -> None:
    checklist = Checklist(CONTENT, "lumbar-left")
    checklist.set_duration(duration)
    checklist.open_others()
    order = list(StepGroup)
    groups = [order.index(p.group) for p in checklist.planned_steps]
    assert groups == sorted(groups)
    assert checklist.planned_steps[0].group is StepGroup.TRY_FIRST


def test_other_things_people_try_stay_folded_until_opened() -> None:
    checklist = Checklist(CONTENT, "lumbar-left")
    _to_steps(checklist)
    others = checklist.other_steps
    assert others and all(group_of(p.step) is StepGroup.OTHERS for p in others)
    assert not {p.step.id for p in others} & {p.step.id for p in checklist.planned_steps}
    kinds = [p.kind for p in checklist.pages]
    assert kinds[-2:] == [PageKind.OTHERS, PageKind.SUMMARY]
    while checklist.current_page.kind is not PageKind.OTHERS:
        checklist.next()
    checklist.open_others()
    assert checklist.next().step == others[0]


@pytest.mark.parametrize("step_id", [s.id for s in CONTENT.steps if s.tested_without_benefit])
def test_a_remedy_with_no_benefit_shown_cannot_be_ticked(step_id: str) -> None:
    checklist = Checklist(CONTENT, "lumbar-left")
    _to_steps(checklist)
    checklist.open_others()
    assert step_id not in {p.step.id for p in checklist.planned_steps}
    with pytest.raises(ValueError):
        checklist.mark_step(step_id, StepState.DONE)
    assert step_id in {s.id for s in checklist.summary().not_shown_to_help}


@pytest.mark.parametrize(("work", "offered"), [(WorkStatus.WORKING, True), (WorkStatus.OFF_SICK, True),
                                               (WorkStatus.NOT_WORKING, False), (None, True)])
def test_the_work_answer_decides_whether_the_work_step_is_offered(work: WorkStatus | None,
                                                                  offered: bool) -> None:
    checklist = Checklist(CONTENT, "lumbar-left")
    checklist.set_duration(Duration.ACUTE)
    if work is not None:
        checklist.set_work(work)
    kinds = {p.step.kind for p in checklist.planned_steps}
    assert (StepKind.WORK in kinds) is offered


def test_the_work_answer_is_saved_with_the_run(store: Store) -> None:
    checklist = Checklist(CONTENT, "lumbar-left", store)
    _answer_all(checklist)
    checklist.set_work(WorkStatus.NOT_WORKING)
    resumed = Checklist.resume(CONTENT, store)
    assert resumed is not None and resumed.work is WorkStatus.NOT_WORKING
    assert resumed.caution_answers == {}


def test_advice_to_see_someone_is_not_rated_for_pain() -> None:
    checklist = Checklist(CONTENT, "lumbar-left")
    checklist.set_duration(Duration.ACUTE)
    see = [p for p in checklist.planned_steps if p.step.kind is StepKind.SEE_SOMEONE]
    assert see and not any(p.rated for p in see)
    assert all(p.rated for p in checklist.planned_steps if p.step.kind is StepKind.SELF_CARE)


def test_the_summary_says_when_to_see_a_doctor_once() -> None:
    checklist = Checklist(CONTENT, "lumbar-left")
    soon = checklist.soon_flags[0]
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, flag.id == soon.id)
    html = summary_html(checklist.summary())
    assert html.count("When to see a doctor") == 1
    assert html.count(soon.sign) == 1 and "(you said yes)" in html


def test_restart_stops_an_unfinished_run_and_saves_nothing_new(store: Store) -> None:
    checklist = Checklist(CONTENT, "lumbar-left", store)
    _answer_all(checklist)
    old = checklist.run_id
    assert old is not None
    checklist.restart()
    assert store.load_run(old).status is RunStatus.STOPPED
    assert store.active_run() is None and checklist.run_id is None


def test_a_step_kind_the_guide_does_not_know_is_a_content_error(minimal_content: Path) -> None:
    from backguide.core.errors import ContentError

    steps = minimal_content / "steps.yaml"
    text = steps.read_text(encoding="utf-8")
    steps.write_text(text.replace("- id: keep-moving\n", "- id: keep-moving\n  kind: magic\n", 1),
                     encoding="utf-8")
    assert "kind: magic" in steps.read_text(encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(minimal_content)
    assert any("step kind 'magic'" in p.message for p in caught.value.problems)
