"""Printing a handout: PDF, a system printer, or the print preview.

The handout's HTML is laid out by a ``QTextDocument`` for the printer's own
resolution and paginated here, by hand, so that the page size is the
printer's and there is room for our footer (Qt's own ``print()`` adds a 2 cm
margin and its page numbers). The drawing is painted on the printer's
painter as vector art, never as an image, at the place the HTML keeps for it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from backguide.core.artwork import Artwork, Label, drawing_labels
from backguide.core.handout import Handout, HandoutError
from backguide.core.pdf_info import DocumentInfo, PdfInfoError, with_document_info
from backguide.core.saving import SaveError, check_pdf, save_file
from backguide.ui.map.items import (
    CHOSEN_EDGE,
    ESSENTIAL_FILL,
    ESSENTIAL_RIM,
    SPILLOVER_INK,
    SPILLOVER_RIM,
    SPILLOVER_WASH,
    chosen_fill,
    outline_path,
)
from backguide.ui.printing.layout import LEGEND_ROW, HandoutLayout
from backguide.ui.style import print_font
from backguide.ui.translation import translate

__all__ = ["HandoutError", "HandoutPrintPreview", "available_printers", "print_handout",
           "render_handout", "save_pdf"]

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(17, 15, 17, 11)
# The same three markings as on screen: the region lit up (a pale wash under a
# heavy blue outline), essential zones solid deep red with a darker rim,
# spillover zones hatched. They stay apart in black and white.
REGION_COLOUR = CHOSEN_EDGE


def configure_printer(printer: QPrinter, paper: str) -> None:
    """Give ``printer`` the handout's paper size and margins."""
    layout = QPageLayout(QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait,
                         MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setPageLayout(layout)


def available_printers() -> list[str]:
    """The names of the printers the system offers, default first."""
    default = QPrinterInfo.defaultPrinterName()
    names = QPrinterInfo.availablePrinterNames()
    return sorted(names, key=lambda n: n != default)


def save_pdf(handout: Handout, artwork: Artwork, path: str | os.PathLike[str]) -> int:
    """Write the handout as a PDF on its chosen paper; returns the page count.

    The PDF is written beside the target, checked (whole, with every page) and
    only then put in its place, so a failure (a full disk, say) never leaves
    a broken file. Raises :class:`HandoutError` when the file cannot be saved.
    """
    pages: list[int] = []

    def write(partial: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        printer.setDocName(handout.title)
        printer.setCreator("BackGuide")
        configure_printer(printer, handout.options.paper)
        pages.append(render_handout(handout, artwork, printer))
        # Qt's writer does not notice a full disk, it just stops: what it wrote
        # gets the check every saved PDF gets before anything is added to it.
        check_pdf(partial, pages[0])
        info = DocumentInfo(title=handout.title, author=handout.author, subject=handout.subject,
                            language=handout.language)
        try:
            partial.write_bytes(with_document_info(partial.read_bytes(), info))
        except PdfInfoError as exc:
            raise SaveError(translate("HandoutPrinting", "the PDF's title and language could "
                                                         "not be added: {why}").format(why=exc)) from exc

    try:
        save_file(path, write, lambda partial: check_pdf(partial, pages[0]), what="the handout")
    except SaveError as exc:
        raise HandoutError(str(exc)) from exc
    return pages[0]


def print_handout(handout: Handout, artwork: Artwork, printer_name: str) -> int:
    """Send the handout to the named system printer; returns the page count.

    Raises :class:`HandoutError` for an unknown printer or one that refuses the job.
    """
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        known = available_printers()
        if known:
            message = translate("HandoutPrinting", "no printer called '{printer}'; printers here: "
                                                   "{printers}").format(printer=printer_name,
                                                                        printers=", ".join(known))
        else:
            message = translate("HandoutPrinting", "no printer called '{printer}'; this computer "
                                                   "has no printers set up").format(printer=printer_name)
        raise HandoutError(message)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(handout.title)
    printer.setCreator("BackGuide")
    configure_printer(printer, handout.options.paper)
    return render_handout(handout, artwork, printer)


def render_handout(handout: Handout, artwork: Artwork, printer: QPrinter) -> int:
    """Lay out and paint the handout on ``printer`` (PDF, a printer, or a preview).

    Uses the printer's own page layout; honours a page range chosen in a print
    dialog. Returns the handout's page count. Raises :class:`HandoutError` if
    the printer cannot be painted on.
    """
    layout = HandoutLayout(handout, printer)
    total = layout.page_count()
    first, last = 1, total
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(total, printer.toPage() or total)
        if first > last:
            raise HandoutError(translate("HandoutPrinting", "the handout has only {count} pages")
                               .format(count=total))
    painter = QPainter()
    if not painter.begin(printer):
        where = printer.outputFileName() or printer.printerName() \
            or translate("HandoutPrinting", "the printer")
        raise HandoutError(translate("HandoutPrinting", "cannot print the handout to {where}")
                           .format(where=where))
    try:
        renderer = _print_renderer(artwork.path)
        drawing = layout.drawing_rect()
        for number in range(first, last + 1):
            if number != first:
                printer.newPage()
            _paint_page(painter, layout, number - 1, drawing, renderer, artwork)
            _paint_footer(painter, layout, number, total)
    finally:
        painter.end()
    return total


def _paint_page(painter: QPainter, layout: HandoutLayout, index: int, drawing: QRectF | None,
                renderer: QSvgRenderer, artwork: Artwork) -> None:
    top = index * layout.page_height
    painter.save()
    painter.setClipRect(QRectF(0, 0, layout.width, layout.page_height))
    painter.translate(0, -top)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Qt paints every block that touches the clip, and a block opening the next page can
    # start a rounding error above its top: it would be painted here too, clipped out of
    # sight but still in the PDF's text (read aloud, copied, searched). A pixel's margin
    # keeps each page's text its own.
    edge = 1.0
    context.clip = QRectF(0, top + edge, layout.width, layout.page_height - 2 * edge)
    palette = QPalette()
    # Print black on white whatever the screen's colour scheme.
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    context.palette = palette
    layout.doc.documentLayout().draw(painter, context)
    if drawing is not None and layout.page_of(drawing.top() + 1) == index:
        _paint_drawing(painter, drawing, layout, renderer, artwork)
    for name, rect in layout.movement_rects():
        if layout.page_of(rect.top() + 1) == index:
            _paint_movement(painter, name, rect, layout)
    painter.restore()


_STEP_NUMBER = re.compile(rb'<circle cx="([0-9.]+)" cy="([0-9.]+)" r="[0-9.]+"[^>]*/>\s*'
                          rb"<text[^>]*>([^<]+)</text>")
_movement_art: dict[str, tuple[QSvgRenderer, list[tuple[QPointF, str]]]] = {}


def _movement_renderer(drawing: str) -> tuple[QSvgRenderer, list[tuple[QPointF, str]]]:
    """A movement's picture without its small step numbers, and the numbers with their places.

    The numbers ("1" start, "2" end) would print at about 3 pt; they are painted
    again in the print size.
    """
    from backguide.paths import asset

    if drawing not in _movement_art:
        svg = Path(asset(f"exercises/{drawing}.svg")).read_bytes()
        numbers = [(QPointF(float(x), float(y)), text.decode().strip())
                   for x, y, text in _STEP_NUMBER.findall(svg)]
        _movement_art[drawing] = (QSvgRenderer(QByteArray(_STEP_NUMBER.sub(b"", svg))), numbers)
    return _movement_art[drawing]


def _paint_movement(painter: QPainter, drawing: str, rect: QRectF, layout: HandoutLayout) -> None:
    """A movement's picture as vector art, as large as its place allows, kept in proportion."""
    renderer, numbers = _movement_renderer(drawing)
    box = renderer.viewBoxF()
    if not renderer.isValid() or box.isEmpty():
        return
    scale = min(rect.width() / box.width(), rect.height() / box.height())
    target = QRectF(rect.x(), rect.y(), box.width() * scale, box.height() * scale)
    painter.save()
    # Some figures are drawn past their view box (a body cut at the hips): keep to its place.
    painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, target)
    painter.setClipping(False)
    font = print_font(layout.handout.sizes.small)
    font.setBold(True)
    painter.setFont(font)
    radius = QFontMetricsF(font, painter.device()).height() * 0.55
    for point, text in numbers:
        centre = QPointF(target.x() + (point.x() - box.x()) * scale,
                         target.y() + (point.y() - box.y()) * scale)
        centre = QPointF(max(centre.x(), target.x() + radius), max(centre.y(), target.y() + radius))
        disc = QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2)
        painter.setPen(QPen(QColor("#444444"), layout.pt(0.6)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(disc)
        painter.setPen(QColor("#222222"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


_LABELS = re.compile(rb'<g id="labels">.*?</g>', re.DOTALL)
_renderers: dict[str, tuple[QSvgRenderer, QRectF, list[Label]]] = {}
# The labels printed on the drawing, by size: the big letters above the back, the
# front figure's letters, and the side words under the big letters. The captions
# are long; they go in the legend.
_BIG_LETTERS = ("label-left-letter", "label-right-letter")
_SMALL_LETTERS = ("label-front-left", "label-front-right")
_SIDE_WORDS = ("label-your-left", "label-your-right")


def _print_renderer(path: str) -> QSvgRenderer:
    """The drawing without its small labels (they would print at about 4 pt); the labels
    are painted again in the print size, in the handout's words, by :func:`_paint_labels`."""
    if path not in _renderers:
        svg = Path(path).read_bytes()
        full = QSvgRenderer(QByteArray(svg))
        crop = _drawn_bounds(full)
        labels = drawing_labels(svg.decode("utf-8"), None)
        bare = _LABELS.sub(b"", svg)
        _renderers[path] = (QSvgRenderer(QByteArray(bare)), crop, labels)
    return _renderers[path][0]


def label_boxes(path: str, to_figure: QTransform, layout: HandoutLayout,
                device: QPaintDevice) -> list[tuple[QRectF, QFont, str]]:
    """The drawing's side letters ("L", "your left") in print sizes and the handout's
    words, with the box each is printed in; long captions go in the legend. Each "your
    left" sits under its big letter, never over the letter's foot."""
    sizes = layout.handout.sizes
    said = dict(layout.handout.drawing_words)
    letter_bottoms: dict[float, float] = {}  # the big L and R, by their x
    boxes = []
    for label in sorted(_renderers[path][2], key=lambda label: -label.size):
        point, words = QPointF(label.x, label.y), said.get(label.id, label.words)
        if label.id in _BIG_LETTERS:
            font = print_font(sizes.h2)  # the big L and R above the back
            font.setBold(True)
        elif label.id in _SMALL_LETTERS:
            font = print_font(sizes.small)  # the front figure's R and L
            font.setBold(True)
        elif label.id in _SIDE_WORDS:
            font = print_font(sizes.small)
        else:
            continue
        at = to_figure.map(point)
        metrics = QFontMetricsF(font, device)
        box = QRectF(at.x() - metrics.horizontalAdvance(words) / 2 - layout.pt(1.5),
                     at.y() - metrics.ascent() - layout.pt(1), metrics.horizontalAdvance(words)
                     + layout.pt(3), metrics.height() + layout.pt(1))
        if label.id in _BIG_LETTERS:
            letter_bottoms[point.x()] = box.bottom()
        elif point.x() in letter_bottoms:
            box.moveTop(max(box.top(), letter_bottoms[point.x()]))
        boxes.append((box, font, words))
    return boxes


def _paint_labels(painter: QPainter, path: str, to_figure: QTransform, layout: HandoutLayout) -> None:
    for box, font, words in label_boxes(path, to_figure, layout, painter.device()):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(box, layout.pt(1.5), layout.pt(1.5))
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)


def figure_place(layout: HandoutLayout, rect: QRectF, artwork: Artwork) -> tuple[QRectF, QTransform]:
    """Where the figure goes in ``rect`` (document coordinates), and the transform from
    drawing units to there (so a zone's outline can be found on the page)."""
    _print_renderer(artwork.path)
    crop = _renderers[artwork.path][1]
    figure_height = layout.pt(layout.handout.drawing_height_pt)
    figure_width = figure_height * crop.width() / crop.height()
    if figure_width > rect.width():
        figure_width = rect.width()
        figure_height = figure_width * crop.height() / crop.width()
    figure = QRectF(rect.x(), rect.y(), figure_width, figure_height)
    to_figure = QTransform()
    to_figure.translate(figure.x(), figure.y())
    to_figure.scale(figure.width() / crop.width(), figure.height() / crop.height())
    to_figure.translate(-crop.x(), -crop.y())
    return figure, to_figure


def page_image(handout: Handout, artwork: Artwork, index: int,
               dpi: int = 150) -> tuple[QImage, QTransform | None]:
    """Page ``index`` (from 0) painted on a white image at ``dpi``, as it prints (for
    checks and previews); also the transform from drawing units to the image's pixels
    (None when the page has no drawing), to find a zone on the image."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(dpi)
    configure_printer(printer, handout.options.paper)
    layout = HandoutLayout(handout, printer)
    full = printer.pageLayout().fullRectPixels(dpi)
    paint = printer.pageLayout().paintRectPixels(dpi)
    image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    drawing = layout.drawing_rect()
    try:
        painter.translate(paint.x(), paint.y())
        _paint_page(painter, layout, index, drawing, _print_renderer(artwork.path), artwork)
    finally:
        painter.end()
    if drawing is None or layout.page_of(drawing.top() + 1) != index:
        return image, None
    shift = QTransform.fromTranslate(paint.x(), paint.y() - index * layout.page_height)
    return image, figure_place(layout, drawing, artwork)[1] * shift


def _paint_drawing(painter: QPainter, rect: QRectF, layout: HandoutLayout, renderer: QSvgRenderer,
                   artwork: Artwork) -> None:
    """The back with the regions and their zones, and the legend below it, as vector art."""
    handout = layout.handout
    crop = _renderers[artwork.path][1]
    figure, to_figure = figure_place(layout, rect, artwork)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setViewBox(crop)
    renderer.render(painter, figure)
    styles = _styles(layout)
    regions = [to_figure.map(outline_path(artwork.regions[r])) for r in handout.region_ids]
    for region in regions:
        _fill(painter, region, styles["region"])
    for kind, areas in (("spillover", handout.spillover), ("essential", handout.essential)):
        for area in areas:
            _fill(painter, to_figure.map(outline_path(artwork.zones[area])), styles[kind])
    painter.setPen(styles["region"].pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for region in regions:
        painter.drawPath(region)
    _paint_labels(painter, artwork.path, to_figure, layout)
    origin = layout.legend_origin() or QPointF(rect.x(), figure.bottom() + layout.pt(2))
    _paint_legend(painter, origin, layout, styles)
    painter.restore()


@dataclass(frozen=True)
class _Style:
    """How one kind of area is painted: outline, fill, and optional hatching."""

    pen: QPen
    fill: QBrush
    hatch: QPen | None = None
    hatch_spacing: float = 0.0


def _drawn_bounds(renderer: QSvgRenderer) -> QRectF:
    """The part of the drawing that has something on it (the figure and its labels)."""
    bounds = QRectF()
    for element in ("figure", "labels"):
        if renderer.elementExists(element):
            box = renderer.transformForElement(element).mapRect(renderer.boundsOnElement(element))
            bounds = bounds.united(box)
    if bounds.isEmpty():
        return QRectF(renderer.viewBoxF())
    margin = 4.0  # drawing units: room for outlines on the edge
    return bounds.adjusted(-margin, -margin, margin, margin).intersected(renderer.viewBoxF())


def _styles(layout: HandoutLayout) -> dict[str, _Style]:
    """Pen and brush for the region and each kind of zone, in device units."""
    return {
        "region": _Style(QPen(REGION_COLOUR, layout.pt(1.6)), QBrush(chosen_fill())),
        "essential": _Style(QPen(ESSENTIAL_RIM, layout.pt(0.9)), QBrush(ESSENTIAL_FILL)),
        "spillover": _Style(QPen(SPILLOVER_RIM, layout.pt(0.9), Qt.PenStyle.DashLine),
                            QBrush(SPILLOVER_WASH), QPen(SPILLOVER_INK, layout.pt(0.9)),
                            layout.pt(2.4)),
    }


def _fill(painter: QPainter, path: QPainterPath, style: _Style) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.fill)
    painter.drawPath(path)
    if style.hatch is not None:
        _hatch(painter, path, style.hatch, style.hatch_spacing)
    painter.setPen(style.pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _hatch(painter: QPainter, path: QPainterPath, pen: QPen, spacing: float) -> None:
    """Diagonal lines ("/", like Qt.BDiagPattern) across ``path``, ``spacing`` apart.

    Drawn as lines because Qt's PDF output ignores a pattern brush's
    transform: its 8-pixel pattern would be 0.2 mm apart at 1200 dpi.
    """
    box = path.boundingRect()
    painter.save()
    painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
    painter.setPen(pen)
    offset = -box.height()
    while offset < box.width():
        painter.drawLine(QPointF(box.left() + offset, box.bottom()),
                         QPointF(box.left() + offset + box.height(), box.top()))
        offset += spacing
    painter.restore()


def _paint_legend(painter: QPainter, origin: QPointF, layout: HandoutLayout,
                  styles: dict[str, _Style]) -> None:
    sizes = layout.handout.sizes
    font = print_font(sizes.small)
    painter.setFont(font)
    row = layout.pt(sizes.small * LEGEND_ROW)
    swatch = QSizeF(layout.pt(sizes.small * 2.2), layout.pt(sizes.small * 1.1))
    y = origin.y()
    for kind, words in layout.handout.legend:
        if kind == "caption":
            painter.setPen(QColor("#222222"))
            text = QRectF(origin.x() + layout.pt(1), y, layout.legend_width - layout.pt(2),
                          row * layout.caption_rows)
            painter.drawText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                       | Qt.TextFlag.TextWordWrap), words)
            y += row * layout.caption_rows
            continue
        box = QRectF(origin.x() + layout.pt(1), y + (row - swatch.height()) / 2,
                     swatch.width(), swatch.height())
        _fill(painter, _rounded(box, layout.pt(1.5)), styles[kind])
        painter.setPen(QColor("black"))
        text = QRectF(box.right() + layout.pt(5), y, layout.width, row)
        painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, words)
        y += row


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def _paint_footer(painter: QPainter, layout: HandoutLayout, number: int, total: int) -> None:
    handout = layout.handout
    top = layout.page_height + layout.pt(6)
    painter.save()
    painter.setPen(QPen(QColor("#8a8a8a"), layout.pt(0.5)))
    painter.drawLine(QPointF(0, top), QPointF(layout.width, top))
    font = QFont(layout.footer_font)
    line = layout.footer_line
    first = QRectF(0, top + layout.pt(3), layout.width, line)
    second = QRectF(0, first.bottom(), layout.width, line * layout.footer_text_lines)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    wrapped = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(first, left, handout.disclaimer)
    painter.drawText(first, right, handout.page_text(number, total))
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    painter.drawText(second, wrapped, layout.footer_text)
    painter.restore()


class HandoutPrintPreview(QPrintPreviewDialog):
    """Qt's print preview showing a handout; its Print button prints it."""

    def __init__(self, handout: Handout, artwork: Artwork, parent: QWidget | None = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(handout.title)
        configure_printer(printer, handout.options.paper)
        super().__init__(printer, parent)
        self.setObjectName("handoutPreview")
        self.setWindowTitle(self.tr("Print preview: {handout}").format(handout=handout.heading))
        self.handout = handout
        self.artwork = artwork
        self._printer = printer  # the dialog does not take ownership of it
        self.paintRequested.connect(self._on_paint_requested)

    def preview_widget(self) -> QPrintPreviewWidget:
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None
        return widget

    def _on_paint_requested(self, printer: QPrinter) -> None:
        render_handout(self.handout, self.artwork, printer)
