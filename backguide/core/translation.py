"""The ``translation`` block of a translated guide.yaml: where it comes from, who checked it.

A translated content folder (``content/es``) says which folder it was
translated from, at which content version, who translated it and who
reviewed it. :mod:`backguide.core.parity` uses the first two to compare the
translation with its source.
"""

from __future__ import annotations

import datetime as dt
import re

from backguide.core.fields import FieldReader
from backguide.core.model import Translation
from backguide.core.yamlread import SCALAR, Node

FIELDS = ("from", "from_version", "by", "reviewer", "reviewed")
# A content folder is named by its language code: "en", "es", "pt-BR".
LOCALE_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2})?$")
_STR_TAG = "tag:yaml.org,2002:str"


def read_translation(reader: FieldReader, node: Node) -> Translation | None:
    """The translation block, or None after noting every mistake in it."""
    f = reader.fields(node, "translation", FIELDS)
    if f is None:
        return None
    source = reader.text(f.get("from"), "translation 'from'")
    if source is not None and not LOCALE_PATTERN.match(source):
        reader.problem(f["from"], f"translation 'from' '{source}' should be the language code "
                                  "of the content folder it was translated from, like 'en'")
        source = None
    from_version = reader.text(f.get("from_version"), "translation from_version")
    by = reader.text(f.get("by"), "translation 'by'")
    reviewer = reader.text(f.get("reviewer"), "translation reviewer", allow_empty=True)
    reviewed_node = f.get("reviewed")
    reviewed: dt.date | None = None
    reviewed_ok = reviewed_node is not None
    if reviewed_node is not None and not _empty_text(reviewed_node):
        reviewed = reader.date(reviewed_node, 'translation reviewed (or "" until it is reviewed)')
        reviewed_ok = reviewed is not None
        if reviewed is not None and reviewer == "":
            reader.problem(f["reviewer"], "the translation has a review date but no reviewer; "
                                          "say who reviewed it")
    if source is None or from_version is None or by is None or reviewer is None \
            or not reviewed_ok:
        return None
    return Translation(from_locale=source, from_version=from_version, by=by,
                       reviewer=reviewer, reviewed=reviewed)


def _empty_text(node: Node) -> bool:
    return node.kind == SCALAR and node.tag == _STR_TAG and not node.text.strip()
