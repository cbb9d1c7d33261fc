"""BackGuide benchmarks: ``python tests/bench/run.py [NAME...]`` prints the figures.

NAME is one or more of startup, memory, click, handout, diary, content (all
of them without a name); every line printed starts with its benchmark's name.
Each figure is measured in this one run, and budgets are given as ratios or
medians, because this kind of machine is noisy. Nothing here fails a build;
it prints what it measured next to the budget from DESIGN.md. The programs
that run in a process of their own are in ``probes/``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))  # the tests folder
sys.path.insert(0, str(Path(__file__).with_name("probes")))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from backguide.app import paint_on_one_thread  # noqa: E402
from backguide.core.content import load_content  # noqa: E402
from backguide.paths import content_dir  # noqa: E402

from content_copies import write_copies  # noqa: E402

PROBES = Path(__file__).with_name("probes")
ROUNDS = 31  # start-up rounds (with 15, one run's median ratio moved by up to 0.1 from the next's)

# What is measured in this process (a click, a handout, the diary's chart) and in
# the probes is painted as the app paints. The start-up baselines are Qt as it comes.
paint_on_one_thread()


def _median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _first_paint_ms_each(commands: dict[str, tuple[list[str], dict[str, str]]],
                         repeat: int) -> dict[str, list[float]]:
    """Start-to-first-frame times of each command, run in turns (one round: each once).

    Taking turns spreads the machine's slow moments fairly over all of them. Each
    round starts one command further on, so none always runs just after the same
    other (of two runs of one program, one right after the other, the second took
    about 6 ms longer on this machine).
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    names = list(commands)
    for i in range(repeat + 1):
        for name in names[i % len(names):] + names[:i % len(names)]:
            args, env = commands[name]
            start = time.monotonic()
            result = subprocess.run(args, env=env, check=True, capture_output=True, text=True)
            line = [x for x in result.stdout.splitlines() if x.startswith("first paint at")][-1]
            if i:  # the first round only warms the file cache (and writes bytecode)
                times[name].append((float(line.split()[-1]) - start) * 1000)
    return times


def _paired_ratios(over: list[float], under: list[float]) -> tuple[float, float, float]:
    """The median of the ratios of two commands' times in the same round, and the
    middle half of those ratios (their first and third quartiles).

    Runs of one round follow each other within a second, so a slow spell of
    the machine slows both: each round's ratio is steadier than a ratio of
    medians taken over different spells. The middle half shows how far the
    machine's noise moves a single round.
    """
    ratios = [a / b for a, b in zip(over, under, strict=True)]
    low, middle, high = statistics.quantiles(ratios, n=4)
    return middle, low, high


