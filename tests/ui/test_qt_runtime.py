"""The Qt binding the app is installed with can run a long session."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_event_loop_does_not_drop_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 on Python 3.11 lost one reference to None per event-loop
    # pass, so a session aborted after a few thousand repaints.
    before = sys.getrefcount(None)
    for _ in range(300):
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50
