"""The text of the detail panel as HTML (Qt's rich-text subset).

Built here, in plain Python, so the same wording feeds the screen and the
printed handout. Links use the ``backguide:`` scheme and say what the person
chose: ``backguide:muscle/ID``, ``backguide:pick/REGION/MUSCLE``,
``backguide:all-muscles``.
"""

from __future__ import annotations

from backguide.core.matching import (
    ZoneArea,
    referrals_to,
    referred_areas,
    zone_area,
)
from backguide.core.model import Content, EvidenceGrade, Explanation, Region, Step, Urgency, urgency_label
from backguide.core.red_flags import own_action, shared_action, sign_groups
from backguide.core.wording import Html, Words, english, escape

__all__ = ["GRADE_COLOURS", "GRADE_ICONS", "LINK", "TICK_BOX", "badge", "escape",
           "explanation_html", "red_flags_html", "referral_html", "see_a_professional_html",
           "side_word", "sources_html", "step_html", "urgency_label", "welcome_intro_html",
           "zone_page"]

# Badge colours: each keeps white text above 4.5:1 contrast, and the badge
# always carries its label, so colour is never the only signal.
GRADE_COLOURS = {
    "guideline": "#2e6b30",
    "research": "#1d4f91",
    "moderate": "#1f6a73",
    "low": "#7a5c00",
    "none": "#5b5b5b",
    "no-benefit": "#a33a1a",
    "experience": "#6a4c93",
}
# A shape for each grade, so printed badges differ in black and white and for
# colour-blind readers: filled dots count how sure the research is; a cross says
# "tested, no benefit"; a diamond "practice, not research". Print only: a screen
# reader would read the shapes out one by one.
GRADE_ICONS = {
    "guideline": "\u25cf\u25cf\u25cf",
    "research": "\u25cf\u25cf\u25cf",
    "moderate": "\u25cf\u25cf\u25cb",
    "low": "\u25cf\u25cb\u25cb",
    "none": "\u25cb\u25cb\u25cb",
    "no-benefit": "\u2715",
    "experience": "\u25c6",
}
LINK = "backguide:"
TICK_BOX = "\u2610"  # BALLOT BOX: an empty box to tick on paper


def badge(grade: EvidenceGrade, nowrap: bool = False, icon: bool = False) -> str:
    """An evidence label as a coloured badge with its words on it (on one line if ``nowrap``).

    ``icon`` puts the grade's shape before the words (for paper).
    """
    colour = GRADE_COLOURS.get(grade.id, "#5b5b5b")
    label = escape(grade.label).replace(" ", "&nbsp;") if nowrap else escape(grade.label)
    shape = f"{GRADE_ICONS[grade.id]}&nbsp;" if icon and grade.id in GRADE_ICONS else ""
    return (f'<span style="background-color:{colour}; color:#ffffff; font-weight:600;">'
            f"&nbsp;{shape}{label}&nbsp;</span>")


def _list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>"


def _area_list(content: Content, area_ids: list[str]) -> str:
    """Places by name; the side is the region's own, said once above the list."""
    return _list([escape(zone_area(content, a).zone.name) for a in area_ids])


def _titled(title: str, grade: EvidenceGrade, heading: str, badge_beside: bool,
            icon: bool = False) -> str:
    """A title with its evidence badge below it, or beside it."""
    if badge_beside:
        return f"<{heading}>{title}&nbsp;&nbsp;{badge(grade, nowrap=True, icon=icon)}</{heading}>"
    return f"<{heading}>{title}</{heading}><p>{badge(grade, icon=icon)}</p>"


def step_html(step: Step, heading: str = "h4", tick_box: bool = False,
              badge_beside: bool = False, level_id: str | None = None,
              icon: bool = False, words: Words | None = None) -> str:
    """One self-care step: what to do, how long, evidence and cautions.

    ``tick_box`` puts an empty box before the title, for a printed handout;
    ``badge_beside`` puts the evidence badge beside the title instead of below it.
    ``level_id`` leaves out cautions for other levels (None: every caution).
    ``words`` are the guide's (``content.words``; None: the app's English).
    """
    words = words or english()
    cautions = [c for c in step.cautions if c.applies_to(level_id)]
    # A remedy tested without benefit is information, never something to tick.
    box = f"{TICK_BOX}&nbsp;" if tick_box and not step.tested_without_benefit else ""
    parts = [
        _titled(box + escape(step.title), step.evidence.grade, heading, badge_beside, icon),
        f"<p>{escape(step.summary)}</p>",
        _list([escape(a) for a in step.actions], ordered=True),
        f"<p><b>{words.html('panel.how_long')}</b> {escape(step.how_long)}</p>",
        f"<p><b>{words.html('panel.how_sure')}</b> {escape(step.evidence.summary)}</p>",
    ]
    if cautions:
        parts.append(f"<p><b>{words.html('panel.take_care')}</b></p>")
        parts.append(_list([escape(c.text) for c in cautions]))
    return "".join(parts)


def welcome_intro_html(words: Words | None = None) -> str:
    """How to start, shown before anything is chosen."""
    words = words or english()
    return f"<p>{words.html('panel.welcome')}</p><p>{words.html('panel.welcome_places')}</p>"


