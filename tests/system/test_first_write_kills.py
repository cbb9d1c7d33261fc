"""Killing BackGuide at any moment of its very first write never locks the person out."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from backguide.core.store import Store

WRITER = Path(__file__).with_name("probes") / "first_writer.py"
KILLS = 30


def _first_write_ms(folder: Path) -> float:
    writer = subprocess.Popen([sys.executable, str(WRITER), str(folder)], stdout=subprocess.PIPE,
                              text=True)
    assert writer.stdout is not None
    assert writer.stdout.readline() == "ready\n"
    start = time.perf_counter()
    assert writer.stdout.readline() == "saved\n"
    took = (time.perf_counter() - start) * 1000
    writer.wait(timeout=30)
    writer.stdout.close()
    return took


def test_killing_the_first_write_at_random_moments_leaves_a_usable_store(tmp_path: Path) -> None:
    rng = random.Random(20261130)
    span = _first_write_ms(tmp_path / "timing")
    saved = 0
    for trial in range(KILLS):
        folder = tmp_path / f"trial-{trial}"
        writer = subprocess.Popen([sys.executable, str(WRITER), str(folder)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0, span * 1.2) / 1000)  # somewhere in creating and writing
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        acknowledged = writer.stdout.read() == "saved\n"
        writer.stdout.close()
        saved += acknowledged
        with Store.open(folder) as store:
            assert not store.read_only and store.notice is None, (trial, store.notice)
            notes = [e.note for e in store.entries()]
            if acknowledged:
                assert notes == ["the first entry"], trial
            store.add_entry(dt.datetime(2026, 2, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=trial), 3)
    assert saved < KILLS, "every write finished before its kill: the kills came too late"

