"""The short handout a practitioner hands over: two pages (three in large print).

Page 1: the title, the drawing with the chosen regions and where they can
send pain, and the urgent signs (always on page 1). Page 2, "Your plan": the
chosen steps and movements with their doses and evidence labels, what is not
recommended (never with a box to tick), notes, the follow-up, and the
footer. A :class:`HandoutPlan` says what was chosen; the default plan for a
region is its "Try first" steps and a few movements for its level.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from backguide.core.handout_parts import (
    COMPACT_PRINT,
    DRAWING_ANCHOR,
    HEADING_COLOUR,
    LARGE_PRINT,
    LARGE_PRINT_SNUG,
    LEGEND_ANCHOR,
    LOGO_RESOURCE,
    MOVEMENT_ANCHOR,
    NORMAL_PRINT,
    Handout,
    HandoutOptions,
    TypeSizes,
    cm_to_pt,
    drawing_words,
    language_of,
    page_words,
    print_badge,
    style,
    urgent_box,
    urgent_groups,
)
from backguide.core.matching import referred_areas, zone_area
from backguide.core.model import Content, Dose, Movement, Region, Step, Urgency
from backguide.core.pages import TICK_BOX, escape, side_word
from backguide.core.red_flags import shared_action
from backguide.core.region_sections import help_groups
from backguide.core.wording import Words, english

DEFAULT_MOVEMENTS = 3
LARGE_PRINT_MOVEMENTS = 2  # in large print the plan keeps to one page with two
STARTS_PAGE = ' style="page-break-before: always;"'


def legend(words: Words) -> tuple[tuple[str, str], ...]:
    """The drawing's key: each marking with its words, then the caption."""
    return (("region", words.text("handout.legend_region")),
            ("essential", words.text("handout.legend_essential")),
            ("spillover", words.text("handout.legend_spillover")),
            ("caption", words.text("handout.legend_caption")))


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


def default_plan(content: Content, region_id: str | None,
                 movements: int = DEFAULT_MOVEMENTS) -> HandoutPlan:
    """A region's default handout: its "Try first" steps, what is not recommended, and a
    few movements for its level (the general handout: the same for the whole back)."""
    level_id = content.region(region_id).level.id if region_id else None
    groups = {g.key: g for g in help_groups(content, level_id)}
    steps = [s.id for key in ("try-first", "not-recommended") if key in groups
             for s in groups[key].steps]
    chosen = content.movements_for(level_id)[:movements]
    return HandoutPlan(regions=(region_id,) if region_id else (), steps=tuple(steps),
                       movements=tuple(MovementChoice(m.id) for m in chosen))


def build_plan_handout(content: Content, plan: HandoutPlan, options: HandoutOptions,
                       today: dt.date, extras: str = "", chosen_only: bool = False) -> Handout:
    """The two-page handout for ``plan``, printed on ``today``.

    Shows what the plan chose plus the fixed safety parts (the urgent signs,
    the signs to see someone soon, the disclaimer), nothing else. Raises
    ``KeyError`` for an id the guide does not know (see :meth:`HandoutPlan.check`).
    ``extras`` (the person's own progress or diary) follows the plan when given.
    ``chosen_only`` (a practitioner's template) leaves out the general "Good to
    know" messages a handout without regions shows in place of the drawing.

    A wordier language may not fit: the handout carries tighter versions of itself
    (see :data:`TIGHTER`), and the printing code prints the first whose urgent box is
    whole on page 1 within its pages.
    """
    large = options.large_print
    versions = [_plan_handout(content, plan, options, today, extras, chosen_only, tight)
                for tight in range(len(LARGE_TIGHTER if large else TIGHTER) + 1)]
    return replace(versions[0], most_pages=3 if large else 2, tighter=tuple(versions[1:]))


