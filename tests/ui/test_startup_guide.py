"""Which guide the app starts with, and what it tells the person when something is wrong."""

from __future__ import annotations

from pathlib import Path

from backguide.app import load_startup_guide
from backguide.paths import asset

DRAWINGS = Path(__file__).parents[1] / "data" / "drawing"


def test_a_broken_content_folder_falls_back_to_the_shipped_guide(tmp_path: Path) -> None:
    content, artwork, error = load_startup_guide(str(tmp_path / "nope"), str(asset("back.svg")),
                                                 str(tmp_path / "cache"))
    assert content is not None and artwork is not None
    assert content.guide.title == "BackGuide"
    assert error is not None and error.problems[0].message == "no such content folder"


def test_a_broken_drawing_stops_the_start_and_names_the_drawing(tmp_path: Path) -> None:
    svg = str(DRAWINGS / "no-zones-group.svg")
    content, artwork, error = load_startup_guide(None, svg, str(tmp_path / "cache"))
    assert content is None and artwork is None
    assert error is not None
    assert [str(p) for p in error.problems] == [f"{svg}:1:1: the drawing has no 'zones' group"]
