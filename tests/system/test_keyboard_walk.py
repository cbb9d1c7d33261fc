"""The whole relief checklist and the pain diary, with the keyboard alone, as a screen reader sees them.

BackGuide runs on a private X server with its accessibility bridge on, in its
own D-Bus session with the AT-SPI bus. The probe (probes/keyboard_walk.py,
under Debian's Python for pyatspi) presses only keys, with xdotool: it chooses
a low-back region from the list, opens the checklist with Ctrl+K, answers every
safety question "No", fills in "About you", goes through every step page
(marking one step done with pain scores and a note), finishes on the summary,
logs pain in the diary and quits with Ctrl+Q. At every checklist page and in
the diary it reads the window's accessibility tree. The walk runs once for
this module; each test reads one thing from it. Run with ``-s`` to see each
tree, the tab stops, the screenshots' paths and the time taken.

Needs Xvfb, D-Bus, the AT-SPI bus, xdotool and Debian's python3-pyatspi
(.ci/system-packages installs them); without them the tests are skipped with
the reason (and fail under CI=true). Screenshots use ImageMagick's ``import``
when it is there, else Qt.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ui_support import shipped

HERE = Path(__file__).parent / "probes"
SOURCE = Path(__file__).parents[2]  # the app under test is this checkout's
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"
STEP_NOTE = "Easier after a short walk"
DIARY_NOTE = "Stiff after sitting at my desk"
DIARY_PAIN = 7
Row = dict[str, Any]  # one object of a window's tree, as the probe saw it
Page = dict[str, Any]  # a window as the probe saw it: its tree, its focus, its heading


@dataclass(frozen=True)
class Walk:
    """What the probe saw and did, and where BackGuide kept its data."""

    seen: dict[str, Any]
    data: Path
    region_id: str

    @property
    def pages(self) -> list[Page]:
        return list(self.seen["pages"])

    def page(self, kind: str) -> Page:
        return next(page for page in self.pages if page["kind"] == kind)


def _missing() -> str:
    """Why the keyboard walk cannot run here ("" when it can)."""
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "xdotool") if shutil.which(tool) is None]
    missing += [str(path) for path in (BUS_LAUNCHER, Path(SYSTEM_PYTHON)) if not path.exists()]
    if not missing and subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"],
                                      capture_output=True, check=False).returncode != 0:
        missing.append("pyatspi for /usr/bin/python3")
    return (f"{', '.join(missing)} missing (Debian packages xvfb, dbus, at-spi2-core, xdotool, "
            "python3-pyatspi)") if missing else ""


def _print_walk(seen: dict[str, Any]) -> None:
    for page in seen["pages"]:
        print(f"\n--- {page['kind']}: {page['heading']} ---")
        for row in page["tree"]:
            marks = [s for s in ("focused", "focusable", "showing", "checked") if s in row["states"]]
            print(f"{'  ' * row['depth']}{row['role']} {row['name']!r} [{', '.join(marks)}]")
    print("\nTab stops on the way:", " / ".join(
        f"{stop['role']} {stop['name']!r} (in {stop['parent']!r})" for stop in seen["tabs"]))
    for name, path in seen["screenshots"].items():
        print(f"screenshot {name}: {path}")
    print("Seconds from the start:", ", ".join(f"{moment} {at}" for moment, at in seen["times"].items()),
          f"(all done {seen['seconds']})")


@pytest.fixture(scope="module")
def walk(x_display: str, tmp_path_factory: pytest.TempPathFactory) -> Walk:
    """BackGuide gone through with the keyboard alone, once for this module."""
    why = _missing()
    if why:
        pytest.skip(f"no keyboard walk: {why}")
    work = tmp_path_factory.mktemp("keyboard-walk")
    content, _, _ = shipped()
    regions = list(content.regions)
    low_back = next(region for region in regions if region.id.startswith("lumbar"))
    data = work / "data"
    plan = {"region": low_back.name, "downs": regions.index(low_back), "step_note": STEP_NOTE,
            "diary_pain": DIARY_PAIN, "diary_note": DIARY_NOTE}
    env = {**os.environ, "DISPLAY": x_display, "XDG_CONFIG_HOME": str(work / "cfg"),
           "XDG_CACHE_HOME": str(work / "cache"), "XDG_DATA_HOME": str(work / "share"),
           "PYTHONPATH": os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]).rstrip(
               os.pathsep)}
    result = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "keyboard_walk.py"), str(work),
         str(data), sys.executable, json.dumps(plan)],
        env=env, capture_output=True, text=True, timeout=150, check=False, cwd=work)
    try:
        seen = json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        pytest.fail(f"the walk printed no result: {result.stdout[-2000:]}{result.stderr[-2000:]}")
    _print_walk(seen)
    app_log = (work / "app.log").read_text(encoding="utf-8", errors="replace")
    if "error" in seen:
        pytest.fail(f"{seen['error']}\nfocus then: {seen.get('focus_at_error')}\n"
                    f"app:\n{app_log[-3000:]}")
    assert seen["app_exit"] == 0, f"Ctrl+Q ended BackGuide with {seen['app_exit']}:\n{app_log[-3000:]}"
    assert "Traceback" not in app_log, app_log
    assert seen["seconds"] < 60, "the walk should take well under a minute"
    return Walk(seen, data, low_back.id)


def _checklist_pages(walk: Walk) -> list[Page]:
    return [page for page in walk.pages if page["window"] == "Relief checklist"]


def _children(page: Page, parent_at: int) -> list[Row]:
    """The rows right under row ``parent_at`` of the page's tree."""
    rows, depth = page["tree"], page["tree"][parent_at]["depth"]
    below = []
    for row in rows[parent_at + 1:]:
        if row["depth"] <= depth:
            break
        if row["depth"] == depth + 1:
            below.append(row)
    return below


