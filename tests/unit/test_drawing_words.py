"""The drawing's words (L and R, "your left", the captions) are said in the guide's language."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from backguide.core.artwork import (
    LABEL_BOXES,
    LABEL_WORDS,
    drawing_labels,
    label_width,
    load_artwork,
    worded_svg,
)
from backguide.core.content import load_content
from backguide.core.handout import HandoutOptions, build_handout
from backguide.core.matching import artwork_mismatches
from backguide.paths import asset, content_dir

SVG = asset("back.svg").read_text(encoding="utf-8")
ENGLISH = load_content(content_dir("en"))
SPANISH = load_content(content_dir("es"))


def _ids(svg: str) -> list[str]:
    return re.findall(r' id="([^"]+)"', svg)


def _texts(svg: str) -> dict[str, str]:
    return dict(re.findall(r'<text id="([^"]+)"[^>]*>([^<]*)</text>', svg))


def _box_widths(svg: str) -> dict[str, float]:
    return {box: float(width) for box, width
            in re.findall(r'<rect id="(label-[a-z-]+-box)" x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)"', svg)}


def test_every_text_of_the_drawing_has_an_id_and_words_in_the_wording() -> None:
    labels = re.search(r'<g id="labels">.*?</g>', SVG, re.DOTALL)
    assert labels is not None
    texts = re.findall(r"<text[^>]*>", labels.group(0))
    assert len(texts) == len(LABEL_WORDS) == 8
    assert set(_texts(SVG)) == set(LABEL_WORDS)
    assert {t for inside in LABEL_BOXES.values() for t in inside} == set(LABEL_WORDS)
    assert set(LABEL_BOXES) <= set(_ids(SVG))


def test_in_english_the_drawing_is_unchanged() -> None:
    assert worded_svg(SVG, ENGLISH.words) == SVG


def test_in_spanish_the_drawing_says_i_and_d_and_where_your_left_is() -> None:
    texts = _texts(worded_svg(SVG, SPANISH.words))
    assert texts == {
        "label-left-letter": "I", "label-your-left": "su izquierda",
        "label-right-letter": "D", "label-your-right": "su derecha",
        "label-seen-from-behind": "Visto desde atrás: su izquierda está a la izquierda",
        "label-front-view": "Cabeza y cuerpo vistos de frente",
        "label-front-right": "D", "label-front-left": "I",
    }


def test_only_the_words_and_their_backings_change_every_shape_keeps_its_id(tmp_path: Path) -> None:
    spanish = worded_svg(SVG, SPANISH.words)
    assert _ids(spanish) == _ids(SVG)
    unchanged = [line for line in SVG.splitlines() if 'id="label-' not in line]
    assert [line for line in spanish.splitlines() if 'id="label-' not in line] == unchanged
    worded = tmp_path / "back.svg"
    worded.write_text(spanish, encoding="utf-8")
    artwork = load_artwork(worded)
    assert artwork_mismatches(SPANISH, artwork) == []
    assert artwork.regions == load_artwork(asset("back.svg")).regions


def test_a_backing_widens_about_its_middle_to_fit_longer_words() -> None:
    before, after = _box_widths(SVG), _box_widths(worded_svg(SVG, SPANISH.words))
    labels = {label.id: label for label in drawing_labels(SVG, SPANISH.words)}
    caption = labels["label-seen-from-behind"]
    assert after["label-behind-box"] > before["label-behind-box"]
    assert after["label-behind-box"] >= label_width(caption)
    assert after["label-right-box"] == before["label-right-box"]  # "su derecha" fits already
    middle = re.search(r'<rect id="label-behind-box" x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)"',
                       worded_svg(SVG, SPANISH.words))
    assert middle is not None
    assert abs(float(middle.group(1)) + float(middle.group(2)) / 2 - caption.x) < 0.1


def test_a_handout_carries_the_drawing_words_of_its_guide() -> None:
    spanish = build_handout(SPANISH, "lumbar-left", HandoutOptions(), dt.date(2026, 12, 1))
    english = build_handout(ENGLISH, "lumbar-left", HandoutOptions(), dt.date(2026, 12, 1))
    assert dict(spanish.drawing_words)["label-your-left"] == "su izquierda"
    assert dict(english.drawing_words)["label-left-letter"] == "L"
    assert dict(spanish.legend)["caption"].startswith("Visto desde atrás")
