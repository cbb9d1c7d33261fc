"""The pain diary report for a clinician: the chart, a summary with each area's figures, every entry.

Plain Python: this module builds the report's HTML (Qt's rich-text subset, sizes
in points, for a printer) and says what the chart must show. A paragraph holding
the anchor :data:`CHART_ANCHOR` keeps the chart's place, right below the heading,
so the heading and the chart are always on the same page;
``backguide/ui/diary/printed_report.py`` paints the chart there as vector art.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

from backguide.core.diary import DiaryEntry
from backguide.core.diary_stats import (
    area_line,
    area_summaries,
    diary_summary_html,
    diary_summary_text,
    period_summary,
)
from backguide.core.store import StepEvent

CHART_ANCHOR = "backguide-diary-chart"
REPORT_DAYS = 28  # the period when none is chosen: the last four weeks
CHART_HEIGHT_PT = 8.2 / 2.54 * 72  # about 8 cm, its key included
NO_AREA = "No area given"
DISCLAIMER = ("Pain scores (0 = no pain, 10 = worst imaginable) as logged by the patient. "
              "Not a diagnosis.")
HEADING_COLOUR = "#1d3b5a"


def pain_word(pain: int) -> str:
    """The usual words for a 0-10 score: none, mild (1-3), moderate (4-6), severe (7-10)."""
    return "no pain" if pain == 0 else "mild" if pain <= 3 else "moderate" if pain <= 6 else "severe"


def when_text(moment: dt.datetime) -> str:
    """``Tue 3 Nov 2026, 08:30`` on the clock the entry was logged with."""
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


@dataclass(frozen=True)
class DiaryReport:
    """One diary report, ready to print: its HTML and what its chart shows."""

    title: str  # also the print job's name
    heading: str
    html: str
    summary_lines: tuple[str, ...]  # the summary as plain text (for a terminal or a test)
    entries: tuple[DiaryEntry, ...]
    events: tuple[StepEvent, ...]
    start: dt.datetime  # the chart's span
    end: dt.datetime
    names: Mapping[str, str] = field(default_factory=dict)  # region and step names by id
    paper: str = "a4"


def day_span(first_day: dt.date, last_day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """From the start of ``first_day`` to the end of ``last_day``, on this computer's clock."""
    start = dt.datetime.combine(first_day, dt.time()).astimezone()
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time()).astimezone()
    return start, end


def build_report(entries: Sequence[DiaryEntry], events: Sequence[StepEvent], first_day: dt.date,
                 last_day: dt.date, names: Mapping[str, str], guide_title: str, today: dt.date,
                 *, areas: Sequence[str | None] | None = None, paper: str = "a4") -> DiaryReport:
    """The report of the entries dated ``first_day`` to ``last_day`` (of ``areas`` only, if given).

    ``names`` maps region ids (and checklist step ids) to their names.
    """
    chosen = [e for e in entries if first_day <= e.at.date() <= last_day
              and (areas is None or e.region_id in areas)]
    start, end = day_span(first_day, last_day)
    shown_events = [e for e in events if start <= e.at < end]

    def area_name(area: str | None) -> str:
        return names.get(area, area) if area else NO_AREA

    used = list(dict.fromkeys(e.region_id for e in chosen))
    subject = ", ".join(area_name(a) for a in used) if areas is not None and used else ""
    heading = f"Pain diary: {subject}" if subject and len(used) <= 2 else "Pain diary"
    summary = period_summary(chosen, first_day, last_day)
    by_area = area_summaries(chosen, first_day, last_day)
    area_lines = [area_line(area_name(a), s) for a, s in by_area.items()]
    parts = [f"<html><head><style>{_STYLE}</style></head><body>",
             f'<p class="kicker">{escape(guide_title.upper())} &middot; PAIN DIARY REPORT</p>',
             f"<h1>{escape(heading)}</h1>",
             f'<p class="meta">Printed {_date(today)} &middot; {_date(first_day)} to '
             f"{_date(last_day)} &middot; {escape(DISCLAIMER)}</p>",
             f'<p><a name="{CHART_ANCHOR}">&nbsp;</a></p>',
             "<h2>Summary</h2>", diary_summary_html(summary, last=False)]
    if area_lines:
        parts.append("<h3>By area</h3><ul>"
                     + "".join(f"<li>{escape(line)}</li>" for line in area_lines) + "</ul>")
    parts.append("<h2>Entries</h2>")
    if chosen:
        rows = "".join(
            f"<tr><td>{escape(when_text(e.at))}</td><td>{e.pain} ({pain_word(e.pain)})</td>"
            f"<td>{escape(area_name(e.region_id))}</td><td>{escape(e.note)}</td></tr>"
            for e in chosen)
        parts.append('<table class="entries" width="100%" border="1" cellspacing="0" '
                     'cellpadding="3" style="border-collapse: collapse; border-color: #999999;">'
                     "<thead><tr><th align=\"left\">When</th><th align=\"left\">Pain</th>"
                     "<th align=\"left\">Area</th><th align=\"left\">Note</th></tr></thead>"
                     f"{rows}</table>")
    else:
        parts.append("<p>No pain scores were logged in this period.</p>")
    parts.append("</body></html>")
    return DiaryReport(
        title=f"{guide_title} pain diary report",
        heading=heading,
        html="".join(parts),
        summary_lines=(*diary_summary_text(summary, last=False), *area_lines),
        entries=tuple(chosen),
        events=tuple(shown_events),
        start=start,
        end=end,
        names=dict(names),
        paper=paper,
    )


def _date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


_STYLE = (
    f"h1 {{ font-size: 20pt; color: {HEADING_COLOUR}; margin-top: 0em; margin-bottom: 0.1em; }}"
    f"h2 {{ font-size: 14pt; color: {HEADING_COLOUR}; margin-top: 0.6em; margin-bottom: 0.2em; }}"
    "h3 { font-size: 11.5pt; margin-top: 0.5em; margin-bottom: 0.15em; }"
    "p { margin-top: 0.1em; margin-bottom: 0.25em; }"
    "ul { margin-top: 0.1em; margin-bottom: 0.3em; }"
    ".kicker { font-size: 8.5pt; color: #5b5b5b; font-weight: bold; margin-bottom: 0em; }"
    ".meta { font-size: 8.5pt; color: #444444; }"
    ".entries { font-size: 9pt; }"
)
