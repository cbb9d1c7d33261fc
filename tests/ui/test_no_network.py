"""BackGuide never opens a network connection: not the map, checklist, diary or handouts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(args)
    raise OSError("BackGuide must not use the network")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from PySide6.QtWidgets import QApplication
app = QApplication([])
from backguide.app import load_startup_guide, open_store
from backguide.paths import asset
from backguide.ui.main_window import MainWindow
content, artwork, error = load_startup_guide(None, str(asset("back.svg")), None)
store, _ = open_store(__import__("pathlib").Path(sys.argv[1]))
window = MainWindow(content, artwork, str(asset("back.svg")), store)
window.show()
for region in content.regions:
    window.selection.choose_region(region.id)
    app.processEvents()
from PySide6.QtCore import QUrl
window.panel.tabs.currentWidget().anchorClicked.emit(QUrl("https://example.org/"))  # a stray web link stays shut
dialog = window.start_checklist()
for flag in dialog.checklist.questions:
    dialog.checklist.answer_flag(flag.id, False)
app.processEvents()
import datetime as dt
store.add_entry(dt.datetime.now().astimezone(), 4, "lumbar-left", "network test")
diary = window.log_pain()  # loads pyqtgraph and draws the chart
app.processEvents()
from backguide.core.handout import HandoutOptions, build_handout
from backguide.ui.printing.render import save_pdf
handout = build_handout(content, "lumbar-left", HandoutOptions(paper="a4", include_diary=True),
                        dt.date.today(), diary_html=window._diary_handout_html())
save_pdf(handout, artwork, sys.argv[1] + "/handout.pdf")
print("attempts", len(attempts), "qtnetwork", "PySide6.QtNetwork" in sys.modules)
"""


def test_app_checklist_diary_and_handout_make_no_connection(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "attempts 0 qtnetwork False"


def test_the_refusing_socket_really_refuses(tmp_path: Path) -> None:
    probe = SCRIPT.split("from PySide6")[0] + (
        "try:\n    socket.create_connection(('127.0.0.1', 9))\n"
        "except OSError:\n    pass\nprint('attempts', len(attempts))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.stdout.strip() == "attempts 1"
