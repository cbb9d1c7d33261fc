"""``backguide diary``: add, list, export and import pain diary entries, and save a report.

Only the core and the store are used (no Qt), except for finding the default
data folder, which asks Qt where the platform keeps application data, and for
``report``, which draws its PDF with Qt without a window.
Mistakes exit with code 2 and a one-line message; problems with the data
folder or a file exit with code 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backguide.core.store import Store

USAGE_ERROR = 2
FAILED = 1


class _Exit(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def add_parser(commands: argparse._SubParsersAction[Any],
               common: argparse.ArgumentParser) -> None:
    """Add ``diary`` and its subcommands to the ``backguide`` parser."""
    diary = commands.add_parser("diary", parents=[common],
                                help="add, list, export or import pain diary entries, or save a report")
    actions = diary.add_subparsers(dest="diary_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="log a pain score")
    add.add_argument("--pain", required=True, metavar="N", help="pain from 0 to 10")
    add.add_argument("--region", metavar="ID", help="a region id (see 'backguide regions')")
    add.add_argument("--note", default="", metavar="TEXT", help="a note")
    add.add_argument("--at", metavar="ISO-TIME",
                     help="when: 2026-03-01T08:30 on this computer's clock, or with a UTC "
                          "offset, 2026-03-01T08:30+01:00 (default: now)")
    listing = actions.add_parser("list", parents=[common], help="print the entries, oldest first")
    listing.add_argument("--since", metavar="DATE",
                         help="only entries from this day (YYYY-MM-DD, local time) or time on")
    export = actions.add_parser("export", parents=[common], help="save every entry as CSV")
    export.add_argument("file", metavar="FILE.csv", help="the file to write ('-' for the terminal)")
    load = actions.add_parser("import", parents=[common], help="add the entries of a CSV file")
    load.add_argument("file", metavar="FILE.csv")
    load.add_argument("--good-rows", action="store_true",
                      help="when some rows are bad, import the good ones anyway")
    report = actions.add_parser(
        "report", parents=[common],
        help="save the diary report for a clinician (chart, summary, entries) as a PDF")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="the PDF to write")
    report.add_argument("--since", metavar="DATE",
                        help="from this day on (YYYY-MM-DD; default: the last 4 weeks)")
    report.add_argument("--region", metavar="ID", help="only this region's entries")
    report.add_argument("--paper", choices=("a4", "letter"),
                        help="paper size (default: the usual one where you live)")


def run(args: argparse.Namespace) -> int:
    """Run ``backguide diary ACTION``; returns the exit code."""
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "add": _add, "list": _list, "export": _export, "import": _import, "report": _report}
    try:
        return commands[args.diary_command](args)
    except _Exit as exc:
        from backguide.core.terminal import shown

        # One line, even when the message quotes a name with a newline in it.
        print(f"backguide diary {args.diary_command}: {shown(str(exc), keep_newlines=False)}",
              file=sys.stderr)
        return exc.code


def _store(args: argparse.Namespace, *, writing: bool = False) -> Store:
    """The store; its notice is printed for reading (a write that fails says why itself)."""
    from backguide.core.store import Store, StoreUnavailable
    from backguide.user_data import data_dir

    try:
        store = Store.open(data_dir(getattr(args, "data_dir", None)))
    except StoreUnavailable as exc:
        raise _Exit(str(exc), FAILED) from exc
    if store.notice and not (writing and store.read_only):
        print(store.notice, file=sys.stderr)
    return store


def _report_unreadable(store: Store) -> None:
    if store.unreadable:
        print(store.unreadable.report(), file=sys.stderr)


def _text(value: str, option: str) -> str:
    """A text argument; refused when the terminal sent bytes that are not UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Exit(f"{option} is not UTF-8 text; check your terminal's encoding",
                    USAGE_ERROR) from exc
    return value


def _region_ids(args: argparse.Namespace) -> tuple[str, ...]:
    from backguide.cli.language import content_folder
    from backguide.core.content import load_content
    from backguide.core.errors import ContentError

    try:
        return load_content(content_folder(getattr(args, "content", None),
                                            getattr(args, "lang", None))).region_ids
    except ContentError as exc:
        count = len(exc.problems)
        raise _Exit(f"the regions cannot be checked: the content has {count} "
                    f"problem{'s' if count != 1 else ''}, the first: {exc.problems[0]} "
                    "(see 'backguide check')", FAILED) from exc


def _add(args: argparse.Namespace) -> int:
    from backguide.core.diary_csv import check_region, parse_local_time, parse_pain
    from backguide.core.store import StoreError

    note = _text(args.note, "--note")
    try:
        pain = parse_pain(_text(args.pain, "--pain"))
        at = parse_local_time(_text(args.at, "--at")) if args.at else \
            dt.datetime.now().astimezone().replace(microsecond=0)
        if args.region:
            check_region(_text(args.region, "--region"), _region_ids(args))
    except ValueError as exc:
        raise _Exit(str(exc), USAGE_ERROR) from exc
    with _store(args, writing=True) as store:
        before = len(store.entries(at, at + dt.timedelta(microseconds=1)))
        try:
            store.add_entry(at, pain, args.region or None, note)
        except StoreError as exc:
            raise _Exit(str(exc), FAILED) from exc
        if len(store.entries(at, at + dt.timedelta(microseconds=1))) == before:
            print(f"That entry is already in the diary: {at.isoformat()} pain {pain}.")
        else:
            print(f"Logged pain {pain} at {at.isoformat()}.")
    return 0


