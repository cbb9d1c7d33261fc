"""The guide as typed, frozen data.

Everything the app shows comes from these objects; they are built once by
:mod:`backguide.core.content` from the YAML a clinician edits, and nothing
downstream touches raw YAML.

The records are named tuples rather than frozen dataclasses: just as
immutable and picklable, but defining a dataclass runs generated code, and
for these sixteen records that cost about 10 ms of every start of the app.
Being tuples, two records of different kinds with equal fields compare
equal; nothing mixes kinds in one collection.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import NamedTuple


class Side(StrEnum):
    """The patient's own side (as they would name it), or the midline."""

    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"

    @property
    def label(self) -> str:
        return {"left": "left", "right": "right", "midline": "middle"}[self.value]


class Surface(StrEnum):
    """Whether a place where pain is felt lies on the back or the front."""

    BACK = "back"
    FRONT = "front"


class Duration(StrEnum):
    """How long the pain has lasted, in the bands guidelines use."""

    ACUTE = "acute"
    SUBACUTE = "subacute"
    CHRONIC = "chronic"

    @property
    def label(self) -> str:
        return DURATION_LABELS[self]


DURATION_LABELS = {
    Duration.ACUTE: "Under 6 weeks",
    Duration.SUBACUTE: "6 to 12 weeks",
    Duration.CHRONIC: "Longer than 12 weeks",
}


class Urgency(StrEnum):
    """How soon a red-flag sign needs care."""

    EMERGENCY = "emergency"
    SAME_DAY = "same-day"
    SOON = "soon"

    @property
    def label(self) -> str:
        return URGENCY_LABELS[self]


URGENCY_LABELS = {
    Urgency.EMERGENCY: "Emergency: get help now",
    Urgency.SAME_DAY: "Get seen today",
    Urgency.SOON: "Not urgent: see a GP or physiotherapist soon",
}


class EvidenceGrade(NamedTuple):
    """One step of the evidence scale in CLINICAL.md."""

    id: str
    label: str
    meaning: str
    rank: int  # 0 = strongest; used to order and colour badges


# The scale is fixed by the clinical reference, not by content authors: a
# content file can only point at one of these ids.
EVIDENCE_SCALE: tuple[EvidenceGrade, ...] = (
    EvidenceGrade("guideline", "Recommended by guidelines",
                  "First-line advice in NICE NG59 and/or ACP 2017.", 0),
    # For explanations: a fact good studies support, not a treatment.
    EvidenceGrade("research", "Based on research",
                  "A fact that good studies support (not a treatment).", 1),
    EvidenceGrade("moderate", "Some evidence it helps a little",
                  "Moderate-quality trials, usually a small, short-term effect.", 2),
    EvidenceGrade("low", "Weak evidence",
                  "Low-certainty trials, or guidelines disagree.", 3),
    EvidenceGrade("none", "Not tested for back pain",
                  "No trial in back pain found.", 4),
    EvidenceGrade("no-benefit", "Tested: no benefit shown",
                  "Good trials found no effect.", 5),
    EvidenceGrade("experience", "Practitioner experience only",
                  "Based on practice, not research.", 6),
)
EVIDENCE_GRADES: dict[str, EvidenceGrade] = {g.id: g for g in EVIDENCE_SCALE}


class Source(NamedTuple):
    """A publication the guide cites, by its id."""

    id: str
    citation: str
    url: str = ""


class Evidence(NamedTuple):
    """How well research supports a step or an explanation, and where that is shown."""

    grade: EvidenceGrade
    summary: str
    sources: tuple[str, ...]


class CautionKey(NamedTuple):
    """A personal circumstance that can make a step unsuitable."""

    id: str
    label: str
    question: str


def _applies_to(levels: tuple[str, ...], level_id: str | None) -> bool:
    # No level chosen means general advice, which carries every warning: a
    # warning left out could matter, one too many only costs a line.
    return not levels or level_id is None or level_id in levels


class Caution(NamedTuple):
    """A warning that goes with a step; ``keys`` name the circumstances it is about.

    ``sources`` are the publications that say it.
    """

    text: str
    keys: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()  # empty = every level

    def applies_to(self, level_id: str | None) -> bool:
        """Whether the caution goes with the step at ``level_id`` (None: no level chosen)."""
        return _applies_to(self.levels, level_id)


class CoreMessage(NamedTuple):
    """One of the guide's key points for everyone with back pain."""

    text: str
    sources: tuple[str, ...]


class Translation(NamedTuple):
    """Where a translated guide comes from, and whether a clinician has checked it.

    ``from_locale`` names the content folder it was translated from (``en``),
    ``from_version`` that folder's content version at the time.
    """

    from_locale: str
    from_version: str
    by: str
    reviewer: str = ""
    reviewed: dt.date | None = None

    @property
    def review_pending(self) -> bool:
        """No reviewer has signed the translation off yet (no name or no date)."""
        return not self.reviewer or self.reviewed is None


class Guide(NamedTuple):
    """The guide as a whole: its title, version, review dates and general advice."""

    title: str
    version: str
    last_reviewed: dt.date
    next_review: dt.date
    disclaimer: str
    map_caveat: str
    map_caveat_sources: tuple[str, ...]
    core_messages: tuple[CoreMessage, ...]
    see_a_professional: tuple[str, ...]
    # Who stands behind the content (NHS information standard): empty if not given.
    publisher: str = ""
    reviewer: str = ""
    conflict_of_interest: str = ""
    translation: Translation | None = None  # None: the guide is not a translation

    @property
    def governance(self) -> str:
        """Who publishes and reviews the guide, and any conflict of interest, in one paragraph."""
        parts = []
        if self.publisher:
            parts.append(f"Published by {self.publisher}.")
        if self.reviewer:
            parts.append(f"Reviewed by {self.reviewer} on "
                         f"{self.last_reviewed.day} {self.last_reviewed:%B %Y}.")
        if self.conflict_of_interest:
            parts.append(self.conflict_of_interest)
        return " ".join(parts)


