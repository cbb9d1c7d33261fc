"""The command line in Spanish: ``--lang es`` picks the Spanish guide and Qt's Spanish words
for what Qt draws on the page (page numbers, the chart)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from backguide.cli import main

from ui_support import pdf_pages_text


def test_a_handout_with_lang_es_is_the_spanish_guide_with_spanish_page_numbers(
        tmp_path: Path) -> None:
    target = tmp_path / "lumbar.pdf"
    assert main(["handout", "lumbar-left", "--lang", "es", "-o", str(target)]) == 0
    pages = pdf_pages_text(target)
    assert "Parte baja de la espalda (cintura)" in pages[0]
    assert f"Página 1 de {len(pages)}" in pages[0]
    assert "Page 1 of" not in pages[0]


def test_a_diary_report_with_lang_es_numbers_its_pages_in_spanish(tmp_path: Path) -> None:
    from backguide.core.diary import NewEntry
    from backguide.core.store import Store

    data = tmp_path / "data"
    today = dt.datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    with Store.open(data) as store:
        store.add_entries([NewEntry(today - dt.timedelta(days=i), 4, "lumbar-left")
                           for i in range(5)])
    out = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data), "--lang", "es", "diary", "report", "-o", str(out)]) == 0
    text = " ".join(pdf_pages_text(out))
    assert "Página 1 de" in text and "Parte baja de la espalda (cintura)" in text
