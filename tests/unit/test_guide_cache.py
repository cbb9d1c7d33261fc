"""The start-up copy of the guide is used only while nothing has changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backguide.core.errors import ContentError
from backguide.core.guide_cache import CACHE_NAME, load_guide_cached
from backguide.paths import asset, content_dir


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "en"
    shutil.copytree(content_dir(), target)
    return target


def test_second_start_reads_the_cached_copy(folder: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    first, _ = load_guide_cached(folder, asset("back.svg"), cache)
    assert (cache / CACHE_NAME).is_file()

    def must_not_read(*_args: object) -> None:
        raise AssertionError("the YAML was read again although nothing changed")

    monkeypatch.setattr("backguide.core.content.load_guide", must_not_read)
    second, _ = load_guide_cached(folder, asset("back.svg"), cache)
    assert second == first


def test_an_edited_file_is_read_and_checked_again(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_guide_cached(folder, asset("back.svg"), cache)
    guide = folder / "guide.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace(
        "title: BackGuide", "title: Edited guide"), encoding="utf-8")
    content, _ = load_guide_cached(folder, asset("back.svg"), cache)
    assert content.guide.title == "Edited guide"
    assert list(cache.iterdir()) == [cache / CACHE_NAME]


def test_a_broken_edit_is_reported_not_hidden_by_the_cache(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_guide_cached(folder, asset("back.svg"), cache)
    (folder / "zones.yaml").write_text("- id: [\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_guide_cached(folder, asset("back.svg"), cache)


def test_a_damaged_cache_file_is_ignored(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_guide_cached(folder, asset("back.svg"), cache)
    (cache / CACHE_NAME).write_bytes(b"not a pickle")
    content, _ = load_guide_cached(folder, asset("back.svg"), cache)
    assert content.guide.title == "BackGuide"


def test_an_unwritable_cache_only_costs_time(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    content, _ = load_guide_cached(folder, asset("back.svg"), blocker / "cache")
    assert content.guide.title == "BackGuide"
