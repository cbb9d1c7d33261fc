"""A Spanish handout is Spanish throughout: headings, drawing labels, dates, footer; and the map too."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from backguide.cli import main
from backguide.core.content import load_content
from backguide.core.handout import HandoutOptions, build_handout
from backguide.core.handout_plan import HandoutPlan, build_plan_handout
from backguide.paths import content_dir
from backguide.ui.map.view import BodyMap
from backguide.ui.printing.layout import HandoutLayout
from backguide.ui.printing.render import configure_printer
from backguide.ui.selection import Selection

from ui_support import pdf_pages_text, shipped

SPANISH = load_content(content_dir("es"))
# English the Spanish handout must not print (the sources' citations aside, which
# the short handout does not carry).
ENGLISH_MARKERS = ("Your plan", "Where it can send pain", "Get help now", "Printed",
                   "Content version", "your left", "your right", "How long", "Not a diagnosis",
                   "PATIENT HANDOUT", "Seen from behind", "Recommended by guidelines",
                   "Published by", "Page ", "Gentle movements", "left side", "Notes:",
                   "Follow-up", "solid", "hatched")


@pytest.fixture(scope="module")
def spanish_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dt.date]:
    target = tmp_path_factory.mktemp("es") / "x.pdf"
    today = dt.date.today()
    assert main(["handout", "lumbar-left", "--content", str(content_dir("es")), "-o",
                 str(target)]) == 0
    return pdf_pages_text(target), today


def test_the_spanish_handout_has_spanish_headings(spanish_pdf) -> None:  # type: ignore[no-untyped-def]
    first, second = spanish_pdf[0]
    assert "Parte baja de la espalda (cintura), lado izquierdo" in first
    assert "Adónde puede enviar dolor" in first and "Pida ayuda ahora si..." in first
    assert "Su plan" in second and "Movimientos suaves" in second


def test_the_spanish_handout_labels_the_drawing_in_spanish(spanish_pdf) -> None:  # type: ignore[no-untyped-def]
    first = spanish_pdf[0][0]
    assert "su izquierda" in first and "su derecha" in first
    assert "Visto desde atrás: su izquierda está a la izquierda" in first


def test_the_spanish_handout_is_dated_in_spanish(spanish_pdf) -> None:  # type: ignore[no-untyped-def]
    pages, today = spanish_pdf
    assert f"Impreso el {SPANISH.words.date(today)}" in pages[0]
    assert "revisada el 1 de diciembre de 2026" in pages[0]


def test_every_page_footer_says_the_translation_awaits_its_review(spanish_pdf) -> None:  # type: ignore[no-untyped-def]
    pages, _ = spanish_pdf
    for number, page in enumerate(pages, 1):
        assert f"Página {number} de {len(pages)}" in page
        assert "No es un diagnóstico. No sustituye la atención médica." in page
        assert ("Traducción del contenido en inglés 2.1.0, hecha por el proyecto BackGuide; "
                "falta que la revise un profesional sanitario nativo.") in page


def test_the_spanish_handout_prints_no_english(spanish_pdf) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(spanish_pdf[0])
    assert [m for m in ENGLISH_MARKERS if m in text] == []


def test_a_large_print_spanish_handout_still_says_the_translation_awaits_review(
        tmp_path: Path) -> None:
    target = tmp_path / "large.pdf"
    assert main(["handout", "cervical-right", "--content", str(content_dir("es")), "-o",
                 str(target), "--large-print"]) == 0
    pages = pdf_pages_text(target)
    assert all("falta que la revise un profesional sanitario nativo" in page for page in pages)
    assert "Si le duele el cuello" in " ".join(pages)


def _label_width(qtbot, content, element: str) -> float:  # type: ignore[no-untyped-def]
    _, artwork, svg = shipped()
    view = BodyMap(content, artwork, svg, Selection())
    qtbot.addWidget(view)
    return view.drawing.boundsOnElement(element).width()


def test_the_map_draws_its_words_in_the_guides_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    english, _, _ = shipped()
    # "su izquierda" is longer than "your left"; "I" narrower than "L".
    assert _label_width(qtbot, SPANISH, "label-your-left") > \
        _label_width(qtbot, english, "label-your-left")
    assert _label_width(qtbot, SPANISH, "label-left-letter") < \
        _label_width(qtbot, english, "label-left-letter")


def test_a_footer_too_long_for_one_line_gets_a_second_and_the_page_makes_room(qapp) -> None:  # type: ignore[no-untyped-def]
    # A handout for three levels has a long subject; wordier languages get there sooner.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, "a4")
    short = build_handout(SPANISH, "lumbar-left", HandoutOptions(), dt.date(2026, 12, 1))
    plan = HandoutPlan(regions=("lumbar-left", "lumbar-right", "cervical-left", "sacral-right"))
    long = build_plan_handout(SPANISH, plan, HandoutOptions(), dt.date(2026, 12, 1))
    # As built, not a tighter version.
    one, two = HandoutLayout(replace(short, tighter=()), printer), \
        HandoutLayout(replace(long, tighter=()), printer)
    assert two.footer_text_lines == one.footer_text_lines + 1
    assert two.page_height == pytest.approx(one.page_height - one.footer_line, abs=1.0)
