"""The pain diary chart (pyqtgraph): pain over time, its 7-day average, checklist markers.

This module imports pyqtgraph (about 0.4 s), so nothing imports it at start-up:
``ui/diary/window.py`` imports it when the diary is first opened, and the
handout calls :func:`chart_image` / :func:`paint_chart` only when printing.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QPainter, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backguide.core.diary import DiaryEntry
from backguide.core.diary_stats import rolling_mean
from backguide.core.store import EventKind, StepEvent

DAY = 86400.0
RANGES = {"week": 7 * DAY, "month": 30 * DAY}
Y_MIN, Y_MAX = -0.6, 11.2
MARKER_Y = 10.6  # checklist markers sit in a band above pain 10
HOVER_PIXELS = 12  # how near the pointer must be to an entry or marker


@dataclass(frozen=True)
class ChartColours:
    """Every colour the chart uses: from the palette on screen, black on white for print."""

    background: QColor
    foreground: QColor
    grid: QColor
    pain: QColor
    average: QColor
    marker: QColor
    label_fill: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        """Colours that read well on this palette, light or dark."""
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        grid = QColor(text)
        grid.setAlpha(60)
        fill = QColor(base)
        fill.setAlpha(235)
        return cls(background=base, foreground=text, grid=grid,
                   pain=palette.color(QPalette.ColorRole.Highlight) if not dark
                   else QColor("#7ab8ff"),
                   average=QColor("#f0a04b" if dark else "#b85c00"),
                   marker=QColor("#7fd08a" if dark else "#2e7d32"),
                   label_fill=fill)

    @classmethod
    def for_print(cls) -> ChartColours:
        """Black and greys on white: reads on any printer, in colour or not."""
        black = QColor("black")
        return cls(background=QColor("white"), foreground=black, grid=QColor(0, 0, 0, 50),
                   pain=black, average=QColor("#555555"), marker=black,
                   label_fill=QColor("white"))


def timestamps(entries: Sequence[DiaryEntry]) -> list[float]:
    """Each entry's time as a Unix timestamp (seconds), the chart's x values."""
    return [e.at.timestamp() for e in entries]


class DiaryPlot:
    """The chart's items in one pyqtgraph PlotItem: for the screen and for print alike.

    ``scale`` multiplies every size (lettering, lines, symbols): the chart is
    laid out at the size it is drawn, because pyqtgraph's lines and symbols
    keep their pixel size under a scaled painter. Print has no legend: the
    handout says what the lines mean in words (:data:`KEY`).
    """

    def __init__(self, plot: pg.PlotItem, colours: ChartColours, font: QFont,
                 scale: float = 1.0, legend: bool = True) -> None:
        self.plot = plot
        self.scale = scale
        self.entries: list[DiaryEntry] = []
        self.events: list[StepEvent] = []
        self.times: list[float] = []
        self.event_times: list[float] = []
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=True, y=False)
        plot.setYRange(Y_MIN, Y_MAX, padding=0)
        plot.setLimits(yMin=Y_MIN, yMax=Y_MAX)
        plot.showAxes((True, False, False, True))
        self.font_px = max(6, round(QFontInfo(font).pixelSize() * scale))
        tick_font = QFont(font)
        tick_font.setPixelSize(self.font_px)
        for name in ("left", "bottom"):
            plot.getAxis(name).setStyle(tickFont=tick_font, tickLength=round(-5 * scale),
                                        tickTextOffset=round(4 * scale))
        left = plot.getAxis("left")
        left.setTicks([[(v, str(v)) for v in range(0, 11, 2)], [(v, "") for v in range(11)]])
        left.setLabel("Pain (0-10)", **{"font-size": f"{self.font_px}px"})
        left.setWidth(round(self.font_px * 4.2))
        # Axes size themselves after their first paint, too late for a one-off print.
        plot.getAxis("bottom").setHeight(round(self.font_px * 2.4))
        plot.showGrid(x=True, y=True, alpha=0.45)
        size = 7 * scale
        self.pain = pg.PlotDataItem([], [], name="Pain", symbol="o", symbolSize=size,
                                    antialias=True)
        self.average = pg.PlotDataItem([], [], name="7-day average", antialias=True)
        self.guides = pg.PlotCurveItem([], [], connect="pairs")
        self.started = pg.ScatterPlotItem([], [], symbol="t", size=11 * scale,
                                          name="Checklist step started")
        self.done = pg.ScatterPlotItem([], [], symbol="d", size=11 * scale,
                                       name="Checklist step done")
        for item in (self.guides, self.average, self.pain, self.started, self.done):
            plot.addItem(item)
        self.legend: pg.LegendItem | None = None
        if legend:
            self.legend = pg.LegendItem(colCount=4, labelTextSize=f"{self.font_px}px", frame=False)
            plot.layout.addItem(self.legend, 4, 1)
            for item in (self.pain, self.average, self.started, self.done):
                self.legend.addItem(item, item.name())
        self.set_colours(colours)

    def set_colours(self, colours: ChartColours) -> None:
        """Recolour every item (after a palette change, or for print)."""
        self.colours = colours
        fg = colours.foreground
        scale = self.scale
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(fg, width=scale))
            axis.setTextPen(pg.mkPen(fg))
        self.plot.getAxis("left").setLabel(
            "Pain (0-10)", **{"font-size": f"{self.font_px}px", "color": fg.name()})
        self.plot.getViewBox().setBackgroundColor(colours.background)
        self.pain.setPen(pg.mkPen(colours.pain, width=1.5 * scale))
        self.pain.setSymbolPen(pg.mkPen(colours.pain, width=scale))
        self.pain.setSymbolBrush(pg.mkBrush(colours.pain))
        self.average.setPen(pg.mkPen(colours.average, width=3 * scale, style=Qt.PenStyle.DashLine))
        guide = QColor(colours.marker)
        guide.setAlpha(110)
        self.guides.setPen(pg.mkPen(guide, width=scale, style=Qt.PenStyle.DotLine))
        self.started.setPen(pg.mkPen(colours.marker, width=1.5 * scale))
        self.started.setBrush(pg.mkBrush(colours.background))
        self.done.setPen(pg.mkPen(colours.marker, width=scale))
        self.done.setBrush(pg.mkBrush(colours.marker))
        if self.legend is not None:
            self.legend.setLabelTextColor(fg)
            for _, label in self.legend.items:
                label.setText(label.text)  # the colour applies when the text is set again

    def set_data(self, entries: Sequence[DiaryEntry], events: Sequence[StepEvent]) -> None:
        """Show these entries (oldest first) and checklist events."""
        self.entries = list(entries)
        self.events = sorted(events, key=lambda e: e.at)
        self.times = timestamps(self.entries)
        pains = [float(e.pain) for e in self.entries]
        self.pain.setData(self.times, pains)
        self.average.setData(self.times, rolling_mean(self.times, pains) if pains else [])
        self.event_times = [e.at.timestamp() for e in self.events]
        xs = [t for t in self.event_times for _ in (0, 1)]
        self.guides.setData(xs, [Y_MIN, MARKER_Y] * len(self.event_times))
        for item, kind in ((self.started, EventKind.STARTED), (self.done, EventKind.DONE)):
            chosen = [t for t, e in zip(self.event_times, self.events, strict=True) if e.kind is kind]
            item.setData(chosen, [MARKER_Y] * len(chosen))

    def show_span(self, start: float, end: float) -> None:
        """Show the time from ``start`` to ``end`` (Unix seconds)."""
        self.plot.setXRange(start, end, padding=0.02)

    def show_all(self, now: float) -> None:
        """Show every entry and marker (a week around ``now`` when there are none)."""
        points = self.times + self.event_times
        if not points:
            self.show_span(now - RANGES["week"], now)
            return
        start, end = min(points), max(points)
        if end - start < DAY:
            start, end = start - DAY / 2, end + DAY / 2
        self.show_span(start, end)


class DiaryChart(QWidget):
    """The chart on screen: palette colours, week / month / all, and the entry under the pointer."""

    def __init__(self, names: Mapping[str, str] | None = None, utc_offset: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = dict(names or {})
        self.utc_offset = utc_offset
        axis = pg.DateAxisItem(orientation="bottom", utcOffset=utc_offset)
        self.widget = pg.PlotWidget(axisItems={"bottom": axis})
        self.widget.setAccessibleName("Pain chart")
        self.diary = DiaryPlot(self.widget.getPlotItem(), ChartColours.from_palette(self.palette()),
                               self.font())
        self.hover = pg.TextItem(anchor=(0, 1))
        self.hover.setZValue(100)
        self.hover.hide()
        self.diary.plot.addItem(self.hover, ignoreBounds=True)
        self.ring = pg.ScatterPlotItem([], [], symbol="o", size=16)
        self.ring.setZValue(99)
        self.diary.plot.addItem(self.ring, ignoreBounds=True)
        self.range = "month"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)
        self.widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.apply_palette()

    # -- data and range ------------------------------------------------------------

    def set_data(self, entries: Sequence[DiaryEntry], events: Sequence[StepEvent],
                 now: dt.datetime | None = None) -> None:
        """Show the entries and events, keeping the chosen range."""
        self.diary.set_data(entries, events)
        self._hide_hover()
        self.show_range(self.range, now)

    def show_range(self, name: str, now: dt.datetime | None = None) -> None:
        """Show the last ``week`` or ``month`` up to now, or ``all`` entries."""
        self.range = name
        moment = (now or dt.datetime.now(dt.UTC)).timestamp()
        end = max([moment, *self.diary.times[-1:]])
        if name == "all":
            self.diary.show_all(moment)
        else:
            self.diary.show_span(end - RANGES[name], end)

    # -- colours -----------------------------------------------------------------

    def apply_palette(self) -> None:
        """Take the colours of the palette on screen now."""
        colours = ChartColours.from_palette(self.palette())
        self.widget.setBackground(colours.background)
        self.diary.set_colours(colours)
        self.hover.setColor(colours.foreground)
        self.hover.fill = pg.mkBrush(colours.label_fill)
        self.hover.border = pg.mkPen(colours.grid)
        self.ring.setPen(pg.mkPen(colours.foreground, width=2))
        self.ring.setBrush(pg.mkBrush(None))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self.apply_palette()
        super().changeEvent(event)

    # -- hover -------------------------------------------------------------------

    def item_at(self, scene_pos: QPointF) -> tuple[str, QPointF] | None:
        """What is under a point of the chart's scene, in words, and where it is (view units)."""
        box = self.diary.plot.getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        px_w, px_h = box.viewPixelSize()
        index = _nearest(self.diary.times, point.x(), HOVER_PIXELS * px_w)
        if index is not None and abs(self.diary.entries[index].pain - point.y()) \
                <= HOVER_PIXELS * px_h:
            entry = self.diary.entries[index]
            return self._entry_text(entry), QPointF(self.diary.times[index], entry.pain)
        marker = _nearest(self.diary.event_times, point.x(), HOVER_PIXELS * px_w / 2)
        if marker is not None and point.y() >= MARKER_Y - 4 * HOVER_PIXELS * px_h:
            return (self._event_text(self.diary.events[marker]),
                    QPointF(self.diary.event_times[marker], MARKER_Y))
        return None

    def _hide_hover(self) -> None:
        self.hover.hide()
        self.ring.setData([], [])

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        found = self.item_at(scene_pos)
        if found is None:
            self._hide_hover()
            return
        text, point = found
        self.ring.setData([point.x()], [point.y()])
        view = self.diary.plot.getViewBox().viewRange()
        right = point.x() > (view[0][0] + view[0][1]) / 2
        top = point.y() > (view[1][0] + view[1][1]) / 2
        self.hover.setAnchor((1.0 if right else 0.0, 0.0 if top else 1.0))
        self.hover.setText(text)
        self.hover.setPos(point)
        self.hover.show()

    def _time(self, moment: dt.datetime) -> str:
        return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"

    def _entry_text(self, entry: DiaryEntry) -> str:
        region = self.names.get(entry.region_id, entry.region_id) if entry.region_id else ""
        lines = [self._time(entry.at), f"Pain {entry.pain} out of 10"]
        if region:
            lines.append(region)
        if entry.note:
            lines.append(entry.note if len(entry.note) <= 80 else entry.note[:79] + "…")
        return "\n".join(lines)

    def _event_text(self, event: StepEvent) -> str:
        what = "started" if event.kind is EventKind.STARTED else "done"
        return (f"Checklist step {what}: {self.names.get(event.step_id, event.step_id)}\n"
                f"{self._time(event.at.astimezone())}")


