"""Where BackGuide's own files are: the one place that knows.

``content/`` and ``assets/`` live at the top of a source checkout, inside the
package in an installed wheel (the build copies them there), and beside the
executable's unpacked data in a frozen bundle. :mod:`backguide.paths` gives
the rest of the app its folders from here; the core needs it itself only to
find the app's own English wording, which every guide falls back on.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def roots() -> list[Path]:
    """The folders that may hold ``content/`` and ``assets/``, in the order they are tried."""
    found = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen))
    found.append(_PACKAGE)  # installed wheel: backguide/content, backguide/assets
    found.append(_PACKAGE.parent)  # source checkout or editable install
    return found


def shipped_folder(name: str) -> Path:
    """The shipped folder ``name`` (``content`` or ``assets``); FileNotFoundError if none."""
    for root in roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"BackGuide cannot find its '{name}' folder (looked in "
        + ", ".join(str(r) for r in roots()) + "); the installation is incomplete"
    )