# How a handout is tightened, one step more in each version: the publisher and review
# note printed once at the end instead of in every page's footer (as large print
# always does); where the pain can go in short runs instead of lists, one blank line
# for notes; type a step smaller (COMPACT_PRINT); the urgent box before the drawing
# (as large print always does).
TIGHTER = ("governance_at_end", "short_referral", "compact_print", "urgent_first")
# Large print (its urgent signs already first, its publisher's note already at the end):
# who the handout is for, when it was printed and its version under the urgent signs.
# and then the urgent signs half a point smaller (LARGE_PRINT_SNUG).
LARGE_TIGHTER = ("details_after_signs", "snug_urgent_signs")


def _plan_handout(content: Content, plan: HandoutPlan, options: HandoutOptions, today: dt.date,
                  extras: str, chosen_only: bool, tight: int) -> Handout:
    if options.large_print:
        sizes = LARGE_PRINT_SNUG if tight >= 2 else LARGE_PRINT
    else:
        sizes = COMPACT_PRINT if tight >= 3 else NORMAL_PRINT
    guide = content.guide
    words = content.words
    regions = [content.region(r) for r in plan.regions]
    level_ids = tuple(dict.fromkeys(r.level.id for r in regions))
    heading = regions_heading(regions, words)
    essential, spillover = _areas(content, regions)
    parts = [f"<html><head><style>{style(sizes)}</style></head><body>",
             _header(plan, guide.title, words)]
    parts.append(f"<h1>{escape(heading)}</h1>")
    meta = ([words.html("handout.for_patient", patient=plan.patient)] if plan.patient else [])
    meta += [words.html("handout.printed", date=words.date(today)),
             words.html("handout.version_reviewed", version=guide.version,
                        date=words.date(guide.last_reviewed))]
    details = f'<p class="meta">{" &middot; ".join(meta)}</p>'
    large = options.large_print
    # Large print, tightened: who it is for, when printed and the version under the urgent signs.
    details_later = large and tight >= 1
    if not details_later:
        parts.append(details)
    governance_at_end = large or tight >= 1
    box = urgent_box(content, sizes, level_ids, footnote=not large)
    if large:
        box += f'<p class="box"><i>{words.html("handout.urgent_footnote")}</i></p>'
    about = drawing_and_referral(content, regions, sizes, short=tight >= 2) if regions \
        else "" if chosen_only else _good_to_know(content)
    if large:
        # In large print the urgent signs come first, whole on page 1; the drawing follows.
        parts += [box, details if details_later else "", _see_someone_soon(content, level_ids, sizes),
                  about,
                  _plan_page(content, plan, sizes, level_ids, new_page=False, tight=tight)]
    elif tight >= 4:  # the urgent signs first, whole on page 1; the drawing follows
        parts += [box, about, _plan_page(content, plan, sizes, level_ids, tight=tight)]
    else:
        parts += [about, box, _plan_page(content, plan, sizes, level_ids, tight=tight)]
    if governance_at_end:  # once, at the end, so every page's footer is short
        # (without the note on a translation, which every footer carries)
        governance = guide.governance.removesuffix(guide.translation_note).rstrip()
        parts.append(f'<p class="meta" style="margin-top: 0.6em;">{escape(governance)}</p>')
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
        # Large print keeps its footer short (the governance is printed at the end),
        # but a translation still to be reviewed says so on every page.
        footer_note=guide.translation_note if governance_at_end else guide.governance,
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


def content_movement(content: Content, movement_id: str) -> Movement:
    """The movement with ``movement_id``; ``KeyError`` if the guide has none."""
    for movement in content.movements:
        if movement.id == movement_id:
            return movement
    raise KeyError(movement_id)


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


