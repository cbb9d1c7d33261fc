"""Starts BackGuide as the command does (a smoke start: first paint, the store, quit),
then counts the SQLite connections still open. argv[1]: the data folder."""

import gc
import sqlite3
import sys

from backguide import app

opened = []
real_connect = sqlite3.connect


def counting_connect(*args, **kwargs):
    connection = real_connect(*args, **kwargs)
    opened.append(connection)
    return connection


sqlite3.connect = counting_connect
code = app.run_app(data_dir=sys.argv[1], smoke=True)
gc.collect()
still_open = 0
for connection in opened:
    try:
        connection.total_changes  # noqa: B018 - raises once the connection is closed
    except sqlite3.ProgrammingError:
        continue
    still_open += 1
print(f"exit {code}, databases opened {len(opened)}, open after quit {still_open}")
