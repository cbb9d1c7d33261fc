"""Small dialogs: urgent signs, content problems, about."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backguide.core import pages
from backguide.core.errors import ContentError
from backguide.core.model import Content, RedFlag, Urgency, urgency_label
from backguide.core.red_flags import own_action, shared_action, sign_groups
from backguide.ui.heading import Heading


class SignList(QListWidget):
    """One tier's signs, one item a sign: named by its tier and action, as tall as its signs.

    A screen reader hears the tier and its action with every sign on entry
    (name and description), then one sign for each arrow key. The list never
    scrolls: it is as tall as its signs wrapped to its width, so the dialog
    lays out like the handout's box.
    """

    def __init__(self, name: str, signs: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription(" ".join(s if s.endswith(".") else f"{s}." for s in signs))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QListWidget { background: transparent; }")
        for sign in signs:
            item = QListWidgetItem(f"\u2022 {sign}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, sign)
            self.addItem(item)
        self._fit(320)

    def _fit(self, width: int) -> None:
        """Give each sign the height of its wrapped text at ``width``, and the list their sum."""
        metrics = self.fontMetrics()
        room = max(80, width - 16)
        total = 0
        for row in range(self.count()):
            item = self.item(row)
            height = metrics.boundingRect(
                QRect(0, 0, room, 0), Qt.TextFlag.TextWordWrap, item.text()).height() + 6
            item.setSizeHint(QSize(room, height))
            total += height
        self.setFixedHeight(total + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        if event.size().width() != event.oldSize().width():
            self._fit(event.size().width())
        super().resizeEvent(event)


class UrgentSignsDialog(QDialog):
    """The red flags, grouped like the handout's box: each tier's action once, then its signs.

    Everyone's signs come first (emergency on the left, today and soon on the
    right: on a 1280x860 screen they fit without scrolling), then each level's
    own group (the neck's) below, reached by scrolling or Tab. Each tier is a
    heading, its action, and a list of its signs that a screen reader reads
    sign by sign; the emergency list has the focus when the dialog opens.
    """

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentSigns")
        self.words = content.words
        self.setWindowTitle("Urgent signs")
        intro = QLabel("Back pain with any of these signs needs checking. They do not mean "
                       "you have a serious illness, but a doctor should look.")
        intro.setWordWrap(True)
        body = QWidget()
        page = QVBoxLayout(body)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(intro)
        self.lists: list[SignList] = []
        self.groups: list[list[SignList]] = []  # each group's lists, in reading order
        groups = sign_groups(content)
        for group in groups:
            prefix = ""
            if len(groups) > 1:
                heading = Heading()
                heading.setText(group.title)
                heading.setStyleSheet("font-size: 14pt; font-weight: 600; margin-top: 6px;")
                page.addWidget(heading)
                prefix = f"{group.title}. " if group.level is not None else ""
            tiers = group.urgencies
            columns = QHBoxLayout()
            page.addLayout(columns)
            self.groups.append([])
            for part in (tiers[:1], tiers[1:]):
                column = QVBoxLayout()
                columns.addLayout(column, 1)
                for urgency in part:
                    self.groups[-1].append(
                        self._tier(column, prefix, urgency, group.with_urgency(urgency)))
                column.addStretch(1)
        page.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the lists are the stops
        self.area.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(buttons)
        screen = QGuiApplication.primaryScreen()
        self.resize(self.size_for(screen.availableGeometry().size() if screen else QSize(1280, 860)))
        if self.lists:
            self.lists[0].setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def size_for(room: QSize) -> QSize:
        """The dialog's size on a screen with ``room`` free: wide, so the signs fit without scrolling."""
        return QSize(min(1180, room.width() - 20), min(800, room.height() - 60))

    def _tier(self, column: QVBoxLayout, prefix: str, urgency: Urgency,
              flags: tuple[RedFlag, ...]) -> SignList:
        heading = Heading()
        label = urgency_label(self.words, urgency)
        heading.setText(label)
        heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        action = shared_action(flags)
        said = QLabel(action)
        said.setWordWrap(True)
        said.setStyleSheet("font-weight: 600;")
        signs = []
        for flag in flags:
            extra = own_action(flag, action)
            signs.append(f"{flag.sign}. {extra}" if extra else flag.sign)
        short = label.split(":")[0]
        name = f"{prefix}{short}: {action}"
        signs_list = SignList(name, signs)
        # The action labels its list: a screen reader says it (with the tier) as
        # the list's name, not again among the dialog's loose text on opening.
        said.setBuddy(signs_list)
        said.setAccessibleName(name)
        column.addWidget(heading)
        column.addWidget(said)
        column.addWidget(signs_list)
        self.lists.append(signs_list)
        return signs_list


class ContentProblemsDialog(QDialog):
    """Every problem in a content folder, with a button to copy them."""

    def __init__(self, error: ContentError, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentProblems")
        self.setWindowTitle("Problems in the content")
        self.resize(720, 420)
        self.error = error
        label = QLabel(summary)
        label.setWordWrap(True)
        self.list = QTextBrowser()
        self.list.setAccessibleName("Problems")
        self.list.setHtml(error.html())
        copy = QPushButton("&Copy to clipboard")
        copy.clicked.connect(self._on_copy_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.error.text())


def show_about(parent: QWidget, content: Content) -> None:
    """The About box: app version, the content's version and review dates, and who stands behind it."""
    from PySide6.QtWidgets import QMessageBox

    from backguide import __version__

    guide = content.guide
    governance = f"<p>{pages.escape(guide.governance)}</p>" if guide.governance else ""
    QMessageBox.about(
        parent, "About BackGuide",
        f"<h3>BackGuide {__version__}</h3>"
        "<p>A guide for people with back pain and those who advise them.</p>"
        f"<p>Content version {guide.version}<br>"
        f"Last reviewed {guide.last_reviewed:%d %B %Y}<br>"
        f"Next review due {guide.next_review:%d %B %Y}</p>"
        f"{governance}"
        f"<p><i>{pages.escape(guide.disclaimer)}</i></p>"
        "<p>BackGuide works offline and keeps your data on this computer.</p>")
