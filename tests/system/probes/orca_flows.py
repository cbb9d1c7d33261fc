"""Drives BackGuide with the keyboard while Orca listens, and prints what Orca said.

Runs inside a D-Bus session on a private X server (the test sets DISPLAY and
starts this under dbus-run-session). Starts the AT-SPI bus, Orca with the
transcript speech server (transcript_speech.py), then BackGuide; gives the
window the keyboard focus as a window manager would; presses keys with
xdotool; and, for each step, collects the lines Orca spoke until it falls
quiet. Prints one JSON object: {"steps": [[name, [spoken lines]], ...]}.

argv: a working folder, BackGuide's data folder, the steps as JSON.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from processes import stop_all

HERE = Path(__file__).parent
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
QUIET = 0.7  # seconds without new speech that end a step (a busy machine pauses mid-step)
FIRST_WORD = 4.0  # at most this long for a step's first spoken line

work, data = Path(sys.argv[1]), sys.argv[2]
speech_log = work / "speech.log"
speech_log.write_text("", encoding="utf-8")
started = time.monotonic()
children: list[subprocess.Popen] = []


def spawn(args, log_name, **env):
    log = open(work / log_name, "w")  # noqa: SIM115  # closed when the process ends
    child = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT,
                             env={**os.environ, **env})
    children.append(child)
    return child


def spoken() -> list[str]:
    return speech_log.read_text(encoding="utf-8").splitlines()


def wait_for(test, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not test():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} after {timeout:.0f} s")
        time.sleep(0.05)


def said_words(mark: int) -> bool:
    """Whether Orca has said more than the names of the keys pressed since line ``mark``."""
    return any(not line.startswith("key: ") for line in spoken()[mark:])


def until_quiet(mark: int, first_word: float = FIRST_WORD) -> list[str]:
    """The lines spoken after line ``mark`` once Orca has said something and fallen quiet.

    The echo of a pressed key ("key: left control") comes at once, while a
    dialog that opens on a busy machine can take a second more to be spoken:
    only words count as the step's first, so its speech is not cut off."""
    deadline = time.monotonic() + first_word
    while not said_words(mark) and time.monotonic() < deadline:
        time.sleep(0.05)
    count, quiet_since = len(spoken()), time.monotonic()
    while time.monotonic() - quiet_since < QUIET:
        time.sleep(0.05)
        if len(spoken()) != count:
            count, quiet_since = len(spoken()), time.monotonic()
    return spoken()[mark:]


def xdotool(*args: str) -> str:
    return subprocess.run(["xdotool", *args], check=True, capture_output=True,
                          text=True, timeout=20).stdout.strip()


steps: list[list] = []
result: dict = {"steps": steps}
app = None
try:
    spawn([BUS_LAUNCHER, "--launch-immediately"], "bus.log")
    prefs = work / "orca"
    prefs.mkdir()
    shutil.copy(HERE / "transcript_speech.py", prefs)
    (prefs / "user-settings.conf").write_text(json.dumps({
        "general": {"speechServerFactory": "transcript_speech"},
        "profiles": {"default": {"profile": ["Default", "default"]}},
        "pronunciations": {}, "keybindings": {}}), encoding="utf-8")
    spawn(["orca", "-u", str(prefs), "--debug-file", str(work / "orca-debug.log")], "orca.log",
          BACKGUIDE_SPEECH_LOG=str(speech_log))
    # Orca usually says this within a second or two; a busy machine can take far longer.
    wait_for(lambda: "Screen reader on." in spoken(), 60, "'Screen reader on.' from Orca")
    result["orca_ready"] = round(time.monotonic() - started, 1)
    mark = len(spoken())

    app = spawn([sys.executable, str(HERE / "app_for_orca.py"), str(work / "done"), data],
                "app.log", QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                # A user in the UK: the emergency number said first is 999.
                LANG="en_GB.UTF-8", LC_ALL="")
    window = xdotool("search", "--sync", "--onlyvisible", "--name", "BackGuide").split()[0]
    # No window manager: give the new window the keyboard as one would.
    xdotool("windowfocus", "--sync", window)
    steps.append(["window", until_quiet(mark, first_word=15)])
    result["app_ready"] = round(time.monotonic() - started, 1)

    # Each step: a name and its actions, each a key for xdotool or "focus:TITLE" (give
    # the window of that title the keyboard, as a window manager does when one opens
    # or closes).
    for name, actions in json.loads(sys.argv[3]):
        mark = len(spoken())
        for action in actions:
            if action.startswith("focus:"):
                found = xdotool("search", "--sync", "--onlyvisible", "--name", action[6:])
                xdotool("windowfocus", "--sync", found.split()[0])
            else:
                xdotool("key", "--delay", "80", action)
        steps.append([name, until_quiet(mark)])
except Exception as error:  # reported to the test, with what was heard so far
    result["error"] = f"{type(error).__name__}: {error}"
finally:
    (work / "done").touch()
    result["seconds"] = round(time.monotonic() - started, 1)
    result["transcript"] = spoken()
    if app is not None:
        try:  # BackGuide quits by itself once "done" exists
            result["app_exit"] = app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            result["app_exit"] = "still running"
    stop_all(children)
    print(json.dumps(result))
