"""Every database BackGuide opens is closed when it is done with it, never left to chance.

Python 3.13 warns (ResourceWarning) when an unclosed SQLite connection is
garbage-collected, and the test configuration turns warnings into errors. The
checks below also look for open connections directly, so they mean the same on
every Python.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

from backguide.core.store import Store
from backguide.ui.main_window import MainWindow

from ui_support import shipped

PROBES = Path(__file__).parents[1] / "system" / "probes"


def _open_connections() -> list[sqlite3.Connection]:
    gc.collect()
    still_open = []
    for thing in gc.get_objects():
        if isinstance(thing, sqlite3.Connection):
            try:
                thing.total_changes  # noqa: B018 - raises once the connection is closed
            except sqlite3.ProgrammingError:
                continue
            still_open.append(thing)
    return still_open


def test_the_main_window_checklist_and_diary_close_every_database(qtbot, tmp_path: Path,
                                                                  settings_dir) -> None:
    content, artwork, svg = shipped()
    assert _open_connections() == []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        window = MainWindow(content, artwork, svg)
        qtbot.addWidget(window)
        window.show()
        unsaved_diary = window.open_diary()  # before the store opens: kept in memory
        unsaved_diary.log_pain("lumbar-left")
        window.store = Store.open(tmp_path)  # as the app does after the first paint
        checklist = window.start_checklist()
        diary = window.open_diary()  # the in-memory diary is dropped for the saved one
        assert diary is not unsaved_diary and diary.store is window.store
        assert len(_open_connections()) == 1
        checklist.close()
        diary.close()
        window.close()
        window.close_store()  # what the app does when it quits
        del window, unsaved_diary, checklist, diary
        assert _open_connections() == []
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_quitting_the_app_closes_its_database(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-W", "error::ResourceWarning",
                             str(PROBES / "open_databases_after_quit.py"), str(tmp_path / "data")],
                            env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "exit 0, databases opened 1, open after quit 0"
    assert "ResourceWarning" not in result.stderr
