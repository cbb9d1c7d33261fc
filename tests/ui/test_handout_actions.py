"""The File menu's handout actions: print, print preview and save as PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from backguide.core.checklist import Checklist
from backguide.core.checklist_text import NOT_SAVED_NOTE, handout_progress_html
from backguide.core.handout import HandoutOptions
from backguide.core.model import Duration
from backguide.core.store import StepState, Store
from backguide.ui.printing.options import HandoutOptionsDialog

from ui_support import pdf_pages_text, shipped


@pytest.fixture
def accept_options(monkeypatch: pytest.MonkeyPatch) -> None:
    """The handout options dialog is accepted with its defaults (A4, normal print)."""
    monkeypatch.setattr(QLocale, "name", lambda self: "en_GB")
    monkeypatch.setattr(HandoutOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "PDF files (*.pdf)")))


def test_file_menu_offers_print_preview_and_save_as_pdf(window) -> None:  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Print handout…" in texts and "Print preview…" in texts
    assert "Save handout as PDF…" in texts
    handouts = window.handouts
    assert handouts.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert handouts.save_pdf_action.shortcut() == QKeySequence("Ctrl+Shift+S")


def test_save_as_pdf_saves_the_selected_region(window, accept_options, monkeypatch,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    window.selection.choose_region("sacral-right")
    target = tmp_path / "handout.pdf"
    save_to(monkeypatch, target)
    window.handouts.save_pdf_action.trigger()
    first = pdf_pages_text(target, first=1)[0]
    assert window.content.region("sacral-right").name in first
    assert str(target) in window.statusBar().currentMessage()


def test_with_nothing_selected_the_handout_is_the_general_one(window, accept_options,  # type: ignore[no-untyped-def]
                                                              monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "general"
    save_to(monkeypatch, target)  # ".pdf" is added when the name lacks it
    window.handouts.save_pdf_action.trigger()
    assert "Back pain: what can help" in pdf_pages_text(f"{target}.pdf", first=1)[0]


def test_a_failed_save_says_why_in_a_message_box(window, accept_options, monkeypatch,  # type: ignore[no-untyped-def]
                                                 qtbot, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    save_to(monkeypatch, blocker / "handout.pdf")
    window.handouts.save_pdf_action.trigger()
    box = window.findChild(QMessageBox, "handoutError")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "The handout was not saved."
    assert "is a file, not a folder" in box.informativeText()
    box.close()


def test_print_sends_the_handout_to_the_printer_chosen_in_the_dialog(window, accept_options,  # type: ignore[no-untyped-def]
                                                                     monkeypatch,
                                                                     tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"

    def choose_pdf_printer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id().name == "A4"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)
    window.selection.choose_region("cervical-left")
    window.handouts.print_action.trigger()
    assert window.content.region("cervical-left").name in pdf_pages_text(target, first=1)[0]


def test_print_preview_from_the_menu_opens_without_blocking(window, accept_options,  # type: ignore[no-untyped-def]
                                                            qtbot) -> None:
    window.selection.choose_region("lumbar-right")
    window.handouts.preview_action.trigger()
    preview = window.handouts.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.preview_widget().pageCount() > 1, timeout=10000)
    preview.reject()


def test_cancelling_the_options_prints_nothing(window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(HandoutOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: asked.append(args) or ("", "")))
    window.handouts.save_pdf_action.trigger()
    assert asked == []


@pytest.mark.parametrize(("locale_name", "paper"), [("en_US", "letter"), ("en_GB", "a4")])
def test_options_dialog_offers_the_local_paper_size(qtbot, monkeypatch, locale_name: str,  # type: ignore[no-untyped-def]
                                                    paper: str) -> None:
    monkeypatch.setattr(QLocale, "name", lambda self: locale_name)
    dialog = HandoutOptionsDialog("Neck (cervical), left", False, False)
    qtbot.addWidget(dialog)
    assert dialog.options() == HandoutOptions(paper=paper)
    assert not dialog.checklist.isEnabled() and not dialog.diary.isEnabled()


def test_options_dialog_passes_on_every_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoutOptionsDialog("back pain in general", True, True,
                                  options=HandoutOptions(paper="a4"))
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.large_print.setChecked(True)
    dialog.checklist.setChecked(True)
    dialog.diary.setChecked(True)
    assert dialog.options() == HandoutOptions("letter", True, True, True)


def test_checklist_progress_comes_from_the_saved_checklist(memory_store: Store) -> None:
    content, _, _ = shipped()
    assert handout_progress_html(content, None, None) == ""
    store = memory_store
    assert handout_progress_html(content, None, store) == ""
    checklist = Checklist(content, "lumbar-left", store)
    checklist.set_duration(Duration.ACUTE)
    step = checklist.planned_steps[0].step
    checklist.mark_step(step.id, StepState.DONE)
    html = handout_progress_html(content, None, store)
    assert step.title in html and NOT_SAVED_NOTE not in html


def test_the_open_checklist_is_printed_even_when_it_could_not_be_saved(memory_store: Store) -> None:
    content, _, _ = shipped()
    store = memory_store
    older = Checklist(content, "lumbar-left", store)
    older.set_duration(Duration.ACUTE)
    older.mark_step(older.planned_steps[0].step.id, StepState.DONE)
    live = Checklist(content, "cervical-right", None)  # a read-only store: nothing is saved
    live.set_duration(Duration.ACUTE)
    step = live.planned_steps[-1].step
    live.mark_step(step.id, StepState.SKIPPED)
    html = handout_progress_html(content, live, store)
    assert html.startswith(NOT_SAVED_NOTE)
    assert step.title in html.split("Skipped", 1)[1]
    assert "<h3>Done</h3>" not in html  # the saved checklist's step done is not shown


def test_the_handout_takes_progress_from_the_checklist_on_screen(window) -> None:  # type: ignore[no-untyped-def]
    window.selection.choose_region("lumbar-right")
    dialog = window.start_checklist()
    assert not dialog.checklist.saving  # the window has no store
    for flag in dialog.checklist.questions:
        dialog.checklist.answer_flag(flag.id, False)
    dialog.checklist.set_duration(Duration.ACUTE)
    step = dialog.checklist.planned_steps[0].step
    dialog.checklist.mark_step(step.id, StepState.DONE)
    html = window._checklist_handout_html()
    assert NOT_SAVED_NOTE in html and step.title in html
    dialog.close()
    assert window._checklist_handout_html() == ""


def test_saving_says_where_and_offers_to_open_the_folder_and_remembers_it(  # type: ignore[no-untyped-def]
        qtbot, settings_dir, tmp_path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow, QPushButton

    from backguide.core.handout import HandoutOptions
    from backguide.ui.printing.actions import LAST_FOLDER_KEY, HandoutActions

    from ui_support import shipped

    content, artwork, _ = shipped()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.statusBar()  # the app's window has its status bar before it is shown
    window.show()
    actions = HandoutActions(window, lambda: (content, artwork), lambda: "lumbar-left")
    path = tmp_path / "lumbar.pdf"
    assert actions.save_pdf(str(path), HandoutOptions())
    message = window.statusBar().currentMessage()
    assert message.startswith("Saved the handout (2 pages) to ") and str(path) in message
    button = window.statusBar().findChild(QPushButton, "openHandoutFolder")
    assert button is not None and button.isVisible() and button.text() == "Open folder"
    assert actions.saved_folder == str(tmp_path)
    assert QSettings().value(LAST_FOLDER_KEY) == str(tmp_path)


def test_the_options_say_what_the_short_handout_holds_without_sources(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoutOptionsDialog("Low back (waist), left side", False, False)
    qtbot.addWidget(dialog)
    intro = dialog.findChild(QLabel, "handoutOptionsIntro")
    assert intro is not None
    assert "sources" not in intro.text()
    assert "urgent signs" in intro.text() and "steps and movements" in intro.text()


def test_the_options_offer_the_full_guide_and_pass_it_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoutOptionsDialog("back pain in general", False, False, options=HandoutOptions())
    qtbot.addWidget(dialog)
    assert dialog.full.text().replace("&", "") == "Full guide (all steps, explanations and sources)"
    assert not dialog.full.isChecked()
    dialog.full.setChecked(True)
    assert dialog.options() == HandoutOptions(full=True)
    assert "sources" in dialog.findChild(QLabel, "handoutOptionsIntro").text()


def test_the_full_guide_choice_is_offered_again_next_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoutOptionsDialog("back pain in general", False, False,
                                  options=HandoutOptions(paper="letter", full=True))
    qtbot.addWidget(dialog)
    assert dialog.full.isChecked()
    assert dialog.options() == HandoutOptions(paper="letter", full=True)


def test_choosing_the_full_guide_saves_the_full_guide(window, monkeypatch,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    monkeypatch.setattr(QLocale, "name", lambda self: "en_GB")

    def choose_full(dialog: HandoutOptionsDialog) -> int:
        dialog.full.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoutOptionsDialog, "exec", choose_full)
    window.selection.choose_region("lumbar-left")
    target = tmp_path / "full.pdf"
    save_to(monkeypatch, target)
    window.handouts.save_pdf_action.trigger()
    pages = pdf_pages_text(target)
    assert len(pages) > 3 and "Sources" in "".join(pages)
    assert window.handouts.options is not None and window.handouts.options.full
    assert f"({len(pages)} pages)" in window.statusBar().currentMessage()


def _asked_folder(window, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, where, *rest: asked.append(where) or ("", "")))
    window.handouts.save_pdf_action.trigger()
    assert len(asked) == 1
    return Path(asked[0]).parent


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def test_the_first_save_opens_in_the_documents_folder(window, accept_options, monkeypatch,  # type: ignore[no-untyped-def]
                                                      home: Path) -> None:
    (home / "Documents").mkdir()
    assert _asked_folder(window, monkeypatch) == home / "Documents"


def test_without_a_documents_folder_the_first_save_opens_at_home(window, accept_options,  # type: ignore[no-untyped-def]
                                                                 monkeypatch, home: Path) -> None:
    assert _asked_folder(window, monkeypatch) == home


def test_the_save_dialog_opens_in_the_last_folder_used(window, accept_options, monkeypatch,  # type: ignore[no-untyped-def]
                                                       home: Path, tmp_path: Path) -> None:
    (home / "Documents").mkdir()
    elsewhere = tmp_path / "handouts"
    elsewhere.mkdir()
    save_to(monkeypatch, elsewhere / "first.pdf")
    window.handouts.save_pdf_action.trigger()
    assert (elsewhere / "first.pdf").exists()
    assert _asked_folder(window, monkeypatch) == elsewhere


def test_the_saved_message_is_read_whole_beside_the_content_version(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The window's permanent line (the content version) steps aside while the message
    # shows, so the file name is never cut short; it comes back when the message goes.
    from PySide6.QtWidgets import QPushButton

    from backguide.core.handout import HandoutOptions

    window.resize(1152, 775)
    path = tmp_path / "clinic handouts" / "lumbar.pdf"
    path.parent.mkdir()
    assert window.handouts.save_pdf(str(path), HandoutOptions())
    bar = window.statusBar()
    message = bar.currentMessage()
    assert str(path) in message
    button = bar.findChild(QPushButton, "openHandoutFolder")
    qtbot.waitUntil(button.isVisible)
    assert not window.version_label.isVisible()
    qtbot.waitUntil(lambda: bar.fontMetrics().horizontalAdvance(message) < button.x())
    bar.clearMessage()
    assert window.version_label.isVisible() and not button.isVisible()
