"""The panel beside the map: what the chosen region or place means.

It follows the :class:`~backguide.ui.selection.Selection`, and its links
(a muscle, "all muscles", a muscle that sends pain to the chosen place)
change that selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextDocument
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
PAGE_MARGIN = 14


class DetailPanel(QTextBrowser):
    """Shows the page from :mod:`backguide.core.pages` for what is chosen."""

    def __init__(self, content: Content, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName("Details")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.content = content
        self.selection = selection
        self.page = ""
        # Each page is laid out once and kept: coming back to a region shows
        # its page without parsing and laying out the HTML again. The pages'
        # parent is not the panel, which would delete a page it stops showing.
        self._pages: dict[str, QTextDocument] = {}
        self._page_owner = QObject(self)
        self._show_choice(selection.choice)
        selection.changed.connect(self._on_selection_changed)

    def readable_width(self) -> int:
        """The widest the text runs, in pixels: about :data:`READABLE_LINE` characters."""
        margins = 2 * PAGE_MARGIN
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

    def _show(self, page_id: str, html: Callable[[], str]) -> None:
        document = self._pages.get(page_id)
        if document is None:
            document = QTextDocument(self._page_owner)
            document.setDefaultFont(self.font())
            document.setDefaultStyleSheet(PAGE_STYLE)
            document.setDocumentMargin(PAGE_MARGIN)
            document.setHtml(html())
            self._pages[page_id] = document
        self.page = page_id
        self.setDocument(document)
        self.verticalScrollBar().setValue(0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._pages:
            # A new text size: lay the pages out again in the new font.
            self._pages.clear()
            for page in self._page_owner.children():
                page.deleteLater()
            self.page = ""
            self._show_choice(self.selection.choice)

    def _on_selection_changed(self, before: Choice) -> None:
        self._show_choice(self.selection.choice)

    def _show_choice(self, choice: Choice) -> None:
        """Render the page for ``choice``, unless it is the page already shown."""
        content, place, region, muscle = self.content, choice.place, choice.region, choice.muscle
        if choice.mode is ViewMode.PAIN and place is not None:
            page = f"zone/{place}"
            if page != self.page:
                self._show(page, lambda: pages.zone_page(content, zone_area(content, place)))
        elif choice.mode is ViewMode.MUSCLES and region is not None:
            page = f"region/{region}/{muscle or ''}"
            if page != self.page:
                self._show(page, lambda: pages.region_page(content, content.region(region), muscle))
        elif self.page != "welcome":
            self._show("welcome", lambda: pages.welcome_page(content))

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
