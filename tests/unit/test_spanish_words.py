"""With the shipped Spanish guide, every word the core writes is Spanish: no English falls back.

Everything the core writes is produced once for the Spanish guide (every
region's page and every place's, the checklist's pages and summary, every
handout, the diary report) while the app's English is out of reach, so a
call that forgot the guide's words fails; then the guide's words must not
have used their English fallback, and the text must hold none of a list of
English phrases.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html import unescape

import pytest

from backguide.core import pages, wording
from backguide.core.checklist import Checklist, PageKind, emergency_numbers
from backguide.core.checklist_text import handout_progress_html, summary_html
from backguide.core.content import load_content
from backguide.core.diary import DiaryEntry
from backguide.core.diary_report import build_report, pain_word, when_text
from backguide.core.diary_stats import diary_summary, diary_summary_text
from backguide.core.handout import HandoutOptions, build_handout
from backguide.core.handout_plan import Clinic, HandoutPlan, MovementChoice, build_plan_handout
from backguide.core.matching import zone_areas
from backguide.core.model import Content, Duration, Urgency, duration_label, urgency_label
from backguide.core.movements import movement_html, movement_list_html
from backguide.core.region_sections import (
    about_back_pain_html,
    first_steps_html,
    region_intro_html,
    region_sections,
)
from backguide.core.step_order import StepGroup, WorkStatus, group_intro, group_title, work_label
from backguide.core.store import StepState, Store
from backguide.paths import content_dir

# Phrases the English wording prints that no Spanish page should (the sources'
# citations are left out of the text searched: they are in their own language).
ENGLISH_MARKERS = (
    "Your plan", "Where it can send pain", "Get help now", "Printed ", "Content version",
    "your left", "your right", "How long", "How sure", "Take care", "Not a diagnosis",
    "PATIENT HANDOUT", "Seen from behind", "Recommended by guidelines", "Published by",
    "Warning signs", "What may help", "Try first", "Usually", "Sometimes", "hold ",
    "twice", "Page ", "December", "Trend", "entries", "Gentle movements", "Step ", "both sides",
    "left side", "Emergency", "Not recommended", "Good to know", "About back pain",
)
TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def spanish() -> Content:
    return load_content(content_dir("es"))


@pytest.fixture
def no_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's English is out of reach: anything written without the guide's words fails."""
    def refuse() -> None:
        raise AssertionError("Spanish text reached for the app's English words")
    monkeypatch.setattr(wording, "app_english", refuse)


