"""Colour contrast, measured as WCAG 2.2 does."""

from __future__ import annotations

import pytest

from backguide.core.contrast import contrast, readable_against


def test_black_on_white_is_21_to_1_and_a_colour_on_itself_1_to_1() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast((48, 140, 198), (48, 140, 198)) == pytest.approx(1)


def test_known_pairs_match_published_ratios() -> None:
    assert contrast((255, 255, 255), (48, 140, 198)) == pytest.approx(3.69, abs=0.01)
    assert contrast((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("colour", "background"), [
    ((48, 140, 198), (255, 255, 255)),  # Fusion's highlight, white text on it
    ((160, 160, 160), (255, 255, 255)),  # a pale hint on a light page
    ((90, 90, 90), (30, 30, 30)),  # a dim hint on a dark page
])
def test_a_colour_is_moved_only_as_far_as_needed(colour, background) -> None:  # type: ignore[no-untyped-def]
    better = readable_against(colour, background, 4.5)
    assert contrast(better, background) >= 4.5
    assert contrast(better, colour) < 3  # still recognisably the same colour family
    assert readable_against(better, background, 4.5) == better
