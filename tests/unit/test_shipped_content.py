"""The English guide that ships with the app is complete and consistent."""

from __future__ import annotations

import pytest

from backguide.core.artwork import load_artwork
from backguide.core.content import load_content
from backguide.core.matching import artwork_mismatches, referrals_to, zone_area, zone_areas
from backguide.core.model import EVIDENCE_GRADES, Region, Side, Surface, Urgency
from backguide.core.pages import escape, zone_page
from backguide.core.region_sections import region_section_builders
from backguide.paths import asset, content_dir

CONTENT = load_content(content_dir())


def _cited() -> set[str]:
    c = CONTENT
    groups = [c.guide.map_caveat_sources, *(m.sources for m in c.guide.core_messages)]
    groups += [m.sources for m in c.muscles.values()]
    groups += [e.evidence.sources for e in c.explanations.values()]
    groups += [s.evidence.sources for s in c.steps]
    groups += [caution.sources for s in c.steps for caution in s.cautions]
    groups += [f.sources for f in c.red_flags]
    groups += [m.evidence.sources for m in c.movements]
    return {s for g in groups for s in g}


def test_every_cited_source_exists_and_every_source_is_cited() -> None:
    assert _cited() == set(CONTENT.sources)


def test_regions_cover_six_levels_on_both_sides_top_to_bottom() -> None:
    assert [lv.id for lv in CONTENT.levels] == [
        "cervical", "upper-thoracic", "mid-thoracic", "lower-thoracic", "lumbar", "sacral"]
    assert len(CONTENT.regions) == 12
    assert {r.side for r in CONTENT.regions} == {Side.LEFT, Side.RIGHT}


def test_every_muscle_of_the_clinical_referral_table_is_there() -> None:
    latin = {m.latin.lower() for m in CONTENT.muscles.values()}
    for name in ("iliocostalis thoracis", "iliocostalis lumborum", "longissimus thoracis",
                 "multifidus", "rotatores", "quadratus lumborum",
                 "serratus posterior inferior"):
        assert any(name in entry for entry in latin), name


def test_every_muscle_belongs_to_a_region_and_every_place_leads_somewhere() -> None:
    used = {m for lv in CONTENT.levels for m in lv.muscles}
    assert used == set(CONTENT.muscles)
    # A place leads to the muscles that can send pain there, or else to an
    # explanation card (the back of the thigh: no muscle here, but sciatica).
    assert all(referrals_to(CONTENT, area.id) or area.zone.explanations
               for area in zone_areas(CONTENT))


def test_the_original_guides_remedies_are_graded_as_the_clinical_reference_says() -> None:
    grades = {s.id: s.evidence.grade.id for s in CONTENT.steps}
    assert grades["keep-moving"] == "guideline"
    assert grades["heat"] == "moderate"
    assert grades["acupuncture"] == "low"
    assert grades["capsicum-plaster"] == "moderate"
    assert grades["menthol-camphor-balm"] == "none"
    assert grades["bromelain"] == "none"
    assert grades["glucosamine"] == "no-benefit"
    assert grades["magnesium"] == "low"
    assert grades["treat-both-sides"] == "experience"
    assert set(grades.values()) <= set(EVIDENCE_GRADES)


def test_personal_cautions_are_machine_readable_on_the_right_steps() -> None:
    keys = {s.id: s.caution_keys for s in CONTENT.steps}
    assert "numb-skin" in keys["heat"]
    assert "blood-thinners" in keys["methyl-salicylate-rub"]
    # Some balms also hold methyl salicylate: a person on blood thinners is warned there too.
    assert "blood-thinners" in keys["menthol-camphor-balm"]
    assert {"blood-thinners", "shellfish-allergy"} <= keys["glucosamine"]
    assert "kidney-disease" in keys["magnesium"]
    assert set(CONTENT.caution_keys) == {"blood-thinners", "pregnancy", "numb-skin",
                                         "kidney-disease", "shellfish-allergy", "under-16"}


