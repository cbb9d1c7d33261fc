"""The headings and links of a text view, as objects a screen reader can find.

Qt shows a QTextBrowser to screen readers as one piece of text: its accessible
(QAccessibleTextEdit, C++) gives the words through AT-SPI's Text interface,
which Orca reads line by line, but has nothing inside it for a heading or a
link, so a screen reader can neither list the headings nor say a link is a
link. Each heading and link therefore gets a stand-in here, a
:class:`Landmark`: a widget that paints nothing, lets the mouse through and
takes no focus, laid over the heading's block or the link's words. It is a
direct child of the view (not of its viewport), because Qt lists a widget's
direct child widgets as its accessible children, so the view keeps its own
text interface and gains the landmarks beside it. The factory below gives each
landmark the role Heading (with its level) or Link (with a Press action that
does what a click on the link does).

Stand-ins cost a pass over the page, a layout of the whole page and a widget
each, so they are made only while accessibility is active (a screen reader is
listening): each time a page is shown, and the first time a screen reader asks
for a view after it started listening.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:  # the Qt types the stand-ins use are set up only while a reader listens
    from PySide6.QtGui import QAccessibleInterface, QTextDocument

HEADING = QAccessible.Role.Heading
LINK = QAccessible.Role.Link


class Mark(NamedTuple):
    """One heading or link of a document: what it is, its words and where they are.

    (A named tuple: as immutable as a frozen dataclass, and quicker to define at start-up.)
    """

    role: QAccessible.Role
    words: str
    start: int  # the first character's position in the document
    end: int  # just after the last character
    level: int = 0  # a heading's level (1 for <h1>)
    href: str = ""  # a link's target


def document_marks(document: "QTextDocument") -> list[Mark]:
    """The headings and links of ``document`` in reading order.

    A link's words are its own characters as they stand (a picture is one
    object character); each run of characters with one target is one link,
    as Tab goes from link to link.
    """
    marks: list[Mark] = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and block.text().strip():
            marks.append(Mark(HEADING, block.text().strip(), block.position(),
                              block.position() + block.length() - 1, level))
        href, start, end, words = "", 0, 0, ""
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            form = fragment.charFormat()
            here = form.anchorHref() if form.isAnchor() else ""
            if href and here == href:
                words += fragment.text()
            else:
                if href:
                    marks.append(Mark(LINK, words, start, end, href=href))
                href, start, words = here, fragment.position(), fragment.text()
            end = fragment.position() + fragment.length()
            it += 1
        if href:
            marks.append(Mark(LINK, words, start, end, href=href))
        block = block.next()
    return marks


class Landmark(QWidget):
    """Stands over one heading or link of a text view, for screen readers; paints nothing."""

    def __init__(self, view: QTextBrowser, mark: Mark, name: str) -> None:
        super().__init__(view)
        self.view = view
        self.mark = mark
        self.name = name
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(QRect())  # nowhere until placed over its words

    def press(self) -> None:
        """Follow the link, as a click on its words does (after the screen reader's call returns).

        Following it may show another page, which replaces this landmark: it
        must not be deleted while Qt is still in its accessible's action.
        """
        from PySide6.QtCore import QUrl  # (only a screen reader presses a landmark)

        view, url = self.view, QUrl(self.mark.href)
        QTimer.singleShot(0, view, lambda: view.anchorClicked.emit(url))


class TextLandmarks(QObject):
    """Keeps a view's landmarks in step with its page, its scrolling and its size.

    ``name_link(words, href)`` says what a link is called (for a picture,
    whose words are only an object character).
    """

    def __init__(self, view: QTextBrowser, name_link: Callable[[str, str], str]) -> None:
        super().__init__(view)
        self.view = view
        self._name_link = name_link
        self._landmarks: list[Landmark] = []
        self._following = False
        self._build_pending = False
        self._place_timer: QTimer | None = None
        self._built_for: QTextDocument | None = None  # the page the stand-ins are for

    def landmarks(self) -> list[Landmark]:
        return list(self._landmarks)

    def refresh(self) -> None:
        """Stand-ins for the page shown now while a screen reader listens; none otherwise."""
        if QAccessible.isActive():
            self.build()
        elif self._landmarks:
            self._clear()

    def catch_up(self) -> None:
        """For a kept page shown again, or put aside: stand-ins while a screen reader
        listens (made again only if the page changed), none otherwise."""
        if not QAccessible.isActive():
            if self._landmarks:
                self._clear()
        elif self._built_for is not self.view.document():
            self.build()

    def refresh_soon(self) -> None:
        """Refresh once control is back in the event loop (not inside a screen reader's call)."""
        if not self._build_pending:
            self._build_pending = True
            QTimer.singleShot(0, self, self._on_build_due)

    def _on_build_due(self) -> None:
        self._build_pending = False
        self.refresh()

    def build(self) -> None:
        """Make a landmark for each heading and link of the page shown now, whoever listens."""
        had = bool(self._landmarks)
        self._clear()
        view = self.view
        self._built_for = view.document()
        for mark in document_marks(view.document()):
            name = mark.words if mark.role == HEADING else self._name_link(mark.words, mark.href)
            self._landmarks.append(Landmark(view, mark, name))
        if self._landmarks:
            self._follow_view()
            for landmark in self._landmarks:
                landmark.show()
            # Laid over their words once the page is laid out, after this user action.
            self.place_soon()
        if (had or self._landmarks) and QAccessible.isActive():
            # A screen reader that already listed the view's children lists them again.
            from PySide6.QtGui import QAccessibleEvent

            QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.ObjectReorder))

    def _clear(self) -> None:
        self._built_for = None
        old, self._landmarks = self._landmarks, []
        for landmark in old:
            # Gone at once, so the view's children are the new page's from now on.
            shiboken6.delete(landmark)

    def _follow_view(self) -> None:
        if self._following:
            return
        self._following = True
        self.view.verticalScrollBar().valueChanged.connect(self.place_soon)
        self.view.horizontalScrollBar().valueChanged.connect(self.place_soon)
        self.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self._landmarks:
            self.place_soon()
        return False

    def place_soon(self) -> None:
        """Lay the landmarks over their words again when the event loop next runs."""
        if not self._landmarks:
            return
        if self._place_timer is None:
            self._place_timer = QTimer(self)
            self._place_timer.setSingleShot(True)
            self._place_timer.setInterval(0)
            self._place_timer.timeout.connect(self.place)
        self._place_timer.start()

    def place(self) -> None:
        """Lay each landmark over its heading's block or its link's words, as scrolled now."""
        view = self.view
        document = view.document()
        layout = document.documentLayout()
        # Document to view: the scrolled-away part off, then the viewport's place in the view.
        origin = view.viewport().geometry().topLeft()
        shift = origin - QPoint(view.horizontalScrollBar().value(),
                                view.verticalScrollBar().value())
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(document)
        for landmark in self._landmarks:
            mark = landmark.mark
            if mark.role == HEADING:
                block = document.findBlock(mark.start)
                rect = layout.blockBoundingRect(block).toAlignedRect().translated(shift)
            else:
                cursor.setPosition(mark.start)
                first = view.cursorRect(cursor)
                cursor.setPosition(mark.end)
                rect = first.united(view.cursorRect(cursor)).translated(origin)
            if rect != landmark.geometry():
                landmark.setGeometry(rect)


def _landmark_accessible(key: str, obj: QObject) -> "QAccessibleInterface | None":
    if isinstance(obj, Landmark):
        # Loaded only once a screen reader asks: landmarks exist only while one listens.
        from backguide.ui.landmark_accessible import LandmarkAccessible

        return LandmarkAccessible(obj, obj.mark.role, obj.name, obj.mark.level, obj.press)
    if isinstance(obj, QTextBrowser) and QAccessible.isActive():
        # A screen reader asks for a view the first time it meets it: if it
        # started listening after the page was shown, the page has none yet.
        landmarks = obj.findChild(TextLandmarks, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if landmarks is not None:
            landmarks.refresh_soon()
    return None


QAccessible.installFactory(_landmark_accessible)
