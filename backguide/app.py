"""Start the desktop app: QApplication, content, main window.

Everything BackGuide does to start quickly is here, where it can be seen and
measured (``tests/bench/run.py startup``):

- the interface's translation is a compiled ``.qm`` file Qt maps into memory;
- the checked guide comes from a cache (:mod:`backguide.core.guide_cache`), so
  a normal start reads no YAML;
- the cyclic garbage collector is paused until the first frame is painted,
  from before Qt and the window's code are imported (they are imported inside
  :func:`run_app`, not at the top of this module: loading them with the
  collector at rest saves about 17 ms);
- Qt paints on the GUI thread alone (:func:`paint_on_one_thread`);
- the diary store is opened just after that frame, and pyqtgraph (for the
  diary's chart) is imported in idle time after it.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from backguide import __version__
from backguide.core.errors import ContentError
from backguide.language import DEFAULT, SETTING, choose_language
from backguide.paths import asset, content_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from backguide.core.artwork import Artwork
    from backguide.core.model import Content
    from backguide.core.store import Store

APP_NAME = "BackGuide"
ORGANIZATION = "BackGuide"
DESKTOP_ID = "org.backguide.BackGuide"
STORE_FALLBACK_MS = 2000  # open the store by then even if the window has not painted


def paint_on_one_thread() -> None:
    """Have Qt paint on the GUI thread alone; call before the QApplication is made.

    Qt hands large fills and image scaling to a pool of threads. For a window of
    small widgets the hand-offs cost more than they save: on two cores a scroll bar
    took 1.5 ms to paint instead of 0.15 ms, and a click on the map a third longer
    (``tests/bench/run.py click``).
    """
    os.environ["QT_NO_GUI_THREADPOOL"] = "1"  # Qt asks only whether it is set


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    paint_on_one_thread()
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(DESKTOP_ID)
    app = QApplication(sys.argv[:1])
    from backguide.ui import scroll_area

    scroll_area.install()  # before any window: a screen reader could crash a scroll area
    return app


def _show_icon(app: QApplication) -> None:
    """Give the windows the project's icon (just after the first frame: loading Qt's
    SVG icon support takes 1.5 ms). Window managers that ignore the desktop file
    (and the bundle, which has none installed) still show it."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(asset(f"{DESKTOP_ID}.svg"))))


def load_startup_guide(folder: str | None, svg_path: str, cache_dir: str | None,
                       language: str = DEFAULT
                       ) -> tuple[Content | None, Artwork | None, ContentError | None]:
    """The guide to start with: ``folder`` if it is sound, else the shipped one in ``language``
    (else the shipped English one).

    Returns the content, the drawing and, when something was wrong, the error
    to show the person.
    """
    from backguide.core.guide_cache import load_guide_cached

    error: ContentError | None = None
    candidates = [Path(folder)] if folder else []
    candidates.append(content_dir(language))
    if language != DEFAULT:
        candidates.append(content_dir(DEFAULT))
    for candidate in candidates:
        try:
            content, artwork = load_guide_cached(candidate, svg_path, cache_dir)
            return content, artwork, error
        except ContentError as exc:
            # The first error is the one to show: the person's own folder, or
            # the drawing, which the shipped guide then cannot use either.
            error = error or exc
    return None, None, error


def open_store(folder: Path) -> tuple[Store | None, str]:
    """The person's data store, and a message to show them ("" when all is well)."""
    from backguide.core.store import Store, StoreUnavailable
    from backguide.ui.translation import translate

    try:
        store = Store.open(folder)
    except StoreUnavailable as exc:
        return None, f"{exc} " + translate(
            "App", "BackGuide works, but will not save your checklist or diary.")
    return store, store.notice or ""


def _report_first_paint() -> None:
    """For ``--smoke``: print the monotonic clock once the first frame is painted.

    A benchmark that noted the clock before starting the process can tell how
    long start-up took.
    """
    print(f"first paint at monotonic {time.monotonic():.6f}", flush=True)


def _report(error: ContentError, started: bool, smoke: bool) -> None:
    """Tell the person why their content folder was not used (or why nothing can start)."""
    if smoke:
        print(error.text(), file=sys.stderr)
        return
    from backguide.ui.dialogs import ContentProblemsDialog

    dialog = ContentProblemsDialog(error, "")
    dialog.explain_start(started)
    dialog.exec()


