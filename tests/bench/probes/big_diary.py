"""Fills a data folder with N diary entries, one a minute, as fast as SQLite allows.

argv[1]: the data folder; argv[2]: how many entries. The store makes the file
(schema and all); the rows go in with one plain INSERT per row in one transaction.
"""

import datetime as dt
import sqlite3
import sys
from contextlib import closing

from backguide.core.store import DB_NAME, Store

folder, count = sys.argv[1], int(sys.argv[2])
Store.open(folder).close()
start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def rows():
    for n in range(count):
        at = start + dt.timedelta(minutes=n)
        yield (at.isoformat(), at.isoformat(timespec="microseconds"), n % 11, None,
               f"entry {n}", at.isoformat(timespec="microseconds"))


with closing(sqlite3.connect(f"{folder}/{DB_NAME}")) as conn, conn:
    conn.executemany("INSERT INTO diary_entry (at, at_utc, pain, region_id, note, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", rows())
