"""The default handout a practitioner hands over: two pages, safe in black and white.

Each PDF is read back: its page count, the text of page 1, the smallest type
on any page, the tick boxes, and the document's title and language. The fitting
tests run for the English guide and for the Spanish one (about a fifth longer).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from backguide.core.content import load_content
from backguide.core.handout import MIN_POINTS, HandoutOptions, build_handout
from backguide.core.handout_parts import BODY_POINTS, LARGE_BODY_POINTS, urgent_groups
from backguide.core.handout_plan import (
    HandoutPlan,
    MovementChoice,
    _short_caveat,
    build_plan_handout,
    default_plan,
)
from backguide.core.model import Content, Urgency
from backguide.paths import content_dir
from backguide.ui.printing.layout import HandoutLayout
from backguide.ui.printing.render import save_pdf

from ui_support import laid_out, laid_out_pages, pdf_pages_text, shipped

CONTENT, ARTWORK, _ = shipped()
TODAY = dt.date(2026, 11, 30)
SPANISH = load_content(content_dir("es"))


def _longest_side_of_each_level(content: Content) -> list[str | None]:
    """One handout per level, of the side whose name runs longer (the two sides'
    handouts differ only in that word), and the general handout: the suite stays quick."""
    longest: dict[str, str] = {}
    for region in content.regions:
        kept = longest.get(region.level.id)
        if kept is None or len(region.name) > len(content.region(kept).name):
            longest[region.level.id] = region.id
    return [*longest.values(), None]


REGIONS = _longest_side_of_each_level(CONTENT)
GUIDES = {"en": (CONTENT, REGIONS), "es": (SPANISH, _longest_side_of_each_level(SPANISH))}
# Large print takes three pages. In Spanish (its words run about a fifth longer) the
# handouts carrying the neck's signs (the neck's and the general one) need a fourth: at
# 14 pt their urgent signs alone are taller than a page; so does the middle of the upper
# back on Letter (A4 is a little taller), whose urgent box runs on to page 2 as well.
LARGE_PRINT_PAGES = {"en": 3, "es": 4}
NECK_SIGNS_LARGE_PRINT_PAGES = {"en": 3, "es": 4}


def _large_print_pages(language: str, region_id: str | None) -> int:
    neck = region_id is None or region_id.startswith("cervical")
    return (NECK_SIGNS_LARGE_PRINT_PAGES if neck else LARGE_PRINT_PAGES)[language]


def _pdf(folder: Path, region_id: str | None, content: Content = CONTENT,
         **options: object) -> Path:
    handout = build_handout(content, region_id, HandoutOptions(**options), TODAY)  # type: ignore[arg-type]
    path = folder / f"{region_id or 'general'}-{options.get('paper', 'a4')}.pdf"
    save_pdf(handout, ARTWORK, path)
    return path


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _smallest_font(path: Path) -> float:
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            sizes.append(round(size * scale, 2))

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return min(sizes)


def _sized_text(path: Path) -> list[tuple[float, str]]:
    """Every piece of text in the PDF with its printed size in points, in order."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            found.append((size * scale, text))

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return found


def _smaller_print(content: Content, layout: HandoutLayout) -> list[str]:
    """What may print below the body size: the footer, the kicker, the drawing's caption,
    key and labels (the numbers on the movement pictures are left to the caller)."""
    handout = layout.handout
    return [layout.footer_text, handout.disclaimer,
            *(handout.page_text(n, layout.page_count()) for n in range(1, layout.page_count() + 1)),
            content.guide.title.upper(), content.words.text("handout.kicker"),
            _short_caveat(content), *(words for _, words in handout.legend),
            *(words for _, words in handout.drawing_words)]


def _pages_text(layout: HandoutLayout) -> list[str]:
    return [" ".join(blocks) for blocks in laid_out_pages(layout)]


