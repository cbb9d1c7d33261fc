"""Goes through the relief checklist and the pain diary with the keyboard only, reading
BackGuide's accessibility tree over AT-SPI at every page, as a screen reader would.

Runs under Debian's own Python (python3-pyatspi), inside a D-Bus session on a
private X server: the test sets DISPLAY and starts this under dbus-run-session.
Starts the AT-SPI bus and BackGuide, gives each window that opens the keyboard
as a window manager would, presses keys with xdotool and, after each key,
waits until the tree shows what the key did (the focus moved, an answer was
chosen) rather than for a fixed time. Records the tree of every checklist page
and of the diary, takes a few screenshots, quits with Ctrl+Q and prints one
JSON object (the test checks it).

argv: a working folder, BackGuide's data folder, the Python that runs BackGuide,
the walk as JSON: {"region": list item to choose, "downs": Down presses from
the list's first item, "step_note": ..., "diary_pain": digit, "diary_note": ...}.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pyatspi
from processes import stop_all

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
WAIT = 15.0  # seconds for one thing to show in the tree (a busy machine is slow, not broken)
STATES = {"focused": pyatspi.STATE_FOCUSED, "focusable": pyatspi.STATE_FOCUSABLE,
          "showing": pyatspi.STATE_SHOWING, "checked": pyatspi.STATE_CHECKED,
          "enabled": pyatspi.STATE_ENABLED}
Row = dict[str, Any]  # one object of the tree: its role, name, states, ...
Node = Any  # an AT-SPI object (pyatspi has no type hints)

work, data, app_python = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
walk = json.loads(sys.argv[4])
started = time.monotonic()
children: list[subprocess.Popen[bytes]] = []
app: subprocess.Popen[bytes] | None = None  # BackGuide
result: dict[str, Any] = {"pages": [], "screenshots": {}, "tabs": [], "answers": [], "times": {}}
stage = ["starting"]  # what the walk was doing, for the error message


def mark(moment: str) -> None:
    """Note how long the walk has taken by this moment."""
    result["times"][moment] = round(time.monotonic() - started, 1)


def spawn(args: list[str], log_name: str, **env: str) -> subprocess.Popen[bytes]:
    log = open(work / log_name, "w")  # noqa: SIM115  # closed when the process ends
    child = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **env})
    children.append(child)
    return child


def xdotool(*args: str) -> str:
    return subprocess.run(["xdotool", *args], check=True, capture_output=True, text=True,
                          timeout=WAIT + 5).stdout.strip()


def keys(*names: str) -> None:
    xdotool("key", "--delay", "30", *names)


def give_keyboard(title: str) -> str:
    """Give the window of this exact title the keyboard, as a window manager does; its id."""
    deadline = time.monotonic() + WAIT
    while True:
        try:
            found = xdotool("search", "--sync", "--onlyvisible", "--name", f"^{re.escape(title)}$")
            break
        except subprocess.CalledProcessError:
            # xdotool gives up at once when it cannot reach the X server yet (seen
            # once in CI, on a busy machine, just after the server started): try again.
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    xdotool("windowfocus", "--sync", found.split()[0])
    return found.split()[0]


def wait_for(test: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
    """What ``test`` returns once it is truthy; TimeoutError naming ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            found = test()
        except Exception:  # an object went away between two calls: ask again  # noqa: BLE001
            found = None
        if found:
            return found
        if app is not None and app.poll() is not None:
            raise RuntimeError(f"BackGuide ended (exit {app.returncode}) while waiting for "
                               f"{what} ({stage[0]})")
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} after {timeout:.0f} s ({stage[0]})")
        time.sleep(0.03)


# -- reading the tree --------------------------------------------------------------


def application() -> Node | None:
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == "BackGuide":
            return app
    return None


def window(title: str) -> Node | None:
    """BackGuide's showing window (frame or dialog) of this title, or None."""
    app = application()
    if app is None:
        return None
    for index in range(app.childCount):
        child = app.getChildAtIndex(index)
        if child is not None and child.name.endswith(title) \
                and child.getState().contains(pyatspi.STATE_SHOWING):
            return child
    return None


def nodes(node: Node | None, parent: Node | None = None,
          depth: int = 0) -> Iterator[tuple[Node, Node | None, int]]:
    """Every object under ``node``: (object, its parent, depth)."""
    if node is None or depth > 40:
        return
    yield node, parent, depth
    for index in range(node.childCount):
        yield from nodes(node.getChildAtIndex(index), node, depth + 1)


