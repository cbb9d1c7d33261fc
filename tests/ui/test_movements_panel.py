"""The panel's "Gentle movements" tab: pictures, titles and doses; a click opens one in full."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from ui_support import shipped

CONTENT, _, _ = shipped()


def _movements_tab(window, region_id: str):
    window.selection.choose_region(region_id)
    assert "Gentle movements" in window.panel.section_titles()
    return window.panel.show_section("moves")


def test_a_lumbar_region_lists_its_movements_with_pictures_and_doses(window) -> None:
    view = _movements_tab(window, "lumbar-left")
    text = view.toPlainText()
    for movement in CONTENT.movements_for("lumbar"):
        assert movement.title in text
        assert movement.dose.text in text
        image = view.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                          QUrl(f"movement:{movement.drawing}"))
        assert isinstance(image, QImage) and not image.isNull(), movement.id


def test_a_neck_region_lists_only_movements_that_suit_the_neck(window) -> None:
    text = _movements_tab(window, "cervical-right").toPlainText()
    for movement in CONTENT.movements:
        assert (movement.title in text) == ("cervical" in movement.levels), movement.id


def test_choosing_a_movement_opens_its_steps_full_size(qtbot, window) -> None:
    _movements_tab(window, "lumbar-left")
    window.panel.follow_link(QUrl("backguide:movement/bridge"))
    dialog = window.panel.movement_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.text.toPlainText()
    bridge = next(m for m in CONTENT.movements if m.id == "bridge")
    assert all(step in text for step in bridge.steps)
    assert bridge.stop_if[0] in text
    dialog.reject()


def test_the_place_view_offers_movements_for_the_muscles_it_names(window) -> None:
    from backguide.ui.selection import ViewMode

    window.selection.set_mode(ViewMode.PAIN)
    window.selection.choose_place("buttock-left")
    assert "Gentle movements" in window.panel.section_titles()
    text = window.panel.show_section("moves").toPlainText()
    assert "Bridge" in text and "Chin tuck" not in text
