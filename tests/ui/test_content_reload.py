"""A clinic's content folder is re-checked when it changes; broken edits are refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backguide.paths import content_dir
from backguide.ui.dialogs import ContentProblemsDialog


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    folder = tmp_path / "clinic"
    shutil.copytree(content_dir(), folder)
    return folder


def _retitle(folder: Path, title: str) -> None:
    guide = folder / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    start = text.index("title: ")
    end = text.index("\n", start)
    guide.write_text(text[:start] + f"title: {title}" + text[end:], encoding="utf-8")


def test_an_edited_folder_is_reloaded_keeping_the_selection(qtbot, window, clinic) -> None:
    assert window.open_content(str(clinic))
    window.selection.choose_region("lumbar-left")
    _retitle(clinic, "Edited clinic guide")
    qtbot.waitUntil(lambda: window.content.guide.title == "Edited clinic guide", timeout=5000)
    assert window.windowTitle() == f"{window.content.region('lumbar-left').name} \u2013 Edited clinic guide"
    assert window.selection.region == "lumbar-left"


def test_a_broken_edit_is_shown_and_the_last_good_guide_kept(qtbot, window, clinic,
                                                             monkeypatch) -> None:
    monkeypatch.setattr(ContentProblemsDialog, "open", lambda self: None)
    assert window.open_content(str(clinic))
    before = window.content
    (clinic / "zones.yaml").write_text("- id: [broken\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.problems_dialog is not None, timeout=5000)
    assert "zones.yaml:" in window.problems_dialog.error.text()
    assert window.content is before


def test_the_shipped_guide_is_not_watched(window) -> None:
    assert window.watcher is None
