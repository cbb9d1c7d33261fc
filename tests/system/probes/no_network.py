"""Runs the app, a checklist, the diary and a handout with every socket call refused.

argv[1]: a folder for the data and the handout; prints how many connections
were attempted and whether Qt's network module was loaded. With --self-test
instead, tries one connection itself (to prove the refusal works) and prints
the count.
"""

import contextlib
import datetime as dt
import socket
import sys
from pathlib import Path

attempts = []


def refuse(*args, **kwargs):
    attempts.append(args)
    raise OSError("BackGuide must not use the network")


# Refused before anything of BackGuide or Qt is imported.
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

if sys.argv[1] == "--self-test":
    with contextlib.suppress(OSError):
        socket.create_connection(("127.0.0.1", 9))
    print("attempts", len(attempts))
    sys.exit(0)

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

app = QApplication([])

from backguide.app import load_startup_guide, open_store
from backguide.core.handout import HandoutOptions, build_handout
from backguide.paths import asset
from backguide.ui.main_window import MainWindow
from backguide.ui.printing.render import save_pdf

content, artwork, error = load_startup_guide(None, str(asset("back.svg")), None)
store, _ = open_store(Path(sys.argv[1]))
window = MainWindow(content, artwork, str(asset("back.svg")), store)
window.show()
for region in content.regions:
    window.selection.choose_region(region.id)
    app.processEvents()
# a stray web link stays shut
window.panel.current_text().anchorClicked.emit(QUrl("https://example.org/"))
dialog = window.start_checklist()
for flag in dialog.checklist.questions:
    dialog.checklist.answer_flag(flag.id, False)
app.processEvents()
store.add_entry(dt.datetime.now().astimezone(), 4, "lumbar-left", "network test")
diary = window.log_pain()  # loads pyqtgraph and draws the chart
app.processEvents()
handout = build_handout(content, "lumbar-left", HandoutOptions(paper="a4", include_diary=True),
                        dt.date.today(), diary_html=window._diary_handout_html())
save_pdf(handout, artwork, sys.argv[1] + "/handout.pdf")
window.close_store()
print("attempts", len(attempts), "qtnetwork", "PySide6.QtNetwork" in sys.modules)
