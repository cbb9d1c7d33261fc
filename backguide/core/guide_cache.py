"""A ready-made copy of the checked guide, so the app starts without re-reading YAML.

Reading and checking every content file costs more than everything else the
app does before its first paint. The checked result is kept in the user's
cache folder together with a key made from every input file's size and
modification time and the app's version; any change to them means a new key,
so an edited content folder is always read and checked again. Errors are
never cached.
The cache is the user's own file in their own cache folder, which is why
pickle (fast, and able to rebuild the guide's records) is acceptable here.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

from backguide import __version__
from backguide.core.artwork import Artwork, load_artwork
from backguide.core.model import Content

CACHE_NAME = "guide.pickle"
_MODULES = ("model.py", "artwork.py", "content.py", "fields.py", "guide_cache.py")


def _key(folder: Path, svg_path: Path) -> str:
    """What the copy was made from, one line per input file.

    Kept whole in the cache file rather than as a digest in its name: the
    comparison is exact, and hashlib (which loads OpenSSL) stays out of
    start-up.
    """
    lines = [f"{__version__}|{sys.version}"]
    files = sorted(folder.glob("*.yaml")) + [svg_path]
    files += [Path(__file__).with_name(name) for name in _MODULES]
    for path in files:
        stat = path.stat()
        lines.append(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}")
    return "\n".join(lines)


def load_guide_cached(folder: str | os.PathLike[str], svg_path: str | os.PathLike[str],
                      cache_dir: str | os.PathLike[str] | None) -> tuple[Content, Artwork]:
    """The checked guide and drawing, from the cache when nothing has changed.

    Raises what :func:`backguide.core.content.load_guide` and
    :func:`backguide.core.artwork.load_artwork` raise.
    """
    folder, svg = Path(folder), Path(svg_path)
    cache_file: Path | None = None
    key: str | None = None
    if cache_dir is not None:
        try:
            cache_file = Path(cache_dir) / CACHE_NAME
            key = _key(folder, svg)
            with cache_file.open("rb") as stream:
                # The key is read first, so a copy made from other files (or by
                # other code) is never unpickled.
                if pickle.load(stream) == key:
                    cached = pickle.load(stream)
                    if isinstance(cached, tuple) and len(cached) == 2 \
                            and isinstance(cached[0], Content) \
                            and isinstance(cached[1], Artwork):
                        return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                TypeError, ValueError, IndexError):
            pass  # no usable copy: read the files
    from backguide.core.content import load_guide  # the YAML reader, only when needed

    artwork = load_artwork(svg)
    content = load_guide(folder, artwork)
    if cache_file is not None and key is not None:
        _store(cache_file, key, (content, artwork))
    return content, artwork


def _store(cache_file: Path, key: str, value: tuple[Content, Artwork]) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial = cache_file.with_suffix(".partial")
        with partial.open("wb") as stream:
            pickle.dump(key, stream, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, cache_file)
    except OSError:
        pass  # a cache that cannot be written only costs start-up time
