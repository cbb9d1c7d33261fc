"""The text of the detail panel as HTML (Qt's rich-text subset).

Built here, in plain Python, so the same wording feeds the screen and the
printed handout. Links use the ``backguide:`` scheme and say what the person
chose: ``backguide:muscle/ID``, ``backguide:pick/REGION/MUSCLE``,
``backguide:all-muscles``.
"""

from __future__ import annotations

from html import escape

from backguide.core.matching import (
    ZoneArea,
    referrals_to,
    referred_areas,
    sources_for_region,
    steps_for,
    zone_area,
)
from backguide.core.model import Content, EvidenceGrade, Region, Step, Urgency

# Badge colours: each keeps white text above 4.5:1 contrast, and the badge
# always carries its label, so colour is never the only signal.
GRADE_COLOURS = {
    "guideline": "#2e6b30",
    "moderate": "#1f6a73",
    "low": "#7a5c00",
    "none": "#5b5b5b",
    "no-benefit": "#a33a1a",
    "experience": "#6a4c93",
}
LINK = "backguide:"


def badge(grade: EvidenceGrade) -> str:
    """An evidence label as a coloured badge with its words on it."""
    colour = GRADE_COLOURS.get(grade.id, "#5b5b5b")
    return (f'<span style="background-color:{colour}; color:#ffffff; font-weight:600;">'
            f"&nbsp;{escape(grade.label)}&nbsp;</span>")


def _list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>"


def _area_list(content: Content, area_ids: list[str]) -> str:
    """Places by name; the side is the region's own, said once above the list."""
    return _list([escape(zone_area(content, a).zone.name) for a in area_ids])


def step_html(step: Step, heading: str = "h4") -> str:
    """One self-care step: what to do, how long, evidence and cautions."""
    parts = [
        f"<{heading}>{escape(step.title)}</{heading}>",
        f"<p>{badge(step.evidence.grade)}</p>",
        f"<p>{escape(step.summary)}</p>",
        _list([escape(a) for a in step.actions], ordered=True),
        f"<p><b>How long:</b> {escape(step.how_long)}</p>",
        f"<p><b>How sure is this?</b> {escape(step.evidence.summary)}</p>",
    ]
    if step.cautions:
        parts.append("<p><b>Take care:</b></p>")
        parts.append(_list([escape(c.text) for c in step.cautions]))
    return "".join(parts)


def welcome_page(content: Content) -> str:
    """What the panel shows before anything is chosen."""
    guide = content.guide
    messages = _list([escape(m.text) for m in guide.core_messages])
    return (
        f"<h2>{escape(guide.title)}</h2>"
        "<p>Click the part of the back that hurts on the drawing (or choose it from the "
        "list). You will see where that area can send pain, why it can hurt, and what "
        "may help.</p>"
        "<p>To start from the place where you feel the pain, choose "
        "<b>Where does it hurt?</b> at the top.</p>"
        f"<h3>Good to know</h3>{messages}"
        f"<p><i>{escape(guide.disclaimer)}</i></p>"
    )


