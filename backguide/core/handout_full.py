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
    FLOWS_ANCHOR,
    LARGE_PRINT,
    LEGEND_ANCHOR,
    MOVEMENT_ANCHOR,
    NORMAL_PRINT,
    Handout,
    HandoutOptions,
    cm_to_pt,
    drawing_words,
    evidence_key,
    language_of,
    page_words,
    style,
    urgent_box,
)
from backguide.core.handout_plan import footer_note, regions_heading
from backguide.core.handout_plan import legend as drawing_legend
from backguide.core.matching import referred_areas, sources_for_region, steps_for, zone_area
from backguide.core.model import Content, Movement, Region
from backguide.core.movements import stop_if_run
from backguide.core.pages import escape
from backguide.core.red_flags import signs_for
from backguide.core.region_sections import help_groups
from backguide.core.wording import Words


def build_full_guide(content: Content, region_id: str | None, options: HandoutOptions,
                     today: dt.date, checklist_html: str = "", diary_html: str = "") -> Handout:
    """The full guide for a region (or the general one for ``None``), printed on ``today``.

    ``checklist_html`` and ``diary_html`` are the person's own progress and
    pain diary; they are printed only when the options ask for them.
    Raises ``KeyError`` for an unknown region id.
    """
    sizes = LARGE_PRINT if options.large_print else NORMAL_PRINT
    guide = content.guide
    words = content.words
    region = content.region(region_id) if region_id is not None else None
    heading = regions_heading([region] if region else [], words)
    parts = [f"<html><head><style>{style(sizes)}</style></head><body>",
             f'<p class="kicker">{escape(guide.title.upper())} &middot; '
             f"{words.html('handout.kicker')}</p>",
             f"<h1>{escape(heading)}</h1>"]
    parts.append(
        f'<p class="meta">{words.html("handout.printed", date=words.date(today))} &middot; '
        + words.html("handout.version_reviewed_next", version=guide.version,
                     date=words.date(guide.last_reviewed), next=words.date(guide.next_review))
        + "</p><hr>")
    # Red flags come early: right below the drawing (or the key messages), in the same one
    # column of runs as the two-page handout. Where the whole box does not fit under the
    # drawing (large print, a wordier language) it runs on to page 2 under its title printed
    # again, rather than leave most of page 1 empty.
    level_id = region.level.id if region else None
    box = urgent_box(content, sizes, (level_id,) if level_id else (), runs_on=True)
    legend: tuple[tuple[str, str], ...] = ()
    essential: list[str] = []
    spillover: list[str] = []
    if region is not None:
        essential, spillover = referred_areas(content, region)
        legend = drawing_legend(words)
        parts.append(_drawing_and_referral(content, region, below=options.large_print))
        parts.append(box)
        parts.append(_muscles(content, region))
        parts.append(f"<h2>{words.html('handout.why_it_can_hurt')}</h2>")
        parts.extend(pages.explanation_html(content.explanations[e], "h3", badge_beside=True,
                                            icon=True, words=words)
                     for e in region.level.explanations)
        sources = _with_red_flag_sources(content, sources_for_region(content, region), level_id)
    else:
        parts.append(_good_to_know(content))
        parts.append(box)
        sources = _general_sources(content)
    steps = steps_for(content, level_id)
    parts.append(f"<h2>{words.html('sections.what_may_help')}</h2>")
    parts.append(f"<p>{words.html('handout.tick_the_box')}</p>")
    parts.append(evidence_key([s.evidence.grade for s in steps]))
    parts.append(_steps_by_group(content, level_id))
    movements = list(content.movements_for(region.level.id)) if region else []
    if movements:
        parts.append(_movements(movements, words))
    if options.include_checklist and checklist_html:
        parts.append(f"<h2>{words.html('handout.your_progress')}</h2>{checklist_html}")
    if options.include_diary and diary_html:
        parts.append(f"<h2>{words.html('handout.your_diary')}</h2>{diary_html}")
    pointer = words.html("handout.urgent_box_pointer", title=words.text("handout.urgent_title"))
    parts.append(pages.see_a_professional_html(content, "h2", pointer, level_id))
    parts.append(f'<p class="meta"><i>{escape(guide.disclaimer)}</i></p>')
    if guide.governance:
        parts.append(f'<p class="meta">{escape(guide.governance)}</p>')
    parts.append(_references(content, sources))
    parts.append("</body></html>")
    subject = region.name if region else words.text("handout.general_subject")
    return Handout(
        title=words.text("handout.full_title", guide=guide.title, subject=subject),
        heading=heading,
        html="".join(parts),
        options=options,
        sizes=sizes,
        footer=words.text("handout.full_footer", guide=guide.title, subject=subject,
                          version=guide.version, date=words.date(guide.last_reviewed)),
        footer_note=footer_note(content),
        region_ids=(region.id,) if region else (),
        essential=tuple(essential),
        spillover=tuple(spillover),
        legend=legend,
        drawing_height_pt=cm_to_pt(sizes.drawing_cm) if region else 0.0,
        movement_drawings=tuple(m.drawing for m in movements),
        movement_height_pt=cm_to_pt(sizes.movement_cm),
        disclaimer=words.text("handout.disclaimer"),
        page_words=page_words(words),
        drawing_words=drawing_words(words),
        author=guide.publisher,
        subject=words.text("handout.full_pdf_subject", subject=subject),
        language=language_of(content),
    )


