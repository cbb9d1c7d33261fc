"""The panel beside the map: what the chosen region or place means."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from backguide.core import pages
from backguide.core.matching import zone_area
from backguide.core.model import Content

if TYPE_CHECKING:  # setting up a Qt class costs start-up time; these are only named
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QResizeEvent

# Lines longer than this many average characters are hard to read; on a wide
# window the text stops there instead of running across the whole panel.
READABLE_LINE = 90

STYLE = """
h2 { font-size: 150%; margin-bottom: 2px; }
h3 { font-size: 118%; margin-top: 16px; margin-bottom: 4px; }
h4 { font-size: 105%; margin-top: 12px; margin-bottom: 2px; }
p, li { line-height: 130%; }
"""


class DetailPanel(QTextBrowser):
    """Shows a page from :mod:`backguide.core.pages`; links become signals."""

    muscle_chosen = Signal(str)  # "" = all muscles of the region
    referral_chosen = Signal(str, str)  # region id, muscle id

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName("Details")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.content = content
        self.page = ""
        self.show_welcome()

    def readable_width(self) -> int:
        """The widest the text runs, in pixels: about :data:`READABLE_LINE` characters."""
        margins = 2 * round(self.document().documentMargin())
        return self.fontMetrics().averageCharWidth() * READABLE_LINE + margins

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Wrap at the viewport's edge, or at the readable width once the panel is
        # wider even beside a scroll bar (so the text never scrolls sideways).
        # Asking for viewport() here would cost PySide about 8 ms of start-up.
        room = self.maximumViewportSize().width() - self.verticalScrollBar().sizeHint().width()
        readable = self.readable_width()
        wide = room > readable
        mode = (QTextEdit.LineWrapMode.FixedPixelWidth if wide
                else QTextEdit.LineWrapMode.WidgetWidth)
        if mode != self.lineWrapMode():
            self.setLineWrapMode(mode)
        if wide and self.lineWrapColumnOrWidth() != readable:
            self.setLineWrapColumnOrWidth(readable)

    def _show(self, page_id: str, html: str) -> None:
        self.page = page_id
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def show_welcome(self) -> None:
        self._show("welcome", pages.welcome_page(self.content))

    def show_region(self, region_id: str, muscle_id: str | None = None) -> None:
        region = self.content.region(region_id)
        self._show(f"region/{region_id}/{muscle_id or ''}",
                   pages.region_page(self.content, region, muscle_id))

    def show_zone(self, area_id: str) -> None:
        self._show(f"zone/{area_id}", pages.zone_page(self.content, zone_area(self.content, area_id)))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        link = url.toString()
        if not link.startswith(pages.LINK):
            return  # the app never opens the network
        kind, _, rest = link[len(pages.LINK):].partition("/")
        if kind == "muscle":
            self.muscle_chosen.emit(rest)
        elif kind == "all-muscles":
            self.muscle_chosen.emit("")
        elif kind == "pick":
            region_id, _, muscle_id = rest.partition("/")
            self.referral_chosen.emit(region_id, muscle_id)
