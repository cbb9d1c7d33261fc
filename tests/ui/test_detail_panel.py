"""The detail panel: what helps first, then the rest in sections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtWidgets import QApplication

from backguide.core.region_sections import first_steps, general_explanations, help_groups

from ui_support import shipped

CONTENT, _, _ = shipped()
REGION_IDS = [r.id for r in CONTENT.regions]


@pytest.mark.parametrize("region_id", REGION_IDS)
def test_the_summary_comes_before_why_it_hurts(window, region_id: str) -> None:
    window.selection.choose_region(region_id)
    panel = window.panel
    text = panel.toPlainText()
    steps = first_steps(CONTENT, CONTENT.region(region_id).level.id)
    assert len(steps) == 3
    summary_end = max(text.index(step.title) for step in steps)
    assert summary_end < text.index("Usually") < text.rindex("More about back pain in general")
    assert panel.section_titles()[0] == "What may help"
    assert panel.section_titles().index("What may help") < panel.section_titles().index(
        "Why it hurts")


def test_what_helps_is_grouped_from_try_first_to_no_benefit(window) -> None:
    window.selection.choose_region("lumbar-left")
    text = window.panel.show_section("help").toPlainText()
    groups = help_groups(CONTENT, "lumbar")
    positions = [text.index(group.title) for group in groups]
    assert positions == sorted(positions) and groups[0].title == "Try first"
    assert all(s.evidence.grade.id == "guideline" for s in groups[0].steps)


def test_the_first_group_of_what_helps_shows_without_scrolling(qtbot, window) -> None:
    window.selection.choose_region("lumbar-left")
    view = window.panel.show_section("help")
    qtbot.waitUntil(lambda: view.document().size().height() > 0)
    first_step = help_groups(CONTENT, "lumbar")[0].steps[0]
    found = view.document().find(first_step.title)
    assert not found.isNull()
    view.setTextCursor(QTextCursor(found.block()))
    assert view.verticalScrollBar().value() == 0  # already in view: nothing had to scroll
    assert view.cursorRect().bottom() < view.viewport().height()


def test_what_every_level_shares_is_said_once_on_about_back_pain(qtbot, window) -> None:
    shared = general_explanations(CONTENT)
    window.selection.choose_region("lumbar-left")
    why = window.panel.show_section("why").toPlainText()
    assert all(e.title not in why for e in shared)
    window.panel.follow_link("backguide:about-back-pain")
    dialogs = [w for w in window.findChildren(object) if w.objectName() == "aboutBackPain"]
    assert dialogs and all(e.title in dialogs[-1].text.toPlainText() for e in shared)
    assert all(m.text.split(".")[0] in dialogs[-1].text.toPlainText()
               for m in CONTENT.guide.core_messages)


def test_the_reader_keeps_their_tab_when_choosing_another_region(window) -> None:
    window.selection.choose_region("lumbar-left")
    window.panel.show_section("sources")
    window.selection.choose_region("sacral-right")
    assert window.panel.tabs.tabText(window.panel.tabs.currentIndex()) == "Sources"


def test_the_urgent_signs_button_opens_the_urgent_signs(qtbot, window) -> None:
    window.selection.choose_region("cervical-left")
    window.panel.urgent_button.click()
    assert window.show_urgent_signs().isVisible()
    window.show_urgent_signs().reject()


def test_the_title_is_a_heading_and_a_choice_is_announced(window) -> None:
    window.selection.choose_region("lumbar-right")
    title = QAccessible.queryAccessibleInterface(window.panel.title)
    assert title.role() == QAccessible.Role.Heading
    assert title.text(QAccessible.Text.Name) == CONTENT.region("lumbar-right").name
    said = window.panel.last_announcement
    assert said.startswith(CONTENT.region("lumbar-right").name) and "First things to try" in said


def test_a_chosen_muscle_is_named_in_the_title(window) -> None:
    # The summary then says where that muscle sends pain: its title says which muscle.
    window.selection.choose_region("lumbar-left")
    window.selection.choose_muscle("quadratus-lumborum")
    region = CONTENT.region("lumbar-left")
    expected = f"{CONTENT.muscles['quadratus-lumborum'].name} in {region.name}"
    assert window.panel.title.text() == expected
    title = QAccessible.queryAccessibleInterface(window.panel.title)
    assert title.text(QAccessible.Text.Name) == expected
    window.selection.choose_muscle(None)
    assert window.panel.title.text() == region.name


def test_the_text_shows_a_focus_ring_when_the_keyboard_is_in_it(qtbot, window) -> None:
    window.selection.choose_region("lumbar-left")
    text = window.panel.show_section("help")
    window.checklist_button.setFocus()
    qtbot.waitUntil(lambda: not text.hasFocus())
    unfocused = text.grab().toImage()
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    focused = text.grab().toImage()
    edge = focused.pixelColor(0, focused.height() // 2)
    assert edge == text.palette().color(text.palette().ColorRole.Highlight)
    assert unfocused.pixelColor(0, unfocused.height() // 2) != edge


def test_tab_moves_through_the_window_top_to_bottom_left_to_right(qtbot, window) -> None:
    window.selection.choose_region("lumbar-left")
    window.panel.show_section("why")  # a section made after the window was built
    window.list.setFocus()
    qtbot.waitUntil(window.list.hasFocus)
    seen = []
    for _ in range(12):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        widget = window.focusWidget()
        seen.append(widget.objectName() or type(widget).__name__)
        if widget is window.checklist_button:
            break
    assert seen[0] == "bodyMap"
    expected = ["clearChoiceButton", "panelUrgentSigns", "qt_tabwidget_tabbar", "section-why",
                "checklistButton"]
    assert list(dict.fromkeys(name for name in seen if name in expected)) == expected, seen


def test_the_summary_is_shown_whole_when_there_is_room(qtbot, window) -> None:
    panel = window.panel
    for region_id in ("lumbar-left", "cervical-right"):
        window.selection.choose_region(region_id)
        needed = panel._header_content.heightForWidth(panel.header.viewport().width())
        assert needed > 60
        # The panel is laid out again as soon as Qt gets to it: no inner scrolling.
        qtbot.waitUntil(lambda: panel.header.height() == needed)  # noqa: B023
        assert not panel.header.verticalScrollBar().isVisible()


@pytest.mark.parametrize("size", [(1152, 774), (1024, 700), (1280, 860), (1728, 972)])
def test_the_start_pages_summary_is_shown_whole_at_the_size_the_window_opens(
        qtbot, settings_dir, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    # The window opens at nine tenths of the screen (1152 x 774 on a 1280 x 860 one).
    # There the start page's summary once kept a scroll bar it had needed only while
    # it was short, and its last line ("...choose Where does it hurt? at the top")
    # was cut off.
    from backguide.ui.main_window import MainWindow

    from ui_support import close_stores

    window = MainWindow(CONTENT, *shipped()[1:], remember=False)
    qtbot.addWidget(window, before_close_func=close_stores)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    panel = window.panel
    needed = panel._header_content.heightForWidth(panel.header.maximumViewportSize().width())
    qtbot.waitUntil(lambda: panel.header.height() == needed)
    assert not panel.header.verticalScrollBar().isVisible()
    viewport = panel.header.viewport()
    for label in (panel.title, panel.intro):  # each whole, none stretched over the next
        bottom = label.mapTo(viewport, label.rect().bottomLeft()).y()
        assert 0 < bottom < viewport.height(), label.objectName()
        assert label.height() == label.heightForWidth(label.width()), label.objectName()


def test_the_summary_grows_with_a_larger_text_size_and_a_longer_text(qtbot, window) -> None:
    # The summary's labels remember their height at each width: a new text size or
    # a new text must still give their new height.
    panel = window.panel
    window.selection.choose_region("lumbar-left")
    intro = panel.intro
    width = 240
    before = intro.heightForWidth(width)
    normal_size = intro.font().pointSizeF()
    window.set_text_size("larger")
    try:
        qtbot.waitUntil(lambda: intro.font().pointSizeF() > normal_size)  # Qt posts the change
        larger = intro.heightForWidth(width)
        assert larger > before
        intro.setText(intro.text() + " " + intro.text())
        assert intro.heightForWidth(width) > larger
    finally:
        window.set_text_size("normal")


def test_the_first_choice_shows_tabs_made_before_it(window) -> None:
    # Tabs made on the first choice would each be read out by a screen reader over
    # the choice itself: they are made with the panel and only filled later.
    tabs = window.panel.tabs
    before = [tabs.widget(i) for i in range(tabs.count())]
    assert before, "the panel makes a region's tabs before anything is chosen"
    window.selection.choose_region(REGION_IDS[0])
    assert [tabs.widget(i) for i in range(tabs.count())] == before
    assert before[0].isAncestorOf(window.panel.current_text())


def test_the_section_text_has_a_caret_for_reading_line_by_line(window) -> None:
    window.selection.choose_region(REGION_IDS[0])
    flags = window.panel.current_text().textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard


def _said(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    import backguide.ui.detail_panel as detail_panel

    said: list[str] = []
    monkeypatch.setattr(detail_panel, "say", lambda text, widget=None: said.append(text))
    return said


def test_h_goes_from_heading_to_heading_and_says_it(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said = _said(monkeypatch)
    window.selection.choose_region("lumbar-left")
    view = window.panel.show_section("help")
    headings = [b.text() for b in _blocks(view.document()) if b.blockFormat().headingLevel()]
    assert len(headings) >= 3
    for expected in headings[1:3]:
        qtbot.keyClick(view, Qt.Key.Key_H)
        assert view.textCursor().block().text() == expected
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().block().text() == headings[1]
    level = view.textCursor().block().blockFormat().headingLevel()
    assert said[-1] == f"{headings[1]}, heading level {level}"


def test_tab_says_each_link_in_the_text_and_names_a_picture_link(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said = _said(monkeypatch)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    window.selection.choose_region("lumbar-left")
    view = window.panel.show_section("moves")
    view.setFocus()
    first = CONTENT.movements_for(CONTENT.region("lumbar-left").level.id)[0].title
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert said == [f"Picture: {first}, link", f"{first}, link"]


def _blocks(document):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_a_narrow_panel_stacks_its_buttons_and_cuts_no_words_off(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # At 2x on a 1280x860 screen the panel is about 250 pixels wide: "Urgent signs" and
    # "Make a handout..." side by side were wider, and the summary's lines ran under them.
    panel = window.panel
    window.selection.choose_region("cervical-right")
    window.resize(620, 400)
    qtbot.waitUntil(lambda: window.width() == 620)
    qtbot.waitUntil(lambda: panel._header_content.width() <= panel.header.viewport().width())
    assert panel.urgent_button.geometry().bottom() < panel.handout_button.geometry().top()
    window.resize(1280, 860)
    qtbot.waitUntil(lambda: window.width() == 1280)
    qtbot.waitUntil(lambda: panel.urgent_button.geometry().top()
                    == panel.handout_button.geometry().top())  # side by side again