def states(node: Node) -> list[str]:
    have = node.getState()
    return [name for name, state in STATES.items() if have.contains(state)]


def row(node: Node, parent: Node | None, depth: int) -> Row:
    return {"depth": depth, "role": node.getRoleName(), "name": node.name or "",
            "description": node.description or "", "states": states(node),
            "parent": parent.name if parent is not None else ""}


def tree(title: str) -> list[Row]:
    """The window's tree, one row per object, in document order."""
    return [row(*entry) for entry in nodes(window(title))]


def focused(title: str) -> list[Row]:
    """The objects in the window that have the keyboard focus.

    A list and its current item both say they are focused: the item is what
    has the focus, so an object with a focused one below it is left out. Qt
    also calls some objects focused that cannot have the focus: a text
    browser's inner viewport (it passes the focus on to the browser), a tab
    bar's current tab while the focus is elsewhere, and a combo box's current
    item inside its closed (not showing) popup list. Those are left out too.
    """
    found: list[tuple[Row, Node]] = []
    path: list[tuple[Node, bool]] = []  # the objects above the current one, and it
    for node, parent, depth in nodes(window(title)):
        del path[depth:]
        have = node.getState()
        path.append((node, have.contains(pyatspi.STATE_SHOWING)))
        if not (have.contains(pyatspi.STATE_FOCUSED) and have.contains(pyatspi.STATE_FOCUSABLE)
                and all(showing for _, showing in path)):
            continue
        if node.getRoleName() == "page tab" and parent is not None \
                and not parent.getState().contains(pyatspi.STATE_FOCUSED):
            continue
        above = [obj for obj, _ in path[:-1]]
        found = [(seen, obj) for seen, obj in found if obj not in above]
        found.append((row(node, parent, depth), node))
    return [seen for seen, _ in found]


def focus(title: str) -> Row | None:
    """The object with the keyboard focus in the window, if any."""
    found = focused(title)
    return found[0] if found else None


def focus_is(title: str, role: str, name: str | None = None, parent: str | None = None,
             not_name: str | None = None) -> Callable[[], Row | None]:
    """A test for wait_for: the focus is on this kind of object."""
    def test() -> Row | None:
        now = focus(title)
        if now is None or now["role"] != role:
            return None
        if (name is not None and now["name"] != name) or (parent is not None and now["parent"] != parent):
            return None
        return None if not_name is not None and now["name"] == not_name else now
    return test


def moved_from(title: str, before: Row | None, role: str | None = None) -> Row | None:
    """A test for wait_for: the focus has moved on from ``before`` (to an object of ``role``)."""
    now = focus(title)
    return now if now is not None and now != before and role in (None, now["role"]) else None


def scored(title: str, name: str, words: str) -> Row | None:
    """A test for wait_for: the focused slider ``name`` says it is at this score."""
    now = focus(title)
    return now if now is not None and now["name"] == name \
        and now["description"].startswith(words) else None


def checked(title: str, role: str, name: str, parent: str | None = None) -> bool:
    return any(r["role"] == role and r["name"] == name and "checked" in r["states"]
               and (parent is None or r["parent"] == parent) for r in tree(title))


# -- recording ---------------------------------------------------------------------


def screenshot(name: str) -> None:
    path = work / f"{name}.png"
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(path)], check=True, timeout=WAIT)
    else:  # ImageMagick missing: let Qt grab the screen
        subprocess.run([app_python, "-c", "import sys\nfrom PySide6.QtGui import QGuiApplication\n"
                        "a = QGuiApplication(sys.argv[:1])\n"
                        "sys.exit(not a.primaryScreen().grabWindow(0).save(sys.argv[1]))",
                        str(path)], check=True, timeout=WAIT,
                       env={**os.environ, "QT_QPA_PLATFORM": "xcb"})
    result["screenshots"][name] = str(path)


def record(title: str, kind: str, heading: str) -> list[Row]:
    rows = tree(title)
    result["pages"].append({"window": title, "kind": kind, "heading": heading, "tree": rows,
                            "focused": focused(title)})
    return rows


CHECKLIST = "Relief checklist"


def new_page(previous: str) -> str:
    """Wait until the checklist shows a new page (its heading has the focus); its heading."""
    now: Row = wait_for(focus_is(CHECKLIST, "heading", not_name=previous), "new checklist page")
    return str(now["name"])


