"""A ready-made copy of the checked guide, so the app starts without re-reading YAML.

Reading and checking every content file costs more than everything else the
app does before its first paint. The checked result is kept in the user's
cache folder under a key made from every input file's size and modification
time and the app's version; any change to them means a new key, so an edited
content folder is always read and checked again. Errors are never cached.
The cache is the user's own file in their own cache folder, which is why
pickle (fast, and able to rebuild the frozen dataclasses) is acceptable here.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

from backguide import __version__
from backguide.core.artwork import Artwork, load_artwork
from backguide.core.model import Content

_PREFIX = "guide-"
_MODULES = ("model.py", "artwork.py", "content.py", "fields.py", "guide_cache.py")


def _key(folder: Path, svg_path: Path) -> str:
    digest = hashlib.sha256(f"{__version__}|{sys.version}".encode())
    files = sorted(folder.glob("*.yaml")) + [svg_path]
    files += [Path(__file__).with_name(name) for name in _MODULES]
    for path in files:
        stat = path.stat()
        digest.update(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def load_guide_cached(folder: str | os.PathLike[str], svg_path: str | os.PathLike[str],
                      cache_dir: str | os.PathLike[str] | None) -> tuple[Content, Artwork]:
    """The checked guide and drawing, from the cache when nothing has changed.

    Raises what :func:`backguide.core.content.load_guide` and
    :func:`backguide.core.artwork.load_artwork` raise.
    """
    folder, svg = Path(folder), Path(svg_path)
    cache_file = None
    if cache_dir is not None:
        try:
            cache_file = Path(cache_dir) / f"{_PREFIX}{_key(folder, svg)}.pickle"
            cached = pickle.loads(cache_file.read_bytes())
            if isinstance(cached, tuple) and len(cached) == 2 \
                    and isinstance(cached[0], Content) and isinstance(cached[1], Artwork):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                TypeError, ValueError, IndexError):
            pass  # no usable copy: read the files
    from backguide.core.content import load_guide  # the YAML reader, only when needed

    artwork = load_artwork(svg)
    content = load_guide(folder, artwork)
    if cache_file is not None:
        _store(cache_file, (content, artwork))
    return content, artwork


def _store(cache_file: Path, value: tuple[Content, Artwork]) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        for old in cache_file.parent.glob(f"{_PREFIX}*.pickle"):
            old.unlink(missing_ok=True)
        partial = cache_file.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, cache_file)
    except OSError:
        pass  # a cache that cannot be written only costs start-up time
