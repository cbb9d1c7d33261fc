"""What every printed handout shares: options, type sizes, the page's style,
evidence badges that read without colour, and the urgent-signs box.

All sizes are points: the HTML is laid out for a printer, where CSS pixels
are device pixels. Nothing is printed below :data:`MIN_POINTS`; the text a person
reads (the urgent signs included) is never below :data:`BODY_POINTS` (large print:
:data:`LARGE_BODY_POINTS`). Only the footer, captions and the drawing's labels are
smaller (:attr:`TypeSizes.small`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from backguide.core.artwork import LABEL_WORDS
from backguide.core.model import Content, EvidenceGrade, RedFlag, Urgency, urgency_label
from backguide.core.pages import badge, escape
from backguide.core.red_flags import SignGroup, everyone_title, level_title, own_action, shared_action
from backguide.core.wording import Words, english

PAPERS = ("a4", "letter")
DRAWING_ANCHOR = "backguide-drawing"
# A paragraph holding an anchor named this plus a movement's drawing marks where its
# picture goes; the printing code paints the picture there as vector art.
MOVEMENT_ANCHOR = "backguide-movement-"
# Where the drawing's key goes when it has a place of its own (beside the drawing).
LEGEND_ANCHOR = "backguide-legend"
# The urgent-signs box's first paragraph holds an anchor named this, so the printing
# code can check the whole box is on page 1.
URGENT_ANCHOR = "backguide-urgent"
# The plan's heading holds an anchor named this: the printing code starts the plan on a
# new page, unless the signs before it already had to open that page.
PLAN_ANCHOR = "backguide-plan"
# A paragraph holding an anchor named this may run on to the next page (two lines or more
# on each), where a paragraph that short would otherwise be moved whole.
FLOWS_ANCHOR = "backguide-flows"
# In an urgent box that may run on to page 2 (large print), the end of the signs to get
# help now, which must be on page 1.
URGENT_NOW_ANCHOR = "backguide-urgent-now"
# The room to write in the notes box holds an anchor named this: the printing code makes
# it as tall as the last page leaves.
NOTES_ANCHOR = "backguide-notes"
# An image resource the printing code fills with the clinic's logo.
LOGO_RESOURCE = "backguide-logo"
MIN_POINTS = 8.0
BODY_POINTS = 9.0
LARGE_BODY_POINTS = 14.0
HEADING_COLOUR = "#1d3b5a"
URGENT_COLOUR = "#b3261e"
URGENT_BACKGROUND = "#fdf1f0"


def __getattr__(name: str) -> str:
    # Older names of two lines every handout prints, in the app's English (a
    # handout prints them in its guide's words: ``handout.disclaimer``,
    # ``handout.urgent_title``).
    if name in _ENGLISH:
        return english().text(_ENGLISH[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_ENGLISH = {"DISCLAIMER_LINE": "handout.disclaimer", "URGENT_TITLE": "handout.urgent_title"}


class HandoutError(Exception):
    """A handout cannot be made, saved or printed; the message says why in plain words."""


@dataclass(frozen=True)
class HandoutOptions:
    """What the person chose for the handout."""

    paper: str = "a4"  # one of PAPERS
    large_print: bool = False
    include_checklist: bool = False
    include_diary: bool = False
    full: bool = False  # the whole guide instead of the two-page handout

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise HandoutError(f"unknown paper size '{self.paper}' (choose a4 or letter)")


@dataclass(frozen=True)
class TypeSizes:
    """Point sizes for one print size."""

    body: float
    small: float  # captions, the drawing's labels and key, the sources: never below MIN_POINTS
    h1: float
    h2: float
    h3: float
    urgent: float
    box: float  # the urgent signs: compact, but never below the body minimum
    drawing_cm: float  # how tall the drawing of the back is printed
    movement_cm: float  # how tall a movement's picture is at most
    footer: float  # the footer on every page
    note: float  # a line about the handout (printed when, for whom) or how to use it
    large: bool = False  # large print


NORMAL_PRINT = TypeSizes(body=9.5, small=8.5, h1=19, h2=13, h3=10.5, urgent=12.5, box=9,
                         drawing_cm=9.4, movement_cm=4.2, footer=8, note=9)
# Normal print a step smaller, for a handout in a wordier language that would not
# otherwise fit (the body and the urgent signs keep to 9 pt, nothing below MIN_POINTS).
COMPACT_PRINT = TypeSizes(body=9, small=8, h1=17, h2=12, h3=10, urgent=12, box=9,
                          drawing_cm=9.0, movement_cm=4.0, footer=8, note=9)
# A movement's picture is never smaller in large print than in normal print.
LARGE_PRINT = TypeSizes(body=14, small=12, h1=22, h2=17, h3=15, urgent=16, box=14,
                        drawing_cm=9.6, movement_cm=4.6, footer=9, note=14, large=True)


def cm_to_pt(cm: float) -> float:
    return cm / 2.54 * 72


@dataclass(frozen=True)
class Handout:
    """One handout, ready to print: its HTML and what the drawing must show."""

    title: str  # also the print job's name and the PDF's title
    heading: str
    html: str
    options: HandoutOptions
    sizes: TypeSizes
    footer: str  # the guide's name, subject and content version
    # Who publishes and reviews the guide, any conflict of interest and, for a
    # translation, where it comes from and whether it has been reviewed.
    footer_note: str = ""
    region_ids: tuple[str, ...] = ()  # the regions lit up on the drawing
    essential: tuple[str, ...] = ()  # drawn zone area ids, pain usually felt
    spillover: tuple[str, ...] = ()  # pain sometimes felt
    legend: tuple[tuple[str, str], ...] = ()  # (kind, words): region, essential, spillover, caption
    # The words on the drawing by the id of their label ("label-your-left", "your left").
    drawing_words: tuple[tuple[str, str], ...] = ()
    drawing_height_pt: float = 0.0  # 0 = no drawing
    movement_drawings: tuple[str, ...] = ()  # the movement pictures to paint, in order
    movement_height_pt: float = 0.0  # the tallest a movement picture may be
    disclaimer: str = ""  # the first line of every page's footer
    page_words: str = "{number} / {total}"  # "Page {number} of {total}", in the guide's words
    author: str = ""  # the PDF's author: the clinic, else the guide's publisher
    subject: str = ""  # the PDF's subject
    language: str = "en"  # the text's language, as a BCP 47 tag
    logo: str = ""  # an image file printed at the top (the clinic's logo)
    # The most pages the handout should take (0: no limit) and tighter versions of it, in
    # order, for when this one's urgent box is not whole on page 1 or it takes more pages
    # (a wordier language): the printing code prints the first that fits.
    most_pages: int = 0
    tighter: tuple[Handout, ...] = ()

    @property
    def has_drawing(self) -> bool:
        return self.drawing_height_pt > 0

    @property
    def region_id(self) -> str | None:
        """The first region on the drawing (None for a general handout)."""
        return self.region_ids[0] if self.region_ids else None

    def page_text(self, number: int, total: int) -> str:
        """The footer's page number: "Page 1 of 2"."""
        return self.page_words.format(number=number, total=total)


