"""A ready-made copy of the checked guide, so the app starts without re-reading YAML.

Reading and checking every content file costs more than everything else the
app does before its first paint. The checked result is kept in the user's
cache folder together with a key naming everything it was made from: the
app's and Python's versions, every module of ``backguide.core`` (the code that
reads and checks the guide), the content folder's path and every file in it,
the app's own English wording (which a folder falls back on) and the drawing,
each with its size and modification time. Any change to them
means a new key, so an edited content folder, or an updated app, is always
read and checked again. A missing or empty content folder has no key at all:
it is read as if there were no cache, and so reported, never replaced by an
earlier guide. Errors are never cached.
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
from backguide.core.wording import app_wording_file

CACHE_NAME = "guide.pickle"
# Every module in this folder can change what the guide read from YAML looks
# like, so all of them are in the key, not a list that must be kept by hand.
CORE_DIR = Path(__file__).resolve().parent


def _key(folder: Path, svg_path: Path) -> str | None:
    """What the copy was made from, one line per input; ``None`` if it must not be used.

    There is no key for a content folder that is missing or holds no files,
    nor when an input cannot be examined: such a guide is always read, so the
    person sees why it cannot be used. Kept whole in the cache file rather
    than as a digest in its name: the comparison is exact, and hashlib (which
    loads OpenSSL) stays out of start-up.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        if not any(entry.is_file() for entry in entries):
            return None
        # A frozen bundle keeps the modules inside its executable, which
        # changes with every build.
        code = sorted(CORE_DIR.glob("*.py")) or [Path(sys.executable)]
        lines = [f"app {__version__}", f"python {sys.version}",
                 f"content folder {folder} = {folder.resolve()}"]
        for entry in entries:
            stat = entry.stat()
            lines.append(f"content {entry.name}|{stat.st_size}|{stat.st_mtime_ns}")
        app_words = app_wording_file()
        wording = [app_words] if app_words is not None else []
        for kind, paths in (("drawing", [svg_path]), ("wording", wording), ("code", code)):
            for path in paths:
                stat = path.stat()
                # (The code's paths are resolved already: they are found in CORE_DIR.)
                where = path if kind == "code" else path.resolve()
                lines.append(f"{kind} {where}|{stat.st_size}|{stat.st_mtime_ns}")
    except OSError:
        return None
    return "\n".join(lines)


def load_guide_cached(folder: str | os.PathLike[str], svg_path: str | os.PathLike[str],
                      cache_dir: str | os.PathLike[str] | None) -> tuple[Content, Artwork]:
    """The checked guide and drawing, from the cache when nothing has changed.

    Raises :class:`~backguide.core.errors.ContentError` listing what is wrong
    with the content folder or the drawing, exactly as reading them uncached
    would.
    """
    folder, svg = Path(folder), Path(svg_path)
    cache_file = None if cache_dir is None else Path(cache_dir) / CACHE_NAME
    key = None if cache_file is None else _key(folder, svg)
    if cache_file is not None and key is not None:
        cached = _read(cache_file, key)
        if cached is not None:
            return cached
    from backguide.core.content import load_guide  # the YAML reader, only when needed

    artwork = load_artwork(svg)
    content = load_guide(folder, artwork)
    if cache_file is not None and key is not None:
        _store(cache_file, key, (content, artwork))
    return content, artwork


def _read(cache_file: Path, key: str) -> tuple[Content, Artwork] | None:
    """The copy kept in ``cache_file`` if it was made from the inputs ``key`` names."""
    try:
        with cache_file.open("rb") as stream:
            # The key is read first, so a copy made from other files (or by
            # other code) is never unpickled.
            if pickle.load(stream) != key:
                return None
            cached = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError, IndexError):
        return None  # no usable copy: read the files
    if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[0], Content) \
            and isinstance(cached[1], Artwork):
        return cached
    return None


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
