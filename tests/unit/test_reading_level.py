"""The guide's prose stays easy to read: a Flesch-Kincaid budget over all of it.

CLINICAL.md asks for a reading age of about 11 to 12 (US school grade 6).
The grade is computed over every piece of prose a reader sees (titles,
summaries, actions, explanations, cautions, core messages), taken together
as one text. Citations and Latin names are not prose and are left out.
"""

from __future__ import annotations

import re

from backguide.core.content import load_content
from backguide.core.model import Content
from backguide.core.spanish_readability import text_counts
from backguide.paths import content_dir

GRADE_BUDGET = 6.0
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def syllables(word: str) -> int:
    """An estimate of the syllables in an English word (at least one)."""
    word = word.lower().removesuffix("'s")
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", word)
    word = word.removeprefix("y")
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word)))


def prose(content: Content) -> list[str]:
    """Every piece of text a reader of the guide sees, apart from citations and Latin names."""
    guide = content.guide
    texts = [guide.disclaimer, guide.map_caveat, *guide.see_a_professional,
             *(m.text for m in guide.core_messages)]
    for level in content.levels:
        texts += [level.name, level.description]
    for muscle in content.muscles.values():
        texts += [muscle.name, muscle.location, muscle.referral_note]
    for zone in content.zones.values():
        texts += [zone.name, zone.description]
    for e in content.explanations.values():
        texts += [e.title, e.text, e.evidence.summary]
    for step in content.steps:
        texts += [step.title, step.summary, *step.actions, step.how_long, step.evidence.summary,
                  *(c.text for c in step.cautions)]
    for flag in content.red_flags:
        texts += [flag.sign, flag.question, flag.action]
    return [t for t in texts if t.strip()]


def grade(texts: list[str]) -> float:
    """The Flesch-Kincaid grade of the texts read as one (each text ends at least one sentence)."""
    words, sentences, syllable_count = text_counts(texts, _WORD, syllables)
    return 0.39 * words / sentences + 11.8 * syllable_count / words - 15.59


def test_syllable_counter_counts_everyday_words() -> None:
    counts = {"back": 1, "pain": 1, "muscle": 2, "better": 2, "exercise": 3, "the": 1,
              "spine": 1, "guidelines": 3, "painkiller": 3, "pharmacist": 3}
    assert {w: syllables(w) for w in counts} == counts


def test_syllable_counter_is_within_one_on_long_words() -> None:
    counts = {"physiotherapist": 6, "usually": 4, "inflammation": 4, "anti-inflammatory": 7}
    for word, count in counts.items():
        assert abs(sum(syllables(w) for w in word.split("-")) - count) <= 1, word


def test_grade_of_simple_and_hard_text() -> None:
    assert grade(["The cat sat on the mat."]) < 2
    assert grade(["Nonsteroidal anti-inflammatory medication demonstrates considerable "
                  "gastrointestinal toxicity in susceptible populations."]) > 12


def test_the_whole_guide_reads_at_grade_6_or_below() -> None:
    figure = grade(prose(load_content(content_dir())))
    print(f"reading grade of the shipped guide: {figure:.2f}")
    assert figure <= GRADE_BUDGET, f"reading grade {figure:.1f} is above {GRADE_BUDGET}"
