"""Shared set-up for UI tests: the shipped guide, drawing and a main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backguide.core.artwork import Artwork, load_artwork
from backguide.core.content import load_guide
from backguide.core.model import Content
from backguide.paths import asset, content_dir

if TYPE_CHECKING:
    from backguide.core.handout import Handout
    from backguide.ui.printing.layout import HandoutLayout

_cache: dict[str, object] = {}


def shipped() -> tuple[Content, Artwork, str]:
    """The shipped content and drawing, loaded once per test run."""
    if "guide" not in _cache:
        svg = str(asset("back.svg"))
        artwork = load_artwork(svg)
        _cache["guide"] = (load_guide(content_dir(), artwork), artwork, svg)
    return _cache["guide"]  # type: ignore[return-value]


# -- reading the PDFs the app writes -------------------------------------------------

def laid_out(handout: Handout) -> HandoutLayout:
    """The handout laid out in pages for a PDF on its paper, as ``save_pdf`` lays it out."""
    from PySide6.QtPrintSupport import QPrinter

    from backguide.ui.printing.layout import HandoutLayout
    from backguide.ui.printing.render import configure_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    configure_printer(printer, handout.options.paper)
    return HandoutLayout(handout, printer)


def laid_out_pages(layout: HandoutLayout) -> list[list[str]]:
    """Each laid-out page's paragraphs (and table cells); a paragraph that runs on to the
    next page counts on each page with the lines printed there."""
    pages: list[list[str]] = [[] for _ in range(layout.page_count())]
    block = layout.doc.begin()
    while block.isValid():
        top = layout.doc.documentLayout().blockBoundingRect(block).top()
        lines = block.layout()
        by_page: dict[int, str] = {}
        for k in range(lines.lineCount()):
            line = lines.lineAt(k)
            page = min(layout.page_of(top + line.y() + line.height() / 2), len(pages) - 1)
            text = block.text()[line.textStart():line.textStart() + line.textLength()]
            by_page[page] = by_page.get(page, "") + text
        for page, text in by_page.items():
            pages[page].append(text)
        block = block.next()
    return [[" ".join(text.split()) for text in texts if text.strip()] for texts in pages]


def pdf_pages_text(path: object, first: int | None = None) -> list[str]:
    """Each page's text (or the first few pages'), with runs of white space made single spaces."""
    from pypdf import PdfReader

    pages = PdfReader(str(path)).pages
    return [" ".join(page.extract_text().split()) for page in list(pages)[:first]]


def pdf_page_count(path: object) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def pdf_page_sizes(path: object) -> set[tuple[int, int]]:
    """The (width, height) of every page's media box, in points."""
    from pypdf import PdfReader

    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(str(path)).pages}


def pdf_images(path: object) -> list[str]:
    """Every image object the PDF's pages use, also inside forms and patterns."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    found: list[str] = []
    seen: set[int] = set()

    def walk(resources: object) -> None:
        if not isinstance(resources, DictionaryObject) or id(resources) in seen:
            return
        seen.add(id(resources))
        for kind in ("/XObject", "/Pattern"):
            group = resources.get(kind)
            group = group.get_object() if group is not None else None
            if not isinstance(group, DictionaryObject):
                continue
            for name, ref in group.items():
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Image":
                    found.append(str(name))
                inner = obj.get("/Resources")
                if inner is not None:
                    walk(inner.get_object())

    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        if resources is not None:
            walk(resources.get_object())
    return found


def pdf_body_font_size(path: object, page: int) -> float:
    """The font size (points) of most of the text on a page."""
    from collections import Counter

    from pypdf import PdfReader

    sizes: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            sizes[round(size * scale, 1)] += len(text.strip())

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


def close_stores(widget) -> None:  # type: ignore[no-untyped-def]
    """Close the stores a main window or a diary window holds (its own in-memory
    diary; a main window's store too). For
    ``qtbot.addWidget(w, before_close_func=close_stores)``: when the test ends."""
    widget.close_store()


def yes_no_button(root, question: str, yes: bool):  # type: ignore[no-untyped-def]
    """The "Yes" or "No" of one checklist question: a group named by the question."""
    from PySide6.QtWidgets import QGroupBox, QRadioButton

    group = next(g for g in root.findChildren(QGroupBox) if g.accessibleName() == question)
    return next(b for b in group.findChildren(QRadioButton) if b.text() == ("Yes" if yes else "No"))


def questions_asked(root) -> set[str]:  # type: ignore[no-untyped-def]
    """The safety questions a checklist page asks, by their words."""
    from PySide6.QtWidgets import QGroupBox

    return {g.accessibleName() for g in root.findChildren(QGroupBox)
            if g.objectName() == "question"}
