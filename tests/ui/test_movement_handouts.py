"""Region handouts show the movements that suit their level: picture, steps and dose.

The full guide prints every movement for the level; the two-page handout two or three,
each as a clinic's sheet prints it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from backguide.core.handout import HandoutOptions, build_handout
from backguide.ui.printing.layout import movement_aspect
from backguide.ui.printing.render import save_pdf

from ui_support import laid_out, pdf_pages_text, shipped

CONTENT, ARTWORK, _ = shipped()
TODAY = dt.date(2026, 11, 30)
# The movement pictures are painted as vector art: their skin colour fills shapes on the page.
SKIN_FILL = re.compile(rb"0\.94509\d* 0\.85098\d* 0\.78431\d* scn")


def _squeezed(text: str) -> str:
    return "".join(text.split())


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


# -- the two-page handout: movements as a clinic's sheet prints them -----------------------

def _two_page_text(tmp_path: Path, region_id: str, **options: object) -> tuple[str, tuple[str, ...]]:
    """The default handout's squeezed text and the movement pictures it prints."""
    handout = build_handout(CONTENT, region_id, HandoutOptions(**options), TODAY)  # type: ignore[arg-type]
    path = tmp_path / f"{region_id}-short.pdf"
    save_pdf(handout, ARTWORK, path)
    return "".join("".join(pdf_pages_text(path)).split()), laid_out(handout).handout.movement_drawings


def test_each_movement_on_the_plan_prints_its_steps_dose_and_every_reason_to_stop(
        qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text, drawings = _two_page_text(tmp_path, "lumbar-left")
    movements = [m for m in CONTENT.movements if m.drawing in drawings]
    assert 2 <= len(movements) <= 3
    for movement in movements:
        assert _squeezed(f"\u2610 {movement.title}") in text
        assert _squeezed(movement.evidence.grade.label) in text
        for number, step in enumerate(movement.steps, 1):
            assert _squeezed(f"{number} {step}") in text, (movement.id, number)
        assert _squeezed(movement.dose.text) in text
        for reason in movement.stop_if:  # every one, not only the first
            assert _squeezed(reason[1:].rstrip(".")) in text, (movement.id, reason)


def test_a_neck_two_page_handout_says_to_stop_if_dizzy(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text, drawings = _two_page_text(tmp_path, "cervical-left")
    assert drawings and all(d in {m.drawing for m in CONTENT.movements_for("cervical")}
                            for d in drawings)
    assert "youfeeldizzy" in text


def _picture_widths_cm(region_id: str, **options: object) -> dict[str, float]:
    layout = laid_out(build_handout(CONTENT, region_id, HandoutOptions(**options), TODAY))  # type: ignore[arg-type]
    widths = {}
    for drawing, rect in layout.movement_rects():
        painted = min(rect.width(), rect.height() / movement_aspect(drawing))  # as render paints it
        widths[drawing] = painted / layout.dpi * 2.54
    return widths


def test_movement_pictures_print_at_least_4_cm_wide_and_no_smaller_in_large_print(qapp) -> None:  # type: ignore[no-untyped-def]
    for region_id in ("cervical-left", "mid-thoracic-left", "lumbar-left"):
        normal = _picture_widths_cm(region_id)
        large = _picture_widths_cm(region_id, large_print=True)
        assert normal and large, region_id
        assert min(normal.values()) >= 3.95, (region_id, normal)
        assert all(large[d] >= normal[d] - 0.05 for d in large), (region_id, normal, large)
