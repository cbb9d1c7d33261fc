"""A handout's text laid out in printed pages, with sensible page breaks.

``QTextDocument`` lays the HTML out for the printer's own resolution; this
module then moves a heading, a step, a table or a short paragraph to the next
page when it would otherwise be split, or leave a heading alone at the bottom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from backguide.core.handout import (
    DRAWING_ANCHOR,
    FLOWS_ANCHOR,
    LEGEND_ANCHOR,
    LOGO_RESOURCE,
    MOVEMENT_ANCHOR,
    PLAN_ANCHOR,
    URGENT_ANCHOR,
    URGENT_NOW_ANCHOR,
    Handout,
    HandoutError,
)
from backguide.core.handout_parts import cm_to_pt
from backguide.ui.translation import translate

FONT_FAMILIES = ["Helvetica", "Arial", "Nimbus Sans", "Liberation Sans", "DejaVu Sans"]
# A step (or an explanation) is kept on one page when it is no taller than this
# share of a page and moving it leaves no bigger gap than MAX_GAP_FRACTION; otherwise
# it may break between paragraphs, but never right after its heading.
KEEP_ITEM_FRACTION = 0.5
MAX_GAP_FRACTION = 0.3
KEEP_BLOCK_LINES = 8
LEGEND_ROW = 1.5  # legend row height, in multiples of its font size
# List indent in multiples of the body size (Qt's default 40 px wastes a narrow column):
# room for "24." in the sources.
LIST_INDENT_EM = 1.9
# A movement's picture is printed at least this wide (where its cell is as wide), so a
# person can see the movement; a clinic's sheet prints them about this size.
MOVEMENT_MIN_WIDTH_CM = 4.0


def print_font(points: float) -> QFont:
    """The handout's sans-serif type at ``points``."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    return font


_aspects: dict[str, float] = {}


def movement_aspect(drawing: str) -> float:
    """A movement picture's height over its width (read once per drawing)."""
    if drawing not in _aspects:
        from PySide6.QtSvg import QSvgRenderer

        from backguide.paths import asset

        box = QSvgRenderer(str(asset(f"exercises/{drawing}.svg"))).viewBoxF()
        _aspects[drawing] = box.height() / box.width() if box.width() else 0.0
    return _aspects[drawing]


@dataclass
class LayoutUnit:
    """A top-level piece of the document: one block, or a whole table (and its first block)."""

    block: QTextBlock
    table: QTextTable | None = None

    @property
    def heading(self) -> int:
        return 0 if self.table is not None else self.block.blockFormat().headingLevel()

    @property
    def lead_in(self) -> bool:
        """A paragraph introducing what follows, such as "Take care:"."""
        return self.table is None and not self.heading \
            and self.block.text().rstrip().endswith(":")


