"""Page 2 of the two-page handout, "Your plan": the chosen steps (with their cautions
for the handout's levels), the movements as a clinic's sheet prints them, what is not
recommended, and a box for notes and the follow-up; also the signs to see someone soon.

Each part is HTML in Qt's rich-text subset, sized by the handout's :class:`TypeSizes`.
"""

from __future__ import annotations

import datetime as dt

from backguide.core.handout_choices import Fit, HandoutPlan, MovementChoice
from backguide.core.handout_parts import (
    FLOWS_ANCHOR,
    HEADING_COLOUR,
    MOVEMENT_ANCHOR,
    NOTES_ANCHOR,
    PLAN_ANCHOR,
    TypeSizes,
    print_badge,
    urgent_groups,
)
from backguide.core.model import Caution, Content, Movement, Step, Urgency
from backguide.core.movements import stop_if_run
from backguide.core.pages import TICK_BOX, escape
from backguide.core.red_flags import shared_action
from backguide.core.wording import Words, english

# A movement's picture takes this share of the page's width, the same in large print: it
# is printed at least about 4 cm wide.
MOVEMENT_PICTURE_PERCENT = 28


def content_movement(content: Content, movement_id: str) -> Movement:
    """The movement with ``movement_id``; ``KeyError`` if the guide has none."""
    for movement in content.movements:
        if movement.id == movement_id:
            return movement
    raise KeyError(movement_id)


def plan_page(content: Content, plan: HandoutPlan, sizes: TypeSizes,
              level_ids: tuple[str, ...], fit: Fit, new_page: bool = True) -> str:
    """The page headed "Your plan": the chosen steps, movements, what is not recommended,
    and notes (``new_page``: the printing code starts it on a page of its own, see
    PLAN_ANCHOR)."""
    words = content.words
    chosen = [s for s in content.steps if s.id in plan.steps]
    to_do = [s for s in chosen if not s.tested_without_benefit]
    not_recommended = [s for s in chosen if s.tested_without_benefit]
    title = (words.html("handout.your_plan_for", patient=plan.patient) if plan.patient
             else words.html("handout.your_plan"))
    # The printing code starts the plan on a page of its own (see PLAN_ANCHOR).
    anchor = f'<a name="{PLAN_ANCHOR}">&nbsp;</a>' if new_page else ""
    parts = [f"<h1>{title}{anchor}</h1>"]
    if to_do and not (sizes.large and fit.short_steps):
        # How to read the labels, and that they rest mostly on research in low back pain
        # (left out only where large print keeps just the steps' titles, to fit).
        how_to = "" if sizes.large or fit.short_steps else words.html("handout.tick_each") + " "
        parts.append(f'<p class="meta">{how_to}{words.html("handout.research_note")}</p>')
    detail = ("title" if sizes.large and fit.short_steps
              else "first" if sizes.large or fit.short_steps else "full")
    parts.extend(_step(step, sizes, words, level_ids, detail) for step in to_do)
    if plan.movements:
        parts.append(_movements(content, plan.movements, sizes))
    if not_recommended:
        names = escape(words.series(s.title for s in not_recommended))
        parts.append(f"<p><b>{words.html('handout.not_recommended')}</b> {names} "
                     f"{print_badge(not_recommended[0].evidence.grade)}</p>")
    parts.append(_notes(words, plan.note, plan.follow_up))
    return "".join(parts)


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text


def _step(step: Step, sizes: TypeSizes, words: Words, level_ids: tuple[str, ...],
          detail: str = "full") -> str:
    """A step as its title and badge, then two lines: what to do and how long (``detail``
    "first": only what to do, in its first sentence; "title": nothing more, so the plan
    keeps to its page); then the cautions that belong to the handout's levels (the neck's
    manipulation caution on a neck handout).

    Its other cautions are in the full guide; the urgent signs cover the dangerous ones.
    """
    if detail == "title":
        how = ""
    elif detail == "first":
        how = escape(_first_sentence(step.summary))
    else:
        how = (f"{escape(step.summary)} <b>{words.html('panel.how_long')}</b> "
               f"{escape(_first_sentence(step.how_long))}")
    cautions = level_cautions(step, level_ids)
    care = (f"<br><b>{words.html('panel.take_care')}</b> "
            + " ".join(escape(c.text) for c in cautions) if cautions else "")
    return (f'<p style="margin-top: 0.2em;"><span style="font-size: {sizes.h3}pt;"><b>'
            f"{TICK_BOX}&nbsp;{escape(step.title)}</b></span>&nbsp; "
            f"{print_badge(step.evidence.grade)}&nbsp; {how}{care}</p>")


