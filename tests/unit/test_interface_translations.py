"""The interface's translations (``backguide/translations/*.ts``) are complete and in step
with the code: a new word in the code without its Spanish fails here, and so does a
Spanish word that is only the English one again."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from translations_support import (
    INTERFACE_SOURCES,
    PLACEHOLDER,
    TRANSLATIONS,
    read_ts,
    translation_calls,
    ts_language,
)

SPANISH = TRANSLATIONS / "backguide_es.ts"
ENGLISH = TRANSLATIONS / "backguide_en.ts"  # the plural forms of English only

# Spanish that is rightly the same as its English source: names, numbers, symbols,
# words both languages share, and Qt's date formats that read right in both.
SAME_IN_BOTH = {
    "No",  # the answer to a question; the same word in Spanish
    "&Normal",  # the text size
    "{page}: {step}",  # two names from the guide with a colon between
}


def _lupdate() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    return Path(spec.submodule_search_locations[0]) / ("lupdate.exe" if sys.platform == "win32"
                                                       else "lupdate")


def test_each_ts_file_is_for_its_language() -> None:
    assert ts_language(SPANISH) == "es"
    assert ts_language(ENGLISH) == "en"


@pytest.mark.parametrize("path", [SPANISH, ENGLISH], ids=["es", "en"])
def test_every_message_is_translated_with_nothing_left_unfinished_or_empty(path: Path) -> None:
    unfinished = [(t.message.context, t.message.source, t.kind) for t in read_ts(path)
                  if t.kind or not t.forms or not all(form.strip() for form in t.forms)]
    assert unfinished == []


def test_no_spanish_is_only_its_english_source_again() -> None:
    same = sorted({t.message.source for t in read_ts(SPANISH)
                   if t.message.source in t.forms and t.message.source not in SAME_IN_BOTH})
    assert same == []


def test_the_allowed_identical_words_are_still_used() -> None:
    sources = {t.message.source for t in read_ts(SPANISH)}
    assert sources >= SAME_IN_BOTH


@pytest.mark.parametrize("path", [SPANISH, ENGLISH], ids=["es", "en"])
def test_every_translation_keeps_the_placeholders_of_its_source(path: Path) -> None:
    wrong = []
    for translated in read_ts(path):
        wanted = sorted(PLACEHOLDER.findall(translated.message.source))
        for form in translated.forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append((translated.message.source, form))
    assert wrong == []


def test_a_mnemonic_stays_a_mnemonic_and_html_stays_html() -> None:
    wrong = []
    for translated in read_ts(SPANISH):
        source = translated.message.source
        marks = len(re.findall(r"&(?!&|\w+;)", source))
        tags = sorted(re.findall(r"</?\w+", source))
        for form in translated.forms:
            if len(re.findall(r"&(?!&|\w+;)", form)) != marks or sorted(re.findall(r"</?\w+", form)) != tags:
                wrong.append((source, form))
    assert wrong == []


def test_spanish_has_the_two_plural_forms_of_every_counted_message() -> None:
    counted = [t for t in read_ts(SPANISH) if t.message.numerus]
    assert counted and all(len(t.forms) == 2 for t in counted)
    english = {t.message.key: t for t in read_ts(ENGLISH)}
    assert set(english) == {t.message.key for t in counted}  # "1 entry", "2 entries"
    assert all(len(t.forms) == 2 for t in english.values())


def test_every_translation_call_is_one_lupdate_can_read() -> None:
    # lupdate's Python reader drops a translate() call whose arguments are not plain
    # literals (an f-string, a keyword, a call in the count), and marks a message as
    # counted only in self.tr(source, "", n): such words would stay in English.
    unreadable = [call.where for call in translation_calls()
                  if not call.literal or call.message.numerus and not call.through_tr]
    assert unreadable == []


def test_every_message_in_the_code_is_in_the_spanish_ts_and_no_other() -> None:
    in_code = {call.message.key for call in translation_calls()}
    in_ts = {t.message.key for t in read_ts(SPANISH)}
    assert sorted(in_code - in_ts) == [], "run lupdate and translate the new messages (README)"
    assert sorted(in_ts - in_code) == [], "run lupdate with -no-obsolete (README)"


def test_lupdate_finds_the_same_messages_as_the_ts_holds(tmp_path: Path) -> None:
    fresh = tmp_path / "backguide_es.ts"
    sources = [str(path) for path in INTERFACE_SOURCES]
    result = subprocess.run([str(_lupdate()), "-extensions", "py", "-locations", "none",
                             "-source-language", "en", "-target-language", "es", *sources,
                             "-ts", str(fresh)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    found = {(t.message.key, t.message.numerus) for t in read_ts(fresh)}
    committed = {(t.message.key, t.message.numerus) for t in read_ts(SPANISH)}
    assert sorted(found - committed) == [], "new messages: run lupdate and translate them (README)"
    assert sorted(committed - found) == [], "messages gone from the code: run lupdate -no-obsolete"
    # lupdate reads every call the code makes (see test_every_translation_call_...).
    assert {key for key, _numerus in found} == {call.message.key for call in translation_calls()}
