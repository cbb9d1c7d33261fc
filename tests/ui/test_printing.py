"""Handouts on paper: the PDF's text, pages, paper, print size and vector drawing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from backguide.core.handout import URGENT_TITLE, HandoutError, HandoutOptions, build_handout
from backguide.core.matching import sources_for_region, steps_for
from backguide.core.model import Urgency
from backguide.ui.printing.layout import HandoutLayout
from backguide.ui.printing.render import (
    HandoutPrintPreview,
    available_printers,
    configure_printer,
    print_handout,
    save_pdf,
)

from ui_support import (
    pdf_body_font_size,
    pdf_images,
    pdf_page_count,
    pdf_page_sizes,
    pdf_pages_text,
    shipped,
)

TODAY = dt.date(2026, 3, 5)
DISCLAIMER = "Not a diagnosis. Not a substitute for medical care."
A4, LETTER = (595, 842), (612, 792)


def make_pdf(folder: Path, region_id: str | None, **options: object) -> tuple[Path, int]:
    content, artwork, _ = shipped()
    handout = build_handout(content, region_id, HandoutOptions(**options), TODAY)  # type: ignore[arg-type]
    path = folder / f"{region_id or 'general'}-{options.get('paper', 'a4')}.pdf"
    return path, save_pdf(handout, artwork, path)


@pytest.fixture(scope="module")
def lumbar_pdf(qapp, tmp_path_factory) -> tuple[Path, list[str]]:  # type: ignore[no-untyped-def]
    """The lumbar-left full guide on A4, normal print, and its pages' text."""
    path, pages = make_pdf(tmp_path_factory.mktemp("pdf"), "lumbar-left", full=True)
    text = pdf_pages_text(path)
    assert len(text) == pages
    return path, text


def test_pdf_names_the_region_and_every_step(lumbar_pdf) -> None:  # type: ignore[no-untyped-def]
    content, _, _ = shipped()
    _, pages = lumbar_pdf
    assert content.region("lumbar-left").name in pages[0]
    text = " ".join(pages)
    for step in steps_for(content, "lumbar"):
        assert step.title in text


def test_pdf_has_the_red_flag_box_with_every_urgent_sign_of_its_level_by_page_2(lumbar_pdf) -> None:  # type: ignore[no-untyped-def]
    content, _, _ = shipped()
    _, pages = lumbar_pdf
    # The full list of urgent signs no longer fits beside the drawing on page 1;
    # the box then opens page 2, whole.
    first = pages[0] + " " + pages[1]
    assert URGENT_TITLE in first
    for flag in content.red_flags:
        if flag.urgency in (Urgency.EMERGENCY, Urgency.SAME_DAY):
            assert (flag.sign in first) == flag.applies_to("lumbar"), flag.id
    assert "999" in first and "911" in first and "112" in first


def test_pdf_lists_the_sources(lumbar_pdf) -> None:  # type: ignore[no-untyped-def]
    content, _, _ = shipped()
    _, pages = lumbar_pdf
    text = " ".join(pages)
    assert "Sources" in text
    squeezed = "".join(text.split())  # a citation may wrap anywhere
    for sid in sources_for_region(content, content.region("lumbar-left")):
        assert "".join(content.sources[sid].citation.split()) in squeezed


def test_every_page_has_the_footer_with_page_x_of_y(lumbar_pdf) -> None:  # type: ignore[no-untyped-def]
    content, _, _ = shipped()
    _, pages = lumbar_pdf
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert DISCLAIMER in text
        assert f"Content version {content.guide.version}" in text


def test_the_drawing_is_vector_art_with_its_legend(lumbar_pdf) -> None:  # type: ignore[no-untyped-def]
    path, pages = lumbar_pdf
    assert pdf_images(path) == []
    assert "Pain usually felt here" in pages[0] and "Pain sometimes felt here" in pages[0]
    assert "your left" in pages[0]  # the drawing's own labels are text, not pixels


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_size_and_page_count_follow_the_options(qapp, tmp_path: Path, paper: str,  # type: ignore[no-untyped-def]
                                                      size: tuple[int, int]) -> None:
    path, pages = make_pdf(tmp_path, "cervical-right", paper=paper)
    assert pdf_page_sizes(path) == {size}
    assert pdf_page_count(path) == pages
    # The red flags come right after the drawing, by page 2, on both papers.
    assert URGENT_TITLE in " ".join(pdf_pages_text(path, first=2))


def test_large_print_enlarges_the_body_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "normal").mkdir()
    (tmp_path / "large").mkdir()
    normal, normal_pages = make_pdf(tmp_path / "normal", "lumbar-left")
    large, large_pages = make_pdf(tmp_path / "large", "lumbar-left", large_print=True)
    assert large_pages > normal_pages
    assert pdf_body_font_size(normal, 1) <= 11.5
    assert pdf_body_font_size(large, large_pages - 1) >= 14


def test_every_region_and_the_general_handout_print(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content, _, _ = shipped()
    for region_id in [*content.region_ids, None]:
        path, pages = make_pdf(tmp_path, region_id)
        assert pdf_page_count(path) == pages >= 2, region_id
    general = pdf_pages_text(tmp_path / "general-a4.pdf", first=1)[0]
    assert "Back pain: what can help" in general and URGENT_TITLE in general


def test_no_heading_is_left_alone_at_the_bottom_of_a_page(qapp) -> None:  # type: ignore[no-untyped-def]
    content, _, _ = shipped()
    for paper, large in (("a4", False), ("letter", True)):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, paper)
        handout = build_handout(content, "lumbar-left",
                                HandoutOptions(paper=paper, large_print=large, full=True), TODAY)
        layout = HandoutLayout(handout, printer)
        units = layout.units()
        checked = 0
        for unit, following in zip(units, units[1:], strict=False):
            if unit.heading and not following.heading:
                heading_page = layout.page_of(layout.span(unit)[1] - 1)  # where its text is
                assert layout.page_of(layout.span(following)[1] - 1) == heading_page, \
                    unit.block.text()
                checked += 1
        assert checked > 20


