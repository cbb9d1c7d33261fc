"""The movement pictures: one for every movement, made by a script that always draws the same."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from backguide.core.content import load_content
from backguide.paths import asset, assets_dir, content_dir

SVG = "{http://www.w3.org/2000/svg}"


def test_every_movement_has_a_drawing_with_a_title_and_description() -> None:
    for movement in load_content(content_dir()).movements:
        path = asset(f"exercises/{movement.drawing}.svg")
        assert path.is_file(), movement.id
        root = ET.parse(path).getroot()
        assert (root.findtext(f"{SVG}title") or "").strip(), movement.id
        assert len((root.findtext(f"{SVG}desc") or "").strip()) > 20, movement.id


def test_running_the_drawing_script_again_changes_no_file() -> None:
    folder = assets_dir() / "exercises"
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.glob("*.svg")}
    subprocess.run([sys.executable, str(Path(assets_dir()) / "draw_exercises.py")], check=True,
                   timeout=120)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.glob("*.svg")}
    assert after == before
