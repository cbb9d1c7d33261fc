"""A process killed at any moment loses at most the write it was making."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from backguide.core.store import DB_NAME, Store

WRITER = """
import datetime as dt, sys
from backguide.core.store import Store
store = Store.open(sys.argv[1])
start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
n = int(sys.argv[2])
while True:
    at = start + dt.timedelta(minutes=n)
    store.add_entry(at, n % 11, None, f"entry {n}")
    print(n, flush=True)  # acknowledged: the transaction has committed
    n += 1
"""


def test_killing_the_writer_at_random_moments_keeps_every_acknowledged_entry(
        tmp_path: Path) -> None:
    rng = random.Random(20261126)
    acknowledged: list[int] = []
    next_number = 0
    for _ in range(12):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), str(next_number)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        stop_after = rng.randint(1, 60)
        for _ in range(stop_after):
            line = writer.stdout.readline()
            if not line:
                break
            acknowledged.append(int(line))
        os.kill(writer.pid, signal.SIGKILL)  # mid-write, as often as not
        writer.wait(timeout=30)
        writer.stdout.close()
        next_number = acknowledged[-1] + 1000  # never reuse a moment a lost write may hold

        with closing(sqlite3.connect(tmp_path / DB_NAME)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        store = Store.open(tmp_path)
        assert store.notice is None, "the file was judged damaged"
        notes = {e.note for e in store.entries()}
        store.close()
        assert {f"entry {n}" for n in acknowledged} <= notes
    assert len(acknowledged) >= 12