def _governs_every_footer(content: Content, layout: HandoutLayout) -> bool:
    """Whether the footer printed on every page of the handout as laid out (whichever
    tighter version was chosen) says who publishes and reviews the guide, when it was
    reviewed, the conflict of interest and, for a translation, its note."""
    guide = content.guide
    footer = _squeezed(f"{layout.handout.footer} {layout.handout.footer_note}")
    return all(_squeezed(part) in footer for part in (
        guide.publisher, guide.reviewer_short, content.words.date(guide.last_reviewed),
        guide.conflict_of_interest_short, guide.translation_note))


def _urgent_signs_on_first_page(content: Content, region_id: str | None, first: str,
                                *urgencies: Urgency) -> list[str]:
    """The emergency and same-day signs (or those of ``urgencies``) for the handout's
    level missing from page 1 (``first``, squeezed)."""
    level = (content.region(region_id).level.id,) if region_id else ()
    return [flag.id for group in urgent_groups(content, level) for flag in group.flags
            if flag.urgency in (urgencies or (Urgency.EMERGENCY, Urgency.SAME_DAY))
            and _squeezed(flag.sign) not in first]


# The page-fitting sweeps read the pages as laid out for the PDF (what save_pdf paints,
# page by page); the test after them checks that those pages are the PDF's pages.
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_default_handout_fits_two_pages_with_the_urgent_signs_on_page_1(
        qapp, paper: str, language: str) -> None:  # type: ignore[no-untyped-def]
    content, regions = GUIDES[language]
    for region_id in regions:
        layout = laid_out(build_handout(content, region_id, HandoutOptions(paper=paper), TODAY))
        pages = _pages_text(layout)
        assert len(pages) <= 2, (region_id, len(pages))
        assert _governs_every_footer(content, layout), region_id
        first = _squeezed(pages[0])
        assert _squeezed(content.words.text("handout.urgent_title")) in first
        assert not _urgent_signs_on_first_page(content, region_id, first), region_id


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_large_print_handout_fits_its_pages_with_the_urgent_box_on_page_1(
        qapp, paper: str, language: str) -> None:  # type: ignore[no-untyped-def]
    content, regions = GUIDES[language]
    for region_id in regions:
        options = HandoutOptions(paper=paper, large_print=True)
        layout = laid_out(build_handout(content, region_id, options, TODAY))
        pages = _pages_text(layout)
        assert len(pages) <= _large_print_pages(language, region_id), (region_id, paper, len(pages))
        # The signs to get help now are whole on page 1. The same-day signs follow in the
        # same box, which, where the whole list is taller than page 1 (the neck's signs at
        # 14 pt), runs on to the top of page 2 under its title printed again.
        first, second = _squeezed(pages[0]), _squeezed(pages[1])
        assert not _urgent_signs_on_first_page(content, region_id, first, Urgency.EMERGENCY), \
            (region_id, paper)
        assert not _urgent_signs_on_first_page(content, region_id, first + second,
                                               Urgency.SAME_DAY), (region_id, paper)
        assert _governs_every_footer(content, layout), (region_id, paper)


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_page_of_a_large_print_template_holds_only_the_closing_note(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """Templates of one to three regions with two to six movements, in large print: the
    publisher's and reviewer's note is in every page's footer, never a page of its own."""
    content = GUIDES[language][0]
    moves = ("knee-to-chest", "pelvic-tilt", "bridge", "cat-cow", "back-rock", "walking")
    plans = [HandoutPlan(regions=("lumbar-left", "lumbar-right"), steps=("keep-moving", "heat"),
                         movements=tuple(MovementChoice(m) for m in ("knee-to-chest", "walking"))),
             HandoutPlan(regions=("lumbar-left", "lumbar-right", "sacral-left"),
                         steps=("keep-moving", "heat", "stay-at-work", "glucosamine"),
                         movements=tuple(MovementChoice(m) for m in moves), note="Walk daily.",
                         patient="Alex Example", follow_up="2026-12-14")]
    closing = _squeezed(content.guide.governance + content.words.text("handout.disclaimer"))
    for plan in plans:
        handout = build_plan_handout(content, plan, HandoutOptions(large_print=True), TODAY,
                                     chosen_only=True)
        pages = [_squeezed(text) for text in _pages_text(laid_out(handout))]
        assert all(page and page not in closing for page in pages), len(pages)
        assert _squeezed(content.guide.governance) not in "".join(pages)


@pytest.mark.parametrize(("language", "region_id", "options"), [
    ("en", "cervical-left", {"paper": "letter"}),
    ("es", "lumbar-left", {"large_print": True}),
])
def test_the_pdf_has_the_laid_out_pages_and_every_footer_its_notes(
        qapp, tmp_path: Path, language: str, region_id: str,  # type: ignore[no-untyped-def]
        options: dict[str, object]) -> None:
    content = GUIDES[language][0]
    handout = build_handout(content, region_id, HandoutOptions(**options), TODAY)  # type: ignore[arg-type]
    laid = laid_out_pages(laid_out(handout))
    printed = pdf_pages_text(_pdf(tmp_path, region_id, content, **options))
    assert len(printed) == len(laid) >= 2
    guide = content.guide
    for page, (blocks, text) in enumerate(zip(laid, printed, strict=True)):
        assert [b for b in blocks if _squeezed(b) not in _squeezed(text)] == [], page
        # Every page's footer: who publishes and reviews the guide, the conflict of
        # interest, and a translation's note.
        for part in (guide.compact_governance, guide.translation_note):
            assert _squeezed(part) in _squeezed(text), (page, part)


@pytest.mark.parametrize(("region_id", "paper"), [("lumbar-left", "a4"), ("cervical-left", "letter")])
def test_page_1_carries_no_hidden_text_of_page_2(qapp, tmp_path: Path, region_id: str,  # type: ignore[no-untyped-def]
                                                 paper: str) -> None:
    """Text read aloud or copied from page 1 is page 1's only: the heading that opens
    page 2 is not also painted (clipped, invisible) at the foot of page 1."""
    first, second = pdf_pages_text(_pdf(tmp_path, region_id, paper=paper))
    plan = CONTENT.words.text("handout.your_plan")
    assert plan in second and plan not in first


def test_a_large_print_urgent_box_that_runs_on_prints_its_title_again_on_page_2(
        qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second, *_ = pdf_pages_text(_pdf(tmp_path, "cervical-left", SPANISH, large_print=True))
    title = SPANISH.words.text("handout.urgent_title")
    assert first.count(title) == 1 and second.startswith(f"\u26a0 {title}")


def test_the_urgent_signs_read_in_order_when_text_is_extracted(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = _squeezed(pdf_pages_text(_pdf(tmp_path, "cervical-left"))[0])
    order = [f for g in urgent_groups(CONTENT, ("cervical",)) for f in g.flags
             if f.urgency is Urgency.EMERGENCY]
    positions = [first.index(_squeezed(f.sign)) for f in order if not f.levels]
    assert positions == sorted(positions)


def test_a_neck_two_page_handout_with_hands_on_treatment_carries_the_neck_manipulation_caution(
        qapp) -> None:  # type: ignore[no-untyped-def]
    manual = next(s for s in CONTENT.steps if s.id == "manual-therapy")
    [neck_caution] = [c for c in manual.cautions if c.levels == ("cervical",)]
    for region_id, paper in (("cervical-left", "a4"), ("cervical-right", "letter")):
        layout = laid_out(build_handout(CONTENT, region_id, HandoutOptions(paper=paper), TODAY))
        text = _squeezed(" ".join(_pages_text(layout)))
        assert _squeezed(manual.title) in text
        # Under its step: after the step's title, before the next part of the plan.
        after = text.split(_squeezed(manual.title), 1)[1]
        assert after.index(_squeezed(neck_caution.text)) < after.index(
            _squeezed(CONTENT.words.text("sections.gentle_movements")))
    lumbar = _squeezed(" ".join(_pages_text(laid_out(
        build_handout(CONTENT, "lumbar-left", HandoutOptions(), TODAY)))))
    assert _squeezed(manual.title) in lumbar and _squeezed(neck_caution.text) not in lumbar


@pytest.mark.parametrize(("region_id", "options"), [
    ("lumbar-left", {}), ("cervical-left", {"paper": "letter"}), ("sacral-right", {"large_print": True}),
])
def test_the_notes_box_takes_the_room_the_last_page_leaves(qapp, region_id: str,  # type: ignore[no-untyped-def]
                                                           options: dict[str, object]) -> None:
    """Room to write the practitioner's advice by hand: what the plan leaves of its last
    page (at least a line, at most 6 cm), and the handout keeps its pages."""
    from PySide6.QtGui import QTextCursor

    from backguide.core.handout import NOTES_ANCHOR
    from backguide.ui.printing.layout import NOTES_MOST_CM

    handout = build_handout(CONTENT, region_id, HandoutOptions(**options), TODAY)  # type: ignore[arg-type]
    layout = laid_out(handout)
    assert layout.page_count() <= handout.most_pages
    block = layout._anchor_block(NOTES_ANCHOR)
    assert block is not None
    doc = layout.doc.documentLayout()
    room = doc.blockBoundingRect(block).height()
    box = doc.frameBoundingRect(QTextCursor(block).currentTable())
    left = layout.page_count() * layout.page_height - box.bottom()
    assert room >= layout.pt(layout.handout.sizes.body)
    assert left <= layout.pt(12) or room >= layout.pt(NOTES_MOST_CM / 2.54 * 72) - 1, (room, left)


def test_no_remedy_tested_without_benefit_has_a_box_to_tick(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    no_benefit = [s for s in CONTENT.steps if s.tested_without_benefit]
    assert no_benefit
    for region_id in ("lumbar-left", None):
        text = " ".join(pdf_pages_text(_pdf(tmp_path, region_id)))
        assert "Not recommended" in text
        for step in no_benefit:
            assert step.title in text and f"\u2610 {step.title}" not in text


# The full guide uses the same type sizes in both languages (only the two-page versions
# tighten for longer words), so it is read in English only: it is the slowest to read back.
@pytest.mark.parametrize(("language", "options"), [
    *[(language, options) for language in ("en", "es")
      for options in ({}, {"large_print": True}, {"paper": "letter"})],
    ("en", {"full": True}),
])
def test_nothing_is_printed_below_8_points(qapp, tmp_path: Path, options: dict[str, bool],
                                           language: str) -> None:  # type: ignore[no-untyped-def]
    content = GUIDES[language][0]
    for region_id in ("lumbar-left", "cervical-left"):
        assert _smallest_font(_pdf(tmp_path, region_id, content, **options)) >= MIN_POINTS - 0.05


@pytest.mark.parametrize(("language", "region_id", "options"), [
    ("en", "lumbar-left", {}),
    ("es", "cervical-left", {"paper": "letter"}),  # the tightest version
    ("en", "cervical-left", {"paper": "letter", "large_print": True}),
    ("es", "cervical-left", {"large_print": True}),
])
def test_the_signs_and_the_plan_print_at_the_body_size_and_only_captions_smaller(
        qapp, tmp_path: Path, language: str, region_id: str,  # type: ignore[no-untyped-def]
        options: dict[str, object]) -> None:
    """Read from the PDF: every urgent, same-day and soon sign, every step and every
    movement's steps and reasons to stop print at 9 pt or more (large print: 14 pt),
    whichever tighter version fits the pages; only the footer, the kicker, the drawing's
    caption, key and labels and the pictures' numbers are smaller (never below 8 pt)."""
    content = GUIDES[language][0]
    least = LARGE_BODY_POINTS if options.get("large_print") else BODY_POINTS
    handout = build_handout(content, region_id, HandoutOptions(**options), TODAY)  # type: ignore[arg-type]
    printed = laid_out(handout).handout  # the version that fits
    sized = _sized_text(_pdf(tmp_path, region_id, content, **options))
    body = _squeezed("".join(text for size, text in sized if size >= least - 0.05))
    small = _squeezed("".join(text for size, text in sized if size < least - 0.05))
    assert min(size for size, _ in sized) >= MIN_POINTS - 0.05
    level = content.region(region_id).level.id
    signs = [f.sign[1:] for g in urgent_groups(content, (level,)) for f in g.flags]
    steps = [s for s in content.steps if s.id in default_plan(content, region_id).steps]
    movements = [m for m in content.movements if m.drawing in printed.movement_drawings]
    assert movements
    must = [*signs, *(s.title for s in steps), *(line for m in movements for line in m.steps),
            *(line[1:].rstrip(".") for m in movements for line in m.stop_if)]
    assert [text for text in must if _squeezed(text) not in body] == []
    for allowed in sorted(map(_squeezed, _smaller_print(content, laid_out(printed))), key=len,
                          reverse=True):
        small = small.replace(allowed, "")
    assert small.strip("·0123456789") == ""  # the numbers on the movement pictures


def test_large_print_body_is_at_least_14_points_and_normal_at_least_9() -> None:
    normal = build_handout(CONTENT, "lumbar-left", HandoutOptions(), TODAY).sizes
    large = build_handout(CONTENT, "lumbar-left", HandoutOptions(large_print=True), TODAY).sizes
    assert normal.body >= 9 and large.body >= 14
    assert normal.drawing_cm >= 9 and large.drawing_cm > normal.drawing_cm


def test_the_pdf_carries_its_title_author_subject_and_language(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(str(_pdf(tmp_path, "lumbar-left")))
    info = reader.metadata
    assert info is not None
    assert info.title == "BackGuide handout - Low back (waist), left side"
    assert info.author == CONTENT.guide.publisher and "Low back" in (info.subject or "")
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_evidence_badges_differ_by_shape_as_well_as_colour() -> None:
    from backguide.core.pages import GRADE_ICONS

    html = build_handout(CONTENT, "lumbar-left", HandoutOptions(), TODAY).html
    grades = {CONTENT.steps[0].evidence.grade.id, "no-benefit"}
    for grade in grades:
        assert GRADE_ICONS[grade] in html
    assert len(set(GRADE_ICONS.values())) >= 6  # only "guideline" and "research" share a shape


def test_in_grayscale_the_three_kinds_of_area_stay_3_to_1_apart(qapp) -> None:  # type: ignore[no-untyped-def]
    """Page 1 of the lumbar handout printed in black and white: the chosen area, "usually"
    and "sometimes" keep their mean luminance at least 3:1 apart (sampled inside each shape,
    clear of its outline and of the shapes painted over it)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage

    from backguide.core.contrast import luminance
    from backguide.ui.map.items import outline_path
    from backguide.ui.printing.render import page_image

    handout = build_handout(CONTENT, "lumbar-left", HandoutOptions(), TODAY)
    image, to_image = page_image(handout, ARTWORK, 0)
    assert to_image is not None, "the drawing is on page 1"
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    shapes = {
        "chosen area": [to_image.map(outline_path(ARTWORK.regions[r])) for r in handout.region_ids],
        "sometimes": [to_image.map(outline_path(ARTWORK.zones[z])) for z in handout.spillover],
        "usually": [to_image.map(outline_path(ARTWORK.zones[z])) for z in handout.essential],
    }
    painted_over = {"chosen area": shapes["sometimes"] + shapes["usually"],
                    "sometimes": shapes["usually"], "usually": []}
    clear = 3  # pixels at 150 dpi: about 1.5 pt, clear of the outlines' pens
    around = [(dx, dy) for dx in (-clear, 0, clear) for dy in (-clear, 0, clear)]
    means = {}
    for kind, paths in shapes.items():
        values = []
        for path in paths:
            box = path.boundingRect()
            for y in range(int(box.top()), int(box.bottom()) + 1):
                for x in range(int(box.left()), int(box.right()) + 1):
                    points = [QPointF(x + 0.5 + dx, y + 0.5 + dy) for dx, dy in around]
                    if all(path.contains(p) for p in points) and not any(
                            other.contains(p) for other in painted_over[kind] for p in points):
                        values.append(luminance((gray.pixelColor(x, y).red(),) * 3))
        assert len(values) > 200, (kind, len(values))
        means[kind] = sum(values) / len(values)
    kinds = sorted(means, key=means.__getitem__, reverse=True)
    assert kinds == ["chosen area", "sometimes", "usually"], means
    for lighter, darker in zip(kinds, kinds[1:], strict=False):
        ratio = (means[lighter] + 0.05) / (means[darker] + 0.05)
        assert ratio >= 3, (lighter, darker, round(ratio, 2))


@pytest.mark.parametrize("large_print", [False, True])
def test_the_big_l_and_r_are_whole_above_your_left_and_your_right(qapp, large_print: bool) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from backguide.ui.printing.layout import HandoutLayout
    from backguide.ui.printing.render import configure_printer, figure_place, label_boxes

    handout = build_handout(CONTENT, "lumbar-left", HandoutOptions(large_print=large_print), TODAY)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, "a4")
    layout = HandoutLayout(handout, printer)
    drawing = layout.drawing_rect()
    assert drawing is not None
    _, to_figure = figure_place(layout, drawing, ARTWORK)
    boxes = {words: box for box, _, words in label_boxes(ARTWORK.path, to_figure, layout, printer)}
    for letter, words in (("L", "your left"), ("R", "your right")):
        big = next(box for box, _, w in label_boxes(ARTWORK.path, to_figure, layout, printer)
                   if w == letter and box.height() > boxes[words].height())
        assert not big.intersected(boxes[words]).height() > 0.5, (letter, big, boxes[words])
        assert big.bottom() <= boxes[words].top() + 0.5
        assert big.top() >= drawing.top() - layout.pt(2), "the letter is not cut off at the top"


@pytest.mark.parametrize(("language", "region_ids", "options"), [
    ("es", ("cervical-left",), {"paper": "letter"}),  # the tightest version
    ("en", ("lumbar-left", "lumbar-right", "cervical-left"), {}),
    ("es", ("cervical-left",), {"paper": "letter", "large_print": True}),
])
def test_the_drawing_prints_at_least_9_cm_tall_in_every_version(
        qapp, language: str, region_ids: tuple[str, ...],  # type: ignore[no-untyped-def]
        options: dict[str, object]) -> None:
    from backguide.ui.printing.render import figure_place

    content = GUIDES[language][0]
    handout = build_plan_handout(content, HandoutPlan(regions=region_ids),
                                 HandoutOptions(**options), TODAY)  # type: ignore[arg-type]
    layout = laid_out(handout)
    drawing = layout.drawing_rect()
    assert drawing is not None
    if not options.get("large_print"):  # large print puts the urgent signs first
        assert layout.page_of(drawing.top() + 1) == 0
    figure, _ = figure_place(layout, drawing, ARTWORK)
    least = 9.4 if options.get("large_print") else 9.0  # large print: larger than normal print
    assert figure.height() / layout.dpi * 2.54 >= least - 0.01


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_neck_handout_says_its_labels_rest_mostly_on_low_back_research(
        qapp, paper: str, language: str) -> None:  # type: ignore[no-untyped-def]
    # "Recommended by guidelines" on a neck handout would overstate what is known for
    # the neck: the plan says where the research was done.
    content = GUIDES[language][0]
    handout = build_handout(content, "cervical-right", HandoutOptions(paper=paper), TODAY)
    text = _squeezed(" ".join(_pages_text(laid_out(handout))))
    assert _squeezed(content.words.text("handout.research_note")) in text
