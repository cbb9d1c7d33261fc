"""Figures from the pain diary: the 7-day rolling average, and summaries of a period and its areas.

Plain Python, so the chart (ui/diary/chart.py), the handout and the command
line all use the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from html import escape

from backguide.core.diary import DiaryEntry
from backguide.core.wording import Words, english

ROLLING_DAYS = 7
SUMMARY_DAYS = 14
# A change of the weekly average smaller than this is "about the same": pain
# scores move by a point or so from day to day without anything changing.
TREND_THRESHOLD = 1.0


def rolling_mean(times: Sequence[float], values: Sequence[float],
                 window_s: float = ROLLING_DAYS * 86400.0) -> list[float]:
    """The trailing mean at each point: values with time in (t - window_s, t].

    ``times`` are seconds (Unix timestamps), sorted oldest first. Points that
    share a time all get the mean including every one of them.
    """
    if len(times) != len(values):
        raise ValueError("times and values must be the same length")
    means: list[float] = []
    start = 0
    end = 0
    total = 0.0
    for t in times:
        while end < len(times) and times[end] <= t:
            total += values[end]
            end += 1
        while times[start] <= t - window_s:
            total -= values[start]
            start += 1
        means.append(total / (end - start))
    return means


class Trend(StrEnum):
    """How the second week compares with the first (words: ``diary.trend.<name>``)."""

    EASING = "easing"
    SAME = "about the same"
    WORSE = "worse"


@dataclass(frozen=True)
class DiarySummary:
    """The last 14 days of the diary in numbers, for a clinician."""

    first_day: dt.date
    last_day: dt.date
    entries: int
    days_with_entries: int
    average: float | None
    lowest: int | None
    highest: int | None
    first_week_average: float | None
    second_week_average: float | None
    trend: Trend | None  # None when either week has no entries


def diary_summary(entries: Sequence[DiaryEntry], today: dt.date,
                  days: int = SUMMARY_DAYS) -> DiarySummary:
    """Summarise the entries dated from ``today - days + 1`` to ``today`` inclusive.

    An entry's day is the date on the clock of the person who logged it (its
    own UTC offset). The trend compares the mean of the first half of the
    period with the mean of the second half.
    """
    return period_summary(entries, today - dt.timedelta(days=days - 1), today)


def period_summary(entries: Sequence[DiaryEntry], first_day: dt.date,
                   last_day: dt.date) -> DiarySummary:
    """Summarise the entries dated from ``first_day`` to ``last_day`` inclusive.

    The trend compares the first half of the period (by days) with the second.
    """
    days = (last_day - first_day).days + 1
    middle = first_day + dt.timedelta(days=max(1, days // 2))
    chosen = [e for e in entries if first_day <= e.at.date() <= last_day]
    pains = [e.pain for e in chosen]
    first = [e.pain for e in chosen if e.at.date() < middle]
    second = [e.pain for e in chosen if e.at.date() >= middle]
    first_mean = _mean(first)
    second_mean = _mean(second)
    trend = None
    if first_mean is not None and second_mean is not None:
        change = second_mean - first_mean
        trend = (Trend.EASING if change <= -TREND_THRESHOLD else
                 Trend.WORSE if change >= TREND_THRESHOLD else Trend.SAME)
    return DiarySummary(
        first_day=first_day, last_day=last_day, entries=len(chosen),
        days_with_entries=len({e.at.date() for e in chosen}),
        average=_mean(pains), lowest=min(pains, default=None), highest=max(pains, default=None),
        first_week_average=first_mean, second_week_average=second_mean, trend=trend)


def area_summaries(entries: Sequence[DiaryEntry], first_day: dt.date,
                   last_day: dt.date) -> dict[str | None, DiarySummary]:
    """One summary per area (region id; None for entries without one), in order of first use."""
    areas: dict[str | None, list[DiaryEntry]] = {}
    for entry in entries:
        if first_day <= entry.at.date() <= last_day:
            areas.setdefault(entry.region_id, []).append(entry)
    return {area: period_summary(chosen, first_day, last_day) for area, chosen in areas.items()}


def trend_word(words: Words, trend: Trend) -> str:
    """The trend in the guide's words: "easing", "about the same", "worse"."""
    return words.text(f"diary.trend.{trend.name.lower()}")


