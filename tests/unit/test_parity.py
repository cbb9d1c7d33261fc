"""A translation says what its source says: only the prose may differ.

Each test starts from ``translated_content``: ``tmp/es``, a copy of the
shipped English content with a translation block, next to ``tmp/en``. One
change to the copy must give exactly one problem, at the right place.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from backguide.core.content import load_content
from backguide.core.errors import Problem
from backguide.core.field_kinds import FIELD_KINDS, FieldKind, field_kind, leaves, prose_texts
from backguide.core.parity import translation_problems
from backguide.core.yamlread import SCALAR, read_yaml
from backguide.paths import content_dir

DATA = Path(__file__).parents[1] / "data"


def edit(path: Path, old: str, new: str, *, after: str = "") -> tuple[int, int]:
    """Replace the first ``old`` that follows ``after``; the (line, column) where it began."""
    text = path.read_text(encoding="utf-8")
    start = text.index(old, text.index(after) if after else 0)
    path.write_text(text[:start] + new + text[start + len(old):], encoding="utf-8")
    return place(text, start)


def place(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def remove_item(path: Path, item_id: str) -> tuple[int, int]:
    """Remove an item (up to the next one) from a list file; where its ``id`` field was."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {item_id}\n")
    end = text.index("\n- id: ", start) + 1
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    line, column = place(text, start)
    return line, column + 2


def one_problem(folder: Path) -> Problem:
    problems = translation_problems(folder)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_an_untouched_copy_has_no_problems(translated_content: Path) -> None:
    assert translation_problems(translated_content) == []


