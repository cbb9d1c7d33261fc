"""The one place that finds BackGuide's shipped files.

``content/`` and ``assets/`` live at the top of a source checkout, inside the
package in an installed wheel (the build copies them there), and beside the
executable's unpacked data in a frozen bundle. The interface's compiled
translations are always inside the package (``backguide/translations``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE)  # installed wheel: backguide/content, backguide/assets
    roots.append(_PACKAGE.parent)  # source checkout or editable install
    return roots


def _find(name: str) -> Path:
    for root in _roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"BackGuide cannot find its '{name}' folder (looked in "
        + ", ".join(str(r) for r in _roots()) + "); the installation is incomplete"
    )


def content_dir(locale: str = "en") -> Path:
    """The shipped content folder for ``locale``."""
    return _find("content") / locale


def content_locales() -> list[Path]:
    """Every shipped content folder (``content/en``, ``content/es``...), by language code."""
    root = _find("content")
    return sorted(folder for folder in root.iterdir() if (folder / "guide.yaml").is_file())


def translations_dir() -> Path:
    """The compiled translations of the interface (``backguide_es.qm``...), inside the package."""
    return _PACKAGE / "translations"


def assets_dir() -> Path:
    """The shipped artwork folder."""
    return _find("assets")


def asset(name: str) -> Path:
    """One shipped artwork file, e.g. ``asset("back.svg")``."""
    return assets_dir() / name
