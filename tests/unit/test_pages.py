"""The detail panel's HTML: text from the content is escaped, never read as markup."""

from __future__ import annotations

import html

import pytest

from backguide.core import pages


@pytest.mark.parametrize("text", ["", "plain words", "<b>bold</b> & 'quoted' \"text\"",
                                  "&amp; already escaped", "a < b > c", "ünïcode ☐ –"])
def test_escape_is_exactly_html_escape(text: str) -> None:
    assert pages.escape(text) == html.escape(text)
