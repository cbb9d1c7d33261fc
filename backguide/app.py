"""Start the desktop app: QApplication, content, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from backguide import __version__
from backguide.core.artwork import Artwork, ArtworkError, load_artwork
from backguide.core.content import load_guide
from backguide.core.errors import ContentError, Problem
from backguide.core.model import Content
from backguide.paths import asset, content_dir

APP_NAME = "BackGuide"
ORGANIZATION = "BackGuide"
DESKTOP_ID = "org.backguide.BackGuide"


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(DESKTOP_ID)
    return QApplication(sys.argv[:1])


def load_startup_content(folder: str | None, artwork: Artwork
                         ) -> tuple[Content | None, ContentError | None]:
    """The content to start with: ``folder`` if it is sound, else the shipped one.

    Returns the content and, when something was wrong, the error to show.
    """
    error: ContentError | None = None
    if folder:
        try:
            return load_guide(Path(folder), artwork), None
        except ContentError as exc:
            error = exc
    try:
        return load_guide(content_dir(), artwork), error
    except ContentError as exc:
        return None, exc


class _FirstPaint(QObject):
    """Quits the application once the watched window has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def run_app(content: str | None = None, data_dir: str | None = None, smoke: bool = False) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    app = _application()
    svg_path = str(asset("back.svg"))
    guide: Content | None = None
    error: ContentError | None = None
    try:
        artwork = load_artwork(svg_path)
    except ArtworkError as exc:
        artwork = None
        error = ContentError([Problem(svg_path, 1, 1, str(exc))])
    if artwork is not None:
        guide, error = load_startup_content(content, artwork)
    if error is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                          "The content folder has problems." if guide else
                          "BackGuide cannot start: its content has problems.")
        box.setInformativeText(
            "BackGuide is using its own built-in guide instead." if guide else
            "Please reinstall BackGuide.")
        box.setDetailedText(error.text())
        if smoke:
            print(error.text(), file=sys.stderr)
        else:
            box.exec()
    if guide is None or artwork is None:
        return 1
    from backguide.ui.main_window import MainWindow

    window = MainWindow(guide, artwork, svg_path)
    if smoke:
        watcher = _FirstPaint(window)
        window.installEventFilter(watcher)
    window.show()
    return app.exec()