def _since(text: str) -> dt.datetime:
    from backguide.core.diary_csv import parse_local_time
    from backguide.core.moments import check_year

    text = _text(text, "--since")
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        try:
            return parse_local_time(text)
        except ValueError as exc:
            raise _Exit(f"--since: {exc}; or give a day like 2026-03-01", USAGE_ERROR) from exc
    try:
        check_year(dt.datetime.combine(day, dt.time()))
    except ValueError as exc:
        raise _Exit(f"--since: {exc}", USAGE_ERROR) from exc
    return dt.datetime.combine(day, dt.time()).astimezone()


def _list(args: argparse.Namespace) -> int:
    from backguide.core.terminal import shown

    since = _since(args.since) if args.since else None
    with _store(args) as store:
        # Printed as they are read: a diary of any length needs little memory.
        for entry in store.iter_entries(since):
            print("\t".join((entry.at.isoformat(), str(entry.pain), shown(entry.region_id or "-"),
                             shown(entry.note.replace("\t", " ").replace("\n", " ")))))
        _report_unreadable(store)
    return 0


def _export(args: argparse.Namespace) -> int:
    from backguide.core.diary_csv import csv_lines, write_csv
    from backguide.core.saving import SaveError

    with _store(args) as store:
        if args.file == "-":
            # Data, not messages: written exactly, control characters and all.
            sys.stdout.flush()
            out = getattr(sys.stdout, "raw_text", sys.stdout)
            for line in csv_lines(store.iter_entries()):
                out.write(line)
            _report_unreadable(store)
            return 0
        try:
            count = write_csv(store.iter_entries(), args.file)
        except SaveError as exc:
            raise _Exit(str(exc), FAILED) from exc
        _report_unreadable(store)
    print(f"Exported {count} entr{'y' if count == 1 else 'ies'} to {args.file}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from backguide.core.diary_csv import DiaryFileError, read_csv
    from backguide.core.store import StoreError

    try:
        result = read_csv(args.file, _region_ids(args))
    except DiaryFileError as exc:
        raise _Exit(exc.where(args.file), FAILED) from exc
    for problem in result.problems:
        print(f"{args.file}:{problem.line}: {problem.message}", file=sys.stderr)
    if result.problems and not args.good_rows:
        good = len(result.rows)
        raise _Exit(f"{len(result.problems)} bad row{'s' if len(result.problems) != 1 else ''}, "
                    f"so nothing was imported; --good-rows imports the {good} good "
                    f"row{'s' if good != 1 else ''}", FAILED)
    with _store(args, writing=True) as store:
        try:
            added, skipped = store.add_entries(result.rows)
        except StoreError as exc:
            raise _Exit(str(exc), FAILED) from exc
    print(f"Imported {added} entr{'y' if added == 1 else 'ies'} from {args.file}"
          + (f"; {skipped} {'was' if skipped == 1 else 'were'} already in the diary." if skipped
             else "."))
    return 0


def _report(args: argparse.Namespace) -> int:
    from backguide.cli.language import command_language, content_folder
    from backguide.core.content import load_content
    from backguide.core.diary_csv import check_region
    from backguide.core.diary_report import REPORT_DAYS, build_report
    from backguide.core.errors import ContentError

    today = dt.date.today()
    first_day = _since(args.since).date() if args.since else \
        today - dt.timedelta(days=REPORT_DAYS - 1)
    if first_day > today:
        raise _Exit("--since: that day has not come yet", USAGE_ERROR)
    try:
        content = load_content(content_folder(getattr(args, "content", None),
                                               getattr(args, "lang", None)))
    except ContentError as exc:
        raise _Exit(f"the guide cannot be read: {exc.problems[0]} (see 'backguide check')",
                    FAILED) from exc
    if args.region:
        try:
            check_region(_text(args.region, "--region"), content.region_ids)
        except ValueError as exc:
            raise _Exit(str(exc), USAGE_ERROR) from exc
    names = {**{s.id: s.title for s in content.steps}, **{r.id: r.name for r in content.regions}}
    start = dt.datetime.combine(first_day, dt.time()).astimezone()
    with _store(args) as store:
        entries = store.entries(start)
        events = store.step_events(start)
        _report_unreadable(store)
    from backguide.cli.qt import qt_for_printing

    qt_for_printing(command_language(getattr(args, "lang", None)))
    from PySide6.QtCore import QLocale

    from backguide.core.handout import default_paper
    from backguide.ui.diary.printed_report import ReportError, save_report_pdf

    report = build_report(entries, events, first_day, today, names, content.guide.title, today,
                          areas=[args.region] if args.region else None,
                          paper=args.paper or default_paper(QLocale().name()),
                          words=content.words)
    try:
        pages = save_report_pdf(report, args.output)
    except ReportError as exc:
        raise _Exit(str(exc), FAILED) from exc
    print(f"Saved the pain diary report ({pages} page{'s' if pages != 1 else ''}, "
          f"{len(report.entries)} entr{'y' if len(report.entries) == 1 else 'ies'}) "
          f"to {args.output}")
    for line in report.summary_lines:
        print(line)
    return 0
