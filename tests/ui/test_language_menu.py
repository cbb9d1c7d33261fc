"""View → Language: each language by its own name, remembered, applied at a restart the
person is offered in the language they chose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from backguide.app import restart_args, start_language
from backguide.language import ENVIRONMENT, SETTING
from backguide.ui.main_window import MainWindow


def _offer(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "languageRestart")
    assert box is not None and box.isVisible()
    return box


def _button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if b.text() == text)


def test_the_view_menu_lists_each_language_by_its_own_name(window: MainWindow) -> None:
    menu = window.language_menu
    assert menu.title() == "&Language"
    assert [a.text() for a in menu.actions()] == ["English", "Español"]
    assert [a.isChecked() for a in menu.actions()] == [True, False]


def test_choosing_spanish_remembers_it_and_offers_a_restart_in_spanish(window: MainWindow) -> None:
    window.language_actions["es"].trigger()
    assert QSettings().value(SETTING) == "es"
    assert window.language_actions["es"].isChecked()
    box = _offer(window)
    assert box.windowTitle() == "Idioma"
    assert box.text() == "BackGuide aparecerá en español la próxima vez que se inicie."
    assert "Su diario y su lista de alivio se conservan" in box.informativeText()
    assert {b.text() for b in box.buttons()} == {"&Reiniciar ahora", "&Más tarde"}
    assert box.defaultButton().text() == "&Más tarde"


def test_restart_now_asks_the_app_to_restart_in_the_chosen_language(qtbot, window: MainWindow  # type: ignore[no-untyped-def]
                                                                    ) -> None:
    window.language_actions["es"].trigger()
    with qtbot.waitSignal(window.restart_requested) as restarting:
        _button(_offer(window), "&Reiniciar ahora").click()
    assert restarting.args == ["es"]


def test_later_keeps_the_choice_for_the_next_start_without_restarting(qtbot, window: MainWindow  # type: ignore[no-untyped-def]
                                                                      ) -> None:
    asked: list[str] = []
    window.restart_requested.connect(asked.append)
    window.language_actions["es"].trigger()
    _button(_offer(window), "&Más tarde").click()
    assert asked == [] and QSettings().value(SETTING) == "es"


def test_choosing_the_language_in_use_asks_nothing(window: MainWindow) -> None:
    window.language_actions["en"].trigger()
    assert window.findChild(QMessageBox, "languageRestart") is None
    assert QSettings().value(SETTING) == "en"


def test_the_remembered_choice_is_used_at_the_next_start(settings_dir, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
                                                         ) -> None:
    monkeypatch.delenv(ENVIRONMENT)
    QSettings().setValue(SETTING, "es")
    try:
        assert start_language(None) == "es"
        assert start_language("en") == "en"  # --lang still comes first
    finally:
        start_language("en")


@pytest.mark.parametrize(("argv", "expected"), [
    ([], ["--lang", "es"]),
    (["-m", "backguide"], ["-m", "backguide", "--lang", "es"]),
    (["/venv/bin/backguide", "--lang", "en", "--data-dir", "d"],
     ["/venv/bin/backguide", "--data-dir", "d", "--lang", "es"]),
    (["-m", "backguide", "--lang=en", "--content=c"], ["-m", "backguide", "--content=c", "--lang", "es"]),
])
def test_a_restart_keeps_every_argument_but_the_language(argv: list[str], expected: list[str]) -> None:
    assert restart_args(argv, "es") == expected
