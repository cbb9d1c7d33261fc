"""The neck's own warning signs on screen: the urgent-signs page and the checklist gate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backguide.core.checklist import Checklist, PageKind
from backguide.core.model import Urgency
from backguide.ui.checklist.dialog import ChecklistDialog
from backguide.ui.dialogs import UrgentSignsDialog
from backguide.ui.heading import Heading

from ui_support import questions_asked, shipped, yes_no_button

CONTENT, _, _ = shipped()
NECK = [f for f in CONTENT.red_flags if "cervical" in f.levels]


def _gate(qtbot, region_id: str | None) -> ChecklistDialog:  # type: ignore[no-untyped-def]
    dialog = ChecklistDialog(Checklist(CONTENT, region_id), "en_GB")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def _asked(dialog: ChecklistDialog) -> set[str]:
    return questions_asked(dialog)


def test_the_urgent_signs_dialog_shows_the_neck_group_under_its_heading(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = UrgentSignsDialog(CONTENT)
    qtbot.addWidget(dialog)
    everyone, neck = dialog.groups
    shown = {lst.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
             for lst in neck for row in range(lst.count())}
    assert NECK and {flag.sign for flag in NECK} == shown
    assert all(lst.accessibleName().startswith("If your neck hurts. ") for lst in neck)
    headings = [h.text() for h in dialog.findChildren(Heading)]
    assert headings.index("If your neck hurts") > headings.index("For any back or neck pain")
    assert not any(lst.accessibleName().startswith("If your neck") for lst in everyone)


def test_the_gate_asks_the_neck_signs_for_a_neck_region(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked = _asked(_gate(qtbot, "cervical-left"))
    assert {f.question for f in NECK} <= asked


def test_the_gate_does_not_ask_the_neck_signs_for_the_waist(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked = _asked(_gate(qtbot, "lumbar-left"))
    assert not {f.question for f in NECK} & asked
    assert {f.question for f in CONTENT.red_flags if not f.levels} <= asked


def test_yes_to_every_soon_sign_on_screen_goes_straight_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _gate(qtbot, "cervical-left")
    for flag in dialog.checklist.questions:
        yes = flag.urgency is Urgency.SOON
        yes_no_button(dialog, flag.question, yes).click()
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page.kind is PageKind.ABOUT_YOU
