"""Text shown in a terminal: control characters are shown, never obeyed.

A note or a content id can hold ESC or BEL (typed, pasted or imported), and a
terminal would act on them: recolour, retitle the window, beep. Printed
through :func:`shown`, they appear as ``\\x1b``; bytes that were not UTF-8
(kept by Python as lone surrogates) appear as ``\\xe9``.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def shown(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with control characters escaped; tabs kept, newlines kept unless told."""
    escaped = _CONTROL.sub(_escape, text)
    return escaped if keep_newlines else escaped.replace("\n", "\\n")