def _header(plan: HandoutPlan, guide_title: str, words: Words) -> str:
    """The clinic's logo, name, address and phone; or the guide's name when there is no clinic."""
    clinic = plan.clinic
    kicker = f"{escape(guide_title.upper())} &middot; {words.html('handout.kicker')}"
    if clinic.is_empty:
        return f'<p class="kicker">{kicker}</p>'
    lines = [f"<b>{escape(clinic.name)}</b>"] if clinic.name else []
    lines += [escape(line) for line in (clinic.address, clinic.phone) if line]
    logo = (f'<td valign="top" width="1%"><img src="{LOGO_RESOURCE}" height="46"></td>'
            if clinic.logo else "")
    return ('<table width="100%" cellspacing="0" cellpadding="2"><tr>'
            f'{logo}<td valign="top"><p class="meta">{"<br>".join(lines)}</p></td>'
            f'<td valign="top" align="right"><p class="kicker">{kicker}</p></td></tr></table>')


def drawing_and_referral(content: Content, regions: list[Region], sizes: TypeSizes,
                         short: bool = False) -> str:
    """The drawing's place beside (large print: above) where the regions can send pain
    (``short``: in short runs, as for several regions, instead of lists)."""
    compact = len(regions) > 1 or sizes.large or short
    text = "".join(_referral(content, r, several=compact) for r in regions)
    text += f'<p class="meta"><i>{escape(_short_caveat(content))}</i></p>'
    anchor = f'<p><a name="{DRAWING_ANCHOR}">&nbsp;</a></p>'
    text += f'<p><a name="{LEGEND_ANCHOR}">&nbsp;</a></p>'
    left = 64 if sizes.large else 58
    return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{left}%" valign="top">{anchor}</td>'
            f'<td width="{100 - left}%" valign="top">{text}</td></tr></table>')


def _short_caveat(content: Content) -> str:
    # The caveat's first two sentences: the shading follows textbooks, same side only.
    sentences = content.guide.map_caveat.split(". ")
    return (". ".join(sentences[:2]).rstrip(".") + ". "
            + content.words.text("handout.not_a_diagnosis"))


def _referral(content: Content, region: Region, several: bool) -> str:
    words = content.words
    essential, spillover = referred_areas(content, region)
    parts = [f"<h2>{escape(region.name)}</h2>" if several
             else f"<h2>{words.html('panel.where_it_sends')}</h2>"]
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


def _good_to_know(content: Content) -> str:
    messages = "".join(f"<li>{escape(m.text)}</li>" for m in content.guide.core_messages)
    return f"<h2>{content.words.html('handout.good_to_know')}</h2><ul>{messages}</ul>"


# -- page 2 ------------------------------------------------------------------------------

def _plan_page(content: Content, plan: HandoutPlan, sizes: TypeSizes,
               level_ids: tuple[str, ...], new_page: bool = True, tight: int = 0) -> str:
    words = content.words
    chosen = [s for s in content.steps if s.id in plan.steps]
    to_do = [s for s in chosen if not s.tested_without_benefit]
    not_recommended = [s for s in chosen if s.tested_without_benefit]
    title = (words.html("handout.your_plan_for", patient=plan.patient) if plan.patient
             else words.html("handout.your_plan"))
    parts = [f'<h1{STARTS_PAGE if new_page else ""}>{title}</h1>']
    if to_do and not sizes.large:  # large print: the labels speak for themselves
        parts.append(f'<p class="meta">{words.html("handout.tick_each")}</p>')
    parts.extend(_step(step, sizes, words) for step in to_do)
    if plan.movements:
        parts.append(_movements(content, plan.movements, sizes))
    if not_recommended:
        names = escape(words.series(s.title for s in not_recommended))
        parts.append(f"<p><b>{words.html('handout.not_recommended')}</b> {names} "
                     f"{print_badge(not_recommended[0].evidence.grade)}</p>")
    if new_page:  # large print says it on page 1, under the urgent signs
        parts.append(_see_someone_soon(content, level_ids, sizes))
    parts.append(_notes(words, plan.note, plan.follow_up,
                        blank_lines=1 if sizes.large or tight >= 2 else 2))
    return "".join(parts)


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text


