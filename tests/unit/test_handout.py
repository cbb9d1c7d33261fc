"""The handout's HTML, built from the guide without Qt."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest

from backguide.core.content import load_content
from backguide.core.handout import (
    DRAWING_ANCHOR,
    URGENT_TITLE,
    HandoutError,
    HandoutOptions,
    build_handout,
    default_paper,
)
from backguide.core.matching import referred_areas, steps_for
from backguide.core.model import Urgency
from backguide.core.red_flags import signs_for
from backguide.core.region_sections import help_groups
from backguide.paths import content_dir

CONTENT = load_content(content_dir())
TODAY = dt.date(2026, 3, 5)
# These tests read the full guide (``--full``); the two-page handout has its own tests.
FULL = HandoutOptions(full=True)


def text_of(html: str) -> str:
    """The words of the HTML, as a reader sees them."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_region_handout_names_the_region_and_every_step_in_its_group() -> None:
    handout = build_handout(CONTENT, "lumbar-left", FULL, TODAY)
    text = text_of(handout.html)
    assert CONTENT.region("lumbar-left").name in text
    assert "Low back (waist), left" in handout.title
    assert all(step.title in text for step in steps_for(CONTENT, "lumbar"))
    # In the app's order: Try first, May help a little, Practitioner experience..., Not recommended.
    titles = [group.title for group in help_groups(CONTENT, "lumbar")]
    assert len(titles) == 4
    assert [text.index(title) for title in titles] == sorted(text.index(title) for title in titles)


def test_only_what_a_person_is_advised_to_try_has_a_box_to_tick() -> None:
    """What guidelines advise or moderate trials support has a box; a remedy resting on
    little evidence (magnesium: one small trial, never repeated), bromelain and the balms
    and rubs (not tested for back pain), the guide author's own practice and glucosamine
    (no benefit) are information."""
    text = text_of(build_handout(CONTENT, "lumbar-left", FULL, TODAY).html)
    boxed = {step.evidence.grade.id: [] for step in CONTENT.steps}
    for group in help_groups(CONTENT, "lumbar"):
        for step in group.steps:
            assert step.title in text
            boxed[step.evidence.grade.id].append(f"\u2610 {step.title}" in text)
    assert boxed["guideline"] and all(boxed["guideline"]) and all(boxed["moderate"])
    for grade in ("low", "none", "experience", "no-benefit"):
        assert boxed[grade] and not any(boxed[grade]), grade
    magnesium = next(s.title for s in CONTENT.steps if s.id == "magnesium")
    assert f"\u2610 {magnesium}" not in text
    assert CONTENT.words.text("handout.experience_intro") in text


def test_region_handout_explains_where_it_sends_pain_and_why_it_hurts() -> None:
    region = CONTENT.region("sacral-right")
    handout = build_handout(CONTENT, region.id, FULL, TODAY)
    text = text_of(handout.html)
    assert "Where it can send pain" in text and "Why it can hurt" in text
    for eid in region.level.explanations:
        assert CONTENT.explanations[eid].title in text
    essential, spillover = referred_areas(CONTENT, region)
    assert handout.essential == tuple(essential) and handout.spillover == tuple(spillover)


@pytest.mark.parametrize("region_id", [None, "cervical-left", "sacral-right"])
def test_every_handout_prints_the_emergency_and_same_day_signs_of_its_level_with_the_numbers(
        region_id: str | None) -> None:
    level_id = None if region_id is None else CONTENT.region(region_id).level.id
    text = text_of(build_handout(CONTENT, region_id, FULL, TODAY).html)
    assert URGENT_TITLE in text
    for flag in CONTENT.red_flags:
        if flag.urgency in (Urgency.EMERGENCY, Urgency.SAME_DAY):
            assert (flag.sign in text) == flag.applies_to(level_id), flag.id
    assert all(number in text for number in ("999", "911", "112"))


def test_every_handout_says_when_to_see_a_professional_and_lists_its_sources() -> None:
    text = text_of(build_handout(CONTENT, "mid-thoracic-left", FULL, TODAY).html)
    assert "When to see a doctor or physiotherapist" in text
    soon = [f for f in signs_for(CONTENT, "mid-thoracic") if f.urgency is Urgency.SOON]
    assert soon
    for flag in soon:  # each "soon" sign is its own line
        assert flag.sign in text
    assert "Sources" in text
    for flag in signs_for(CONTENT, "mid-thoracic"):  # the printed red flags cite their sources
        for sid in flag.sources:
            assert CONTENT.sources[sid].citation in text


