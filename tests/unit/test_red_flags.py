"""The warning signs: every one of the clinical reference, in its tier, for its level."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from backguide.core.checklist import Checklist, PageKind
from backguide.core.checklist_text import summary_html
from backguide.core.content import load_content
from backguide.core.errors import ContentError
from backguide.core.handout import HandoutOptions, build_handout
from backguide.core.model import Urgency
from backguide.core.pages import red_flags_html, step_html
from backguide.core.red_flags import sign_groups, signs_for
from backguide.paths import content_dir

CONTENT = load_content(content_dir())
DATA = Path(__file__).parents[1] / "data"
E, S, N = Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.SOON

# shared/CLINICAL.md, "Red flags": each item of the list, as the id that asks it.
GENERAL_SIGNS = {
    # Emergency
    "both-legs": E,  # pain, numbness, tingling or weakness in BOTH legs
    "saddle-numbness": E,  # numb saddle area, altered feeling when wiping
    "saddle-tingling": E,  # pins and needles in the saddle area
    "bladder-bowel": E,  # trouble starting/stopping peeing, leaking, bowel control
    "bladder-feeling": E,  # not feeling urine pass, not knowing the bladder is full
    "sexual-function": E,  # erection, ejaculation, feeling during sex
    "legs-heavy-weak": E,  # legs suddenly heavy, clumsy or weak, difficulty walking
    "chest-pain": E,
    "serious-fall": E,
    # Same day
    "fever": S,  # high temperature, hot and shivery, very unwell
    "back-lump": S,  # swelling, lump, change of shape
    "red-hot-skin": S,
    "weight-loss": S,
    "night-pain": S,  # constant, worse at night, not eased by rest
    "minor-fall-weak-bones": S,
    "cancer-history": S,
    "upper-back-constant": S,  # constant upper-back pain, not only with feeling unwell
    "leg-weakness-worse": S,  # one leg weaker, foot drags or slaps
    "immune-or-drug-use": S,
    # Soon
    "first-episode-over-50": N,  # age alone is no longer same-day
    "sciatica-not-settling": N,
    "worse-cough-sneeze": N,
    "morning-stiffness": N,  # possible inflammatory back pain (NICE NG65)
    "not-improving": N,
    "keeps-coming-back": N,
    "stops-daily-activities": N,
    "severe-or-not-coping": N,
}
# "Neck level (cervical) adds".
NECK_SIGNS = {
    "neck-fever-headache": E,
    "neck-sudden-severe": E,
    "both-arms": E,
    "neck-serious-fall": E,
    "arm-weakness-worse": S,
    "arm-pain-not-settling": N,
}
FLAGS = {f.id: f for f in CONTENT.red_flags}


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


# -- every sign, in its tier ------------------------------------------------------

@pytest.mark.parametrize(("flag_id", "urgency"), GENERAL_SIGNS.items())
def test_every_general_sign_exists_in_its_tier_for_every_level(flag_id: str,
                                                               urgency: Urgency) -> None:
    assert flag_id in FLAGS, f"missing red flag {flag_id}"
    assert FLAGS[flag_id].urgency is urgency
    assert FLAGS[flag_id].levels == ()


@pytest.mark.parametrize(("flag_id", "urgency"), NECK_SIGNS.items())
def test_every_neck_sign_exists_in_its_tier_for_the_neck_only(flag_id: str,
                                                             urgency: Urgency) -> None:
    assert flag_id in FLAGS, f"missing red flag {flag_id}"
    assert FLAGS[flag_id].urgency is urgency
    assert FLAGS[flag_id].levels == ("cervical",)


def test_no_sign_ships_without_a_place_in_the_tables() -> None:
    assert set(FLAGS) == set(GENERAL_SIGNS) | set(NECK_SIGNS)


def test_emergency_advice_says_not_to_drive_yourself() -> None:
    for flag in CONTENT.red_flags:
        if flag.urgency is E:
            assert "Do not drive yourself" in flag.action, flag.id


def test_no_soon_sign_says_today_or_now() -> None:
    for flag in CONTENT.red_flags:
        if flag.urgency is N:
            words = f"{flag.sign} {flag.question} {flag.action}".lower()
            assert not re.search(r"\b(today|now|urgent(ly)?)\b", words.replace("not urgent", "")), \
                flag.id


def test_the_cancer_question_asks_about_now_and_the_past_and_says_to_tell_them() -> None:
    cancer = FLAGS["cancer-history"]
    assert "now" in cancer.question and "past" in cancer.question
    assert "skin cancer" in cancer.question
    assert "Tell them about the cancer" in cancer.action


def test_the_immune_question_gives_examples() -> None:
    question = FLAGS["immune-or-drug-use"].question
    for example in ("HIV", "chemotherapy", "transplant", "biologic", "steroids"):
        assert example in question


def test_the_blood_thinner_question_names_the_common_ones() -> None:
    question = CONTENT.caution_keys["blood-thinners"].question
    for name in ("warfarin", "apixaban", "rivaroxaban", "edoxaban", "dabigatran",
                 "clopidogrel", "aspirin"):
        assert name in question


# -- sources ------------------------------------------------------------------------

def test_every_red_flag_cites_sources_that_exist() -> None:
    for flag in CONTENT.red_flags:
        assert flag.sources, flag.id
        assert set(flag.sources) <= set(CONTENT.sources), flag.id


def test_every_step_with_cautions_cites_sources_that_exist() -> None:
    for step in CONTENT.steps:
        assert set(step.evidence.sources) <= set(CONTENT.sources), step.id
        if step.cautions and step.evidence.grade.id != "experience":
            assert step.evidence.sources, step.id


@pytest.mark.parametrize("locale", ["en", "es"])
def test_every_caution_cites_a_source_that_exists_unless_marked_as_practice(locale: str) -> None:
    content = load_content(content_dir(locale))
    for step in content.steps:
        for caution in step.cautions:
            assert set(caution.sources) <= set(content.sources), (step.id, caution.text)
            assert caution.sources or caution.experience, (step.id, caution.text)


def test_a_caution_marked_as_practice_is_one_the_clinical_reference_gives_no_source_for() -> None:
    practice = {(step.id, caution.text) for step in CONTENT.steps for caution in step.cautions
                if caution.experience}
    # The author's heat caution (CLINICAL.md: practitioner experience), and two lines of
    # ordinary good practice: tell the instructor, tell the practitioner.
    assert {step_id for step_id, _ in practice} == {"heat", "exercise-programme",
                                                    "manual-therapy"}
    heat = [text for step_id, text in practice if step_id == "heat"]
    assert all("author of the original guide" in text for text in heat)


# -- where the neck's signs show ------------------------------------------------

def _neck_signs_in(text: str) -> set[str]:
    return {fid for fid in NECK_SIGNS if FLAGS[fid].sign in text}


def test_the_urgent_signs_page_groups_every_level_and_heads_the_neck_group() -> None:
    text = _text(red_flags_html(CONTENT))
    assert _neck_signs_in(text) == set(NECK_SIGNS)
    assert all(FLAGS[fid].sign in text for fid in GENERAL_SIGNS)
    assert text.index("For any back or neck pain") < text.index("If your neck hurts")
    neck = text[text.index("If your neck hurts"):]
    assert neck.index("Emergency") < neck.index("Get seen today") < neck.index("Not urgent")


def test_the_urgent_signs_page_says_each_tier_action_once_per_group() -> None:
    text = _text(red_flags_html(CONTENT))
    groups = sign_groups(CONTENT)
    emergency_groups = sum(1 for g in groups if g.with_urgency(E))
    assert text.count("Do not drive yourself") == emergency_groups


def test_the_checklist_asks_the_neck_signs_for_a_neck_region_only() -> None:
    neck = {f.id for f in Checklist(CONTENT, "cervical-left").questions}
    waist = {f.id for f in Checklist(CONTENT, "lumbar-left").questions}
    assert set(NECK_SIGNS) <= neck and set(GENERAL_SIGNS) <= neck
    assert not set(NECK_SIGNS) & waist and set(GENERAL_SIGNS) <= waist


@pytest.mark.parametrize(("region_id", "has_neck"),
                         [("cervical-right", True), (None, True), ("lumbar-left", False)])
def test_the_handout_shows_the_neck_group_on_neck_and_general_handouts_only(
        region_id: str | None, has_neck: bool) -> None:
    text = _text(build_handout(CONTENT, region_id, HandoutOptions(full=True),
                               dt.date(2026, 3, 5)).html)
    assert _neck_signs_in(text) == (set(NECK_SIGNS) if has_neck else set())
    assert ("If your neck hurts" in text) == has_neck
    assert all(FLAGS[fid].sign in text for fid in GENERAL_SIGNS)


# -- "soon" never blocks -------------------------------------------------------------

@pytest.mark.parametrize("region_id", ["cervical-left", "lumbar-left", None])
def test_yes_to_every_soon_sign_goes_on_without_an_acknowledgement(region_id: str | None) -> None:
    checklist = Checklist(CONTENT, region_id)
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, flag.urgency is N)
    assert checklist.soon_answered == checklist.soon_flags != ()
    assert checklist.can_go_next()
    assert checklist.next().kind is PageKind.ABOUT_YOU
    assert not checklist.acknowledged
    assert PageKind.SAME_DAY not in {p.kind for p in checklist.pages}


def test_the_summary_lists_soon_answers_as_not_urgent_and_never_says_today() -> None:
    checklist = Checklist(CONTENT, "cervical-left")
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, flag.id == "arm-pain-not-settling")
    text = _text(summary_html(checklist.summary()))
    assert FLAGS["arm-pain-not-settling"].sign in text
    assert "not urgent" in text and "today" not in text.lower()


# -- the format ------------------------------------------------------------------

def test_the_loader_refuses_an_unknown_level_with_file_and_line(minimal_content: Path) -> None:
    shutil.copyfile(DATA / "broken" / "red_flags.yaml--unknown-level.yaml",
                    minimal_content / "red_flags.yaml")
    with pytest.raises(ContentError) as caught:
        load_content(minimal_content)
    problem = next(p for p in caught.value.problems if "unknown level 'neck'" in p.message)
    assert problem.file == str(minimal_content / "red_flags.yaml")
    assert str(problem).startswith(f"{minimal_content / 'red_flags.yaml'}:8:")


def test_a_caution_for_one_level_shows_with_its_step_at_that_level_only(
        minimal_content: Path) -> None:
    steps = minimal_content / "steps.yaml"
    steps.write_text(steps.read_text(encoding="utf-8").replace(
        "      keys: [blood-thinners]\n",
        "      keys: [blood-thinners]\n"
        "    - text: Only for the waist.\n      levels: [lumbar]\n"), encoding="utf-8")
    step = load_content(minimal_content).steps[0]
    assert step.cautions[1].levels == ("lumbar",)
    assert "Only for the waist." in step_html(step, level_id="lumbar")
    assert "Only for the waist." not in step_html(step, level_id="sacral")
    assert "Only for the waist." in step_html(step)  # general advice carries every caution


def test_signs_for_a_level_are_everyone_s_then_the_level_s_own_most_urgent_first() -> None:
    flags = signs_for(CONTENT, "cervical")
    general = [f for f in flags if not f.levels]
    own = [f for f in flags if f.levels]
    assert flags == (*general, *own)
    order = list(Urgency)
    for part in (general, own):
        ranks = [order.index(f.urgency) for f in part]
        assert ranks == sorted(ranks)
