"""The printed handout as HTML (Qt's rich-text subset), built from the guide.

A handout is for one region of the back, or a general one when no region is
chosen. It carries the red flags on every copy (CLINICAL.md, rule 2), the
content version and review date (as NHS patient-information standards ask),
and evidence labels whose words say what their colours say, so it reads the
same in black and white.

All sizes are points: the HTML is laid out for a printer, where CSS pixels
are device pixels. The drawing is not in the HTML. A paragraph holding the
anchor :data:`DRAWING_ANCHOR` marks its place; :mod:`backguide.ui.printing.render`
gives that paragraph the drawing's height and paints the drawing there as
vector art.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from backguide.core import pages
from backguide.core.matching import referred_areas, sources_for_region, steps_for
from backguide.core.model import Content, Movement, Region, Step, Urgency
from backguide.core.red_flags import own_action, shared_action, sign_groups, signs_for

PAPERS = ("a4", "letter")
DRAWING_ANCHOR = "backguide-drawing"
# A paragraph holding an anchor named this plus a movement's drawing marks where its
# picture goes; the printing code paints the picture there as vector art.
MOVEMENT_ANCHOR = "backguide-movement-"
# Paper sizes in the Americas and the Philippines are US Letter; elsewhere A4.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA",
                              "PR", "SV", "DO", "NI", "BZ"})
DISCLAIMER_LINE = "Not a diagnosis. Not a substitute for medical care."
URGENT_TITLE = "Get help now if..."
HEADING_COLOUR = "#1d3b5a"
URGENT_COLOUR = "#b3261e"
URGENT_BACKGROUND = "#fdf1f0"


class HandoutError(Exception):
    """A handout cannot be made, saved or printed; the message says why in plain words."""


@dataclass(frozen=True)
class HandoutOptions:
    """What the person chose for the handout."""

    paper: str = "a4"  # one of PAPERS
    large_print: bool = False
    include_checklist: bool = False
    include_diary: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise HandoutError(f"unknown paper size '{self.paper}' (choose a4 or letter)")


@dataclass(frozen=True)
class TypeSizes:
    """Point sizes for one print size."""

    body: float
    small: float
    h1: float
    h2: float
    h3: float
    urgent: float


NORMAL_PRINT = TypeSizes(body=10.5, small=8.5, h1=21, h2=14.5, h3=11.5, urgent=15)
LARGE_PRINT = TypeSizes(body=14, small=12, h1=27, h2=19, h3=15.5, urgent=19)


@dataclass(frozen=True)
class Handout:
    """One handout, ready to print: its HTML and what the drawing must show."""

    title: str  # also the print job's name
    heading: str
    html: str
    options: HandoutOptions
    sizes: TypeSizes
    footer: str  # the guide's name, subject and content version
    footer_note: str = ""  # who publishes and reviews the guide, and any conflict of interest
    region_id: str | None = None
    essential: tuple[str, ...] = ()  # drawn zone area ids, pain usually felt
    spillover: tuple[str, ...] = ()  # pain sometimes felt
    legend: tuple[tuple[str, str], ...] = ()  # (kind, words): region, essential, spillover
    drawing_height_pt: float = 0.0  # 0 = no drawing
    movement_drawings: tuple[str, ...] = ()  # the movement pictures to paint, in order
    disclaimer: str = field(default=DISCLAIMER_LINE)

    @property
    def has_drawing(self) -> bool:
        return self.drawing_height_pt > 0


def default_paper(locale_name: str) -> str:
    """``letter`` where US Letter is the usual paper (from a name like ``en_US``), else ``a4``."""
    country = locale_name.replace("-", "_").split(".")[0].split("@")[0].split("_")[-1].upper()
    return "letter" if country in LETTER_COUNTRIES else "a4"


def build_handout(content: Content, region_id: str | None, options: HandoutOptions,
                  today: dt.date, checklist_html: str = "", diary_html: str = "") -> Handout:
    """The handout for a region (or the general one for ``None``), printed on ``today``.

    ``checklist_html`` and ``diary_html`` are the person's own progress and
    pain diary; they are printed only when the options ask for them.
    Raises ``KeyError`` for an unknown region id.
    """
    sizes = LARGE_PRINT if options.large_print else NORMAL_PRINT
    guide = content.guide
    region = content.region(region_id) if region_id is not None else None
    heading = _region_heading(region) if region else "Back pain: what can help"
    parts = [f"<html><head><style>{_style(sizes)}</style></head><body>",
             f'<p class="kicker">{escape(guide.title.upper())} &middot; PATIENT HANDOUT</p>',
             f"<h1>{escape(heading)}</h1>"]
    parts.append(
        f'<p class="meta">Printed {_date(today)} &middot; Content version '
        f"{escape(guide.version)}, reviewed {_date(guide.last_reviewed)}, "
        f"next review due {_date(guide.next_review)}</p><hr>")
    # Red flags come early: right below the drawing (or the key messages), on
    # page 1 when the box fits there, else at the top of page 2, whole.
    level_id = region.level.id if region else None
    urgent_box = _urgent_box(content, sizes, level_id)
    legend: tuple[tuple[str, str], ...] = ()
    essential: list[str] = []
    spillover: list[str] = []
    if region is not None:
        essential, spillover = referred_areas(content, region)
        legend = (("region", "The area this handout is about"),
                  ("essential", "Pain usually felt here"),
                  ("spillover", "Pain sometimes felt here"))
        parts.append(_drawing_and_referral(content, region))
        parts.append(urgent_box)
        parts.append(_muscles(content, region))
        parts.append("<h2>Why it can hurt</h2>")
        parts.extend(pages.explanation_html(content.explanations[e], "h3", badge_beside=True)
                     for e in region.level.explanations)
        sources = _with_red_flag_sources(content, sources_for_region(content, region), level_id)
    else:
        parts.append(_good_to_know(content))
        parts.append(urgent_box)
        sources = _general_sources(content)
    steps = steps_for(content, level_id)
    parts.append("<h2>What may help</h2>")
    parts.append("<p>Tick the box when you have tried a step. Each step says how sure the "
                 "research is that it helps:</p>")
    parts.append(_evidence_key(steps))
    parts.extend(pages.step_html(step, "h3", tick_box=True, badge_beside=True, level_id=level_id)
                 for step in steps)
    movements = list(content.movements_for(region.level.id)) if region else []
    if movements:
        parts.append(_movements(movements))
    if options.include_checklist and checklist_html:
        parts.append(f"<h2>Your progress</h2>{checklist_html}")
    if options.include_diary and diary_html:
        parts.append(f"<h2>Your pain diary</h2>{diary_html}")
    parts.append(pages.see_a_professional_html(
        content, "h2", f"the box <b>{escape(URGENT_TITLE)}</b> near the start of this handout",
        level_id))
    parts.append(f'<p class="meta"><i>{escape(guide.disclaimer)}</i></p>')
    if guide.governance:
        parts.append(f'<p class="meta">{escape(guide.governance)}</p>')
    # References in the small size, as leaflets print them.
    parts.append(f'<div class="refs">{pages.sources_html(content, sources, "h2")}</div>')
    parts.append("</body></html>")
    subject = region.name if region else "general advice"
    return Handout(
        title=f"{guide.title} handout - {subject}",
        heading=heading,
        html="".join(parts),
        options=options,
        sizes=sizes,
        footer=f"{guide.title} handout: {subject}. Content version {guide.version}.",
        footer_note=guide.governance,
        region_id=region.id if region else None,
        essential=tuple(essential),
        spillover=tuple(spillover),
        legend=legend,
        drawing_height_pt=DRAWING_HEIGHT_PT if region else 0.0,
        movement_drawings=tuple(m.drawing for m in movements),
    )


# About 7.6 cm (8.8 cm with its legend): big enough to find the region, small enough
# to share page 1 with the red flags, on Letter paper too.
DRAWING_HEIGHT_PT = 7.6 / 2.54 * 72


def _date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _region_heading(region: Region) -> str:
    return f"{region.name} side"


def _style(sizes: TypeSizes) -> str:
    # Qt's rich text reads margins in px or em only (pt margins are dropped);
    # em keeps the spacing in step with the type size, large print included.
    return (
        f"h1 {{ font-size: {sizes.h1}pt; color: {HEADING_COLOUR}; margin-top: 0em; "
        "margin-bottom: 0.1em; }"
        f"h2 {{ font-size: {sizes.h2}pt; color: {HEADING_COLOUR}; margin-top: 0.55em; "
        "margin-bottom: 0.2em; }"
        f"h3 {{ font-size: {sizes.h3}pt; margin-top: 0.6em; margin-bottom: 0.15em; }}"
        "p { margin-top: 0.1em; margin-bottom: 0.25em; }"
        "ul, ol { margin-top: 0.1em; margin-bottom: 0.3em; }"
        "li { margin-bottom: 0.1em; }"
        f".kicker {{ font-size: {sizes.small}pt; color: #5b5b5b; font-weight: bold; "
        "margin-bottom: 0em; }"
        f".meta {{ font-size: {sizes.small}pt; color: #444444; }}"
        f".key, .refs {{ font-size: {sizes.small}pt; }}"
    )


def _drawing_and_referral(content: Content, region: Region) -> str:
    """The drawing's place (left) beside where the region can send pain (right)."""
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="44%" valign="top"><p><a name="{DRAWING_ANCHOR}">&nbsp;</a></p></td>'
        '<td width="56%" valign="top">'
        f"<p><b>Spine level {escape(region.level.vertebrae)} "
        f"({escape(region.level.spine_label)}).</b> "
        f"{escape(region.level.description)}</p>"
        f"{pages.referral_html(content, region, heading='h2', caveat=False)}"
        "</td></tr></table>"
        f'<p class="meta"><i>{escape(content.guide.map_caveat)}</i></p>'
    )