def _questions_asked(page: Page) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each group on the page that holds radio buttons: its name and its buttons (role, name)."""
    groups = []
    for at, row in enumerate(page["tree"]):
        radios = [(c["role"], c["name"]) for c in _children(page, at) if c["role"] == "radio button"]
        if radios:
            groups.append((f"{row['role']} {row['name']}", radios))
    return groups


def _expected(region_id: str) -> tuple[list[str], list[str]]:
    """The safety questions and the page titles the checklist has for this region, given
    the walk's answers (all "No", the first choice of each "About you" question)."""
    from backguide.core.checklist import Checklist
    from backguide.core.model import Duration
    from backguide.core.step_order import WorkStatus

    content, _, _ = shipped()
    checklist = Checklist(content, region_id, None)
    for flag in checklist.questions:
        checklist.answer_flag(flag.id, False)
    checklist.set_duration(next(iter(Duration)))
    checklist.set_work(next(iter(WorkStatus)))
    checklist.answer_caution(checklist.caution_questions[0].id, True)
    return ([flag.question for flag in checklist.questions],
            [f"{page.label}: {page.step.step.title}" if page.step else page.label
             for page in checklist.pages])


# -- where the keyboard went ----------------------------------------------------------


def test_the_keyboard_reached_every_page_from_the_questions_to_the_summary(walk: Walk) -> None:
    _, titles = _expected(walk.region_id)
    headings = [page["heading"] for page in _checklist_pages(walk)
                if page["kind"] != "red-flags answered"]
    assert headings == titles
    assert len(titles) > 5 and titles[0] == "Warning signs" and titles[-1] == "Summary"


def test_each_new_page_gives_its_heading_the_focus(walk: Walk) -> None:
    for page in _checklist_pages(walk):
        if page["kind"] == "red-flags answered":
            continue  # the same page, worked on
        assert [(f["role"], f["name"]) for f in page["focused"]] == [("heading", page["heading"])]


def test_on_every_page_one_named_object_has_the_focus(walk: Walk) -> None:
    for page in walk.pages:
        assert len(page["focused"]) == 1, f"{len(page['focused'])} focused on {page['heading']!r}"
        assert page["focused"][0]["name"].strip(), page["focused"][0]


def test_no_page_has_an_unnamed_object_the_keyboard_can_reach(walk: Walk) -> None:
    for page in walk.pages:
        unnamed = [f"{row['role']} in {row['parent']!r}" for row in page["tree"]
                   if {"focusable", "showing"} <= set(row["states"]) and not row["name"].strip()]
        assert unnamed == [], page["heading"]
    assert [stop for stop in walk.seen["tabs"] if not stop["name"].strip()] == []


# -- the safety questions -------------------------------------------------------------


def test_each_safety_question_is_a_group_named_by_the_question_with_yes_and_no(walk: Walk) -> None:
    questions, _ = _expected(walk.region_id)
    asked = _questions_asked(walk.page("red-flags"))
    assert sorted(name for name, _ in asked) == sorted(f"panel {q}" for q in questions)
    assert all(radios == [("radio button", "Yes"), ("radio button", "No")] for _, radios in asked)


def test_every_radio_button_of_the_checklist_is_in_a_named_group(walk: Walk) -> None:
    for page in _checklist_pages(walk):
        for group, _ in _questions_asked(page):
            assert group.startswith("panel ") and group.removeprefix("panel ").strip(), page["heading"]


def test_tab_goes_from_question_to_question_and_space_chooses_the_answer_arrowed_to(
        walk: Walk) -> None:
    questions, _ = _expected(walk.region_id)
    answers = walk.seen["answers"][:len(questions)]
    asked = [name.removeprefix("panel ") for name, _ in _questions_asked(walk.page("red-flags"))]
    assert [answer["question"] for answer in answers] == asked
    assert {answer["on_tab"] for answer in answers} == {"Yes"}  # Tab lands on a question's first answer
    chosen = [(row["parent"], row["name"]) for row in walk.page("red-flags answered")["tree"]
              if row["role"] == "radio button" and "checked" in row["states"]]
    assert chosen == [(question, "No") for question in asked]


# -- what was kept ----------------------------------------------------------------------


def test_what_was_entered_with_the_keyboard_is_saved(walk: Walk) -> None:
    questions, _ = _expected(walk.region_id)
    # closing(): a connection's own "with" only commits, and Python 3.13 fails the
    # run on a connection left to the garbage collector.
    with closing(sqlite3.connect(walk.data / "backguide.sqlite3")) as db:
        runs = db.execute("SELECT region_id, status FROM checklist_run").fetchall()
        answers = db.execute("SELECT answer FROM flag_answer").fetchall()
        progress = db.execute("SELECT state, pain_before, pain_after, note FROM step_progress").fetchall()
        entries = db.execute("SELECT pain, region_id, note FROM diary_entry").fetchall()
    assert runs == [(walk.region_id, "finished")]
    assert answers == [(0,)] * len(questions)
    assert progress == [("done", 6, 3, STEP_NOTE)]
    assert entries == [(DIARY_PAIN, walk.region_id, DIARY_NOTE)]


def test_the_pain_logged_with_the_keyboard_is_in_the_diarys_list(walk: Walk) -> None:
    cells = [row["name"] for row in walk.page("diary")["tree"] if row["role"] == "table cell"]
    assert DIARY_NOTE in cells and f"{DIARY_PAIN} (severe)" in cells


def test_screenshots_were_taken_for_a_person_to_look_at(walk: Walk) -> None:
    for name in ("gate", "step", "summary", "diary"):
        assert Path(walk.seen["screenshots"][name]).stat().st_size > 0
