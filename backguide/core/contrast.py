"""Colour contrast as WCAG 2.2 measures it, so the app can keep text readable.

Colours are (red, green, blue) with each part 0-255.
"""

from __future__ import annotations

RGB = tuple[int, int, int]


def _linear(part: int) -> float:
    value = part / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: RGB) -> float:
    """Relative luminance: 0 for black, 1 for white."""
    red, green, blue = (_linear(p) for p in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: RGB, second: RGB) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def toward(colour: RGB, target: RGB, share: float) -> RGB:
    """``colour`` moved ``share`` (0-1) of the way to ``target``."""
    r, g, b = (round(c + (t - c) * share) for c, t in zip(colour, target, strict=True))
    return (r, g, b)


def readable_against(colour: RGB, background: RGB, ratio: float) -> RGB:
    """``colour``, darkened or lightened only as far as needed to reach ``ratio``."""
    if contrast(colour, background) >= ratio:
        return colour
    target: RGB = (0, 0, 0) if luminance(background) > 0.18 else (255, 255, 255)
    for step in range(1, 21):
        candidate = toward(colour, target, step / 20)
        if contrast(candidate, background) >= ratio:
            return candidate
    return target
