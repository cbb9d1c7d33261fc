"""File → New handout…: choose, preview, save as PDF, save and load templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QEventLoop, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QWidget,
)

from backguide.core.handout_plan import Clinic, HandoutPlan, MovementChoice
from backguide.core.model import Dose
from backguide.core.pages import TICK_BOX
from backguide.ui.printing.builder import CLINIC_KEY, HandoutBuilder

from ui_support import pdf_images, pdf_pages_text, shipped

CONTENT, ARTWORK, _ = shipped()
LOGO = str((Path(__file__).parent.parent / "data" / "templates" / "logo.png").resolve())


@pytest.fixture
def builder(qtbot, settings_dir, tmp_path: Path) -> HandoutBuilder:  # type: ignore[no-untyped-def]
    dialog = HandoutBuilder(CONTENT, ARTWORK, "lumbar-left", tmp_path / "templates")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _tick(widget: QListWidget, ids: set[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                           else Qt.CheckState.Unchecked)


def _choose(builder: HandoutBuilder) -> None:
    _tick(builder.regions, {"lumbar-left", "lumbar-right"})
    _tick(builder.steps, {"keep-moving", "heat"})
    for row in builder.movement_rows:
        row.check.setChecked(row.movement.id in {"bridge", "walking", "pelvic-tilt"})
        if row.movement.id == "bridge":
            row.amount.setValue(12)
            row.hold.setValue(3)
            row.daily.setValue(2)
    builder.note.setPlainText("Walk for ten minutes twice a day.\nKeep a hot water bottle handy.")
    builder.patient.setText("Alex Example")
    for name, value in (("name", "Riverside Physiotherapy"), ("address", "1 River Lane"),
                        ("phone", "01234 567890"), ("logo", LOGO)):
        builder.clinic_fields[name].setText(value)
    builder.follow_up_on.setChecked(True)
    builder.follow_up.setDate(QDate(2026, 12, 14))


def test_the_default_is_the_regions_default_plan_with_the_remembered_clinic(builder) -> None:  # type: ignore[no-untyped-def]
    plan = builder.plan()
    assert plan.regions == ("lumbar-left",) and "keep-moving" in plan.steps
    assert len(plan.movements) == 3 and plan.clinic == Clinic()


def test_a_plan_saved_as_a_template_loads_back_identical(qtbot, builder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _choose(builder)
    plan = builder.plan()
    bridge = next(m for m in CONTENT.movements if m.id == "bridge")
    assert plan == HandoutPlan(
        regions=("lumbar-left", "lumbar-right"), steps=("keep-moving", "heat"),
        movements=(MovementChoice("pelvic-tilt"),
                   MovementChoice("bridge", Dose(12, 3, 2, bridge.dose.minutes)),
                   MovementChoice("walking")),
        note="Walk for ten minutes twice a day.\nKeep a hot water bottle handy.",
        clinic=Clinic("Riverside Physiotherapy", "1 River Lane", "01234 567890", LOGO),
        patient="Alex Example", follow_up="2026-12-14")
    path = tmp_path / "templates" / "Acute low back, week 1.yaml"
    path.parent.mkdir()
    assert builder.save_template(path)
    builder.set_plan(HandoutPlan())
    assert builder.plan() == HandoutPlan()
    assert builder.load_template(path)
    assert builder.plan() == plan


def test_save_as_pdf_writes_the_chosen_content(qtbot, builder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _choose(builder)
    target = tmp_path / "handout.pdf"
    assert builder.save_pdf(str(target))
    text = "".join("".join(pdf_pages_text(target)).split())
    for words in ("Riverside Physiotherapy", "For Alex Example", "Low back (waist), both sides",
                  "12 times, hold 3 seconds, twice a day", "Keep a hot water bottle handy.",
                  "Follow-up: 14 December 2026", "Get help now if"):
        assert "".join(words.split()) in text, words
    for step in CONTENT.steps:
        assert (f"{TICK_BOX}{''.join(step.title.split())}" in text) == (step.id in {"keep-moving", "heat"})
    assert pdf_images(target)


def test_the_clinic_is_remembered_for_the_next_handout(qtbot, builder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    builder.clinic_fields["name"].setText("Riverside Physiotherapy")
    builder.close()
    again = HandoutBuilder(CONTENT, ARTWORK, None, tmp_path / "templates")
    qtbot.addWidget(again)
    assert again.plan().clinic.name == "Riverside Physiotherapy"
    assert again.plan().patient == ""
    assert CLINIC_KEY.endswith("/")


def test_a_bad_template_is_refused_with_its_lines(qtbot, builder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = builder.plan()
    bad = Path(__file__).parent.parent / "data" / "templates" / "unknown-ids.yaml"
    assert not builder.load_template(bad)
    assert builder.plan() == before


def test_the_preview_follows_the_choices(qtbot, builder) -> None:  # type: ignore[no-untyped-def]
    builder.update_preview()
    qtbot.waitUntil(lambda: builder.preview.pageCount() >= 2)
    builder.large_print.setChecked(True)
    assert builder.timer.isActive()
    qtbot.waitUntil(lambda: not builder.timer.isActive() and builder.preview.pageCount() >= 3,
                    timeout=5000)
    assert builder.preview_error == ""


def test_every_control_has_a_name_and_takes_focus(builder) -> None:  # type: ignore[no-untyped-def]
    for kind in (QListWidget, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QAbstractButton):
        for widget in builder.findChildren(kind):
            if not widget.isVisibleTo(builder) or widget.parent() is None:
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                continue
            if type(widget).__name__ in ("QToolButton",):  # the scroll area's own arrows
                continue
            assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), widget
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


def test_new_handout_is_in_the_file_menu(window) -> None:  # type: ignore[no-untyped-def]
    action = window.handouts.new_action
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    window.selection.choose_region("cervical-right")
    builder = window.handouts.open_builder()
    assert builder.plan().regions == ("cervical-right",)
    builder.close()


def test_the_builder_fits_a_1280_by_860_screen_at_2x_scale(builder) -> None:  # type: ignore[no-untyped-def]
    hint = builder.minimumSizeHint().expandedTo(builder.minimumSize())
    assert hint.width() <= 620 and hint.height() <= 400, hint


def test_the_panel_opens_the_builder_for_the_chosen_area(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.selection.choose_region("sacral-right")
    window.panel.handout_button.click()
    opened = [w for w in window.findChildren(HandoutBuilder) if w.isVisible()]
    assert len(opened) == 1
    assert "sacral-right" in opened[0].plan().regions
    opened[0].close()


@pytest.fixture
def app_builder(window, monkeypatch) -> HandoutBuilder:  # type: ignore[no-untyped-def]
    """The builder as File → New handout… opens it, over the main window."""
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "name", lambda self: "en_GB")
    window.selection.choose_region("lumbar-left")
    return window.handouts.open_builder()


def _shown(builder: HandoutBuilder) -> str:
    """The status line's text without the break opportunities put in paths."""
    return builder.status.text().replace("\u200b", "")


