"""Test set-up shared by every test: headless Qt and the content folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# Tests never need a display: Qt draws into memory. Set before any Qt import.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The tests read English whatever the machine's language; those about choosing
# the language set or remove this themselves.
os.environ["BACKGUIDE_LANG"] = "en"

import pytest  # noqa: E402

if TYPE_CHECKING:
    from backguide.core.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def minimal_content(tmp_path: Path) -> Path:
    """A writable copy of the smallest valid content folder."""
    folder = tmp_path / "content"
    shutil.copytree(DATA / "minimal", folder)
    return folder


TRANSLATION_BLOCK = """
translation:
  from: en
  from_version: "{version}"
  by: el proyecto BackGuide
  reviewer: ""
  reviewed: ""
"""


@pytest.fixture
def translated_content(tmp_path: Path) -> Path:
    """A fake translation: ``tmp/es``, a copy of the shipped English content with a
    translation block, next to its source ``tmp/en`` (another copy). Returns ``tmp/es``."""
    from backguide.core.content import load_content
    from backguide.paths import content_dir

    shutil.copytree(content_dir("en"), tmp_path / "en")
    shutil.copytree(content_dir("en"), tmp_path / "es")
    version = load_content(tmp_path / "en").guide.version
    with open(tmp_path / "es" / "guide.yaml", "a", encoding="utf-8") as guide:
        guide.write(TRANSLATION_BLOCK.format(version=version))
    return tmp_path / "es"


@pytest.fixture
def settings_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep QSettings written by a test inside the test's own folder."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def memory_store() -> Iterator[Store]:
    """A store that keeps data for this test only; closed after the test."""
    from backguide.core.store import Store

    with Store.in_memory() as store:
        yield store


@pytest.fixture
def window(qtbot, settings_dir):  # type: ignore[no-untyped-def]
    """The main window on the shipped guide, shown at a known size."""
    from PySide6.QtWidgets import QApplication

    from backguide.ui.main_window import MainWindow

    from ui_support import close_stores, shipped

    QApplication.setOrganizationName("BackGuideTests")
    QApplication.setApplicationName("BackGuideTests")
    content, artwork, svg = shipped()
    win = MainWindow(content, artwork, svg)
    qtbot.addWidget(win, before_close_func=close_stores)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


# Central European time with its summer time, as a POSIX rule (no tz database needed).
BERLIN_RULE = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture
def berlin_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The computer's clock set to Central European time (+01:00, +02:00 in summer)."""
    import time

    monkeypatch.setenv("TZ", BERLIN_RULE)
    time.tzset()
    yield BERLIN_RULE
    monkeypatch.undo()
    time.tzset()
