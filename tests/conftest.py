"""Test set-up shared by every test: headless Qt and the content folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Tests never need a display: Qt draws into memory. Set before any Qt import.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture
def minimal_content(tmp_path: Path) -> Path:
    """A writable copy of the smallest valid content folder."""
    folder = tmp_path / "content"
    shutil.copytree(DATA / "minimal", folder)
    return folder