def drawing_words(words: Words) -> tuple[tuple[str, str], ...]:
    """The words on the drawing, in the guide's language, by the id of their label."""
    return tuple((label, words.text(key)) for label, key in LABEL_WORDS.items())


def page_words(words: Words) -> str:
    """The footer's "Page {number} of {total}", placeholders kept, in the guide's words."""
    return words.text("handout.page", number="{number}", total="{total}")


def date_text(day: dt.date, words: Words | None = None) -> str:
    """A date as people write it: "5 March 2026" (in ``words``; None: the app's English)."""
    return (words or english()).date(day)


def language_of(content: Content) -> str:
    """The content's language tag, from its folder's name (``content/en`` -> ``en``)."""
    return content.words.language


def style(sizes: TypeSizes) -> str:
    """The page's style sheet for one print size."""
    # Qt's rich text reads margins in px or em only (pt margins are dropped);
    # em keeps the spacing in step with the type size, large print included.
    return (
        f"h1 {{ font-size: {sizes.h1}pt; color: {HEADING_COLOUR}; margin-top: 0em; "
        "margin-bottom: 0.1em; }"
        f"h2 {{ font-size: {sizes.h2}pt; color: {HEADING_COLOUR}; margin-top: 0.5em; "
        "margin-bottom: 0.15em; }"
        f"h3 {{ font-size: {sizes.h3}pt; margin-top: 0.5em; margin-bottom: 0.1em; }}"
        # Large print's lines are already far apart: its paragraphs need less space between.
        f"p {{ margin-top: 0.05em; margin-bottom: {0.12 if sizes.large else 0.2}em; }}"
        "ul, ol { margin-top: 0.05em; margin-bottom: 0.25em; }"
        "li { margin-bottom: 0.05em; }"
        f".kicker {{ font-size: {sizes.small}pt; color: #4a4a4a; font-weight: bold; "
        "margin-bottom: 0em; }"
        f".meta {{ font-size: {sizes.note}pt; color: #333333; }}"
        f".caption {{ font-size: {sizes.small}pt; color: #333333; }}"
        f".key, .refs {{ font-size: {sizes.small}pt; }}"
        f".box {{ font-size: {sizes.box}pt; }}"
    )


def print_badge(grade: EvidenceGrade) -> str:
    """An evidence label for paper: its shape and its words, white on its colour, on one line."""
    return badge(grade, nowrap=True, icon=True)


def evidence_key(grades: list[EvidenceGrade]) -> str:  # each grade's meaning is in its guide's words
    """What each evidence label used in a handout means, in the small size."""
    # It may run on to the next page, a label or two at a time.
    rows = "".join(f'<tr><td valign="top">{print_badge(g)}'
                   + (f'<a name="{FLOWS_ANCHOR}">&nbsp;</a>' if i == 0 else "")
                   + f'</td><td valign="top"><span class="key">{escape(g.meaning)}</span></td></tr>'
                   for i, g in enumerate(sorted(set(grades), key=lambda g: g.rank)))
    return f'<table cellspacing="0" cellpadding="1">{rows}</table>'