def _nearest(times: list[float], x: float, tolerance: float) -> int | None:
    """The index of the time nearest ``x`` within ``tolerance``, if any."""
    i = bisect.bisect_left(times, x)
    best = None
    for j in (i - 1, i):
        if 0 <= j < len(times) and abs(times[j] - x) <= tolerance \
                and (best is None or abs(times[j] - x) < abs(times[best] - x)):
            best = j
    return best


# -- for handouts ----------------------------------------------------------------------


KEY = ("Dots joined by a thin line: each pain score. Thick dashed line: the average of "
       "the last 7 days. Triangles: a checklist step started; diamonds: a step done.")


def paint_chart(painter: QPainter, target: QRectF, entries: Sequence[DiaryEntry],
                events: Sequence[StepEvent], *, scale: float = 1.0,
                span: tuple[dt.datetime, dt.datetime] | None = None,
                utc_offset: float | None = None) -> None:
    """Paint the chart black on white into ``target`` on any painter (a printer's: vector).

    ``scale`` is the painter's pixels per 96-dpi pixel, so the lettering and
    lines keep their size: 1 for the screen, ``printer.resolution() / 96`` for a
    printer. The chart shows ``span`` (default: every entry and event) and has
    no legend; print :data:`KEY` beside it.
    """
    axis = pg.DateAxisItem(orientation="bottom", utcOffset=utc_offset)
    widget = pg.PlotWidget(axisItems={"bottom": axis}, background="w")
    try:
        font = QFont(widget.font())
        font.setPixelSize(12)
        diary = DiaryPlot(widget.getPlotItem(), ChartColours.for_print(), font, scale=scale,
                          legend=False)
        diary.set_data(entries, events)
        size = QRectF(0, 0, target.width(), target.height())
        # A hidden view gets no resize event until it is shown: lay it out directly.
        pg.GraphicsView.setRange(widget, size, padding=0, disableAutoPixel=False)
        if span is None:
            diary.show_all(dt.datetime.now(dt.UTC).timestamp())
        else:
            diary.show_span(span[0].timestamp(), span[1].timestamp())
        widget.scene().render(painter, target, size)
    finally:
        widget.close()
        widget.deleteLater()


def chart_image(entries: Sequence[DiaryEntry], events: Sequence[StepEvent], width_px: int,
                height_px: int, *, scale: float = 1.0,
                span: tuple[dt.datetime, dt.datetime] | None = None,
                utc_offset: float | None = None) -> QImage:
    """The chart as a ``width_px`` x ``height_px`` image, black on white, for a handout.

    ``scale`` sizes the lettering and lines: an 1800 x 780 image at scale 3
    looks like a 600 x 260 chart drawn three times as sharp, and prints crisply
    at about 16 x 7 cm (``<img width="600" height="260">``).
    """
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        paint_chart(painter, QRectF(0, 0, width_px, height_px), entries, events, scale=scale,
                    span=span, utc_offset=utc_offset)
    finally:
        painter.end()
    return image
