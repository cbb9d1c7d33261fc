"""The main window: start-up, menus, urgent signs, settings, content folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from backguide.paths import content_dir
from backguide.ui.dialogs import ContentProblemsDialog, UrgentSignsDialog
from backguide.ui.main_window import MainWindow
from backguide.ui.selection import ViewMode

from ui_support import close_stores, shipped


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_CACHE_HOME=str(tmp_path / "cache"),
               BACKGUIDE_DATA_DIR=str(tmp_path / "data"))
    return env


def test_smoke_opens_the_window_paints_and_exits_0(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "backguide", "--smoke"], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    # A check run leaves the person's settings alone (its off-screen window
    # size would otherwise become the next real start's size).
    assert not (tmp_path / "cfg").exists() or list((tmp_path / "cfg").rglob("*")) == []


def test_starting_the_app_does_not_import_pyqtgraph(tmp_path: Path) -> None:
    script = ("import sys\nfrom backguide.app import run_app\n"
              "code = run_app(smoke=True)\n"
              "print(code, 'pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", script], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.stdout.splitlines()[-1].split() == ["0", "False", "False"], result.stderr


def _at_paint_and_exit(tmp_path: Path, expression: str) -> tuple[str, str]:
    """``expression`` at the window's first paint and after a smoke start has exited.

    The app is started as the ``backguide`` command starts it. The second
    value ends with the exit code.
    """
    script = ("import sys\nimport backguide.app as app\nfrom backguide import cli\n"
              "report = app._report_first_paint\n"
              "def at_paint():\n"
              f"    print('at paint', {expression})\n"
              "    report()\n"
              "app._report_first_paint = at_paint\n"
              "code = cli.main(['--smoke'])\n"
              f"print('at exit', {expression}, code)\n")
    result = subprocess.run([sys.executable, "-c", script], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=60, check=False)
    lines = result.stdout.splitlines()
    at_paint = [line for line in lines if line.startswith("at paint ")]
    assert at_paint and lines[-1].startswith("at exit "), result.stderr
    return at_paint[0].removeprefix("at paint "), lines[-1].removeprefix("at exit ")


def test_the_store_opens_after_the_first_paint_not_before(tmp_path: Path) -> None:
    opened = "'backguide.core.store' in sys.modules"
    assert _at_paint_and_exit(tmp_path, opened) == ("False", "True 0")
    assert any((tmp_path / "data").iterdir())  # the diary's database was opened


def test_the_window_shows_the_project_icon(tmp_path: Path) -> None:
    # Given just after the first frame, so that window managers that ignore the
    # desktop file still show it.
    has_icon = "not __import__('PySide6.QtWidgets').QtWidgets.QApplication.windowIcon().isNull()"
    assert _at_paint_and_exit(tmp_path, has_icon)[1] == "True 0"


def test_urgent_signs_button_opens_the_red_flags(qtbot, window) -> None:
    assert window.urgent_button.isVisible()
    qtbot.mouseClick(window.urgent_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, UrgentSignsDialog) and w.isVisible()]
    assert len(dialogs) == 1
    first = dialogs[0].lists[0]
    shown = {first.item(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(first.count())}
    signs = " ".join(lst.item(row).text() for lst in dialogs[0].lists for row in range(lst.count()))
    content = window.content
    assert all(flag.sign in signs for flag in content.red_flags)
    names = [lst.accessibleName() for lst in dialogs[0].lists]
    assert names[0].startswith("Emergency: ") and names[1].startswith("Get seen today: ")
    assert shown == {f.sign for f in content.red_flags if not f.levels and f.urgency.value == "emergency"}
    dialogs[0].reject()


def test_urgent_signs_shortcut_works_from_any_view(qtbot, window) -> None:
    window.set_mode(ViewMode.PAIN)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.show_urgent_signs().isVisible()


def test_view_actions_switch_between_muscles_and_pain_views(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.map.mode is ViewMode.PAIN
    assert window.list.count() == len(window.map.zones)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.map.mode is ViewMode.MUSCLES
    assert window.list.count() == len(window.map.regions)


def test_window_size_and_splitter_are_remembered(qtbot, settings_dir) -> None:
    content, artwork, svg = shipped()
    first = MainWindow(content, artwork, svg)
    qtbot.addWidget(first, before_close_func=close_stores)
    first.show()
    first.resize(780, 560)
    first.splitter.setSizes([160, 300, 310])
    sizes = first.splitter.sizes()
    first.close()
    assert QSettings().value("window/geometry") is not None
    second = MainWindow(content, artwork, svg)
    qtbot.addWidget(second, before_close_func=close_stores)
    second.show()
    assert (second.width(), second.height()) == (780, 560)
    assert second.splitter.sizes() == sizes


def test_a_broken_content_folder_is_refused_and_the_guide_kept(qtbot, window, tmp_path,
                                                               monkeypatch) -> None:
    folder = tmp_path / "clinic"
    shutil.copytree(content_dir(), folder)
    (folder / "steps.yaml").write_text("- id: x\n  title: [\n", encoding="utf-8")
    shown: list[ContentProblemsDialog] = []
    monkeypatch.setattr(ContentProblemsDialog, "open", lambda self: shown.append(self))
    before = window.content
    assert window.open_content(str(folder)) is False
    assert window.content is before
    assert shown and "steps.yaml" in shown[0].error.text()


def test_a_sound_content_folder_replaces_the_guide(qtbot, window, tmp_path) -> None:
    folder = tmp_path / "clinic"
    shutil.copytree(content_dir(), folder)
    guide = folder / "guide.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace(
        "title: BackGuide", "title: Riverside Clinic back guide"), encoding="utf-8")
    assert window.open_content(str(folder)) is True
    assert window.windowTitle() == "Riverside Clinic back guide"
    assert window.content.folder == str(folder)


def test_window_is_usable_at_1024_by_700(qtbot, window) -> None:
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.map.width() >= 250 and window.panel.width() >= 280
    assert window.urgent_button.isVisible()


def test_the_window_title_names_what_is_shown(qtbot, window) -> None:
    assert window.windowTitle() == "BackGuide"
    window.selection.choose_region("sacral-left")
    assert window.windowTitle() == "Base of the spine (sacrum), left \u2013 BackGuide"
    window.set_mode(ViewMode.PAIN)
    window.selection.choose_place("tailbone")
    assert window.windowTitle() == "Tailbone \u2013 BackGuide"
    window.selection.choose_place(None)
    # A screen reader reads a new title aloud: with nothing chosen it names the view.
    assert window.windowTitle() == "Where does it hurt? \u2013 BackGuide"
    window.set_mode(ViewMode.MUSCLES)
    assert window.windowTitle() == "Base of the spine (sacrum), left \u2013 BackGuide"


def test_on_a_wide_screen_the_panel_keeps_its_lines_readable(qtbot, window) -> None:
    window.resize(2560, 1400)
    window.selection.choose_region("lumbar-left")
    text = window.panel.show_section("help")
    qtbot.waitUntil(lambda: text.viewport().width() > text.readable_width())
    document = text.document()
    assert document.size().width() == text.readable_width()
    assert document.size().width() < text.viewport().width() * 0.8
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: text.viewport().width() < text.readable_width())
    # Narrow again: the text uses the whole panel, with no sideways scrolling.
    assert document.size().width() == text.viewport().width()
    assert not text.horizontalScrollBar().isVisible()


def test_text_size_applies_everywhere_and_is_remembered(qtbot, window, settings_dir) -> None:
    normal = window.panel.font().pointSizeF()
    window.selection.choose_region("lumbar-left")
    text = window.panel.show_section("help")
    laid_out = text.document().size().height()
    window.text_size_actions["larger"].trigger()
    try:
        qtbot.waitUntil(lambda: window.panel.font().pointSizeF() == pytest.approx(normal * 1.5))
        assert window.list.font().pointSizeF() == pytest.approx(normal * 1.5)
        assert text.document().defaultFont().pointSizeF() == pytest.approx(normal * 1.5)
        assert text.document().size().height() > laid_out  # laid out again, bigger
        again = MainWindow(window.content, window.artwork, window.svg_path)
        qtbot.addWidget(again)
        assert again.text_size_actions["larger"].isChecked()
    finally:
        window.set_text_size("normal")
    qtbot.waitUntil(lambda: window.panel.font().pointSizeF() == pytest.approx(normal))


def test_the_window_opens_at_most_of_a_large_screen(qtbot, settings_dir) -> None:
    content, artwork, svg = shipped()
    fresh = MainWindow(content, artwork, svg)
    qtbot.addWidget(fresh)
    screen = fresh.screen().availableGeometry()
    assert fresh.width() >= screen.width() * 0.85 and fresh.height() >= screen.height() * 0.85
    assert fresh.width() <= screen.width() and fresh.height() <= screen.height()


def test_the_window_fits_a_1280_by_860_screen_at_2x_scale(qtbot, window) -> None:
    # At 2x, a 1280x860 screen is 640x430 logical pixels, less the desktop's own bars.
    window.selection.choose_region("lumbar-left")
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= 620 and smallest.height() <= 400, smallest
    window.resize(620, 400)
    qtbot.waitUntil(lambda: window.width() == 620)
    assert window.urgent_button.isVisible()
    assert window.urgent_button.geometry().right() < window.width()


def _rgb(colour) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    return (colour.red(), colour.green(), colour.blue())


@pytest.mark.parametrize("dark", [False, True])
def test_selection_and_hints_meet_wcag_contrast(qtbot, window, dark: bool) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from backguide.core.contrast import contrast
    from backguide.ui.style import make_palette_readable

    app = QApplication.instance()
    before = app.palette()
    try:
        if dark:
            palette = QPalette(QColor("#2d2d2d"))  # a dark scheme with Fusion's defaults
            palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
            palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
            palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
            palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5a5a5a"))
            app.setPalette(palette)
        make_palette_readable()
        palette = app.palette()
        role = QPalette.ColorRole
        assert contrast(_rgb(palette.color(role.Highlight)),
                        _rgb(palette.color(role.HighlightedText))) >= 4.5
        assert contrast(_rgb(palette.color(role.PlaceholderText)),
                        _rgb(palette.color(role.Base))) >= 4.5
        # The keyboard's focus ring on the panel's text (the highlight) stands out from the page.
        assert contrast(_rgb(palette.color(role.Highlight)), _rgb(palette.color(role.Base))) >= 3
    finally:
        app.setPalette(before)


def test_f6_moves_the_keyboard_from_pane_to_pane(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    window.selection.choose_region(shipped()[0].regions[0].id)
    window.list.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen == [window.map, window.panel.current_text(), window.list]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.panel.current_text()


def test_the_diary_opens_with_the_keyboard_on_the_pain_score(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # Not on "Add": there, Enter would log a score the person never heard or chose.
    window.show()
    window.activateWindow()
    diary = window.open_diary()
    qtbot.waitUntil(lambda: diary.isActiveWindow())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is diary.pain, timeout=2000)
    diary.close()  # an open diary would keep the keyboard from the next test's window

