"""The short handout a practitioner hands over: two pages (three in large print).

Page 1: the title, the drawing with the chosen regions and where they can
send pain, the urgent signs (always on page 1) and the signs to see someone
soon. Page 2, "Your plan" (:mod:`backguide.core.handout_plan_page`): the
chosen steps and movements with their doses and evidence labels, what is not
recommended (never with a box to tick), notes and the follow-up. Every page's
footer says who publishes and reviews the guide. A :class:`HandoutPlan` says
what was chosen; the default plan for a region is its "Try first" steps and a
few movements for its level. The handout carries tighter versions of itself
(:class:`Fit`) for the printing code to choose from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from backguide.core.handout_choices import Clinic, Fit, HandoutPlan, MovementChoice
from backguide.core.handout_parts import (
    COMPACT_PRINT,
    DRAWING_ANCHOR,
    FLOWS_ANCHOR,
    LARGE_PRINT,
    LEGEND_ANCHOR,
    LOGO_RESOURCE,
    NORMAL_PRINT,
    Handout,
    HandoutOptions,
    TypeSizes,
    cm_to_pt,
    drawing_words,
    language_of,
    page_words,
    style,
    urgent_box,
)
from backguide.core.handout_plan_page import content_movement, plan_page, see_someone_soon
from backguide.core.matching import referred_areas, zone_area
from backguide.core.model import Content, Region, StepKind
from backguide.core.pages import escape, side_word
from backguide.core.region_sections import help_groups
from backguide.core.wording import Words, english

# Clinic, HandoutPlan and MovementChoice live in handout_choices; they are the plan's words.
__all__ = ["DEFAULT_MOVEMENTS", "FEWEST_MOVEMENTS", "LARGE_PRINT_FEWEST_MOVEMENTS",
           "LARGE_PRINT_MOVEMENTS", "LARGE_TIGHTER", "TIGHTER", "Clinic", "Fit", "HandoutPlan",
           "MovementChoice", "build_plan_handout", "default_plan", "drawing_and_referral",
           "footer_note", "legend", "regions_heading"]

# A region's default handout offers three movements and keeps at least two when the
# pages are full (in large print two, and at least one).
DEFAULT_MOVEMENTS = 3
FEWEST_MOVEMENTS = 2
LARGE_PRINT_MOVEMENTS = 2
LARGE_PRINT_FEWEST_MOVEMENTS = 1


def legend(words: Words) -> tuple[tuple[str, str], ...]:
    """The drawing's key: each marking with its words, then the caption."""
    return (("region", words.text("handout.legend_region")),
            ("essential", words.text("handout.legend_essential")),
            ("spillover", words.text("handout.legend_spillover")),
            ("caption", words.text("handout.legend_caption")))


def default_plan(content: Content, region_id: str | None,
                 movements: int = DEFAULT_MOVEMENTS) -> HandoutPlan:
    """A region's default handout: its "Try first" steps, what is not recommended, and a
    few movements for its level (the general handout: the same for the whole back).

    Advice to see someone is left out: every handout prints the signs to see a doctor or
    physiotherapist soon, which say it better.
    """
    level_id = content.region(region_id).level.id if region_id else None
    groups = {g.key: g for g in help_groups(content, level_id)}
    steps = [s.id for key in ("try-first", "not-recommended") if key in groups
             for s in groups[key].steps if s.kind is not StepKind.SEE_SOMEONE]
    chosen = content.movements_for(level_id)[:movements]
    return HandoutPlan(regions=(region_id,) if region_id else (), steps=tuple(steps),
                       movements=tuple(MovementChoice(m.id) for m in chosen))


