"""The interface in the chosen language: Qt's translators, and dates and numbers in its words.

Every word of the interface goes through :func:`translate` (Qt's
``QCoreApplication.translate``) with a context named in the source, never
through ``self.tr()``: PySide looks ``tr()``'s context up by the class of the
object at run time, so a subclass would lose its translations. ``lupdate``
finds every ``translate("Context", "words")`` call and writes it to
``backguide/translations/backguide_<lang>.ts``; see README, "Translations".

English has a small translation too: the plural forms of messages counted
with ``%n`` ("1 entry", "2 entries").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from backguide.language import DEFAULT
from backguide.paths import translations_dir

if TYPE_CHECKING:  # Qt sets a class up when first used: these wait for the diary, or Spanish
    import datetime as dt

    from PySide6.QtCore import QDateTime

translate = QCoreApplication.translate

# The translators in use: Qt keeps only a pointer, so they must stay alive here.
_installed: list[QTranslator] = []


def install_translators(language: str) -> bool:
    """Translate the interface into ``language`` (``en`` or ``es``) from now on.

    Also Qt's own words (the buttons of standard dialogs) when Qt ships them
    for the language. Call it before any window is made: widgets take their
    words when they are built. Returns False when BackGuide's own translation
    could not be loaded (the interface then stays in English).
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    own = QTranslator(app)
    loaded = own.load(f"backguide_{language}", str(translations_dir()))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    if language != DEFAULT:
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    use_locale(language)
    return loaded


def translate_into(language: str, context: str, text: str) -> str:
    """``text`` in ``language``, whatever language the interface is in now."""
    translator = QTranslator()
    if translator.load(f"backguide_{language}", str(translations_dir())):
        return translator.translate(context, text) or text
    return text


def use_locale(language: str) -> None:
    """Write dates and numbers in ``language``, keeping the system's country.

    The country still decides the paper size and the emergency number
    (Spanish in the US: Letter and 911). Nothing changes when the system
    already speaks the language, or for English on a system without a
    language (the "C" locale), which keeps its neutral ways.
    """
    system = QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language() or (
            language == DEFAULT and system.language() == QLocale.Language.C):
        QLocale.setDefault(system)
        return
    QLocale.setDefault(QLocale(wanted.language(), system.territory()))


def locale() -> QLocale:
    """The locale of the interface's dates and numbers."""
    return QLocale()


def number(value: int) -> str:
    """A whole number as the interface writes it: ``1,200`` in English, ``1200`` and
    ``12.000`` in Spain, ``1,200`` in Mexico.

    Messages that count write their number with this (``{count}``), and pass the
    count to ``tr()`` only to choose the plural form.
    """
    here = QLocale()
    if here.language() == QLocale.Language.C:  # no language: BackGuide's English ways
        return f"{value:,}"
    return here.toString(value)


def long_date(day: dt.date) -> str:
    """A day in words: ``3 November 2026``, ``3 de noviembre de 2026``."""
    #: A date in words, in Qt's format (d day, MMMM month name, yyyy year); words in quotes.
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              translate("Dates", "d MMMM yyyy"))


def _on_its_clock(moment: dt.datetime) -> QDateTime:
    from PySide6.QtCore import QDateTime, QTime

    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def moment_text(moment: dt.datetime) -> str:
    """A moment on its own clock, short: ``Tue 3 Nov 2026, 08:30``, ``mar 3 nov 2026, 08:30``."""
    return QLocale().toString(
        _on_its_clock(moment),
        #: A date and time, short, in Qt's format (ddd weekday, MMM month, HH:mm time).
        translate("Dates", "ddd d MMM yyyy, HH:mm"))


def short_date_time(moment: dt.datetime) -> str:
    """A moment on its own clock without the weekday: ``3 Nov 2026, 08:30``."""
    return QLocale().toString(
        _on_its_clock(moment),
        #: A date and time without the weekday, in Qt's format.
        translate("Dates", "dd MMM yyyy, HH:mm"))
