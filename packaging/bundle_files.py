"""The files the bundle ships beside BackGuide's code, read by backguide.spec.

Every content file but the authors' notes, every drawing (the body map and the
movements), and the interface's compiled translations, each in the folder
where ``backguide.paths`` looks for it inside the bundle.
"""

from __future__ import annotations

from pathlib import Path


def data_files(root: Path) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for each shipped data file of the checkout at ``root``."""
    files = [*sorted((root / "content").rglob("*.yaml")),
             *sorted((root / "assets").rglob("*.svg"))]
    found = [(str(path), str(path.parent.relative_to(root))) for path in files]
    found += [(str(path), "backguide/translations")
              for path in sorted((root / "backguide" / "translations").glob("*.qm"))]
    return found
