"""An unexpected error is logged and explained instead of ending the app silently."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from backguide.ui.crash import LOG_NAME, install_exception_hook


@pytest.fixture
def restore_hook():  # type: ignore[no-untyped-def]
    saved = sys.excepthook
    yield
    sys.excepthook = saved


def _raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("a surprising value")
    except ValueError:
        kind, error, tb = sys.exc_info()
        assert kind is not None and error is not None
        return kind, error, tb


def test_unexpected_error_is_logged_and_shown(qapp, tmp_path: Path, restore_hook,
                                              capsys) -> None:
    shown: list[tuple[str, Path | None]] = []
    hook = install_exception_hook(tmp_path, lambda d, p: shown.append((d, p)))
    assert sys.excepthook is hook
    hook(*_raise_and_capture())  # type: ignore[arg-type]
    log = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError: a surprising value" in log
    assert shown and "a surprising value" in shown[0][0] and shown[0][1] == tmp_path / LOG_NAME
    assert "ValueError" in capsys.readouterr().err


def test_an_unwritable_log_still_shows_the_message(qapp, tmp_path: Path, restore_hook) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    shown: list[Path | None] = []
    hook = install_exception_hook(blocker / "logs", lambda d, p: shown.append(p))
    hook(*_raise_and_capture())  # type: ignore[arg-type]
    assert shown == [None]


def test_an_error_while_showing_does_not_loop(qapp, tmp_path: Path, restore_hook) -> None:
    calls = []

    def failing_show(details: str, path: Path | None) -> None:
        calls.append(details)
        hook(*_raise_and_capture())  # type: ignore[arg-type]

    hook = install_exception_hook(tmp_path, failing_show)
    hook(*_raise_and_capture())  # type: ignore[arg-type]
    assert len(calls) == 1
