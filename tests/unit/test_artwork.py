"""A drawing that cannot be used is reported like broken content: file, line and what is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backguide.cli import main
from backguide.core.artwork import load_artwork
from backguide.core.errors import ContentError, Problem
from backguide.paths import asset

DRAWINGS = Path(__file__).parents[1] / "data" / "drawing"


def _problems(svg: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_artwork(svg)
    return caught.value.problems


def test_the_shipped_drawing_has_every_outline() -> None:
    artwork = load_artwork(asset("back.svg"))
    assert (artwork.width, artwork.height) == (880, 1100)
    assert "lumbar-left" in artwork.regions and artwork.zones


def test_every_muscle_in_the_content_has_its_own_shape_on_both_sides() -> None:
    from backguide.core.content import load_content
    from backguide.paths import content_dir

    artwork = load_artwork(asset("back.svg"))
    content = load_content(content_dir())
    for muscle_id in content.muscles:
        for side in ("left", "right"):
            shape = artwork.muscle(muscle_id, side)
            assert shape is not None, f"muscle-{muscle_id}-{side}"
            assert shape.id == f"muscle-{muscle_id}-{side}"
            assert len(shape.points) >= 4


def test_a_region_muscle_without_a_shape_is_a_drawing_mistake(tmp_path: Path) -> None:
    from backguide.core.content import load_guide
    from backguide.paths import content_dir

    text = asset("back.svg").read_text(encoding="utf-8")
    svg = tmp_path / "back.svg"
    svg.write_text(text.replace('id="muscle-splenius-capitis-right"', 'id="muscle-gone-right"'),
                   encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_guide(content_dir(), load_artwork(svg))
    messages = [p.message for p in caught.value.problems]
    assert "muscle 'splenius-capitis-right' has no shape 'muscle-splenius-capitis-right' " \
           "in the drawing" in messages


def test_a_missing_drawing_names_its_file(tmp_path: Path) -> None:
    svg = tmp_path / "back.svg"
    assert _problems(svg) == [Problem(str(svg), 1, 1,
                                      "cannot read the drawing: No such file or directory")]


def test_a_drawing_that_is_not_xml_points_at_the_mistake() -> None:
    svg = DRAWINGS / "not-well-formed.svg"
    [problem] = _problems(svg)
    assert (problem.file, problem.line) == (str(svg), 4)
    assert problem.message.startswith("cannot read the drawing: not well-formed")


def test_a_drawing_without_a_view_box_says_so_at_its_root() -> None:
    svg = DRAWINGS / "no-view-box.svg"
    assert _problems(svg) == [Problem(str(svg), 1, 1, "the drawing needs a viewBox")]


def test_a_drawing_without_a_zones_group_says_which_group() -> None:
    svg = DRAWINGS / "no-zones-group.svg"
    assert _problems(svg) == [Problem(str(svg), 1, 1, "the drawing has no 'zones' group")]


def test_every_bad_outline_is_reported_at_its_own_line() -> None:
    svg = DRAWINGS / "two-bad-outlines.svg"
    assert _problems(svg) == [
        Problem(str(svg), 4, 5, "path 'lumbar-right' in 'regions' should have an id "
                                "starting with 'region-'"),
        Problem(str(svg), 7, 5, "zone-buttock-left: unsupported path data "
                                "(only absolute M L Q C Z): 'M 0,0 l 10,0 Z'"),
    ]


def test_check_reports_a_broken_drawing_in_its_usual_format(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    svg = tmp_path / "back.svg"
    shutil.copy(DRAWINGS / "no-zones-group.svg", svg)
    monkeypatch.setattr("backguide.paths.asset", lambda name: svg)
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert f"{svg}:1:1: the drawing has no 'zones' group" in err
    assert "Traceback" not in err
