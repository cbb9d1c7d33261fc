"""Looks shared by several windows: the text style of the guide's pages, the red button."""

from __future__ import annotations

# The guide's pages (detail panel, checklist, dialogs) are Qt rich text.
PAGE_STYLE = """
h2 { font-size: 150%; margin-bottom: 2px; }
h3 { font-size: 118%; margin-top: 16px; margin-bottom: 4px; }
h4 { font-size: 105%; margin-top: 12px; margin-bottom: 2px; }
p, li { line-height: 130%; }
"""

# The urgent-signs button stays red in every colour scheme: white on #b3261e
# is 6.5:1, and on the darker hover colour more.
URGENT_BUTTON_STYLE = """
QToolButton#urgentSigns {
    background-color: #b3261e; color: white; font-weight: bold;
    border-radius: 4px; padding: 5px 12px; margin: 2px 6px;
}
QToolButton#urgentSigns:hover { background-color: #8c1d18; }
QToolButton#urgentSigns:focus { border: 2px solid palette(highlight); }
"""