def build_plan_handout(content: Content, plan: HandoutPlan, options: HandoutOptions,
                       today: dt.date, extras: str = "", chosen_only: bool = False,
                       fewest_movements: int | None = None) -> Handout:
    """The two-page handout for ``plan``, printed on ``today``.

    Shows what the plan chose plus the fixed safety parts (the urgent signs,
    the signs to see someone soon, the disclaimer), nothing else. Raises
    ``KeyError`` for an id the guide does not know (see :meth:`HandoutPlan.check`).
    ``extras`` (the person's own progress or diary) follows the plan when given.
    ``chosen_only`` (a practitioner's template) leaves out the general "Good to
    know" messages a handout without regions shows in place of the drawing.

    A wordier language or smaller paper may not fit: the handout carries tighter versions
    of itself (see :data:`TIGHTER`), and the printing code prints the first whose urgent
    box is whole on page 1 within its pages. ``fewest_movements`` (a region's default
    plan, not a practitioner's choice) lets those versions leave out the last movements,
    down to that many (see :func:`_fits`).
    """
    large = options.large_print
    count = len(plan.movements)
    fewest = min(count, fewest_movements if fewest_movements is not None else count)
    fits = _fits(large, count, fewest)
    versions = [_plan_handout(content, plan, options, today, extras, chosen_only, fit)
                for fit in fits]
    return replace(versions[0], most_pages=3 if large else 2, tighter=tuple(versions[1:]))


# How a handout is tightened, one step more in each version.
TIGHTER = (Fit(short_referral=True),
           Fit(short_referral=True, compact_print=True),
           Fit(short_referral=True, compact_print=True, short_steps=True),
           Fit(short_referral=True, compact_print=True, short_steps=True, urgent_first=True))
# Large print never makes its type smaller; its steps are short already, and shortest
# (their titles and labels) in the last version.
LARGE_TIGHTER = (Fit(urgent_runs_on=True),
                 Fit(urgent_runs_on=True, short_referral=True),
                 Fit(urgent_runs_on=True, short_referral=True, short_steps=True))


def _fits(large: bool, count: int, fewest: int) -> list[Fit]:
    """The versions a handout tries, in order: as built, then each tighter one. A default
    plan leaves out its last movements (down to ``fewest`` of its ``count``) after the
    first tightening in normal print (one line less for notes), before any type is made
    smaller, and only before the last version in large print, whose pictures and type
    stay large."""
    ladder = [Fit(), *(LARGE_TIGHTER if large else TIGHTER)]
    drop_at = len(ladder) - 1 if large else 2
    fits = [replace(fit, movements=count) for fit in ladder[:drop_at]]
    fits += [replace(ladder[drop_at - 1], movements=n) for n in range(count - 1, fewest - 1, -1)]
    fits += [replace(fit, movements=fewest) for fit in ladder[drop_at:]]
    return fits


