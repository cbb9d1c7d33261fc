"""The start-up copy of the guide is used only while nothing it was made from has changed.

Every test observes what a person would: the guide's title. A hidden edit
changes the title on disk but keeps the file's size and modification time, so
only a fresh read of the folder shows it: the cached copy still says
"BackGuide", a fresh read says "FreshRead". A cache that is never used, or
used when it should not be, fails these tests.
"""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from backguide.core import guide_cache
from backguide.core.artwork import load_artwork
from backguide.core.content import load_guide
from backguide.core.errors import ContentError
from backguide.core.guide_cache import CACHE_NAME, load_guide_cached
from backguide.paths import asset, content_dir

CORE_MODULES = sorted(p.name for p in guide_cache.CORE_DIR.glob("*.py"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "en"
    shutil.copytree(content_dir(), target)
    return target


@pytest.fixture
def svg(tmp_path: Path) -> Path:
    target = tmp_path / "back.svg"
    shutil.copy2(asset("back.svg"), target)
    return target


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the core modules, standing in for the installed ones in the cache key."""
    target = tmp_path / "core"
    target.mkdir()
    for name in CORE_MODULES:
        shutil.copy2(guide_cache.CORE_DIR / name, target / name)
    monkeypatch.setattr(guide_cache, "CORE_DIR", target)
    return target


def _title(folder: Path, svg: Path, cache: Path | None) -> str:
    content, _ = load_guide_cached(folder, svg, cache)
    return content.guide.title


def _hidden_edit(folder: Path) -> None:
    """Retitle the guide on disk without changing the file's size or modification time."""
    guide = folder / "guide.yaml"
    before = guide.stat()
    text = guide.read_text(encoding="utf-8")
    assert "title: BackGuide\n" in text
    guide.write_text(text.replace("title: BackGuide\n", "title: FreshRead\n"), encoding="utf-8")
    os.utime(guide, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert guide.stat().st_size == before.st_size


def _touch(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_second_start_shows_the_cached_copy(folder: Path, svg: Path, cache: Path) -> None:
    assert _title(folder, svg, cache) == "BackGuide"
    _hidden_edit(folder)
    assert _title(folder, svg, None) == "FreshRead"  # what a fresh read shows
    assert _title(folder, svg, cache) == "BackGuide"


def test_an_edited_file_is_read_and_checked_again(folder: Path, svg: Path, cache: Path) -> None:
    _title(folder, svg, cache)
    guide = folder / "guide.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace(
        "title: BackGuide", "title: Edited guide"), encoding="utf-8")
    assert _title(folder, svg, cache) == "Edited guide"
    assert list(cache.iterdir()) == [cache / CACHE_NAME]


def test_a_file_added_to_the_folder_means_a_fresh_read(folder: Path, svg: Path,
                                                       cache: Path) -> None:
    _title(folder, svg, cache)
    _hidden_edit(folder)
    (folder / "NOTES.txt").write_text("reviewed by the clinic\n", encoding="utf-8")
    assert _title(folder, svg, cache) == "FreshRead"


@pytest.mark.parametrize("module", CORE_MODULES)
def test_a_changed_core_module_means_a_fresh_read(module: str, core: Path, folder: Path,
                                                  svg: Path, cache: Path) -> None:
    _title(folder, svg, cache)
    _hidden_edit(folder)
    _touch(core / module)
    assert _title(folder, svg, cache) == "FreshRead"


def test_a_new_core_module_means_a_fresh_read(core: Path, folder: Path, svg: Path,
                                              cache: Path) -> None:
    _title(folder, svg, cache)
    _hidden_edit(folder)
    (core / "new_rules.py").write_text('"""A check added by an update."""\n', encoding="utf-8")
    assert _title(folder, svg, cache) == "FreshRead"


def test_a_changed_drawing_means_a_fresh_read(folder: Path, svg: Path, cache: Path) -> None:
    _title(folder, svg, cache)
    _hidden_edit(folder)
    _touch(svg)
    assert _title(folder, svg, cache) == "FreshRead"


def test_another_app_version_means_a_fresh_read(folder: Path, svg: Path, cache: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _title(folder, svg, cache)
    _hidden_edit(folder)
    monkeypatch.setattr(guide_cache, "__version__", "99.0")
    assert _title(folder, svg, cache) == "FreshRead"


def test_an_identical_folder_elsewhere_is_read_for_itself(folder: Path, svg: Path, cache: Path,
                                                          tmp_path: Path) -> None:
    _title(folder, svg, cache)
    twin = tmp_path / "twin"
    shutil.copytree(folder, twin)  # same names, sizes and modification times
    _hidden_edit(twin)
    assert _title(twin, svg, cache) == "FreshRead"


def test_a_missing_folder_after_a_cached_start_is_reported(folder: Path, svg: Path,
                                                           cache: Path) -> None:
    _title(folder, svg, cache)
    shutil.rmtree(folder)
    with pytest.raises(ContentError) as caught:
        load_guide_cached(folder, svg, cache)
    assert [p.message for p in caught.value.problems] == ["no such content folder"]


def test_an_emptied_folder_after_a_cached_start_is_reported_as_without_a_cache(
        folder: Path, svg: Path, cache: Path) -> None:
    _title(folder, svg, cache)
    for path in folder.iterdir():
        path.unlink()
    with pytest.raises(ContentError) as cached:
        load_guide_cached(folder, svg, cache)
    with pytest.raises(ContentError) as uncached:
        load_guide(folder, load_artwork(svg))
    assert cached.value.text() == uncached.value.text()
    assert "holds no content files" in cached.value.text()


def test_a_broken_edit_is_reported_not_hidden_by_the_cache(folder: Path, svg: Path,
                                                           cache: Path) -> None:
    _title(folder, svg, cache)
    (folder / "zones.yaml").write_text("- id: [\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_guide_cached(folder, svg, cache)


def test_a_damaged_cache_file_is_ignored_and_replaced(folder: Path, svg: Path,
                                                      cache: Path) -> None:
    _title(folder, svg, cache)
    (cache / CACHE_NAME).write_bytes(b"not a pickle")
    assert _title(folder, svg, cache) == "BackGuide"
    _hidden_edit(folder)
    assert _title(folder, svg, cache) == "BackGuide"  # the new copy is used


def test_a_cache_file_cut_short_after_its_key_is_ignored(folder: Path, svg: Path,
                                                         cache: Path) -> None:
    _title(folder, svg, cache)
    with (cache / CACHE_NAME).open("rb") as stream:
        key = pickle.load(stream)
    (cache / CACHE_NAME).write_bytes(pickle.dumps(key) + b"\x80\x05garbage")
    _hidden_edit(folder)
    assert _title(folder, svg, cache) == "FreshRead"


def test_an_unwritable_cache_only_costs_time(folder: Path, svg: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    assert _title(folder, svg, blocker / "cache") == "BackGuide"
