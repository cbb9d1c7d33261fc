"""backguide.core stays plain Python: it never imports Qt or pyqtgraph."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import backguide.core

CORE = Path(backguide.core.__file__).parent
PROBES = Path(__file__).parents[1] / "system" / "probes"


def test_core_modules_import_without_qt_or_pyqtgraph() -> None:
    modules = [f"backguide.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"]
    result = subprocess.run([sys.executable, str(PROBES / "core_imports.py"), *modules],
                            capture_output=True, text=True, check=True)
    assert len(modules) >= 5
    assert result.stdout.strip() == ""


def test_core_source_never_names_qt() -> None:
    offenders = [p.name for p in CORE.rglob("*.py")
                 if any(word in p.read_text(encoding="utf-8")
                        for word in ("import PySide6", "from PySide6", "import pyqtgraph",
                                     "from pyqtgraph"))]
    assert offenders == []
