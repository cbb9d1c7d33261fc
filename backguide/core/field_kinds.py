"""What each field of a content file is: words a translator rewrites, or facts every language shares.

This table is the one place that says which fields are prose. The parity
check (:mod:`backguide.core.parity`) lets a translation change the prose and
the names freely and nothing else; the readability checks measure the prose.
A field is named by its file and its path of keys from the item (or, in
``guide.yaml``, from the top), lists left out: ``steps.yaml`` ``cautions.text``
is the text of any caution of any step. A field missing from the table is
treated as a fact that must match, and a unit test keeps every field of the
shipped English content in the table.

``wording.yaml`` (the words the app writes around the content) is words
from top to bottom: every value is translated. Its keys and its
``{placeholders}`` are fixed by the app, which the content loader checks
(:mod:`backguide.core.wording`); the parity check says which keys a
translation lacks. Its values are headings, labels and parts of sentences,
so they are not measured for readability as sentences.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from backguide.core.yamlread import MAPPING, SCALAR, SEQUENCE, Node, read_yaml


class FieldKind(StrEnum):
    """How a field may differ between a translation and its source."""

    PROSE = "prose"  # sentences and headings people read: translated, readability measured
    NAME = "name"  # a name, label or citation: translated, not measured as sentences
    EDITION = "edition"  # about the translated edition itself (its version, its review)
    FIXED = "fixed"  # ids, references, grades, tiers, numbers: the same in every language


PROSE, NAME, EDITION, FIXED = FieldKind.PROSE, FieldKind.NAME, FieldKind.EDITION, FieldKind.FIXED

_EVIDENCE = {"evidence.grade": FIXED, "evidence.summary": PROSE, "evidence.sources": FIXED}

FIELD_KINDS: dict[str, dict[str, FieldKind]] = {
    "guide.yaml": {
        "title": NAME, "publisher": NAME, "reviewer": NAME, "reviewer_short": NAME,
        "version": EDITION, "last_reviewed": EDITION, "next_review": EDITION,
        "translation": EDITION,  # and every field inside it
        "conflict_of_interest": PROSE, "conflict_of_interest_short": PROSE,
        "disclaimer": PROSE, "map_caveat": PROSE,
        "map_caveat_sources": FIXED,
        "core_messages.text": PROSE, "core_messages.sources": FIXED,
        "see_a_professional": PROSE,
    },
    "sources.yaml": {"id": FIXED, "citation": NAME, "url": FIXED},
    "cautions.yaml": {"id": FIXED, "label": PROSE, "question": PROSE},
    "zones.yaml": {"id": FIXED, "name": PROSE, "surface": FIXED, "sided": FIXED,
                   "description": PROSE, "explanations": FIXED},
    "muscles.yaml": {
        "id": FIXED, "name": PROSE, "latin": FIXED, "location": PROSE,
        "referral.essential": FIXED, "referral.spillover": FIXED, "referral_note": PROSE,
        "sources": FIXED,
    },
    "explanations.yaml": {"id": FIXED, "title": PROSE, "text": PROSE, **_EVIDENCE},
    "regions.yaml": {
        "id": FIXED, "name": PROSE, "spine_label": NAME, "vertebrae": NAME,
        "description": PROSE, "muscles": FIXED, "explanations": FIXED,
    },
    "steps.yaml": {
        "id": FIXED, "title": PROSE, "summary": PROSE, "actions": PROSE, "how_long": PROSE,
        **_EVIDENCE,
        "cautions.text": PROSE, "cautions.keys": FIXED, "cautions.sources": FIXED,
        "cautions.levels": FIXED, "cautions.experience": FIXED,
        "durations": FIXED, "levels": FIXED, "kind": FIXED,
    },
    "red_flags.yaml": {
        "id": FIXED, "sign": PROSE, "question": PROSE, "urgency": FIXED, "action": PROSE,
        "sources": FIXED, "levels": FIXED,
    },
    "exercises.yaml": {
        "id": FIXED, "title": PROSE, "purpose": PROSE, "steps": PROSE,
        "dose.reps": FIXED, "dose.minutes": FIXED, "dose.hold_seconds": FIXED,
        "dose.times_a_day": FIXED,
        "stop_if": PROSE, "take_care": PROSE, "levels": FIXED, "drawing": FIXED, **_EVIDENCE,
    },
}


# Files whose every field is of one kind, whatever its key.
WHOLE_FILE_KINDS: dict[str, FieldKind] = {"wording.yaml": NAME}


def field_kind(file: str, path: tuple[str, ...]) -> FieldKind | None:
    """The kind of the field at ``path`` in ``file``; None when the table does not list it."""
    if file in WHOLE_FILE_KINDS:
        return WHOLE_FILE_KINDS[file]
    kinds = FIELD_KINDS.get(file, {})
    for end in range(len(path), 0, -1):
        kind = kinds.get(".".join(path[:end]))
        if kind is not None and (end == len(path) or kind is EDITION):
            return kind
    return None


def leaves(root: Node) -> Iterator[tuple[tuple[str, ...], Node]]:
    """Every value of a file with its field path: each piece of text, number, date or
    true/false, and each empty list (which holds no value but is still a field)."""
    stack: list[tuple[tuple[str, ...], Node]] = [((), root)]
    while stack:
        path, node = stack.pop()
        if node.kind == MAPPING:
            stack.extend((path + (key,), value) for key, (_, value) in reversed(node.pairs.items()))
        elif node.kind == SEQUENCE:
            if not node.items:
                yield path, node
            stack.extend((path, item) for item in reversed(node.items))
        else:
            yield path, node


def prose_texts(folder: str | Path) -> list[str]:
    """Every non-empty prose value in a content folder, in file order (unreadable files skipped)."""
    texts = []
    for file in FIELD_KINDS:
        path = Path(folder) / file
        if not path.is_file():
            continue
        root, _ = read_yaml(str(path), str(path))
        if root is None:
            continue
        texts += [" ".join(node.text.split()) for field, node in leaves(root)
                  if node.kind == SCALAR and field_kind(file, field) is PROSE and node.text.strip()]
    return texts
