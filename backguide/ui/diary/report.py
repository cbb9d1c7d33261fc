"""The pain diary in a handout: the 14-day summary and the chart, black on white.

``diary_handout_html`` is what ``HandoutActions`` asks for when the person
ticks "include my pain diary". The chart goes in as a sharp PNG inside the
HTML; a printer-side painter can draw it as vectors with
``chart.paint_chart`` instead.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice

from backguide.core.diary import DiaryEntry
from backguide.core.diary_stats import SUMMARY_DAYS, diary_summary, diary_summary_html
from backguide.core.store import StepEvent, Store
from backguide.core.wording import Words
from backguide.ui.translation import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

CHART_DAYS = 28
# Laid out as 600 x 260 (CSS) pixels and drawn three times as sharp: about
# 16 x 7 cm on paper, and the handout's text width on A4 and Letter alike.
CHART_SIZE = (600, 260)
CHART_SCALE = 3.0


def chart_image(entries: Sequence[DiaryEntry], events: Sequence[StepEvent], width_px: int,
                height_px: int, *, scale: float = 1.0,
                span: tuple[dt.datetime, dt.datetime] | None = None,
                utc_offset: float | None = None, names: Mapping[str, str] | None = None) -> QImage:
    """The diary chart as a ``width_px`` x ``height_px`` image, black on white.

    ``scale`` sizes lettering and lines (3 = laid out for a third of the size,
    three times as sharp); ``span`` is the time shown (default: everything).
    pyqtgraph is imported on the first call.
    """
    from backguide.ui.diary.chart import chart_image as draw

    return draw(entries, events, width_px, height_px, scale=scale, span=span,
                utc_offset=utc_offset, names=names)


def png_data_uri(image: QImage) -> str:
    """The image as a ``data:`` URI, which QTextDocument shows in an ``<img>``."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11 refuses the bytes its stubs ask for, and takes a str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return "data:image/png;base64," + base64.b64encode(bytes(buffer.data().data())).decode("ascii")


def diary_handout_html(store: Store | None, today: dt.date | None = None,
                       names: Mapping[str, str] | None = None, words: Words | None = None) -> str:
    """The pain diary for a handout: the last 14 days in numbers and 4 weeks as a chart.

    Qt rich text for ``build_handout(..., diary_html=...)``; "" when there is no
    diary at all.
    """
    if store is None:
        return ""
    today = today or dt.date.today()
    first = today - dt.timedelta(days=CHART_DAYS - 1)
    start = dt.datetime.combine(first, dt.time()).astimezone()
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time()).astimezone()
    entries = store.entries(start, end)
    parts = [diary_summary_html(diary_summary(entries, today, SUMMARY_DAYS), words=words)]
    if entries:
        from backguide.ui.diary.chart import chart_key

        events = [e for e in store.step_events(start) if e.at < end]
        width, height = CHART_SIZE
        image = chart_image(entries, events, round(width * CHART_SCALE),
                            round(height * CHART_SCALE), scale=CHART_SCALE, span=(start, end),
                            names=names)
        parts.append(f'<p class="diary-chart"><img src="{png_data_uri(image)}" '
                     f'width="{width}" height="{height}"></p>')
        over = translate("DiaryReport", "Pain over the last {days} days.").format(days=CHART_DAYS)
        parts.append(f'<p class="meta">{escape(over)} {escape(chart_key())}</p>')
    return "".join(parts)
