"""System tests use real parts of the computer: CUPS, the AT-SPI bus, the build tools.

The tests never install anything. When a part is missing, a test skips with
the reason (``.ci/system-packages`` installs every part). Under ``CI=true`` a
skipped system test fails instead: a green CI run means they all ran.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

IN_CI = os.environ.get("CI") == "true"


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
