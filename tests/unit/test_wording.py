"""The words BackGuide writes itself come from each guide's wording.yaml, checked like content.

A translation's mistakes are made in a copy of the shipped Spanish wording
(as the parity tests do with the rest of a translation), so each test names
the one line it changes.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from backguide.cli import main
from backguide.core.checklist import emergency_numbers
from backguide.core.content import load_content
from backguide.core.errors import ContentError
from backguide.core.parity import translation_problems
from backguide.core.wording import Words, english, placeholders
from backguide.paths import content_dir

ENGLISH = load_content(content_dir("en"))
SPANISH = load_content(content_dir("es"))


@pytest.fixture
def spanish(tmp_path: Path) -> Path:
    """A copy of the shipped Spanish guide next to a copy of the English one; returns its folder."""
    shutil.copytree(content_dir("en"), tmp_path / "en")
    shutil.copytree(content_dir("es"), tmp_path / "es")
    return tmp_path / "es"


def _change(folder: Path, old: str, new: str) -> int:
    """Replace ``old`` (once) in the folder's wording.yaml; the line it is on."""
    path = folder / "wording.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


# -- dates, numbers and lists in each language -----------------------------------------

@pytest.mark.parametrize("day, english, spanish", [
    (dt.date(2026, 12, 1), "1 December 2026", "1 de diciembre de 2026"),
    (dt.date(2027, 5, 31), "31 May 2027", "31 de mayo de 2027"),
])
def test_a_long_date_is_written_in_each_language(day: dt.date, english: str, spanish: str) -> None:
    assert ENGLISH.words.date(day) == english
    assert SPANISH.words.date(day) == spanish


def test_a_moment_in_short_is_written_in_each_language() -> None:
    moment = dt.datetime(2026, 11, 3, 8, 30)
    assert ENGLISH.words.date_time(moment) == "Tue 3 Nov 2026, 08:30"
    assert SPANISH.words.date_time(moment) == "mar 3 nov 2026, 08:30"


def test_decimals_use_the_languages_mark() -> None:
    assert ENGLISH.words.decimal(4.25) == "4.2"
    assert SPANISH.words.decimal(4.25) == "4,2"


def test_names_in_a_sentence_end_with_the_languages_and() -> None:
    assert ENGLISH.words.join(["buttock", "groin", "belly"]) == "buttock, groin and belly"
    assert SPANISH.words.join(["nalga", "ingle", "vientre"]) == "nalga, ingle y vientre"
    assert SPANISH.words.join(["nalga"]) == "nalga"


def test_counts_take_the_singular_only_for_one() -> None:
    assert ENGLISH.words.count("diary.entries", 1) == "1 entry"
    assert ENGLISH.words.count("diary.entries", 0) == "0 entries"
    assert SPANISH.words.count("diary.entries", 2) == "2 anotaciones"


def test_a_dose_reads_in_the_guides_language() -> None:
    knee = next(m for m in SPANISH.movements if m.id == "knee-to-chest").dose
    assert knee.words(SPANISH.words) == "5 veces, manténgase así 10 segundos, dos veces al día"
    assert knee.words(ENGLISH.words) == knee.text == "5 times, hold 10 seconds, twice a day"


def test_regions_and_places_are_named_with_their_side_in_the_guides_language() -> None:
    assert SPANISH.region("lumbar-left").name == "Parte baja de la espalda (cintura), lado izquierdo"
    assert ENGLISH.region("lumbar-left").name == "Low back (waist), left"


def test_evidence_labels_are_the_guides_own() -> None:
    heat = next(s for s in SPANISH.steps if s.id == "heat")
    assert heat.evidence.grade.label == "Algunas pruebas de que ayuda un poco"
    assert heat.evidence.grade.rank == 2


@pytest.mark.parametrize("place, first", [("es_ES", "112"), ("es_MX", "911"), ("en_US", "911"),
                                          ("es_AR", "112"), ("", "112")])
def test_the_spanish_guide_gives_112_and_911_the_persons_own_first(place: str, first: str) -> None:
    numbers = emergency_numbers(place, SPANISH.words)
    assert numbers[0][0] == first
    assert sorted(n for n, _ in numbers) == ["112", "911"]
    assert dict(numbers)["112"] == "España y la Unión Europea"


# -- the translation's own note --------------------------------------------------------

def test_a_translation_still_to_be_reviewed_says_so_in_its_governance() -> None:
    note = SPANISH.guide.translation_note
    assert note == ("Traducción del contenido en inglés 2.1.0, hecha por el proyecto BackGuide; "
                    "falta que la revise un profesional sanitario nativo.")
    assert SPANISH.guide.governance.endswith(note)
    assert ENGLISH.guide.translation_note == ""


def test_a_reviewed_translation_names_its_reviewer_and_has_no_pending_note(spanish: Path) -> None:
    guide = spanish / "guide.yaml"
    guide.write_text(guide.read_text(encoding="utf-8")
                     .replace('reviewer: ""', "reviewer: Dra. Ana Pérez")
                     .replace('reviewed: ""', "reviewed: 2027-01-15"), encoding="utf-8")
    content = load_content(spanish)
    assert content.guide.translation_note == ""
    assert content.guide.governance.endswith(
        "Traducción del contenido en inglés 2.1.0, hecha por el proyecto BackGuide y revisada "
        "por Dra. Ana Pérez el 15 de enero de 2027.")