def _references(content: Content, source_ids: list[str]) -> str:
    """The sources as one numbered run of small text, as leaflets print them."""
    items = []
    for number, sid in enumerate(source_ids, 1):
        source = content.sources[sid]
        text = escape(source.citation) + (f" {escape(source.url)}" if source.url else "")
        items.append(f"<b>{number}.</b>&nbsp;{text}")
    return (f'<p class="refs" style="margin-top: 1em;"><b>{content.words.html("handout.sources")}'
            f'</b> {" &nbsp; ".join(items)}</p>')


def _drawing_and_referral(content: Content, region: Region, below: bool = False) -> str:
    """The drawing's place (left) beside where the region can send pain, the map's caveat
    and the drawing's key (right): no taller than the drawing, so the urgent signs start
    below it on page 1. ``below`` (large print) puts the region's spine level and where it
    can send pain under the drawing, across the page."""
    words = content.words
    essential, spillover = referred_areas(content, region)
    runs = "".join(
        f"<p>{words.html(f'handout.{kind}_short', places=words.series(_places(content, areas)))}</p>"
        for kind, areas in (("usually", essential), ("sometimes", spillover)) if areas)
    where = ("<p>" + words.html("handout.spine_level_name", vertebrae=region.level.vertebrae,
                                name=region.level.spine_label,
                                description=region.level.description) + "</p>"
             f"<h2>{words.html('panel.where_it_sends')}</h2>{runs}")
    key = (f'<p class="caption"><i>{escape(content.guide.map_caveat)}</i></p>'
           f'<p><a name="{LEGEND_ANCHOR}">&nbsp;</a></p>')
    left = 52 if below else 50
    return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{left}%" valign="top"><p><a name="{DRAWING_ANCHOR}">&nbsp;</a></p></td>'
            f'<td width="{100 - left}%" valign="top">{"" if below else where}{key}</td></tr></table>'
            + (where if below else ""))


# What a person is advised to try has a box to tick: what guidelines advise, or what
# trials of moderate quality found helps. A remedy resting on little evidence (one small
# trial, say) is information, like practitioners' experience.
TO_TRY_GRADES = ("guideline", "moderate")


def _steps_by_group(content: Content, level_id: str | None) -> str:
    """The steps as the app groups them, from "Try first" to "Tested, and no benefit
    shown". Only what a person is advised to try has a box to tick (see
    :data:`TO_TRY_GRADES`); practitioners' experience, remedies not tested for back pain and
    what was tested without benefit are information, each group saying so."""
    words = content.words
    parts = []
    for group in help_groups(content, level_id):
        parts.append(f"<h2>{escape(group.title)}</h2>")
        if group.key in INFORMATION_ONLY:
            parts.append(f"<p>{words.html(INFORMATION_ONLY[group.key])}</p>")
        parts.extend(pages.step_html(step, "h3", tick_box=step.evidence.grade.id in TO_TRY_GRADES,
                                     badge_beside=True,
                                     level_id=level_id, icon=True, words=words)
                     for step in group.steps)
    return "".join(parts)


INFORMATION_ONLY = {"experience": "handout.experience_intro",
                    "not-recommended": "sections.no_benefit_intro"}


def _places(content: Content, areas: list[str]) -> list[str]:
    return [zone_area(content, a).zone.name for a in areas]


def _movements(movements: list[Movement], words: Words) -> str:
    """Each movement as its picture's place (left) beside its steps and dose (right)."""
    parts = [f"<h2>{words.html('sections.gentle_movements')}</h2>",
             f"<p>{words.html('handout.movements_here')}</p>"]
    for movement in movements:
        stop = stop_if_run(movement, words)
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
            # The text beside the picture may run on to the next page, as a long step's
            # does, rather than leave a third of a page empty.
            f'<td width="40%" valign="top"><p><a name="{MOVEMENT_ANCHOR}{movement.drawing}">'
            f'&nbsp;</a><a name="{FLOWS_ANCHOR}">&nbsp;</a></p></td>'
            f'<td width="60%" valign="top"><h3>{pages.TICK_BOX}&nbsp;{escape(movement.title)}&nbsp;&nbsp;'
            f"{pages.badge(movement.evidence.grade, nowrap=True, icon=True)}</h3>"
            f"<p>{escape(movement.purpose)}</p>"
            "<ol>" + "".join(f"<li>{escape(s)}</li>" for s in movement.steps) + "</ol>"
            f"<p><b>{words.html('movements.how_much')}</b> {escape(movement.dose.words(words))}.</p>"
            f"<p><b>{words.html('movements.stop_if')}</b> {escape(stop)}.</p>"
            + (f"<p><b>{words.html('movements.take_care')}</b> "
               f"{escape(' '.join(movement.take_care))}</p>" if movement.take_care else "")
            + "</td></tr></table>")
    return "".join(parts)


def _muscles(content: Content, region: Region) -> str:
    items = []
    for mid in region.muscles:
        muscle = content.muscles[mid]
        items.append(f"<li><b>{escape(muscle.name)}</b> ({escape(muscle.latin)}): "
                     f"{escape(muscle.location)}</li>")
    return (f"<h2>{content.words.html('handout.muscles_here')}</h2><ul>" + "".join(items)
            + "</ul>")


def _good_to_know(content: Content) -> str:
    guide = content.guide
    words = content.words
    messages = "".join(f"<li>{escape(m.text)}</li>" for m in guide.core_messages)
    return (f"<p>{words.html('handout.full_intro', guide=guide.title)}</p>"
            f"<h2>{words.html('handout.good_to_know')}</h2><ul>{messages}</ul>")


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