class HandoutLayout:
    """The handout's text laid out in pages of one printer, with sensible page breaks."""

    def __init__(self, handout: Handout, printer: QPrinter) -> None:
        # The handout as built, else the first tighter version whose urgent box is whole on
        # page 1 within its pages; else the one with the box whole on page 1 in the fewest
        # pages (the safety signs come first, the page count second); else the tightest.
        candidates = (handout, *handout.tighter)
        best: tuple[int, Handout] | None = None
        for candidate in candidates:
            self._lay_out(candidate, printer)
            if self.urgent_box_on_page_1():
                pages = self.page_count()
                if not handout.most_pages or pages <= handout.most_pages:
                    return
                if best is None or pages < best[0]:
                    best = (pages, candidate)
        if best is not None and best[1] is not candidates[-1]:
            self._lay_out(best[1], printer)

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

    @staticmethod
    def _anchor_in(block: QTextBlock, name: str) -> bool:
        fragments = block.begin()
        while not fragments.atEnd():
            if name in fragments.fragment().charFormat().anchorNames():
                return True
            fragments += 1
        return False

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

    # -- page breaks ------------------------------------------------------------

    def units(self) -> list[LayoutUnit]:
        """The document's top-level blocks and tables, in order."""
        units: list[LayoutUnit] = []
        last_table = -1
        block = self.doc.begin()
        while block.isValid():
            table = QTextCursor(block).currentTable()
            if table is None:
                units.append(LayoutUnit(block))
            elif table.firstPosition() != last_table:
                last_table = table.firstPosition()
                units.append(LayoutUnit(block, table))
            block = block.next()
        return units

    def span(self, unit: LayoutUnit) -> tuple[float, float]:
        """Top and bottom of a unit, in device pixels from the top of page 1."""
        layout = self.doc.documentLayout()
        rect = (layout.frameBoundingRect(unit.table) if unit.table is not None
                else layout.blockBoundingRect(unit.block))
        return rect.top(), rect.bottom()

    def _group_end(self, units: list[LayoutUnit], i: int, room: float) -> int:
        """The last unit that should stay on the same page as unit ``i``.

        ``room`` is the space left on the page from the top of unit ``i``.
        """
        unit = units[i]
        if unit.lead_in:
            return min(i + 1, len(units) - 1)  # "Take care:" stays with its list
        if not unit.heading:
            return i
        j = i + 1
        while j < len(units) and units[j].heading:  # a heading followed by a heading
            j += 1
        if j >= len(units):
            return len(units) - 1
        end = j
        while end + 1 < len(units) and not units[end + 1].heading:
            end += 1
        if units[j - 1].heading >= 3:  # an item (a step): keep it whole where that is sensible
            item = self.span(units[end])[1] - self.span(unit)[0]
            if item <= self.page_height * KEEP_ITEM_FRACTION \
                    and (item <= room or room < self.page_height * MAX_GAP_FRACTION):
                return end
        end = j  # at least the heading and what follows it,
        while units[end].lead_in and end + 1 < len(units):
            end += 1  # and what a lead-in such as "Tick the box:" introduces,
        if end + 2 < len(units) and units[end + 1].heading >= 3 and not units[end + 2].heading:
            end += 2  # and the first item under a section's heading and its introduction
        return end

    def _keep_together(self) -> None:
        """Move headings, steps, tables and short paragraphs that would straddle pages."""
        height = self.page_height
        line = QFontMetricsF(self.doc.defaultFont(), self.doc.documentLayout().paintDevice())
        units = self.units()
        for i, unit in enumerate(units):
            top, bottom = self.span(units[i])
            page_top = math.floor(top / height) * height
            if top - page_top < line.lineSpacing() * 0.5:
                continue  # already at the top of a page
            if page_top + height - top < line.lineSpacing() * 0.5:
                # Its margin starts at the foot of a page, its text at the top of the next:
                # a page break would leave that next page empty.
                continue
            end = self._group_end(units, i, page_top + height - top)
            bottom = self.span(units[end])[1]
            straddles = bottom > page_top + height + 0.5
            if not straddles or bottom - top > height:
                continue
            if end == i and unit.table is None and not unit.heading \
                    and bottom - top > line.lineSpacing() * KEEP_BLOCK_LINES \
                    and unit.block.layout().lineCount() > 1:
                continue  # a long paragraph may break between its lines (an image cannot)
            if end == i and self._may_run_on(unit, page_top + height - top):
                continue
            last = units[end]
            if end > i and last.table is not None \
                    and self._may_run_on(last, page_top + height - self.span(last)[0]):
                continue  # a heading over a box that may run on to the next page
            self._break_before(units[self._section_start(units, i, page_top)])

    def _section_start(self, units: list[LayoutUnit], i: int, page_top: float) -> int:
        """Where to break for unit ``i``: before it, or, when it is the first item of a
        section, before the section's heading (and its introduction) on the same page."""
        level = units[i].heading
        if not level:
            return i
        for back in (1, 2):
            start = i - back
            if start >= 0 and 0 < units[start].heading < level \
                    and all(not u.heading for u in units[start + 1:i]) \
                    and self.span(units[start])[0] >= page_top:
                return start
        return i

    def _may_run_on(self, unit: LayoutUnit, room: float) -> bool:
        """Whether a paragraph or box marked to run on (FLOWS_ANCHOR) may break in ``room``:
        at least two of its lines stay on this page (below a box's heading) and two go to
        the next (one for a box: better a line alone than most of a page left empty)."""
        if not self._anchor_in(unit.block, FLOWS_ANCHOR):
            return False
        if unit.table is not None:
            line = QFontMetricsF(print_font(self.handout.sizes.box), self.doc.documentLayout()
                                 .paintDevice()).lineSpacing()
            heading = self.doc.documentLayout().blockBoundingRect(unit.block).height()
            top, bottom = self.span(unit)
            return room >= heading + 2.5 * line and bottom - top - room >= line
        lines = unit.block.layout()
        count = lines.lineCount()
        if count < 4:
            return False
        margin = unit.block.blockFormat().topMargin() * self.dpi / 96
        staying = sum(1 for k in range(count) if margin + lines.lineAt(k).rect().bottom() <= room)
        return 2 <= staying <= count - 2

    def _break_before(self, unit: LayoutUnit) -> None:
        policy = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        if unit.table is not None:
            table_format = unit.table.format()
            table_format.setPageBreakPolicy(policy)
            unit.table.setFormat(table_format)
            self._relayout_from(unit.table.firstPosition())
        else:
            block_format = unit.block.blockFormat()
            block_format.setPageBreakPolicy(policy)
            QTextCursor(unit.block).setBlockFormat(block_format)
            self._relayout_from(unit.block.position())

    def _relayout_from(self, position: int) -> None:
        # After a format change Qt re-lays out only part of a paginated document
        # holding tables, leaving later blocks with no height; redo the rest.
        self.doc.markContentsDirty(position, self.doc.characterCount() - position)

    def page_count(self) -> int:
        return self.doc.pageCount()

    def page_of(self, y: float) -> int:
        """The page (from 0) holding document position ``y``."""
        return math.floor(y / self.page_height)
