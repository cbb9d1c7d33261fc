"""A translated guide says where it comes from and whether a clinician has reviewed it.

Mistakes in the translation block itself are samples under
``tests/data/broken/guide.yaml--translation-*.yaml``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from backguide.core.content import load_content
from backguide.core.model import Translation


def _translate(folder: Path, reviewer: str = '""', reviewed: str = '""') -> None:
    with open(folder / "guide.yaml", "a", encoding="utf-8") as guide:
        guide.write(f'translation:\n  from: en\n  from_version: "2.0.0"\n'
                    f"  by: el proyecto BackGuide\n  reviewer: {reviewer}\n"
                    f"  reviewed: {reviewed}\n")


def test_a_guide_that_is_not_a_translation_has_none(minimal_content: Path) -> None:
    assert load_content(minimal_content).guide.translation is None


def test_the_translation_block_is_read(minimal_content: Path) -> None:
    _translate(minimal_content)
    assert load_content(minimal_content).guide.translation == Translation(
        from_locale="en", from_version="2.0.0", by="el proyecto BackGuide",
        reviewer="", reviewed=None)


def test_an_unreviewed_translation_is_pending_review(minimal_content: Path) -> None:
    _translate(minimal_content)
    translation = load_content(minimal_content).guide.translation
    assert translation is not None and translation.review_pending


def test_a_reviewer_without_a_date_is_still_pending(minimal_content: Path) -> None:
    _translate(minimal_content, reviewer="una fisioterapeuta colegiada")
    translation = load_content(minimal_content).guide.translation
    assert translation is not None and translation.review_pending


def test_a_reviewer_and_a_date_end_the_review(minimal_content: Path) -> None:
    _translate(minimal_content, reviewer="una fisioterapeuta colegiada", reviewed="2027-01-15")
    translation = load_content(minimal_content).guide.translation
    assert translation is not None
    assert translation.reviewed == dt.date(2027, 1, 15)
    assert not translation.review_pending
