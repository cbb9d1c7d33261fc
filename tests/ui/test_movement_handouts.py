"""Region handouts show the movements that suit their level: picture, steps and dose."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from backguide.core.handout import HandoutOptions, build_handout
from backguide.ui.printing.render import save_pdf

from ui_support import pdf_pages_text, shipped

CONTENT, ARTWORK, _ = shipped()
TODAY = dt.date(2026, 11, 30)
# The movement pictures are painted as vector art: their skin colour fills shapes on the page.
SKIN_FILL = re.compile(rb"0\.94509\d* 0\.85098\d* 0\.78431\d* scn")


def _pdf(tmp_path: Path, region_id: str) -> Path:
    handout = build_handout(CONTENT, region_id, HandoutOptions(full=True), TODAY)
    path = tmp_path / f"{region_id}.pdf"
    save_pdf(handout, ARTWORK, path)
    return path


def test_a_lumbar_handout_shows_a_movement_with_its_title_and_picture(qapp, tmp_path) -> None:
    path = _pdf(tmp_path, "lumbar-left")
    pages = PdfReader(str(path)).pages
    texts = pdf_pages_text(path)
    bridge = next(m for m in CONTENT.movements if m.id == "bridge")
    [index] = [i for i, text in enumerate(texts) if f"\u2610 {bridge.title}" in text]
    assert bridge.dose.text in texts[index]
    assert SKIN_FILL.search(pages[index].get_contents().get_data())


def test_a_neck_handout_shows_only_movements_that_suit_the_neck(qapp, tmp_path) -> None:
    handout = build_handout(CONTENT, "cervical-left", HandoutOptions(full=True), TODAY)
    neck = [m for m in CONTENT.movements if "cervical" in m.levels]
    assert handout.movement_drawings == tuple(m.drawing for m in neck)
    text = " ".join(pdf_pages_text(_pdf(tmp_path, "cervical-left")))
    for movement in CONTENT.movements:
        assert (f"\u2610 {movement.title}" in text) == (movement in neck), movement.id


def test_movements_share_pages_two_or_three_at_a_time(qapp, tmp_path) -> None:
    texts = pdf_pages_text(_pdf(tmp_path, "lumbar-left"))
    movements = CONTENT.movements_for("lumbar")
    per_page = [sum(f"\u2610 {m.title}" in text for m in movements) for text in texts]
    used = [n for n in per_page if n]
    assert sum(used) == len(movements)
    assert max(used) >= 2