def _plan_handout(content: Content, plan: HandoutPlan, options: HandoutOptions, today: dt.date,
                  extras: str, chosen_only: bool, fit: Fit) -> Handout:
    sizes = (LARGE_PRINT if options.large_print
             else COMPACT_PRINT if fit.compact_print else NORMAL_PRINT)
    guide = content.guide
    words = content.words
    plan = replace(plan, movements=plan.movements[:fit.movements])
    regions = [content.region(r) for r in plan.regions]
    level_ids = tuple(dict.fromkeys(r.level.id for r in regions))
    heading = regions_heading(regions, words)
    essential, spillover = _areas(content, regions)
    # Who it is for and when it was printed go beside the kicker; the content version and
    # its review date are in every page's footer.
    meta = ([words.html("handout.for_patient", patient=plan.patient)] if plan.patient else [])
    meta.append(words.html("handout.printed", date=words.date(today)))
    parts = [f"<html><head><style>{style(sizes)}</style></head><body>",
             _header(plan, guide.title, words, " &middot; ".join(meta)),
             f"<h1>{escape(heading)}</h1>"]
    large = options.large_print
    box = urgent_box(content, sizes, level_ids, footnote=not (large or fit.compact_print),
                     runs_on=fit.urgent_runs_on)
    if large or fit.compact_print:  # just below the box: the box itself is shorter
        box += f'<p class="box"><i>{words.html("handout.urgent_footnote")}</i></p>'
    # The signs to see someone soon follow the urgent ones, on page 1 where there is room.
    soon = see_someone_soon(content, level_ids, sizes)
    about = drawing_and_referral(content, regions, sizes, short=fit.short_referral,
                                 below=fit.urgent_first) if regions \
        else "" if chosen_only else _good_to_know(content, short=fit.short_referral)
    if large:
        # In large print the urgent signs come first, whole on page 1; the drawing follows.
        parts += [box, soon, about,
                  plan_page(content, plan, sizes, level_ids, fit, new_page=False)]
    elif fit.urgent_first:  # the urgent signs first, whole on page 1; the drawing follows
        parts += [box, about, soon, plan_page(content, plan, sizes, level_ids, fit)]
    else:
        parts += [about, box, soon, plan_page(content, plan, sizes, level_ids, fit)]
    parts.append(f"{extras}</body></html>")
    subject = heading if regions else words.text("handout.general_subject")
    movements = [content_movement(content, m.id) for m in plan.movements]
    return Handout(
        title=words.text("handout.title", guide=guide.title, subject=subject),
        heading=heading,
        html="".join(parts),
        options=options,
        sizes=sizes,
        footer=words.text("handout.footer", guide=guide.title, subject=subject,
                          version=guide.version, date=words.date(guide.last_reviewed)),
        footer_note=footer_note(content),
        region_ids=tuple(r.id for r in regions),
        essential=tuple(essential),
        spillover=tuple(spillover),
        legend=legend(words) if regions else (),
        drawing_height_pt=cm_to_pt(sizes.drawing_cm) if regions else 0.0,
        movement_drawings=tuple(m.drawing for m in movements),
        movement_height_pt=cm_to_pt(sizes.movement_cm),
        disclaimer=words.text("handout.disclaimer"),
        page_words=page_words(words),
        drawing_words=drawing_words(words),
        author=plan.clinic.name or guide.publisher,
        subject=words.text("handout.pdf_subject", subject=subject),
        language=language_of(content),
        logo=plan.clinic.logo,
    )


def footer_note(content: Content) -> str:
    """What every page's footer says under the content version: who publishes and reviews
    the guide and any conflict of interest, in short, and a translation's note."""
    guide = content.guide
    return " ".join(part for part in (guide.compact_governance, guide.translation_note) if part)


def regions_heading(regions: list[Region], words: Words | None = None) -> str:
    """The handout's title: "Low back (waist), left side", or both sides, or several levels.

    In ``words`` (the guide's; None: the app's English).
    """
    words = words or english()
    if not regions:
        return words.text("handout.general_heading")
    levels: dict[str, list[Region]] = {}
    for region in regions:
        levels.setdefault(region.level.name, []).append(region)
    names = []
    for level_name, chosen in levels.items():
        sides = {r.side for r in chosen}
        names.append(words.text("handout.both_sides", level=level_name) if len(sides) > 1
                     else words.text("handout.one_side", level=level_name,
                                     side=side_word(words, chosen[0])))
    return words.series(names, "handout.headings_join")


def _areas(content: Content, regions: list[Region]) -> tuple[list[str], list[str]]:
    essential: list[str] = []
    spillover: list[str] = []
    for region in regions:
        usual, sometimes = referred_areas(content, region)
        essential += [a for a in usual if a not in essential]
        spillover += [a for a in sometimes if a not in spillover]
    return essential, [a for a in spillover if a not in essential]


def _header(plan: HandoutPlan, guide_title: str, words: Words, details: str) -> str:
    """The clinic's logo, name, address and phone (or, when there is no clinic, the guide's
    name), with ``details`` (for whom, printed when) on the same line or under the kicker."""
    clinic = plan.clinic
    kicker = f"{escape(guide_title.upper())} &middot; {words.html('handout.kicker')}"
    if clinic.is_empty:
        return (f'<p class="kicker">{kicker}&nbsp;&nbsp; '
                f'<span style="font-weight: normal;" class="meta">{details}</span></p>')
    lines = [f"<b>{escape(clinic.name)}</b>"] if clinic.name else []
    lines += [escape(line) for line in (clinic.address, clinic.phone) if line]
    logo = (f'<td valign="top" width="1%"><img src="{LOGO_RESOURCE}" height="46"></td>'
            if clinic.logo else "")
    return ('<table width="100%" cellspacing="0" cellpadding="2"><tr>'
            f'{logo}<td valign="top"><p class="meta">{"<br>".join(lines)}</p></td>'
            f'<td valign="top" align="right"><p class="kicker">{kicker}</p>'
            f'<p class="meta">{details}</p></td></tr></table>')


