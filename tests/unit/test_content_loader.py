"""The content loader reports every mistake an author can make, with its place."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from backguide.core.content import FILES, OPTIONAL_FILES, load_content
from backguide.core.errors import ContentError
from backguide.core.yamlread import MAX_FILE_BYTES

DATA = Path(__file__).parents[1] / "data"
BROKEN = sorted((DATA / "broken").glob("*.yaml"))


def _expectation(sample: Path) -> tuple[int, str]:
    first = sample.read_bytes().split(b"\n", 1)[0].decode("ascii")
    match = re.fullmatch(r"# expect (\d+): (.+)", first)
    assert match, f"{sample.name} must start with '# expect LINE: message'"
    return int(match.group(1)), match.group(2)


def _load_problems(folder: Path) -> list:
    with pytest.raises(ContentError) as caught:
        load_content(folder)
    return caught.value.problems


def test_minimal_content_loads(minimal_content: Path) -> None:
    content = load_content(minimal_content)
    assert [r.id for r in content.regions] == ["lumbar-left", "lumbar-right"]
    assert content.regions[0].name == "Waist level, left"
    assert content.muscles["waist-muscle"].essential_zones == ("buttock",)
    assert content.steps[0].caution_keys == {"blood-thinners"}


@pytest.mark.parametrize("sample", BROKEN, ids=[s.stem for s in BROKEN])
def test_broken_file_is_reported_with_file_line_and_message(
        sample: Path, minimal_content: Path) -> None:
    target = sample.name.split("--")[0]
    line, message = _expectation(sample)
    shutil.copyfile(sample, minimal_content / target)
    problems = _load_problems(minimal_content)
    matching = [p for p in problems if message in p.message]
    assert matching, f"no problem says {message!r}; got {[str(p) for p in problems]}"
    assert matching[0].file == str(minimal_content / target)
    assert matching[0].line == line
    assert str(matching[0]).startswith(f"{minimal_content / target}:{line}:")


def test_every_problem_is_collected_not_only_the_first(minimal_content: Path) -> None:
    for name in ("zones.yaml--unknown-key.yaml", "steps.yaml--bad-grade.yaml",
                 "red_flags.yaml--missing-key.yaml"):
        shutil.copyfile(DATA / "broken" / name, minimal_content / name.split("--")[0])
    files = {Path(p.file).name for p in _load_problems(minimal_content)}
    assert {"zones.yaml", "steps.yaml", "red_flags.yaml"} <= files


def test_missing_file_is_named(minimal_content: Path) -> None:
    (minimal_content / "steps.yaml").unlink()
    problems = _load_problems(minimal_content)
    assert [str(p) for p in problems] == [f"{minimal_content / 'steps.yaml'}:1:1: the file is missing"]


def test_folder_without_content_is_refused(tmp_path: Path) -> None:
    problems = _load_problems(tmp_path)
    assert "holds no content files" in problems[0].message


def test_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    problems = _load_problems(tmp_path / "nowhere")
    assert problems[0].message == "no such content folder"


def test_oversized_file_is_refused_without_parsing(minimal_content: Path) -> None:
    with open(minimal_content / "zones.yaml", "a", encoding="utf-8") as f:
        f.write("#" * (MAX_FILE_BYTES + 1))
    problems = _load_problems(minimal_content)
    assert "content files are limited to 1 MB" in problems[0].message


def test_alias_bomb_is_refused_quickly(minimal_content: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    (minimal_content / "guide.yaml").write_text("\n".join(lines), encoding="utf-8")
    problems = _load_problems(minimal_content)
    assert any("anchors (&a0) are not allowed" in p.message for p in problems)


def test_error_text_lists_one_problem_per_line(minimal_content: Path) -> None:
    (minimal_content / "steps.yaml").unlink()
    (minimal_content / "zones.yaml").unlink()
    with pytest.raises(ContentError) as caught:
        load_content(minimal_content)
    assert len(caught.value.text().splitlines()) == 2
    assert caught.value.html().count("<li>") == 2


def test_every_content_file_is_covered_by_a_broken_sample() -> None:
    covered = {s.name.split("--")[0] for s in BROKEN}
    assert covered >= {"zones.yaml", "steps.yaml", "regions.yaml", "muscles.yaml",
                       "guide.yaml", "sources.yaml", "red_flags.yaml", "cautions.yaml"}
    assert covered <= set(FILES) | set(OPTIONAL_FILES)
