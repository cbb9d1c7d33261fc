"""Ending the helper processes a probe started (the bus, the screen reader, the app)."""

import subprocess


def stop_all(children: list[subprocess.Popen]) -> None:
    """Ask each still-running child to end, newest first; kill one that will not."""
    for child in reversed(children):
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
