"""Small dialogs: urgent signs, content problems, about."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QSize, Qt
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
from backguide.core.model import Content, RedFlag, Translation, Urgency, urgency_label
from backguide.core.red_flags import own_action, shared_action, sign_groups
from backguide.ui.heading import Heading
from backguide.ui.translation import long_date, number, translate


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
        self.setWindowTitle(self.tr("Urgent signs"))
        intro = QLabel(self.tr(
            "Back pain with any of these signs needs checking. They do not "
            "mean you have a serious illness, but a doctor should look."))
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
        self.setWindowTitle(self.tr("Problems in the content"))
        self.resize(720, 420)
        self.error = error
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.list = QTextBrowser()
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setHtml(error.html())
        copy = QPushButton(self.tr("&Copy to clipboard"))
        copy.clicked.connect(self._on_copy_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def explain_start(self, started: bool) -> None:
        """Say why the content folder given at start was not used, or why nothing can start."""
        count = len(self.error.problems)
        problems = self.tr("The content folder has {count} problems.", "", count).format(
            count=number(count))
        if started:
            outcome = self.tr("BackGuide is showing its own built-in guide instead.")
        else:
            outcome = self.tr("BackGuide cannot start without a sound guide; please reinstall it.")
        self.summary.setText(f"{problems} {outcome}")

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.error.text())


def show_about(parent: QWidget, content: Content) -> None:
    """The About box: app version, the content's version and review dates, and who stands behind it."""
    from PySide6.QtWidgets import QMessageBox

    from backguide import __version__

    guide = content.guide
    governance = f"<p>{pages.escape(guide.governance)}</p>" if guide.governance else ""
    purpose = translate("AboutBox", "A guide for people with back pain and those who advise them.")
    version = translate("AboutBox", "Content version {version}").format(version=guide.version)
    reviewed = translate("AboutBox", "Last reviewed {date}").format(
        date=long_date(guide.last_reviewed))
    due = translate("AboutBox", "Next review due {date}").format(date=long_date(guide.next_review))
    offline = translate("AboutBox", "BackGuide works offline and keeps your data on this computer.")
    escape = pages.escape
    translated = "".join(f"<p>{escape(line)}</p>" for line in translation_lines(guide.translation))
    QMessageBox.about(
        parent, translate("AboutBox", "About BackGuide"),
        f"<h3>BackGuide {__version__}</h3><p>{escape(purpose)}</p>"
        f"<p>{escape(version)}<br>{escape(reviewed)}<br>{escape(due)}</p>"
        f"{translated}{governance}"
        f"<p><i>{escape(guide.disclaimer)}</i></p>"
        f"<p>{escape(offline)}</p>")


def translation_lines(translation: Translation | None) -> list[str]:
    """What the About box says of a translated guide: where it comes from, and its review."""
    if translation is None:
        return []
    if translation.from_locale == "en":
        origin = translate("AboutBox", "Translated from the English guide, content version "
                                       "{version}, by {translator}.")
    else:
        origin = translate("AboutBox", "Translated from the guide in {language}, content version "
                                       "{version}, by {translator}.")
    lines = [origin.format(version=translation.from_version, translator=translation.by,
                           language=QLocale(translation.from_locale).nativeLanguageName())]
    if translation.review_pending or translation.reviewed is None:
        lines.append(translate("AboutBox", "A clinician who is a native speaker has not "
                                           "reviewed this translation yet."))
    else:
        lines.append(translate("AboutBox", "Translation reviewed by {reviewer} on {date}.").format(
            reviewer=translation.reviewer, date=long_date(translation.reviewed)))
    return lines
