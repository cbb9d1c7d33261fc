"""The Spanish guide's prose stays easy to read: an INFLESZ budget over all of it.

INFLESZ reads the Szigriszt-Pazos perspicuity of a text on the scale Spanish
health services use for patient information. The score is computed over the
prose of ``content/es`` (the fields ``FIELD_KINDS`` marks as prose, the same
ones a translation may reword), taken together as one text.
"""

from __future__ import annotations

import pytest

from backguide.core.field_kinds import prose_texts
from backguide.core.spanish_readability import inflesz, inflesz_band, syllables
from backguide.paths import content_dir

INFLESZ_BUDGET = 55.0  # the lower edge of INFLESZ's "normal" band

KNOWN_WORDS = {
    # plain syllables
    "dolor": 2, "espalda": 3, "muscular": 3, "músculo": 3, "ejercicio": 4,
    # silent u after q and g before e or i; ü is said
    "que": 1, "quiero": 2, "guerra": 2, "guía": 2, "guitarra": 3, "pingüino": 3,
    "vergüenza": 3, "averigüéis": 4,
    # diphthongs: a weak vowel (i, u) with a strong one, or two different weak ones
    "aire": 2, "huevo": 2, "agua": 2, "ciudad": 2, "cuidado": 3, "historia": 3,
    "fisioterapeuta": 6, "paciencia": 3,
    # hiatus: two strong vowels, or an accented í or ú
    "día": 2, "país": 2, "oído": 3, "leer": 2, "poeta": 3, "baúl": 2, "reír": 2,
    "chiita": 3,
    # a final y is a vowel; elsewhere a consonant
    "y": 1, "hoy": 1, "muy": 1, "rey": 1, "buey": 1, "mayo": 2,
    # h does not join vowels into one group
    "ahora": 3, "ahí": 2,
}


def test_syllable_counter_counts_known_spanish_words() -> None:
    assert {w: syllables(w) for w in KNOWN_WORDS} == KNOWN_WORDS


def test_syllable_counter_ignores_capitals() -> None:
    assert syllables("Día") == syllables("DÍA") == 2
    assert syllables("Guerra") == 2


def test_a_word_without_vowels_counts_as_one_syllable() -> None:
    assert syllables("NHS") == 1


def test_inflesz_of_easy_and_hard_spanish() -> None:
    easy = inflesz(["El dolor de espalda es común. Suele mejorar solo. Camine un poco cada día."])
    hard = inflesz(["La administración concomitante de antiinflamatorios no esteroideos "
                    "incrementa considerablemente la probabilidad de complicaciones "
                    "gastrointestinales en poblaciones especialmente susceptibles."])
    assert inflesz_band(easy) in ("bastante fácil", "muy fácil"), easy
    assert inflesz_band(hard) == "muy difícil", hard


def test_inflesz_follows_the_szigriszt_pazos_formula() -> None:
    # 4 words, 7 syllables (el, do-lor, pa-sa, pron-to), 1 sentence
    score = inflesz(["El dolor pasa pronto."])
    assert score == pytest.approx(206.835 - 62.3 * 7 / 4 - 4 / 1)


def test_inflesz_bands_follow_the_scale() -> None:
    assert [inflesz_band(s) for s in (90, 70, 60, 50, 30)] == [
        "muy fácil", "bastante fácil", "normal", "algo difícil", "muy difícil"]
    assert inflesz_band(55.0) == "normal" and inflesz_band(54.99) == "algo difícil"


def test_inflesz_needs_some_words() -> None:
    with pytest.raises(ValueError):
        inflesz(["123", ""])


def test_the_whole_spanish_guide_reads_at_inflesz_55_or_above() -> None:
    texts = prose_texts(content_dir("es"))
    assert len(texts) > 100
    score = inflesz(texts)
    print(f"INFLESZ of the Spanish guide: {score:.1f} ({inflesz_band(score)})")
    assert score >= INFLESZ_BUDGET, \
        f"INFLESZ {score:.1f} ({inflesz_band(score)}) is below {INFLESZ_BUDGET}"