def test_no_step_gives_a_dose() -> None:
    import re

    dose = re.compile(r"\b\d+\s?(mg|g|ml|mcg|µg|tablets?|capsules?)\b", re.IGNORECASE)
    for step in CONTENT.steps:
        text = " ".join([step.summary, *step.actions, step.how_long,
                         *(c.text for c in step.cautions)])
        assert not dose.search(text), step.id


def test_red_flags_have_every_urgency_and_emergencies_name_all_three_numbers() -> None:
    assert {f.urgency for f in CONTENT.red_flags} == set(Urgency)
    for flag in CONTENT.red_flags:
        if flag.urgency is Urgency.EMERGENCY:
            assert all(n in flag.action for n in ("999", "911", "112")), flag.id


def test_every_region_and_zone_is_drawn_and_every_drawn_area_has_content() -> None:
    assert artwork_mismatches(CONTENT, load_artwork(asset("back.svg"))) == []


def test_guide_says_it_is_not_a_diagnosis() -> None:
    disclaimer = CONTENT.guide.disclaimer.lower()
    assert "not" in disclaimer and "diagnos" in disclaimer and "substitute" in disclaimer
    assert CONTENT.guide.next_review > CONTENT.guide.last_reviewed


def test_red_flag_questions_are_questions_and_signs_are_not() -> None:
    for flag in CONTENT.red_flags:
        assert flag.question.endswith("?"), flag.id
        assert not flag.sign.endswith("?"), flag.id


def _caution_sources(step_id: str, words: str) -> set[str]:
    """The sources of the caution on ``step_id`` whose text mentions ``words``."""
    step = next(s for s in CONTENT.steps if s.id == step_id)
    found = [c for c in step.cautions if words.lower() in c.text.lower()]
    assert found, f"{step_id} has no caution about {words!r}"
    return {sid for c in found for sid in c.sources}


def test_remedy_cautions_cite_the_source_that_really_says_them() -> None:
    expected = [
        ("methyl-salicylate-rub", "warfarin", {"joss-2000", "yip-1990"}),
        ("methyl-salicylate-rub", "allergic to aspirin", {"salicylate-label"}),
        ("methyl-salicylate-rub", "poisonous if swallowed", {"davis-2007"}),
        ("menthol-camphor-balm", "4 in 100", {"antonelli-2020"}),
        ("menthol-camphor-balm", "poisonous if swallowed", {"antonelli-2020"}),
        ("bromelain", "pineapple", {"pavan-2012"}),
        ("bromelain", "bleeding", {"pavan-2012"}),
        ("glucosamine", "warfarin", {"mhra-glucosamine"}),
        ("glucosamine", "diabetes", {"ukmi-glucosamine"}),
        ("magnesium", "diarrhoea", {"nih-ods-magnesium"}),
        ("magnesium", "levothyroxine", {"nih-ods-magnesium", "levothyroxine-smpc"}),
        ("magnesium", "kidney disease", {"nih-ods-magnesium"}),
        ("acupuncture", "blood thinner", {"nhs-acupuncture"}),
        ("acupuncture", "breathlessness", {"nhs-collapsed-lung"}),
        ("capsicum-plaster", "hot shower", {"capsaicin-leaflet"}),
        ("cold", "raynaud", {"nhs-raynauds"}),
        ("cold", "numb skin", {"mpft-heat-cold"}),
        ("heat", "can burn", {"fda-heating-pads-1995", "mpft-heat-cold"}),
        ("heat", "numb skin", {"fda-heating-pads-1995", "mpft-heat-cold"}),
        ("menthol-camphor-balm", "7 days", {"tiger-balm-label"}),
        ("menthol-camphor-balm", "allergic to aspirin", {"salicylate-label"}),
        ("menthol-camphor-balm", "blood thinner", {"joss-2000", "yip-1990"}),
        ("glucosamine", "shellfish", {"glucosamine-smpc"}),
        ("bromelain", "pregnant", {"nhs-medicines-pregnancy", "nhs-breastfeeding-medicines"}),
        ("magnesium", "pregnant", {"nhs-medicines-pregnancy", "nhs-breastfeeding-medicines"}),
        ("glucosamine", "pregnant", {"nhs-medicines-pregnancy", "nhs-breastfeeding-medicines"}),
    ]
    for step_id, words, sources in expected:
        assert sources <= _caution_sources(step_id, words), (step_id, words)
    # Bromelain's bleeding caution rests on a review of its action, not on a knee trial.
    assert "brien-2006" not in _caution_sources("bromelain", "bleeding")


