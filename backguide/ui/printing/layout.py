"""A handout's text laid out in printed pages, with sensible page breaks.

``QTextDocument`` lays the HTML out for the printer's own resolution; this module
gives the drawing, its key and the movement pictures their places, chooses the
handout's version that fits its pages, and keeps each page's parts together
(:mod:`backguide.ui.printing.page_breaks`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFontMetricsF,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from backguide.core.handout import (
    DRAWING_ANCHOR,
    LEGEND_ANCHOR,
    LOGO_RESOURCE,
    MOVEMENT_ANCHOR,
    NOTES_ANCHOR,
    PLAN_ANCHOR,
    URGENT_ANCHOR,
    URGENT_NOW_ANCHOR,
    Handout,
    HandoutError,
)
from backguide.core.handout_parts import cm_to_pt
from backguide.ui.printing.page_breaks import LayoutUnit, PageBreaks
from backguide.ui.style import print_font
from backguide.ui.translation import translate

# LayoutUnit lives in page_breaks; other printing code takes it from here too.
__all__ = ["LEGEND_ROW", "LIST_INDENT_EM", "MOVEMENT_MIN_WIDTH_CM", "HandoutLayout", "LayoutUnit",
           "movement_aspect"]
LEGEND_ROW = 1.5  # legend row height, in multiples of its font size
# List indent in multiples of the body size (Qt's default 40 px wastes a narrow column):
# room for "24." in the sources.
LIST_INDENT_EM = 1.9
# A movement's picture is printed at least this wide (where its cell is as wide), so a
# person can see the movement; a clinic's sheet prints them about this size.
MOVEMENT_MIN_WIDTH_CM = 4.0
# The room to write in the notes box grows into what the last page leaves, up to this.
NOTES_MOST_CM = 6.0


_aspects: dict[str, float] = {}


def movement_aspect(drawing: str) -> float:
    """A movement picture's height over its width (read once per drawing)."""
    if drawing not in _aspects:
        from PySide6.QtSvg import QSvgRenderer

        from backguide.paths import asset

        box = QSvgRenderer(str(asset(f"exercises/{drawing}.svg"))).viewBoxF()
        _aspects[drawing] = box.height() / box.width() if box.width() else 0.0
    return _aspects[drawing]


