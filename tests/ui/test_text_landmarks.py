"""A screen reader finds the panel's headings as headings and its links as links.

The section text is a QTextBrowser, which Qt shows to screen readers as one
text; each heading and link gets a stand-in child while a screen reader
listens. "Listening" is Qt's accessibility being active, which the
``screen_reader`` fixture turns on (it works under the offscreen platform).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QTextCursor
from PySide6.QtTest import QTest

from backguide.ui.text_landmarks import Landmark

from ui_support import shipped

CONTENT, _, _ = shipped()
NAME = QAccessible.Text.Name
HEADING, LINK = QAccessible.Role.Heading, QAccessible.Role.Link


@pytest.fixture
def screen_reader() -> Iterator[None]:
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def _children(view, role):  # type: ignore[no-untyped-def]
    face = QAccessible.queryAccessibleInterface(view)
    children = [face.child(i) for i in range(face.childCount())]
    return [c for c in children if c.role() == role]


def _names(view, role) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.text(NAME) for c in _children(view, role)]


def _headings(view) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    found = []
    block = view.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append((block.text().strip(), block.blockFormat().headingLevel()))
        block = block.next()
    return found


def _section(qtbot, window, region_id: str, key: str):  # type: ignore[no-untyped-def]
    window.selection.choose_region(region_id)
    view = window.panel.show_section(key)
    qtbot.waitUntil(lambda: all(m.geometry().height() > 0 for m in view.landmarks.landmarks()))
    return view


def _press(view, name: str) -> None:  # type: ignore[no-untyped-def]
    link = next(c for c in _children(view, LINK) if c.text(NAME) == name)
    actions = link.actionInterface()
    assert QAccessibleActionInterface.pressAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.pressAction())


def test_the_text_shows_its_headings_as_headings_in_order(qtbot, screen_reader, window) -> None:
    view = _section(qtbot, window, "lumbar-left", "help")
    headings = [words for words, _level in _headings(view)]
    assert len(headings) >= 5
    assert _names(view, HEADING) == headings


def test_each_heading_gives_its_level(qtbot, screen_reader, window) -> None:
    view = _section(qtbot, window, "lumbar-left", "help")
    levels = [c.attributesInterface().attributeValue(QAccessible.Attribute.Level)
              for c in _children(view, HEADING)]
    assert levels == [level for _words, level in _headings(view)]
    assert set(levels) == {3, 4}


def test_the_links_are_links_named_by_their_words(qtbot, screen_reader, window) -> None:
    view = _section(qtbot, window, "lumbar-left", "muscles")
    muscles = [CONTENT.muscles[m] for m in CONTENT.region("lumbar-left").muscles]
    assert _names(view, LINK) == [f"{m.name} ({m.latin})" for m in muscles]


def test_a_picture_link_is_named_as_tab_names_it(qtbot, screen_reader, window) -> None:
    view = _section(qtbot, window, "lumbar-left", "moves")
    titles = [m.title for m in CONTENT.movements_for("lumbar")]
    expected = [name for title in titles for name in (f"Picture: {title}", title)]
    assert _names(view, LINK) == expected


def test_pressing_a_movement_link_opens_the_movement(qtbot, screen_reader, window) -> None:
    view = _section(qtbot, window, "lumbar-left", "moves")
    bridge = next(m for m in CONTENT.movements if m.id == "bridge")
    _press(view, bridge.title)
    qtbot.waitUntil(lambda: window.panel.movement_dialog is not None
                    and window.panel.movement_dialog.isVisible())
    assert bridge.steps[0] in window.panel.movement_dialog.text.toPlainText()
    window.panel.movement_dialog.reject()


def test_pressing_a_muscle_link_chooses_that_muscle(qtbot, screen_reader, window) -> None:
    view = _section(qtbot, window, "lumbar-left", "muscles")
    muscle = CONTENT.muscles[CONTENT.region("lumbar-left").muscles[1]]
    _press(view, f"{muscle.name} ({muscle.latin})")
    qtbot.waitUntil(lambda: window.selection.choice.muscle == muscle.id)


def test_the_text_is_still_read_as_text_beside_its_headings(qtbot, screen_reader,
                                                            window) -> None:
    view = _section(qtbot, window, "lumbar-left", "help")
    face = QAccessible.queryAccessibleInterface(view)
    text = face.textInterface()
    assert text is not None
    assert text.characterCount() == view.document().characterCount() - 1 > 0
    first_heading = _headings(view)[0][0]
    assert first_heading in text.text(0, text.characterCount())
    assert _names(view, HEADING)[0] == first_heading


def test_the_landmarks_follow_a_page_change(qtbot, screen_reader, window) -> None:
    view = _section(qtbot, window, "lumbar-left", "why")
    assert _names(view, HEADING) == [words for words, _level in _headings(view)] != []
    view = _section(qtbot, window, "cervical-left", "muscles")
    muscles = [CONTENT.muscles[m] for m in CONTENT.region("cervical-left").muscles]
    assert _names(view, LINK) == [f"{m.name} ({m.latin})" for m in muscles]
    view = _section(qtbot, window, "cervical-left", "why")
    assert _headings(view) == [] and _names(view, HEADING) == []
    assert [m.name for m in view.findChildren(Landmark)] == _names(view, LINK)  # nothing stale


def test_a_landmark_lies_over_its_heading_and_follows_scrolling(qtbot, screen_reader,
                                                                window) -> None:
    view = _section(qtbot, window, "lumbar-left", "help")
    landmark = view.landmarks.landmarks()[1]
    block = view.document().findBlock(landmark.mark.start)
    caret = view.cursorRect(QTextCursor(block)).center()
    assert landmark.geometry().contains(view.viewport().mapTo(view, caret))
    top = landmark.y()
    view.verticalScrollBar().setValue(100)
    qtbot.waitUntil(lambda: landmark.y() == top - 100)


def test_clicks_go_through_the_landmarks_to_the_text(qtbot, screen_reader, window) -> None:
    view = _section(qtbot, window, "lumbar-left", "moves")
    landmark = next(m for m in view.landmarks.landmarks() if m.name == "Bridge")
    centre = landmark.geometry().center()
    under = view.childAt(centre)
    assert under is view.viewport()
    QTest.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(view, centre))
    qtbot.waitUntil(lambda: window.panel.movement_dialog is not None
                    and window.panel.movement_dialog.isVisible())
    window.panel.movement_dialog.reject()


def test_every_landmark_is_named_and_none_takes_focus(qtbot, screen_reader, window) -> None:
    for key in ("help", "moves", "muscles", "sources"):
        view = _section(qtbot, window, "lumbar-left", key)
        landmarks = _children(view, HEADING) + _children(view, LINK)
        assert landmarks, key
        assert all(c.text(NAME).strip() for c in landmarks), key
        assert not any(c.state().focusable for c in landmarks), key
        assert all(m.focusPolicy() == Qt.FocusPolicy.NoFocus
                   for m in view.findChildren(Landmark)), key


def test_no_landmarks_are_made_while_no_screen_reader_listens(qtbot, window) -> None:
    assert not QAccessible.isActive()
    window.selection.choose_region("lumbar-left")
    for key in ("help", "moves", "muscles"):
        view = window.panel.show_section(key)
        assert view.findChildren(Landmark) == [], key


def test_landmarks_appear_when_a_screen_reader_starts_listening(qtbot, window) -> None:
    window.selection.choose_region("lumbar-left")
    view = window.panel.show_section("help")
    # Checked by widget: asking for the view's accessible now would be the
    # screen reader's first question, asked too early.
    assert view.findChildren(Landmark) == []
    QAccessible.setActive(True)
    try:
        QAccessible.queryAccessibleInterface(view)  # what a screen reader asks first
        qtbot.waitUntil(lambda: _names(view, HEADING) == [w for w, _ in _headings(view)])
    finally:
        QAccessible.setActive(False)


def test_landmarks_go_when_the_screen_reader_stops_listening(qtbot, screen_reader,
                                                            window) -> None:
    view = _section(qtbot, window, "lumbar-left", "help")
    assert view.findChildren(Landmark)
    QAccessible.setActive(False)
    window.selection.choose_region("cervical-left")
    assert view.findChildren(Landmark) == []
