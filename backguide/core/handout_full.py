"""The full guide as one printed document (``backguide handout --full``).

Everything the guide says about a region (or about back pain in general):
the drawing, where it sends pain, the urgent signs, the muscles, why it
hurts, every self-care step and movement, when to see a professional, and
the sources in the small size, run together to save paper.
"""

from __future__ import annotations

import datetime as dt

from backguide.core import pages
from backguide.core.handout_parts import (
    DRAWING_ANCHOR,
    LARGE_PRINT,
    MOVEMENT_ANCHOR,
    NORMAL_PRINT,
    URGENT_TITLE,
    Handout,
    HandoutOptions,
    cm_to_pt,
    date_text,
    evidence_key,
    language_of,
    style,
    urgent_box,
)
from backguide.core.matching import referred_areas, sources_for_region, steps_for
from backguide.core.model import Content, Movement, Region
from backguide.core.pages import escape
from backguide.core.red_flags import signs_for

# The drawing of the back in the full guide: as on the short handout.
LEGEND = (("region", "The area this is about"),
          ("essential", "Pain usually felt here"),
          ("spillover", "Pain sometimes felt here"),
          ("caption", "Seen from behind: your left is on the left. "
                      "The small figure is seen from the front."))


def build_full_guide(content: Content, region_id: str | None, options: HandoutOptions,
                     today: dt.date, checklist_html: str = "", diary_html: str = "") -> Handout:
    """The full guide for a region (or the general one for ``None``), printed on ``today``.

    ``checklist_html`` and ``diary_html`` are the person's own progress and
    pain diary; they are printed only when the options ask for them.
    Raises ``KeyError`` for an unknown region id.
    """
    sizes = LARGE_PRINT if options.large_print else NORMAL_PRINT
    guide = content.guide
    region = content.region(region_id) if region_id is not None else None
    heading = _region_heading(region) if region else "Back pain: what can help"
    parts = [f"<html><head><style>{style(sizes)}</style></head><body>",
             f'<p class="kicker">{escape(guide.title.upper())} &middot; PATIENT HANDOUT</p>',
             f"<h1>{escape(heading)}</h1>"]
    parts.append(
        f'<p class="meta">Printed {date_text(today)} &middot; Content version '
        f"{escape(guide.version)}, reviewed {date_text(guide.last_reviewed)}, "
        f"next review due {date_text(guide.next_review)}</p><hr>")
    # Red flags come early: right below the drawing (or the key messages), on
    # page 1 when the box fits there, else at the top of page 2, whole.
    level_id = region.level.id if region else None
    box = urgent_box(content, sizes, (level_id,) if level_id else (), listed=True)
    legend: tuple[tuple[str, str], ...] = ()
    essential: list[str] = []
    spillover: list[str] = []
    if region is not None:
        essential, spillover = referred_areas(content, region)
        legend = LEGEND
        parts.append(_drawing_and_referral(content, region))
        parts.append(box)
        parts.append(_muscles(content, region))
        parts.append("<h2>Why it can hurt</h2>")
        parts.extend(pages.explanation_html(content.explanations[e], "h3", badge_beside=True,
                                            icon=True)
                     for e in region.level.explanations)
        sources = _with_red_flag_sources(content, sources_for_region(content, region), level_id)
    else:
        parts.append(_good_to_know(content))
        parts.append(box)
        sources = _general_sources(content)
    steps = steps_for(content, level_id)
    parts.append("<h2>What may help</h2>")
    parts.append("<p>Tick the box when you have tried a step. Each step says how sure the "
                 "research is that it helps:</p>")
    parts.append(evidence_key([s.evidence.grade for s in steps]))
    parts.extend(pages.step_html(step, "h3", tick_box=True, badge_beside=True, level_id=level_id,
                                 icon=True)
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
    parts.append(_references(content, sources))
    parts.append("</body></html>")
    subject = region.name if region else "general advice"
    return Handout(
        title=f"{guide.title}: the full guide - {subject}",
        heading=heading,
        html="".join(parts),
        options=options,
        sizes=sizes,
        footer=f"{guide.title}, the full guide: {subject}. Content version {guide.version}, "
               f"reviewed {date_text(guide.last_reviewed)}.",
        footer_note=guide.governance,
        region_ids=(region.id,) if region else (),
        essential=tuple(essential),
        spillover=tuple(spillover),
        legend=legend,
        drawing_height_pt=cm_to_pt(sizes.drawing_cm) if region else 0.0,
        movement_drawings=tuple(m.drawing for m in movements),
        movement_height_pt=cm_to_pt(sizes.movement_cm * 1.4),
        author=guide.publisher,
        subject=f"Back pain self-care: {subject}",
        language=language_of(content),
    )


def _region_heading(region: Region) -> str:
    return f"{region.name} side"


def _references(content: Content, source_ids: list[str]) -> str:
    """The sources as one numbered run of small text, as leaflets print them."""
    items = []
    for number, sid in enumerate(source_ids, 1):
        source = content.sources[sid]
        text = escape(source.citation) + (f" {escape(source.url)}" if source.url else "")
        items.append(f"<b>{number}.</b>&nbsp;{text}")
    return f'<p class="refs" style="margin-top: 1em;"><b>Sources:</b> {" &nbsp; ".join(items)}</p>'


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
            f'<td width="60%" valign="top"><h3>{pages.TICK_BOX}&nbsp;{escape(movement.title)}&nbsp;&nbsp;'
            f"{pages.badge(movement.evidence.grade, nowrap=True, icon=True)}</h3>"
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
