"""Adds diary entries as fast as it can and prints each number once it is committed.

argv[1]: the data folder; argv[2]: the first entry's number. Runs until killed.
"""

import datetime as dt
import sys

from backguide.core.store import Store

store = Store.open(sys.argv[1])
start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
n = int(sys.argv[2])
while True:
    at = start + dt.timedelta(minutes=n)
    store.add_entry(at, n % 11, None, f"entry {n}")
    print(n, flush=True)  # acknowledged: the transaction has committed
    n += 1
