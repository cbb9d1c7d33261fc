"""The PDF's document information: title, author, subject and language.

Qt's PDF writer sets a title and the creator only; a screen reader also
needs the language, and a library catalogue the author and subject. They are
added as an incremental update (PDF 1.7, 7.5.6): new versions of the
document catalogue and the information dictionary appended after the
original file, so nothing Qt wrote is rewritten. Plain Python, no
dependency; works on the classic cross-reference table Qt writes.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.DOTALL)


class DocumentInfo(NamedTuple):
    title: str
    author: str
    subject: str
    language: str  # a BCP 47 tag such as "en" or "en-GB"
    creator: str = "BackGuide"


class PdfInfoError(Exception):
    """The file is not a PDF this module can update."""


def _text(value: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte-order mark, as hex (any language, no escaping)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def _number(trailer: bytes, key: bytes) -> int | None:
    match = re.search(rb"/" + key + rb"\s+(\d+)", trailer)
    return int(match.group(1)) if match else None


def with_document_info(pdf: bytes, info: DocumentInfo, now: dt.datetime | None = None) -> bytes:
    """``pdf`` with ``info`` appended as an incremental update. Raises :class:`PdfInfoError`."""
    end = _STARTXREF.search(pdf[-64:])
    trailers = _TRAILER.findall(pdf)
    if end is None or not trailers:
        raise PdfInfoError("no classic cross-reference table at the end of the file")
    trailer = trailers[-1]
    root, size = _number(trailer, b"Root"), _number(trailer, b"Size")
    if root is None or size is None:
        raise PdfInfoError("the trailer names no catalogue")
    catalogue = re.search(rb"(?<![0-9])" + str(root).encode() + rb"\s+0\s+obj\s*(.*?)\s*endobj",
                          pdf, re.DOTALL)
    if catalogue is None or not catalogue.group(1).rstrip().endswith(b">>"):
        raise PdfInfoError("the catalogue cannot be read")
    body = re.sub(rb"/Lang\s*(\([^)]*\)|<[^>]*>)", b"", catalogue.group(1).rstrip()[:-2])
    body += b"/Lang " + _text(info.language) + b"\n>>"
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("D:%Y%m%d%H%M%SZ").encode()
    fields = [(b"Title", info.title), (b"Author", info.author), (b"Subject", info.subject),
              (b"Creator", info.creator), (b"Producer", info.creator)]
    info_dict = b"<<\n" + b"".join(b"/" + k + b" " + _text(v) + b"\n" for k, v in fields if v)
    info_dict += b"/CreationDate (" + stamp + b")\n/ModDate (" + stamp + b")\n>>"
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = []
    for number, obj in ((root, body), (size, info_dict)):
        offsets.append((number, len(out)))
        out += str(number).encode() + b" 0 obj\n" + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number, offset in offsets:
        out += f"{number} 1\n{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<<\n/Size {size + 1}\n/Root {root} 0 R\n/Info {size} 0 R\n"
            f"/Prev {int(end.group(1))}\n>>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
