"""How easy Spanish prose is to read: the Szigriszt-Pazos perspicuity on the INFLESZ scale.

INFLESZ (Barrio-Cantalejo et al., An Sist Sanit Navar 2008;31(2):135-152) is
the scale Spanish health services use for patient information. The score is
Szigriszt-Pazos's perspicuity, 206.835 - 62.3 x syllables/words -
words/sentences, read on INFLESZ's bands: under 40 very hard, 40 to 55
somewhat hard, 55 to 65 normal, 65 to 80 fairly easy, 80 and over very easy.
"""

from __future__ import annotations

import re
from collections.abc import Callable

INFLESZ_BANDS = ((80.0, "muy fácil"), (65.0, "bastante fácil"), (55.0, "normal"),
                 (40.0, "algo difícil"), (float("-inf"), "muy difícil"))

_WORD = re.compile(r"[a-záéíóúüñ]+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
# After q or g, a plain u before e or i is not said (que, guerra, guía); ü is (pingüino).
_SILENT_U = re.compile(r"(?<=[qg])u(?=[eiéí])")
_STRONG = set("aeoáéóíú")  # a, e, o, and an accented í or ú, which is then said apart
_VOWELS = set("aeiouáéíóúü")


def syllables(word: str) -> int:
    """The syllables of a Spanish word (at least one), by its vowel groups.

    Next to each other, a strong vowel (a, e, o, or an accented í, ú) and a
    weak one (i, u, ü), or two different weak ones, share a syllable
    (aire, cuidado); two strong vowels do not (leer, día, país).
    """
    word = _SILENT_U.sub("", word.lower())
    if word == "y":
        return 1
    if word.endswith("y") and len(word) > 1 and word[-2] in _VOWELS:
        word = word[:-1] + "i"  # hoy, muy, rey: a final y sounds as a vowel
    count = 0
    previous = ""
    for letter in word:
        if letter not in _VOWELS:
            previous = ""
            continue
        if not previous:
            count += 1  # a new group of vowels: a new syllable
        elif letter in _STRONG and previous in _STRONG:
            count += 1  # two strong vowels: a hiatus (le-er, dí-a, pa-ís)
        elif letter == previous:
            count += 1  # the same weak vowel twice: chi-i-ta
        previous = letter
    return max(1, count)


def text_counts(texts: list[str], word: re.Pattern[str],
                syllables_of: Callable[[str], int]) -> tuple[int, int, int]:
    """Words, sentences and syllables of the texts read as one, in any language
    (each text ends at least one sentence); reading indexes are made of these."""
    words = sentences = syllable_count = 0
    for text in texts:
        found = word.findall(text)
        words += len(found)
        syllable_count += sum(syllables_of(w) for w in found)
        sentences += max(1, len(_SENTENCE_END.findall(text.strip().rstrip(".!?") + ".")))
    return words, sentences, syllable_count


def inflesz(texts: list[str]) -> float:
    """The perspicuity of the texts read as one (each text ends at least one sentence)."""
    words, sentences, syllable_count = text_counts(texts, _WORD, syllables)
    if not words:
        raise ValueError("there is no text to measure")
    return 206.835 - 62.3 * syllable_count / words - words / sentences


def inflesz_band(score: float) -> str:
    """The INFLESZ band of a score, in its Spanish name ("normal", "bastante fácil")."""
    return next(name for lower, name in INFLESZ_BANDS if score >= lower)
