"""Saving a file for the person (a handout PDF, a diary CSV) so that it is whole or not there.

Every file BackGuide writes for the person goes through :func:`save_file`: the
new content is written to a temporary file in the target's own folder,
flushed to the disk, checked, and only then renamed over the target. On any
failure the old file is left exactly as it was, the temporary file is
removed, and :class:`SaveError` says in one line what went wrong. Health data
is private, so a new file is readable by its owner only (0600); a file being
replaced keeps its permissions.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


class SaveError(Exception):
    """A file could not be saved; the message is one line for the person."""


def save_file(target: str | os.PathLike[str], write: Callable[[Path], None],
              check: Callable[[Path], None] | None = None, what: str = "") -> Path:
    """Save a file atomically: ``write(temporary)`` fills it, ``check(temporary)`` vets it.

    ``write`` gets the path of an empty file, readable by its owner only, in the
    target's folder. ``check`` raises :class:`SaveError` (or ``OSError``) if
    what was written is not whole. A symbolic link is followed to the file it
    names. Returns the path actually written. Raises :class:`SaveError`; any
    other exception from ``write`` or ``check`` is passed on, the old file
    untouched either way. ``what`` ("the handout") goes in the messages.
    """
    failed = f"cannot save {what} as {os.fspath(target)}" if what else \
        f"cannot save {os.fspath(target)}"
    path = writable_target(target, failed)
    try:
        old_mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        old_mode = PRIVATE_FILE
    except OSError as exc:
        raise SaveError(f"{failed}: {_reason(exc)}") from exc
    try:
        handle, name = tempfile.mkstemp(prefix=".backguide-", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise SaveError(f"{failed}: {_reason(exc)}") from exc
    os.close(handle)
    partial = Path(name)
    try:
        write(partial)
        _sync(partial)
        if check is not None:
            check(partial)
        os.chmod(partial, old_mode)
        os.replace(partial, path)
        _sync_folder(path.parent)
    except OSError as exc:
        raise SaveError(f"{failed}: {_reason(exc)}; "
                        "any file that was there is unchanged") from exc
    except SaveError as exc:
        raise SaveError(f"{failed}: {exc}; any file that was there is unchanged") from exc
    finally:
        partial.unlink(missing_ok=True)
    return path


def save_bytes(target: str | os.PathLike[str], chunks: Iterable[bytes], what: str = "") -> Path:
    """Save the bytes ``chunks`` yields with :func:`save_file` (read as they are written)."""
    def write(partial: Path) -> None:
        handle = os.open(partial, os.O_WRONLY | os.O_TRUNC)
        try:
            for chunk in chunks:
                write_all(handle, chunk)
        finally:
            os.close(handle)

    return save_file(target, write, what=what)


def write_all(handle: int, data: bytes) -> None:
    """Write every byte (``os.write`` may write fewer than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        view = view[written:]


def writable_target(target: str | os.PathLike[str], failed: str = "") -> Path:
    """The file a save to ``target`` replaces (a symbolic link followed); SaveError if none can be.

    Refuses an empty name, a folder, a device or pipe, and a missing folder;
    ``failed`` starts the message (default "cannot save TARGET").
    """
    text = os.fspath(target)
    failed = failed or f"cannot save {text}"
    if not text or text.endswith(("/", os.sep)) or Path(text).name in ("", ".", ".."):
        raise SaveError(f"cannot save '{text}': give a file name, not a folder")
    path = Path(os.path.realpath(text))
    try:
        mode: int | None = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None  # the folder is checked next
    except OSError as exc:
        raise SaveError(f"{failed}: {_reason(exc)}") from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise SaveError(f"{failed}: that is a folder")
    if mode is not None and not stat.S_ISREG(mode):
        raise SaveError(f"{failed}: that is not an ordinary file (a device or a pipe?)")
    folder = path.parent
    if not folder.is_dir():
        why = "is a file, not a folder" if folder.exists() else "does not exist"
        raise SaveError(f"{failed}: {folder} {why}")
    return path


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders cannot be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(handle)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long"
    return (exc.strerror or str(exc)).rstrip(".").lower() if exc.strerror else str(exc)


# -- checks ---------------------------------------------------------------------------

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def check_pdf(path: Path, pages: int) -> None:
    """Raise SaveError unless ``path`` is a whole PDF (it ends with its trailer) of ``pages`` pages."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SaveError("the PDF was not written completely (is the disk full?)")
    found = len(_PAGE.findall(data))
    if found != pages:
        raise SaveError(f"the PDF has {found} pages instead of {pages}")