class Zone(NamedTuple):
    """A place where pain can be felt (a referral zone).

    ``sided`` zones exist once per side (``buttock`` gives the drawn areas
    ``buttock-left`` and ``buttock-right``); midline zones exist once.
    """

    id: str
    name: str
    surface: Surface
    sided: bool
    description: str

    def area_id(self, side: Side) -> str:
        """The id of the drawn area of this zone on ``side`` of the body."""
        return f"{self.id}-{side.value}" if self.sided else self.id


class Muscle(NamedTuple):
    """A muscle of the back and the places it can send pain to."""

    id: str
    name: str
    latin: str
    location: str
    essential_zones: tuple[str, ...]
    spillover_zones: tuple[str, ...]
    referral_note: str
    sources: tuple[str, ...]


class Explanation(NamedTuple):
    """A plain-words answer to "why does it hurt?", honestly graded."""

    id: str
    title: str
    text: str
    evidence: Evidence


class Level(NamedTuple):
    """A level of the back (neck ... sacrum) as written in the content."""

    id: str
    name: str
    spine_label: str
    vertebrae: str
    order: int
    description: str
    muscles: tuple[str, ...]
    explanations: tuple[str, ...]


class Region(NamedTuple):
    """One clickable area of the map: a level on one side of the body."""

    id: str
    level: Level
    side: Side

    @property
    def name(self) -> str:
        # The everyday name only; the medical name (spine_label) is shown with
        # the spine level wherever the region is described.
        return f"{self.level.name}, {self.side.label}"

    @property
    def muscles(self) -> tuple[str, ...]:
        return self.level.muscles


class StepKind(StrEnum):
    """What sort of step it is, which decides how the checklist offers it."""

    SELF_CARE = "self-care"  # something to try and rate for pain before and after
    WORK = "work"  # about work: offered to people who work or are off sick
    SEE_SOMEONE = "see-someone"  # advice to see someone: nothing to rate for pain


class Step(NamedTuple):
    """A self-care step for the relief checklist and handouts."""

    id: str
    title: str
    summary: str
    actions: tuple[str, ...]
    how_long: str
    evidence: Evidence
    cautions: tuple[Caution, ...]
    durations: tuple[Duration, ...]
    levels: tuple[str, ...]  # empty = every level
    order: int
    kind: StepKind = StepKind.SELF_CARE

    @property
    def caution_keys(self) -> frozenset[str]:
        return frozenset(k for c in self.cautions for k in c.keys)

    @property
    def tested_without_benefit(self) -> bool:
        """Good trials found no benefit: information to read, never a step to tick."""
        return self.evidence.grade.id == "no-benefit"

    def fits_level(self, level_id: str | None) -> bool:
        return not self.levels or level_id is None or level_id in self.levels


class Dose(NamedTuple):
    """How much of a movement to do: repetitions (or minutes), the hold, how often a day."""

    reps: int  # 0 when the movement is done for ``minutes`` instead
    hold_seconds: int
    times_a_day: int
    minutes: int = 0

    @property
    def text(self) -> str:
        """The dose in plain words, e.g. "10 times, hold 5 seconds, 2 times a day"."""
        parts = [f"{self.minutes} minutes" if self.minutes else _times(self.reps)]
        if self.hold_seconds:
            parts.append(f"hold {self.hold_seconds} second{'s' if self.hold_seconds != 1 else ''}")
        parts.append(f"{_times(self.times_a_day)} a day")
        return ", ".join(parts)


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


class Movement(NamedTuple):
    """A gentle movement or stretch, with its picture, dose and when to stop."""

    id: str
    title: str
    purpose: str
    steps: tuple[str, ...]
    dose: Dose
    stop_if: tuple[str, ...]
    take_care: tuple[str, ...]
    levels: tuple[str, ...]
    drawing: str  # the picture's name: assets/exercises/<drawing>.svg
    evidence: Evidence
    order: int = 0

    def fits_level(self, level_id: str | None) -> bool:
        """Whether the movement suits a level (any movement suits "no level chosen")."""
        return level_id is None or level_id in self.levels


class RedFlag(NamedTuple):
    """A sign that needs a doctor, how urgently, and what to do."""

    id: str
    question: str
    sign: str
    urgency: Urgency
    action: str
    sources: tuple[str, ...]
    levels: tuple[str, ...] = ()  # empty = a sign for every level

    def applies_to(self, level_id: str | None) -> bool:
        """Whether the sign is asked and shown for ``level_id`` (None: no level chosen)."""
        return _applies_to(self.levels, level_id)


class Content(NamedTuple):
    """The whole guide, cross-checked."""

    guide: Guide
    levels: tuple[Level, ...]
    regions: tuple[Region, ...]
    muscles: dict[str, Muscle]
    zones: dict[str, Zone]
    explanations: dict[str, Explanation]
    steps: tuple[Step, ...]
    red_flags: tuple[RedFlag, ...]
    caution_keys: dict[str, CautionKey]
    sources: dict[str, Source]
    folder: str = ""
    movements: tuple[Movement, ...] = ()

    def movements_for(self, level_id: str | None) -> tuple[Movement, ...]:
        """The gentle movements that suit a level, in the content's order."""
        return tuple(m for m in self.movements if m.fits_level(level_id))

    def region(self, region_id: str) -> Region:
        for region in self.regions:
            if region.id == region_id:
                return region
        raise KeyError(region_id)

    @property
    def region_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.regions)
