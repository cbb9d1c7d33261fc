"""Which shared libraries the PyInstaller bundle really needs.

PyInstaller's Qt hooks collect every Qt plugin they know of, and with them
every library those plugins link (GTK for one theme plugin, OpenGL, QML, ...).
``backguide.spec`` drops the plugins the app does not use; :func:`prune` then
keeps only the libraries still reachable, through the ELF ``DT_NEEDED``
entries, from what is left: the Python extension modules, the interpreter
library and the kept plugins. Standard library only, so the spec can import it.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from pathlib import Path

PT_LOAD, PT_DYNAMIC = 1, 2
DT_NULL, DT_NEEDED, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 1, 5, 15, 29

# (destination in the bundle, source file, PyInstaller type code)
Entry = tuple[str, str, str]


def _dynamic_strings(path: str | Path) -> list[tuple[int, str]]:
    """The string entries (tag, text) of an ELF file's dynamic section.

    Only 64-bit little-endian files are read; anything else gives [].
    """
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads: list[tuple[int, int, int]] = []  # (address, offset, size in file)
    dynamic: tuple[int, int] | None = None
    for i in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize)
        if p_type == PT_LOAD:
            loads.append((vaddr, offset, filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    wanted: list[tuple[int, int]] = []
    strtab = None
    start, size = dynamic
    for pos in range(start, start + size, 16):
        tag, value = struct.unpack_from("<qQ", data, pos)
        if tag == DT_NULL:
            break
        if tag in (DT_NEEDED, DT_RPATH, DT_RUNPATH):
            wanted.append((tag, value))
        elif tag == DT_STRTAB:
            strtab = next((value - vaddr + offset for vaddr, offset, filesz in loads
                           if vaddr <= value < vaddr + filesz), None)
    if strtab is None:
        return []
    return [(tag, data[strtab + n:data.index(b"\0", strtab + n)].decode()) for tag, n in wanted]


def needed_libraries(path: str | Path) -> list[str]:
    """The sonames an ELF file names as ``DT_NEEDED``."""
    return [text for tag, text in _dynamic_strings(path) if tag == DT_NEEDED]


def patched_by_auditwheel(path: str | Path) -> bool:
    """Whether a wheel's library was rewritten by auditwheel (so must not be stripped).

    auditwheel copies a wheel's outside libraries into ``<package>.libs`` and
    points the modules there with an rpath; ``strip`` corrupts such files.
    """
    path = Path(path)
    return (path.parent.name.endswith(".libs")
            or any(".libs" in text for tag, text in _dynamic_strings(path)
                   if tag in (DT_RPATH, DT_RUNPATH)))


def prune(entries: Iterable[Entry], is_root: Callable[[Entry], bool],
          from_system: Iterable[str] = ()) -> list[Entry]:
    """``entries`` less the libraries that no root needs, directly or indirectly.

    Libraries named in ``from_system`` are dropped too, with everything only
    they need: the bundle leaves them to the computer it runs on. A symbolic
    link (PyInstaller's ``SYMLINK``, whose source is the link's target in the
    bundle) stays when the library it names does.
    """
    entries = list(entries)
    system = set(from_system)
    files = {Path(dest).name: source for dest, source, code in entries if code != "SYMLINK"}
    links = {Path(dest).name: Path(source).name for dest, source, code in entries
             if code == "SYMLINK"}
    seen: set[str] = set()
    queue: list[str] = []

    def reach(name: str) -> None:
        while name not in files and name in links and name not in seen:
            seen.add(name)
            name = links[name]
        if name in seen or name in system or name not in files:
            return
        seen.add(name)
        queue.append(files[name])

    for entry in entries:
        if is_root(entry):
            seen.discard(Path(entry[0]).name)
            reach(Path(entry[0]).name)
    while queue:
        for name in needed_libraries(queue.pop()):
            reach(name)
    return [entry for entry in entries if is_root(entry) or Path(entry[0]).name in seen]
