"""What a screen reader sees of the map, read over AT-SPI from the running app.

Needs Xvfb, D-Bus, the AT-SPI bus and Debian's python3-pyatspi
(.ci/system-packages installs them); without them the test is skipped with
the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ui_support import shipped

HERE = Path(__file__).parent / "probes"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str:
    """Why the screen reader's side cannot run here ("" when it can)."""
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    missing += [str(path) for path in (BUS_LAUNCHER, Path(SYSTEM_PYTHON)) if not path.exists()]
    if not missing and subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"],
                                      capture_output=True, check=False).returncode != 0:
        missing.append("pyatspi for /usr/bin/python3")
    if missing:
        return (f"{', '.join(missing)} missing (Debian packages xvfb, dbus, at-spi2-core, "
                "python3-pyatspi)")
    return ""


CHOSEN = "upper-thoracic-right"  # where app_until_done.py's keys land on the map
CHOSEN_NAME = shipped()[0].region(CHOSEN).name


def test_a_screen_reader_sees_every_region_by_name(x_display: str, x_server_state: Callable[[], str],
                                                   tmp_path: Path) -> None:
    why = _missing()
    if why:
        pytest.skip(f"no screen reader bus: {why}")
    done = tmp_path / "done"
    script = f"""
        {BUS_LAUNCHER} --launch-immediately >/dev/null 2>&1 &
        "{sys.executable}" "{HERE / 'app_until_done.py'}" "{done}" "{tmp_path / 'data'}" \\
            > "{tmp_path / 'app.log'}" 2>&1 &
        app=$!
        {SYSTEM_PYTHON} "{HERE / 'walk.py'}" "{CHOSEN_NAME}"
        touch "{done}"
        wait $app
        echo "app exit $?"
    """
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "PYTHONFAULTHANDLER": "1"}  # an abort says where, in app.log
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    lines = result.stdout.strip().splitlines()
    log = tmp_path / "app.log"
    app_said = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    assert lines and lines[-1] == "app exit 0", (
        f"{result.stdout}{result.stderr}\napp:\n{app_said[-4000:]}\nX server: {x_server_state()}")
    seen = json.loads(next(line for line in lines if line.startswith("{")))
    assert seen["found"], "the map was not in the accessibility tree"
    content, _, _ = shipped()
    assert seen["role"] == "list"
    assert seen["names"] == [region.name for region in content.regions]
    assert seen["roles"] == ["list item"] and seen["selectable"]
    # Every control a keyboard can reach tells a screen reader what it is.
    assert seen["unnamed_focusable"] == []
    # The panel's title is a heading; so are the headings inside its text ("Try first", each
    # step's title), and its links are links, each named by its words (the movements page
    # is open: its pictures and titles are links).
    words = content.words
    assert CHOSEN_NAME in seen["headings"]
    assert {words.text("help_groups.try-first"), words.text("help_groups.may-help")} \
        <= set(seen["headings"]), seen["headings"]
    level = content.region(CHOSEN).level.id
    titles = [m.title for m in content.movements if level in m.levels]
    assert titles and {f"Picture: {title}" for title in titles} | set(titles) \
        <= set(seen["links"]), seen["links"]
    # Keyboard moves and a choice, with the bridge listening, left the app sound.
    assert f"chose {CHOSEN}" in (tmp_path / "app.log").read_text(encoding="utf-8")
