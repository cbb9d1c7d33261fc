"""The body map: real clicks, real shapes, keyboard, and the referral overlay."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAccessible

from backguide.core.matching import referrals_to, referred_areas, zone_areas
from backguide.core.pages import LINK
from backguide.ui.map.items import Shade
from backguide.ui.selection import ViewMode

from ui_support import shipped

CONTENT, ARTWORK, _ = shipped()
REGION_IDS = [r.id for r in CONTENT.regions]


def _click(qtbot, view, point: QPointF) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())


def _follow_link(window, target: str) -> None:  # type: ignore[no-untyped-def]
    """What a click on one of the detail panel's own links does, in the tab shown."""
    window.panel.current_text().anchorClicked.emit(QUrl(LINK + target))


@pytest.mark.parametrize("region_id", REGION_IDS)
def test_click_at_region_centre_selects_exactly_that_region(qtbot, window, region_id) -> None:
    _click(qtbot, window.map, window.map.area_centre(region_id))
    assert window.selection.region == region_id
    assert [r for r, item in window.map.regions.items() if item.selected] == [region_id]
    assert window.panel.page == f"region/{region_id}/"
    assert CONTENT.region(region_id).name in window.panel.toPlainText()


def test_click_inside_bounding_box_but_outside_shape_changes_nothing(qtbot, window) -> None:
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
    assert window.selection.region is None
    other = next(r for r in REGION_IDS if r != region_id)
    window.selection.choose_region(other)
    _click(qtbot, view, QPointF(view.mapFromScene(point)))
    assert window.selection.region == other


def _flank_point(view, level: str, side: str) -> QPointF:  # type: ignore[no-untyped-def]
    """A point near the outer edge of the back at a level: far from the spine, in the flank."""
    band = [view.regions[f"{level}-{s}"].path() for s in ("left", "right")]
    rect = band[0].boundingRect()
    y = rect.center().y()
    row = [x / 2 for x in range(2 * int(rect.left()) - 200, 2 * int(rect.right()) + 400)]
    inside = [x for x in row if view.regions[f"{level}-{side}"].path().contains(QPointF(x, y))]
    assert inside, level
    x = inside[2] if side == "left" else inside[-3]  # a pixel or so in from the flank
    return QPointF(view.mapFromScene(QPointF(x, y)))


@pytest.mark.parametrize("region_id", REGION_IDS)
def test_a_click_on_the_flank_chooses_that_level(qtbot, window, region_id) -> None:
    view = window.map
    level, _, side = region_id.rpartition("-")
    point = _flank_point(view, level, side)
    # Far out from the spine (x 300 in the drawing): the whole half of the back at
    # that level is the region, not a strip beside the spine (those reached about
    # 60 units out; the neck is narrower).
    assert abs(view.mapToScene(point.toPoint()).x() - 300) > (60 if level == "cervical" else 110)
    _click(qtbot, view, point)
    assert window.selection.region == region_id
    assert window.panel.page == f"region/{region_id}/"


def test_click_on_empty_space_keeps_the_choice(qtbot, window) -> None:
    view = window.map
    _click(qtbot, view, view.area_centre("lumbar-left"))
    shaded = view.shaded()
    _click(qtbot, view, QPointF(view.mapFromScene(QPointF(4, 4))))
    _click(qtbot, view, QPointF(view.mapFromScene(QPointF(300, 990))))  # the thighs: no region
    assert window.selection.region == "lumbar-left"
    assert window.panel.page == "region/lumbar-left/"
    assert view.shaded() == shaded and shaded