def region_page(content: Content, region: Region, muscle_id: str | None = None) -> str:
    """Everything about one region, optionally focused on one of its muscles."""
    level = region.level
    parts = [
        f"<h2>{escape(region.name)}</h2>",
        f"<p><i>Spine level {escape(level.vertebrae)}, on your {region.side.label} side.</i></p>",
        f"<p>{escape(level.description)}</p>",
        "<h3>Muscles here</h3>",
    ]
    items = []
    for mid in region.muscles:
        muscle = content.muscles[mid]
        name = f"{escape(muscle.name)} ({escape(muscle.latin)})"
        if mid == muscle_id:
            items.append(f"<b>{name}</b>: {escape(muscle.location)}")
        else:
            items.append(f'<a href="{LINK}muscle/{mid}">{name}</a>')
    parts.append(_list(items))
    if muscle_id is not None:
        parts.append(f'<p><a href="{LINK}all-muscles">Show all muscles of this region</a></p>')
        if content.muscles[muscle_id].referral_note:
            parts.append(f"<p>{escape(content.muscles[muscle_id].referral_note)}</p>")
    essential, spillover = referred_areas(content, region, muscle_id)
    parts.append("<h3>Where it can send pain</h3>")
    parts.append(f"<p>On your {region.side.label} side, according to textbooks:</p>")
    if essential:
        parts.append(f"<p><b>Usually</b> (solid on the drawing):</p>{_area_list(content, essential)}")
    if spillover:
        parts.append(f"<p><b>Sometimes</b> (hatched on the drawing):</p>"
                     f"{_area_list(content, spillover)}")
    parts.append(f"<p><i>{escape(content.guide.map_caveat)}</i></p>")
    parts.append("<h3>Why it can hurt</h3>")
    for eid in level.explanations:
        explanation = content.explanations[eid]
        parts.append(f"<h4>{escape(explanation.title)}</h4>"
                     f"<p>{badge(explanation.evidence.grade)}</p>"
                     f"<p>{escape(explanation.text)}</p>"
                     f"<p><b>How sure is this?</b> {escape(explanation.evidence.summary)}</p>")
    parts.append("<h3>What may help</h3>")
    parts.extend(step_html(step) for step in steps_for(content, level.id))
    parts.append(see_a_professional_html(content))
    parts.append(sources_html(content, sources_for_region(content, region)))
    return "".join(parts)


def zone_page(content: Content, area: ZoneArea) -> str:
    """The reverse view: which muscles can send pain to a place."""
    parts = [f"<h2>{escape(area.name)}</h2>", f"<p>{escape(area.zone.description)}</p>",
             "<h3>Muscles that can send pain here</h3>"]
    referrals = referrals_to(content, area.id)
    for essential, label in ((True, "Usually from"), (False, "Sometimes from")):
        items = [
            f'<a href="{LINK}pick/{r.region.id}/{r.muscle.id}">'
            f"{escape(r.muscle.name)} ({escape(r.muscle.latin)})</a>, "
            f"{escape(r.region.name)}"
            for r in referrals if r.essential == essential
        ]
        if items:
            parts.append(f"<p><b>{label}:</b></p>{_list(items)}")
    if not referrals:
        parts.append("<p>None of the muscles in this guide is known to send pain here.</p>")
    parts.append(f"<p><i>{escape(content.guide.map_caveat)}</i></p>")
    parts.append("<p>Choose a muscle to see it on the back.</p>")
    return "".join(parts)


def see_a_professional_html(content: Content) -> str:
    soon = [escape(f.sign) for f in content.red_flags if f.urgency is Urgency.SOON]
    items = [escape(s) for s in content.guide.see_a_professional] or soon
    return ("<h3>When to see a doctor or physiotherapist</h3>" + _list(items)
            + "<p>For signs that need help <b>today</b> or <b>now</b>, see "
              "<b>Urgent signs</b>.</p>")


def sources_html(content: Content, source_ids: list[str]) -> str:
    items = []
    for sid in source_ids:
        source = content.sources[sid]
        text = escape(source.citation)
        if source.url:
            text += f" {escape(source.url)}"
        items.append(text)
    return "<h3>Sources</h3>" + _list(items, ordered=True)


def red_flags_html(content: Content) -> str:
    """The urgent signs, most urgent first, with what to do."""
    parts = []
    for urgency in Urgency:
        flags = [f for f in content.red_flags if f.urgency is urgency]
        if not flags:
            continue
        parts.append(f"<h3>{escape(urgency.label)}</h3>")
        if len({f.action for f in flags}) == 1:
            parts.append(f"<p>{escape(flags[0].action)}</p>")
            parts.append(_list([escape(f.sign) for f in flags]))
        else:
            parts.append(_list([f"{escape(f.sign)}: {escape(f.action)}" for f in flags]))
    return "".join(parts)
