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
    """ValueError, in plain words, unless ``moment`` falls in the years BackGuide accepts, in UTC.

    A time without an offset is on this computer's clock. The rule is on the
    moment itself, not on the clock it is written in: a time accepted once is
    accepted again whatever zone it is written in later (an export on another
    computer, then an import). Times far from now are typing mistakes, and
    near the ends of the calendar (year 1 or 9999) converting between time
    zones overflows.
    """
    year = moment.year
    # Far outside, converting may overflow; a year either side may be in range in UTC.
    if FIRST_YEAR - 1 <= year <= LAST_YEAR + 1:
        utc = moment.astimezone(dt.UTC)
        if FIRST_YEAR <= utc.year <= LAST_YEAR:
            return
        if FIRST_YEAR <= year <= LAST_YEAR:
            raise ValueError(f"the time {moment.isoformat()} is {utc.isoformat(timespec='minutes')} "
                             f"in UTC, which is out of range; give a time between {FIRST_YEAR} "
                             f"and {LAST_YEAR} in UTC")
    raise ValueError(f"the year {year} is out of range; "
                     f"give a time between {FIRST_YEAR} and {LAST_YEAR}")
