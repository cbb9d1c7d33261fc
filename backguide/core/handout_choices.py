"""What a practitioner (or a region's default) chooses for a two-page handout, and how
far a version of the handout is tightened to fit its pages.

Plain records, shared by the handout's builder (:mod:`backguide.core.handout_plan`),
its plan page (:mod:`backguide.core.handout_plan_page`) and templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backguide.core.model import Content, Dose


@dataclass(frozen=True)
class Clinic:
    """Who hands the handout over; printed at the top. ``logo`` is an image file."""

    name: str = ""
    address: str = ""
    phone: str = ""
    logo: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.address or self.phone or self.logo)


@dataclass(frozen=True)
class MovementChoice:
    """A chosen movement and its dose (None: the dose the guide gives)."""

    id: str
    dose: Dose | None = None


@dataclass(frozen=True)
class HandoutPlan:
    """What a handout shows: regions, steps, movements, advice, clinic and patient."""

    regions: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    movements: tuple[MovementChoice, ...] = ()
    note: str = ""
    clinic: Clinic = field(default_factory=Clinic)
    patient: str = ""
    follow_up: str = ""  # a date (YYYY-MM-DD, printed "14 December 2026") or words

    def check(self, content: Content) -> list[str]:
        """What in the plan the guide does not know (empty when all is well)."""
        problems = [f"unknown region '{r}'" for r in self.regions if r not in content.region_ids]
        known_steps = {s.id for s in content.steps}
        problems += [f"unknown step '{s}'" for s in self.steps if s not in known_steps]
        known_moves = {m.id for m in content.movements}
        problems += [f"unknown movement '{m.id}'" for m in self.movements
                     if m.id not in known_moves]
        return problems


@dataclass(frozen=True)
class Fit:
    """How one version of a handout is tightened to fit its pages."""

    movements: int | None = None  # how many of the plan's movements it prints (None: all)
    # Where the pain can go (or, without a region, the key messages) in short runs.
    short_referral: bool = False
    # Normal print a step smaller (COMPACT_PRINT), and the urgent box's reassuring last
    # line just below it.
    compact_print: bool = False
    # Each step in its first sentence, without how long (as large print prints it), and no
    # line on ticking the steps.
    short_steps: bool = False
    urgent_first: bool = False  # the urgent box before the drawing (as large print always has it)
    # Large print: the urgent box may run on to page 2 when it is taller than page 1 can
    # hold (the neck's signs, a wordier language); the signs to get help now stay whole
    # on page 1.
    urgent_runs_on: bool = False
