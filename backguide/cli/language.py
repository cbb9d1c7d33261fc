"""Which language and which guide a command uses (``--lang``, ``--content``)."""

from __future__ import annotations

import os


def command_language(lang: str | None) -> str:
    """The language of a command's guide and printouts: ``--lang``, ``$BACKGUIDE_LANG``, the
    system's language, else English. (The app's View → Language setting is for the app.)"""
    from backguide.language import choose_language, system_locale_name

    return choose_language(lang, os.environ, None, system_locale_name(os.environ))


def content_folder(folder: str | None, lang: str | None = None) -> str:
    """``--content``, else the shipped guide in the command's language."""
    from backguide.paths import content_dir

    return folder if folder else str(content_dir(command_language(lang)))