def drawing_and_referral(content: Content, regions: list[Region], sizes: TypeSizes,
                         short: bool = False, below: bool = False) -> str:
    """The drawing's place beside where the regions can send pain (``short``: in short runs,
    as for several regions, instead of lists).

    ``below`` (and large print) gives the drawing its key and caveat beside it, and puts
    where the pain can go below it, across the page, a paragraph for each region with its
    lead in bold: the drawing then needs no more than its own height on the page.
    """
    compact = len(regions) > 1 or sizes.large or short
    caveat = f'<p class="caption"><i>{escape(_short_caveat(content))}</i></p>'
    anchor = f'<p><a name="{DRAWING_ANCHOR}">&nbsp;</a></p>'
    legend = f'<p><a name="{LEGEND_ANCHOR}">&nbsp;</a></p>'
    if sizes.large or below:
        words = content.words
        where = []
        for region in regions:
            lead = escape(region.name) if len(regions) > 1 else words.html("panel.where_it_sends")
            runs = _referral(content, region, several=True, named=False, heading=False)
            # One paragraph that may run on to the next page.
            where.append(runs.replace("</p><p>", " ").replace("<p>", f"<p><b>{lead}:</b> ", 1)
                         .replace("</p>", f'<a name="{FLOWS_ANCHOR}">&nbsp;</a></p>'))
        left = 52 if sizes.large else 58
        return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="{left}%" valign="top">{anchor}</td>'
                f'<td width="{100 - left}%" valign="top">{legend}{caveat}</td></tr></table>'
                + "".join(where))
    text = "".join(_referral(content, r, several=compact, named=len(regions) > 1)
                   for r in regions) + caveat + legend
    return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="58%" valign="top">{anchor}</td>'
            f'<td width="42%" valign="top">{text}</td></tr></table>')


def _short_caveat(content: Content) -> str:
    # The caveat's first two sentences: the shading follows textbooks, same side only.
    sentences = content.guide.map_caveat.split(". ")
    return (". ".join(sentences[:2]).rstrip(".") + ". "
            + content.words.text("handout.not_a_diagnosis"))


def _referral(content: Content, region: Region, several: bool, named: bool = True,
              heading: bool = True) -> str:
    """Where ``region`` can send pain, under its name (``named``) or under "Where it can
    send pain" (``heading``); ``several``: in short runs."""
    words = content.words
    essential, spillover = referred_areas(content, region)
    title = escape(region.name) if named else words.html("panel.where_it_sends")
    parts = [f"<h2>{title}</h2>" if named or heading else ""]
    if not several:
        parts.append("<p>" + words.html("handout.spine_level_side", vertebrae=region.level.vertebrae,
                                        side=side_word(words, region)) + "</p>")
    for kind, areas in (("usually", essential), ("sometimes", spillover)):
        if not areas:
            continue
        names = [zone_area(content, a).zone.name for a in areas]
        if several:
            parts.append(f"<p>{words.html(f'handout.{kind}_short', places=words.series(names))}</p>")
        else:
            parts.append(f"<p>{words.html(f'panel.{kind}_drawing')}</p>"
                         "<ul>" + "".join(f"<li>{escape(n)}</li>" for n in names) + "</ul>")
    return "".join(parts)


def _good_to_know(content: Content, short: bool = False) -> str:
    """The guide's key messages, as a list (``short``: in one run, which wastes no line ends)."""
    heading = f"<h2>{content.words.html('handout.good_to_know')}</h2>"
    if short:
        return heading + "<p>" + " ".join(f"&#8226;&nbsp;{escape(m.text)}"
                                          for m in content.guide.core_messages) + "</p>"
    messages = "".join(f"<li>{escape(m.text)}</li>" for m in content.guide.core_messages)
    return f"{heading}<ul>{messages}</ul>"