@pytest.mark.parametrize(("language", "region_id", "options"), [
    ("en", "lumbar-left", {}),
    ("en", None, {}),
    ("en", "cervical-left", {"paper": "letter"}),
    ("es", "mid-thoracic-left", {"paper": "letter", "large_print": True}),
])
def test_no_page_of_the_full_guide_but_the_last_is_left_a_third_empty(
        qapp, language: str, region_id: str | None,  # type: ignore[no-untyped-def]
        options: dict[str, object]) -> None:
    """Measured from the layout: how far down each page its last line of text comes (the
    urgent box starts under the drawing on page 1 and may run on; sections flow)."""
    from backguide.core.content import load_content
    from backguide.paths import content_dir

    from ui_support import laid_out

    content = shipped()[0] if language == "en" else load_content(content_dir(language))
    layout = laid_out(build_handout(content, region_id, HandoutOptions(full=True, **options), TODAY))  # type: ignore[arg-type]
    filled = [0.0] * layout.page_count()
    block = layout.doc.begin()
    while block.isValid():
        top = layout.doc.documentLayout().blockBoundingRect(block).top()
        lines = block.layout()
        for k in range(lines.lineCount() if block.text().strip() else 0):
            bottom = top + lines.lineAt(k).y() + lines.lineAt(k).height()
            page = layout.page_of(bottom - 1)
            filled[page] = max(filled[page], (bottom - page * layout.page_height) / layout.page_height)
        block = block.next()
    for drawing in ([layout.drawing_rect()] if layout.drawing_rect() is not None else []):
        filled[layout.page_of(drawing.bottom() - 1)] = max(  # the drawing has no text
            filled[layout.page_of(drawing.bottom() - 1)], drawing.bottom() / layout.page_height % 1)
    assert [round(f, 2) for f in filled[:-1] if f < 0.65] == [], filled


def test_short_steps_stay_on_one_page(qapp) -> None:  # type: ignore[no-untyped-def]
    content, _, _ = shipped()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, "a4")
    layout = HandoutLayout(build_handout(content, None, HandoutOptions(), TODAY), printer)
    units = layout.units()
    starts = [i for i, u in enumerate(units) if u.block.text().startswith("\u2610")]
    whole = 0
    for start, end in zip(starts, [*starts[1:], len(units)], strict=True):
        item = units[start:end]
        top, bottom = layout.span(item[0])[0], layout.span(item[-1])[1]
        if bottom - top <= layout.page_height * 0.35:  # short enough never to split
            assert layout.page_of(top) == layout.page_of(bottom - 1), item[0].block.text()
            whole += 1
    assert whole >= 4  # five steps; the last runs on into the movements


def test_saving_under_a_file_or_in_a_missing_folder_is_a_clear_error(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content, artwork, _ = shipped()
    handout = build_handout(content, "lumbar-left", HandoutOptions(), TODAY)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(HandoutError, match="is a file, not a folder"):
        save_pdf(handout, artwork, blocker / "handout.pdf")
    with pytest.raises(HandoutError, match="does not exist"):
        save_pdf(handout, artwork, tmp_path / "missing" / "handout.pdf")
    with pytest.raises(HandoutError, match="that is a folder"):
        save_pdf(handout, artwork, tmp_path)


def test_printing_to_an_unknown_printer_is_a_clear_error(qapp) -> None:  # type: ignore[no-untyped-def]
    content, artwork, _ = shipped()
    handout = build_handout(content, None, HandoutOptions(), TODAY)
    assert "No Such Printer" not in available_printers()
    with pytest.raises(HandoutError, match="no printer called 'No Such Printer'"):
        print_handout(handout, artwork, "No Such Printer")


def test_print_preview_opens_without_blocking_and_shows_every_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    content, artwork, _ = shipped()
    handout = build_handout(content, "sacral-left", HandoutOptions(), TODAY)
    dialog = HandoutPrintPreview(handout, artwork)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.paintRequested, timeout=10000):
        dialog.open()
    preview = dialog.preview_widget()
    qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=10000)
    assert preview.pageCount() == HandoutLayout(handout, dialog.printer()).page_count() >= 2
    dialog.reject()


def test_a_picture_is_never_split_across_two_pages(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from backguide.ui.diary.report import png_data_uri

    content, _, _ = shipped()
    picture = QImage(600, 260, QImage.Format.Format_RGB32)
    picture.fill(0xFFFFFF)
    uri = png_data_uri(picture)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, "a4")
    straddling = []
    for lines in range(0, 60, 4):  # slide the picture down the page
        diary = "<p>a line</p>" * lines + f'<p><img src="{uri}" width="600" height="260"></p>'
        handout = build_handout(content, None, HandoutOptions(include_diary=True), TODAY,
                                diary_html=diary)
        layout = HandoutLayout(handout, printer)
        picture_unit = next(u for u in layout.units() if "\ufffc" in u.block.text()
                            and u.table is None and u.block.layout().lineCount() == 1
                            and layout.span(u)[1] - layout.span(u)[0] > layout.page_height / 8)
        top, bottom = layout.span(picture_unit)
        if layout.page_of(top) != layout.page_of(bottom - 1):
            straddling.append(lines)
    assert straddling == []
