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
from backguide.core.wording import Words, english

CHART_ANCHOR = "backguide-diary-chart"
REPORT_DAYS = 28  # the period when none is chosen: the last four weeks
CHART_HEIGHT_PT = 8.2 / 2.54 * 72  # about 8 cm, its key included
HEADING_COLOUR = "#1d3b5a"


def pain_word(pain: int, words: Words | None = None) -> str:
    """The usual words for a 0-10 score: none, mild (1-3), moderate (4-6), severe (7-10).

    In ``words`` (the guide's; None: the app's English).
    """
    band = "none" if pain == 0 else "mild" if pain <= 3 else "moderate" if pain <= 6 else "severe"
    return (words or english()).text(f"diary.pain.{band}")


def when_text(moment: dt.datetime, words: Words | None = None) -> str:
    """``Tue 3 Nov 2026, 08:30`` on the clock the entry was logged with (in ``words``)."""
    return (words or english()).date_time(moment)


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
    page_words: str = "{number} / {total}"  # "Page {number} of {total}", in the guide's words
    footer: str = ""  # the report's title and "Not a diagnosis.", under every page

    def page_text(self, number: int, total: int) -> str:
        """The footer's page number: "Page 1 of 2"."""
        return self.page_words.format(number=number, total=total)


def day_span(first_day: dt.date, last_day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """From the start of ``first_day`` to the end of ``last_day``, on this computer's clock."""
    start = dt.datetime.combine(first_day, dt.time()).astimezone()
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time()).astimezone()
    return start, end


def build_report(entries: Sequence[DiaryEntry], events: Sequence[StepEvent], first_day: dt.date,
                 last_day: dt.date, names: Mapping[str, str], guide_title: str, today: dt.date,
                 *, areas: Sequence[str | None] | None = None, paper: str = "a4",
                 words: Words | None = None) -> DiaryReport:
    """The report of the entries dated ``first_day`` to ``last_day`` (of ``areas`` only, if given).

    ``names`` maps region ids (and checklist step ids) to their names; ``words``
    are the guide's (None: the app's English).
    """
    from backguide.core.handout_parts import page_words

    words = words or english()
    chosen = [e for e in entries if first_day <= e.at.date() <= last_day
              and (areas is None or e.region_id in areas)]
    start, end = day_span(first_day, last_day)
    shown_events = [e for e in events if start <= e.at < end]

    def area_name(area: str | None) -> str:
        return names.get(area, area) if area else words.text("diary.no_area")

    used = list(dict.fromkeys(e.region_id for e in chosen))
    subject = words.series(area_name(a) for a in used) if areas is not None and used else ""
    heading = (words.text("diary.heading_for", areas=subject) if subject and len(used) <= 2
               else words.text("diary.heading"))
    summary = period_summary(chosen, first_day, last_day)
    by_area = area_summaries(chosen, first_day, last_day)
    area_lines = [area_line(area_name(a), s, words) for a, s in by_area.items()]
    period = words.html("diary.period_dates", first=words.date(first_day), last=words.date(last_day))
    parts = [f"<html><head><style>{_STYLE}</style></head><body>",
             f'<p class="kicker">{escape(guide_title.upper())} &middot; '
             f"{words.html('diary.kicker')}</p>",
             f"<h1>{escape(heading)}</h1>",
             f'<p class="meta">{words.html("handout.printed", date=words.date(today))} &middot; '
             f"{period} &middot; {words.html('diary.disclaimer')}</p>",
             f'<p><a name="{CHART_ANCHOR}">&nbsp;</a></p>',
             f"<h2>{words.html('diary.summary')}</h2>",
             diary_summary_html(summary, last=False, words=words)]
    if area_lines:
        parts.append(f"<h3>{words.html('diary.by_area')}</h3><ul>"
                     + "".join(f"<li>{escape(line)}</li>" for line in area_lines) + "</ul>")
    parts.append(f"<h2>{words.html('diary.entries_heading')}</h2>")
    if chosen:
        rows = "".join(
            f"<tr><td>{escape(when_text(e.at, words))}</td>"
            f"<td>{e.pain} ({escape(pain_word(e.pain, words))})</td>"
            f"<td>{escape(area_name(e.region_id))}</td><td>{escape(e.note)}</td></tr>"
            for e in chosen)
        head = "".join(f'<th align="left">{words.html(f"diary.{column}")}</th>'
                       for column in ("when", "pain_column", "area", "note"))
        parts.append('<table class="entries" width="100%" border="1" cellspacing="0" '
                     'cellpadding="3" style="border-collapse: collapse; border-color: #999999;">'
                     f"<thead><tr>{head}</tr></thead>{rows}</table>")
    else:
        parts.append(f"<p>{words.html('diary.nothing_logged')}</p>")
    parts.append("</body></html>")
    return DiaryReport(
        title=words.text("diary.title", guide=guide_title),
        heading=heading,
        html="".join(parts),
        summary_lines=(*diary_summary_text(summary, last=False, words=words), *area_lines),
        entries=tuple(chosen),
        events=tuple(shown_events),
        start=start,
        end=end,
        names=dict(names),
        paper=paper,
        page_words=page_words(words),
        footer=words.text("diary.footer", title=words.text("diary.title", guide=guide_title)),
    )


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