def _movements(movements: list[Movement]) -> str:
    """Each movement as its picture's place (left) beside its steps and dose (right)."""
    parts = ["<h2>Gentle movements</h2>",
             "<p>Movements that suit this part of the back. Do them slowly. Stop if a movement "
             "causes sharp or spreading pain; mild discomfort is normal.</p>"]
    for movement in movements:
        stop = "; or ".join(s.rstrip(".") if i == 0 else s[:1].lower() + s[1:].rstrip(".")
                            for i, s in enumerate(movement.stop_if))
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
            f'<td width="40%" valign="top"><p><a name="{MOVEMENT_ANCHOR}{movement.drawing}">'
            "&nbsp;</a></p></td>"
            f'<td width="60%" valign="top"><h3>{pages.TICK_BOX}&nbsp;{escape(movement.title)}</h3>'
            f"<p>{escape(movement.purpose)}</p>"
            "<ol>" + "".join(f"<li>{escape(s)}</li>" for s in movement.steps) + "</ol>"
            f"<p><b>How much:</b> {escape(movement.dose.text)}.</p>"
            f"<p><b>Stop if:</b> {escape(stop)}.</p>"
            + (f"<p><b>Take care:</b> {escape(' '.join(movement.take_care))}</p>"
               if movement.take_care else "")
            + "</td></tr></table>")
    return "".join(parts)


