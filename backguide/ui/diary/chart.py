"""The pain diary chart (pyqtgraph): a line per area of the back, the 7-day average, checklist markers.

This module imports pyqtgraph (about 0.4 s), so nothing imports it at start-up:
``ui/diary/window.py`` imports it when the diary is first opened, and the
handout calls :func:`chart_image` / :func:`paint_chart` only when printing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QPainter, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backguide.core.diary import DiaryEntry
from backguide.core.diary_stats import rolling_mean
from backguide.core.store import EventKind, StepEvent
from backguide.ui.translation import moment_text, translate

DAY = 86400.0
RANGES = {"week": 7 * DAY, "month": 30 * DAY}
Y_MIN, Y_MAX = -0.6, 12.0
# Checklist markers sit in a band above pain 10; on a short chart they move
# down (to at most MARKER_LOWEST) so that the whole symbol stays inside the plot.
MARKER_Y = 11.2
MARKER_LOWEST = 10.4
MARKER_SIZE = 11
HOVER_PIXELS = 12  # how near the pointer must be to an entry or marker
# Okabe and Ito's colours, told apart with colour-blindness too; each area also
# has its own symbol and, in print, its own dash pattern.
AREA_COLOURS_LIGHT = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
AREA_COLOURS_DARK = ("#7ab8ff", "#ff8a4c", "#3fd0a0", "#e6a3cf", "#f5c14a", "#9fd8f7")
AREA_SYMBOLS = ("o", "s", "t1", "d", "star", "h", "p", "t")
PRINT_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DotLine,
                Qt.PenStyle.DashDotDotLine)


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """pyqtgraph's date axis, with the month and weekday names of the interface's language.

    pyqtgraph writes them with ``strftime``, which knows only the C library's
    locale (English here, whatever the interface speaks). Its own dates are
    kept: it is asked for numbers (``%m``, ``%w``) marked out, and the marks
    become names.
    """

    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]  # noqa: N802
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or ("%b" not in spec.format and "%a" not in spec.format):
            return super().tickStrings(values, scale, spacing)
        written = spec.format
        spec.format = written.replace("%b", f"{_MONTH}%m{_MONTH}").replace("%a", f"{_DAY}%w{_DAY}")
        try:
            words = super().tickStrings(values, scale, spacing)
        finally:
            spec.format = written
        here, short = QLocale(), QLocale.FormatType.ShortFormat
        return [_DAY_NUMBER.sub(lambda m: here.dayName(int(m[1]) or 7, short),  # %w: Sunday is 0
                                _MONTH_NUMBER.sub(lambda m: here.monthName(int(m[1]), short), w))
                for w in words]


_MONTH, _DAY = "\x01", "\x02"
_MONTH_NUMBER = re.compile(f"{_MONTH}(\\d+){_MONTH}")
_DAY_NUMBER = re.compile(f"{_DAY}(\\d+){_DAY}")


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
    areas: tuple[QColor, ...] = ()
    for_paper: bool = False

    def area(self, index: int) -> QColor:
        """The colour of the ``index``-th area's line."""
        return self.areas[index % len(self.areas)] if self.areas else self.pain

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
                   average=QColor("#b8b8b8" if dark else "#5a5a5a"),
                   marker=QColor("#7fd08a" if dark else "#2e7d32"),
                   label_fill=fill,
                   areas=tuple(QColor(c) for c in (AREA_COLOURS_DARK if dark
                                                   else AREA_COLOURS_LIGHT)))

    @classmethod
    def for_print(cls) -> ChartColours:
        """Black and greys on white: reads on any printer, in colour or not."""
        black = QColor("black")
        return cls(background=QColor("white"), foreground=black, grid=QColor(0, 0, 0, 50),
                   pain=black, average=QColor("#777777"), marker=black,
                   label_fill=QColor("white"), for_paper=True)


def timestamps(entries: Sequence[DiaryEntry]) -> list[float]:
    """Each entry's time as a Unix timestamp (seconds), the chart's x values."""
    return [e.at.timestamp() for e in entries]