def tab_to(title: str, role: str, name: str | None = None, parent: str | None = None,
           most: int = 40) -> Row:
    """Press Tab until the focus is on this object; every stop on the way is kept."""
    before = focus(title)
    for _ in range(most):
        keys("Tab")
        here: Row = wait_for(partial(moved_from, title, before),
                             f"focus moved by Tab after {before and before['name']!r}")
        before = here
        result["tabs"].append({"window": title, **here})
        if here["role"] == role and (name is None or here["name"] == name) \
                and (parent is None or here["parent"] == parent):
            return here
    raise TimeoutError(f"Tab never reached {role} {name!r} in {parent!r} ({stage[0]})")


def radio(panel: Node, state: Any) -> str | None:
    """The name of the panel's radio button in this state (focused, checked), or None."""
    for index in range(panel.childCount):
        child = panel.getChildAtIndex(index)
        if child is not None and child.getRoleName() == "radio button" \
                and child.getState().contains(state):
            return str(child.name)
    return None


def radio_is(panel: Node, state: Any, name: str) -> bool:
    return radio(panel, state) == name


def answer_safety_questions() -> None:
    """Tab to each question, arrow to "No", Space chooses it.

    The page stays while the questions are answered (all "No"), so each
    question's group is read once and then only its two buttons are asked.
    """
    panels = [node for node, _, _ in nodes(window(CHECKLIST)) if node.getRoleName() == "panel"
              and any(node.getChildAtIndex(i).getRoleName() == "radio button"
                      for i in range(node.childCount))]
    for panel in panels:
        question = panel.name
        stage[0] = f"answering {question!r}"
        keys("Tab")
        on_tab = wait_for(partial(radio, panel, pyatspi.STATE_FOCUSED),
                          f"focus in the question {question!r} after Tab")
        keys("Right")
        wait_for(partial(radio_is, panel, pyatspi.STATE_FOCUSED, "No"), f"'No' focused in {question!r}")
        keys("space")
        wait_for(partial(radio_is, panel, pyatspi.STATE_CHECKED, "No"), f"'No' chosen in {question!r}")
        result["answers"].append({"question": question, "on_tab": on_tab, "chosen": "No"})


def about_you(rows: list[Row]) -> None:
    """Choose the first answer of each question with Tab and Space; tick the first caution."""
    groups = [r["name"] for r in rows if r["role"] == "panel" and any(
        c["role"] in ("radio button", "check box") and c["parent"] == r["name"] for c in rows)]
    for group in groups:
        stage[0] = f"about you: {group!r}"
        here = tab_to(CHECKLIST, "radio button", parent=group) if any(
            c["role"] == "radio button" and c["parent"] == group for c in rows) \
            else tab_to(CHECKLIST, "check box", parent=group)
        keys("space")
        wait_for(partial(checked, CHECKLIST, here["role"], here["name"], group),
                 f"{here['name']!r} chosen in {group!r}")
        result["answers"].append({"question": group, "on_tab": here["name"], "chosen": here["name"]})


def mark_step() -> None:
    """Mark the step done, give pain before and after with digits, write a note, go on."""
    here = tab_to(CHECKLIST, "radio button", "Done", "How did it go?")
    keys("space")
    wait_for(partial(checked, CHECKLIST, "radio button", "Done", "How did it go?"), "step marked done")
    result["answers"].append({"question": "How did it go?", "on_tab": here["name"], "chosen": "Done"})
    for key, score in (("alt+p", "6"), ("alt+t", "3")):
        before = focus(CHECKLIST)
        keys(key)
        slider = wait_for(partial(moved_from, CHECKLIST, before, "slider"),
                          f"a pain slider focused by {key}")
        keys(score)
        wait_for(partial(scored, CHECKLIST, slider["name"], f"{score} out of 10"),
                 f"{slider['name']!r} set to {score}")
    keys("alt+e")
    wait_for(focus_is(CHECKLIST, "text", "Note"), "the note focused by Alt+E")
    xdotool("type", "--delay", "10", walk["step_note"])


