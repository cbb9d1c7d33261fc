"""The File menu's handout actions: print, print preview and save as PDF.

The main window owns one :class:`HandoutActions`; it asks which guide and
region to print, asks the person for their choices, and reports failures in
a message box instead of a traceback.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from backguide.core.artwork import Artwork
from backguide.core.model import Content
from backguide.ui.speech import say
from backguide.ui.translation import number

if TYPE_CHECKING:  # the printing code loads on first use, keeping start-up quick
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QStatusBar

    from backguide.core.handout import Handout, HandoutOptions
    from backguide.ui.printing.builder import HandoutBuilder
    from backguide.ui.printing.open_folder import OpenFolderButton
    from backguide.ui.printing.render import HandoutPrintPreview

LAST_FOLDER_KEY = "handouts/last_folder"


def _default_templates() -> Path:
    from backguide.user_data import data_dir

    return data_dir() / "templates"


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class HandoutActions(QObject):
    """Print, Print preview and Save as PDF for the chosen region (or the general handout)."""

    def __init__(self, window: QWidget, guide: Callable[[], tuple[Content, Artwork]],
                 region: Callable[[], str | None],
                 checklist_html: Callable[[], str] | None = None,
                 diary_html: Callable[[], str] | None = None,
                 templates: Callable[[], Path] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._guide = guide
        self._region = region
        self._checklist_html = checklist_html
        self._diary_html = diary_html
        self._templates = templates
        self.builder: HandoutBuilder | None = None
        self.options: HandoutOptions | None = None  # the last choices, offered again
        self.saved_folder = ""  # where the last handout was saved
        self._folder_message = ""  # the status bar's message that goes with "Open folder"
        self.preview: HandoutPrintPreview | None = None
        self.new_action = self._action(self.tr("&New handout…"), "Ctrl+Shift+N", self.open_builder,
                                       self.tr("Choose the regions, steps and movements for a "
                                               "handout, with your clinic's details"))
        self.print_action = self._action(self.tr("&Print handout…"), QKeySequence.StandardKey.Print,
                                         self._on_print_triggered,
                                         self.tr("Print a handout about the chosen area"))
        self.preview_action = self._action(self.tr("Print pre&view…"), None,
                                           self._on_preview_triggered,
                                           self.tr("See the handout before printing it"))
        self.save_pdf_action = self._action(self.tr("Save handout as P&DF…"), "Ctrl+Shift+S",
                                            self._on_save_pdf_triggered,
                                            self.tr("Save a handout about the chosen area as a PDF"))

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None,
                slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    @property
    def actions(self) -> tuple[QAction, ...]:
        return self.new_action, self.print_action, self.preview_action, self.save_pdf_action

    # -- building -------------------------------------------------------------------

    def subject(self) -> str:
        content, _ = self._guide()
        region_id = self._region()
        return content.region(region_id).name if region_id else self.tr("back pain in general")

    def handout(self, options: HandoutOptions) -> Handout:
        """The handout for the chosen region (general when none), with the person's records."""
        from backguide.core.handout import build_handout

        content, _ = self._guide()
        checklist = self._checklist_html() if options.include_checklist and self._checklist_html \
            else ""
        diary = self._diary_html() if options.include_diary and self._diary_html else ""
        return build_handout(content, self._region(), options, dt.date.today(), checklist, diary)

    def ask_options(self) -> HandoutOptions | None:
        """The person's choices for this handout, or None if they cancelled."""
        from PySide6.QtWidgets import QDialog

        from backguide.ui.printing.options import HandoutOptionsDialog

        has_checklist = bool(self._checklist_html and self._checklist_html())
        dialog = HandoutOptionsDialog(self.subject(), has_checklist, bool(self._diary_html),
                                      self.window, self.options)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.options = dialog.options()
        return self.options

    # -- doing ------------------------------------------------------------------------

    def save_pdf(self, path: str, options: HandoutOptions) -> bool:
        """Save the handout; on failure say why in a message box. Returns success."""
        from backguide.core.handout import HandoutError

        try:
            with _busy():
                handout = self.handout(options)
        except HandoutError as exc:
            self._fail(self.tr("The handout was not saved."), str(exc))
            return False
        return self.save_built(handout, path)

    def save_built(self, handout: Handout, path: str, shown_in: HandoutBuilder | None = None) -> bool:
        """Save a handout already built atomically; say where, or why not.

        The news also goes to ``shown_in`` (the builder the handout came from),
        which hides the main window's status bar.
        """
        from backguide.core.handout import HandoutError
        from backguide.ui.printing.render import save_pdf

        _, artwork = self._guide()
        try:
            with _busy():
                pages = save_pdf(handout, artwork, path)
        except HandoutError as exc:
            self._fail(self.tr("The handout was not saved."), str(exc), shown_in)
            return False
        self._saved(path, pages, shown_in)
        return True

    def print_built(self, handout: Handout, printer: QPrinter,
                    shown_in: HandoutBuilder | None = None) -> bool:
        """Print a handout already built; say where it went (as :meth:`save_built`), or why not."""
        from backguide.core.handout import HandoutError
        from backguide.ui.printing.render import render_handout

        _, artwork = self._guide()
        try:
            with _busy():
                printer.setDocName(handout.title)
                pages = render_handout(handout, artwork, printer)
        except HandoutError as exc:
            self._fail(self.tr("The handout was not printed."), str(exc), shown_in)
            return False
        if printer.outputFileName():  # "Print to file" in the print dialog
            self._saved(printer.outputFileName(), pages, shown_in)
        else:
            self._tell(self.tr("Sent the handout ({count} pages) to {printer}", "", pages).format(
                count=number(pages), printer=printer.printerName() or self.tr("the printer")),
                "", shown_in)
        return True

    def open_builder(self) -> HandoutBuilder:
        """File → New handout…: the builder for the chosen region (non-modal, one at a time)."""
        from backguide.ui.printing.builder import HandoutBuilder

        if self.builder is not None and self.builder.isVisible():
            self.builder.raise_()
            self.builder.activateWindow()
            return self.builder
        content, artwork = self._guide()
        templates = self._templates() if self._templates else _default_templates()
        with _busy():
            self.builder = HandoutBuilder(content, artwork, self._region(), templates, self.window,
                                          save_pdf=self._save_from_builder,
                                          print_out=self._print_from_builder,
                                          suggested_folder=self.suggested_folder)
        self.builder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.builder.destroyed.connect(self._forget_builder)
        self.builder.show()
        return self.builder

    def _forget_builder(self) -> None:
        self.builder = None

    def _save_from_builder(self, handout: Handout, path: str) -> bool:
        return self.save_built(handout, path, self.builder)

    def _print_from_builder(self, handout: Handout, printer: QPrinter) -> bool:
        return self.print_built(handout, printer, self.builder)

    def suggested_folder(self) -> str:
        """Where a save dialog opens: the last folder a handout went to, else Documents, else home."""
        from PySide6.QtCore import QSettings

        remembered = QSettings().value(LAST_FOLDER_KEY, "")
        # Qt names ~/Documents even where it does not exist, and a file dialog
        # given a missing folder opens in the current directory instead.
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        for folder in (remembered if isinstance(remembered, str) else "", documents):
            if folder and Path(folder).is_dir():
                return folder
        return str(Path.home())

    def print_to(self, printer: QPrinter, options: HandoutOptions) -> bool:
        """Print the handout on a printer the person chose. Returns success."""
        from backguide.core.handout import HandoutError

        try:
            with _busy():
                handout = self.handout(options)
        except HandoutError as exc:
            self._fail(self.tr("The handout was not printed."), str(exc))
            return False
        return self.print_built(handout, printer)

    def open_preview(self, options: HandoutOptions) -> HandoutPrintPreview:
        """Show the print preview (window-modal, without blocking)."""
        from backguide.ui.printing.render import HandoutPrintPreview

        _, artwork = self._guide()
        with _busy():
            self.preview = HandoutPrintPreview(self.handout(options), artwork, self.window)
        self.preview.open()
        return self.preview

    def _fail(self, text: str, why: str, shown_in: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Handout"), text,
                          QMessageBox.StandardButton.Ok, shown_in or self.window)
        box.setObjectName("handoutError")
        box.setInformativeText(why[:1].upper() + why[1:] + ".")
        box.open()

    def _saved(self, path: str, pages: int, shown_in: HandoutBuilder | None = None) -> None:
        """Say where the PDF went, with a button that opens its folder; remember the folder."""
        from PySide6.QtCore import QSettings

        folder = str(Path(path).parent)
        QSettings().setValue(LAST_FOLDER_KEY, folder)
        self.saved_folder = folder
        self._tell(self.tr("Saved the handout ({count} pages) to {file}", "", pages).format(
            count=number(pages), file=path), folder, shown_in)

    def _tell(self, message: str, folder: str = "", shown_in: HandoutBuilder | None = None) -> None:
        """Show ``message`` in the status bar (with "Open folder" when it names a ``folder``)
        and in the builder it is about, and say it to a screen reader."""
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            bar: QStatusBar = status_bar()
            button = self._folder_button(bar)
            self._folder_message = message if folder else ""
            if folder:
                button.show_folder(folder)
            bar.showMessage(message, 8000)
            self._on_message_changed(button, message)
        if shown_in is not None:
            shown_in.show_news(message, folder)  # the builder says it
        else:
            say(message)

    def _folder_button(self, bar: QStatusBar) -> OpenFolderButton:
        from backguide.ui.printing.open_folder import OpenFolderButton

        button = bar.findChild(OpenFolderButton, "openHandoutFolder")
        if button is None:
            button = OpenFolderButton(bar)
            # Permanent (at stretch 0): a normal status-bar widget hides while a message shows.
            bar.insertPermanentWidget(0, button, 0)
            # Only beside the message about the folder, not a menu's tip that replaces it.
            bar.messageChanged.connect(lambda text: self._on_message_changed(button, text))
        return button

    def _on_message_changed(self, button: OpenFolderButton, text: str) -> None:
        showing = bool(text) and text == self._folder_message
        button.setVisible(showing)
        # The window's permanent line (the content version) steps aside while the message
        # shows, so the whole file name can be read.
        permanent = getattr(self.window, "version_label", None)
        if isinstance(permanent, QWidget):
            permanent.setVisible(not showing)

    # -- menu reactions ------------------------------------------------------------

    def _on_save_pdf_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        options = self.ask_options()
        if options is None:
            return
        folder = self.suggested_folder()
        name = re.sub(r"[^\w ,()-]+", "", self.tr("BackGuide handout - {subject}").format(
            subject=self.subject())) + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save handout as PDF"),
                                              str(Path(folder) / name), self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(path if path.lower().endswith(".pdf") else f"{path}.pdf", options)

    def _on_print_triggered(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        from backguide.ui.printing.render import configure_printer

        options = self.ask_options()
        if options is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, options.paper)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print handout"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer, options)

    def _on_preview_triggered(self) -> None:
        options = self.ask_options()
        if options is not None:
            self.open_preview(options)
