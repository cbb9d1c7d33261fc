"""Shared set-up for UI tests: the shipped guide, drawing and a main window."""

from __future__ import annotations

from backguide.core.artwork import Artwork, load_artwork
from backguide.core.content import load_guide
from backguide.core.model import Content
from backguide.paths import asset, content_dir

_cache: dict[str, object] = {}


def shipped() -> tuple[Content, Artwork, str]:
    """The shipped content and drawing, loaded once per test run."""
    if "guide" not in _cache:
        svg = str(asset("back.svg"))
        artwork = load_artwork(svg)
        _cache["guide"] = (load_guide(content_dir(), artwork), artwork, svg)
    return _cache["guide"]  # type: ignore[return-value]
