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
    """How the second week compares with the first."""

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


def area_line(name: str, summary: DiarySummary) -> str:
    """One area in one line: ``Lower back, left: 9 entries, average 4.2 (2 to 7), easing (5.0 to 3.5).``"""
    if not summary.entries or summary.average is None:
        return f"{name}: no pain scores."
    count = f"{summary.entries} entr{'y' if summary.entries == 1 else 'ies'}"
    spread = (f"{summary.lowest}" if summary.lowest == summary.highest
              else f"{summary.lowest} to {summary.highest}")
    line = f"{name}: {count}, average {summary.average:.1f} (range {spread})"
    if summary.trend is not None:
        assert summary.first_week_average is not None and summary.second_week_average is not None
        line += (f", {summary.trend.value} ({summary.first_week_average:.1f} in the first half, "
                 f"{summary.second_week_average:.1f} in the second)")
    return line + "."


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _span(first: dt.date, last: dt.date) -> str:
    if first.year == last.year:
        start = f"{first.day} {first:%B}" if first.month != last.month else str(first.day)
        return f"{start} to {_day(last)}"
    return f"{_day(first)} to {_day(last)}"


def diary_summary_text(summary: DiarySummary, last: bool = True) -> list[str]:
    """The summary as a few plain sentences (for the handout, a report or a terminal).

    ``last`` names the period "Last N days (...)", for a period that ends today.
    """
    days = (summary.last_day - summary.first_day).days + 1
    period = (f"Last {days} days ({_span(summary.first_day, summary.last_day)})" if last
              else f"{_span(summary.first_day, summary.last_day)} ({days} days)")
    if not summary.entries:
        return [f"{period}: no pain scores were logged."]
    assert summary.average is not None
    count = f"{summary.entries} entr{'y' if summary.entries == 1 else 'ies'}"
    on_days = f"on {summary.days_with_entries} day{'s' if summary.days_with_entries != 1 else ''}"
    lines = [f"{period}: {count} {on_days}.",
             f"Average pain {summary.average:.1f} out of 10; lowest {summary.lowest}, "
             f"highest {summary.highest}."]
    halves = "weeks" if days == 14 else "halves of the period"
    half = "week" if days == 14 else "half"
    if summary.trend is None:
        lines.append(f"Trend: not enough entries in both {halves} to compare.")
    else:
        assert summary.first_week_average is not None and summary.second_week_average is not None
        lines.append(f"Trend: {summary.trend.value} (average {summary.first_week_average:.1f} "
                     f"in the first {half}, {summary.second_week_average:.1f} in the second).")
    return lines


def diary_summary_html(summary: DiarySummary, last: bool = True) -> str:
    """The summary as Qt rich text: paragraphs only, sizes (if any) in pt, for a handout."""
    lines = [escape(line) for line in diary_summary_text(summary, last)]
    if len(lines) > 1:
        head, _, rest = lines[0].partition(": ")
        lines[0] = f"<b>{head}:</b> {rest}"
        if summary.trend is not None:
            lines[-1] = lines[-1].replace(
                f"Trend: {escape(summary.trend.value)}",
                f"Trend: <b>{escape(summary.trend.value)}</b>", 1)
    return "".join(f'<p class="diary-summary">{line}</p>' for line in lines)
