"""BackGuide never opens a network connection: not the map, checklist, diary or handouts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).parents[1] / "system" / "probes" / "no_network.py"


def test_app_checklist_diary_and_handout_make_no_connection(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, str(PROBE), str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "attempts 0 qtnetwork False"


def test_the_refusing_socket_really_refuses(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(PROBE), "--self-test"], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.stdout.strip() == "attempts 1"
