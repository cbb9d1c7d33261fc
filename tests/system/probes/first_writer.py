"""Creates the store and adds its first entry, saying when it starts and when it is committed.

argv[1]: the data folder. Prints "ready" just before the store is opened (so a
test can kill it at a chosen moment of the first write), then "saved" once the
entry has committed.
"""

import datetime as dt
import sys

from backguide.core.store import Store

print("ready", flush=True)
with Store.open(sys.argv[1]) as store:
    store.add_entry(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), 5, None, "the first entry")
    print("saved", flush=True)
