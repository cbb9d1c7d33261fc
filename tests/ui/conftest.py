"""UI tests run in English, with its plural forms ("1 entry", "2 entries"), as the app does.

A test that asks for Spanish (or runs a command with ``--lang es`` in this
process) does not leave it behind for the next test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def english_interface(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from backguide.ui.translation import install_translators

    install_translators("en")
    yield
    install_translators("en")