def test_no_text_presents_swelling_or_heat_as_part_of_ordinary_spasm() -> None:
    texts = [e.text for e in CONTENT.explanations.values()]
    texts += [t for s in CONTENT.steps for t in (s.summary, *s.actions, *(c.text for c in s.cautions))]
    for text in texts:
        lowered = text.lower()
        assert "inflamed" not in lowered and "swollen and" not in lowered, text
    for step_id in ("heat", "cold"):
        assert _caution_sources(step_id, "get seen today") == {"nhs-back-pain"}


def test_the_guide_names_its_publisher_reviewer_and_conflict_of_interest() -> None:
    guide = CONTENT.guide
    assert guide.version == "2.1.0"
    assert guide.publisher and guide.reviewer
    assert "acupuncture" in guide.conflict_of_interest
    assert guide.publisher in guide.governance and "acupuncture" in guide.governance


def test_explanations_of_fact_are_not_labelled_as_guideline_advice() -> None:
    for eid in ("most-get-better", "no-single-cause", "scans", "disc-wear", "disc-herniation"):
        assert CONTENT.explanations[eid].evidence.grade.id == "research", eid


def test_sciatica_is_explained_at_the_low_back_and_the_base_of_the_spine() -> None:
    levels = {lv.id for lv in CONTENT.levels if "sciatica" in lv.explanations}
    assert {"lumbar", "sacral"} <= levels
    title = escape(CONTENT.explanations["sciatica"].title)
    for region in CONTENT.regions:
        if region.level.id in ("lumbar", "sacral"):
            assert title in _why_it_hurts(region), region.id


def _why_it_hurts(region: Region) -> str:
    """The "Why it hurts" section of a region's page, as the panel builds it."""
    return next(html() for key, _title, html in region_section_builders(CONTENT, region)
                if key == "why")


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_the_back_of_the_thigh_is_a_place_on_each_side_that_leads_to_sciatica(
        side: Side) -> None:
    area = zone_area(CONTENT, f"back-of-thigh-{side.value}")
    assert area.side is side and area.zone.surface is Surface.BACK
    assert area.id in load_artwork(asset("back.svg")).zones
    sciatica = CONTENT.explanations["sciatica"]
    page = zone_page(CONTENT, area)
    assert escape(sciatica.title) in page and escape(sciatica.text) in page
    # CLINICAL.md names no muscle that sends pain to the back of the thigh.
    assert referrals_to(CONTENT, area.id) == []
    assert escape(CONTENT.words.text("panel.no_muscle_here")) in page


def test_how_sure_lines_are_short_and_free_of_jargon() -> None:
    summaries = [e.evidence.summary for e in CONTENT.explanations.values()]
    summaries += [s.evidence.summary for s in CONTENT.steps]
    for summary in summaries:
        assert len(summary.split()) <= 25, summary
        for jargon in ("Cochrane", "usual care", "low certainty"):
            assert jargon not in summary, summary


def test_manual_therapy_carries_the_neck_manipulation_caution_for_the_neck_only() -> None:
    from backguide.core.content import load_content
    from backguide.paths import content_dir

    content = load_content(content_dir())
    step = next(s for s in content.steps if s.id == "manual-therapy")
    neck = [c for c in step.cautions if "blood vessels in the neck" in c.text]
    assert len(neck) == 1 and neck[0].sources == ("rushton-2023",)
    assert neck[0].applies_to("cervical") and not neck[0].applies_to("lumbar")


