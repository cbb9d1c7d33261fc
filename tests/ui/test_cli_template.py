"""``backguide handout --template``: the practitioner's choices, the clinic and the patient."""

from __future__ import annotations

from pathlib import Path

from backguide.cli import main
from backguide.core.pages import TICK_BOX

from ui_support import pdf_images, pdf_pages_text, shipped

CONTENT, _, _ = shipped()
TEMPLATES = Path(__file__).parent.parent / "data" / "templates"


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_template_handout_shows_exactly_its_choices(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "t.pdf"
    assert main(["handout", "--template", str(TEMPLATES / "good.yaml"), "-o", str(target)]) == 0
    assert "Saved Low back (waist), both sides (2 pages" in capsys.readouterr().out
    pages = pdf_pages_text(target)
    text = _squeezed("".join(pages))
    for words in ("Riverside Physiotherapy", "1 River Lane, Riverside", "01234 567890",
                  "For Alex Example", "Your plan for Alex Example", "Walk for ten minutes twice a day.",
                  "Follow-up: 14 December 2026", "10 times, hold 10 seconds, twice a day",
                  "Get help now if", "Not a diagnosis"):
        assert _squeezed(words) in text, words
    chosen = {"keep-moving", "heat"}
    for step in CONTENT.steps:  # each chosen step is a line with a box to tick
        assert (_squeezed(f"{TICK_BOX}{step.title}") in text) == (step.id in chosen), step.id
    for movement in CONTENT.movements:
        assert (_squeezed(f"{TICK_BOX}{movement.title}") in text) \
            == (movement.id in {"knee-to-chest", "walking"}), movement.id
    assert "Goodtoknow" not in text
    assert pdf_images(target), "the clinic's logo is printed"


def test_a_template_prints_each_chosen_movement_with_its_steps_dose_and_reasons_to_stop(
        tmp_path: Path) -> None:
    target = tmp_path / "t.pdf"
    assert main(["handout", "--template", str(TEMPLATES / "good.yaml"), "-o", str(target)]) == 0
    text = _squeezed("".join(pdf_pages_text(target)))
    for movement in CONTENT.movements:
        if movement.id not in {"knee-to-chest", "walking"}:
            continue
        for number, step in enumerate(movement.steps, 1):
            assert _squeezed(f"{number} {step}") in text, (movement.id, number)
        for reason in movement.stop_if:
            assert _squeezed(reason[1:].rstrip(".")) in text, (movement.id, reason)
    assert _squeezed("10 minutes, twice a day") in text  # walking keeps the guide's dose


def test_a_bad_template_is_file_line_messages_and_exit_1(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "t.pdf"
    path = TEMPLATES / "unknown-ids.yaml"
    assert main(["handout", "--template", str(path), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:1:24: unknown region 'lumbr-right'" in err
    assert f"{path}:5:3: unknown movement 'toe-touch'" in err
    assert "3 problems found" in err and "Traceback" not in err
    assert not target.exists()


def test_a_region_and_a_template_together_is_a_usage_mistake(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["handout", "lumbar-left", "--template", str(TEMPLATES / "good.yaml"),
                 "-o", str(tmp_path / "t.pdf")]) == 2
    assert "one of them, not both" in capsys.readouterr().err
    assert main(["handout", "-o", str(tmp_path / "t.pdf")]) == 2
