"""Large or hostile inputs are refused or handled, never a frozen window."""

from __future__ import annotations

from pathlib import Path

import pytest

from backguide.core.content import load_content
from backguide.core.errors import ContentError
from backguide.paths import content_dir

from content_copies import write_copies


def test_a_content_folder_ten_times_the_shipped_size_loads(tmp_path: Path) -> None:
    big = write_copies(content_dir(), tmp_path / "x10", 10)
    shipped = load_content(content_dir())
    content = load_content(big)
    assert len(content.regions) == 10 * len(shipped.regions)
    assert len(content.steps) == 10 * len(shipped.steps)


def test_a_50_mb_yaml_file_is_refused_without_being_read(minimal_content: Path) -> None:
    with open(minimal_content / "steps.yaml", "r+b") as f:
        f.truncate(50_000_000)  # sparse: costs no disk and no time
    with pytest.raises(ContentError) as caught:
        load_content(minimal_content)
    assert any("50.0 MB" in p.message and "limited to 1 MB" in p.message
               for p in caught.value.problems)
