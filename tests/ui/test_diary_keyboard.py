"""The diary window by keyboard and screen reader, its chart's areas, its report, and its size."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from backguide.core.diary import NewEntry
from backguide.core.store import Store
from backguide.ui.diary import window as diary_window
from backguide.ui.diary.window import DiaryWindow

from ui_support import close_stores, pdf_pages_text, shipped

CONTENT, _, _ = shipped()
LOCAL = dt.datetime.now().astimezone().tzinfo


@pytest.fixture
def diary(qtbot, memory_store: Store) -> DiaryWindow:  # type: ignore[no-untyped-def]
    window = DiaryWindow(CONTENT, memory_store, utc_offset=0)
    qtbot.addWidget(window, before_close_func=close_stores)
    window.show()
    qtbot.waitExposed(window)
    return window


def _weeks_in_two_areas(days: int = 21) -> list[NewEntry]:
    today = dt.datetime.now(LOCAL).replace(hour=9, minute=0, second=0, microsecond=0)
    entries = []
    for i in range(days):
        day = today - dt.timedelta(days=days - 1 - i)
        entries.append(NewEntry(day, max(1, 8 - i // 3), "lumbar-left", "stiff" if i % 5 == 0 else ""))
        if i % 2 == 0:
            entries.append(NewEntry(day + dt.timedelta(hours=8), 3 + i % 3, "sacral-right"))
    return entries


def _fill(diary: DiaryWindow, entries: list[NewEntry]) -> None:
    diary.store.add_entries(entries)
    diary.refresh()


def _tab_from(qtbot, start: QWidget, presses: int = 30,  # type: ignore[no-untyped-def]
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> list[QWidget]:
    start.setFocus()
    qtbot.waitUntil(lambda: start.hasFocus())
    reached = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        qtbot.keyClick(widget, Qt.Key.Key_Tab, modifier)
        reached.append(QApplication.focusWidget())
    return reached


# -- keyboard -------------------------------------------------------------------------------


def test_tab_from_the_diary_table_reaches_the_buttons(qtbot, diary: DiaryWindow) -> None:
    _fill(diary, _weeks_in_two_areas())
    diary.table.selectRow(0)
    diary.delete_selected()  # so that Undo can be reached too
    reached = _tab_from(qtbot, diary.table)
    assert reached[0] is diary.buttons["edit"]
    for name in ("edit", "delete", "undo", "export", "import", "print", "pdf", "close"):
        assert diary.buttons[name] in reached, name


def test_ctrl_tab_leaves_the_table_too(qtbot, diary: DiaryWindow) -> None:
    _fill(diary, _weeks_in_two_areas())
    reached = _tab_from(qtbot, diary.table, presses=1, modifier=Qt.KeyboardModifier.ControlModifier)
    assert reached == [diary.buttons["edit"]]


def test_every_action_has_a_button_the_keyboard_can_reach(diary: DiaryWindow) -> None:
    for button in diary.buttons.values():
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert diary.areas_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not diary.scroll_area.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_no_accessible_name_has_a_stray_ampersand(diary: DiaryWindow) -> None:
    names = []
    for widget in diary.findChildren(QWidget):
        face = QAccessible.queryAccessibleInterface(widget)
        if face is not None and widget.isVisibleTo(diary):
            names.append(face.text(QAccessible.Text.Name))
    assert "When" in names and "Note" in names
    assert [n for n in names if "&" in n.replace("&&", "")] == []


# -- what it says -------------------------------------------------------------------------------


def test_logging_pain_is_announced_and_shown(qtbot, diary: DiaryWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    announced: list[str] = []
    monkeypatch.setattr(diary_window.QAccessible, "updateAccessibility",
                        lambda event: announced.append(event.message()))
    diary.set_region("lumbar-left")
    diary.pain.setValue(7)
    diary.add_from_form()
    assert diary.status.text().startswith("Logged pain 7 for Low back (waist), left (")
    assert announced == [diary.status.text()]


def test_the_deleted_message_clears_after_undo(qtbot, diary: DiaryWindow) -> None:
    _fill(diary, _weeks_in_two_areas(3))
    diary.table.selectRow(0)
    diary.delete_selected()
    assert "Undo brings it back" in diary.status.text()
    qtbot.mouseClick(diary.buttons["undo"], Qt.MouseButton.LeftButton)
    assert "Undo brings it back" not in diary.status.text()
    assert diary.status.text().startswith("Undone: delete pain")
    assert diary.model.rowCount() == 5


# -- the chart's areas --------------------------------------------------------------------------


def test_the_chart_has_one_line_per_area(diary: DiaryWindow) -> None:
    _fill(diary, _weeks_in_two_areas())
    lines = diary.chart.diary.lines
    assert set(lines) == {"lumbar-left", "sacral-right"}
    assert len(lines["lumbar-left"].getData()[0]) == 21
    assert len(lines["sacral-right"].getData()[0]) == 11
    legend = [label.text for _, label in diary.chart.diary.legend.items]
    assert "Low back (waist), left" in legend and "7-day average" in legend


def test_the_area_filter_hides_a_line_and_says_so(diary: DiaryWindow) -> None:
    _fill(diary, _weeks_in_two_areas())
    assert diary.areas_button.text() == "Areas: all"
    diary.area_actions["sacral-right"].setChecked(False)
    assert not diary.chart.diary.lines["sacral-right"].isVisible()
    assert diary.areas_button.text() == "Areas: 1 of 2"
    assert {e.region_id for e in diary.chart.diary.entries} == {"lumbar-left"}
    diary.show_every_area()
    assert diary.chart.diary.lines["sacral-right"].isVisible()


def test_checklist_markers_are_drawn_inside_the_plot(qtbot, diary: DiaryWindow) -> None:
    store = diary.store
    run = store.start_run("lumbar-left")
    store.mark_step_started(run, CONTENT.steps[0].id)
    _fill(diary, _weeks_in_two_areas())
    diary.resize(diary.minimumSizeHint())
    diary.chart.setFixedHeight(diary.chart.minimumHeight())
    QApplication.processEvents()
    box = diary.chart.diary.plot.getViewBox()
    marker = box.mapViewToScene(QPointF(diary.chart.diary.event_times[0], diary.chart.diary.marker_y))
    half = diary.chart.diary.started.opts["size"] / 2
    assert marker.y() - half >= box.sceneBoundingRect().top()


# -- size ---------------------------------------------------------------------------------------


def test_the_diary_fits_a_1280_by_860_screen_at_2x_scale(diary: DiaryWindow) -> None:
    hint = diary.minimumSizeHint()
    assert hint.width() <= 620 and hint.height() <= 400, hint


def test_every_button_is_a_labelled_push_button(diary: DiaryWindow) -> None:
    for button in diary.findChildren(QAbstractButton):
        if button.isVisibleTo(diary):
            assert button.text() or button.accessibleName()


# -- the report ---------------------------------------------------------------------------------


def test_the_report_from_the_window_has_the_chart_page_and_summary(diary: DiaryWindow,
                                                                   tmp_path: Path) -> None:
    _fill(diary, _weeks_in_two_areas())
    path = tmp_path / "report.pdf"
    assert diary.save_report(str(path)) is not None
    first = pdf_pages_text(path)[0]
    assert "Pain diary" in first and "Summary" in first and "Average pain" in first
    assert "Low back (waist), left: 21 entries" in first
    assert "Saved the diary report" in diary.status.text()


def test_the_report_follows_the_areas_the_chart_shows(diary: DiaryWindow) -> None:
    _fill(diary, _weeks_in_two_areas())
    diary.show_areas({"sacral-right"})
    report = diary.report()
    assert {e.region_id for e in report.entries} == {"sacral-right"}
    assert report.heading == "Pain diary: Base of the spine (sacrum), right"


def _focusable_without_a_name(face: QAccessibleInterface, depth: int = 0) -> list[str]:
    """Every object under ``face`` a screen reader can focus that has no name.

    A table cell's name is its text: an empty note is read as "blank", as in any table.
    """
    found = []
    for index in range(face.childCount() if depth < 30 else 0):
        child = face.child(index)
        if child is None:
            continue
        state = child.state()
        if state.focusable and not state.invisible and child.role() is not QAccessible.Role.Cell \
                and not child.text(QAccessible.Text.Name).strip():
            found.append(f"{child.role().name} in {face.text(QAccessible.Text.Name)!r}")
        found += _focusable_without_a_name(child, depth + 1)
    return found


def test_everything_a_screen_reader_can_focus_in_the_diary_has_a_name(diary: DiaryWindow) -> None:
    _fill(diary, _weeks_in_two_areas(3))
    face = QAccessible.queryAccessibleInterface(diary)
    assert _focusable_without_a_name(face) == []


def test_tab_still_stops_on_the_chart(qtbot, diary: DiaryWindow) -> None:  # type: ignore[no-untyped-def]
    assert diary.chart.widget in _tab_from(qtbot, diary.add_button, presses=3)
