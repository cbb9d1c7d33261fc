"""The detail panel's page about a region, as a short summary and sections.

The panel leads with what helps: one line on where the area can send pain,
the first things to try with their evidence labels, and the way to the
urgent signs; then sections a person opens when they want more. Explanations
that every level shares (most back pain gets better, and so on) are said once
on the "About back pain" page instead of on every region.
"""

from collections.abc import Callable
from typing import NamedTuple

from backguide.core import pages
from backguide.core.matching import referred_areas, sources_for_region, steps_for, zone_area
from backguide.core.model import Content, Explanation, Region, Step
from backguide.core.movements import movement_list_html
from backguide.core.pages import escape, side_word
from backguide.core.wording import Html

FIRST_STEPS = 3

# Steps by how sure the evidence is, in the order the panel shows them; each
# group's title is the guide's wording ``help_groups.<key>``.
HELP_GROUPS = (
    ("try-first", ("guideline",)),
    ("may-help", ("moderate", "low")),
    ("experience", ("experience", "none")),
    ("not-recommended", ("no-benefit",)),
)


class Section(NamedTuple):
    """One part of a page: a title for its tab and its rich text."""

    key: str
    title: str
    html: str


class StepGroup(NamedTuple):
    key: str
    title: str
    steps: tuple[Step, ...]


def help_groups(content: Content, level_id: str | None) -> list[StepGroup]:
    """The steps that fit a level, grouped from "Try first" to "no benefit shown"."""
    steps = steps_for(content, level_id)
    groups = []
    for key, grades in HELP_GROUPS:
        chosen = tuple(s for s in steps if s.evidence.grade.id in grades)
        if chosen:
            groups.append(StepGroup(key, content.words.text(f"help_groups.{key}"), chosen))
    return groups


def first_steps(content: Content, level_id: str | None) -> list[Step]:
    """The first few things to try: the strongest-evidence steps first."""
    ordered = [s for group in help_groups(content, level_id) if group.key != "not-recommended"
               for s in group.steps]
    return ordered[:FIRST_STEPS]


def sends_pain_line(content: Content, region: Region, muscle_id: str | None = None) -> str:
    """Where this region (or one of its muscles) can send pain, in one plain sentence."""
    words = content.words
    essential, spillover = referred_areas(content, region, muscle_id)
    usual = words.join(zone_area(content, a).zone.name.lower() for a in essential)
    sometimes = words.join(zone_area(content, a).zone.name.lower() for a in spillover)
    if usual and sometimes:
        return words.text("panel.sends_to_and_sometimes", usual=usual, sometimes=sometimes)
    if usual:
        return words.text("panel.sends_to", usual=usual)
    if sometimes:
        return words.text("panel.sends_sometimes", sometimes=sometimes)
    return words.text("panel.sends_nowhere")


def region_intro_html(content: Content, region: Region, muscle_id: str | None = None) -> str:
    """The line under a region's name: its spine level and side, what it is, where it sends pain."""
    level = region.level
    where = sends_pain_line(content, region, muscle_id)
    spine = content.words.html("panel.region_intro", vertebrae=level.vertebrae,
                               side=side_word(content.words, region))
    return f"<i>{spine}</i> {escape(level.description)}<p>{escape(where)}</p>"


def general_explanations(content: Content) -> list[Explanation]:
    """Explanations every level shares: said once, on the "About back pain" page."""
    if not content.levels:
        return []
    shared = set(content.levels[0].explanations)
    for level in content.levels[1:]:
        shared &= set(level.explanations)
    return [content.explanations[e] for e in content.levels[0].explanations if e in shared]


def _help_html(content: Content, region: Region) -> str:
    words = content.words
    parts = []
    for group in help_groups(content, region.level.id):
        parts.append(f"<h3>{escape(group.title)}</h3>")
        if group.key == "not-recommended":
            parts.append(f"<p>{words.html('sections.no_benefit_intro')}</p>")
        parts.extend(pages.step_html(step, words=words) for step in group.steps)
    parts.append(pages.see_a_professional_html(content))
    return "".join(parts)