def test_escape_and_the_clear_button_clear_the_choice(qtbot, window) -> None:
    view = window.map
    button = window.explorer.clear_button
    assert button.isVisible() and button.text() == "Clear choice" and not button.isEnabled()
    _click(qtbot, view, view.area_centre("lumbar-left"))
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.selection.region is None
    assert window.panel.page == "welcome"
    assert view.shaded() == {} and not button.isEnabled()
    _click(qtbot, view, view.area_centre("sacral-right"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.selection.region is None


def test_keyboard_place_follows_a_mouse_choice(qtbot, window) -> None:
    view = window.map
    _click(qtbot, view, _flank_point(view, "mid-thoracic", "right"))
    assert view.keyboard_cursor == "mid-thoracic-right"
    assert [r for r, item in view.regions.items() if item.focused] == ["mid-thoracic-right"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.keyboard_cursor == "lower-thoracic-right"


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
    window.panel.show_section("muscles")
    _follow_link(window, "muscle/quadratus-lumborum")
    muscle = CONTENT.muscles["quadratus-lumborum"]
    expected = {f"{z}-right" for z in muscle.essential_zones + muscle.spillover_zones}
    assert set(window.map.shaded()) == expected
    assert "quadratus lumborum" in window.panel.toPlainText()


@pytest.mark.parametrize("region_id", ["cervical-left", "lumbar-right", "mid-thoracic-left"])
def test_choosing_a_muscle_highlights_exactly_its_shape(qtbot, window, region_id) -> None:
    view = window.map
    _click(qtbot, view, view.area_centre(region_id))
    assert view.highlighted_muscles() == []
    side = region_id.rpartition("-")[2]
    for muscle_id in CONTENT.region(region_id).muscles:
        _follow_link(window, f"muscle/{muscle_id}")
        assert view.highlighted_muscles() == [f"{muscle_id}-{side}"]
        muscle = CONTENT.muscles[muscle_id]
        expected = {CONTENT.zones[z].area_id(CONTENT.region(region_id).side)
                    for z in muscle.essential_zones + muscle.spillover_zones}
        assert set(view.shaded()) == expected
    _follow_link(window, "all-muscles")
    assert view.highlighted_muscles() == []


def test_every_muscle_of_every_region_has_a_shape_on_the_map(window) -> None:
    for region in CONTENT.regions:
        for muscle_id in region.muscles:
            item = window.map.muscles.get(f"{muscle_id}-{region.side.value}")
            assert item is not None, (region.id, muscle_id)
            assert not item.path().isEmpty()


def test_zoomed_in_a_click_on_a_muscle_shape_chooses_it(qtbot, window) -> None:
    view = window.map
    window.selection.choose_region("lumbar-left")
    view.set_zoom(2.5)
    shape = view.muscles["quadratus-lumborum-left"].path()
    # The outer edge of the deep waist muscle shows beyond the long columns.
    rect = shape.boundingRect()
    point = QPointF(rect.left() + rect.width() * 0.12, rect.center().y())
    assert shape.contains(point)
    viewport_point = QPointF(view.mapFromScene(point))
    assert view.viewport().rect().contains(viewport_point.toPoint())
    _click(qtbot, view, viewport_point)
    assert window.selection.region == "lumbar-left"
    assert window.selection.muscle == "quadratus-lumborum"
    assert view.highlighted_muscles() == ["quadratus-lumborum-left"]
    assert window.panel.page == "region/lumbar-left/quadratus-lumborum"
    # Not zoomed in, the same click chooses the whole area again.
    view.reset_zoom()
    _click(qtbot, view, QPointF(view.mapFromScene(point)))
    assert window.selection.muscle is None


def test_zoom_keeps_the_choice_in_the_middle(qtbot, window) -> None:
    view = window.map
    window.selection.choose_region("sacral-right")
    view.set_zoom(4.0)
    centre = view.mapToScene(view.viewport().rect().center())
    chosen = view.regions["sacral-right"].sceneBoundingRect()
    assert abs(centre.x() - chosen.center().x()) < 2 and abs(centre.y() - chosen.center().y()) < 2
    window.selection.choose_region("cervical-left")
    centre = view.mapToScene(view.viewport().rect().center())
    assert view.regions["cervical-left"].sceneBoundingRect().contains(centre)


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
    assert window.selection.region == view.keyboard_cursor
    assert window.selection.region.endswith("-right")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.selection.region is None


def test_space_selects_the_keyboard_region(qtbot, window) -> None:
    view = window.map
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.selection.region == REGION_IDS[0]


def test_accessible_names_are_set(qtbot, window) -> None:
    view = window.map
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.text(QAccessible.Text.Name) == "Map of the back"
    for region in CONTENT.regions:
        assert view.accessible_name_of(region.id) == region.name
        assert view.regions[region.id].toolTip() == region.name
    _click(qtbot, view, view.area_centre("sacral-right"))
    description = interface.text(QAccessible.Text.Description)
    assert "Selected: Base of the spine (sacrum)" in description and "right" in description


def test_region_list_offers_the_same_choices(qtbot, window) -> None:
    names = [window.list.item(i).text() for i in range(window.list.count())]
    assert names == [r.name for r in CONTENT.regions]
    row = window.list.visualItemRect(window.list.item(4)).center()
    qtbot.mouseClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert window.selection.region == REGION_IDS[4]
    assert window.list.item(4).font().bold()


def test_reverse_view_lists_the_muscles_that_refer_to_a_place(qtbot, window) -> None:
    window.set_mode(ViewMode.PAIN)
    view = window.map
    for area in zone_areas(CONTENT):
        _click(qtbot, view, view.area_centre(area.id))
        if window.selection.place != area.id:
            continue  # covered by a smaller zone on top; chosen from the list instead
        text = window.panel.toPlainText()
        expected = referrals_to(CONTENT, area.id)
        for referral in expected:
            assert referral.muscle.latin in text
    mixed = next(a.id for a in zone_areas(CONTENT)
                 if {r.essential for r in referrals_to(CONTENT, a.id)} == {True, False})
    window.selection.choose_place(mixed)
    text = window.panel.toPlainText()
    referrals = referrals_to(CONTENT, mixed)
    assert text.index("Usually from") < text.index("Sometimes from")
    usual_part, sometimes_part = text.split("Sometimes from", 1)
    for referral in referrals:
        part = usual_part if referral.essential else sometimes_part
        assert referral.muscle.latin in part


def test_every_zone_is_clickable_at_its_centre_in_the_reverse_view(qtbot, window) -> None:
    window.set_mode(ViewMode.PAIN)
    missed = []
    for area in zone_areas(CONTENT):
        _click(qtbot, window.map, window.map.area_centre(area.id))
        if window.selection.place != area.id:
            missed.append(area.id)
    assert missed == []


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_click_on_the_back_of_the_thigh_leads_to_the_sciatica_card(qtbot, window, side) -> None:
    window.set_mode(ViewMode.PAIN)
    place = f"back-of-thigh-{side}"
    centre = window.map.area_centre(place)
    # Below the buttock, on the patient's own side of the drawing (their left is on the left).
    scene = window.map.mapToScene(centre.toPoint())
    assert scene.y() > window.map.zones[f"buttock-{side}"].path().boundingRect().bottom()
    assert (scene.x() < 300) == (side == "left")
    _click(qtbot, window.map, centre)
    assert window.selection.place == place
    text = window.panel.toPlainText()
    sciatica = CONTENT.explanations["sciatica"]
    assert sciatica.title in text and "Why it can hurt here" in text
    assert "Choose a muscle to see it on the back." not in text  # there is no muscle to choose


def test_choosing_a_referral_jumps_back_to_the_muscle_view(qtbot, window) -> None:
    window.set_mode(ViewMode.PAIN)
    window.selection.choose_place("tailbone")
    referral = referrals_to(CONTENT, "tailbone")[0]
    _follow_link(window, f"pick/{referral.region.id}/{referral.muscle.id}")
    assert window.map.mode is ViewMode.MUSCLES
    assert window.selection.region == referral.region.id
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


@pytest.fixture
def renders(monkeypatch):  # type: ignore[no-untyped-def]
    """Counts of the detail panel's page renders and the map's re-shadings."""
    from backguide.ui.detail_panel import DetailPanel
    from backguide.ui.map.view import BodyMap

    counts = {"panel": 0, "map": 0}
    show_page, show_choice = DetailPanel._set_sections, BodyMap._show_choice

    def counted_page(self, *args):  # type: ignore[no-untyped-def]
        counts["panel"] += 1
        show_page(self, *args)

    def counted_choice(self, *args):  # type: ignore[no-untyped-def]
        counts["map"] += 1
        show_choice(self, *args)

    monkeypatch.setattr(DetailPanel, "_set_sections", counted_page)
    monkeypatch.setattr(BodyMap, "_show_choice", counted_choice)
    return counts


def _action_once(renders, action) -> dict[str, int]:  # type: ignore[no-untyped-def]
    renders.update(panel=0, map=0)
    action()
    return dict(renders)


def test_each_choice_renders_the_panel_and_shades_the_map_once(qtbot, window, renders) -> None:
    view = window.map
    once = {"panel": 1, "map": 1}
    lumbar = view.area_centre("lumbar-left")  # where the person clicks (not part of the click)
    assert _action_once(renders, lambda: _click(qtbot, view, lumbar)) == once
    window.panel.show_section("muscles")
    assert _action_once(renders, lambda: _follow_link(window, "muscle/quadratus-lumborum")) == once
    row = window.list.visualItemRect(window.list.item(0)).center()
    assert _action_once(renders, lambda: qtbot.mouseClick(
        window.list.viewport(), Qt.MouseButton.LeftButton, pos=row)) == once
    assert _action_once(renders, lambda: window.pain_action.trigger()) == once
    referral = referrals_to(CONTENT, "tailbone")[0]
    window.selection.choose_place("tailbone")
    assert _action_once(renders, lambda: _follow_link(
        window, f"pick/{referral.region.id}/{referral.muscle.id}")) == once


def test_choosing_what_is_already_chosen_renders_nothing(qtbot, window, renders) -> None:
    view = window.map
    _click(qtbot, view, view.area_centre("sacral-right"))
    assert _action_once(renders, lambda: _click(qtbot, view, view.area_centre("sacral-right"))) \
        == {"panel": 0, "map": 0}


def test_tab_to_the_map_shows_where_the_keyboard_is(qtbot, window) -> None:
    view = window.map
    window.list.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    before = view.viewport().grab().toImage()
    qtbot.keyClick(window.list, Qt.Key.Key_Tab)
    qtbot.waitUntil(view.hasFocus)
    after = view.viewport().grab().toImage()
    changed = sum(1 for x in range(0, after.width(), 2) for y in (1, after.height() // 2)
                  if before.pixel(x, y) != after.pixel(x, y))
    assert changed > after.width() // 4  # a ring along the edge, not a speck
    assert after.pixelColor(1, after.height() // 2) == view.palette().color(
        view.palette().ColorRole.Highlight)
    assert window.selection.choice.area is None  # focus alone chooses nothing


def test_arrows_in_the_pain_view_move_as_the_drawing_is_laid_out(qtbot, window) -> None:
    window.selection.set_mode(ViewMode.PAIN)
    view = window.map
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # onto the first place
    start = view.keyboard_cursor
    moves = 0
    for key, axis, sign in ((Qt.Key.Key_Down, "y", 1), (Qt.Key.Key_Up, "y", -1),
                            (Qt.Key.Key_Right, "x", 1), (Qt.Key.Key_Left, "x", -1)):
        before = view.keyboard_cursor
        here = view.area_centre(before)
        qtbot.keyClick(view, key)
        there = view.area_centre(view.keyboard_cursor)
        moved = (getattr(there, axis)() - getattr(here, axis)()) * sign
        assert view.keyboard_cursor == before or moved > 0, (key, before, view.keyboard_cursor)
        moves += view.keyboard_cursor != before
    assert start in view.zones and moves >= 3
    assert window.selection.place is None  # moving only looks; Enter chooses


def _chosen_edge_pixels(view, path) -> int:  # type: ignore[no-untyped-def]
    """How many pixels on the area's outline are the chosen outline's blue."""
    from backguide.ui.map.items import CHOSEN_EDGE

    image = view.viewport().grab().toImage()
    scale = image.width() / view.viewport().width()
    hits = 0
    for i in range(200):
        point = view.mapFromScene(path.pointAtPercent(i / 200))
        colour = image.pixelColor(int(point.x() * scale), int(point.y() * scale))
        if abs(colour.red() - CHOSEN_EDGE.red()) + abs(colour.green() - CHOSEN_EDGE.green()) \
                + abs(colour.blue() - CHOSEN_EDGE.blue()) < 60:
            hits += 1
    return hits


@pytest.mark.parametrize("mode", [ViewMode.MUSCLES, ViewMode.PAIN])
def test_the_chosen_outline_stays_blue_where_the_keyboard_is(qtbot, window, mode) -> None:  # type: ignore[no-untyped-def]
    # The keyboard's dashed ring runs around the chosen outline, never over it: the
    # chosen area looks as the map's key shows it, also after a click (which moves
    # the keyboard there).
    view = window.map
    window.selection.set_mode(mode)
    items = view.regions if mode is ViewMode.MUSCLES else view.zones
    area = "lumbar-left" if mode is ViewMode.MUSCLES else "buttock-left"
    window.resize(1280, 860)
    _click(qtbot, view, view.area_centre(area))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert items[area].focused and items[area].selected
    assert _chosen_edge_pixels(view, items[area].path()) > 150


def test_the_chosen_region_is_not_outlined_among_the_places(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.map
    window.selection.choose_region("lumbar-left")
    window.selection.set_mode(ViewMode.PAIN)
    assert not view.regions["lumbar-left"].isVisible()
    assert _chosen_edge_pixels(view, view.regions["lumbar-left"].path()) < 20
