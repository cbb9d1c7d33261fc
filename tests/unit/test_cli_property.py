"""Whatever is typed on the command line, BackGuide answers with an exit code and at most a line."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backguide.cli import main

# Text as a terminal may send it: any characters, and bytes that are not UTF-8
# (which Python hands over as lone surrogates).
ANY_TEXT = st.one_of(
    st.text(max_size=40),
    st.binary(max_size=20).map(os.fsdecode),
    st.sampled_from(["", "-", ".", "/", "--", "-1", "11", "5", "nan", "9999-12-31T23:59:59-23:59",
                     "0001-01-01", "2026-03-01T09:00Z", "2026-02-30", "lumbar-left", "\x00",
                     "=1+1", "\x1b[31m"]),
)
# File names stay inside the test's own folder: the command may write them.
FILE_NAME = ANY_TEXT.filter(lambda name: not name.startswith("/") and ".." not in name
                            and "\x00" not in name)

COMMANDS = st.one_of(
    st.tuples(st.just(["diary", "add", "--pain"]), ANY_TEXT,
              st.lists(st.sampled_from(["--note", "--at", "--region"]), max_size=3), ANY_TEXT)
    .map(lambda t: [*t[0], t[1], *[w for option in t[2] for w in (option, t[3])]]),
    st.tuples(st.just(["diary", "list", "--since"]), ANY_TEXT).map(lambda t: [*t[0], t[1]]),
    st.tuples(st.just(["diary", "export"]), FILE_NAME).map(lambda t: [*t[0], t[1]]),
    st.tuples(st.just(["diary", "import"]), FILE_NAME).map(lambda t: [*t[0], t[1]]),
    st.tuples(st.just(["check"]), FILE_NAME).map(lambda t: [*t[0], t[1]]),
    st.lists(ANY_TEXT, max_size=4),
)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(words=COMMANDS)
def test_any_arguments_give_an_exit_code_and_at_most_a_one_line_error(
        words: list[str], capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("backguide.app.run_app", lambda **kw: 0)  # never a window
    # Back in the old folder before the temporary one goes: an import from a folder
    # that is gone fails (in a test worker, whose import path holds the current folder).
    with tempfile.TemporaryDirectory() as tmp, monkeypatch.context() as here:
        here.chdir(tmp)
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(Path(tmp) / "data"), *words])
        except SystemExit as exited:  # argparse: --help, --version, mistakes
            code = exited.code if isinstance(exited.code, int) else 2
        out, err = capsys.readouterr()
    assert code in (0, 1, 2), (words, code, err)
    assert "Traceback" not in err and "Traceback" not in out
    if code != 0 and words[:1] != ["check"]:  # check lists every problem of a folder
        assert err.count("\n") == 1, (words, err)
