"""Choosing the language: --lang, then BACKGUIDE_LANG, then the app's setting, then the system."""

from __future__ import annotations

import pytest

from backguide.cli import main
from backguide.language import (
    DEFAULT,
    ENVIRONMENT,
    LANGUAGES,
    choose_language,
    language_of,
    system_locale_name,
)


@pytest.mark.parametrize(("name", "language"), [
    ("es", "es"), ("es_ES", "es"), ("es_MX.UTF-8", "es"), ("es-419", "es"), ("es_US@euro", "es"),
    ("ES", "es"), ("Spanish_Spain.1252", "es"), ("en", "en"), ("en_GB.UTF-8", "en"),
    ("English_United States.1252", "en"),
    ("fr_FR", None), ("C", None), ("C.UTF-8", None), ("POSIX", None), ("", None), ("  ", None),
    (None, None), (3, None),
])
def test_a_locale_name_gives_the_language_backguide_has_for_it(name: object,
                                                               language: str | None) -> None:
    assert language_of(name) == language


def test_every_language_is_named_in_its_own_words() -> None:
    assert LANGUAGES == {"en": "English", "es": "Español"}


def test_the_command_line_option_comes_first() -> None:
    assert choose_language("en", {ENVIRONMENT: "es"}, "es", "es_ES") == "en"
    assert choose_language("es", {ENVIRONMENT: "en"}, "en", "en_US") == "es"


def test_the_environment_comes_before_the_setting_and_the_system() -> None:
    assert choose_language(None, {ENVIRONMENT: "es"}, "en", "en_US") == "es"
    assert choose_language(None, {ENVIRONMENT: "es_MX"}, None, "") == "es"


def test_the_setting_comes_before_the_system() -> None:
    assert choose_language(None, {}, "es", "en_GB") == "es"
    assert choose_language(None, {}, "en", "es_ES") == "en"


def test_the_system_decides_when_nothing_else_does() -> None:
    assert choose_language(None, {}, None, "es_AR") == "es"
    assert choose_language(None, {}, None, "en_AU") == "en"


def test_english_when_nothing_names_a_language_backguide_has() -> None:
    assert choose_language() == DEFAULT == "en"
    assert choose_language(None, {}, None, "fr_FR") == "en"
    assert choose_language(None, {}, None, "C") == "en"


def test_a_value_backguide_cannot_use_is_passed_over() -> None:
    assert choose_language(None, {ENVIRONMENT: "fr"}, "es", "en_US") == "es"
    assert choose_language(None, {ENVIRONMENT: ""}, "de", "es_CL") == "es"
    assert choose_language(None, {}, 42, "es_CL") == "es"  # a damaged setting


@pytest.mark.parametrize(("environ", "name"), [
    ({"LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"}, "es_ES.UTF-8"),
    ({"LC_MESSAGES": "es_MX", "LANG": "en_US"}, "es_MX"),
    ({"LC_ALL": "", "LANG": "es_CO.UTF-8"}, "es_CO.UTF-8"),
    ({}, ""),
])
def test_the_system_locale_is_found_as_posix_programs_find_it(environ: dict[str, str],
                                                              name: str) -> None:
    assert system_locale_name(environ) == name


def test_regions_are_listed_in_the_language_asked_for(capsys) -> None:
    assert main(["regions", "--lang", "es"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("cervical-left\tCuello")
    assert main(["--lang", "en", "regions"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "cervical-left\tNeck, left"


def test_a_command_follows_the_environment_then_the_system_language(
        monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv(ENVIRONMENT, "es")
    assert main(["regions"]) == 0
    assert "\tCuello" in capsys.readouterr().out
    monkeypatch.delenv(ENVIRONMENT)
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert main(["regions"]) == 0
    assert "\tCuello" in capsys.readouterr().out
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["regions"]) == 0
    assert "\tNeck, left" in capsys.readouterr().out


def test_content_given_on_the_command_line_wins_over_the_language(capsys) -> None:
    from backguide.paths import content_dir

    assert main(["regions", "--lang", "es", "--content", str(content_dir("en"))]) == 0
    assert "\tNeck, left" in capsys.readouterr().out


def test_check_with_a_language_checks_that_guide_only(capsys) -> None:
    assert main(["check", "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert out.count("OK:") == 1 and "content/es: OK" in out.replace("\\", "/")


def test_an_unknown_language_is_a_mistake_explained_in_one_line(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["regions", "--lang", "fr"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--lang" in err and "'fr'" in err and err.count("\n") == 1
