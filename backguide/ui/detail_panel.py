"""The panel beside the map: what the chosen region or place means.

For a region it leads with what helps: the region's name, one line on where
it can send pain, the first things to try with their evidence labels and a
button to the urgent signs; then tabs for "What may help", "Where it can send
pain", "Why it hurts", "Muscles here" and "Sources". It follows the
:class:`~backguide.ui.selection.Selection`, and its links (a muscle, all
muscles, a muscle that sends pain to the chosen place) change that selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from backguide.core import pages
from backguide.core.matching import referrals_to, zone_area
from backguide.core.model import Content
from backguide.core.movements import IMAGE_SCHEME, movement_list_html, movements_for_levels
from backguide.core.region_sections import (
    about_back_pain_html,
    first_steps,
    first_steps_html,
    region_intro_html,
    region_section_builders,
    sends_pain_line,
)
from backguide.ui.heading import Heading
from backguide.ui.selection import Choice, Selection, ViewMode
from backguide.ui.speech import say
from backguide.ui.style import PAGE_STYLE
from backguide.ui.text_landmarks import TextLandmarks
from backguide.ui.translation import translate

if TYPE_CHECKING:  # setting up a Qt class costs start-up time; these are only named
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QAccessibleInterface, QKeyEvent, QShowEvent
    from PySide6.QtWidgets import QDialog

# Lines longer than this many average characters are hard to read; on a wide
# window the text stops there instead of running across the whole panel.
READABLE_LINE = 90
PAGE_MARGIN = 14
FOCUS_RING = 2


def _quiet_stack_accessible(key: str, obj: QObject) -> QAccessibleInterface | None:
    """The panel's stacks of pages as plain groups, which a screen reader passes over.

    As "layered panes" Orca would say "layered pane, layered pane" each time
    the keyboard goes into the text.
    """
    if isinstance(obj, QStackedWidget) and obj.property("quiet_stack"):
        return QAccessibleWidget(obj, QAccessible.Role.Grouping)
    return None


QAccessible.installFactory(_quiet_stack_accessible)


PICTURE = "\ufffc"  # what a picture is in a text's characters


class PageText(QTextBrowser):
    """One section of one page (a region's "What may help", say), laid out once and kept:
    going back to it shows it again without laying out its text anew. It starts blank
    (see :class:`SectionPages`)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(name)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        # A caret the arrow keys move, so a screen reader reads line by line (and
        # anyone can select and copy with the keyboard); links stay on Tab.
        self.setTextInteractionFlags(self.textInteractionFlags()
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        # Room around the text for a focus ring (painted in event() below). A
        # style sheet would draw it, but would also stop View > Text size
        # from reaching this widget.
        self.setViewportMargins(FOCUS_RING, FOCUS_RING, FOCUS_RING, FOCUS_RING)
        self.key = ""  # the page shown ("" while blank)
        self._html: Callable[[], str] = str
        self._font_key = ""  # the text size the page was laid out in
        self._laid_out_size = QSize()
        self._document: QTextDocument | None = None
        # Its headings and links as objects a screen reader can find (while one listens).
        self.landmarks = TextLandmarks(self, self.link_name)

    def set_page(self, key: str, html: Callable[[], str]) -> None:
        """Show the page ``key``, its text from ``html`` (laid out once the view is shown,
        at its own width: the start page is set before the window first shows)."""
        self.key, self._html = key, html
        if self.isVisible():
            self.fill()
        else:
            self._font_key = ""  # (see showEvent)

    def fill(self) -> None:
        """Lay the page out in the view's text size (again, when that changed)."""
        self._font_key = self.font().key()
        document = QTextDocument(self)
        # With no page size Qt leaves the text unlaid until the view sets its own
        # width (in setDocument): a new document's unbounded page would be laid out
        # first with each paragraph on one line, then again at the view's width.
        document.setPageSize(QSizeF(0, 0))
        document.setDefaultFont(self.font())
        document.setDefaultStyleSheet(PAGE_STYLE)
        document.setDocumentMargin(PAGE_MARGIN)
        text = self._html()
        if IMAGE_SCHEME in text:  # (the start page has no pictures: loaded when one has)
            from backguide.ui.movement_art import add_movement_images

            add_movement_images(document, text, self.devicePixelRatioF())
        document.setHtml(text)
        self.setDocument(document)
        # The page laid out before goes (the view's first, empty one Qt deletes itself;
        # asking it for its parent would cost PySide tens of ms of start-up).
        if self._document is not None:
            self._document.deleteLater()
        self._document = document
        self.landmarks.refresh()

    # -- reading with the keyboard ------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # H and Shift+H go to the next and the previous heading, as in a web page
        # with a screen reader (the text is read-only: letters type nothing here).
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_H and modifiers in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            self.go_to_heading(-1 if modifiers else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def go_to_heading(self, step: int) -> str:
        """Put the caret on the next (``step`` 1) or previous (-1) heading and say it.

        Returns the heading's words ("" when there is none that way: the caret stays).
        """
        block = self.textCursor().block()
        block = block.next() if step > 0 else block.previous()
        while block.isValid() and not block.blockFormat().headingLevel():
            block = block.next() if step > 0 else block.previous()
        if not block.isValid():
            say(self.tr("No more headings") if step > 0
                else self.tr("No headings before this"), self)
            return ""
        from PySide6.QtGui import QTextCursor  # set up only when a reader jumps by heading

        self.setTextCursor(QTextCursor(block))
        self.ensureCursorVisible()
        words = block.text().strip()
        say(self.tr("{heading}, heading level {level}").format(
            heading=words, level=block.blockFormat().headingLevel()), self)
        return words

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        # Tab and Shift+Tab go from link to link inside the text, then on out of it.
        before = self.textCursor()
        moved = super().focusNextPrevChild(next)
        if moved and self.hasFocus() and self.textCursor() != before:
            self._on_link_reached()
        return moved

    def _on_link_reached(self) -> None:
        """Say the link the keyboard has reached: its words and that it is a link."""
        cursor = self.textCursor()
        if not (cursor.hasSelection() and cursor.charFormat().isAnchor()):
            return
        name = self.link_name(cursor.selectedText(), cursor.charFormat().anchorHref())
        say(self.tr("{words}, link").format(words=name), self)

    def link_name(self, words: str, href: str) -> str:
        """What a link is called: its words, or for a picture the words of its link beside it."""
        words = words.replace(PICTURE, "").strip()
        if words:
            return words
        return self.tr("Picture: {words}").format(words=self._link_words(href))

    def _link_words(self, href: str) -> str:
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                words = fragment.text().replace(PICTURE, "").strip()
                if words and fragment.charFormat().anchorHref() == href:
                    return words
                it += 1
            block = block.next()
        return ""

    def readable_width(self) -> int:
        """The widest the text runs, in pixels: about :data:`READABLE_LINE` characters."""
        return self.fontMetrics().averageCharWidth() * READABLE_LINE + 2 * PAGE_MARGIN

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        elif event.type() == QEvent.Type.Paint and self.hasFocus():
            # The keyboard is in the text: a ring in the palette's highlight,
            # which the app keeps at 3:1 or more against the page.
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FOCUS_RING / 2
            painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
            painter.end()
        return handled

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.isVisible() and self.key:
            self.fill()  # a new text size (a page kept out of sight waits until shown)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.key and self._font_key != self.font().key():
            self.fill()
        else:
            self.landmarks.catch_up()  # a screen reader may have come or gone meanwhile
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        if not event.oldSize().isValid() and self._laid_out_size.isValid():
            # Resized while out of sight: Qt then reports no old size, and the text
            # edit would lay the whole page out again though its width is the same.
            event = QResizeEvent(event.size(), self._laid_out_size)
        self._laid_out_size = event.size()
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


class SectionPages(QStackedWidget):
    """One section's text for each page shown lately, so going back to a page is quick.

    While the section is not the open tab it already stands at the text of the
    page shown now, or at a blank text that the page will fill when the tab is
    opened (see :meth:`prepare`): the keyboard, sent into the section with its
    tab, lands in the text it is to read and stays there. A screen reader
    passes over the stack itself (see ``quiet_stack``).
    """

    KEEP = 24  # pages kept per section: every region and then some

    def __init__(self, key: str, name: str, new_text: Callable[[PageText], None],
                 parent: QWidget | None = None) -> None:
        """``new_text`` is called with each text view the section makes (to link it up)."""
        super().__init__(parent)
        self.setObjectName(f"sectionPages-{key}")
        self.setProperty("quiet_stack", True)
        self.section = key
        self.name = name
        self._new_text = new_text
        self._kept: dict[str, PageText] = {}  # the least lately shown first
        self._blank: PageText | None = None

    def _ready_blank(self) -> PageText:
        if self._blank is None:
            blank = self._blank = PageText(self.name, self)
            blank.setObjectName(f"section-{self.section}")
            self.addWidget(blank)
            self._new_text(blank)
        return self._blank

    def prepare(self, key: str) -> None:
        """Stand at page ``key``'s text if it is kept, else at a blank text to fill."""
        self._switch(self._kept.get(key) or self._ready_blank())

    def show_page(self, key: str, html: Callable[[], str]) -> PageText:
        """Show the page ``key`` (its text from ``html``, made the first time), from its top."""
        text = self._kept.pop(key, None)
        if text is None:
            text = self._ready_blank()  # filled where it stands: the keyboard stays in it
            self._blank = None
            text.set_page(key, html)
        self._kept[key] = text
        self._switch(text)
        while len(self._kept) > self.KEEP:
            oldest = self._kept.pop(next(iter(self._kept)))
            self.removeWidget(oldest)
            oldest.deleteLater()
        return text

    def _switch(self, text: PageText) -> None:
        before = self.currentWidget()
        if before is text:
            return
        self.setCurrentWidget(text)
        self.setFocusProxy(text)  # the keyboard, sent to the section, goes into its text
        text.verticalScrollBar().setValue(0)
        if isinstance(before, PageText):
            before.landmarks.catch_up()  # stand-ins of a page put aside go with the reader

    def shown(self) -> PageText | None:
        """The text shown now; None while it has none."""
        text = self.currentWidget()
        return text if isinstance(text, PageText) and text.key else None


class SummaryArea(QScrollArea):
    """The panel's top: as tall as its summary needs (the panel says how tall), and it
    scrolls when there is less room. Its least height never changes, so a new summary
    lays out the panel again, never the whole window (whose smallest size it would change).
    """

    LEAST = 40

    def __init__(self) -> None:
        super().__init__()
        # Its viewport made from Python, as Qt would make it: the first time Qt hands
        # Python a widget it has not seen (as viewport() would), PySide sets up every
        # widget class to find out which one it is, about 10 ms of start-up.
        self.setViewport(QWidget())
        self._wanted = self.LEAST
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def want_height(self, height: int, scrolls: bool) -> None:
        """Be ``height`` tall; ``scrolls`` when the summary is taller than that."""
        # A scroll bar only when the summary is cut. Left to Qt, one shown while the
        # area was still short could stay after it grew to fit: the summary then
        # wrapped beside it and its last line was cut off.
        policy = (Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls
                  else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if policy != self.verticalScrollBarPolicy():
            self.setVerticalScrollBarPolicy(policy)
        if height != self._wanted:
            self._wanted = height
            # Take the height at once (as the layout will): the new summary then never
            # wraps beside a scroll bar that it needed only at the old height.
            self.resize(self.width(), height)
            self.updateGeometry()
        # Qt can size the summary while the window first shows without telling its
        # layout, which then stays at the old height (the text cut off at the bottom).
        content = self.widget()
        layout = content.layout() if content is not None else None
        if content is not None and layout is not None and layout.geometry() != content.rect():
            layout.setGeometry(content.rect())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._wanted)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self.LEAST)


class WrappedText(QLabel):
    """A label whose text wraps, and which remembers how tall it is at each width.

    While a window settles, Qt's layouts ask a wrapped label its height again and
    again at the same few widths, and a label of rich text lays its text out anew
    for every answer (22 times for the start page's summary before the first frame).
    """

    REMEMBERED = 64  # widths, before it starts afresh (dragging the splitter makes many)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= self.REMEMBERED:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()  # a new text size or style: new heights
        super().changeEvent(event)


class SummaryText(QWidget):
    """A page's summary: its title, what it is and the first things to try.

    Each page's summary is made once and kept (hidden while another page shows),
    so going back to a page lays out no text.
    """

    def __init__(self, title: str, intro: str, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Heading()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.title.setFont(title_font(self.font()))
        self.title.setText(title)
        self.intro = WrappedText(intro)
        self.intro.setObjectName("panelIntro")
        self.summary = WrappedText(summary)
        self.summary.setObjectName("panelSummary")
        self.summary.setVisible(bool(summary))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for label in (self.title, self.intro, self.summary):
            layout.addWidget(label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.title.setFont(title_font(self.font()))  # a new text size


def title_font(font: QFont) -> QFont:
    """The page title's type: bold, a size up from ``font``."""
    title = QFont(font)
    title.setPointSizeF(font.pointSizeF() * 1.45)
    title.setBold(True)
    return title


def section_names() -> dict[str, str]:
    """Every section a page can have, in reading order: its key and its name for screen readers."""
    return {"help": translate("DetailPanel", "What may help"),
            "moves": translate("DetailPanel", "Gentle movements"),
            "pain": translate("DetailPanel", "Where pain goes"),
            "why": translate("DetailPanel", "Why it hurts"),
            "muscles": translate("DetailPanel", "Muscles"),
            "sources": translate("DetailPanel", "Sources"),
            "place": translate("DetailPanel", "Muscles that can send pain here"),
            "about": translate("DetailPanel", "About back pain")}


class DetailPanel(QWidget):
    """Shows the page for what is chosen: a summary first, then sections in tabs."""

    urgent_signs_requested = Signal()
    handout_requested = Signal()
    about_back_pain_requested = Signal()

    def __init__(self, content: Content, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.content = content
        self.selection = selection
        self.page = ""
        self.last_announcement = ""
        self._sections: list[tuple[str, str, Callable[[], str]]] = []
        self.movement_dialog: QDialog | None = None

        self._summaries: dict[str, SummaryText] = {}  # by page, the least lately shown first
        self._summary: SummaryText | None = None
        self._summary_page = ""
        self.urgent_button = QPushButton(self.tr("\u26a0 Urgent signs"))
        self.urgent_button.setAccessibleName(self.tr("Urgent signs for this area"))
        self.urgent_button.setToolTip(self.tr("When to get help today or now"))
        self.urgent_button.setObjectName("panelUrgentSigns")
        self.urgent_button.setAutoDefault(False)
        self.urgent_button.clicked.connect(self.urgent_signs_requested)
        # For a practitioner: a handout about this area, with their own choices.
        self.handout_button = QPushButton(self.tr("Make a handout\u2026"))
        self.handout_button.setObjectName("panelMakeHandout")
        self.handout_button.setAutoDefault(False)
        self.handout_button.setToolTip(self.tr(
            "Choose steps and movements and print a handout ({keys})").format(
                keys=QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)))
        self.handout_button.clicked.connect(self.handout_requested)
        # Side by side, or one above the other when the panel is too narrow for both.
        urgent_row = self._button_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        urgent_row.addWidget(self.urgent_button)
        urgent_row.addWidget(self.handout_button)
        urgent_row.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("panelSections")
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        header = QWidget()
        header_layout = self._header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(PAGE_MARGIN, 10, 4, 4)
        header_layout.setSpacing(6)
        header_layout.addLayout(urgent_row)  # under the page's summary (see _set_header)
        # On a small or 2x scaled screen the summary scrolls within at most half
        # the panel, so the sections below always keep room.
        self.header = SummaryArea()
        self.header.setObjectName("panelSummaryArea")
        self.header.setAccessibleName(self.tr("Summary"))
        self.header.setWidget(header)
        self._header_content = header
        self._header_heights: dict[tuple[int, str, str, bool], int] = {}
        self.header.setWidgetResizable(True)
        self.header.setFrameShape(QScrollArea.Shape.NoFrame)
        self.header.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop of its own
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        # A page of one section (the start page, a place) shows its text on its
        # own, beside the tabs rather than in them: the region tabs are then
        # never rebuilt as the person goes between pages, and a rebuilt tab
        # bar would make a screen reader read its first tab over the choice.
        self.pages = QStackedWidget()
        self.pages.setObjectName("panelPages")
        self.pages.addWidget(self.tabs)
        for stack in (self.pages, *self.tabs.findChildren(QStackedWidget)):
            stack.setProperty("quiet_stack", True)
        layout.addWidget(self.pages, 1)
        self._views: dict[str, SectionPages] = {}  # made when first shown
        self._prepare_region_tabs()
        self._show_choice(selection.choice)
        selection.changed.connect(self._on_selection_changed)

    def _prepare_region_tabs(self) -> None:
        """Make a region's tabs now, while no one hears them: made on the first
        choice (or even just after the first frame), a screen reader would read
        the new first tab over what it is saying."""
        if not self.content.regions:
            return
        sections = region_section_builders(self.content, self.content.regions[0])
        self._build_tabs([title for _key, title, _html in sections],
                         [key for key, _title, _html in sections], 0)

    # -- what is shown ----------------------------------------------------------------

    def _set_sections(self, page: str, sections: list[tuple[str, str, Callable[[], str]]]
                      ) -> None:
        """Show ``sections`` (key, title, html) as tabs, keeping the reader's tab if it is there."""
        current = self.tabs.currentWidget()
        keep = next((key for key, view in self._views.items() if view is current), None)
        self.page = page
        self._sections = sections
        keys = [key for key, _title, _html in sections]
        if len(sections) == 1:
            key, _title, html = sections[0]
            view = self._view(key)
            if self.pages.indexOf(view) < 0:
                self.pages.addWidget(view)
            self.pages.setCurrentWidget(view)
            view.show_page(f"{page}/{key}", html)
            return
        self.pages.setCurrentWidget(self.tabs)
        shown = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        titles = [title for _key, title, _html in sections]
        if shown != titles:
            # Rebuilt only when the sections differ (see self.pages).
            self._build_tabs(titles, keys, keys.index(keep) if keep in keys else 0)
        for key in keys:
            self._view(key).prepare(f"{page}/{key}")
        self._on_tab_changed(self.tabs.currentIndex())

    def _build_tabs(self, titles: list[str], keys: list[str], current: int) -> None:
        self.tabs.blockSignals(True)  # the tabs are rebuilt, not chosen by the reader
        self.tabs.clear()
        for key, title in zip(keys, titles, strict=True):
            self.tabs.addTab(self._view(key), title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)

    def _view(self, key: str) -> SectionPages:
        view = self._views.get(key)
        if view is None:
            view = self._views[key] = SectionPages(key, section_names()[key], self._link_up,
                                                   self)
        return view

    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._sections) and self.pages.currentWidget() is self.tabs:
            key, _title, html = self._sections[index]
            self._views[key].show_page(f"{self.page}/{key}", html)

    def _link_up(self, text: PageText) -> None:
        """A new section text: its links act here, and Tab goes from the section tabs
        into it, then on down the window."""
        text.anchorClicked.connect(self.follow_link)
        QWidget.setTabOrder(self.tabs, text)

    def _on_selection_changed(self, before: Choice) -> None:
        self._show_choice(self.selection.choice)

    def _show_choice(self, choice: Choice) -> None:
        """Show the page for ``choice``, unless it is the page already shown."""
        content, place, region_id, muscle = (self.content, choice.place, choice.region,
                                             choice.muscle)
        if choice.mode is ViewMode.PAIN and place is not None:
            page = f"zone/{place}"
            if page != self.page:
                area = zone_area(content, place)
                self._set_header(page, lambda: (area.name, area.zone.description, ""), True)
                # Movements for the levels of the muscles this place's pain can come
                # from follow on the same page: one page, so a screen reader reads
                # the place's news, not a row of tabs built afresh.
                moves = movements_for_levels(
                    content, {r.region.level.id for r in referrals_to(content, place)})

                words = content.words

                def place_page() -> str:
                    html = pages.zone_page(content, area, header=False)
                    if moves:
                        html += (f"<h3>{words.html('sections.gentle_movements')}</h3>"
                                 + movement_list_html(moves, words.text("sections.movements_for_place"),
                                                      words))
                    return html

                self._set_sections(page, [("place", words.text("panel.muscles_sending_here"),
                                           place_page)])
                self.announce(f"{area.name}. {_plain(area.zone.description)}")
        elif choice.mode is ViewMode.MUSCLES and region_id is not None:
            page = f"region/{region_id}/{muscle or ''}"
            if page != self.page:
                region = content.region(region_id)
                where = sends_pain_line(content, region, muscle)
                level = region.level
                what = region.name  # the title names a chosen muscle too: "... in Low back, left"
                if muscle:
                    what = self.tr("{muscle} in {region}").format(
                        muscle=content.muscles[muscle].name, region=region.name)
                self._set_header(page, lambda: (
                    what, region_intro_html(content, region, muscle),
                    first_steps_html(content, region)), True)
                self._set_sections(page, region_section_builders(content, region, muscle))
                tries = ", ".join(s.title.lower() for s in first_steps(content, level.id))
                self.announce(self.tr("{what}. {where} First things to try: "
                                      "{steps}.").format(what=what, where=where,
                                                                          steps=tries))
        elif self.page != "welcome":
            self.announce(self.tr("Nothing chosen."))
            self._set_header("welcome", lambda: (
                content.guide.title, pages.welcome_intro_html(content.words), ""), False)
            self._set_sections("welcome", [
                ("about", content.words.text("sections.about_back_pain"),
                 lambda: about_back_pain_html(content))])

    def _set_header(self, page: str, texts: Callable[[], tuple[str, str, str]],
                    urgent: bool) -> None:
        """Show the summary of ``page``; ``texts`` gives its title, intro and first steps
        (HTML) the first time."""
        summary = self._summaries.pop(page, None)
        if summary is None:
            summary = SummaryText(*texts())
            self._header_layout.insertWidget(0, summary)
        self._summaries[page] = summary
        self._summary_page = page
        if summary is not self._summary:
            if self._summary is not None:
                self._summary.hide()
            summary.show()
            self._summary = summary
        while len(self._summaries) > SectionPages.KEEP:
            self._summaries.pop(next(iter(self._summaries))).deleteLater()
        self.urgent_button.setVisible(urgent)
        self.handout_button.setVisible(urgent)
        self._fit_header()

    def _fit_header(self) -> None:
        if not self.isVisible():
            return  # laid out when shown: before that its width is not known yet
        content = self._header_content
        width = self.header.maximumViewportSize().width() or self.width()  # no scroll bar
        margins = self._header_layout.contentsMargins()
        both = (self.urgent_button.sizeHint().width() + self.handout_button.sizeHint().width()
                + self._button_row.spacing())
        direction = (QBoxLayout.Direction.LeftToRight
                     if width - margins.left() - margins.right() >= both
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self._button_row.direction():
            self._button_row.setDirection(direction)
        # Measuring wrapped text is slow (a few ms): each page's summary is measured
        # once per width and text size, so going back to an area costs nothing.
        measured = (width, self.font().key(), self._summary_page,
                    self.urgent_button.isVisibleTo(self))
        needed = self._header_heights.get(measured)
        if needed is None:
            if len(self._header_heights) > 256:
                self._header_heights.clear()
            # Its labels wrap, so its height always follows its width (asking Qt
            # whether it does costs as much as a millisecond a click).
            needed = self._header_heights[measured] = content.heightForWidth(width)
        height = max(SummaryArea.LEAST, min(needed, self.height() // 2))
        self.header.want_height(height, scrolls=needed > height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_header()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_header()

    def announce(self, text: str) -> None:
        """Note, in one line, what the panel now shows (the explorer says it aloud)."""
        self.last_announcement = text

    # -- links --------------------------------------------------------------------------

    def follow_link(self, url: QUrl | str) -> None:
        """Act on one of the panel's own links (the app never opens the network)."""
        link = url if isinstance(url, str) else url.toString()
        if not link.startswith(pages.LINK):
            return
        kind, _, rest = link[len(pages.LINK):].partition("/")
        if kind == "muscle":
            self.selection.choose_muscle(rest)
        elif kind == "all-muscles":
            self.selection.choose_muscle(None)
        elif kind == "pick":
            region_id, _, muscle_id = rest.partition("/")
            self.selection.show_muscle_of(region_id, muscle_id)
        elif kind == "about-back-pain":
            self.about_back_pain_requested.emit()
        elif kind == "movement":
            self.open_movement(rest)

    def open_movement(self, movement_id: str) -> QDialog | None:
        """Show one movement in full, with its steps, in a small window."""
        from backguide.ui.movement_dialog import MovementDialog

        movement = next((m for m in self.content.movements if m.id == movement_id), None)
        if movement is None:
            return None
        dialog = MovementDialog(movement, self, self.content.words)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.movement_dialog = dialog
        return dialog

    # -- for tests, the window and text size --------------------------------------------

    @property
    def title(self) -> Heading:
        """The shown page's title."""
        assert self._summary is not None  # a page is shown from the start
        return self._summary.title

    @property
    def intro(self) -> QLabel:
        assert self._summary is not None
        return self._summary.intro

    @property
    def summary(self) -> QLabel:
        assert self._summary is not None
        return self._summary.summary

    def section_titles(self) -> list[str]:
        return [title for _key, title, _html in self._sections]

    def show_section(self, key: str) -> PageText:
        """Open the tab of section ``key`` and return its text view."""
        view = self._view(key)
        if self.pages.currentWidget() is self.tabs:
            self.tabs.setCurrentWidget(view)
        text = view.shown()
        assert text is not None, f"no page of section {key} is shown"
        return text

    def current_text(self) -> PageText:
        """The section text shown now (the open tab's, or a one-section page's)."""
        shown = self.pages.currentWidget()
        view = self.tabs.currentWidget() if shown is self.tabs else shown
        assert isinstance(view, SectionPages)
        text = view.shown()
        assert text is not None
        return text

    def toPlainText(self) -> str:  # noqa: N802
        """All the words of the page, summary first, every section included."""
        parts = [self.title.text(), _plain(self.intro.text())]
        if self.summary.isVisibleTo(self):
            parts.append(_plain(self.summary.text()))
        for _key, _title, html in self._sections:
            parts.append(_plain(html()))
        return "\n".join(parts)



def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()
