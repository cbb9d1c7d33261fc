"""The relief checklist: the red-flag gate, questions about the person, then one
page per matching self-care step and a summary.

The order of pages is a safety rule, not a layout choice: nothing past the
red-flag page can be reached until every question there is answered, an
emergency "yes" leads only to the "get help now" page, and a same-day "yes"
must be acknowledged before the person goes on. A "soon" sign is asked too,
but a "yes" to it never holds the person up: the summary lists it.

The questions are the signs for everyone and the chosen level's own signs
(the neck's for a neck region); a checklist with no region asks them all.
Answers given in the last 24 hours are offered again ("Has anything
changed?"), so a person who comes back the same day is not asked everything
twice.

A run is saved from the first answer, not from opening the window: a window
closed untouched leaves the history (and the handout) as they were.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from backguide.core.diary import check_pain
from backguide.core.matching import steps_for
from backguide.core.model import (
    CautionKey,
    Content,
    Duration,
    Movement,
    RedFlag,
    Step,
    StepKind,
    Urgency,
)
from backguide.core.red_flags import SignGroup, sign_groups, signs_for
from backguide.core.step_order import StepGroup, WorkStatus, group_of, group_title, in_order
from backguide.core.store import RunStatus, StepProgress, StepState, Store, StoreError
from backguide.core.wording import Words, english

REMEMBER_ANSWERS_FOR = dt.timedelta(hours=24)
# The work answer shares the table of yes/no answers about the person, one
# row per choice, so no new table is needed for it.
_WORK_KEY = "work:"

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
# The exercise step opens out into the guide's gentle movements, each marked on its own.
MOVEMENT_STEPS = frozenset({"exercise-programme"})
MOVEMENT_KEY = "movement:"  # how a movement's progress is kept beside the steps'


class PageKind(StrEnum):
    RED_FLAGS = "red-flags"
    EMERGENCY_STOP = "emergency-stop"
    SAME_DAY = "same-day"
    ABOUT_YOU = "about-you"
    STEP = "step"
    OTHERS = "others"  # "Other things people try": folded until opened
    SUMMARY = "summary"


def page_title(words: Words, kind: PageKind) -> str:
    """The title of a page that is not a step: "Warning signs", "About you"..."""
    if kind is PageKind.OTHERS:
        return group_title(words, StepGroup.OTHERS)
    return words.text(f"checklist.pages.{kind.value}")


def __getattr__(name: str) -> str:
    # The heading over the cautions that match what the person said (it names
    # what the box holds: their own cautions), in the app's English, for
    # callers without a guide; a checklist says it in its guide's words.
    if name == "CHECK_FIRST_LABEL":
        return english().text("checklist.check_first")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class PlannedStep:
    """A step chosen for this person, with the cautions that match their answers."""

    step: Step
    check_first: tuple[str, ...] = ()  # texts of the cautions whose keys they said yes to
    warning: str = ""  # the heading over them ("Read this first: it applies to you")

    @property
    def needs_check(self) -> bool:
        return bool(self.check_first)

    @property
    def label(self) -> str:
        """The warning to show on the step, or '' when nothing matched."""
        return self.warning if self.check_first else ""

    @property
    def group(self) -> StepGroup:
        """Try first, May help a little, or Other things people try."""
        return group_of(self.step)

    @property
    def rated(self) -> bool:
        """Whether the step asks for pain before and after (advice to see someone does not)."""
        return self.step.kind is not StepKind.SEE_SOMEONE


@dataclass(frozen=True)
class EarlierAnswers:
    """Red-flag answers given in the last 24 hours, offered again."""

    answers: dict[str, bool]
    answered_at: dt.datetime  # the latest of them


@dataclass(frozen=True)
class Page:
    """Where the person is: the kind of page, its place, and a label to show."""

    kind: PageKind
    index: int  # position in Checklist.pages
    total_steps: int
    step: PlannedStep | None = None
    step_number: int | None = None  # from 1, on step pages
    label: str = ""  # 'Step 3 of 8' on a step page, else the page's title

    @property
    def key(self) -> str:
        """The page as saved in the store ('step:<id>' for a step page)."""
        return f"step:{self.step.step.id}" if self.step else self.kind.value


@dataclass(frozen=True)
class StepOutcome:
    """A planned step and what the person recorded for it (None: not marked)."""

    planned: PlannedStep
    progress: StepProgress | None

    @property
    def state(self) -> StepState | None:
        return None if self.progress is None else self.progress.state

    @property
    def pain_change(self) -> int | None:
        """Pain after minus before; negative means it eased."""
        return None if self.progress is None else self.progress.pain_change

    @property
    def helped(self) -> bool:
        return self.pain_change is not None and self.pain_change < 0


@dataclass(frozen=True)
class Summary:
    """What the summary page shows."""

    outcomes: tuple[StepOutcome, ...]
    urgent_flags: tuple[RedFlag, ...]  # emergency or same-day signs answered "yes"
    see_a_professional: tuple[str, ...]  # from the guide
    soon_flags: tuple[RedFlag, ...]  # every "soon" sign of this checklist
    soon_answered: tuple[RedFlag, ...] = ()  # "soon" signs answered "yes"
    # Remedies good trials found no benefit for: shown as information, never to tick.
    not_shown_to_help: tuple[Step, ...] = ()
    words: Words | None = None  # the guide's words (None: the app's English)

    def with_state(self, state: StepState | None) -> tuple[StepOutcome, ...]:
        """The outcomes marked ``state`` (None: not marked)."""
        return tuple(o for o in self.outcomes if o.state == state)

    @property
    def helped(self) -> tuple[StepOutcome, ...]:
        """Steps after which pain went down, the biggest fall first."""
        return tuple(sorted((o for o in self.outcomes if o.helped),
                            key=lambda o: o.pain_change or 0))


def emergency_numbers(locale_name: str, words: Words | None = None) -> list[tuple[str, str]]:
    """The guide's emergency numbers as (number, where), the person's own first.

    ``locale_name`` is like 'en_GB', 'en-US', 'fr_FR.UTF-8' or a country code
    'UK'/'US'/'CA'. The numbers and their places are the guide's wording
    (``emergency_numbers``; None: the app's English, 999, 911 and 112). A
    country no number names gets first the one that names no countries (112
    in the English: it also works in many countries outside the EU, and on
    most mobile phones).
    """
    numbers = (words or english()).emergency_numbers
    name = re.split(r"[.@]", locale_name.strip())[0]
    parts = re.split(r"[_-]", name)
    country = parts[-1].upper() if len(parts) > 1 or name.isupper() else ""
    first = next((n for n in numbers if country in n.countries),
                 next((n for n in numbers if not n.countries), numbers[0]))
    return [(n.number, n.where) for n in sorted(numbers, key=lambda n: n is not first)]


class Checklist:
    """One relief checklist run, written through to a store when one is given.

    Without a region it offers the general steps: those with no `levels`
    restriction (a neck-only step is not general advice). Without a store it
    works for this run only.
    """

    def __init__(self, content: Content, region_id: str | None = None,
                 store: Store | None = None, run_id: int | None = None,
                 clock: Clock = _utc_now) -> None:
        self.content = content
        self._store = store
        self._clock = clock
        self.caution_questions: tuple[CautionKey, ...] = tuple(content.caution_keys.values())
        self._flags: dict[str, bool] = {}
        self._cautions: dict[str, bool] = {}
        self._progress: dict[str, StepProgress] = {}
        self._duration: Duration | None = None
        self._acknowledged = False
        self._work: WorkStatus | None = None
        self._others_opened = False
        self._reviewing = False  # chose to review the earlier answers one by one
        self._touched = False  # anything answered in this window
        self.earlier: EarlierAnswers | None = None
        self.started_at: dt.datetime | None = None
        self._page_key = PageKind.RED_FLAGS.value
        self.finished = False
        if run_id is not None:
            if store is None:
                raise ValueError("A saved run can only be loaded from a store.")
            self._load(run_id)
            return
        if region_id is not None:
            content.region(region_id)  # KeyError for a region the content lacks
        self.region_id = region_id
        self.run_id: int | None = None  # saved from the first answer on
        self.earlier = self._earlier_answers()

    @classmethod
    def resume(cls, content: Content, store: Store) -> Checklist | None:
        """The unfinished checklist in ``store`` at the page it was left on, or None."""
        run = store.active_run()
        return None if run is None else cls(content, store=store, run_id=run.id)

    def _earlier_answers(self) -> EarlierAnswers | None:
        """This checklist's questions answered in the last 24 hours (in any run), or None."""
        if self._store is None:
            return None
        try:
            recent = self._store.recent_flag_answers(self._clock() - REMEMBER_ANSWERS_FOR)
        except StoreError:
            return None  # then the questions are simply asked
        asked = {f.id for f in self.questions}
        kept = {k: v for k, v in recent.items() if k in asked}
        if not kept:
            return None
        return EarlierAnswers({k: v for k, (v, _at) in kept.items()},
                              max(at for _v, at in kept.values()))

    def _load(self, run_id: int) -> None:
        assert self._store is not None
        run = self._store.load_run(run_id)
        steps = {s.id for s in self.content.steps}
        # Content may have changed since the run was saved: keep what still applies.
        self.run_id = run.id
        self.region_id = run.region_id if run.region_id in self.content.region_ids else None
        asked = {f.id for f in self.questions}
        self._flags = {k: v for k, v in run.flag_answers.items() if k in asked}
        self._cautions = {k: v for k, v in run.caution_answers.items()
                          if k in self.content.caution_keys}
        steps |= {MOVEMENT_KEY + m.id for m in self.content.movements}
        self._work = next((WorkStatus(k.removeprefix(_WORK_KEY)) for k, v in run.caution_answers.items()
                           if v and k.startswith(_WORK_KEY)
                           and k.removeprefix(_WORK_KEY) in set(WorkStatus)), None)
        self.started_at = run.started_at
        self._progress = {k: v for k, v in run.steps.items() if k in steps}
        self._duration = run.duration
        self._acknowledged = run.acknowledged_at is not None
        self._page_key = run.current_page
        self.finished = run.status is not RunStatus.ACTIVE
        others = {p.step.id for p in self._all_planned() if p.group is StepGroup.OTHERS}
        self._others_opened = bool(others & set(self._progress)) or any(
            self._page_key == f"step:{sid}" for sid in others)

    def _save(self, write: Callable[[Store, int], None]) -> None:
        """Write a change through first, so memory never runs ahead of the disk."""
        if self.finished:
            raise RuntimeError("This checklist has ended; restart it to change answers.")
        self._touched = True
        if self._store is None:
            return
        if self.run_id is None:
            # The first answer starts the run (and stops an unfinished older one).
            self.run_id = self._store.start_run(self.region_id)
            self.started_at = self._store.load_run(self.run_id).started_at
        write(self._store, self.run_id)

    def detach_store(self) -> None:
        """Carry on without saving (after the store failed with a StoreError)."""
        self._store = None

    @property
    def saving(self) -> bool:
        """Whether answers are written to a store (False: this run only)."""
        return self._store is not None

    # -- answers -------------------------------------------------------------

    @property
    def level_id(self) -> str | None:
        """The level of the chosen region, or None for general back care."""
        return None if self.region_id is None else self.content.region(self.region_id).level.id

    @property
    def question_groups(self) -> tuple[SignGroup, ...]:
        """The red-flag questions as the page shows them: everyone's, then the level's own."""
        return sign_groups(self.content, self.level_id)

    @property
    def questions(self) -> tuple[RedFlag, ...]:
        """Every red-flag question of this checklist, of every urgency."""
        return signs_for(self.content, self.level_id)

    @property
    def soon_flags(self) -> tuple[RedFlag, ...]:
        """The "soon" signs among the questions: a "yes" never stops the checklist."""
        return tuple(f for f in self.questions if f.urgency is Urgency.SOON)

    @property
    def flag_answers(self) -> dict[str, bool]:
        return dict(self._flags)

    @property
    def caution_answers(self) -> dict[str, bool]:
        return dict(self._cautions)

    @property
    def duration(self) -> Duration | None:
        return self._duration

    @property
    def acknowledged(self) -> bool:
        return self._acknowledged

    def _yes(self, urgency: Urgency) -> tuple[RedFlag, ...]:
        return tuple(f for f in self.questions if f.urgency is urgency and self._flags.get(f.id))

    @property
    def emergency_flags(self) -> tuple[RedFlag, ...]:
        """Emergency signs answered "yes"."""
        return self._yes(Urgency.EMERGENCY)

    @property
    def same_day_flags(self) -> tuple[RedFlag, ...]:
        """Same-day signs answered "yes"."""
        return self._yes(Urgency.SAME_DAY)

    @property
    def soon_answered(self) -> tuple[RedFlag, ...]:
        """"Soon" signs answered "yes": see a GP or physiotherapist, not today."""
        return self._yes(Urgency.SOON)

    def answer_flag(self, flag_id: str, yes: bool) -> None:
        """Answer one red-flag question of this checklist."""
        if flag_id not in {f.id for f in self.questions}:
            raise ValueError(f"'{flag_id}' is not a red-flag question of this checklist.")
        self._save(lambda store, run: store.save_flag_answer(run, flag_id, yes))
        self._flags[flag_id] = yes

    @property
    def asks_if_changed(self) -> bool:
        """Whether the gate shows the earlier answers and asks "Has anything changed?"."""
        return self.earlier is not None and not self._flags and not self._reviewing

    def keep_earlier_answers(self) -> None:
        """"Nothing has changed": the earlier answers become this checklist's answers."""
        if self.earlier is None:
            raise RuntimeError("There are no earlier answers to keep.")
        for flag_id, yes in self.earlier.answers.items():
            self.answer_flag(flag_id, yes)

    def review_earlier_answers(self) -> None:
        """"Something has changed": ask every question again."""
        self._reviewing = True

    @property
    def work(self) -> WorkStatus | None:
        return self._work

    def set_work(self, work: WorkStatus) -> None:
        """Say whether the person works, is off sick, or does not work; this picks the work step."""
        work = WorkStatus(work)

        def write(store: Store, run: int) -> None:
            for status in WorkStatus:
                store.save_caution_answer(run, _WORK_KEY + status.value, status is work)
        self._save(write)
        self._work = work

    @property
    def others_opened(self) -> bool:
        """Whether "Other things people try" has been opened (its steps then get pages)."""
        return self._others_opened

    def open_others(self) -> None:
        """Unfold "Other things people try": its steps follow as pages of their own."""
        self._others_opened = True

    def acknowledge_same_day(self) -> None:
        """Record that the person read the advice to get seen today."""
        self._save(lambda store, run: store.acknowledge_same_day(run))
        self._acknowledged = True

    def set_duration(self, duration: Duration) -> None:
        """Say how long the pain has lasted; this chooses the steps."""
        duration = Duration(duration)
        self._save(lambda store, run: store.save_duration(run, duration))
        self._duration = duration

    def answer_caution(self, key: str, yes: bool) -> None:
        """Answer one personal caution question (blood thinners, pregnancy...)."""
        if key not in self.content.caution_keys:
            raise ValueError(f"'{key}' is not a caution question of this guide.")
        self._save(lambda store, run: store.save_caution_answer(run, key, yes))
        self._cautions[key] = yes

    def mark_step(self, step_id: str, state: StepState, pain_before: int | None = None,
                  pain_after: int | None = None, note: str = "") -> None:
        """Mark a planned step done, skipped or not for me, with optional pain 0-10."""
        planned = {p.step.id: p for p in self._all_planned()}
        if step_id not in planned:
            raise ValueError(f"'{step_id}' is not one of this checklist's steps.")
        state = StepState(state)
        check_pain(pain_before, "Pain before", optional=True)
        check_pain(pain_after, "Pain after", optional=True)
        self._save(lambda store, run: store.save_step(run, step_id, state, pain_before,
                                                      pain_after, note))
        self._progress[step_id] = StepProgress(step_id, state, pain_before, pain_after, note,
                                               dt.datetime.now(dt.UTC))
        if planned[step_id].group is StepGroup.OTHERS:
            self._others_opened = True  # as a saved run is read back

    def progress(self, step_id: str) -> StepProgress | None:
        """What was recorded for a step, if anything."""
        return self._progress.get(step_id)

    # -- gentle movements, inside the exercise step ------------------------------

    def movements_for_step(self, step_id: str) -> tuple[Movement, ...]:
        """The movements a step opens out into: for the exercise step, those that suit the region."""
        if step_id not in MOVEMENT_STEPS:
            return ()
        level_id = None if self.region_id is None else self.content.region(self.region_id).level.id
        return self.content.movements_for(level_id)

    def mark_movement(self, movement_id: str, state: StepState, pain_before: int | None = None,
                      pain_after: int | None = None) -> None:
        """Mark one gentle movement done (or not), with optional pain 0-10 before and after."""
        offered = {m.id for p in self.planned_steps for m in self.movements_for_step(p.step.id)}
        if movement_id not in offered:
            raise ValueError(f"'{movement_id}' is not one of this checklist's movements.")
        key = MOVEMENT_KEY + movement_id
        state = StepState(state)
        check_pain(pain_before, "Pain before", optional=True)
        check_pain(pain_after, "Pain after", optional=True)
        self._save(lambda store, run: store.save_step(run, key, state, pain_before, pain_after, ""))
        self._progress[key] = StepProgress(key, state, pain_before, pain_after, "",
                                           dt.datetime.now(dt.UTC))

    def movement_progress(self, movement_id: str) -> StepProgress | None:
        """What was recorded for a movement, if anything."""
        return self._progress.get(MOVEMENT_KEY + movement_id)

    # -- pages ---------------------------------------------------------------

    def _all_planned(self) -> tuple[PlannedStep, ...]:
        """Every step that fits this person, "Other things people try" included."""
        if self._duration is None:
            return ()
        level_id = self.level_id
        steps = [s for s in steps_for(self.content, level_id, self._duration)
                 if not s.tested_without_benefit]
        if level_id is None:
            steps = [s for s in steps if not s.levels]
        if self._work is WorkStatus.NOT_WORKING:
            steps = [s for s in steps if s.kind is not StepKind.WORK]
        yes = {key for key, answer in self._cautions.items() if answer}
        warning = self.content.words.text("checklist.check_first")
        return tuple(PlannedStep(s, tuple(c.text for c in s.cautions
                                          if yes & set(c.keys) and c.applies_to(level_id)),
                                 warning)
                     for s in in_order(steps))

    @property
    def planned_steps(self) -> tuple[PlannedStep, ...]:
        """The steps offered as pages, what helps most first (none until the duration is known).

        "Other things people try" are among them only once opened.
        """
        return tuple(p for p in self._all_planned()
                     if self._others_opened or p.group is not StepGroup.OTHERS)

    @property
    def other_steps(self) -> tuple[PlannedStep, ...]:
        """The steps under "Other things people try", opened or not."""
        return tuple(p for p in self._all_planned() if p.group is StepGroup.OTHERS)

    @property
    def pages(self) -> tuple[Page, ...]:
        """The pages the person can reach now; later ones appear as the gates open."""
        kinds = [PageKind.RED_FLAGS]
        all_answered = all(f.id in self._flags for f in self.questions)
        if self.emergency_flags:
            kinds.append(PageKind.EMERGENCY_STOP)
        elif all_answered:
            if self.same_day_flags:
                kinds.append(PageKind.SAME_DAY)
            if self._acknowledged or not self.same_day_flags:
                kinds.append(PageKind.ABOUT_YOU)
        steps = self.planned_steps if PageKind.ABOUT_YOU in kinds else ()
        words = self.content.words

        def titled(kind: PageKind, index: int) -> Page:
            return Page(kind, index, len(steps), label=page_title(words, kind))

        pages = [titled(kind, i) for i, kind in enumerate(kinds)]
        if PageKind.ABOUT_YOU in kinds and self._duration is not None:
            others_page = bool(self.other_steps)
            for n, planned in enumerate(steps):
                if others_page and planned.group is StepGroup.OTHERS:
                    pages.append(titled(PageKind.OTHERS, len(pages)))
                    others_page = False
                pages.append(Page(PageKind.STEP, len(pages), len(steps), planned, n + 1,
                                  words.text("checklist.step_of", number=n + 1,
                                             total=len(steps))))
            if others_page:
                pages.append(titled(PageKind.OTHERS, len(pages)))
            pages.append(titled(PageKind.SUMMARY, len(pages)))
        return tuple(pages)

    @property
    def current_page(self) -> Page:
        """The page the person is on."""
        pages = self.pages
        for page in pages:
            if page.key == self._page_key:
                return page
        # The saved page is no longer reachable (an answer or the content
        # changed): go back to the furthest question page that still is.
        questions = [p for p in pages if p.kind not in (PageKind.STEP, PageKind.OTHERS,
                                                        PageKind.SUMMARY)]
        return questions[-1]

    def can_go_next(self) -> bool:
        """Whether Next leads anywhere: False until the current page's gate is passed."""
        return self.current_page.index + 1 < len(self.pages)

    def next(self) -> Page:
        """Go to the next page if the gate allows it (else stay) and return the page."""
        page = self.current_page
        if page.index + 1 < len(self.pages):
            self._go(self.pages[page.index + 1])
        return self.current_page

    def back(self) -> Page:
        """Go to the previous page (if any) and return the page."""
        page = self.current_page
        if page.index > 0:
            self._go(self.pages[page.index - 1])
        return self.current_page

    def _go(self, page: Page) -> None:
        self._save(lambda store, run: store.set_page(run, page.key))
        if page.step is not None:
            step_id = page.step.step.id
            self._save(lambda store, run: store.mark_step_started(run, step_id))
        self._page_key = page.key

    # -- ending --------------------------------------------------------------

    def finish(self) -> None:
        """End the checklist from the summary or the emergency page; it joins the history."""
        if self.current_page.kind not in (PageKind.SUMMARY, PageKind.EMERGENCY_STOP):
            raise RuntimeError("A checklist can only be finished from its last page.")
        self._save(lambda store, run: store.finish_run(run, RunStatus.FINISHED))
        self.finished = True

    def restart(self) -> None:
        """Stop this run (kept as 'stopped') and start again with no answers.

        The new run is saved from its first answer, like any other.
        """
        if self._store is not None and self.run_id is not None and not self.finished:
            self._store.finish_run(self.run_id, RunStatus.STOPPED)
        self.run_id, self.started_at, self.earlier = None, None, None
        self._flags, self._cautions, self._progress = {}, {}, {}
        self._duration, self._acknowledged, self._work = None, False, None
        self._others_opened = self._reviewing = self._touched = False
        self._page_key, self.finished = PageKind.RED_FLAGS.value, False

    @property
    def touched(self) -> bool:
        """Whether anything has been answered (or saved) in this checklist."""
        return self.run_id is not None or self._touched

    def summary(self) -> Summary:
        """What was done, what helped, and when to see a professional."""
        return Summary(
            outcomes=tuple(StepOutcome(p, self._progress.get(p.step.id)) for p in self.planned_steps),
            urgent_flags=self.emergency_flags + self.same_day_flags,
            see_a_professional=self.content.guide.see_a_professional,
            soon_flags=self.soon_flags,
            soon_answered=self.soon_answered,
            not_shown_to_help=self.not_shown_to_help,
            words=self.content.words)

    @property
    def not_shown_to_help(self) -> tuple[Step, ...]:
        """Remedies for this region that good trials found no benefit for, whatever the duration."""
        return tuple(s for s in steps_for(self.content, self.level_id) if s.tested_without_benefit)


def checklist_to_open(content: Content, store: Store | None, region_id: str | None,
                      continue_active: Callable[[Checklist], bool],
                      report: Callable[[str], None]) -> Checklist:
    """The unfinished checklist to resume, or a new one for ``region_id``.

    An unfinished checklist for the same region is resumed; one for another
    region only if ``continue_active`` says so. A store that fails is left
    out, with ``report`` telling the person, and the checklist runs unsaved.
    """
    if store is not None:
        try:
            active = Checklist.resume(content, store)
        except StoreError as exc:
            report(str(exc))
            active, store = None, None
        if active is not None and (active.region_id == region_id or continue_active(active)):
            return active
    try:
        return Checklist(content, region_id, store)
    except StoreError as exc:
        report(f"{exc} The checklist works, but is not saved.")
        return Checklist(content, region_id, None)
