"""The order the relief checklist offers its steps in: what helps most first.

Guideline advice comes first ("Try first"), then what moderate trials say may
help a little, then everything else ("Other things people try": weak
evidence, untested, or practitioner experience), which stays folded away
until the person opens it. Remedies that good trials found no benefit for are
never steps at all: the checklist shows them as information.
"""

from __future__ import annotations

from enum import StrEnum

from backguide.core.model import Step


class StepGroup(StrEnum):
    TRY_FIRST = "try-first"
    MAY_HELP = "may-help"
    OTHERS = "others"

    @property
    def heading(self) -> str:
        return GROUP_TITLES[self]


GROUP_TITLES = {
    StepGroup.TRY_FIRST: "Try first",
    StepGroup.MAY_HELP: "May help a little",
    StepGroup.OTHERS: "Other things people try",
}

GROUP_INTROS = {
    StepGroup.TRY_FIRST: "Guidelines advise these first.",
    StepGroup.MAY_HELP: "Trials show these may help a little, for a short time.",
    StepGroup.OTHERS: ("The evidence for these is weak, or they have not been tested for back "
                       "pain, or they rest on a practitioner's experience. Some people try them."),
}

# "research" grades facts, not treatments; a step graded so is still sound advice.
_GROUP_BY_GRADE = {
    "guideline": StepGroup.TRY_FIRST,
    "research": StepGroup.TRY_FIRST,
    "moderate": StepGroup.MAY_HELP,
}


def group_of(step: Step) -> StepGroup:
    """Which group of the checklist a step belongs to, by its evidence grade."""
    return _GROUP_BY_GRADE.get(step.evidence.grade.id, StepGroup.OTHERS)


def in_order(steps: list[Step] | tuple[Step, ...]) -> tuple[Step, ...]:
    """``steps`` by group (Try first, May help a little, Others), content order within each."""
    order = list(StepGroup)
    return tuple(sorted(steps, key=lambda s: order.index(group_of(s))))


class WorkStatus(StrEnum):
    """The "About you" answer on work; it decides whether the work step is offered."""

    WORKING = "working"
    OFF_SICK = "off-sick"
    NOT_WORKING = "not-working"

    @property
    def label(self) -> str:
        return WORK_LABELS[self]


WORK_LABELS = {
    WorkStatus.WORKING: "Working",
    WorkStatus.OFF_SICK: "Off sick from work",
    WorkStatus.NOT_WORKING: "Not working, or retired",
}