def _open_folder(builder: HandoutBuilder) -> QPushButton:
    button = builder.findChild(QPushButton, "openHandoutFolder")
    assert button is not None
    return button


def test_saving_from_the_builder_says_where_in_the_builder_with_open_folder(  # type: ignore[no-untyped-def]
        qtbot, app_builder, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "lumbar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "PDF files (*.pdf)")))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(app_builder.pdf_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert _shown(app_builder) == f"Saved the handout (2 pages) to {target}"
    button = _open_folder(app_builder)
    assert button.isVisible() and button.text() == "Open folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_the_builders_saved_message_is_said_to_screen_readers(  # type: ignore[no-untyped-def]
        app_builder, monkeypatch, tmp_path: Path) -> None:
    import backguide.ui.printing.builder as builder_module

    said: list[str] = []
    monkeypatch.setattr(builder_module, "say", lambda text, widget=None: said.append(text))
    target = tmp_path / "lumbar.pdf"
    assert app_builder.save_pdf(str(target))
    assert said == [f"Saved the handout (2 pages) to {target}"]


def test_the_builders_open_folder_button_is_named_and_reached_with_tab(  # type: ignore[no-untyped-def]
        app_builder, tmp_path: Path) -> None:
    assert app_builder.save_pdf(str(tmp_path / "lumbar.pdf"))
    button = _open_folder(app_builder)
    assert button.accessibleName() or button.text()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    chain: list[QWidget] = []
    widget = app_builder.nextInFocusChain()
    while widget is not app_builder and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert button in chain


def test_printing_to_a_file_from_the_builder_says_where_in_the_builder(  # type: ignore[no-untyped-def]
        qtbot, app_builder, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    qtbot.mouseClick(app_builder.print_button, Qt.MouseButton.LeftButton)
    assert "Low back" in pdf_pages_text(target, first=1)[0]
    assert _shown(app_builder) == f"Saved the handout (2 pages) to {target}"
    assert _open_folder(app_builder).isVisible()


def test_a_change_after_saving_shows_the_page_count_again(  # type: ignore[no-untyped-def]
        qtbot, app_builder, tmp_path: Path) -> None:
    assert app_builder.save_pdf(str(tmp_path / "lumbar.pdf"))
    app_builder.large_print.setChecked(True)
    qtbot.waitUntil(lambda: _shown(app_builder) in ("2 pages", "3 pages"), timeout=5000)
    assert not _open_folder(app_builder).isVisible()


def test_the_builder_opens_no_bigger_than_the_screen(builder) -> None:  # type: ignore[no-untyped-def]
    room = builder.screen().availableGeometry().size()
    assert builder.width() <= room.width() and builder.height() <= room.height(), (builder.size(), room)


def test_a_long_file_name_wraps_without_widening_the_builder(  # type: ignore[no-untyped-def]
        qtbot, app_builder, tmp_path: Path) -> None:
    width = app_builder.width()
    target = tmp_path / ("a-folder-name-that-goes-on-" * 6) / ("HandoutForAlexExample" * 7 + ".pdf")
    target.parent.mkdir()
    assert app_builder.save_pdf(str(target))
    QApplication.processEvents()
    assert app_builder.width() == width
    assert app_builder.status.accessibleName() == f"Saved the handout (2 pages) to {target}"
    assert app_builder.status.height() > app_builder.status.fontMetrics().height()  # wrapped


def test_the_preview_settles_at_every_size(qtbot, builder) -> None:  # type: ignore[no-untyped-def]
    shown: list[QObject] = []

    class ScrollBarShows(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Show and isinstance(watched, QScrollBar):
                shown.append(watched)
            return False

    builder.update_preview()
    qtbot.waitUntil(lambda: builder.preview.pageCount() >= 2)
    counter = ScrollBarShows()
    QApplication.instance().installEventFilter(counter)
    try:
        for height in range(600, 680, 2):  # fitting to the width once flipped its scroll bars here
            shown.clear()
            builder.resize(700, height)
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            assert len(shown) < 10, height
    finally:
        QApplication.instance().removeEventFilter(counter)