def area_line(name: str, summary: DiarySummary, words: Words | None = None) -> str:
    """One area in one line: ``Lower back, left: 9 entries, average 4.2 (2 to 7), easing (5.0 to 3.5).``

    In ``words`` (the guide's; None: the app's English).
    """
    words = words or english()
    if not summary.entries or summary.average is None:
        return words.text("diary.area_empty", name=name)
    spread = (f"{summary.lowest}" if summary.lowest == summary.highest
              else words.text("diary.spread", lowest=summary.lowest, highest=summary.highest))
    line = {"name": name, "entries": words.count("diary.entries", summary.entries),
            "average": words.decimal(summary.average), "spread": spread}
    if summary.trend is None:
        return words.text("diary.area_line", **line)
    assert summary.first_week_average is not None and summary.second_week_average is not None
    return words.text("diary.area_line_trend", **line, trend=trend_word(words, summary.trend),
                      first=words.decimal(summary.first_week_average),
                      second=words.decimal(summary.second_week_average))


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _span(words: Words, first: dt.date, last: dt.date) -> str:
    if first.year != last.year:
        return words.text("dates.span", first=words.date(first), last=words.date(last))
    if first.month != last.month:
        return words.text("dates.span_same_year", first=words.month_day(first),
                          last=words.date(last))
    return words.text("dates.span_same_month", first=first.day, last=words.date(last))


def _sentence(text: str) -> str:
    # A period's words may start in lower case ("del 1 al 14..."): not a sentence's start.
    return text[:1].upper() + text[1:]


def diary_summary_text(summary: DiarySummary, last: bool = True,
                       words: Words | None = None) -> list[str]:
    """The summary as a few plain sentences (for the handout, a report or a terminal).

    ``last`` names the period "Last N days (...)", for a period that ends today.
    In ``words`` (the guide's; None: the app's English).
    """
    words = words or english()
    days = (summary.last_day - summary.first_day).days + 1
    span = _span(words, summary.first_day, summary.last_day)
    period = _sentence(words.text("diary.last_days", days=days, span=span) if last
                       else words.text("diary.period_days", span=span, days=days))
    if not summary.entries:
        return [words.text("diary.no_scores", period=period)]
    assert summary.average is not None
    lines = [words.text("diary.count_line", period=period,
                        entries=words.count("diary.entries", summary.entries),
                        on_days=words.count("diary.on_days", summary.days_with_entries)),
             words.text("diary.average_line", average=words.decimal(summary.average),
                        lowest=summary.lowest, highest=summary.highest)]
    halves = "weeks" if days == 14 else "halves"
    if summary.trend is None:
        lines.append(words.text(f"diary.trend_unknown_{halves}"))
    else:
        assert summary.first_week_average is not None and summary.second_week_average is not None
        lines.append(words.text(f"diary.trend_{halves}", trend=trend_word(words, summary.trend),
                                first=words.decimal(summary.first_week_average),
                                second=words.decimal(summary.second_week_average)))
    return lines


def diary_summary_html(summary: DiarySummary, last: bool = True, words: Words | None = None) -> str:
    """The summary as Qt rich text: paragraphs only, sizes (if any) in pt, for a handout."""
    words = words or english()
    lines = [escape(line) for line in diary_summary_text(summary, last, words)]
    if len(lines) > 1:
        head, _, rest = lines[0].partition(": ")
        lines[0] = f"<b>{head}:</b> {rest}"
        if summary.trend is not None:
            trend = escape(trend_word(words, summary.trend))
            lines[-1] = lines[-1].replace(trend, f"<b>{trend}</b>", 1)
    return "".join(f'<p class="diary-summary">{line}</p>' for line in lines)
