"""The ``backguide`` command: the desktop app by default, tools as subcommands."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from backguide import __version__

if TYPE_CHECKING:
    import argparse

    from backguide.core.model import Content

GENERAL = "general"  # the region argument for the general handout


def _parser() -> argparse.ArgumentParser:
    import argparse

    class OneLineParser(argparse.ArgumentParser):
        """Mistakes in the arguments are one line: what is wrong and where to read more."""

        def error(self, message: str) -> NoReturn:
            from backguide.core.terminal import shown

            self.exit(2, f"{self.prog}: {shown(message, keep_newlines=False)} "
                         f"(see '{self.prog} --help')\n")

    parser = OneLineParser(
        prog="backguide",
        description="BackGuide: a guide for people with back pain. "
                    "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"BackGuide {__version__}")
    _add_common(parser, default=None)
    parser.add_argument("--smoke", action="store_true",
                        help="open the main window, wait for its first paint, and exit")
    # Subcommands accept the common options too (after the command name), without
    # overriding a value given before it.
    common = OneLineParser(add_help=False)
    _add_common(common, default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", parents=[common],
                                help="validate a content folder and list every problem")
    check.add_argument("folder", nargs="?", metavar="DIR",
                       help="the content folder (default: every shipped language); a "
                            "translation is also compared with the folder it was translated from")
    check.add_argument("--source", metavar="DIR", type=_folder,
                       help="compare a translation with this folder instead of the one its "
                            "guide.yaml names (the folder next to it)")
    commands.add_parser("regions", parents=[common],
                        help="list the regions of the back: id and name")
    commands.add_parser("exercises", parents=[common],
                        help="list the gentle movements: id, title and the levels they suit")
    handout = commands.add_parser(
        "handout", parents=[common],
        help="make a printable handout for a region: save it as a PDF or print it")
    handout.add_argument("region", metavar="REGION_ID", nargs="?",
                         help=f"a region id (see 'backguide regions'), or '{GENERAL}' "
                              "for the general handout")
    handout.add_argument("--template", metavar="FILE.yaml",
                         help="make the handout a template describes (regions, steps, "
                              "exercises, note, clinic, patient, follow-up; see README) "
                              "instead of a region's default one")
    handout.add_argument("-o", "--output", metavar="FILE.pdf", help="save the handout as a PDF")
    handout.add_argument("--paper", choices=("a4", "letter"),
                         help="paper size (default: the usual one where you live)")
    handout.add_argument("--large-print", action="store_true",
                         help="print the text large (at least 14 pt)")
    handout.add_argument("--full", action="store_true",
                         help="print the full guide instead of the two-page handout")
    handout.add_argument("--printer", metavar="NAME",
                         help="send the handout to this printer (see 'backguide printers')")
    commands.add_parser("printers", parents=[common],
                        help="list the printers this computer can print to")
    from backguide.cli import diary as cli_diary

    cli_diary.add_parser(commands, common)
    return parser


def _desktop_options(argv: Sequence[str]) -> dict[str, str | bool | None] | None:
    """The options of a plain desktop start, or None for anything else.

    Starting the app is by far the most common use, and building the whole
    argument parser (every subcommand) is a noticeable part of its start-up;
    anything but ``--content``, ``--data-dir``, ``--lang`` and ``--smoke`` goes
    to argparse.
    """
    from backguide.language import LANGUAGES

    options: dict[str, str | bool | None] = {"content": None, "data_dir": None, "smoke": False,
                                             "lang": None}
    words = iter(argv)
    for word in words:
        name, has_value, value = word.partition("=")
        if word == "--smoke":
            options["smoke"] = True
        elif name in ("--content", "--data-dir", "--lang"):
            value = value if has_value else next(words, "")
            if not value or value.startswith("-") or (name == "--lang" and value not in LANGUAGES):
                return None  # let argparse explain the mistake
            options[name[2:].replace("-", "_")] = value
        else:
            return None
    return options


def _folder(text: str) -> str:
    """A folder argument: an empty one is a mistake, not a request for the default."""
    if not text.strip():
        import argparse

        raise argparse.ArgumentTypeError("an empty folder name; leave the option out "
                                         "to use the default folder")
    return text


def _add_common(parser: argparse.ArgumentParser, default: object) -> None:
    from backguide.language import ENVIRONMENT, LANGUAGES

    parser.add_argument("--content", metavar="DIR", default=default, type=_folder,
                        help="use this content folder instead of the shipped one")
    parser.add_argument("--lang", choices=tuple(LANGUAGES), default=default,
                        help=f"the language of the app and of the shipped guide (default: "
                             f"${ENVIRONMENT}, else, for the app, the one chosen in View > "
                             "Language, else the system's language, else English)")
    parser.add_argument("--data-dir", metavar="DIR", default=default, type=_folder,
                        help="keep the diary and checklist in DIR "
                             "(default: your user data folder, or $BACKGUIDE_DATA_DIR)")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    words = sys.argv[1:] if argv is None else list(argv)
    desktop = _desktop_options(words)
    if desktop is not None:  # the app itself prints nothing for a pipe to close
        from backguide.app import run_app  # Qt is loaded only for the desktop app

        return run_app(**desktop)  # type: ignore[arg-type]
    from backguide.cli.output import shown_output

    with shown_output() as output:
        code = _main(words)
    if output.pipe_closed:
        # The reader went away (``backguide regions | head``): the command has
        # finished quietly with its own exit status, and stdout now points at
        # nothing so Python's final flush cannot complain either.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return code


def _main(words: list[str]) -> int:
    from backguide.cli.language import content_folder

    args = _parser().parse_args(words)
    if args.command == "check":
        folder = args.folder or args.content
        if folder is None and args.lang is not None:
            from backguide.paths import content_dir

            folder = str(content_dir(args.lang))
        return _check(folder, args.source)
    if args.command == "regions":
        return _regions(content_folder(args.content, args.lang))
    if args.command == "exercises":
        return _exercises(content_folder(args.content, args.lang))
    if args.command == "handout":
        return _handout(args)
    if args.command == "printers":
        return _printers()
    if args.command == "diary":
        from backguide.cli import diary as cli_diary

        return cli_diary.run(args)
    from backguide.app import run_app  # Qt is loaded only for the desktop app

    return run_app(content=args.content, data_dir=args.data_dir, smoke=args.smoke, lang=args.lang)


def _check(folder: str | None, source: str | None = None) -> int:
    """Check one content folder, or with none given every shipped language; 1 if any is broken."""
    from backguide.paths import content_locales

    if source and not folder:
        print("backguide check: --source compares one translation; give its folder too "
              "(backguide check DIR --source DIR)", file=sys.stderr)
        return 2
    folders = [Path(folder)] if folder else content_locales()
    return max(_check_folder(path, source) for path in folders)


def _check_folder(path: Path, source: str | None) -> int:
    from backguide.core.artwork import load_artwork
    from backguide.core.content import load_guide, unexpected_files
    from backguide.core.errors import ContentError, Problem
    from backguide.core.parity import language_name, translation_problems
    from backguide.paths import asset

    for warning in unexpected_files(path):
        print(f"warning: {warning}", file=sys.stderr)
    problems: list[Problem] = []
    content = None
    try:
        content = load_guide(path, load_artwork(asset("back.svg")))
    except ContentError as exc:
        problems += exc.problems
    problems += translation_problems(path, source)
    if content is not None:
        problems += [
            Problem(str(path / "exercises.yaml"), 1, 1,
                    f"movement '{m.id}' has no drawing exercises/{m.drawing}.svg "
                    "(run assets/draw_exercises.py)")
            for m in content.movements if not asset(f"exercises/{m.drawing}.svg").is_file()]
    if problems or content is None:
        print(ContentError(problems).text(), file=sys.stderr)
        print(f"{path}: {_plural(len(problems), 'problem')} found", file=sys.stderr)
        return 1
    translation = content.guide.translation
    if translation is not None and translation.review_pending:
        print(f"warning: {path / 'guide.yaml'}: the translation is not reviewed yet "
              "(its reviewer or review date is empty)", file=sys.stderr)
    counts = (
        (len(content.regions), "region"), (len(content.muscles), "muscle"),
        (len(content.zones), "zone"), (len(content.steps), "step"),
        (len(content.red_flags), "red flag"), (len(content.sources), "source"),
        (len(content.movements), "movement"),
    )
    origin = "" if translation is None else \
        f"; translated from {language_name(translation.from_locale)} {translation.from_version}"
    print(f"{path}: OK: " + ", ".join(_plural(n, noun) for n, noun in counts) + origin)
    return 0


def _listing(folder: str, rows: Callable[[Content], Iterable[tuple[str, ...]]]) -> int:
    """Print one tab-separated line per row of the guide in ``folder``; 1 if it is broken."""
    from backguide.core.content import load_content
    from backguide.core.errors import ContentError

    try:
        content = load_content(folder)
    except ContentError as exc:
        print(exc.text(), file=sys.stderr)
        return 1
    for row in rows(content):
        print("\t".join(row))
    return 0


def _regions(folder: str) -> int:
    return _listing(folder, lambda content: ((r.id, r.name) for r in content.regions))


def _exercises(folder: str) -> int:
    return _listing(folder, lambda content: ((m.id, m.title, ",".join(m.levels))
                                             for m in content.movements))


def _handout(args: argparse.Namespace) -> int:
    import datetime as dt
    import difflib

    from backguide.cli.language import command_language, content_folder
    from backguide.core.artwork import load_artwork
    from backguide.core.content import load_guide
    from backguide.core.errors import ContentError
    from backguide.core.handout import HandoutError, HandoutOptions, build_handout, default_paper
    from backguide.core.terminal import shown
    from backguide.paths import asset

    if not args.output and not args.printer:
        print("backguide handout: say where the handout goes: -o FILE.pdf or --printer NAME",
              file=sys.stderr)
        return 2
    if (args.region is None) == (args.template is None):
        print("backguide handout: give a region id or --template FILE.yaml (one of them, "
              "not both)", file=sys.stderr)
        return 2
    try:
        artwork = load_artwork(asset("back.svg"))
        content = load_guide(content_folder(args.content, args.lang), artwork)
    except ContentError as exc:
        print(exc.text(), file=sys.stderr)
        return 1
    plan = None
    if args.template is not None:
        from backguide.core.handout_template import read_template

        try:
            plan = read_template(args.template, content)
        except ContentError as exc:
            print(shown(exc.text()), file=sys.stderr)
            print(f"{shown(args.template, keep_newlines=False)}: "
                  f"{_plural(len(exc.problems), 'problem')} found; no handout made", file=sys.stderr)
            return 1
    region_id = None if args.region in (GENERAL, None) else args.region
    if region_id is not None and region_id not in content.region_ids:
        choices = [*content.region_ids, GENERAL]
        close = difflib.get_close_matches(args.region, choices, n=3, cutoff=0.5)
        hint = f"did you mean {_one_of(close)}?" if close else f"choose one of: {', '.join(choices)}"
        print(f"backguide handout: unknown region '{shown(args.region, keep_newlines=False)}'; "
              f"{hint}", file=sys.stderr)
        return 2
    from backguide.cli.qt import qt_for_printing

    qt_for_printing(command_language(args.lang))
    from PySide6.QtCore import QLocale

    from backguide.ui.printing.render import print_handout, save_pdf

    options = HandoutOptions(paper=args.paper or default_paper(QLocale().name()),
                             large_print=args.large_print, full=args.full)
    if plan is not None:
        from backguide.core.handout_plan import build_plan_handout

        if options.full:
            print("backguide handout: --full prints the whole guide; a template makes the "
                  "short handout (leave out --full)", file=sys.stderr)
            return 2
        try:
            handout = build_plan_handout(content, plan, options, dt.date.today(), chosen_only=True)
        except HandoutError as exc:
            print(f"backguide handout: {shown(str(exc), keep_newlines=False)}", file=sys.stderr)
            return 1
    else:
        handout = build_handout(content, region_id, options, dt.date.today())
    try:
        if args.output:
            pages = save_pdf(handout, artwork, args.output)
            print(f"Saved {handout.heading} ({_plural(pages, 'page')}, "
                  f"{options.paper.upper() if options.paper == 'a4' else 'Letter'}) "
                  f"to {args.output}")
        if args.printer:
            pages = print_handout(handout, artwork, args.printer)
            print(f"Sent {handout.heading} ({_plural(pages, 'page')}) to {args.printer}")
    except HandoutError as exc:
        print(f"backguide handout: {shown(str(exc), keep_newlines=False)}", file=sys.stderr)
        return 1
    return 0


def _one_of(words: list[str]) -> str:
    """``'a'``, ``'a' or 'b'``, ``'a', 'b' or 'c'``."""
    quoted = [f"'{w}'" for w in words]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def _printers() -> int:
    from backguide.cli.qt import qt_for_printing

    qt_for_printing(None)
    from backguide.ui.printing.render import available_printers

    names = available_printers()
    if not names:
        print("No printers are set up on this computer. "
              "Save a handout as a PDF instead: backguide handout REGION_ID -o FILE.pdf",
              file=sys.stderr)
    for name in names:
        print(name)
    return 0
