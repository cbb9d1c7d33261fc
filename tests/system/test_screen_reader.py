"""What a screen reader sees of the map, read over AT-SPI from the running app.

Needs Xvfb, D-Bus, the AT-SPI bus and Debian's python3-pyatspi; they are
installed when missing and this runs as root with apt-get (as on CI),
otherwise the test is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from debian import apt_install
from ui_support import shipped

HERE = Path(__file__).parent / "probes"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"
PACKAGES = ["xvfb", "dbus", "at-spi2-core", "python3-pyatspi", "libxcb-cursor0",
            "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
            "libxcb-xinerama0", "libxcb-shape0", "libxkbcommon-x11-0"]


def _ready() -> bool:
    if not (shutil.which("Xvfb") and shutil.which("dbus-run-session") and BUS_LAUNCHER.exists()
            and Path(SYSTEM_PYTHON).exists()):
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False)
    return probe.returncode == 0


@pytest.fixture(scope="module")
def desktop_tools() -> None:
    if not _ready():
        why = apt_install(PACKAGES)
        if not _ready():
            pytest.skip(f"Xvfb, D-Bus and AT-SPI are not installed, and {why or 'still missing'}")


def test_a_screen_reader_sees_every_region_by_name(desktop_tools, tmp_path: Path) -> None:
    display = f":{random.randint(300, 900)}"
    done = tmp_path / "done"
    script = f"""
        Xvfb {display} -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb=$!
        trap 'kill $xvfb' EXIT
        sleep 1
        dbus-run-session -- sh -c '
            {BUS_LAUNCHER} --launch-immediately >/dev/null 2>&1 &
            "{sys.executable}" "{HERE / 'app_until_done.py'}" "{done}" "{tmp_path / 'data'}" \\
                > "{tmp_path / 'app.log'}" 2>&1 &
            app=$!
            {SYSTEM_PYTHON} "{HERE / 'walk.py'}"
            touch "{done}"
            wait $app
            echo "app exit $?"
        ' 2>/dev/null
    """
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(["sh", "-c", script], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    lines = result.stdout.strip().splitlines()
    assert lines and lines[-1] == "app exit 0", result.stdout + result.stderr
    seen = json.loads(next(line for line in lines if line.startswith("{")))
    assert seen["found"], "the map was not in the accessibility tree"
    content, _, _ = shipped()
    assert seen["role"] == "list"
    assert seen["names"] == [region.name for region in content.regions]
    assert seen["roles"] == ["list item"] and seen["selectable"]
    # Keyboard moves and a choice, with the bridge listening, left the app sound.
    assert "chose upper-thoracic-right" in (tmp_path / "app.log").read_text(encoding="utf-8")
