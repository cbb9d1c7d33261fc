"""Small dialogs: urgent signs, content problems, about."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backguide.core import pages
from backguide.core.errors import ContentError
from backguide.core.model import Content
from backguide.ui.style import PAGE_STYLE


class UrgentSignsDialog(QDialog):
    """The red flags: when to call for help now, today, or soon."""

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentSigns")
        self.setWindowTitle("Urgent signs")
        self.resize(560, 620)
        intro = QLabel(
            "<b>Back pain with any of these signs needs checking.</b> "
            "They do not mean you have a serious illness, but a doctor should look.")
        intro.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Urgent signs")
        self.text.document().setDefaultStyleSheet(PAGE_STYLE)
        self.text.setHtml(pages.red_flags_html(content))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


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