def _muscles_html(content: Content, region: Region, muscle_id: str | None) -> str:
    items = []
    for mid in region.muscles:
        muscle = content.muscles[mid]
        name = f"{escape(muscle.name)} ({escape(muscle.latin)})"
        if mid == muscle_id:
            items.append(f"<b>{name}</b>: {escape(muscle.location)}")
        else:
            items.append(f'<a href="{pages.LINK}muscle/{mid}">{name}</a>')
    words = content.words
    parts = [f"<p>{words.html('sections.choose_muscle')}</p>",
             "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"]
    if muscle_id is not None:
        parts.append(f'<p><a href="{pages.LINK}all-muscles">{words.html("sections.all_muscles")}'
                     "</a></p>")
        if content.muscles[muscle_id].referral_note:
            parts.append(f"<p>{escape(content.muscles[muscle_id].referral_note)}</p>")
    return "".join(parts)


def _why_html(content: Content, region: Region) -> str:
    general = {e.id for e in general_explanations(content)}
    own = [content.explanations[e] for e in region.level.explanations if e not in general]
    words = content.words
    parts = [pages.explanation_html(e, heading="h3", words=words) for e in own]
    link = Html(f'<a href="{pages.LINK}about-back-pain">{words.html("sections.about_back_pain")}</a>')
    parts.append(f"<p>{words.html('sections.more_about', link=link)}</p>")
    return "".join(parts)


def region_section_builders(content: Content, region: Region, muscle_id: str | None = None
                            ) -> list[tuple[str, str, Callable[[], str]]]:
    """The sections of a region's page as (key, title, how to write it), "What may help" first.

    Each section is written only when it is first shown: a click on the map
    lays out one tab, not six.
    """
    words = content.words
    level = region.level.id
    movements = list(content.movements_for(level))
    sections: list[tuple[str, str, Callable[[], str]]] = [
        ("help", words.text("sections.what_may_help"), lambda: _help_html(content, region))]
    if movements:
        sections.append(("moves", words.text("sections.gentle_movements"), lambda: movement_list_html(
            movements, words.text("sections.movements_intro"), words)))
    sections += [
        ("pain", words.text("sections.where_pain_goes"),
         lambda: pages.referral_html(content, region, muscle_id, heading="h3")),
        ("why", words.text("sections.why_it_hurts"), lambda: _why_html(content, region)),
        ("muscles", words.text("sections.muscles"), lambda: _muscles_html(content, region, muscle_id)),
        ("sources", words.text("sections.sources"),
         lambda: pages.sources_html(content, sources_for_region(content, region))),
    ]
    return sections


def region_sections(content: Content, region: Region, muscle_id: str | None = None
                    ) -> list[Section]:
    """The sections of a region's page, written out, "What may help" first."""
    return [Section(key, title, write())
            for key, title, write in region_section_builders(content, region, muscle_id)]


def first_steps_html(content: Content, region: Region) -> str:
    """The summary's "first things to try", each with its evidence label."""
    items = [f"{escape(step.title)}&nbsp; {pages.badge(step.evidence.grade)}"
             for step in first_steps(content, region.level.id)]
    return (f"<b>{content.words.html('panel.first_things')}</b><ul>"
            + "".join(f"<li>{i}</li>" for i in items) + "</ul>")


def about_back_pain_html(content: Content) -> str:
    """What is true of back pain wherever it is: the core messages and shared explanations."""
    guide = content.guide
    words = content.words
    parts = [f"<h2>{words.html('sections.about_back_pain')}</h2>",
             "<ul>" + "".join(f"<li>{escape(m.text)}</li>" for m in guide.core_messages) + "</ul>"]
    parts.extend(pages.explanation_html(e, heading="h3", words=words)
                 for e in general_explanations(content))
    parts.append(f"<p><i>{escape(guide.disclaimer)}</i></p>")
    return "".join(parts)