def referral_html(content: Content, region: Region, muscle_id: str | None = None,
                  heading: str = "h3", caveat: bool = True) -> str:
    """Where a region (or one of its muscles) can send pain, with the map's caveat."""
    words = content.words
    essential, spillover = referred_areas(content, region, muscle_id)
    parts = [f"<{heading}>{words.html('panel.where_it_sends')}</{heading}>",
             f"<p>{words.html('panel.your_side_textbooks', side=side_word(words, region))}</p>"]
    if essential:
        parts.append(f"<p>{words.html('panel.usually_drawing')}</p>{_area_list(content, essential)}")
    if spillover:
        parts.append(f"<p>{words.html('panel.sometimes_drawing')}</p>"
                     f"{_area_list(content, spillover)}")
    if caveat:
        parts.append(f"<p><i>{escape(content.guide.map_caveat)}</i></p>")
    return "".join(parts)


def side_word(words: Words, region: Region) -> str:
    """The region's side as a word ("left"), in the guide's words."""
    return words.text(f"sides.{region.side.value}")


def explanation_html(explanation: Explanation, heading: str = "h4",
                     badge_beside: bool = False, icon: bool = False,
                     words: Words | None = None) -> str:
    """One answer to "why does it hurt?", with its evidence label."""
    words = words or english()
    return (_titled(escape(explanation.title), explanation.evidence.grade, heading, badge_beside,
                    icon)
            + f"<p>{escape(explanation.text)}</p>"
            f"<p><b>{words.html('panel.how_sure')}</b> {escape(explanation.evidence.summary)}</p>")


def zone_page(content: Content, area: ZoneArea, header: bool = True) -> str:
    """The reverse view: which muscles can send pain to a place, then the
    explanation cards the place leads to (its zone's ``explanations``).

    Without ``header`` the place's name and description are left out (the
    panel shows them above its tabs).
    """
    words = content.words
    parts = ([f"<h2>{escape(area.name)}</h2>", f"<p>{escape(area.zone.description)}</p>",
              f"<h3>{words.html('panel.muscles_sending_here')}</h3>"] if header else [])
    referrals = referrals_to(content, area.id)
    for essential, label in ((True, words.html("panel.usually_from")),
                             (False, words.html("panel.sometimes_from"))):
        items = [
            f'<a href="{LINK}pick/{r.region.id}/{r.muscle.id}">'
            f"{escape(r.muscle.name)} ({escape(r.muscle.latin)})</a>, "
            f"{escape(r.region.name)}"
            for r in referrals if r.essential == essential
        ]
        if items:
            parts.append(f"<p><b>{label}</b></p>{_list(items)}")
    if referrals:
        parts.append(f"<p><i>{escape(content.guide.map_caveat)}</i></p>")
        parts.append(f"<p>{words.html('panel.choose_muscle_on_back')}</p>")
    else:
        # No muscle to choose and no muscle map to qualify: the caveat and the
        # "choose a muscle" line would only confuse.
        parts.append(f"<p>{words.html('panel.no_muscle_here')}</p>")
    explanations = [content.explanations[e] for e in area.zone.explanations]
    if explanations:
        parts.append(f"<h3>{words.html('panel.why_it_can_hurt_here')}</h3>")
        parts += [explanation_html(e, words=words) for e in explanations]
    return "".join(parts)


def see_a_professional_html(content: Content, heading: str = "h3",
                            urgent_signs: str = "",
                            level_id: str | None = None) -> str:
    """When to see a doctor or physiotherapist (not urgent), pointing at the urgent signs.

    The "soon" signs for ``level_id`` (None: every level's), one a line, a
    level's own under its heading; the guide's own list when there are none.
    ``urgent_signs`` is rich text naming where the urgent signs are (default:
    "Urgent signs" in bold).
    """
    words = content.words
    urgent_signs = urgent_signs or f"<b>{words.html('panel.urgent_signs')}</b>"
    parts = [f"<{heading}>{words.html('panel.see_professional')}</{heading}>"]
    groups = [(g, g.with_urgency(Urgency.SOON)) for g in sign_groups(content, level_id)]
    groups = [(g, flags) for g, flags in groups if flags]
    if not groups:
        parts.append(_list([escape(s) for s in content.guide.see_a_professional]))
    for group, flags in groups:
        if group.level is not None:
            parts.append(f"<p><b>{escape(group.title)}:</b></p>")
        parts.append(_list([escape(f.sign) for f in flags]))
    if groups:
        parts.append(f"<p>{escape(shared_action(groups[0][1]))}</p>")
    parts.append(f"<p>{words.html('panel.today_or_now', where=Html(urgent_signs))}</p>")
    return "".join(parts)


def sources_html(content: Content, source_ids: list[str], heading: str = "h3") -> str:
    items = []
    for sid in source_ids:
        source = content.sources[sid]
        text = escape(source.citation)
        if source.url:
            text += f" {escape(source.url)}"
        items.append(text)
    return f"<{heading}>{content.words.html('panel.sources')}</{heading}>" + _list(items, ordered=True)


def red_flags_html(content: Content, level_id: str | None = None) -> str:
    """The warning signs, grouped: everyone's, then each level's own; most urgent first.

    Each urgency says its shared action once, above its signs; a sign whose
    action says more (e.g. "Tell them about the cancer.") adds it after the
    sign. ``level_id`` None shows every level's group (the urgent-signs page).
    """
    parts = []
    groups = sign_groups(content, level_id)
    for group in groups:
        if len(groups) > 1:
            parts.append(f"<h2>{escape(group.title)}</h2>")
        for urgency in group.urgencies:
            flags = group.with_urgency(urgency)
            shared = shared_action(flags)
            items = []
            for flag in flags:
                extra = own_action(flag, shared)
                items.append(escape(flag.sign) + (f". <b>{escape(extra)}</b>" if extra else ""))
            parts.append(f"<h3>{escape(urgency_label(content.words, urgency))}</h3>"
                         f"<p><b>{escape(shared)}</b></p>{_list(items)}")
    return "".join(parts)