def checklist() -> None:
    stage[0] = "opening the checklist with Ctrl+K"
    keys("ctrl+k")
    give_keyboard(CHECKLIST)
    heading = new_page("")
    mark("checklist open")
    record(CHECKLIST, "red-flags", heading)
    screenshot("gate")
    answer_safety_questions()
    record(CHECKLIST, "red-flags answered", heading)
    mark("safety questions answered")
    stage[0] = "going on from the safety questions with Alt+N"
    keys("alt+n")
    heading = new_page(heading)
    rows = record(CHECKLIST, "about-you", heading)
    about_you(rows)
    stage[0] = "leaving 'About you' with Enter"
    keys("Return")  # the default button, Next
    heading = new_page(heading)
    marked = False
    for _ in range(40):  # pages; a checklist has far fewer
        stage[0] = f"on {heading!r}"
        if heading == "Summary":
            record(CHECKLIST, "summary", heading)
            screenshot("summary")
            mark("summary")
            break
        rows = record(CHECKLIST, "step" if heading.startswith("Step ") else "others", heading)
        if heading.startswith("Step ") and not marked:
            screenshot("step")
            mark_step()
            marked = True
            stage[0] = f"leaving {heading!r} with Enter in its note"
        else:
            stage[0] = f"leaving {heading!r} with Enter"
        keys("Return")  # the default button, Next (the note, if any, is saved on the way)
        heading = new_page(heading)
    else:
        raise RuntimeError("the checklist never reached its summary")
    stage[0] = "finishing with Enter"
    keys("Return")
    wait_for(lambda: window(CHECKLIST) is None, "checklist closed by Finish")


def diary(main_window: str, main_title: str) -> None:
    stage[0] = "opening the diary from its menu (Alt+D, D)"
    xdotool("windowfocus", "--sync", main_window)
    keys("alt+d")
    wait_for(lambda: any(r["role"] == "menu item" and r["name"] == "Pain diary…"
                         and "showing" in r["states"] for r in tree(main_title)), "the Diary menu")
    keys("d")
    give_keyboard("Pain diary")
    title = "Pain diary"
    wait_for(lambda: focus(title), "focus in the diary")
    stage[0] = "logging pain in the diary"
    keys("alt+p")
    wait_for(focus_is(title, "slider", "Pain from 0 to 10"), "the pain slider focused by Alt+P")
    keys(str(walk["diary_pain"]))
    wait_for(partial(scored, title, "Pain from 0 to 10", f"{walk['diary_pain']}, "),
             f"pain {walk['diary_pain']} on the slider")
    keys("alt+o")
    wait_for(focus_is(title, "text", "Note"), "the note focused by Alt+O")
    xdotool("type", "--delay", "10", walk["diary_note"])
    keys("Return")  # the default button: Add
    wait_for(lambda: any(walk["diary_note"] in r["name"] for r in tree(title)),
             "the new entry in the diary's list")
    record(title, "diary", title)
    screenshot("diary")
    mark("pain logged")
    stage[0] = "closing the diary with Escape"
    keys("Escape")
    wait_for(lambda: window(title) is None, "diary closed by Escape")


try:
    spawn([BUS_LAUNCHER, "--launch-immediately"], "bus.log")
    app = spawn([app_python, "-m", "backguide"], "app.log", QT_QPA_PLATFORM="xcb",
                QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", BACKGUIDE_DATA_DIR=str(data),
                LANG="en_GB.UTF-8", LC_ALL="")
    stage[0] = "waiting for the main window"
    main_window = give_keyboard("BackGuide")
    # The diary and checklist store opens just after the first frame: a checklist
    # begun before it would not be saved.
    wait_for(lambda: (data / "backguide.sqlite3").exists(), "data store")
    mark("BackGuide ready")
    stage[0] = "choosing a region from the list"
    keys("Tab")
    wait_for(focus_is("BackGuide", "list item"), "focus in the list of regions")
    keys(*["Down"] * walk["downs"])
    wait_for(focus_is("BackGuide", "list item", walk["region"]), f"{walk['region']!r} focused")
    keys("Return")
    main_title = f"{walk['region']} \u2013 BackGuide"
    wait_for(lambda: window(main_title), "the main window titled after the region")
    checklist()
    diary(main_window, main_title)
    stage[0] = "quitting with Ctrl+Q"
    xdotool("windowfocus", "--sync", main_window)
    keys("ctrl+q")
    result["app_exit"] = app.wait(timeout=WAIT)
    mark("quit")
except Exception as error:  # reported to the test, with what was recorded so far
    result["error"] = f"{type(error).__name__}: {error}"
    try:  # where the keyboard was, to tell a lost focus from a slow one
        app_node = application()
        result["focus_at_error"] = {w.name: focused(w.name) for w in app_node or [] if w is not None}
    except Exception as failure:  # noqa: BLE001
        result["focus_at_error"] = repr(failure)
finally:
    result["seconds"] = round(time.monotonic() - started, 1)
    stop_all(children)
    print(json.dumps(result))
