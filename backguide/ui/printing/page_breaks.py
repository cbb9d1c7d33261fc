"""Sensible page breaks for a handout laid out by ``QTextDocument``.

Qt breaks pages between lines wherever a page is full. This moves a heading, a step, a
table or a short paragraph to the next page when it would otherwise be split, or a
heading would be left alone at the bottom; a paragraph or box marked to run on
(:data:`FLOWS_ANCHOR`) may break instead, where that leaves no gap and no lone line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import (
    QFontMetricsF,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from backguide.core.handout import FLOWS_ANCHOR
from backguide.ui.style import print_font

# A step (or an explanation) is kept on one page when it is no taller than this
# share of a page and moving it leaves no bigger gap than MAX_GAP_FRACTION; otherwise
# it may break between paragraphs, but never right after its heading.
KEEP_ITEM_FRACTION = 0.5
MAX_GAP_FRACTION = 0.3
KEEP_BLOCK_LINES = 8


def anchor_in(block: QTextBlock, name: str) -> bool:
    """Whether ``block`` holds an anchor called ``name``."""
    fragments = block.begin()
    while not fragments.atEnd():
        if name in fragments.fragment().charFormat().anchorNames():
            return True
        fragments += 1
    return False


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


class PageBreaks:
    """Page breaks for a paginated ``doc`` of pages ``page_height`` tall (device pixels at
    ``dpi``); ``box_points`` is the type size of the boxes that may run on."""

    doc: QTextDocument
    page_height: float
    dpi: int
    box_points: float

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
        the next (one for a box without a heading to print again: better a line alone than
        most of a page left empty)."""
        if not anchor_in(unit.block, FLOWS_ANCHOR):
            return False
        if unit.table is not None:
            line = QFontMetricsF(print_font(self.box_points), self.doc.documentLayout()
                                 .paintDevice()).lineSpacing()
            heading = self.doc.documentLayout().blockBoundingRect(unit.block).height()
            top, bottom = self.span(unit)
            # Under a heading printed again on the next page (already there, as Qt paginates
            # the box), at least two lines go there.
            again = unit.table.format().headerRowCount() > 0
            going = bottom - top - room - (heading if again else 0)
            return room >= heading + 2.5 * line and going >= (2 if again else 1) * line
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