# -- a key a translation lacks: English, said out loud -----------------------------------

def test_the_shipped_spanish_wording_has_every_key() -> None:
    assert SPANISH.words.missing() == []
    assert translation_problems(content_dir("es")) == []


def test_a_missing_key_gives_the_english_and_is_noted(spanish: Path) -> None:
    _change(spanish, "  why_it_hurts: Por qué duele\n", "")
    words = load_content(spanish).words
    assert words.missing() == ["sections.why_it_hurts"]
    assert words.fallen_back == set()
    assert words.text("sections.why_it_hurts") == "Why it hurts"
    assert words.fallen_back == {"sections.why_it_hurts"}


def test_check_reports_a_missing_key_where_it_belongs(spanish: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    line = _change(spanish, "  why_it_hurts: Por qué duele\n", "")
    assert main(["check", str(spanish)]) == 1
    err = capsys.readouterr().err
    # Reported at the key that now follows it ("muscles"), which moved up to its line.
    assert f"{spanish / 'wording.yaml'}:{line}:3: wording 'sections.why_it_hurts' is missing" in err


def test_check_reports_a_wording_file_a_translation_lacks(spanish: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (spanish / "wording.yaml").unlink()
    assert load_content(spanish).words.text("handout.your_plan") == "Your plan"
    assert main(["check", str(spanish)]) == 1
    assert f"{spanish / 'wording.yaml'}:1:1: the English content has wording.yaml" \
        in capsys.readouterr().err


# -- placeholders and keys are the app's -------------------------------------------------

def test_check_reports_a_changed_placeholder_at_its_line(spanish: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    line = _change(spanish, 'printed: "Impreso el {date}"', 'printed: "Impreso el {fecha}"')
    assert main(["check", str(spanish)]) == 1
    err = capsys.readouterr().err
    assert (f"{spanish / 'wording.yaml'}:{line}:12: 'handout.printed' lacks {{date}} and has "
            "{fecha}, which the app does not fill in") in err


def test_a_placeholder_left_out_is_a_problem(spanish: Path) -> None:
    line = _change(spanish, 'page: "Página {number} de {total}"', 'page: "Página {number}"')
    with pytest.raises(ContentError) as caught:
        load_content(spanish)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (line, 9)
    assert "'handout.page' lacks {total}; it must keep {number} and {total}" in problem.message


def test_an_added_placeholder_is_a_problem(spanish: Path) -> None:
    _change(spanish, "  how_much: \"Cuánto:\"", '  how_much: "Cuánto {dose}:"')
    with pytest.raises(ContentError) as caught:
        load_content(spanish)
    assert "'movements.how_much' has {dose}, which the app does not fill in; it takes no " \
           "placeholders" in caught.value.problems[0].message


def test_an_unknown_key_is_a_problem_with_a_suggestion(spanish: Path) -> None:
    line = _change(spanish, "  muscles: Músculos\n", "  musclez: Músculos\n")
    with pytest.raises(ContentError) as caught:
        load_content(spanish)
    unknown = [p for p in caught.value.problems if "unknown" in p.message]
    assert [(p.line, p.message) for p in unknown] == [
        (line, "unknown wording key 'sections.musclez': the app does not use it; did you mean "
               "'sections.muscles'?")]


def test_a_brace_without_its_pair_is_a_problem(spanish: Path) -> None:
    _change(spanish, 'printed: "Impreso el {date}"', 'printed: "Impreso el {date"')
    with pytest.raises(ContentError) as caught:
        load_content(spanish)
    assert "a brace { or } without its pair" in caught.value.problems[0].message


def test_a_list_of_months_needs_all_twelve(spanish: Path) -> None:
    _change(spanish, "noviembre, diciembre]", "noviembre]")
    with pytest.raises(ContentError) as caught:
        load_content(spanish)
    assert "'dates.months' has 11 words; it needs 12" in caught.value.problems[0].message


def test_an_emergency_number_must_be_digits(spanish: Path) -> None:
    _change(spanish, 'number: "911"', 'number: "9-1-1"')
    with pytest.raises(ContentError) as caught:
        load_content(spanish)
    assert "the emergency number '9-1-1' should be digits only" in caught.value.problems[0].message


def test_placeholders_are_names_in_braces() -> None:
    assert placeholders("{first} and {next}") == ({"first", "next"}, "")
    assert placeholders("{0}")[1] != ""
    assert placeholders("{date:%B}")[1] != ""
    assert placeholders("use {{braces}}") == (set(), "")


def test_words_that_cannot_be_filled_in_fall_back_to_the_english_and_say_so() -> None:
    # As a translation loaded without `backguide check` would have it.
    broken = Words("xx", {"handout.printed": "Gedruckt {datum}"}, (), english())
    assert broken.text("handout.printed", date="1 May 2027") == "Printed 1 May 2027"
    assert broken.fallen_back == {"handout.printed"}


# -- a folder without a wording file ---------------------------------------------------

def test_a_folder_without_wording_speaks_the_apps_english(minimal_content: Path) -> None:
    assert not (minimal_content / "wording.yaml").exists()
    content = load_content(minimal_content)
    assert content.words.text("sections.what_may_help") == "What may help"
    assert "sections.what_may_help" in content.words.fallen_back


def test_the_shipped_english_is_the_reference_and_needs_no_fallback() -> None:
    assert ENGLISH.words.fallback is None
    assert ENGLISH.words.keys == english().keys
