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
from backguide.core.wording import Words


class StepGroup(StrEnum):
    """A group of the checklist's steps; its title and introduction are the guide's
    wording ``checklist.groups.<group>.title`` and ``.intro``."""

    TRY_FIRST = "try-first"
    MAY_HELP = "may-help"
    OTHERS = "others"


def group_title(words: Words, group: StepGroup) -> str:
    """The group's heading: "Try first", "May help a little", "Other things people try"."""
    return words.text(f"checklist.groups.{group.value}.title")


def group_intro(words: Words, group: StepGroup) -> str:
    """One line on why the group's steps are in it ("Guidelines advise these first.")."""
    return words.text(f"checklist.groups.{group.value}.intro")

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


def work_label(words: Words, status: WorkStatus) -> str:
    """The answer as the checklist offers it ("Off sick from work")."""
    return words.text(f"work.{status.value}")
