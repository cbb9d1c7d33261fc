"""BackGuide's shipped folders, for the app: content and artwork.

``content/`` and ``assets/`` live at the top of a source checkout, inside the
package in an installed wheel (the build copies them there), and beside the
executable's unpacked data in a frozen bundle; :mod:`backguide.core.shipped`
knows which. The interface's compiled translations are always inside the
package (``backguide/translations``).
"""

from __future__ import annotations

from pathlib import Path

from backguide.core.shipped import shipped_folder as _find


def content_dir(locale: str = "en") -> Path:
    """The shipped content folder for ``locale``."""
    return _find("content") / locale


def content_locales() -> list[Path]:
    """Every shipped content folder (``content/en``, ``content/es``...), by language code."""
    root = _find("content")
    return sorted(folder for folder in root.iterdir() if (folder / "guide.yaml").is_file())


def translations_dir() -> Path:
    """The compiled translations of the interface (``backguide_es.qm``...), inside the package."""
    return Path(__file__).resolve().parent / "translations"


def assets_dir() -> Path:
    """The shipped artwork folder."""
    return _find("assets")


def asset(name: str) -> Path:
    """One shipped artwork file, e.g. ``asset("back.svg")``."""
    return assets_dir() / name