def run_app(content: str | None = None, data_dir: str | None = None, smoke: bool = False,
            lang: str | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code.

    ``lang`` (``en`` or ``es``) is the language asked for on the command line;
    without it BackGuide chooses (see :mod:`backguide.language`).
    """
    # Starting makes many objects that live as long as the app (Qt's types and
    # enums, the guide, the widgets), and the cyclic garbage collector would
    # scan them again and again: about 7 ms before the first frame.
    collecting = gc.isenabled()
    gc.disable()
    chart_loader: list[threading.Thread] = []
    try:
        return _run(content, data_dir, smoke, lang, collecting, chart_loader)
    finally:
        if collecting:
            gc.enable()
        for loader in chart_loader:  # never leave an import half done at exit
            loader.join()


def _load_chart_in_background(started: list[threading.Thread]) -> None:
    """Import the diary's chart code (and pyqtgraph, about 0.4 s) off the main thread.

    The window stays responsive meanwhile, and the diary then opens quickly.
    """
    import importlib

    loader = threading.Thread(target=importlib.import_module, args=("backguide.ui.diary.chart",),
                              name="load diary chart", daemon=True)
    started.append(loader)
    loader.start()


def start_language(lang: str | None) -> str:
    """Choose the interface's language and install its translators, before any window is made."""
    from PySide6.QtCore import QLocale, QSettings

    from backguide.ui.translation import install_translators

    language = choose_language(lang, os.environ, QSettings().value(SETTING),
                               QLocale.system().name())
    if not install_translators(language):
        print(f"BackGuide: the interface's translation (backguide_{language}.qm) is missing; "
              "the installation is incomplete", file=sys.stderr)
    return language


def restart_args(argv: list[str], language: str) -> list[str]:
    """The arguments to start BackGuide again in ``language``: ``argv`` (the interpreter's
    own, as ``sys.orig_argv``, without the program) with its ``--lang`` replaced."""
    kept: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--lang":
            next(words, None)
        elif not word.startswith("--lang="):
            kept.append(word)
    return [*kept, "--lang", language]


def _restart(window: QWidget, language: str) -> None:
    """Close BackGuide as the person would, then start it again in ``language``."""
    from PySide6.QtCore import QProcess

    if window.close():
        QProcess.startDetached(sys.executable, restart_args(sys.orig_argv[1:], language))


def _run(content: str | None, data_dir: str | None, smoke: bool, lang: str | None,
         collecting: bool, chart_loader: list[threading.Thread]) -> int:
    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication

    from backguide.ui.first_frame import AfterFirstPaint

    app = _application()
    language = start_language(lang)
    from backguide.ui.crash import install_exception_hook
    from backguide.user_data import data_dir as resolve_data_dir

    user_data = resolve_data_dir(data_dir)
    install_exception_hook(user_data)
    cache_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    svg_path = str(asset("back.svg"))
    guide, artwork, error = load_startup_guide(content, svg_path, cache_dir or None, language)
    if error is not None:
        _report(error, guide is not None, smoke)
    if guide is None or artwork is None:
        return 1
    from backguide.ui.main_window import MainWindow

    window = MainWindow(guide, artwork, svg_path, remember=not smoke, language=language)
    app.aboutToQuit.connect(window.close_store)  # the diary and checklist database
    window.restart_requested.connect(lambda chosen: _restart(window, chosen))

    def after_first_frame() -> None:
        if collecting:
            gc.enable()
        _show_icon(app)
        window.store, message = open_store(user_data)
        if message:
            window.show_store_message(message)
        if smoke:  # a smoke test has then seen the whole start, store included
            QApplication.quit()
        else:
            _load_chart_in_background(chart_loader)

    # The store is opened just after the window's first paint (not inside it,
    # which would hold up the painting of the map and the panel): importing
    # sqlite and checking a large diary should not delay the first sight of
    # the app. A zero timer queued before show() would run before that paint.
    AfterFirstPaint(window, lambda: QTimer.singleShot(0, after_first_frame),
                     fallback_ms=STORE_FALLBACK_MS)
    if smoke:
        # Reported once the whole first frame is done: the window paints first,
        # then, in the same pass, the map, the panel and the rest.
        AfterFirstPaint(window, lambda: QTimer.singleShot(0, _report_first_paint))
    window.show()
    return app.exec()
