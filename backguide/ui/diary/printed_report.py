"""The diary report on paper: saved as a PDF or sent to a printer.

The report's HTML (``core/diary_report.py``) is laid out by a ``QTextDocument``
at the printer's own resolution and cut into pages here, with our own footer.
The chart is drawn at the place the HTML keeps for it, right below the
heading, three times as sharp as on screen. Imported only when a report is
made: it loads QtPrintSupport, and the chart's pyqtgraph.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from backguide.core.diary_report import CHART_ANCHOR, CHART_HEIGHT_PT, DiaryReport
from backguide.core.saving import SaveError, check_pdf, save_file
from backguide.ui.style import print_font
from backguide.ui.translation import translate

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(17, 15, 17, 12)
BODY_PT = 10.5
FOOTER_PT = 8.0
CHART_SCALE = 3.0


class ReportError(Exception):
    """The report cannot be saved or printed; the message says why in one line."""


def configure_printer(printer: QPrinter, paper: str) -> None:
    """Give ``printer`` the report's paper size and margins."""
    printer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES.get(paper, PAGE_SIZES["a4"])),
                                      QPageLayout.Orientation.Portrait, MARGINS_MM,
                                      QPageLayout.Unit.Millimeter))
    printer.setCreator("BackGuide")


class ReportLayout:
    """The report's text laid out in pages of one printer, with room for the chart and a footer."""

    def __init__(self, report: DiaryReport, printer: QPrinter) -> None:
        self.report = report
        self.dpi = printer.resolution()
        rect = printer.pageLayout().paintRectPixels(self.dpi)
        self.width = float(rect.width())
        self.footer_font = print_font(FOOTER_PT)
        self.footer_line = QFontMetricsF(self.footer_font, printer).lineSpacing()
        self.page_height = float(rect.height()) - self.footer_line - self.pt(8)
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(printer)
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(print_font(BODY_PT))
        self.doc.setPageSize(QSizeF(self.width, self.page_height))
        self.doc.setHtml(report.html)
        self._repeat_table_headers()
        self.chart_block = self._reserve_chart()

    def pt(self, points: float) -> float:
        """Points in device pixels."""
        return points * self.dpi / 72

    def _repeat_table_headers(self) -> None:
        block = self.doc.begin()
        while block.isValid():
            table = QTextCursor(block).currentTable()
            if isinstance(table, QTextTable):
                table_format = table.format()
                table_format.setHeaderRowCount(1)  # on every page the table runs over
                table.setFormat(table_format)
                block = self.doc.findBlock(table.lastPosition() + 1)
                continue
            block = block.next()

    def _reserve_chart(self) -> QTextBlock:
        block = self.doc.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                if CHART_ANCHOR in fragments.fragment().charFormat().anchorNames():
                    fmt = block.blockFormat()
                    # Block lengths are CSS pixels (1/96 inch), scaled to the device by Qt.
                    fmt.setLineHeight(CHART_HEIGHT_PT * 96 / 72,
                                      QTextBlockFormat.LineHeightTypes.FixedHeight.value)
                    QTextCursor(block).setBlockFormat(fmt)
                    self.doc.markContentsDirty(block.position(),
                                               self.doc.characterCount() - block.position())
                    return block
                fragments += 1
            block = block.next()
        raise ReportError(translate("DiaryReport", "the report has no place for its chart"))

    def chart_rect(self) -> QRectF:
        """Where the chart goes, in document coordinates."""
        box = self.doc.documentLayout().blockBoundingRect(self.chart_block)
        return QRectF(box.x(), box.y(), self.width, self.pt(CHART_HEIGHT_PT))

    def page_count(self) -> int:
        return self.doc.pageCount()


def render_report(report: DiaryReport, printer: QPrinter) -> int:
    """Lay out and paint the report on ``printer`` (a PDF, a printer or a preview); the page count."""
    from backguide.ui.diary.chart import chart_image  # pyqtgraph: only now

    layout = ReportLayout(report, printer)
    total = layout.page_count()
    painter = QPainter()
    if not painter.begin(printer):
        where = printer.outputFileName() or printer.printerName() \
            or translate("DiaryReport", "the printer")
        raise ReportError(translate("DiaryReport", "cannot print the report to {where}")
                          .format(where=where))
    try:
        chart = layout.chart_rect()
        for number in range(1, total + 1):
            if number != 1:
                printer.newPage()
            top = (number - 1) * layout.page_height
            painter.save()
            painter.setClipRect(QRectF(0, 0, layout.width, layout.page_height))
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, layout.width, layout.page_height)
            palette = QPalette()
            palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            palette.setColor(QPalette.ColorRole.Base, QColor("white"))
            context.palette = palette
            layout.doc.documentLayout().draw(painter, context)
            if top <= chart.top() < top + layout.page_height:
                # Drawn three times as sharp as the screen, as the handout's chart: the
                # axes' lettering comes out far too large when pyqtgraph paints straight
                # onto a 1200 dpi printer.
                css = chart.size() * 96 / layout.dpi
                image = chart_image(report.entries, report.events,
                                    round(css.width() * CHART_SCALE),
                                    round(css.height() * CHART_SCALE), scale=CHART_SCALE,
                                    span=(report.start, report.end), names=report.names)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(chart, image)
            painter.restore()
            _paint_footer(painter, layout, number, total)
    finally:
        painter.end()
    return total


def _paint_footer(painter: QPainter, layout: ReportLayout, number: int, total: int) -> None:
    top = layout.page_height + layout.pt(4)
    painter.save()
    painter.setPen(QPen(QColor("#8a8a8a"), layout.pt(0.5)))
    painter.drawLine(QPointF(0, top), QPointF(layout.width, top))
    painter.setFont(layout.footer_font)
    painter.setPen(QColor("#444444"))
    line = QRectF(0, top + layout.pt(2), layout.width, layout.footer_line)
    painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     layout.report.footer)
    painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     layout.report.page_text(number, total))
    painter.restore()


def save_report_pdf(report: DiaryReport, path: str | os.PathLike[str]) -> int:
    """Write the report as a PDF, whole or not at all; returns its page count.

    Raises :class:`ReportError` (one line) when it cannot be saved.
    """
    pages: list[int] = []

    def write(partial: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        printer.setDocName(report.title)
        configure_printer(printer, report.paper)
        pages.append(render_report(report, printer))

    try:
        save_file(path, write, lambda partial: check_pdf(partial, pages[0]), what="the report")
    except SaveError as exc:
        raise ReportError(str(exc)) from exc
    return pages[0]
