"""Moments in time as the store keeps them: ISO 8601 text, always with a UTC offset."""

from __future__ import annotations

import datetime as dt


def with_offset(moment: dt.datetime) -> str:
    """The moment as written by the person, offset included; ValueError if it has none."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"The time {moment.isoformat()} has no UTC offset, so it is ambiguous.")
    return moment.isoformat()


def in_utc(moment: dt.datetime) -> str:
    """The moment in UTC, fixed width, so that text order is time order."""
    with_offset(moment)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def parse_or_none(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


FIRST_YEAR = 1900
LAST_YEAR = 2200


def check_year(moment: dt.datetime) -> None:
    """ValueError, in plain words, for a time outside the years BackGuide accepts.

    Times far from now are typing mistakes, and near the ends of the calendar
    (year 1 or 9999) converting between time zones overflows.
    """
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError(f"the year {moment.year} is out of range; "
                         f"give a time between {FIRST_YEAR} and {LAST_YEAR}")
