"""Looks shared by several windows: the text style of the guide's pages, the red button,
the type of printed pages."""

from __future__ import annotations

from PySide6.QtGui import QFont

# Printed pages (handouts, the diary's report) use one sans-serif type that most
# systems have under one of these names.
PRINT_FONT_FAMILIES = ["Helvetica", "Arial", "Nimbus Sans", "Liberation Sans", "DejaVu Sans"]


def print_font(points: float) -> QFont:
    """The printed pages' sans-serif type at ``points``."""
    font = QFont()
    font.setFamilies(PRINT_FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    return font

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

# View > Text size: the whole app's text (panel, lists, dialogs) at these times
# its normal size, for people who find the usual size hard to read.
TEXT_SIZES = {"normal": 1.0, "large": 1.25, "larger": 1.5}


def text_size_labels() -> dict[str, str]:
    """The menu's words for each text size, in the interface's language."""
    from backguide.ui.translation import translate

    return {"normal": translate("TextSize", "&Normal"), "large": translate("TextSize", "&Large"),
            "larger": translate("TextSize", "L&arger")}


def apply_text_size(name: str) -> None:
    """Set the application's font to the named text size (unknown names: normal)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property("backguideNormalPointSize")
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty("backguideNormalPointSize", base)
    font = app.font()
    font.setPointSizeF(base * TEXT_SIZES.get(name, 1.0))
    app.setFont(font)


# WCAG 2.2 AA: 4.5:1 for text.
TEXT_CONTRAST = 4.5


def make_palette_readable() -> None:
    """Adjust the app's palette so selections and hints meet WCAG AA in light and dark schemes.

    Fusion's own highlight (white on #308cc6, 3.7:1) and placeholder text
    (4.0:1) fall short; only the colours that fall short change.
    """
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    from backguide.core.contrast import readable_against

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    palette = app.palette()
    changed = False
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pairs = ((role.Highlight, role.HighlightedText), (role.PlaceholderText, role.Base))
        for moving, fixed in pairs:
            colour = palette.color(group, moving)
            other = palette.color(group, fixed)
            rgb = (colour.red(), colour.green(), colour.blue())
            better = readable_against(rgb, (other.red(), other.green(), other.blue()),
                                      TEXT_CONTRAST)
            if better != rgb:
                palette.setColor(group, moving, QColor(*better))
                changed = True
    if changed:
        app.setPalette(palette)
