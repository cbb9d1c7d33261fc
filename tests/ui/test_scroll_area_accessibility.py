"""A screen reader that asks a scroll area for a child it no longer has gets nothing, not a crash.

Found by the keyboard walk (tests/system/test_keyboard_walk.py): a screen reader
counted the children of the checklist's scroll area (the page and its scroll
bar), "Next" brought a short page without a scroll bar, and the reader asked for
the second child. Qt's own accessible scroll area read past the end of its list
and BackGuide ended with a segmentation fault. The check runs in a process of
its own, so that a crash fails this test instead of ending the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

ASK_PAST_THE_END = """
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QScrollArea

from backguide import app

qapp = app._application()
area = QScrollArea()
area.setAccessibleName("Page")
area.setWidget(QLabel("A page too short to scroll"))
area.show()
qapp.processEvents()
face = QAccessible.queryAccessibleInterface(area)
count = face.childCount()
print(face.role().name, face.text(QAccessible.Text.Name), count, face.child(0) is not None)
print(all(face.child(index) is None for index in range(count, count + 50)), flush=True)
"""


def test_a_scroll_area_asked_for_a_child_past_its_last_gives_none() -> None:
    result = subprocess.run([sys.executable, "-c", ASK_PAST_THE_END], capture_output=True,
                            text=True, timeout=60, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"ended with {result.returncode}: {result.stderr[-1500:]}"
    described, past_the_end = result.stdout.splitlines()
    # Still what a screen reader knew: a named pane holding the page.
    assert described.startswith("Client Page ") and described.endswith(" True")
    assert past_the_end == "True"