def _muscles(content: Content, region: Region) -> str:
    items = []
    for mid in region.muscles:
        muscle = content.muscles[mid]
        items.append(f"<li><b>{escape(muscle.name)}</b> ({escape(muscle.latin)}): "
                     f"{escape(muscle.location)}</li>")
    return "<h2>Muscles in this area</h2><ul>" + "".join(items) + "</ul>"


def _good_to_know(content: Content) -> str:
    guide = content.guide
    messages = "".join(f"<li>{escape(m.text)}</li>" for m in guide.core_messages)
    return (f"<p>{escape(guide.title)} explains where back pain can come from and what may "
            "help, with how sure the research is. This handout gives the general advice; "
            "the guide has more about each part of the back.</p>"
            f"<h2>Good to know</h2><ul>{messages}</ul>")


def _urgent_box(content: Content, sizes: TypeSizes, level_id: str | None) -> str:
    """The red flags that need help now or today, in a box that stands out in black and white.

    The signs for everyone come first; a level's own signs (the neck's) follow
    under their own heading, on that level's handouts and the general one.
    """
    groups = sign_groups(content, level_id)
    rows = []
    for group in groups:
        columns = []
        # Same-day signs outnumber emergency ones: a wider column keeps the box short.
        for urgency, width in ((Urgency.EMERGENCY, 43), (Urgency.SAME_DAY, 57)):
            flags = group.with_urgency(urgency)
            if not flags:
                continue
            lead = shared_action(flags)
            items = []
            for flag in flags:
                own = own_action(flag, lead)
                items.append(f"<li>{escape(flag.sign)}{'. ' + escape(own) if own else ''}</li>")
            columns.append(
                f'<td width="{width}%" valign="top">'
                f'<p style="color: {URGENT_COLOUR};"><b>{escape(urgency.label.upper())}</b></p>'
                f"<p><b>{escape(lead)}</b></p><ul>{''.join(items)}</ul></td>")
        if not columns:
            continue
        if group.level is not None:
            rows.append(f'<tr><td colspan="2" bgcolor="{URGENT_BACKGROUND}">'
                        f'<p style="font-size: {sizes.h3}pt; color: {URGENT_COLOUR};">'
                        f"<b>{escape(group.title)}</b></p></td></tr>")
        if len(columns) == 1:
            columns[0] = columns[0].replace("<td ", '<td colspan="2" ', 1)
        rows.append(f'<tr>{"".join(columns)}</tr>')
    span = 2
    return (
        f'<table width="100%" border="2" cellspacing="0" cellpadding="5" '
        f'style="border-color: {URGENT_COLOUR}; border-style: solid; border-collapse: collapse;">'
        f'<tr><td colspan="{span}" bgcolor="{URGENT_COLOUR}">'
        f'<p style="font-size: {sizes.urgent}pt; color: #ffffff; font-weight: bold; margin: 0em;">'
        f"&#9888; {escape(URGENT_TITLE)}<span style=\"font-size: {sizes.body}pt;\">&nbsp; "
        "your back pain comes with any of these signs:</span></p></td></tr>"
        f'{"".join(rows)}'
        f'<tr><td colspan="{span}" bgcolor="{URGENT_BACKGROUND}"><p class="key"><i>'
        "One of these signs does not mean you have a serious illness, but it needs a doctor "
        "to check it.</i></p></td></tr></table>"
    )


def _evidence_key(steps: list[Step]) -> str:
    """What each evidence label used in the handout means."""
    grades = sorted({s.evidence.grade for s in steps}, key=lambda g: g.rank)
    rows = "".join(f'<tr><td valign="top">{pages.badge(g)}</td>'
                   f'<td valign="top"><span class="key">{escape(g.meaning)}</span></td></tr>'
                   for g in grades)
    return f'<table cellspacing="0" cellpadding="2">{rows}</table>'


def _general_sources(content: Content) -> list[str]:
    cited: list[str] = []
    groups = [m.sources for m in content.guide.core_messages]
    groups += [s.evidence.sources for s in steps_for(content, None)]
    for group in groups:
        cited.extend(s for s in group if s not in cited)
    return _with_red_flag_sources(content, cited, None)


def _with_red_flag_sources(content: Content, cited: list[str], level_id: str | None) -> list[str]:
    """Every handout prints the red flags, so it cites their sources too."""
    cited = list(cited)
    for flag in signs_for(content, level_id):
        cited.extend(s for s in flag.sources if s not in cited)
    return cited
