"""The panel beside the map: what the chosen region or place means.

It follows the :class:`~backguide.ui.selection.Selection`, and its links
(a muscle, "all muscles", a muscle that sends pain to the chosen place)
change that selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from backguide.core import pages
from backguide.core.matching import zone_area
from backguide.core.model import Content
from backguide.ui.selection import Choice, Selection, ViewMode
from backguide.ui.style import PAGE_STYLE

if TYPE_CHECKING:  # setting up a Qt class costs start-up time; these are only named
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QResizeEvent

# Lines longer than this many average characters are hard to read; on a wide
# window the text stops there instead of running across the whole panel.
READABLE_LINE = 90


class DetailPanel(QTextBrowser):
    """Shows the page from :mod:`backguide.core.pages` for what is chosen."""

    def __init__(self, content: Content, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName("Details")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(PAGE_STYLE)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.content = content
        self.selection = selection
        self.page = ""
        self._show_choice(selection.choice)
        selection.changed.connect(self._on_selection_changed)

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

    def _on_selection_changed(self, before: Choice) -> None:
        self._show_choice(self.selection.choice)

    def _show_choice(self, choice: Choice) -> None:
        """Render the page for ``choice``, unless it is the page already shown."""
        place, region = choice.place, choice.region
        if choice.mode is ViewMode.PAIN and place is not None:
            page = f"zone/{place}"
            if page != self.page:
                self._show(page, pages.zone_page(self.content, zone_area(self.content, place)))
        elif choice.mode is ViewMode.MUSCLES and region is not None:
            page = f"region/{region}/{choice.muscle or ''}"
            if page != self.page:
                self._show(page, pages.region_page(self.content, self.content.region(region),
                                                   choice.muscle))
        elif self.page != "welcome":
            self._show("welcome", pages.welcome_page(self.content))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        link = url.toString()
        if not link.startswith(pages.LINK):
            return  # the app never opens the network
        kind, _, rest = link[len(pages.LINK):].partition("/")
        if kind == "muscle":
            self.selection.choose_muscle(rest)
        elif kind == "all-muscles":
            self.selection.choose_muscle(None)
        elif kind == "pick":
            region_id, _, muscle_id = rest.partition("/")
            self.selection.show_muscle_of(region_id, muscle_id)
