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

WRITER = Path(__file__).parents[1] / "system" / "probes" / "diary_writer.py"


def test_killing_the_writer_at_random_moments_keeps_every_acknowledged_entry(
        tmp_path: Path) -> None:
    rng = random.Random(20261126)
    acknowledged: list[int] = []
    next_number = 0
    for _ in range(12):
        writer = subprocess.Popen([sys.executable, str(WRITER), str(tmp_path), str(next_number)],
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