def test_evidence_labels_are_words_not_only_colours() -> None:
    text = text_of(build_handout(CONTENT, "lumbar-right", FULL, TODAY).html)
    for step in steps_for(CONTENT, "lumbar"):
        assert step.evidence.grade.label in text


def test_the_date_content_version_and_review_dates_are_printed() -> None:
    text = text_of(build_handout(CONTENT, "lumbar-left", FULL, TODAY).html)
    guide = CONTENT.guide
    assert "Printed 5 March 2026" in text
    assert f"Content version {guide.version}" in text
    assert f"reviewed {guide.last_reviewed.day} {guide.last_reviewed:%B %Y}" in text
    assert f"next review due {guide.next_review.day} {guide.next_review:%B %Y}" in text


def test_general_handout_has_the_core_messages_and_the_general_steps_but_no_drawing() -> None:
    handout = build_handout(CONTENT, None, FULL, TODAY)
    text = text_of(handout.html)
    for message in CONTENT.guide.core_messages:
        assert message.text in text
    for step in steps_for(CONTENT, None):
        assert step.title in text
    assert not handout.has_drawing and DRAWING_ANCHOR not in handout.html
    assert handout.region_id is None and handout.legend == ()


def test_region_handout_keeps_a_place_for_the_drawing_and_its_legend() -> None:
    handout = build_handout(CONTENT, "lumbar-left", FULL, TODAY)
    assert handout.html.count(f'name="{DRAWING_ANCHOR}"') == 1
    assert handout.drawing_height_pt >= 9 * 72 / 2.54
    assert [kind for kind, _ in handout.legend] == ["region", "essential", "spillover", "caption"]


def test_sizes_are_points_never_pixels() -> None:
    for large in (False, True):
        html = build_handout(CONTENT, "lumbar-left", HandoutOptions(large_print=large, full=True), TODAY).html
        assert not re.search(r"\d\s*px", html)
        assert re.search(r"font-size: \d+(\.\d+)?pt", html)


def test_large_print_body_text_is_at_least_14_points() -> None:
    normal = build_handout(CONTENT, "lumbar-left", FULL, TODAY)
    large = build_handout(CONTENT, "lumbar-left", HandoutOptions(large_print=True, full=True), TODAY)
    assert 9 <= normal.sizes.body <= 11.5
    assert large.sizes.body >= 14
    assert large.sizes.h1 > normal.sizes.h1 and large.sizes.small > normal.sizes.small


def test_checklist_and_diary_are_printed_only_when_asked_for() -> None:
    progress, diary = "<p>MY-PROGRESS</p>", "<p>MY-DIARY</p>"
    without = build_handout(CONTENT, "lumbar-left", FULL, TODAY, progress, diary)
    assert "MY-PROGRESS" not in without.html and "MY-DIARY" not in without.html
    with_both = build_handout(CONTENT, "lumbar-left",
                              HandoutOptions(include_checklist=True, include_diary=True),
                              TODAY, progress, diary)
    assert "Your progress" in with_both.html and "MY-PROGRESS" in with_both.html
    assert "Your pain diary" in with_both.html and "MY-DIARY" in with_both.html


def test_an_unknown_region_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        build_handout(CONTENT, "lumbar-middle", FULL, TODAY)


def test_an_unknown_paper_size_is_refused() -> None:
    with pytest.raises(HandoutError, match="a4 or letter"):
        HandoutOptions(paper="a5")


@pytest.mark.parametrize(("locale_name", "paper"), [
    ("en_US", "letter"), ("en_US.UTF-8", "letter"), ("fr_CA", "letter"), ("es-MX", "letter"),
    ("fil_PH", "letter"), ("en_GB", "a4"), ("de_DE", "a4"), ("en_AU", "a4"), ("C", "a4"),
    ("", "a4"),
])
def test_default_paper_follows_the_country(locale_name: str, paper: str) -> None:
    assert default_paper(locale_name) == paper
