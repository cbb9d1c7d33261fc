"""The printed handout as HTML (Qt's rich-text subset), built from the guide.

A handout is for one or more regions of the back, or a general one when no
region is chosen. By default it is two pages (:mod:`backguide.core.handout_plan`):
the drawing, where the pain can go and the urgent signs; then the person's
plan. ``HandoutOptions(full=True)`` prints the whole guide instead
(:mod:`backguide.core.handout_full`). Every handout carries the red flags
(CLINICAL.md, rule 2), the content version and review date (as NHS
patient-information standards ask), and evidence labels whose shapes and
words say what their colours say, so it reads the same in black and white.

The drawing is not in the HTML. A paragraph holding the anchor
:data:`DRAWING_ANCHOR` marks its place; :mod:`backguide.ui.printing` gives
that paragraph the drawing's height and paints the drawing there as vector art.
"""

from __future__ import annotations

import datetime as dt

from backguide.core import handout_parts
from backguide.core.handout_parts import (
    DRAWING_ANCHOR,
    FLOWS_ANCHOR,
    LARGE_PRINT,
    LEGEND_ANCHOR,
    LOGO_RESOURCE,
    MIN_POINTS,
    MOVEMENT_ANCHOR,
    NORMAL_PRINT,
    NOTES_ANCHOR,
    PAPERS,
    PLAN_ANCHOR,
    URGENT_ANCHOR,
    URGENT_NOW_ANCHOR,
    Handout,
    HandoutError,
    HandoutOptions,
    TypeSizes,
)
from backguide.core.model import Content

# Also DISCLAIMER_LINE and URGENT_TITLE, in the app's English (see __getattr__).
__all__ = ["DRAWING_ANCHOR", "FLOWS_ANCHOR", "LARGE_PRINT", "LEGEND_ANCHOR", "LOGO_RESOURCE", "MIN_POINTS",
           "MOVEMENT_ANCHOR", "NORMAL_PRINT", "NOTES_ANCHOR", "PAPERS", "PLAN_ANCHOR", "URGENT_ANCHOR",
           "URGENT_NOW_ANCHOR", "Handout",
           "HandoutError", "HandoutOptions", "TypeSizes", "build_handout", "default_paper"]


def __getattr__(name: str) -> str:
    # DISCLAIMER_LINE and URGENT_TITLE: the app's English, read when asked for.
    return str(getattr(handout_parts, name))


# Paper sizes in the Americas and the Philippines are US Letter; elsewhere A4.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA",
                              "PR", "SV", "DO", "NI", "BZ"})


def default_paper(locale_name: str) -> str:
    """``letter`` where US Letter is the usual paper (from a name like ``en_US``), else ``a4``."""
    country = locale_name.replace("-", "_").split(".")[0].split("@")[0].split("_")[-1].upper()
    return "letter" if country in LETTER_COUNTRIES else "a4"


def build_handout(content: Content, region_id: str | None, options: HandoutOptions,
                  today: dt.date, checklist_html: str = "", diary_html: str = "") -> Handout:
    """The handout for a region (or the general one for ``None``), printed on ``today``.

    Two pages by default: the region's default plan (see
    :func:`backguide.core.handout_plan.default_plan`). With ``options.full``
    the whole guide, with the person's own progress and pain diary
    (``checklist_html``, ``diary_html``) when the options ask for them.
    Raises ``KeyError`` for an unknown region id.
    """
    if options.full:
        from backguide.core.handout_full import build_full_guide

        return build_full_guide(content, region_id, options, today, checklist_html, diary_html)
    from backguide.core.handout_plan import (
        DEFAULT_MOVEMENTS,
        FEWEST_MOVEMENTS,
        LARGE_PRINT_FEWEST_MOVEMENTS,
        LARGE_PRINT_MOVEMENTS,
        build_plan_handout,
        default_plan,
    )

    if region_id is not None:
        content.region(region_id)  # an unknown id is a KeyError, as for the full guide
    words = content.words
    extras = ""
    if options.include_checklist and checklist_html:
        extras += f"<h2>{words.html('handout.your_progress')}</h2>{checklist_html}"
    if options.include_diary and diary_html:
        extras += f"<h2>{words.html('handout.your_diary')}</h2>{diary_html}"
    large = options.large_print
    movements = LARGE_PRINT_MOVEMENTS if large else DEFAULT_MOVEMENTS
    return build_plan_handout(content, default_plan(content, region_id, movements), options, today,
                              extras, fewest_movements=LARGE_PRINT_FEWEST_MOVEMENTS if large
                              else FEWEST_MOVEMENTS)