def test_reworded_prose_and_names_are_not_problems(translated_content: Path) -> None:
    def reword(file: str, value: Any, path: tuple[str, ...]) -> Any:
        if isinstance(value, dict):
            return {k: reword(file, v, (*path, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [reword(file, v, path) for v in value]
        if field_kind(file, path) in (FieldKind.PROSE, FieldKind.NAME):
            return f"Texto traducido {len(str(value))}."
        return value

    for file in FIELD_KINDS:
        target = translated_content / file
        data = yaml.safe_load(target.read_text(encoding="utf-8"))
        target.write_text(yaml.safe_dump(reword(file, data, ()), allow_unicode=True,
                                         sort_keys=False), encoding="utf-8")
    assert "Texto traducido" in (translated_content / "steps.yaml").read_text(encoding="utf-8")
    assert translation_problems(translated_content) == []


def test_a_folder_without_a_translation_block_is_not_compared(tmp_path: Path) -> None:
    shutil.copytree(DATA / "minimal", tmp_path / "es")
    shutil.copytree(content_dir("en"), tmp_path / "en")
    assert translation_problems(tmp_path / "es") == []


ID_FILES = ["sources.yaml", "cautions.yaml", "zones.yaml", "muscles.yaml", "explanations.yaml",
            "regions.yaml", "steps.yaml", "red_flags.yaml", "exercises.yaml"]
ITEM_NAMES = {"sources.yaml": "source", "cautions.yaml": "caution key", "zones.yaml": "zone",
              "muscles.yaml": "muscle", "explanations.yaml": "explanation",
              "regions.yaml": "region level", "steps.yaml": "step",
              "red_flags.yaml": "red flag", "exercises.yaml": "movement"}


@pytest.mark.parametrize("file", ID_FILES)
def test_a_missing_id_is_reported_where_the_item_should_be(
        translated_content: Path, file: str) -> None:
    source = translated_content.parent / "en" / file
    second_id = yaml.safe_load(source.read_text(encoding="utf-8"))[1]["id"]
    line, column = remove_item(translated_content / file, second_id)
    assert one_problem(translated_content) == Problem(
        str(translated_content / file), line, column,
        f"{ITEM_NAMES[file]} '{second_id}' is missing; the English content has it at "
        f"{source}:{line}:{column}")


def test_an_extra_id_is_reported_at_its_id(translated_content: Path) -> None:
    steps = translated_content / "steps.yaml"
    text = steps.read_text(encoding="utf-8")
    steps.write_text(text + "\n- id: cold-shower\n  title: Take a cold shower\n", encoding="utf-8")
    line = text.count("\n") + 2
    assert one_problem(translated_content) == Problem(
        str(steps), line, 7,
        f"step 'cold-shower' is not in the English content ({translated_content.parent / 'en'}"
        "/steps.yaml)")


def test_a_changed_evidence_grade_is_reported_at_the_grade(translated_content: Path) -> None:
    steps = translated_content / "steps.yaml"
    line, column = edit(steps, "grade: moderate", "grade: low", after="- id: heat\n")
    problem = one_problem(translated_content)
    assert (problem.file, problem.line, problem.column) == (str(steps), line, column + 7)
    assert problem.message == (
        "evidence.grade is 'low' here but 'moderate' in the English content "
        f"({translated_content.parent / 'en' / 'steps.yaml'}:{line}:{column + 7})")


def test_an_extra_zone_in_a_referral_is_reported_at_the_zone(translated_content: Path) -> None:
    muscles = translated_content / "muscles.yaml"
    old = "essential: [iliac-crest, hip-side, sacroiliac, buttock]"
    line, column = edit(muscles, old, old[:-1] + ", groin]", after="- id: quadratus-lumborum\n")
    problem = one_problem(translated_content)
    assert (problem.file, problem.line, problem.column) == (str(muscles), line, column + len(old) + 1)
    assert problem.message.startswith("referral.essential: 'groin' is not in the English list "
                                      "[iliac-crest, hip-side, sacroiliac, buttock]")


def test_a_missing_zone_in_a_referral_is_reported_at_the_list(translated_content: Path) -> None:
    muscles = translated_content / "muscles.yaml"
    line, column = edit(muscles, "essential: [iliac-crest, hip-side, sacroiliac, buttock]",
                        "essential: [iliac-crest, sacroiliac, buttock]",
                        after="- id: quadratus-lumborum\n")
    problem = one_problem(translated_content)
    assert (problem.line, problem.column) == (line, column + len("essential: "))
    assert problem.message.startswith("referral.essential lacks 'hip-side'")


def test_a_changed_number_is_reported_at_the_number(translated_content: Path) -> None:
    exercises = translated_content / "exercises.yaml"
    line, column = edit(exercises, "reps: 5", "reps: 8")
    problem = one_problem(translated_content)
    assert (problem.file, problem.line, problem.column) == (str(exercises), line, column + 6)
    assert problem.message.startswith("dose.reps is 8 here but 5 in the English content")


def test_a_changed_sources_list_is_reported_at_the_list(translated_content: Path) -> None:
    steps = translated_content / "steps.yaml"
    line, column = edit(steps, "sources: [french-2006, acp-2017]", "sources: [french-2006]",
                        after="- id: heat\n")
    problem = one_problem(translated_content)
    assert (problem.file, problem.line, problem.column) == (str(steps), line, column + 9)
    assert problem.message.startswith("evidence.sources lacks 'acp-2017'; the English list is "
                                      "[french-2006, acp-2017]")


def test_a_swapped_source_gives_the_extra_and_the_missing_one(translated_content: Path) -> None:
    steps = translated_content / "steps.yaml"
    edit(steps, "sources: [french-2006, acp-2017]", "sources: [french-2006, nice-ng59]",
         after="- id: heat\n")
    messages = [p.message for p in translation_problems(translated_content)]
    assert len(messages) == 2
    assert messages[0].startswith("evidence.sources lacks 'acp-2017'")
    assert messages[1].startswith("evidence.sources: 'nice-ng59' is not in the English list")


def test_a_source_list_in_another_order_is_reported(translated_content: Path) -> None:
    steps = translated_content / "steps.yaml"
    edit(steps, "sources: [french-2006, acp-2017]", "sources: [acp-2017, french-2006]",
         after="- id: heat\n")
    assert "in a different order" in one_problem(translated_content).message


def test_a_changed_urgency_tier_is_reported(translated_content: Path) -> None:
    red_flags = translated_content / "red_flags.yaml"
    line, column = edit(red_flags, "urgency: emergency", "urgency: soon", after="- id:")
    problem = one_problem(translated_content)
    assert (problem.line, problem.column) == (line, column + 9)
    assert problem.message.startswith("urgency is 'soon' here but 'emergency'")


def test_a_dropped_level_is_reported(translated_content: Path) -> None:
    red_flags = translated_content / "red_flags.yaml"
    text = red_flags.read_text(encoding="utf-8")
    item_line, item_column = place(text, text.rindex("- id: ", 0, text.index("levels: [")) + 2)
    edit(red_flags, "  levels: [cervical]\n", "")
    problem = one_problem(translated_content)
    assert (problem.line, problem.column) == (item_line, item_column)
    assert problem.message.startswith("field 'levels' is missing; the English content has it")


def test_a_changed_drawing_is_reported(translated_content: Path) -> None:
    edit(translated_content / "exercises.yaml", "drawing: knee-to-chest", "drawing: cat-cow")
    assert one_problem(translated_content).message.startswith(
        "drawing is 'cat-cow' here but 'knee-to-chest'")


def test_a_field_the_source_does_not_have_is_reported_at_its_name(translated_content: Path) -> None:
    steps = translated_content / "steps.yaml"
    line, column = edit(steps, "  durations:", "  levels: [lumbar]\n  durations:",
                        after="- id: heat\n")
    problem = one_problem(translated_content)
    assert (problem.line, problem.column) == (line, column + 2)
    assert problem.message.startswith("field 'levels' is not in the English content")


def test_items_in_another_order_are_reported_once(translated_content: Path) -> None:
    regions = translated_content / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    first = text.index("- id: cervical\n")
    second = text.index("- id: upper-thoracic\n")
    third = text.index("\n- id: ", second) + 1
    regions.write_text(text[:first] + text[second:third] + text[first:second] + text[third:],
                       encoding="utf-8")
    problem = one_problem(translated_content)
    assert problem.message.startswith("region level 'upper-thoracic' is out of order: the "
                                      "English content has 'cervical' here")


def test_a_prose_list_with_an_item_less_is_reported(translated_content: Path) -> None:
    guide = translated_content / "guide.yaml"
    edit(guide, "  - Your pain keeps coming back.\n", "")
    assert one_problem(translated_content).message.startswith(
        "see_a_professional has 3 items here but 4 in the English content")


def test_a_stale_from_version_is_reported_at_from_version(translated_content: Path) -> None:
    english = translated_content.parent / "en" / "guide.yaml"
    version = load_content(english.parent).guide.version
    edit(english, f'version: "{version}"', 'version: "9.9.9"')
    guide = translated_content / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    line, column = place(text, text.index(f'"{version}"', text.index("from_version")))
    assert one_problem(translated_content) == Problem(
        str(guide), line, column,
        f"translates {version} but the English content is 9.9.9; bring the translation up "
        "to date, then change from_version")


def test_the_translation_may_have_its_own_version_and_review_dates(translated_content: Path) -> None:
    guide = translated_content / "guide.yaml"
    version = load_content(translated_content.parent / "en").guide.version
    edit(guide, f'version: "{version}"', 'version: "9.9.10"')
    text = guide.read_text(encoding="utf-8")
    guide.write_text(re.sub(r"(?m)^last_reviewed: .*$", "last_reviewed: 2027-01-15", text),
                     encoding="utf-8")
    assert translation_problems(translated_content) == []


def test_a_missing_optional_file_is_reported(translated_content: Path) -> None:
    (translated_content / "exercises.yaml").unlink()
    problem = one_problem(translated_content)
    assert (problem.file, problem.line) == (str(translated_content / "exercises.yaml"), 1)
    assert "the English content has exercises.yaml" in problem.message


def test_a_missing_source_folder_is_reported_at_from(translated_content: Path) -> None:
    shutil.rmtree(translated_content.parent / "en")
    guide = translated_content / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    line, column = place(text, text.index("en", text.index("from:")))
    problem = one_problem(translated_content)
    assert (problem.file, problem.line, problem.column) == (str(guide), line, column)
    assert problem.message.startswith("there is no 'en' content folder next to this one")


def test_the_source_can_be_given_explicitly(translated_content: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "clinic" / "english"
    shutil.move(translated_content.parent / "en", elsewhere)
    edit(elsewhere / "steps.yaml", "grade: moderate", "grade: low", after="- id: heat\n")
    problems = translation_problems(translated_content, elsewhere)
    assert [p.message.split(" (")[0] for p in problems] == [
        "evidence.grade is 'moderate' here but 'low' in the English content"]


def test_an_explicit_source_needs_no_translation_block(tmp_path: Path) -> None:
    shutil.copytree(content_dir("en"), tmp_path / "mine")
    edit(tmp_path / "mine" / "exercises.yaml", "drawing: knee-to-chest", "drawing: cat-cow")
    problems = translation_problems(tmp_path / "mine", content_dir("en"))
    assert [p.message.split(" (")[0] for p in problems] == [
        "drawing is 'cat-cow' here but 'knee-to-chest' in the English content"]


def test_the_folder_next_door_is_found_from_inside_the_translation(
        translated_content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(translated_content / "exercises.yaml", "drawing: knee-to-chest", "drawing: cat-cow")
    monkeypatch.chdir(translated_content)
    problems = translation_problems(".")
    assert [(p.file, p.message.split(" (")[0]) for p in problems] == [
        ("exercises.yaml", "drawing is 'cat-cow' here but 'knee-to-chest' in the English content")]


# -- the table of field kinds ---------------------------------------------------------

def _fields(folder: Path) -> set[tuple[str, tuple[str, ...]]]:
    found = set()
    for file in FIELD_KINDS:
        path = folder / file
        if path.is_file():
            root, problems = read_yaml(str(path), str(path))
            assert root is not None, problems
            found |= {(file, field) for field, _ in leaves(root)}
    return found


@pytest.mark.parametrize("folder", [content_dir("en"), DATA / "minimal"], ids=["en", "minimal"])
def test_every_field_of_the_content_has_a_kind(folder: Path) -> None:
    def listed(file: str, field: tuple[str, ...]) -> bool:
        # An empty list ("cautions: []") is a field only through the fields inside it.
        dotted = ".".join(field)
        return field_kind(file, field) is not None \
            or any(name.startswith(dotted + ".") for name in FIELD_KINDS[file])

    unlisted = sorted(f"{file}: {'.'.join(field)}" for file, field in _fields(folder)
                      if not listed(file, field))
    assert unlisted == [], "add these fields to FIELD_KINDS in backguide/core/field_kinds.py"


def test_every_field_in_the_table_is_a_real_field() -> None:
    seen = {(file, ".".join(field)) for file, field in _fields(content_dir("en"))}
    not_shipped = {("guide.yaml", "translation"), ("steps.yaml", "levels")}
    listed = {(file, name) for file, names in FIELD_KINDS.items() for name in names}
    assert listed - seen == not_shipped


def test_the_table_names_every_content_file() -> None:
    from backguide.core.content import FILES, OPTIONAL_FILES

    assert set(FIELD_KINDS) == {*FILES, *OPTIONAL_FILES}


def test_prose_is_what_people_read_and_not_ids_latin_or_citations() -> None:
    texts = prose_texts(content_dir("en"))
    assert "Your pain keeps coming back." in texts
    assert "Deep waist muscle" in texts
    assert not {"quadratus lumborum", "nice-ng59", "moderate", "BackGuide", "L1-L5"} & set(texts)
    assert not any(t.startswith("NICE. Low back pain") for t in texts)


def test_prose_texts_match_the_loaded_guide() -> None:
    content = load_content(content_dir("en"))
    texts = set(prose_texts(content_dir("en")))
    assert content.guide.disclaimer in texts
    assert {s.summary for s in content.steps} <= texts
    assert {a for m in content.movements for a in m.steps} <= texts


def test_prose_leaves_out_empty_text_and_keeps_only_scalars(translated_content: Path) -> None:
    root, _ = read_yaml(str(translated_content / "guide.yaml"), "guide.yaml")
    assert root is not None
    kinds = {field_kind("guide.yaml", field) for field, node in leaves(root)
             if node.kind == SCALAR and field[0] == "translation"}
    assert kinds == {FieldKind.EDITION}
    assert "" not in prose_texts(translated_content)
