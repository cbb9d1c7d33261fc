"""System tests use real parts of the computer: CUPS, the AT-SPI bus, the build tools.

The tests never install anything. When a part is missing, a test skips with
the reason (``.ci/system-packages`` installs every part). Under ``CI=true`` a
skipped system test fails instead: a green CI run means they all ran.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
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


def x_server_accepts_clients(display: str) -> str:
    """"" when the X server of ``display`` (":N") answers a client's greeting, else why not.

    Both ways a client may come in are tried: the socket file under /tmp/.X11-unix and,
    first on Linux, the abstract socket of the same name.
    """
    path = f"/tmp/.X11-unix/X{display.lstrip(':')}"
    for address, kind in (("\0" + path, "abstract socket"), (path, "socket file")):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(XVFB_START_TIMEOUT)
            try:
                client.connect(address)
                # The X11 greeting: little-endian, protocol 11.0, no authorisation.
                client.sendall(b"l\0\x0b\0\0\0\0\0\0\0\0\0")
                answer = client.recv(1)
            except OSError as error:
                return f"{kind} {path}: {error}"
        if answer != b"\x01":
            return f"{kind} {path}: the server refused the greeting ({answer!r})"
    return ""


@dataclass
class _XServer:
    process: subprocess.Popen[bytes]
    log: Path

    def state(self) -> str:
        """The server's state and the end of its log, for a failing test to print."""
        code = self.process.poll()
        said = self.log.read_text(encoding="utf-8", errors="replace")[-1500:]
        return (f"Xvfb {'is running' if code is None else f'ended with {code}'}; "
                f"it said: {said or '(nothing)'}")


_SERVERS: dict[str, _XServer] = {}


@pytest.fixture(scope="module")
def x_server_state(x_display: str) -> Callable[[], str]:
    """How the test's X server is now (running? reachable? what it said), for a failure message."""
    def state() -> str:
        server = _SERVERS.get(x_display)
        reachable = x_server_accepts_clients(x_display)
        return ((server.state() if server else f"{x_display} was not started by these tests")
                + f"\nreachable now: {reachable or 'yes'}")
    return state


def _start_xvfb(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display it picks itself: the process, and the display (":N"), or "" when
    Xvfb ended before it was ready."""
    read_end, write_end = os.pipe()
    with log.open("ab") as log_file:
        # -noreset: by default an X server starts itself afresh whenever its last client
        # leaves, and refuses whoever comes in meanwhile. A short-lived client (the AT-SPI
        # bus launcher, a check) would then make BackGuide's connection fail at random.
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                 "1280x860x24", "-nolisten", "tcp", "-noreset"],
                                pass_fds=(write_end,),
                                stdout=subprocess.DEVNULL, stderr=log_file)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        number = pipe.readline().strip().decode()  # blocks until Xvfb is ready or ends
    return xvfb, f":{number}" if number.isdigit() else ""


def _stop(xvfb: subprocess.Popen[bytes]) -> None:
    xvfb.terminate()
    try:
        xvfb.wait(timeout=XVFB_START_TIMEOUT)
    except subprocess.TimeoutExpired:
        xvfb.kill()
        xvfb.wait()


@pytest.fixture(scope="module")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private X server (Xvfb) that answers clients; its display name, e.g. ":1".

    Xvfb picks a free display itself and writes its number to the pipe given
    with -displayfd once it accepts connections: no guessing, no waiting. Its
    output goes to a file (a pipe nobody reads could fill and stall it), and
    the ``x_server_state`` fixture tells a failing test how the server is.
    """
    if shutil.which("Xvfb") is None:
        pytest.skip("no virtual screen: Xvfb missing (Debian package xvfb)")
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    xvfb, display = _start_xvfb(log)
    try:
        if not display:
            xvfb.wait(timeout=XVFB_START_TIMEOUT)
            pytest.fail(f"Xvfb did not start: {_XServer(xvfb, log).state()}")
        unreachable = x_server_accepts_clients(display)
        if unreachable:
            pytest.fail(f"Xvfb said {display} was ready, but a client cannot reach it: "
                        f"{unreachable}\n{_XServer(xvfb, log).state()}")
        _SERVERS[display] = _XServer(xvfb, log)
        yield display
    finally:
        _SERVERS.pop(display, None)
        _stop(xvfb)
