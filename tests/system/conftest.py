"""System tests use real parts of the computer: CUPS, the AT-SPI bus, the build tools.

The tests never install anything. When a part is missing, a test skips with
the reason (``.ci/system-packages`` installs every part). Under ``CI=true`` a
skipped system test fails instead: a green CI run means they all ran.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI") == "true"
XVFB_START_TIMEOUT = 30


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The system tests run one after another, on one worker of the parallel run: they
    # start screens, screen readers and print jobs, and time what they hear.
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.xdist_group("system"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                              call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport,
                                                                        pytest.TestReport]:
    report = yield
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = (f"{item.nodeid} would have been skipped, and under CI=true every "
                           f"system test must run: {reason}")
    return report


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A private X server (Xvfb); its display name, e.g. ":1".

    Xvfb picks a free display itself and writes its number to the pipe given
    with -displayfd once it accepts connections: no guessing, no waiting.
    """
    if shutil.which("Xvfb") is None:
        pytest.skip("no virtual screen: Xvfb missing (Debian package xvfb)")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x860x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            number = pipe.readline().strip().decode()  # blocks until Xvfb is ready or ends
        if not number.isdigit():
            xvfb.kill()
            _, err = xvfb.communicate(timeout=XVFB_START_TIMEOUT)
            pytest.fail(f"Xvfb did not start: {err.decode(errors='replace')[-500:]}")
        yield f":{number}"
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(timeout=XVFB_START_TIMEOUT)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()
        if xvfb.stderr is not None:
            xvfb.stderr.close()