class HandoutLayout(PageBreaks):
    """The handout's text laid out in pages of one printer, with sensible page breaks."""

    def __init__(self, handout: Handout, printer: QPrinter) -> None:
        # The handout as built, else the first tighter version whose urgent box is whole on
        # page 1 within its pages; else the one with the box whole on page 1 in the fewest
        # pages (the safety signs come first, the page count second); else the tightest.
        # In normal print tightening saves a few lines a page (a movement at most), so a
        # version whose last page is more than half full ends the search. (Large print's
        # tighter versions save far more: a movement there is a third of a page.)
        candidates = (handout, *handout.tighter)
        best: tuple[int, Handout] | None = None
        for candidate in candidates:
            self._lay_out(candidate, printer)
            if self.urgent_box_on_page_1():
                pages = self.page_count()
                if not handout.most_pages or pages <= handout.most_pages:
                    self._grow_notes()
                    return
                if best is None or pages < best[0]:
                    best = (pages, candidate)
                if not handout.sizes.large and (pages > handout.most_pages + 1
                                                or self._last_page_filled() > 0.5):
                    break
        if best is not None and best[1] is not self.handout:
            self._lay_out(best[1], printer)
        self._grow_notes()

    def _grow_notes(self) -> None:
        """Give the room to write in the notes box what the last page leaves below it (up
        to NOTES_MOST_CM): more room for a practitioner's advice, no emptier page."""
        block = self._anchor_block(NOTES_ANCHOR)
        if block is None:
            return
        layout = self.doc.documentLayout()
        table = QTextCursor(block).currentTable()
        bottom = layout.frameBoundingRect(table).bottom() if table is not None \
            else layout.blockBoundingRect(block).bottom()
        if self.doc.documentLayout().documentSize().height() > bottom + self.pt(2):
            return  # something follows the notes (the person's own progress or diary)
        page_end = (self.page_of(bottom - 1) + 1) * self.page_height
        room = page_end - bottom - self.pt(6)
        line = layout.blockBoundingRect(block).height()
        if room <= 0:
            return
        height = min(line + room, self.pt(cm_to_pt(NOTES_MOST_CM)))
        if height > line:
            self._reserve(block, height * 72 / self.dpi)
            self._relayout_from(block.position())

    def _last_page_filled(self) -> float:
        """How much of its last page the handout fills (0 to 1)."""
        height = self.doc.documentLayout().documentSize().height()
        return (height - (self.page_count() - 1) * self.page_height) / self.page_height

    def _lay_out(self, handout: Handout, printer: QPrinter) -> None:
        self._lay_out_once(handout, printer, plan_page=None)
        if self._plan_page_wasted():
            self._lay_out_once(handout, printer, plan_page=False)

    def _plan_page_wasted(self) -> bool:
        """Whether the plan opened a page although what comes before it (the signs to see
        someone soon) ran past page 1: the plan then follows it on that page instead."""
        plan = self._anchor_block(PLAN_ANCHOR)
        if plan is None or not plan.blockFormat().pageBreakPolicy() \
                & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return False
        return not self._before_plan_ends_on_page_1(plan)

    def _before_plan_ends_on_page_1(self, plan: QTextBlock) -> bool:
        units = self.units()
        index = next(i for i, unit in enumerate(units) if unit.block == plan)
        before = [u for u in units[:index] if u.block.text().strip() or u.table is not None]
        return not before or self.page_of(self.span(before[-1])[1] - 1) == 0

    def _lay_out_once(self, handout: Handout, printer: QPrinter, plan_page: bool | None) -> None:
        """Lay ``handout`` out; ``plan_page``: whether the plan starts a page (None: when
        what comes before it ends on page 1 as first laid out)."""
        self.handout = handout
        self.box_points = handout.sizes.box
        self.dpi = printer.resolution()
        rect = printer.pageLayout().paintRectPixels(self.dpi)
        self.width = float(rect.width())
        self.footer_font = print_font(handout.sizes.footer)
        metrics = QFontMetricsF(self.footer_font, printer)
        self.footer_line = metrics.lineSpacing()
        # A line of disclaimer and page; then, wrapped, the guide, subject and version, who
        # publishes and reviews the guide, and any note on a translation, run together so
        # no line is left with a word or two.
        self.footer_text = " ".join(t for t in (handout.footer, handout.footer_note) if t)
        box = metrics.boundingRect(QRectF(0, 0, float(rect.width()), 1e6),
                                   int(Qt.TextFlag.TextWordWrap), self.footer_text)
        self.footer_text_lines = max(1, math.ceil(box.height() / self.footer_line - 0.05))
        self.footer_lines = 1 + self.footer_text_lines
        footer_height = self.footer_line * self.footer_lines + self.pt(10)
        self.page_height = float(rect.height()) - footer_height
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(printer)
        self.doc.setDocumentMargin(0)
        self.doc.setIndentWidth(LIST_INDENT_EM * handout.sizes.body * 96 / 72)
        self.doc.setDefaultFont(print_font(handout.sizes.body))
        self.doc.setPageSize(QSizeF(self.width, self.page_height))
        if handout.logo:
            self._add_logo(handout.logo)
        self.doc.setHtml(handout.html)
        self.legend_block: QTextBlock | None = None
        self._caption_rows = 1
        # Every change of format re-lays out the document: measure first, then make the
        # changes in one edit block, laid out once.
        drawing = self._find_drawing()
        pictures = self._find_movements()
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()
        self._close_gaps_after_tables()
        self.drawing_block = self._reserve_drawing(drawing)
        self.movement_blocks = self._reserve_movements(pictures)
        cursor.endEditBlock()
        self._relayout_from(0)
        plan = self._anchor_block(PLAN_ANCHOR)
        if plan is not None and (self._before_plan_ends_on_page_1(plan) if plan_page is None
                                 else plan_page):
            self._break_before(LayoutUnit(plan))
        self._keep_together()

    def urgent_box_on_page_1(self) -> bool:
        """Whether the urgent-signs box is whole on page 1 (True for a handout without one);
        for a box that may run on to page 2, whether its signs to get help now are."""
        block = self._anchor_block(URGENT_ANCHOR)
        table = QTextCursor(block).currentTable() if block is not None else None
        if table is None:
            return True
        layout = self.doc.documentLayout()
        if layout.frameBoundingRect(table).bottom() <= self.page_height + 0.5:
            return True
        now = self._anchor_block(URGENT_NOW_ANCHOR)
        return now is not None and layout.blockBoundingRect(now).bottom() <= self.page_height + 0.5

    def _add_logo(self, path: str) -> None:
        image = QImage(path)
        if image.isNull():
            raise HandoutError(translate("HandoutPrinting", "the logo '{file}' is not an image this "
                                                            "app can read (use a PNG or JPEG file)")
                               .format(file=path))
        self.doc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(LOGO_RESOURCE),
                             image)

    def pt(self, points: float) -> float:
        """Points in device pixels."""
        return points * self.dpi / 72

    @property
    def legend_height_pt(self) -> float:
        rows = sum(self.caption_rows if kind == "caption" else 1 for kind, _ in self.handout.legend)
        return rows * self.handout.sizes.small * LEGEND_ROW + 4

    @property
    def caption_rows(self) -> int:
        """How many legend rows the drawing's caption wraps to, in the legend's width."""
        return self._caption_rows

    def _count_caption_rows(self, width: float) -> int:
        caption = next((words for kind, words in self.handout.legend if kind == "caption"), "")
        if not caption:
            return 1
        sizes = self.handout.sizes
        metrics = QFontMetricsF(print_font(sizes.small), self.doc.documentLayout().paintDevice())
        box = metrics.boundingRect(QRectF(0, 0, width - self.pt(2), 1e6),
                                   int(Qt.TextFlag.TextWordWrap), caption)
        return max(1, math.ceil(box.height() / self.pt(sizes.small * LEGEND_ROW) - 0.05))

    def _anchor_block(self, name: str) -> QTextBlock | None:
        block = self.doc.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                if name in fragments.fragment().charFormat().anchorNames():
                    return block
                fragments += 1
            block = block.next()
        return None

    @staticmethod
    def _reserve(block: QTextBlock, height_pt: float) -> None:
        fmt = block.blockFormat()
        # Block lengths are CSS pixels (1/96 inch), scaled to the device by Qt.
        fmt.setLineHeight(height_pt * 96 / 72, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        QTextCursor(block).setBlockFormat(fmt)

    def _find_drawing(self) -> QTextBlock | None:
        """The drawing's paragraph; also finds the legend's and how many rows its caption needs."""
        if not self.handout.has_drawing:
            return None
        # The legend has its own place beside the drawing, or goes below it.
        self.legend_block = self._anchor_block(LEGEND_ANCHOR)
        block = self._anchor_block(DRAWING_ANCHOR)
        if block is None:
            raise HandoutError(translate("HandoutPrinting", "the handout has no place for its drawing"))
        layout = self.doc.documentLayout()
        self._caption_rows = self._count_caption_rows(
            layout.blockBoundingRect(self.legend_block or block).width())
        return block

    def _reserve_drawing(self, block: QTextBlock | None) -> QTextBlock | None:
        if block is None:
            return None
        if self.legend_block is not None:
            self._reserve(self.legend_block, self.legend_height_pt)
        self._reserve(block, self.handout.drawing_height_pt + self._legend_below_pt)
        return block

    @property
    def _legend_below_pt(self) -> float:
        return 0.0 if self.legend_block is not None else self.legend_height_pt

    def legend_origin(self) -> QPointF | None:
        """Where the legend goes when it has its own place (document coordinates)."""
        if self.legend_block is None:
            return None
        box = self.doc.documentLayout().blockBoundingRect(self.legend_block)
        return box.topLeft()

    def _find_movements(self) -> list[tuple[QTextBlock, str, float]]:
        """Each movement picture's paragraph, its drawing and its cell's width."""
        places: list[tuple[QTextBlock, str, float]] = []
        if not self.handout.movement_drawings:
            return places
        block = self.doc.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                for name in fragments.fragment().charFormat().anchorNames():
                    if name.startswith(MOVEMENT_ANCHOR):
                        # The cell's width, from the layout before any picture has its height.
                        width = self.doc.documentLayout().blockBoundingRect(block).width()
                        places.append((block, name[len(MOVEMENT_ANCHOR):], width))
                fragments += 1
            block = block.next()
        return places

    def _reserve_movements(self, places: list[tuple[QTextBlock, str, float]]
                           ) -> dict[str, tuple[QTextBlock, float]]:
        """Give each movement picture's paragraph the picture's height; (block, height) by drawing."""
        found: dict[str, tuple[QTextBlock, float]] = {}
        for block, drawing, width in places:
            # As tall as its cell is wide allows, up to the handout's height for pictures, but
            # never narrower than MOVEMENT_MIN_WIDTH_CM: a standing figure may be taller.
            aspect = movement_aspect(drawing)
            most = max(self.pt(self.handout.movement_height_pt),
                       self.pt(cm_to_pt(MOVEMENT_MIN_WIDTH_CM)) * aspect)
            height = min(width * aspect, most)
            fmt = block.blockFormat()
            fmt.setLineHeight(height * 96 / self.dpi,
                              QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            QTextCursor(block).setBlockFormat(fmt)
            found[drawing] = (block, height)
        return found

    def _close_gaps_after_tables(self) -> None:
        """Make the empty paragraph Qt puts after every table a hairline: a line of white
        space under each box, drawing and movement is room the handout needs."""
        block = self.doc.begin()
        after_table = False
        while block.isValid():
            in_table = QTextCursor(block).currentTable() is not None
            if after_table and not in_table and not block.text() and block.length() <= 1:
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setTopMargin(0)
                fmt.setBottomMargin(0)
                cursor.setBlockFormat(fmt)
                # An empty line is as tall as its type (a fixed line height is ignored).
                char = block.charFormat()
                char.setFontPointSize(1.0)
                cursor.setBlockCharFormat(char)
            after_table = in_table
            block = block.next()

    def movement_rects(self) -> list[tuple[str, QRectF]]:
        """Where each movement picture goes, in document coordinates: (drawing, rect)."""
        rects = []
        for drawing, (block, height) in self.movement_blocks.items():
            box = self.doc.documentLayout().blockBoundingRect(block)
            rects.append((drawing, QRectF(box.x(), box.y(), box.width(), height)))
        return rects

    def drawing_rect(self) -> QRectF | None:
        """Where the drawing goes, in document coordinates."""
        if self.drawing_block is None:
            return None
        box = self.doc.documentLayout().blockBoundingRect(self.drawing_block)
        height = self.pt(self.handout.drawing_height_pt + self._legend_below_pt)
        return QRectF(box.x(), box.y(), box.width(), height)

    @property
    def legend_width(self) -> float:
        if self.legend_block is not None:
            return self.doc.documentLayout().blockBoundingRect(self.legend_block).width()
        rect = self.drawing_rect()
        return rect.width() if rect is not None else self.width
