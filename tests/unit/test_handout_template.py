"""Handout templates: read into a plan, written back, and every mistake with its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from backguide.core.content import load_content
from backguide.core.errors import ContentError
from backguide.core.handout_plan import Clinic, HandoutPlan, MovementChoice
from backguide.core.handout_template import read_template, template_text
from backguide.core.model import Dose
from backguide.paths import content_dir

CONTENT = load_content(content_dir())
TEMPLATES = Path(__file__).parent.parent / "data" / "templates"


def test_the_example_template_becomes_the_plan_it_describes() -> None:
    plan = read_template(TEMPLATES / "good.yaml", CONTENT)
    assert plan.regions == ("lumbar-left", "lumbar-right")
    assert plan.steps == ("keep-moving", "heat")
    knee = next(m for m in CONTENT.movements if m.id == "knee-to-chest")
    assert plan.movements == (
        MovementChoice("knee-to-chest", knee.dose._replace(reps=10, times_a_day=2)),
        MovementChoice("walking"))
    assert plan.note == "Walk for ten minutes twice a day."
    assert plan.clinic == Clinic("Riverside Physiotherapy", "1 River Lane, Riverside", "01234 567890",
                                 str((TEMPLATES / "logo.png").resolve()))
    assert plan.patient == "Alex Example" and plan.follow_up == "2026-12-14"


def test_a_plan_written_as_a_template_reads_back_the_same(tmp_path: Path) -> None:
    plan = HandoutPlan(
        regions=("cervical-left", "cervical-right"), steps=("heat", "glucosamine"),
        movements=(MovementChoice("chin-tuck", Dose(8, 3, 4)), MovementChoice("walking", Dose(0, 0, 2, 20)),
                   MovementChoice("neck-turn")),
        note="Line one.\nLine two: 'quoted' and \"double\".", clinic=Clinic("Clinic: A", "", "0123"),
        patient="Sam O'Neill", follow_up="2027-01-05")
    path = tmp_path / "t.yaml"
    path.write_text(template_text(plan), encoding="utf-8")
    assert read_template(path, CONTENT) == plan
    empty = tmp_path / "empty.yaml"
    empty.write_text(template_text(HandoutPlan()), encoding="utf-8")
    assert read_template(empty, CONTENT) == HandoutPlan()


@pytest.mark.parametrize(("name", "expected"), [
    ("unknown-ids.yaml", ["1:24: unknown region 'lumbr-right'; did you mean 'lumbar-right'?",
                          "2:22: unknown step 'hot-bath'", "5:3: unknown movement 'toe-touch'"]),
    ("wrong-types.yaml", ["1:10: regions should be a list, not text",
                          "4:18: reps of 'bridge' should be a whole number, not text",
                          "4:29: hold of 'bridge' should be between 0 and 1000, not -1",
                          "5:7: note should be text, not a number", "6:10: patient should be text"]),
    ("unknown-keys.yaml", ["2:1: unknown field 'step' in the template; did you mean 'steps'?",
                           "4:15: unknown field 'repetitions'", "5:29: unknown field 'fax' in clinic"]),
    ("bad-date.yaml", ["2:12: follow_up should be a date written as YYYY-MM-DD"]),
    ("not-yaml.yaml", ["2:6: YAML syntax error"]),
])
def test_bad_templates_say_file_line_and_column(name: str, expected: list[str]) -> None:
    path = TEMPLATES / name
    with pytest.raises(ContentError) as caught:
        read_template(path, CONTENT)
    lines = caught.value.text().splitlines()
    assert len(lines) == len(expected), lines
    for line, want in zip(lines, expected, strict=True):
        assert line.startswith(f"{path}:{want}"), line


def test_a_missing_logo_is_reported_where_it_is_named(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("clinic:\n  name: A\n  logo: nowhere.png\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"t\.yaml:3:9: the logo 'nowhere\.png' is not a file"):
        read_template(path, CONTENT)