def _step(step: Step, sizes: TypeSizes, words: Words) -> str:
    """A step as its title and badge, then two lines: what to do and how long
    (in large print only what to do, in its first sentence, so the plan keeps to a page).

    Its cautions are in the full guide; the urgent signs cover the dangerous ones.
    """
    if sizes.large:
        how = escape(_first_sentence(step.summary))
    else:
        how = (f"{escape(step.summary)} <b>{words.html('panel.how_long')}</b> "
               f"{escape(_first_sentence(step.how_long))}")
    return (f'<p style="margin-top: 0.35em;"><span style="font-size: {sizes.h3}pt;"><b>'
            f"{TICK_BOX}&nbsp;{escape(step.title)}</b></span>&nbsp; "
            f"{print_badge(step.evidence.grade)}&nbsp; {how}</p>")


def _movements(content: Content, choices: tuple[MovementChoice, ...], sizes: TypeSizes) -> str:
    """The movements in rows of three (two in large print): picture, title, dose, when to stop."""
    words = content.words
    per_row = 2 if sizes.large else 3
    width = 100 // per_row
    cells = []
    for choice in choices:
        movement = content_movement(content, choice.id)
        dose = choice.dose or movement.dose
        stop = movement.stop_if[0].rstrip(".") if movement.stop_if else ""
        cells.append(
            f'<td width="{width}%" valign="top">'
            f'<p><a name="{MOVEMENT_ANCHOR}{movement.drawing}">&nbsp;</a></p>'
            f"<p><b>{TICK_BOX}&nbsp;{escape(movement.title)}</b></p>"
            f"<p>{print_badge(movement.evidence.grade)}</p>"
            f"<p><b>{words.html('movements.how_much')}</b> {escape(dose.words(words))}."
            + (f" <b>{words.html('movements.stop_if')}</b> {escape(stop[:1].lower() + stop[1:])}."
               if stop else "") + "</p>"
            + "</td>")
    rows = ["<tr>" + "".join(cells[i:i + per_row]) + "</tr>"
            for i in range(0, len(cells), per_row)]
    return (f"<h2>{words.html('sections.gentle_movements')}</h2>"
            f"<p class=\"meta\">{words.html('handout.movements_intro')}</p>"
            f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(rows)}</table>')


def _see_someone_soon(content: Content, level_ids: tuple[str, ...], sizes: TypeSizes) -> str:
    """The "soon" signs in one run: not urgent, but worth a visit."""
    flags = [f for g in urgent_groups(content, level_ids) for f in g.with_urgency(Urgency.SOON)]
    if not flags:
        return ""
    action = shared_action(flags)
    signs = "; ".join(escape(f.sign[:1].lower() + f.sign[1:]) for f in flags)
    return (f'<p class="box" style="margin-top: 0.6em;"><span style="font-size: {sizes.h3}pt; '
            f'color: {HEADING_COLOUR};"><b>{content.words.html("handout.see_soon")}</b></span> '
            f"{signs}. <b>{escape(action)}</b></p>")


def follow_up_text(follow_up: str, words: Words | None = None) -> str:
    """A follow-up as printed: an ISO date as "14 December 2026" (in ``words``; None: the
    app's English), words as they are."""
    try:
        return (words or english()).date(dt.date.fromisoformat(follow_up))
    except ValueError:
        return follow_up


def _notes(words: Words, note: str, follow_up: str, blank_lines: int = 2) -> str:
    """A box for the practitioner's advice (printed, or room to write by hand) and the follow-up."""
    text = "<br>".join(escape(line) for line in note.splitlines()) if note else ""
    blank = "<br>" * (1 if note else blank_lines)
    when = escape(follow_up_text(follow_up, words)) if follow_up else "_" * 34
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="5" '
            'style="margin-top: 0.5em; border-color: #555555; border-style: solid; '
            'border-collapse: collapse;">'
            f'<tr><td><p><b><span style="color: {HEADING_COLOUR};">{words.html("handout.notes")}'
            f"</span></b> {text}{blank}</p>"
            f"<p><b>{words.html('handout.follow_up')}</b> {when}</p></td></tr></table>")

