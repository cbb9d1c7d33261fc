"""The pain diary window: logging, keys, the chart, undo, CSV import and the handout."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from backguide.core.diary import NewEntry
from backguide.core.diary_stats import rolling_mean
from backguide.core.store import StepState, Store
from backguide.ui.diary.window import DiaryWindow, chart_image, diary_handout_html

from ui_support import close_stores, pdf_images, pdf_pages_text, shipped

CONTENT, _, _ = shipped()
DATA = Path(__file__).parents[1] / "data" / "diary"
UTC = dt.UTC
START = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture
def store(memory_store: Store) -> Store:
    return memory_store


@pytest.fixture
def diary(qtbot, store: Store) -> DiaryWindow:  # type: ignore[no-untyped-def]
    # The date axis is pinned to UTC, so tick labels do not depend on the machine.
    window = DiaryWindow(CONTENT, store, utc_offset=0)
    qtbot.addWidget(window, before_close_func=close_stores)
    window.show()
    qtbot.waitExposed(window)
    return window


def _days(pains: list[int], start: dt.datetime = START) -> list[NewEntry]:
    return [NewEntry(start + dt.timedelta(days=i), pain, "lumbar-left", f"day {i}")
            for i, pain in enumerate(pains)]


def _fill(diary: DiaryWindow, entries: list[NewEntry]) -> None:
    diary.store.add_entries(entries)
    diary.refresh()


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(lambda: widget.hasFocus())


# -- start-up cost ------------------------------------------------------------------------


def test_pyqtgraph_loads_when_the_diary_opens_not_when_the_app_starts(tmp_path: Path) -> None:
    script = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from backguide.core.artwork import load_artwork
from backguide.core.content import load_guide
from backguide.paths import asset, content_dir
from backguide.ui.main_window import MainWindow
svg = str(asset("back.svg")); art = load_artwork(svg)
window = MainWindow(load_guide(content_dir(), art), art, svg)
window.show(); app.processEvents()
print("started", "pyqtgraph" in sys.modules, "numpy" in sys.modules)
window.log_pain_action.trigger(); app.processEvents()
print("diary", "pyqtgraph" in sys.modules, window.diary_window.isVisible())
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               BACKGUIDE_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2] == "started False False"
    assert lines[-1] == "diary True True"


# -- logging pain ----------------------------------------------------------------------------


def test_ctrl_l_opens_the_diary_ready_for_the_selected_region(qtbot, window) -> None:
    window.selection.choose_region("sacral-right")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    diary = window.diary_window
    assert diary is not None and diary.isVisible()
    assert diary.region.currentData() == "sacral-right"
    qtbot.waitUntil(lambda: diary.pain.hasFocus())
    assert abs(diary.when.dateTime().toSecsSinceEpoch()
               - dt.datetime.now(UTC).timestamp()) < 120


def test_the_diary_uses_the_main_window_store(qtbot, window, store: Store) -> None:
    window.store = store
    window.store.add_entries(_days([4]))
    diary = window.open_diary()
    assert diary.store is window.store and diary.model.rowCount() == 1
    assert not diary.notice.isVisible()
    assert window.open_diary() is diary


def test_ctrl_l_in_the_diary_starts_again_now_and_keeps_the_region(qtbot, diary: DiaryWindow
                                                                   ) -> None:
    diary.set_region("cervical-right")
    diary.when.setDateTime(diary.when.dateTime().addDays(-3))
    _focus(qtbot, diary.note)
    qtbot.keyClick(diary.note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert diary.region.currentData() == "cervical-right"
    assert abs(diary.when.dateTime().toSecsSinceEpoch() - dt.datetime.now(UTC).timestamp()) < 120
    qtbot.waitUntil(lambda: diary.pain.hasFocus())


def test_the_region_can_be_none(qtbot, window) -> None:
    diary = window.log_pain()
    assert diary.region.currentData() is None and diary.region.currentText() == "None"


def test_number_keys_set_the_pain(qtbot, diary: DiaryWindow) -> None:
    _focus(qtbot, diary.pain)
    qtbot.keyClick(diary.pain, Qt.Key.Key_7)
    assert diary.pain.value() == 7
    qtbot.keyClick(diary.pain, Qt.Key.Key_0)
    assert diary.pain.value() == 0
    qtbot.keyClick(diary.pain, Qt.Key.Key_1)
    qtbot.keyClick(diary.pain, Qt.Key.Key_0)
    assert diary.pain.value() == 10
    assert "10" in diary.pain_value.text() and "severe" in diary.pain_value.text()


def test_number_keys_work_from_the_list_but_type_in_the_note(qtbot, diary: DiaryWindow) -> None:
    _fill(diary, _days([4]))
    _focus(qtbot, diary.table)
    qtbot.keyClick(diary.table, Qt.Key.Key_3)
    assert diary.pain.value() == 3
    _focus(qtbot, diary.note)
    qtbot.keyClicks(diary.note, "walked 20 min")
    assert diary.note.text() == "walked 20 min" and diary.pain.value() == 3


def test_enter_adds_the_entry_to_the_store_the_list_and_the_chart(qtbot, diary: DiaryWindow) -> None:
    diary.set_region("lumbar-right")
    _focus(qtbot, diary.pain)
    qtbot.keyClick(diary.pain, Qt.Key.Key_6)
    qtbot.keyClick(diary.pain, Qt.Key.Key_Return)
    [entry] = diary.store.entries()
    assert (entry.pain, entry.region_id) == (6, "lumbar-right")
    assert entry.at.utcoffset() is not None
    assert diary.model.rowCount() == 1
    assert list(diary.chart.diary.lines["lumbar-right"].getData()[1]) == [6.0]
    assert diary.status.text().startswith("Logged pain 6 for Low back (waist), right (")


def test_the_same_entry_is_not_added_twice(diary: DiaryWindow) -> None:
    when = diary.when.dateTime()
    for _ in range(2):
        diary.when.setDateTime(when)
        diary.pain.setValue(4)
        diary.note.setText("after lifting")
        diary.add_from_form()
    assert "already in the diary" in diary.status.text()
    assert len(diary.store.entries()) == 1


def test_a_time_in_the_future_is_refused(diary: DiaryWindow) -> None:
    diary.when.setDateTime(diary.when.dateTime().addDays(2))
    assert diary.add_from_form() is None
    assert "future" in diary.status.text() and diary.store.entries() == []


# -- edit, delete, undo -------------------------------------------------------------------------


def test_undo_of_delete_restores_the_entry(qtbot, diary: DiaryWindow) -> None:
    _fill(diary, _days([5, 7]))
    diary.table.selectRow(0)  # newest first: the 7
    _focus(qtbot, diary.table)
    qtbot.keyClick(diary.table, Qt.Key.Key_Delete)
    assert [e.pain for e in diary.store.entries()] == [5]
    assert list(diary.chart.diary.lines["lumbar-left"].getData()[1]) == [5.0]
    qtbot.keyClick(diary.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = diary.store.entries()
    assert [(e.pain, e.note, e.at) for e in restored] == [(5, "day 0", START),
                                                          (7, "day 1", START + dt.timedelta(1))]
    assert diary.model.rowCount() == 2


def test_edit_then_undo_and_redo(qtbot, diary: DiaryWindow) -> None:
    _fill(diary, _days([5]))
    diary.table.selectRow(0)
    diary.buttons["edit"].click()
    assert diary.add_button.text() == "&Save changes"
    qtbot.keyClick(diary.pain, Qt.Key.Key_2)
    diary.note.setText("better after heat")
    diary.add_button.click()
    [entry] = diary.store.entries()
    assert (entry.pain, entry.note, entry.at) == (2, "better after heat", START)
    assert entry.at.utcoffset() == dt.timedelta(hours=1)  # the time was not touched
    diary.undo_action.trigger()
    assert [(e.pain, e.note) for e in diary.store.entries()] == [(5, "day 0")]
    diary.redo_action.trigger()
    assert [(e.pain, e.note) for e in diary.store.entries()] == [(2, "better after heat")]


def test_undo_follows_an_entry_that_came_back_with_a_new_id(diary: DiaryWindow) -> None:
    _fill(diary, _days([5, 6]))

    def pains() -> list[int]:
        return [e.pain for e in diary.store.entries()]

    diary.table.selectRow(0)  # the 6
    diary.edit_selected()
    diary.pain.setValue(9)
    assert diary.save_edit() and pains() == [5, 9]
    first_id = diary.store.entries()[1].id
    diary.table.selectRow(0)
    diary.delete_selected()
    assert pains() == [5]
    # SQLite hands the freed row id to the next entry: undo must not mistake it.
    assert diary.store.add_entry(START - dt.timedelta(days=1), 1) == first_id
    diary.undo_action.trigger()  # the delete: back under another row id
    assert pains() == [1, 5, 9]
    diary.undo_action.trigger()  # the edit, on the entry's new row id
    assert pains() == [1, 5, 6]
    diary.redo_action.trigger()
    diary.redo_action.trigger()
    assert pains() == [1, 5]
    assert "could not" not in diary.status.text()


def test_editing_keeps_a_region_the_guide_does_not_know(diary: DiaryWindow) -> None:
    diary.store.add_entry(START, 5, "elbow-left", "from another guide")
    diary.refresh()
    diary.table.selectRow(0)
    diary.edit_selected()
    diary.pain.setValue(4)
    assert diary.save_edit()
    assert [(e.pain, e.region_id) for e in diary.store.entries()] == [(4, "elbow-left")]


def test_undo_of_add_removes_it(diary: DiaryWindow) -> None:
    diary.pain.setValue(4)
    diary.add_from_form()
    assert len(diary.store.entries()) == 1
    diary.buttons["undo"].click()
    assert diary.store.entries() == []


# -- the chart ------------------------------------------------------------------------------------


def test_the_chart_has_a_point_per_entry_and_the_7_day_mean(diary: DiaryWindow) -> None:
    pains = [8, 6, 7, 5, 6, 4, 5, 3, 4, 2]
    _fill(diary, _days(pains))
    x, y = diary.chart.diary.lines["lumbar-left"].getData()
    assert list(y) == [float(p) for p in pains]
    assert list(x) == [(START + dt.timedelta(days=i)).timestamp() for i in range(len(pains))]
    mean_x, mean_y = diary.chart.diary.average.getData()
    assert list(mean_x) == list(x)
    expected = [sum(pains[max(0, i - 6):i + 1]) / len(pains[max(0, i - 6):i + 1])
                for i in range(len(pains))]
    assert list(mean_y) == pytest.approx(expected)
    assert list(mean_y) == pytest.approx(rolling_mean(list(x), [float(p) for p in pains]))


def test_markers_appear_for_checklist_events(diary: DiaryWindow) -> None:
    store = diary.store
    run = store.start_run("lumbar-left")
    steps = [s.id for s in CONTENT.steps][:3]
    for step in steps:
        store.mark_step_started(run, step)
    store.save_step(run, steps[0], StepState.DONE)
    store.save_step(run, steps[1], StepState.SKIPPED)
    diary.refresh()
    chart = diary.chart.diary
    assert len(chart.started.data) == 3 and len(chart.done.data) == 1
    assert len(chart.guides.getData()[0]) == 2 * 4  # a dotted line from bottom to top for each
    started_at = sorted(e.at.timestamp() for e in store.step_events() if e.kind == "started")
    assert sorted(chart.started.data["x"]) == pytest.approx(started_at)


def test_hovering_a_point_shows_the_entry(qtbot, diary: DiaryWindow) -> None:
    _fill(diary, [NewEntry(START, 6, "lumbar-left", "after the school run"),
                  NewEntry(START + dt.timedelta(days=1), 3, None, "")])
    diary.chart.show_range("all")
    box = diary.chart.diary.plot.getViewBox()
    point = box.mapViewToScene(QPointF(START.timestamp(), 6))
    diary.chart.widget.scene().sigMouseMoved.emit(point)
    text = diary.chart.hover.toPlainText()
    assert diary.chart.hover.isVisible()
    assert "Sun 1 Mar 2026, 08:00" in text and "Pain 6 out of 10" in text
    assert "Low back (waist), left" in text and "after the school run" in text
    far = box.mapViewToScene(QPointF(START.timestamp() + 43200, 0))
    diary.chart.widget.scene().sigMouseMoved.emit(far)
    assert not diary.chart.hover.isVisible()


def test_range_buttons_show_a_week_a_month_or_everything(qtbot, diary: DiaryWindow) -> None:
    _fill(diary, _days([5] * 90, START))
    box = diary.chart.diary.plot.getViewBox()

    def days_shown() -> float:
        low, high = box.viewRange()[0]
        return (high - low) / 86400

    for name, days in (("week", 7), ("month", 30), ("all", 89)):
        qtbot.mouseClick(diary.findChild(type(diary.add_button), f"range-{name}"),
                         Qt.MouseButton.LeftButton)
        assert days <= days_shown() < days * 1.1, name


def test_the_chart_takes_the_colours_of_a_dark_palette(qtbot, diary: DiaryWindow) -> None:
    light = diary.chart.widget.backgroundBrush().color()
    dark = QPalette(diary.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    diary.setPalette(dark)
    qtbot.waitUntil(lambda: diary.chart.widget.backgroundBrush().color() == QColor("#1e1f22"))
    assert light != QColor("#1e1f22")
    axis_pen = diary.chart.diary.plot.getAxis("left").textPen().color()
    assert axis_pen == QColor("#e6e6e6")


# -- CSV ------------------------------------------------------------------------------------------


def _answer_import_question(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "importProblems"
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        seen.append(box.text() + "\n" + box.informativeText())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_import_of_a_file_with_bad_rows_imports_nothing_by_default(qtbot, diary: DiaryWindow
                                                                    ) -> None:
    seen: list[str] = []
    _answer_import_question(qtbot, QMessageBox.StandardButton.No, seen)
    assert diary.import_csv(str(DATA / "bad-rows.csv")) is None
    assert diary.store.entries() == []
    assert "8 rows of bad-rows.csv have problems" in seen[0]
    assert "Line 3: 'yesterday' is not a time" in seen[0] and "Line 13:" in seen[0]
    assert "Import the 2 good rows?" in seen[0]
    assert "Nothing was imported" in diary.status.text()


def test_import_of_only_the_good_rows_when_asked(qtbot, diary: DiaryWindow) -> None:
    _answer_import_question(qtbot, QMessageBox.StandardButton.Yes, [])
    assert diary.import_csv(str(DATA / "bad-rows.csv")) == (2, 0)
    assert [e.pain for e in diary.store.entries()] == [6, 2]
    assert diary.model.rowCount() == 2
    assert "Imported 2 entries from bad-rows.csv." in diary.status.text()


def test_export_then_import_adds_nothing_twice(qtbot, diary: DiaryWindow, tmp_path: Path) -> None:
    assert diary.import_csv(str(DATA / "good.csv")) == (4, 0)
    path = tmp_path / "diary.csv"
    assert diary.export_csv(str(path)) == 4
    assert path.read_text(encoding="utf-8").startswith("time,pain,region,note")
    assert diary.import_csv(str(path)) == (0, 4)
    assert "4 were already in the diary" in diary.status.text()


def test_a_file_that_cannot_be_imported_is_explained(qtbot, diary: DiaryWindow) -> None:
    assert diary.import_csv(str(DATA / "latin1.csv")) is None
    box = diary.findChild(QMessageBox, "diaryProblem")
    assert box is not None and box.isVisible()
    assert "latin1.csv cannot be imported" in box.text() and "(line 2)" in box.informativeText()
    box.close()


def test_without_a_store_the_diary_works_and_says_it_is_not_saved(qtbot) -> None:
    window = DiaryWindow(CONTENT, None, utc_offset=0)
    qtbot.addWidget(window, before_close_func=close_stores)
    window.show()
    assert window.notice.isVisible() and "not being saved" in window.notice.text()
    assert window.add_from_form() is not None


# -- handouts --------------------------------------------------------------------------------------


def test_chart_image_is_black_and_grey_on_white(qtbot, store: Store) -> None:
    entries = store
    entries.add_entries(_days([7, 6, 5, 6, 4, 3]))
    image = chart_image(entries.entries(), [], 600, 260, utc_offset=0)
    assert (image.width(), image.height()) == (600, 260)
    assert image.pixelColor(599, 0) == QColor("white")
    coloured = dark = 0
    for x in range(0, 600, 3):
        for y in range(0, 260, 3):
            colour = image.pixelColor(x, y)
            coloured += max(colour.red(), colour.green(), colour.blue()) \
                - min(colour.red(), colour.green(), colour.blue()) > 8
            dark += colour.lightness() < 100
    assert coloured == 0 and dark > 100


def test_the_handout_option_adds_the_chart_and_summary(qtbot, tmp_path: Path,
                                                       store: Store) -> None:
    from backguide.core.handout import HandoutOptions, build_handout
    from backguide.ui.printing.render import save_pdf

    today = dt.date.today()
    noon = dt.datetime.combine(today, dt.time(12)).astimezone()
    store.add_entries(NewEntry(noon - dt.timedelta(days=d), 3 + d % 4) for d in range(20))
    html = diary_handout_html(store, today)
    assert "Last 14 days" in html and "14 entries on 14 days" in html
    assert '<img src="data:image/png;base64,' in html and 'width="600"' in html
    content, artwork, _ = shipped()
    with_diary = build_handout(content, "lumbar-left", HandoutOptions(include_diary=True), today,
                               diary_html=html)
    without = build_handout(content, "lumbar-left", HandoutOptions(), today, diary_html=html)
    assert "Your pain diary" in with_diary.html and "Your pain diary" not in without.html
    plain, charted = tmp_path / "plain.pdf", tmp_path / "diary.pdf"
    save_pdf(without, artwork, plain)
    save_pdf(with_diary, artwork, charted)
    text = " ".join(pdf_pages_text(charted))
    assert "Your pain diary" in text and "Average pain" in text and "Trend:" in text
    assert len(pdf_images(charted)) > len(pdf_images(plain))


def test_a_diary_without_entries_lately_gives_a_summary_without_a_chart(store: Store) -> None:
    store.add_entries(_days([5]))
    html = diary_handout_html(store, dt.date(2030, 1, 1))
    assert "no pain scores were logged" in html and "<img" not in html
    assert diary_handout_html(None) == ""