class DiaryPlot:
    """The chart's items in one pyqtgraph PlotItem: for the screen and for print alike.

    Each area of the back has its own line (colour, symbol and, on paper, dash
    pattern); the 7-day average is of the areas shown. ``scale`` multiplies
    every size (lettering, lines, symbols): the chart is laid out at the size
    it is drawn, because pyqtgraph's lines and symbols keep their pixel size
    under a scaled painter.
    """

    def __init__(self, plot: pg.PlotItem, colours: ChartColours, font: QFont,
                 scale: float = 1.0, legend: bool = True) -> None:
        self.plot = plot
        self.scale = scale
        self.names: dict[str, str] = {}
        self.all_entries: list[DiaryEntry] = []
        self.entries: list[DiaryEntry] = []  # of the areas shown, oldest first
        self.events: list[StepEvent] = []
        self.times: list[float] = []
        self.event_times: list[float] = []
        self.areas: list[str | None] = []  # every area with entries, in order of first use
        self.shown: set[str | None] | None = None  # None: every area
        self.lines: dict[str | None, pg.PlotDataItem] = {}
        self.marker_y = MARKER_Y
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
        left.setLabel(pain_axis_label(), **{"font-size": f"{self.font_px}px"})
        left.setWidth(round(self.font_px * 4.2))
        # Axes size themselves after their first paint, too late for a one-off print.
        plot.getAxis("bottom").setHeight(round(self.font_px * 2.4))
        plot.showGrid(x=True, y=True, alpha=0.45)
        self.average = pg.PlotDataItem([], [], name=translate("DiaryChart", "7-day average"),
                                       antialias=True)
        self.guides = pg.PlotCurveItem([], [], connect="pairs")
        self.started = pg.ScatterPlotItem([], [], symbol="t", size=MARKER_SIZE * scale,
                                          name=translate("DiaryChart", "Checklist step started"))
        self.done = pg.ScatterPlotItem([], [], symbol="d", size=MARKER_SIZE * scale,
                                       name=translate("DiaryChart", "Checklist step done"))
        plot.getViewBox().sigResized.connect(lambda _box: self.place_markers())
        for item in (self.guides, self.average, self.started, self.done):
            plot.addItem(item)
        self.legend: pg.LegendItem | None = None
        if legend:
            # Two columns: area names are long, and a legend wider than the chart
            # would push the plot's right end out of sight.
            self.legend = pg.LegendItem(colCount=2, labelTextSize=f"{self.font_px}px", frame=False)
            plot.layout.addItem(self.legend, 4, 1)
        self.set_colours(colours)

    def area_name(self, area: str | None) -> str:
        """The words for an area in the legend and the hover text."""
        return self.names.get(area, area) if area else translate("DiaryChart", "No area given")

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
            pain_axis_label(), **{"font-size": f"{self.font_px}px", "color": fg.name()})
        self.plot.getViewBox().setBackgroundColor(colours.background)
        self._colour_lines()
        self.average.setPen(pg.mkPen(colours.average, width=3 * scale, style=Qt.PenStyle.DashLine))
        guide = QColor(colours.marker)
        guide.setAlpha(110)
        self.guides.setPen(pg.mkPen(guide, width=scale, style=Qt.PenStyle.DotLine))
        self.started.setPen(pg.mkPen(colours.marker, width=1.5 * scale))
        self.started.setBrush(pg.mkBrush(colours.background))
        self.done.setPen(pg.mkPen(colours.marker, width=scale))
        self.done.setBrush(pg.mkBrush(colours.marker))
        self._fill_legend()

    def _colour_lines(self) -> None:
        colours, scale = self.colours, self.scale
        for index, area in enumerate(self.areas):
            line = self.lines[area]
            colour = colours.area(index)
            style = PRINT_DASHES[index % len(PRINT_DASHES)] if colours.for_paper \
                else Qt.PenStyle.SolidLine
            line.setPen(pg.mkPen(colour, width=1.5 * scale, style=style))
            line.setSymbol(AREA_SYMBOLS[index % len(AREA_SYMBOLS)])
            line.setSymbolSize(7 * scale)
            line.setSymbolPen(pg.mkPen(colour, width=scale))
            # On paper every other area has hollow symbols: told apart in black.
            hollow = colours.for_paper and index % 2 == 1
            line.setSymbolBrush(pg.mkBrush(colours.background if hollow else colour))

    def _fill_legend(self) -> None:
        if self.legend is None:
            return
        self.legend.clear()
        self.legend.setLabelTextColor(self.colours.foreground)
        items: list[pg.GraphicsObject] = [self.lines[a] for a in self.areas
                                          if self.shown is None or a in self.shown]
        items.append(self.average)
        kinds = {e.kind for e in self.events}
        items += [item for item, kind in ((self.started, EventKind.STARTED),
                                          (self.done, EventKind.DONE)) if kind in kinds]
        for item in items:
            self.legend.addItem(item, item.name())

    def set_data(self, entries: Sequence[DiaryEntry], events: Sequence[StepEvent]) -> None:
        """Show these entries (oldest first) and checklist events."""
        self.all_entries = list(entries)
        self.events = sorted(events, key=lambda e: e.at)
        areas = list(dict.fromkeys(e.region_id for e in self.all_entries))
        if areas != self.areas:
            for line in self.lines.values():
                self.plot.removeItem(line)
            self.areas = areas
            self.lines = {}
            for area in areas:
                line = pg.PlotDataItem([], [], name=self.area_name(area), antialias=True)
                self.lines[area] = line
                self.plot.addItem(line)
            self._colour_lines()
        else:
            self.rename()
        self.event_times = [e.at.timestamp() for e in self.events]
        self.place_markers(force=True)
        self._show_areas()

    def place_markers(self, force: bool = False) -> None:
        """Put the checklist markers as high as they fit whole inside the plot."""
        height = self.plot.getViewBox().height()
        y = MARKER_Y
        if height > 0:
            units_per_px = (Y_MAX - Y_MIN) / height
            y = max(MARKER_LOWEST, min(MARKER_Y, Y_MAX - (MARKER_SIZE / 2 + 2) * self.scale
                                       * units_per_px))
        if y == self.marker_y and not force:
            return
        self.marker_y = y
        xs = [t for t in self.event_times for _ in (0, 1)]
        self.guides.setData(xs, [Y_MIN, y] * len(self.event_times))
        for item, kind in ((self.started, EventKind.STARTED), (self.done, EventKind.DONE)):
            chosen = [t for t, e in zip(self.event_times, self.events, strict=True) if e.kind is kind]
            item.setData(chosen, [y] * len(chosen))

    def rename(self, names: Mapping[str, str] | None = None) -> None:
        """Name the areas' lines with these region names (or the ones known)."""
        if names is not None:
            self.names = dict(names)
        for area, line in self.lines.items():
            line.opts["name"] = self.area_name(area)
        self._fill_legend()

    def show_areas(self, shown: set[str | None] | None) -> None:
        """Show only these areas' lines (None: every area); the average follows them."""
        self.shown = None if shown is None else set(shown)
        self._show_areas()

    def _show_areas(self) -> None:
        shown = self.shown
        self.entries = [e for e in self.all_entries if shown is None or e.region_id in shown]
        self.times = timestamps(self.entries)
        for area, line in self.lines.items():
            chosen = [e for e in self.entries if e.region_id == area]
            line.setData(timestamps(chosen), [float(e.pain) for e in chosen])
            line.setVisible(bool(chosen))
        pains = [float(e.pain) for e in self.entries]
        self.average.setData(self.times, rolling_mean(self.times, pains) if pains else [])
        self._fill_legend()

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
        self._names = dict(names or {})
        self.utc_offset = utc_offset
        axis = LocalDateAxis(orientation="bottom", utcOffset=utc_offset)
        self.widget = pg.PlotWidget(axisItems={"bottom": axis})
        self.widget.setAccessibleName(self.tr("Pain chart"))
        # The view's inner viewport hands its focus to the chart anyway; left
        # focusable, a screen reader finds an unnamed object inside "Pain chart".
        # (A focus policy set on it passes on to the chart: give the chart its own again.)
        self.widget.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.diary = DiaryPlot(self.widget.getPlotItem(), ChartColours.from_palette(self.palette()),
                               self.font())
        self.diary.names = self._names
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

    @property
    def names(self) -> dict[str, str]:
        """Region and checklist step names by id, for the legend and the hover text."""
        return self._names

    @names.setter
    def names(self, names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self.diary.rename(self._names)

    # -- data and range ------------------------------------------------------------

    @property
    def areas(self) -> list[str | None]:
        """Every area with entries in the chart (None: no area given), in order of first use."""
        return list(self.diary.areas)

    def area_name(self, area: str | None) -> str:
        """The words for an area, as the legend has them."""
        return self.diary.area_name(area)

    def show_areas(self, shown: set[str | None] | None) -> None:
        """Show only these areas (None: all of them), keeping the chosen range."""
        self.diary.show_areas(shown)
        self._hide_hover()
        self.show_range(self.range)

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
        marker_y = self.diary.marker_y
        if marker is not None and point.y() >= marker_y - 4 * HOVER_PIXELS * px_h:
            return (self._event_text(self.diary.events[marker]),
                    QPointF(self.diary.event_times[marker], marker_y))
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
        return moment_text(moment)

    def _entry_text(self, entry: DiaryEntry) -> str:
        region = self.names.get(entry.region_id, entry.region_id) if entry.region_id else ""
        lines = [self._time(entry.at), self.tr("Pain {score} out of 10").format(score=entry.pain)]
        if region:
            lines.append(region)
        if entry.note:
            lines.append(entry.note if len(entry.note) <= 80 else entry.note[:79] + "…")
        return "\n".join(lines)

    def _event_text(self, event: StepEvent) -> str:
        step = self.names.get(event.step_id, event.step_id)
        what = (self.tr("Checklist step started: {step}") if event.kind is EventKind.STARTED
                else self.tr("Checklist step done: {step}")).format(step=step)
        return f"{what}\n{self._time(event.at.astimezone())}"


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


def chart_key() -> str:
    """What the printed chart's lines and symbols mean, to print beside it."""
    return translate("DiaryChart", "Each pain score is a symbol; the scores of one area are joined "
                                   "by a thin line (the key below the chart names the areas). "
                                   "Thick dashed line: the average of the last 7 days. Triangles: "
                                   "a checklist step started; diamonds: a step done.")


def pain_axis_label() -> str:
    return translate("DiaryChart", "Pain (0-10)")


def paint_chart(painter: QPainter, target: QRectF, entries: Sequence[DiaryEntry],
                events: Sequence[StepEvent], *, scale: float = 1.0,
                span: tuple[dt.datetime, dt.datetime] | None = None,
                utc_offset: float | None = None, names: Mapping[str, str] | None = None) -> None:
    """Paint the chart black on white into ``target`` on any painter (a printer's: vector).

    ``scale`` is the painter's pixels per 96-dpi pixel, so the lettering and
    lines keep their size: 1 for the screen, ``printer.resolution() / 96`` for a
    printer. The chart shows ``span`` (default: every entry and event); its
    key names the areas (by ``names``, region names by id); print :func:`chart_key`
    beside it for the rest.
    """
    axis = LocalDateAxis(orientation="bottom", utcOffset=utc_offset)
    widget = pg.PlotWidget(axisItems={"bottom": axis}, background="w")
    try:
        font = QFont(widget.font())
        font.setPixelSize(12)
        diary = DiaryPlot(widget.getPlotItem(), ChartColours.for_print(), font, scale=scale)
        diary.names = dict(names or {})
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
                utc_offset: float | None = None, names: Mapping[str, str] | None = None) -> QImage:
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
                    span=span, utc_offset=utc_offset, names=names)
    finally:
        painter.end()
    return image
