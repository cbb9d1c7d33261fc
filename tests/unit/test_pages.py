"""The detail panel's HTML: text from the content is escaped, never read as markup."""

from __future__ import annotations

import html

import pytest

from backguide.core import pages


@pytest.mark.parametrize("text", ["", "plain words", "<b>bold</b> & 'quoted' \"text\"",
                                  "&amp; already escaped", "a < b > c", "ünïcode ☐ –"])
def test_escaped_text_reads_back_as_the_same_words_and_holds_no_markup(text: str) -> None:
    escaped = pages.escape(text)
    assert html.unescape(escaped) == text
    assert not any(mark in escaped for mark in "<>\"'")
