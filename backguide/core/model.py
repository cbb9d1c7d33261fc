"""The guide as typed, frozen data.

Everything the app shows comes from these objects; they are built once by
:mod:`backguide.core.content` from the YAML a clinician edits, and nothing
downstream touches raw YAML.

The records are named tuples rather than frozen dataclasses: just as
immutable and picklable, but defining a dataclass runs generated code, and
for these sixteen records that cost about 10 ms of every start of the app.
Being tuples, two records of different kinds with equal fields compare
equal; nothing mixes kinds in one collection. Their annotations are real
types, evaluated as the module loads (no ``from __future__ import
annotations`` here; README, "Named tuples and start-up", says why).
"""

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from backguide.core.wording import Words


class Side(StrEnum):
    """The patient's own side (as they would name it), or the midline.

    The words for a side are in the guide's wording (``sides.left``).
    """

    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"


class Surface(StrEnum):
    """Whether a place where pain is felt lies on the back or the front."""

    BACK = "back"
    FRONT = "front"


class Duration(StrEnum):
    """How long the pain has lasted, in the bands guidelines use (words: ``durations.*``)."""

    ACUTE = "acute"
    SUBACUTE = "subacute"
    CHRONIC = "chronic"


class Urgency(StrEnum):
    """How soon a red-flag sign needs care (words: ``urgency.*``)."""

    EMERGENCY = "emergency"
    SAME_DAY = "same-day"
    SOON = "soon"


def duration_label(words: "Words", duration: Duration) -> str:
    """How long the pain has lasted, in the guide's words ("Under 6 weeks")."""
    return words.text(f"durations.{duration.value}")


def urgency_label(words: "Words", urgency: Urgency) -> str:
    """How soon a tier of warning signs needs care, in the guide's words."""
    return words.text(f"urgency.{urgency.value}")


class EvidenceGrade(NamedTuple):
    """One step of the evidence scale in CLINICAL.md, in the guide's words."""

    id: str
    label: str
    meaning: str
    rank: int  # 0 = strongest; used to order and colour badges


# The scale is fixed by the clinical reference, not by content authors: a
# content file can only point at one of these ids. Each grade's label and
# meaning are the guide's wording (``grades.<id>.label``), so each language
# says them in its own words. "research" is for explanations: a fact good
# studies support, not a treatment.
EVIDENCE_GRADES: dict[str, int] = {
    "guideline": 0, "research": 1, "moderate": 2, "low": 3, "none": 4, "no-benefit": 5,
    "experience": 6,
}


def evidence_scale(words: "Words") -> dict[str, EvidenceGrade]:
    """The evidence scale with each grade's label and meaning in ``words``."""
    return {grade: EvidenceGrade(grade, words.text(f"grades.{grade}.label"),
                                 words.text(f"grades.{grade}.meaning"), rank)
            for grade, rank in EVIDENCE_GRADES.items()}


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

    ``sources`` are the publications that say it; ``experience`` marks one that
    rests on practice (the original guide's author, or ordinary good practice)
    rather than on a publication.
    """

    text: str
    keys: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()  # empty = every level
    experience: bool = False

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
    # The reviewer and the conflict of interest in a few words, for every handout page's footer.
    reviewer_short: str = ""
    conflict_of_interest_short: str = ""
    translation: Translation | None = None  # None: the guide is not a translation
    # Who publishes and reviews the guide, any conflict of interest and, for a
    # translation, where it comes from: one paragraph in the guide's words
    # (see :func:`governance_text`), for Help > About and every handout.
    governance: str = ""
    translation_note: str = ""  # the translation's paragraph alone ("" when reviewed or original)
    # Who publishes and reviews the guide and any conflict of interest, in one or two
    # lines (see :func:`compact_governance`): printed at the foot of every handout page.
    compact_governance: str = ""


def governance_text(guide: Guide, words: "Words") -> tuple[str, str]:
    """The guide's governance paragraph, and its note on a translation still to be reviewed.

    The note says, until a reviewer and a date are filled in, that the guide
    is a translation whose review is pending; after that the paragraph says
    who reviewed it, and there is no note.
    """
    parts = []
    if guide.publisher:
        parts.append(words.text("governance.published", publisher=guide.publisher))
    if guide.reviewer:
        parts.append(words.text("governance.reviewed", reviewer=guide.reviewer,
                                date=words.date(guide.last_reviewed)))
    if guide.conflict_of_interest:
        parts.append(guide.conflict_of_interest)
    note = ""
    translation = guide.translation
    if translation is not None:
        language = f"languages.{translation.from_locale.split('-')[0]}"
        about = {"language": words.text(language) if words.has(language) else translation.from_locale,
                 "version": translation.from_version, "by": translation.by}
        if translation.review_pending or translation.reviewed is None:
            note = words.text("governance.translation_pending", **about)
            parts.append(note)
        else:
            parts.append(words.text("governance.translation_reviewed", **about,
                                    reviewer=translation.reviewer,
                                    date=words.date(translation.reviewed)))
    return " ".join(parts), note


def compact_governance(guide: Guide, words: "Words") -> str:
    """The governance in a line or two for a page's footer: publisher, reviewer and any
    conflict of interest in their short forms (the long ones where no short one is given).

    The review date is not in it: every footer already gives it with the content version.
    A translation's note is not in it either (see :attr:`Guide.translation_note`).
    """
    reviewer = guide.reviewer_short or guide.reviewer
    parts = []
    if guide.publisher and reviewer:
        parts.append(words.text("governance.compact", publisher=guide.publisher, reviewer=reviewer))
    elif guide.publisher:
        parts.append(words.text("governance.published", publisher=guide.publisher))
    conflict = guide.conflict_of_interest_short or guide.conflict_of_interest
    if conflict:
        parts.append(conflict)
    return " ".join(parts)


class Zone(NamedTuple):
    """A place where pain can be felt (a referral zone).

    ``sided`` zones exist once per side (``buttock`` gives the drawn areas
    ``buttock-left`` and ``buttock-right``); midline zones exist once.
    ``explanations`` name the explanation cards the place's page leads to
    (pain at the back of the thigh: sciatica), most relevant first.
    """

    id: str
    name: str
    surface: Surface
    sided: bool
    description: str
    explanations: tuple[str, ...] = ()

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
    """One clickable area of the map: a level on one side of the body.

    ``name`` is the everyday name with the side, in the guide's words ("Low
    back (waist), left"); the medical name (spine_label) is shown with the
    spine level wherever the region is described.
    """

    id: str
    level: Level
    side: Side
    name: str

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

    def words(self, words: "Words") -> str:
        """The dose in plain words, e.g. "10 times, hold 5 seconds, twice a day"."""
        parts = [words.count("dose.minutes", self.minutes) if self.minutes
                 else _times(words, self.reps)]
        if self.hold_seconds:
            parts.append(words.count("dose.hold", self.hold_seconds))
        parts.append(words.text("dose.a_day", times=_times(words, self.times_a_day)))
        return words.series(parts)

    @property
    def text(self) -> str:
        """The dose in the app's English (a guide's pages use :meth:`words`)."""
        from backguide.core.wording import english

        return self.words(english())


def _times(words: "Words", count: int) -> str:
    if count in (1, 2):
        return words.text("dose.once" if count == 1 else "dose.twice")
    return words.text("dose.times", count=count)


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
    """The whole guide, cross-checked, with the words the app writes around it."""

    guide: Guide
    words: "Words"
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
