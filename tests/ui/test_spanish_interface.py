"""BackGuide in Spanish: what a Spanish-speaking person sees and hears, and that nothing of
the interface falls back to English (the compiled translations say what their .ts says)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QRadioButton,
    QWidget,
)

from backguide.app import start_language
from backguide.core.artwork import Artwork, load_artwork
from backguide.core.content import load_guide
from backguide.core.model import Content
from backguide.language import ENVIRONMENT
from backguide.paths import asset, content_dir, translations_dir
from backguide.ui.main_window import MainWindow

from translations_support import TRANSLATIONS, read_ts
from ui_support import close_stores

_guide: dict[str, tuple[Content, Artwork]] = {}


def _spanish_guide() -> tuple[Content, Artwork]:
    """The shipped Spanish guide and the drawing, loaded once per test run."""
    if "es" not in _guide:
        artwork = load_artwork(str(asset("back.svg")))
        _guide["es"] = (load_guide(content_dir("es"), artwork), artwork)
    return _guide["es"]


@pytest.fixture
def spanish(settings_dir, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The interface in Spanish, chosen as a start with ``--lang es`` chooses it."""
    monkeypatch.delenv(ENVIRONMENT)
    language = start_language("es")
    yield language
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def window(qtbot, spanish: str) -> MainWindow:  # type: ignore[no-untyped-def]
    guide, artwork = _spanish_guide()
    win = MainWindow(guide, artwork, str(asset("back.svg")), language=spanish)
    qtbot.addWidget(win, before_close_func=close_stores)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_starting_with_lang_es_installs_the_spanish_translation(spanish: str) -> None:
    assert spanish == "es"
    assert QApplication.translate("MainWindow", "&File") == "&Archivo"
    assert QLocale().language() == QLocale.Language.Spanish


def test_the_main_window_speaks_spanish(window: MainWindow) -> None:
    assert _menu_titles(window) == ["&Archivo", "&Ver", "&Lista", "&Diario", "Ay&uda"]
    assert window.urgent_button.text() == "⚠ Señales de alarma"
    assert window.list.label.text() == "&Partes de la espalda"
    assert window.checklist_button.text() == "Empezar la lista de alivio"
    assert window.version_label.text().startswith(
        "Versión del contenido 2.1.0, revisada el 1 de diciembre de 2026.")
    # The guide is the Spanish one too.
    assert window.list.item(0).text().startswith("Cuello")


def test_the_main_window_is_named_in_spanish_for_screen_readers(window: MainWindow) -> None:
    assert window.urgent_button.accessibleName() == "Señales de alarma"
    assert window.list.accessibleName() == "Partes de la espalda"
    assert window.map.accessibleName() == "Mapa de la espalda"
    assert window.legend.accessibleName().startswith("Leyenda del mapa: Zona elegida; ")
    assert window.panel.tabs.accessibleName() == "Secciones"
    assert window.map.accessibleDescription().startswith(
        "Músculos: partes de la espalda, vistas desde atrás. Nada elegido.")


def test_choosing_a_region_is_said_in_spanish(window: MainWindow) -> None:
    window.selection.choose_region("lumbar-left")
    assert window.panel.urgent_button.accessibleName() == "Señales de alarma para esta zona"
    assert "Nivel de la columna" in window.panel.intro.text()
    assert "en su lado izquierdo" in window.panel.intro.text()
    assert "Lo primero que puede probar:" in window.panel.last_announcement


