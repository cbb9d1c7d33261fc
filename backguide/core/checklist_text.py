"""The relief checklist's summary as HTML, for the screen, the history and handouts."""

from __future__ import annotations

import datetime as dt
from html import escape

from backguide.core.checklist import Checklist, StepOutcome, Summary
from backguide.core.model import Content
from backguide.core.store import RunStatus, StepState, Store, StoreError
from backguide.core.wording import Words, english


def _pain(words: Words, outcome: StepOutcome) -> str:
    progress = outcome.progress
    if progress is None or progress.pain_before is None or progress.pain_after is None:
        return ""
    change = outcome.pain_change or 0
    if change < 0:
        trend = words.text("checklist.pain_down", change=-change)
    elif change > 0:
        trend = words.text("checklist.pain_up", change=change)
    else:
        trend = words.text("checklist.pain_same")
    return " " + escape(words.text("checklist.pain", before=progress.pain_before,
                                   after=progress.pain_after, trend=trend))


def _note(words: Words, outcome: StepOutcome) -> str:
    if outcome.progress is None or not outcome.progress.note:
        return ""
    return f"<br><i>{words.html('checklist.note', note=outcome.progress.note)}</i>"


def summary_html(summary: Summary) -> str:
    """What was done, what helped, and when to see a professional, in the guide's words."""
    words = summary.words or english()
    parts = []
    if summary.urgent_flags:
        signs = "".join(f"<li>{escape(f.sign)}</li>" for f in summary.urgent_flags)
        parts.append(f"<h3>{words.html('checklist.told_signs')}</h3>"
                     f"<ul>{signs}</ul><p><b>{words.html('checklist.be_seen')}</b></p>")
    helped = summary.helped
    if helped:
        items = "".join(f"<li>{escape(o.planned.step.title)}{_pain(words, o)}</li>"
                        for o in helped)
        parts.append(f"<h3>{words.html('checklist.helped')}</h3><ul>{items}</ul>")
    for state in StepState:
        outcomes = summary.with_state(state)
        if outcomes:
            items = "".join(f"<li>{escape(o.planned.step.title)}{_pain(words, o)}"
                            f"{_note(words, o)}</li>" for o in outcomes)
            parts.append(f"<h3>{words.html(f'checklist.states.{state.value}')}</h3><ul>{items}</ul>")
    untouched = summary.with_state(None)
    if untouched:
        items = "".join(f"<li>{escape(o.planned.step.title)}</li>" for o in untouched)
        parts.append(f"<h3>{words.html('checklist.not_tried')}</h3><ul>{items}</ul>")
    if summary.not_shown_to_help:
        items = "".join(f"<li><b>{escape(s.title)}</b>: {escape(s.summary)}</li>"
                        for s in summary.not_shown_to_help)
        parts.append(f"<h3>{words.html('checklist.no_benefit')}</h3>"
                     f"<p>{words.html('checklist.no_benefit_intro')}</p><ul>{items}</ul>")
    # One list of when to see a doctor: the "soon" signs, one a line, the ones
    # the person said yes to marked; the guide's own list is the fallback for
    # content that has none.
    said_yes = {f.id for f in summary.soon_answered}
    yes = f" <b>{words.html('checklist.you_said_yes')}</b>"
    reasons = ([escape(f.sign) + (yes if f.id in said_yes else "") for f in summary.soon_flags]
               or [escape(s) for s in summary.see_a_professional])
    items = "".join(f"<li>{r}</li>" for r in reasons)
    advice = f"<p>{words.html('checklist.told_soon')}</p>" if said_yes else ""
    parts.append(f"<h3>{words.html('checklist.see_someone')}</h3>"
                 f"{advice}<ul>{items}<li>{words.html('checklist.any_urgent_sign')}</li></ul>")
    return "".join(parts)


def not_saved_note(words: Words) -> str:
    """The first line of progress from a checklist that could not be saved."""
    return f"<p><i>{words.html('checklist.not_saved')}</i></p>"


def __getattr__(name: str) -> str:
    # The note in the app's English, for callers without a guide at hand.
    if name == "NOT_SAVED_NOTE":
        return not_saved_note(english())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _date(words: Words, moment: dt.datetime) -> str:
    return words.date(moment.astimezone().date())


def _which(text: str) -> str:
    return f"<p><i>{escape(text)}</i></p>"


def handout_progress_html(content: Content, live: Checklist | None, store: Store | None) -> str:
    """The relief checklist progress a handout shows; "" when there is none.

    The checklist open on screen (``live``) comes first, so the handout says
    what the person sees even when it could not be saved (and then says so);
    a window opened and left untouched does not count. Otherwise the
    unfinished checklist in ``store``, or else the latest finished one. A
    first line says which checklist it is and its date.
    """
    words = content.words
    if live is not None and live.touched:
        if not live.saving:
            return not_saved_note(words) + summary_html(live.summary())
        which = (words.text("checklist.from_open_started", date=_date(words, live.started_at))
                 if live.started_at else words.text("checklist.from_open"))
        return _which(which) + summary_html(live.summary())
    if store is None:
        return ""
    try:
        run = store.active_run() or next(iter(store.history()), None)
        if run is None:
            return ""
        if run.status is RunStatus.ACTIVE:
            which = words.text("checklist.from_in_progress", date=_date(words, run.started_at))
        else:
            which = words.text("checklist.from_finished",
                               date=_date(words, run.finished_at or run.started_at))
        return _which(which) + summary_html(Checklist(content, store=store, run_id=run.id).summary())
    except (StoreError, KeyError):
        return ""  # the handout is still useful without it