def test_no_word_is_broken_by_a_folded_line() -> None:
    """A YAML line ending in "long-" folds to "long- term": every such break is a typo."""
    import re

    from backguide.paths import content_dir

    broken = []
    for path in sorted(content_dir().glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        broken += [f"{path.name}:{n}" for n, line in enumerate(lines, 1)
                   if re.search(r"[A-Za-z]-$", line) and not line.lstrip().startswith("#")]
    assert broken == []


def test_the_shipped_folder_raises_no_warnings() -> None:
    from backguide.core.content import unexpected_files
    from backguide.paths import content_dir

    assert unexpected_files(content_dir()) == []


# Research done only in low back pain (shared/CLINICAL.md sources): a step or movement
# that rests on it alone, and is offered for the neck or upper back, says so in its
# "How sure" line. Garra 2010 studied neck and back strain; the neck sources are the neck's own.
LOW_BACK_RESEARCH = frozenset({
    "nice-ng59", "nice-qs155", "acp-2017", "foster-2018", "french-2006", "oltean-2014",
    "mu-2020", "wilkens-2010", "yousef-2013", "williams-2014", "steffens-2016", "hayden-2021",
})
WIDER_RESEARCH = frozenset({"garra-2010", "nhs-neck-pain", "cks-neck-pain"})
NECK_AND_UPPER_BACK = frozenset({"cervical", "upper-thoracic", "mid-thoracic", "lower-thoracic"})


def test_what_was_studied_only_in_low_back_pain_says_so_on_the_neck_and_upper_back() -> None:
    from backguide.paths import content_dir

    for locale, words in (("en", "low back"), ("es", "lumbar")):
        content = load_content(content_dir(locale))
        every_level = tuple(level.id for level in content.levels)
        items = [(s.id, s.levels or every_level, s.evidence) for s in content.steps]
        items += [(m.id, m.levels, m.evidence) for m in content.movements]
        for item_id, levels, evidence in items:
            sources = set(evidence.sources)
            if not NECK_AND_UPPER_BACK & set(levels) or sources & WIDER_RESEARCH:
                continue
            if sources & LOW_BACK_RESEARCH:
                assert words in evidence.summary.lower(), (locale, item_id, evidence.summary)


def test_patients_read_upper_back_never_chest_level_for_the_thoracic_levels() -> None:
    """Names and descriptions follow the level names "Upper back (top part)" and so on."""
    import re

    from backguide.paths import content_dir

    old_words = {"en": re.compile(r"chest[ -]level", re.IGNORECASE),
                 "es": re.compile(r"(altura|zona|mitad|parte alta|parte baja) del pecho",
                                  re.IGNORECASE)}
    for locale, pattern in old_words.items():
        for path in sorted(content_dir(locale).glob("*.yaml")):
            lines = path.read_text(encoding="utf-8").splitlines()
            found = [f"{path.name}:{n}" for n, line in enumerate(lines, 1)
                     if pattern.search(line) and not line.lstrip().startswith("#")]
            assert found == [], found


def test_the_sciatica_card_gives_every_tier_the_emergency_numbers_and_the_nice_opioid_advice() -> None:
    text = CONTENT.explanations["sciatica"].text
    assert all(number in text for number in ("999", "911", "112"))
    assert "emergency department" in text and "Do not drive yourself" in text
    assert "today" in text  # one leg getting weaker, a foot that drags
    assert "next week or two" in text and "after a few weeks" in text  # not settling: soon
    # NICE NG59: weak opioids, short term, only when other painkillers do not suit or fail.
    assert "weak opioids" in text and "do not suit you or have not worked" in text
    assert "Strong painkillers" not in text