def _plain(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", "", html)
    html = re.sub(r"<(h[1-3])>(Fuentes|Sources)</\1><ol>.*?</ol>", "", html)  # citations
    html = re.sub(r'<p class="refs".*?</p>', "", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _region_pages(content: Content) -> Iterator[str]:
    for region in content.regions:
        yield region.name
        yield region_intro_html(content, region)
        yield first_steps_html(content, region)
        for muscle in (None, *region.muscles):
            for section in region_sections(content, region, muscle):
                if section.key != "sources":
                    yield section.title + " " + section.html
    for area in zone_areas(content):
        yield pages.zone_page(content, area)
    yield about_back_pain_html(content)
    yield pages.welcome_intro_html(content.words)
    yield pages.red_flags_html(content)
    for movement in content.movements:
        yield movement_html(movement, words=content.words)
    yield movement_list_html(list(content.movements), "", content.words)
    yield movement_list_html([], "", content.words)


def _checklist_texts(content: Content, store: Store) -> Iterator[str]:
    checklist = Checklist(content, "lumbar-left", store=store)
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, flag.urgency is Urgency.SOON)
    yield from (page.label for page in checklist.pages)
    checklist.next()
    checklist.set_duration(Duration.ACUTE)
    checklist.set_work(WorkStatus.WORKING)
    checklist.answer_caution("blood-thinners", True)
    checklist.open_others()
    planned = checklist.planned_steps
    checklist.mark_step(planned[0].step.id, StepState.DONE, 6, 3, "mejor")
    checklist.mark_step(planned[1].step.id, StepState.SKIPPED)
    checklist.mark_step(planned[2].step.id, StepState.NOT_FOR_ME, 4, 5)
    checklist.mark_step(planned[3].step.id, StepState.DONE, 4, 4)
    yield from (page.label for page in checklist.pages)
    yield from (p.label for p in planned)
    yield summary_html(checklist.summary())
    yield handout_progress_html(content, checklist, store)
    yield handout_progress_html(content, None, store)
    urgent = Checklist(content, "cervical-left")
    for flag in urgent.questions:
        urgent.answer_flag(flag.id, flag.urgency is Urgency.SAME_DAY)
    urgent.detach_store()
    yield summary_html(urgent.summary())
    yield handout_progress_html(content, urgent, None)
    for place in ("es_ES", "es_MX", ""):
        yield " ".join(f"{n} {w}" for n, w in emergency_numbers(place, content.words))
    yield " ".join(duration_label(content.words, d) for d in Duration)
    yield " ".join(urgency_label(content.words, u) for u in Urgency)
    yield " ".join(work_label(content.words, w) for w in WorkStatus)
    yield " ".join(group_title(content.words, g) + group_intro(content.words, g) for g in StepGroup)


def _handouts(content: Content) -> Iterator[str]:
    options = [HandoutOptions(), HandoutOptions(large_print=True, include_checklist=True,
                                                include_diary=True),
               HandoutOptions(full=True, include_checklist=True, include_diary=True)]
    for region_id in (*content.region_ids, None):
        for chosen in options:
            handout = build_handout(content, region_id, chosen, TODAY, "<p>x</p>", "<p>y</p>")
            yield _handout_words(handout)
    plan = HandoutPlan(regions=("lumbar-left", "lumbar-right", "cervical-left"),
                       steps=("heat", "glucosamine", "acupuncture"),
                       movements=(MovementChoice("knee-to-chest"), MovementChoice("walking")),
                       note="Camine cada día.", clinic=Clinic(name="Clínica Sur"),
                       patient="Ana", follow_up="2027-01-15")
    for large in (False, True):
        yield _handout_words(build_plan_handout(content, plan, HandoutOptions(large_print=large),
                                                TODAY))


def _handout_words(handout: object) -> str:
    words = [getattr(handout, name) for name in ("title", "heading", "footer", "footer_note",
                                                  "disclaimer", "subject")]
    words += [w for _, w in handout.legend]  # type: ignore[attr-defined]
    words += [w for _, w in handout.drawing_words]  # type: ignore[attr-defined]
    words.append(handout.page_text(1, 2))  # type: ignore[attr-defined]
    return " ".join(words) + " " + handout.html  # type: ignore[attr-defined]


def _diary(content: Content) -> Iterator[str]:
    zone = dt.timezone(dt.timedelta(hours=1))
    entries = [DiaryEntry(i, dt.datetime(2026, 11, d, 9, 0, tzinfo=zone), pain, region, "", TODAY)
               for i, (d, pain, region) in enumerate([(18, 7, "lumbar-left"), (20, 6, "lumbar-left"),
                                                      (27, 3, "lumbar-left"), (29, 2, None),
                                                      (30, 0, "sacral-right")])]
    names = {r.id: r.name for r in content.regions}
    for areas in (None, ["lumbar-left"]):
        report = build_report(entries, [], dt.date(2026, 11, 4), TODAY, names, content.guide.title,
                              TODAY, areas=areas, words=content.words)
        yield " ".join([report.title, report.heading, report.html, report.footer,
                        report.page_text(1, 2), *report.summary_lines])
    yield build_report([], [], dt.date(2026, 11, 4), TODAY, names, "BackGuide", TODAY,
                       words=content.words).html
    yield " ".join(diary_summary_text(diary_summary(entries, TODAY), words=content.words))
    yield " ".join(pain_word(p, content.words) for p in (0, 2, 5, 9))
    yield when_text(entries[0].at, content.words)


@pytest.mark.usefixtures("no_english")
def test_the_spanish_guide_writes_no_english(spanish: Content) -> None:
    with Store.in_memory() as store:
        texts = [*_region_pages(spanish), *_checklist_texts(spanish, store), *_handouts(spanish),
                 *_diary(spanish)]
    assert spanish.words.fallen_back == set()
    text = " ".join(_plain(t) for t in texts)
    found = sorted({marker for marker in ENGLISH_MARKERS if marker in text})
    assert found == []
    # And it did write the Spanish: a few words from each part.
    for spanish_words in ("Adónde va el dolor", "Paso 1 de", "Lea esto primero",
                          "el dolor bajó 3", "Su plan", "Página 1 de 2", "su izquierda",
                          "1 de diciembre de 2026", "15 de enero de 2027", "Dolor medio",
                          "falta que la revise", "112 España", "Si le duele el cuello"):
        assert spanish_words in text, spanish_words


def test_the_checklist_pages_are_titled_in_spanish(spanish: Content) -> None:
    checklist = Checklist(spanish)
    assert checklist.current_page.kind is PageKind.RED_FLAGS
    assert checklist.current_page.label == "Señales de alarma"


def test_an_english_guide_makes_the_markers_this_test_looks_for() -> None:
    # The markers are real: the same pages of the English guide carry them.
    english = load_content(content_dir("en"))
    text = " ".join(_plain(t) for t in [*_handouts(english), *_region_pages(english)])
    missing = [m for m in ENGLISH_MARKERS if m not in text
               and m not in ("Step ", "Warning signs", "Trend", "entries", "December")]
    assert missing == []