def _best_ms(action, repeat: int) -> float:
    """The fastest of ``repeat`` runs: the least disturbed by other work on the machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
        del result  # freeing what was built is not part of building it
    return min(times)


def bench_content() -> None:
    shipped_median = _median_ms(lambda: load_content(content_dir()), 20)
    shipped = _best_ms(lambda: load_content(content_dir()), 20)
    with tempfile.TemporaryDirectory() as tmp:
        # The copies are written by one YAML writer; its 1x output is the fair
        # baseline for "linear in size", the hand-written shipped files the other.
        once = write_copies(content_dir(), Path(tmp) / "x1", 1)
        big = write_copies(content_dir(), Path(tmp) / "x10", 10)
        single = _best_ms(lambda: load_content(once), 40)
        tenfold = _best_ms(lambda: load_content(big), 30)
    print(f"content: shipped load+validate {shipped_median:.1f} ms median (budget 100 ms)")
    bench_content_unknown_references()
    print(f"content: 10x content {tenfold:.1f} ms = {tenfold / single:.1f}x the same content "
          f"written once ({single:.1f} ms), {tenfold / shipped:.1f}x the shipped files; "
          "fastest of several runs each (budget under 10x)")


def bench_content_unknown_references() -> None:
    """``check`` on a guide citing many unknown sources: suggestions are capped, so it is linear."""
    import contextlib
    import shutil

    from backguide.core.errors import ContentError

    def folder_with(tmp: Path, sources: int, unknown: int) -> Path:
        folder = Path(tmp) / f"{sources}-{unknown}"
        shutil.copytree(content_dir(), folder)
        with (folder / "sources.yaml").open("a", encoding="utf-8") as out:
            for n in range(sources):
                out.write(f"- id: extra-source-{n}\n  citation: An extra source {n}\n")
        guide = folder / "guide.yaml"
        names = ", ".join(f"unknown-source-{n}" for n in range(unknown))
        guide.write_text(guide.read_text(encoding="utf-8").replace(
            "map_caveat_sources: [", f"map_caveat_sources: [{names}, ", 1), encoding="utf-8")
        return folder

    def checking(folder: Path) -> None:
        with contextlib.suppress(ContentError):
            load_content(folder)

    with tempfile.TemporaryDirectory() as tmp:
        small = folder_with(Path(tmp), 1200, 150)
        big = folder_with(Path(tmp), 12_000, 1500)
        small_ms = _best_ms(lambda: checking(small), 3)
        big_ms = _best_ms(lambda: checking(big), 3)
    print(f"content: check with 12,000 sources and 1,500 unknown references {big_ms:.0f} ms, "
          f"{big_ms / small_ms:.1f}x the same with a tenth of each ({small_ms:.0f} ms) "
          "(budget: linear, under 10x; was over a minute)")


def _backguide_command() -> list[str]:
    """How a person starts BackGuide: the installed ``backguide`` command, beside this Python."""
    installed = Path(sys.executable).with_name("backguide")
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "backguide"]


def bench_startup(env: dict[str, str]) -> None:
    from backguide.core.pages import welcome_intro_html
    from backguide.core.region_sections import about_back_pain_html
    from backguide.paths import asset

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "welcome.html"
        # The start page's text, as the panel shows it before anything is chosen.
        text = welcome_intro_html() + about_back_pain_html(load_content(content_dir()))
        page.write_text(text, encoding="utf-8")
        qt_only = [sys.executable, str(Path(__file__).with_name("qt_only_window.py")),
                   str(asset("back.svg")), str(page)]
        qt_default = {k: v for k, v in env.items() if k != "QT_NO_GUI_THREADPOOL"}
        one_thread = dict(qt_default, QT_NO_GUI_THREADPOOL="1")
        commands = {
            "bare": ([sys.executable, str(PROBES / "bare_window.py")], qt_default),
            "qt_only": (qt_only, qt_default),
            "qt_only_one_thread": (qt_only, one_thread),
            "app": ([*_backguide_command(), "--smoke"], qt_default),
        }
        runs = _first_paint_ms_each(commands, ROUNDS)
        counted = _instructions_to_first_frame(
            {name: commands[name] for name in ("app", "qt_only")}, Path(tmp))
    ms = {name: statistics.median(values) for name, values in runs.items()}
    bare, qt_only_ms, app = ms["bare"], ms["qt_only"], ms["app"]
    ratio, low, high = _paired_ratios(runs["app"], runs["qt_only"])
    print(f"startup: process start to the end of the first frame, medians of {ROUNDS}: BackGuide "
          f"{app:.0f} ms, a Qt-only window with the same kinds of widgets, drawing and text "
          f"(no BackGuide code, no guide) {qt_only_ms:.0f} ms: ratio {ratio:.2f} as the median "
          f"of each round's ratio (budget 1.2; the middle half of the rounds {low:.2f}-"
          f"{high:.2f}), {app / qt_only_ms:.2f} as the ratio of the medians")
    print(f"startup: for reference, a bare QMainWindow {bare:.0f} ms: BackGuide "
          f"{app / bare:.2f}x, the Qt-only window {qt_only_ms / bare:.2f}x; the Qt-only "
          f"window painting on one thread as BackGuide does {ms['qt_only_one_thread']:.0f} ms "
          f"(BackGuide {app / ms['qt_only_one_thread']:.2f}x)")
    if counted:
        print(f"startup: instructions to the first frame, counted by valgrind (the same from run "
              f"to run, where times are not): BackGuide {counted['app'] / 1e6:.0f} million, the "
              f"Qt-only window {counted['qt_only'] / 1e6:.0f} million: "
              f"{counted['app'] / counted['qt_only']:.2f}x (for reference: the budget is on time)")


def _instructions_to_first_frame(commands: dict[str, tuple[list[str], dict[str, str]]],
                                 folder: Path) -> dict[str, int]:
    """The instructions each command runs until its first frame, counted by valgrind's
    callgrind; empty without valgrind.

    Callgrind writes its counts on entering print(), which each command calls
    first to report its first frame. Each runs once, with its caches warm.
    """
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return {}
    counts = {}
    for name, (args, env) in commands.items():
        out = folder / f"callgrind.{name}"
        subprocess.run([valgrind, "--tool=callgrind", "--dump-before=builtin_print",
                        f"--callgrind-out-file={out}", *args],
                       env=dict(env, PYTHONHASHSEED="0"), check=True, capture_output=True)
        first = Path(f"{out}.1").read_text(encoding="utf-8").splitlines()
        counts[name] = int(next(line for line in first if line.startswith("totals:")).split()[1])
    return counts


def bench_click() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from main_window import shown_main_window

    app = QApplication.instance() or QApplication([])
    window = shown_main_window(app)
    points = [window.map.area_centre(r.id).toPoint() for r in window.content.regions]
    painted, settled = [], []
    for i in range(12 * len(points)):
        point = points[i % len(points)]
        start = time.perf_counter()
        QTest.mouseClick(window.map.viewport(), Qt.MouseButton.LeftButton, pos=point)
        window.map.viewport().repaint()
        window.panel.repaint()
        painted.append((time.perf_counter() - start) * 1000)
        app.processEvents()  # what the click left for later: the rest of the page's layout
        settled.append((time.perf_counter() - start) * 1000)
    first_round = painted[:len(points)]
    print(f"click: region click to map and panel repainted, median "
          f"{statistics.median(painted):.1f} ms, first visit to each region "
          f"{statistics.median(first_round):.1f} ms, slowest {max(painted):.1f} ms "
          "(budget 8 ms)")
    print(f"click: including the work Qt does after the repaint (laying out the rest of the "
          f"page), median {statistics.median(settled):.1f} ms (reported, no budget)")
    window.close()


def bench_handout() -> None:
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from backguide.core.artwork import load_artwork
    from backguide.core.content import load_guide
    from backguide.core.handout import HandoutOptions, build_handout
    from backguide.core.handout_plan import Clinic, HandoutPlan, MovementChoice, build_plan_handout
    from backguide.paths import asset
    from backguide.ui.printing.render import save_pdf

    QApplication.instance() or QApplication([])
    artwork = load_artwork(asset("back.svg"))
    content = load_guide(content_dir(), artwork)
    logo = Path(__file__).parent.parent / "data" / "templates" / "logo.png"
    # A practitioner's template: three regions, six movements with their own doses, a logo.
    plan = HandoutPlan(
        regions=("lumbar-left", "lumbar-right", "sacral-left"),
        steps=("keep-moving", "heat", "stay-at-work", "glucosamine"),
        movements=tuple(MovementChoice(m) for m in ("knee-to-chest", "pelvic-tilt", "bridge",
                                                    "cat-cow", "back-rock", "walking")),
        note="Walk for ten minutes twice a day.\nKeep a hot water bottle handy.",
        clinic=Clinic("Riverside Physiotherapy", "1 River Lane", "01234 567890", str(logo)),
        patient="Alex Example", follow_up="2026-12-14")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "handout.pdf"

        def one_handout() -> None:
            handout = build_handout(content, "lumbar-left", HandoutOptions(), dt.date.today())
            save_pdf(handout, artwork, target)

        def template_handout() -> None:
            handout = build_plan_handout(content, plan, HandoutOptions(), dt.date.today(),
                                         chosen_only=True)
            save_pdf(handout, artwork, target)

        one_handout()  # the first one loads fonts and the drawing
        median = _median_ms(one_handout, 7)
        template_handout()
        template_median = _median_ms(template_handout, 7)
    print(f"handout: the default handout (lumbar-left, A4, two pages) to PDF, median {median:.0f} ms "
          "(budget 150 ms)")
    print(f"handout: a template handout (3 regions, 6 movements, logo) to PDF, median "
          f"{template_median:.0f} ms (budget 300 ms)")


def _ten_years():
    import datetime as dt

    from backguide.core.diary import NewEntry

    start = dt.datetime(2016, 1, 1, 9, 0, tzinfo=dt.UTC)
    return [NewEntry(start + dt.timedelta(days=i, minutes=i % 90), (i * 7) % 11, None,
                     f"day {i}") for i in range(3653)]


def bench_diary_chart() -> None:
    from PySide6.QtWidgets import QApplication

    from backguide.core.store import Store
    from backguide.ui.diary.chart import DiaryChart

    app = QApplication.instance() or QApplication([])
    store = Store.in_memory()
    store.add_entries(_ten_years())
    entries = store.entries()
    chart = DiaryChart(utc_offset=0)
    chart.resize(1000, 420)
    chart.show()
    chart.show_range("all")
    app.processEvents()

    def redraw() -> None:
        chart.diary.set_data(entries, [])
        chart.widget.viewport().repaint()

    redraw()
    median = _median_ms(redraw, 15)
    chart.show_range("month")
    month = _median_ms(redraw, 15)
    print(f"diary: chart of 10 years of daily entries ({len(entries)} points), setData and "
          f"repaint, median {median:.1f} ms showing all, {month:.1f} ms showing a month "
          "(budget 50 ms)")
    chart.close()


def bench_diary_insert() -> None:
    import datetime as dt

    from backguide.core.diary import NewEntry
    from backguide.core.store import Store

    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    rows = [NewEntry(start + dt.timedelta(hours=i), i % 11, "lumbar-left", "")
            for i in range(10_000)]
    times = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp, Store.open(tmp) as store:
            begin = time.perf_counter()
            added, _skipped = store.add_entries(rows)
            times.append((time.perf_counter() - begin) * 1000)
            assert added == len(rows)
    print(f"diary: inserting 10,000 entries in one add_entries (on disk), median "
          f"{statistics.median(times):.0f} ms (budget 1000 ms)")


def bench_diary_open(env: dict[str, str]) -> None:
    def median_of(*args: str) -> float:
        times = []
        for _ in range(5):
            result = subprocess.run([sys.executable, str(PROBES / "diary_open.py"), *args],
                                    env=env, check=True, capture_output=True, text=True)
            times.append(float(result.stdout.split()[-1]))
        return statistics.median(times)

    idle, cold = median_of("idle"), median_of()
    print(f"diary: first opening of the diary window, its chart code loaded in idle time after "
          f"the first frame as the app does, median {idle:.0f} ms (budget 150 ms); with "
          f"pyqtgraph imported on opening instead, {cold:.0f} ms")


def bench_memory(env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, str(PROBES / "memory.py")], env=env, check=True,
                            capture_output=True, text=True)
    peak_mb = int(result.stdout.split()[-1]) / 1024
    print(f"memory: peak resident size after visiting every region {peak_mb:.0f} MB "
          "(budget 200 MB)")


def bench_diary_scale(env: dict[str, str]) -> None:
    """A million entries listed in a terminal, and a long diary opened in its window."""
    with tempfile.TemporaryDirectory() as tmp:
        million, hundred_k = Path(tmp) / "million", Path(tmp) / "hundred-k"
        subprocess.run([sys.executable, str(PROBES / "big_diary.py"), str(million), "1000000"],
                       env=env, check=True)
        subprocess.run([sys.executable, str(PROBES / "big_diary.py"), str(hundred_k), "100000"],
                       env=env, check=True)
        # A process whose only child is the listing reports that child's peak size.
        measure = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
                   "stdout=subprocess.DEVNULL); "
                   "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        begin = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", measure, sys.executable, "-m", "backguide",
                                 "--data-dir", str(million), "diary", "list"], env=env,
                                check=True, capture_output=True, text=True)
        took = time.perf_counter() - begin
        peak_mb = int(result.stdout.split()[-1]) / 1024
        opened = []
        for _ in range(3):
            result = subprocess.run([sys.executable, str(PROBES / "diary_window_big.py"),
                                     str(hundred_k)], env=env, check=True, capture_output=True,
                                    text=True)
            opened.append(float(result.stdout.split()[-1]))
    print(f"diary: 'backguide diary list' of 1,000,000 entries: peak resident size "
          f"{peak_mb:.0f} MB in {took:.0f} s (budget 200 MB; was 497 MB)")
    print(f"diary: the diary window with 100,000 entries opens in "
          f"{statistics.median(opened):.0f} ms, median of 3 (budget 1000 ms; was 20 s)")


def bench_diary(env: dict[str, str]) -> None:
    bench_diary_chart()
    bench_diary_insert()
    bench_diary_open(env)
    bench_diary_scale(env)


BENCHMARKS = {
    "content": lambda env: bench_content(),
    "startup": bench_startup,
    "memory": bench_memory,
    "click": lambda env: bench_click(),
    "handout": lambda env: bench_handout(),
    "diary": bench_diary,
}


def main(names: list[str]) -> int:
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"run.py: no benchmark called {', '.join(unknown)}; "
              f"choose from {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tmp, XDG_CACHE_HOME=tmp,
                   BACKGUIDE_DATA_DIR=tmp,
                   PYTHONPATH=os.pathsep.join([str(PROBES), os.environ.get("PYTHONPATH", "")]))
        # Run as an installed app runs: from compiled bytecode, which the first
        # (warm-up) run of each command writes if this shell forbids it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name in names or list(BENCHMARKS):
            BENCHMARKS[name](env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
