"""The relief checklist's summary as HTML, for the screen, the history and handouts."""

from __future__ import annotations

import datetime as dt
from html import escape

from backguide.core.checklist import Checklist, StepOutcome, Summary
from backguide.core.model import Content
from backguide.core.store import RunStatus, StepState, Store, StoreError

_STATE_TITLES = {
    StepState.DONE: "Done",
    StepState.SKIPPED: "Skipped",
    StepState.NOT_FOR_ME: "Not for me",
}


def _pain(outcome: StepOutcome) -> str:
    progress = outcome.progress
    if progress is None or progress.pain_before is None or progress.pain_after is None:
        return ""
    change = outcome.pain_change or 0
    if change < 0:
        trend = f"pain went down by {-change}"
    elif change > 0:
        trend = f"pain went up by {change}"
    else:
        trend = "no change in pain"
    return f" (pain {progress.pain_before} before, {progress.pain_after} after: {trend})"


def _note(outcome: StepOutcome) -> str:
    if outcome.progress is None or not outcome.progress.note:
        return ""
    return f"<br><i>Note: {escape(outcome.progress.note)}</i>"


def summary_html(summary: Summary) -> str:
    """What was done, what helped, and when to see a professional."""
    parts = []
    if summary.urgent_flags:
        signs = "".join(f"<li>{escape(f.sign)}</li>" for f in summary.urgent_flags)
        parts.append("<h3>You told us about these signs</h3>"
                     f"<ul>{signs}</ul><p><b>Please make sure you are seen about them.</b></p>")
    helped = summary.helped
    if helped:
        items = "".join(f"<li>{escape(o.planned.step.title)}{_pain(o)}</li>" for o in helped)
        parts.append(f"<h3>What seemed to help</h3><ul>{items}</ul>")
    for state in StepState:
        outcomes = summary.with_state(state)
        if outcomes:
            items = "".join(f"<li>{escape(o.planned.step.title)}{_pain(o)}{_note(o)}</li>"
                            for o in outcomes)
            parts.append(f"<h3>{_STATE_TITLES[state]}</h3><ul>{items}</ul>")
    untouched = summary.with_state(None)
    if untouched:
        items = "".join(f"<li>{escape(o.planned.step.title)}</li>" for o in untouched)
        parts.append(f"<h3>Not tried yet</h3><ul>{items}</ul>")
    if summary.not_shown_to_help:
        items = "".join(f"<li><b>{escape(s.title)}</b>: {escape(s.summary)}</li>"
                        for s in summary.not_shown_to_help)
        parts.append("<h3>Tested, and not shown to help</h3>"
                     "<p>Good trials found no benefit from these, so they are not steps to "
                     f"try. They are here so you know.</p><ul>{items}</ul>")
    # One list of when to see a doctor: the "soon" signs, one a line, the ones
    # the person said yes to marked; the guide's own list is the fallback for
    # content that has none.
    said_yes = {f.id for f in summary.soon_answered}
    reasons = ([escape(f.sign) + (" <b>(you said yes)</b>" if f.id in said_yes else "")
                for f in summary.soon_flags]
               or [escape(s) for s in summary.see_a_professional])
    items = "".join(f"<li>{r}</li>" for r in reasons)
    advice = ("<p><b>You told us about a sign on this list.</b> It is not urgent: book an "
              "appointment with a GP or physiotherapist in the next week or two.</p>"
              if said_yes else "")
    parts.append("<h3>When to see a doctor or physiotherapist</h3>"
                 f"{advice}<ul>{items}<li>You notice any of the urgent signs.</li></ul>")
    return "".join(parts)


NOT_SAVED_NOTE = ("<p><i>These answers come from the checklist that is open now. "
                  "They have not been saved.</i></p>")


def _date(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y}"


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
    if live is not None and live.touched:
        if not live.saving:
            return NOT_SAVED_NOTE + summary_html(live.summary())
        started = f", started {_date(live.started_at)}" if live.started_at else ""
        return _which(f"From the checklist open now{started}.") + summary_html(live.summary())
    if store is None:
        return ""
    try:
        run = store.active_run() or next(iter(store.history()), None)
        if run is None:
            return ""
        if run.status is RunStatus.ACTIVE:
            which = f"From your checklist in progress, started {_date(run.started_at)}."
        else:
            which = f"From your last finished checklist, {_date(run.finished_at or run.started_at)}."
        return _which(which) + summary_html(Checklist(content, store=store, run_id=run.id).summary())
    except (StoreError, KeyError):
        return ""  # the handout is still useful without it
