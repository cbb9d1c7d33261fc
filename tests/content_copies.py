"""Make a content folder N times the size of the shipped one (for benchmarks and limits)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from backguide.core.content import FILES, OPTIONAL_FILES


def _rename(value: Any, ids: set[str], suffix: str) -> Any:
    if isinstance(value, dict):
        return {k: _rename(v, ids, suffix) for k, v in value.items()}
    if isinstance(value, list):
        return [_rename(v, ids, suffix) for v in value]
    if isinstance(value, str) and value in ids:
        return value + suffix
    return value


def write_copies(source: Path, target: Path, times: int) -> Path:
    """Write ``source`` content ``times`` over into ``target`` with renamed ids."""
    target.mkdir(parents=True, exist_ok=True)
    names = [*FILES, *(n for n in OPTIONAL_FILES if (source / n).is_file())]
    data = {name: yaml.safe_load((source / name).read_text(encoding="utf-8")) for name in names}
    ids = {item["id"] for name, items in data.items() if name != "guide.yaml" for item in items}
    for name in names:
        if name == "guide.yaml":
            out: Any = dict(data[name])
            out["core_messages"] = [_rename(m, ids, "" if k == 0 else f"-copy{k}")
                                    for k in range(times) for m in out["core_messages"]]
        else:
            out = [_rename(item, ids, "" if k == 0 else f"-copy{k}")
                   for k in range(times) for item in data[name]]
        (target / name).write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")
    return target
