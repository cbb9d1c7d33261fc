"""The body map: real clicks, real shapes, keyboard, and the referral overlay."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible

from backguide.core.matching import referrals_to, referred_areas, zone_areas
from backguide.ui.map.items import Shade
from backguide.ui.map.view import MapMode

from ui_support import shipped

CONTENT, ARTWORK, _ = shipped()
REGION_IDS = [r.id for r in CONTENT.regions]


def _click(qtbot, view, point: QPointF) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())


@pytest.mark.parametrize("region_id", REGION_IDS)
def test_click_at_region_centre_selects_exactly_that_region(qtbot, window, region_id) -> None:
    _click(qtbot, window.map, window.map.area_centre(region_id))
    assert window.map.selected_region == region_id
    assert [r for r, item in window.map.regions.items() if item.selected] == [region_id]
    assert window.panel.page == f"region/{region_id}/"
    assert CONTENT.region(region_id).name in window.panel.toPlainText()


def test_click_inside_bounding_box_but_outside_shape_selects_nothing(qtbot, window) -> None:
    view = window.map
    found = None
    for region_id, item in view.regions.items():
        path = item.path()
        rect = path.boundingRect()
        for fx in (0.02, 0.98):
            for fy in (0.02, 0.5, 0.98):
                point = QPointF(rect.left() + rect.width() * fx, rect.top() + rect.height() * fy)
                others = [i for i in view.regions.values() if i.path().contains(point)]
                if not others:
                    found = (region_id, point)
                    break
            if found:
                break
        if found:
            break
    assert found, "every region fills its bounding box: the drawing has no curved outline"
    region_id, point = found
    assert view.regions[region_id].boundingRect().contains(point)
    _click(qtbot, view, QPointF(view.mapFromScene(point)))
    assert view.selected_region == ""


def test_click_on_empty_space_clears_the_selection(qtbot, window) -> None:
    view = window.map
    _click(qtbot, view, view.area_centre("lumbar-left"))
    _click(qtbot, view, QPointF(view.mapFromScene(QPointF(4, 4))))
    assert view.selected_region == ""
    assert window.panel.page == "welcome"
    assert view.shaded() == {}


def test_selected_region_shades_its_referral_zones(qtbot, window) -> None:
    _click(qtbot, window.map, window.map.area_centre("lumbar-left"))
    essential, spillover = referred_areas(CONTENT, CONTENT.region("lumbar-left"))
    shaded = window.map.shaded()
    assert essential and all(shaded[a] is Shade.ESSENTIAL for a in essential)
    assert all(shaded[a] is Shade.SPILLOVER for a in spillover)
    assert set(shaded) == set(essential) | set(spillover)
    assert all(a.endswith("-left") or not CONTENT.zones[a.rsplit("-", 1)[0]].sided
               for a in shaded if a.rsplit("-", 1)[0] in CONTENT.zones)


def test_choosing_a_muscle_shows_only_its_zones(qtbot, window) -> None:
    _click(qtbot, window.map, window.map.area_centre("lumbar-right"))
    window.panel.muscle_chosen.emit("quadratus-lumborum")
    muscle = CONTENT.muscles["quadratus-lumborum"]
    expected = {f"{z}-right" for z in muscle.essential_zones + muscle.spillover_zones}
    assert set(window.map.shaded()) == expected
    assert "quadratus lumborum" in window.panel.toPlainText()


def test_keyboard_reaches_every_region(qtbot, window) -> None:
    view = window.map
    view.setFocus()
    reached = set()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    reached.add(view.keyboard_cursor)
    for _ in range(len(CONTENT.levels)):
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down):
            qtbot.keyClick(view, key)
            reached.add(view.keyboard_cursor)
    assert reached == set(REGION_IDS)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.selected_region == view.keyboard_cursor
    assert view.selected_region.endswith("-right")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_region == ""


def test_space_selects_the_keyboard_region(qtbot, window) -> None:
    view = window.map
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.selected_region == REGION_IDS[0]


def test_accessible_names_are_set(qtbot, window) -> None:
    view = window.map
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.text(QAccessible.Text.Name) == "Map of the back"
    for region in CONTENT.regions:
        assert view.accessible_name_of(region.id) == region.name
        assert view.regions[region.id].toolTip() == region.name
    _click(qtbot, view, view.area_centre("sacral-right"))
    description = interface.text(QAccessible.Text.Description)
    assert "Selected: Sacrum" in description and "right" in description


def test_region_list_offers_the_same_choices(qtbot, window) -> None:
    names = [window.list.item(i).text() for i in range(window.list.count())]
    assert names == [r.name for r in CONTENT.regions]
    window.list.setCurrentRow(4)
    assert window.map.selected_region == REGION_IDS[4]


def test_reverse_view_lists_the_muscles_that_refer_to_a_place(qtbot, window) -> None:
    window.set_mode(MapMode.PAIN)
    view = window.map
    for area in zone_areas(CONTENT):
        _click(qtbot, view, view.area_centre(area.id))
        if view.selected_zone != area.id:
            continue  # covered by a smaller zone on top; chosen from the list instead
        text = window.panel.toPlainText()
        expected = referrals_to(CONTENT, area.id)
        for referral in expected:
            assert referral.muscle.latin in text
    mixed = next(a.id for a in zone_areas(CONTENT)
                 if {r.essential for r in referrals_to(CONTENT, a.id)} == {True, False})
    view.select_zone(mixed)
    text = window.panel.toPlainText()
    referrals = referrals_to(CONTENT, mixed)
    assert text.index("Usually from") < text.index("Sometimes from")
    usual_part, sometimes_part = text.split("Sometimes from", 1)
    for referral in referrals:
        part = usual_part if referral.essential else sometimes_part
        assert referral.muscle.latin in part


def test_every_zone_is_clickable_at_its_centre_in_the_reverse_view(qtbot, window) -> None:
    window.set_mode(MapMode.PAIN)
    missed = []
    for area in zone_areas(CONTENT):
        _click(qtbot, window.map, window.map.area_centre(area.id))
        if window.map.selected_zone != area.id:
            missed.append(area.id)
    assert missed == []


def test_choosing_a_referral_jumps_back_to_the_muscle_view(qtbot, window) -> None:
    window.set_mode(MapMode.PAIN)
    window.map.select_zone("tailbone")
    referral = referrals_to(CONTENT, "tailbone")[0]
    window.panel.referral_chosen.emit(referral.region.id, referral.muscle.id)
    assert window.map.mode is MapMode.MUSCLES
    assert window.map.selected_region == referral.region.id
    assert window.panel.page == f"region/{referral.region.id}/{referral.muscle.id}"


def test_zoom_shortcuts_change_the_scale(qtbot, window) -> None:
    before = window.map.transform().m11()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.map.transform().m11() == pytest.approx(before * 1.25)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.map.transform().m11() == pytest.approx(before)


def test_hover_highlights_the_region_under_the_pointer(qtbot, window) -> None:
    view = window.map
    point = view.area_centre("mid-thoracic-left").toPoint()
    qtbot.mouseMove(view.viewport(), QPoint(point.x(), point.y()))
    qtbot.waitUntil(lambda: view.regions["mid-thoracic-left"].hovered)
    assert [r for r, i in view.regions.items() if i.hovered] == ["mid-thoracic-left"]


def test_screen_readers_hear_each_region_as_the_keyboard_moves(qtbot, window) -> None:
    view = window.map
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.last_announcement == CONTENT.regions[0].name
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.last_announcement == CONTENT.regions[1].name
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.last_announcement == f"Selected: {CONTENT.regions[1].name}"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.last_announcement == "Nothing selected"