def test_the_checklist_gate_speaks_spanish(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.start_checklist()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Lista de alivio"
    assert [b.text() for b in dialog.nav_buttons] == [
        "&Empezar de nuevo", "&Atrás", "&Siguiente", "&Terminar", "&Cerrar"]
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Primero, unas preguntas de seguridad." in texts
    questions = [g for g in dialog.findChildren(QGroupBox) if g.objectName() == "question"]
    assert questions and all(g.accessibleName().startswith("¿") for g in questions)
    answers = {b.text() for g in questions for b in g.findChildren(QRadioButton)}
    assert answers == {"Sí", "No"}
    assert dialog.close_button.toolTip() == "Cerrar la lista. Sus respuestas se guardan."


def test_the_diary_speaks_spanish(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    diary = window.open_diary()
    assert diary.windowTitle() == "Diario del dolor"
    assert diary.form.title() == "Anotar el dolor"
    assert [diary.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Cuándo", "Dolor", "Zona", "Nota"]
    diary.pain.setValue(5)
    assert diary.pain_value.text() == "<b>5</b> de 10, moderado"
    assert diary.count_label.text() == "0 entradas"
    assert [m.title() for m in diary.menu_bar.findChildren(QMenu)] == ["&Diario", "&Editar"]


def test_the_diary_is_named_in_spanish_for_screen_readers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    diary = window.open_diary()
    assert diary.table.accessibleName() == "Entradas del diario, las más recientes primero"
    assert diary.pain.accessibleName() == "Dolor de 0 a 10"
    assert diary.when.accessibleName() == "Fecha y hora"
    assert diary.chart.widget.accessibleName() == "Gráfico del dolor"
    names = {b.accessibleName() for b in diary.range_buttons.buttons()}
    assert names == {"Mostrar la última semana", "Mostrar el último mes", "Mostrar todo"}


def test_diary_dates_and_counts_are_written_the_spanish_way(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    diary = window.open_diary()
    at = dt.datetime(2026, 11, 3, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    for minute in range(2):
        diary.store.add_entry(at + dt.timedelta(minutes=minute), 4, "lumbar-left", "")
    diary.refresh()
    assert diary.model.data(diary.model.index(1, 0)) == "mar, 3 nov 2026, 08:30"
    assert diary.model.data(diary.model.index(1, 1)) == "4 (moderado)"
    assert diary.count_label.text() == "2 entradas"
    diary.store.delete_entry(diary.model.entries[0].id)
    diary.refresh()
    assert diary.count_label.text() == "1 entrada"


def test_qt_own_buttons_are_in_spanish_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    urgent = window.show_urgent_signs()
    qtbot.addWidget(urgent)  # closed at the end, not left open for the next test
    box = urgent.findChild(QDialogButtonBox)
    assert [b.text().replace("&", "") for b in box.buttons()] == ["Cerrar"]
    assert urgent.windowTitle() == "Señales de alarma"


def test_the_spanish_windows_fit_a_1280_by_860_screen_at_2x_scale(qtbot, window: MainWindow  # type: ignore[no-untyped-def]
                                                                  ) -> None:
    # Spanish runs longer than English: the same 640x430 (less the desktop's bars) must do.
    window.selection.choose_region("lumbar-left")
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= 620 and smallest.height() <= 400, smallest
    window.resize(620, 400)
    qtbot.waitUntil(lambda: window.width() == 620)
    assert window.urgent_button.geometry().right() < window.width()
    diary = window.open_diary()
    # The diary scrolls up and down on a small screen, never sideways.
    page = diary.scroll_area.widget()
    room = 620 - diary.scroll_area.verticalScrollBar().sizeHint().width()
    assert page.minimumSizeHint().width() <= room


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&(?!&)(\w)", text)
    return found.group(1).lower() if found else None


def _clashes(texts: list[str]) -> list[str]:
    letters = Counter(m for m in map(_mnemonic, texts) if m)
    return sorted(t for t in texts if letters.get(_mnemonic(t) or "", 0) > 1)


def _window_mnemonics(root: QWidget) -> list[str]:
    """The mnemonics Alt reaches in a window: its buttons, labels with a buddy, group boxes
    and its menu bar's menus (not the items inside menus, which have their own)."""
    def mine(widget: QWidget) -> bool:
        return widget.window() is root and widget.isVisibleTo(root)

    texts = [b.text() for b in root.findChildren(QAbstractButton) if mine(b)]
    texts += [label.text() for label in root.findChildren(QLabel)
              if label.buddy() is not None and mine(label)]
    texts += [g.title() for g in root.findChildren(QGroupBox) if mine(g)]
    return texts


def test_mnemonics_are_unique_in_every_spanish_menu(window: MainWindow) -> None:
    menus = [window.menuBar(), *window.findChildren(QMenu)]
    for menu in menus:
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert _clashes(texts) == [], menu.title() if isinstance(menu, QMenu) else "menu bar"


def test_mnemonics_are_unique_in_the_spanish_diary_and_checklist(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    diary = window.open_diary()
    menus = [a.text() for a in diary.menu_bar.actions()]
    assert _clashes(menus + _window_mnemonics(diary)) == []
    for menu in diary.menu_bar.findChildren(QMenu):
        assert _clashes([a.text() for a in menu.actions() if not a.isSeparator()]) == []
    dialog = window.start_checklist()
    qtbot.addWidget(dialog)
    assert _clashes(_window_mnemonics(dialog)) == []
    assert _clashes(_window_mnemonics(window) + _menu_titles(window)) == [], \
        _window_mnemonics(window)


# -- the compiled translations ---------------------------------------------------------


@pytest.mark.parametrize("language", ["es", "en"])
def test_each_compiled_translation_says_what_its_ts_says(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    # Compared by content, not by date: a fresh clone gives every file the same age.
    translator = QTranslator()
    assert translator.load(f"backguide_{language}", str(translations_dir()))
    stale = []
    for translated in read_ts(TRANSLATIONS / f"backguide_{language}.ts"):
        message = translated.message
        if message.numerus:
            got = [translator.translate(message.context, message.source,
                                        message.disambiguation or None, n) for n in (1, 2)]
        else:
            got = [translator.translate(message.context, message.source,
                                        message.disambiguation or None)]
        if got != translated.forms:
            stale.append((message.source, got, translated.forms))
    assert stale == [], "run pyside6-lrelease (README, Translations)"
