"""The urgent-signs dialog: the handout's grouped box on screen, read sign by sign."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel

from backguide.core.model import Urgency
from backguide.core.red_flags import shared_action, sign_groups
from backguide.ui.dialogs import SignList, UrgentSignsDialog

from ui_support import shipped

CONTENT, _, _ = shipped()


def _dialog(qtbot) -> UrgentSignsDialog:  # type: ignore[no-untyped-def]
    dialog = UrgentSignsDialog(CONTENT)
    qtbot.addWidget(dialog)
    dialog.resize(UrgentSignsDialog.size_for(QSize(1280, 860)))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_tier_says_its_action_once_per_group(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    emergency = shared_action([f for f in CONTENT.red_flags if f.urgency is Urgency.EMERGENCY])
    assert labels.count(emergency) == len(dialog.groups)
    # The signs are lines of their own, not the action again after each one.
    lines = [lst.item(row).text() for lst in dialog.lists for row in range(lst.count())]
    assert lines and not any(emergency in line for line in lines)


def test_the_signs_for_a_low_back_fit_without_scrolling_on_1280x860(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    assert dialog.width() <= 1280 and dialog.height() <= 800
    body = dialog.area.widget()
    everyone = dialog.groups[0]
    bottom = max(lst.mapTo(body, lst.rect().bottomLeft()).y() for lst in everyone)
    assert bottom <= dialog.area.viewport().height()
    assert dialog.area.verticalScrollBar().value() == 0
    for lst in dialog.lists:  # each list shows all its signs: it never scrolls itself
        last = lst.visualItemRect(lst.item(lst.count() - 1))
        assert last.bottom() <= lst.viewport().height()


def test_a_screen_reader_reads_it_sign_by_sign_from_the_first_group(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.lists[0])
    first = dialog.lists[0]
    assert first.accessibleName().startswith("Emergency: Get help now. Call 999")
    emergency = [f.sign for f in sign_groups(CONTENT)[0].with_urgency(Urgency.EMERGENCY)]
    assert all(sign in first.accessibleDescription() for sign in emergency)
    for lst in dialog.findChildren(SignList):
        assert lst.focusPolicy() & Qt.FocusPolicy.TabFocus and lst.accessibleName()
        assert all(lst.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
                   for row in range(lst.count()))
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert first.currentItem().data(Qt.ItemDataRole.AccessibleTextRole) == emergency[1]
