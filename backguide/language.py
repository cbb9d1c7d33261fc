"""Which language BackGuide speaks: English or Spanish.

Plain Python, no Qt, so the command line can choose without loading Qt. The
first of these that names a language BackGuide has wins:

1. ``--lang en|es`` on the command line;
2. the ``BACKGUIDE_LANG`` environment variable;
3. the person's choice in View → Language (kept in the app's settings);
4. the system's language (any ``es_*`` locale is Spanish);
5. English.

A value that names no language BackGuide has (``fr``, ``C``, a typo) is
passed over, so the next source decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# Each language by its own name, as the language menu shows it.
LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT = "en"
ENVIRONMENT = "BACKGUIDE_LANG"
SETTING = "view/language"  # the QSettings key of View → Language

# Windows and some Python builds name locales in words ("Spanish_Spain.1252").
_NAMES_IN_WORDS = {"english": "en", "spanish": "es", "español": "es", "espanol": "es"}


def language_of(name: object) -> str | None:
    """The language BackGuide has for a locale or language name, or None.

    ``es``, ``es_MX``, ``es-419``, ``es_ES.UTF-8``, ``Spanish_Spain.1252`` are
    all Spanish; ``C``, ``POSIX``, ``fr_FR`` and anything not a string are None.
    """
    if not isinstance(name, str):
        return None
    word = re.split(r"[_.@\-]", name.strip(), maxsplit=1)[0].lower()
    if word in LANGUAGES:
        return word
    return _NAMES_IN_WORDS.get(word)


def system_locale_name(environ: Mapping[str, str]) -> str:
    """The system's locale for messages, as POSIX programs find it (``""`` when none is set)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return value
    return ""


def choose_language(option: str | None = None, environ: Mapping[str, str] | None = None,
                    setting: object = None, system: str = "") -> str:
    """The language to use: ``option`` (``--lang``), then ``environ[BACKGUIDE_LANG]``,
    then the remembered ``setting``, then the ``system`` locale name, then English."""
    for candidate in (option, (environ or {}).get(ENVIRONMENT), setting, system):
        language = language_of(candidate)
        if language is not None:
            return language
    return DEFAULT