def urgent_groups(content: Content, level_ids: tuple[str, ...]) -> list[SignGroup]:
    """The signs for chosen levels (every level's for none): everyone's, then each level's own."""
    everyone = [f for f in content.red_flags if not f.levels]
    groups = [SignGroup(everyone_title(content.words), None, _by_urgency(everyone))]
    for level in content.levels:
        if level_ids and level.id not in level_ids:
            continue
        own = [f for f in content.red_flags if level.id in f.levels]
        groups.append(SignGroup(level_title(content.words, level), level, _by_urgency(own)))
    return [g for g in groups if g.flags]


def _by_urgency(flags: list[RedFlag]) -> tuple[RedFlag, ...]:
    order = list(Urgency)
    return tuple(sorted(flags, key=lambda f: order.index(f.urgency)))


def urgent_box(content: Content, sizes: TypeSizes, level_ids: tuple[str, ...],
               listed: bool = False, footnote: bool = True, runs_on: bool = False) -> str:
    """The signs that need help now or today, in one column that reads in order.

    Each urgency says its action once, in bold under its name; its signs
    follow as one run of short items in the compact size (a sign's own extra
    action, such as "Tell them about the cancer", goes with it). A level's own
    signs (the neck's) follow in the same urgency under their heading ("If
    your neck hurts"), only on that level's handouts and the general one.
    Printed whole on page 1 of every handout.
    ``listed`` puts each sign on a line of its own instead (the full guide).
    ``footnote=False`` leaves out the reassuring last row (large print prints it
    just below the box, so the box itself still fits on page 1 of US Letter).
    ``runs_on`` lets the box run on to page 2 under its title printed again, for large
    print when the whole list is taller than page 1 can hold (the neck's signs at 14 pt):
    the signs to get help now stay whole on page 1 (:data:`URGENT_NOW_ANCHOR` marks
    their end), the same-day signs may follow over the page.
    """
    words = content.words
    groups = urgent_groups(content, level_ids)
    rows = []
    for urgency in (Urgency.EMERGENCY, Urgency.SAME_DAY):
        found = [(g, g.with_urgency(urgency)) for g in groups]
        found = [(g, flags) for g, flags in found if flags]
        if not found:
            continue
        lead = shared_action([f for _, flags in found for f in flags])
        runs = []
        for group, flags in found:
            signs = []
            for flag in flags:
                own = own_action(flag, lead)
                signs.append(escape(flag.sign) + (f" <b>({escape(own.rstrip('.'))})</b>" if own else ""))
            title = (f'<b><span style="color: {URGENT_COLOUR};">{escape(group.title)}:</span></b> '
                     if group.level is not None else "")
            if listed:
                runs.append((f"<p class=\"box\">{title}</p>" if title else "")
                            + '<ul class="box">' + "".join(f"<li>{s}</li>" for s in signs) + "</ul>")
            else:
                runs.append(f'<p class="box">{title}&#9632;&nbsp;'
                            + " &nbsp;&#9632;&nbsp;".join(signs) + "</p>")
        if runs_on and urgency is Urgency.EMERGENCY:  # the end of the signs to get help now
            runs[-1] = runs[-1].replace("</p>", f'<a name="{URGENT_NOW_ANCHOR}">&nbsp;</a></p>', 1) \
                if runs[-1].endswith("</p>") else runs[-1]
        rows.append(
            f'<tr><td><p class="box"><span style="color: {URGENT_COLOUR};"><b>'
            f"{escape(urgency_label(words, urgency).upper())}:</b></span> <b>{escape(lead)}</b></p>"
            + "".join(runs) + "</td></tr>")
    # Run on, the title row is a header Qt prints again at the top of the next page.
    head, head_end = ("<thead>", "</thead>") if runs_on else ("", "")
    flows = f'<a name="{FLOWS_ANCHOR}"> </a>' if runs_on else ""
    return (
        f'<table width="100%" border="1.5" cellspacing="0" cellpadding="4" '
        f'style="border-color: {URGENT_COLOUR}; border-style: solid; border-collapse: collapse;">'
        f'{head}<tr><td bgcolor="{URGENT_COLOUR}">'
        f'<p style="font-size: {sizes.urgent}pt; color: #ffffff; font-weight: bold; margin: 0em;">'
        f'<a name="{URGENT_ANCHOR}">&#9888;</a>{flows} '
        f"{words.html('handout.urgent_title')}<span style=\"font-size: {sizes.box}pt;\">"
        f"&nbsp; {words.html('handout.urgent_subtitle')}</span></p></td></tr>{head_end}"
        + "".join(rows)
        + (f'<tr><td bgcolor="{URGENT_BACKGROUND}"><p class="box"><i>'
           f"{words.html('handout.urgent_footnote')}</i></p></td></tr>" if footnote else "")
        + "</table>"
    )