def level_cautions(step: Step, level_ids: tuple[str, ...]) -> list[Caution]:
    """A step's cautions that belong to some levels only, for a handout about ``level_ids``
    (none: a general handout, which carries every level's)."""
    return [c for c in step.cautions
            if c.levels and (not level_ids or any(c.applies_to(level) for level in level_ids))]


def _movements(content: Content, choices: tuple[MovementChoice, ...], sizes: TypeSizes) -> str:
    """The movements as a clinic's sheet prints them, one to a row: the picture, and beside
    it the title with its evidence label, the numbered steps and the dose in one run, and
    every reason to stop on a line of its own."""
    words = content.words
    # The advice to go slowly heads the first movement's table, so the heading, the advice
    # and a movement never part (large print leaves it to each movement's reasons to stop).
    intro = ("" if sizes.large else
             f'<tr><td colspan="2"><p class="meta">{words.html("handout.movements_intro")}'
             "</p></td></tr>")
    rows: list[str] = []
    for choice in choices:
        movement = content_movement(content, choice.id)
        dose = choice.dose or movement.dose
        steps = " ".join(f"<b>{number}</b>&nbsp;{escape(text)}"
                         for number, text in enumerate(movement.steps, 1))
        rows.append(
            f'<table width="100%" cellspacing="0" cellpadding="2" style="margin-top: 0.4em;">'
            f'{"" if rows else intro}<tr>'
            f'<td width="{MOVEMENT_PICTURE_PERCENT}%" valign="top">'
            f'<p><a name="{MOVEMENT_ANCHOR}{movement.drawing}">&nbsp;</a></p></td>'
            f'<td width="{100 - MOVEMENT_PICTURE_PERCENT}%" valign="top">'
            f'<p><span style="font-size: {sizes.h3}pt;"><b>{TICK_BOX}&nbsp;{escape(movement.title)}'
            f"</b></span>&nbsp; {print_badge(movement.evidence.grade)}</p>"
            f"<p>{steps} <b>{words.html('movements.how_much')}</b> {escape(dose.words(words))}.</p>"
            f"<p><b>{words.html('movements.stop_if')}</b> {escape(stop_if_run(movement, words))}.</p>"
            "</td></tr></table>")
    return f"<h2>{words.html('sections.gentle_movements')}</h2>" + "".join(rows)



def see_someone_soon(content: Content, level_ids: tuple[str, ...], sizes: TypeSizes) -> str:
    """The "soon" signs in one run: not urgent, but worth a visit."""
    flags = [f for g in urgent_groups(content, level_ids) for f in g.with_urgency(Urgency.SOON)]
    if not flags:
        return ""
    action = shared_action(flags)
    signs = "; ".join(escape(f.sign[:1].lower() + f.sign[1:]) for f in flags)
    # It may run on to page 2 rather than leave a gap at the foot of page 1; its heading is
    # a table header, printed again over the part on page 2.
    return ('<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 0.5em;">'
            f'<thead><tr><td><p class="box" style="margin-bottom: 0em;"><span style="font-size: '
            f'{sizes.h3}pt; color: {HEADING_COLOUR};"><b><a name="{FLOWS_ANCHOR}">'
            f'{content.words.html("handout.see_soon")}</a></b></span></p></td></tr></thead>'
            f'<tr><td><p class="box">{signs}. <b>{escape(action)}</b></p></td></tr></table>')


def follow_up_text(follow_up: str, words: Words | None = None) -> str:
    """A follow-up as printed: an ISO date as "14 December 2026" (in ``words``; None: the
    app's English), words as they are."""
    try:
        return (words or english()).date(dt.date.fromisoformat(follow_up))
    except ValueError:
        return follow_up


def _notes(words: Words, note: str, follow_up: str) -> str:
    """A box for the practitioner's advice (printed, and room to write by hand) and the
    follow-up. The room to write is a line here; the printing code makes it as tall as the
    last page leaves (see NOTES_ANCHOR)."""
    text = "<br>".join(escape(line) for line in note.splitlines()) if note else ""
    when = escape(follow_up_text(follow_up, words)) if follow_up else "_" * 34
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="4" '
            'style="margin-top: 0.4em; border-color: #555555; border-style: solid; '
            'border-collapse: collapse;">'
            f'<tr><td><p><b><span style="color: {HEADING_COLOUR};">{words.html("handout.notes")}'
            f"</span></b> {text}</p><p><a name=\"{NOTES_ANCHOR}\">&nbsp;</a></p>"
            f"<p><b>{words.html('handout.follow_up')}</b> {when}</p></td></tr></table>")

