"""The one home of the person's choice: what changes it, and when it says so."""

from __future__ import annotations

import pytest

from backguide.ui.selection import Choice, Selection, ViewMode


@pytest.fixture
def selection(qapp) -> tuple[Selection, list[Choice]]:  # type: ignore[no-untyped-def]
    chosen = Selection()
    heard: list[Choice] = []
    chosen.changed.connect(lambda before: heard.append(before))
    return chosen, heard


def test_a_change_is_announced_once_with_what_it_was_before(selection) -> None:  # type: ignore[no-untyped-def]
    chosen, heard = selection
    chosen.choose_region("lumbar-left", "quadratus-lumborum")
    assert heard == [Choice()]
    assert (chosen.region, chosen.muscle) == ("lumbar-left", "quadratus-lumborum")


def test_choosing_the_same_again_is_not_a_change(selection) -> None:  # type: ignore[no-untyped-def]
    chosen, heard = selection
    chosen.choose_region("lumbar-left")
    chosen.choose_region("lumbar-left")
    chosen.set_mode(ViewMode.MUSCLES)
    chosen.choose_muscle(None)
    assert len(heard) == 1


def test_nothing_chosen_is_none_whether_given_none_or_empty(selection) -> None:  # type: ignore[no-untyped-def]
    chosen, heard = selection
    chosen.choose_region("")
    chosen.choose_place(None)
    assert heard == [] and chosen.region is None and chosen.place is None


def test_a_muscle_needs_a_region(selection) -> None:  # type: ignore[no-untyped-def]
    chosen, heard = selection
    chosen.choose_muscle("multifidus")
    assert chosen.muscle is None and heard == []
    chosen.choose_region("lumbar-left", "multifidus")
    chosen.choose_region(None)
    assert chosen.muscle is None


def test_each_view_keeps_its_own_choice(selection) -> None:  # type: ignore[no-untyped-def]
    chosen, _ = selection
    chosen.choose_area("sacral-right")
    chosen.set_mode(ViewMode.PAIN)
    assert chosen.choice.area is None
    chosen.choose_area("tailbone")
    assert (chosen.region, chosen.place, chosen.choice.area) == ("sacral-right", "tailbone", "tailbone")
    chosen.set_mode(ViewMode.MUSCLES)
    assert chosen.choice.area == "sacral-right"


def test_a_referral_goes_to_its_muscle_in_one_change(selection) -> None:  # type: ignore[no-untyped-def]
    chosen, heard = selection
    chosen.set_mode(ViewMode.PAIN)
    chosen.choose_place("buttock-left")
    heard.clear()
    chosen.show_muscle_of("lumbar-left", "quadratus-lumborum")
    assert len(heard) == 1
    assert chosen.choice == Choice(ViewMode.MUSCLES, "lumbar-left", "buttock-left", "quadratus-lumborum")


def test_a_new_guide_forgets_what_it_does_not_have(selection) -> None:  # type: ignore[no-untyped-def]
    chosen, _ = selection
    chosen.choose_region("lumbar-left", "multifidus")
    chosen.choose_place("tailbone")
    chosen.keep_only({"lumbar-left"}, set())
    assert chosen.choice == Choice(ViewMode.MUSCLES, "lumbar-left", None, "multifidus")
    chosen.keep_only(set(), set())
    assert chosen.choice == Choice()
