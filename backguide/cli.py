"""The ``backguide`` command: the desktop app by default, tools as subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from backguide import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common, default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", parents=[common],
                                help="validate a content folder and list every problem")
    check.add_argument("folder", nargs="?", metavar="DIR",
                       help="the content folder (default: the shipped English content)")
    commands.add_parser("regions", parents=[common],
                        help="list the regions of the back: id and name")
    return parser


def _add_common(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--content", metavar="DIR", default=default,
                        help="use this content folder instead of the shipped one")
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="keep the diary and checklist in DIR "
                             "(default: your user data folder, or $BACKGUIDE_DATA_DIR)")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = _parser().parse_args(argv)
    if args.command == "check":
        return _check(args.folder or args.content)
    if args.command == "regions":
        return _regions(args.content)
    from backguide.app import run_app  # Qt is loaded only for the desktop app

    return run_app(content=args.content, data_dir=args.data_dir, smoke=args.smoke)


def _content_folder(folder: str | None) -> Path:
    from backguide.paths import content_dir

    return Path(folder) if folder else content_dir()


def _check(folder: str | None) -> int:
    from backguide.core.artwork import ArtworkError, load_artwork
    from backguide.core.content import load_guide
    from backguide.core.errors import ContentError
    from backguide.paths import asset

    path = _content_folder(folder)
    try:
        content = load_guide(path, load_artwork(asset("back.svg")))
    except ArtworkError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except ContentError as exc:
        print(exc.text(), file=sys.stderr)
        print(f"{path}: {_plural(len(exc.problems), 'problem')} found", file=sys.stderr)
        return 1
    counts = (
        (len(content.regions), "region"), (len(content.muscles), "muscle"),
        (len(content.zones), "zone"), (len(content.steps), "step"),
        (len(content.red_flags), "red flag"), (len(content.sources), "source"),
    )
    print(f"{path}: OK: " + ", ".join(_plural(n, noun) for n, noun in counts))
    return 0


def _regions(folder: str | None) -> int:
    from backguide.core.content import load_content
    from backguide.core.errors import ContentError

    try:
        content = load_content(_content_folder(folder))
    except ContentError as exc:
        print(exc.text(), file=sys.stderr)
        return 1
    for region in content.regions:
        print(f"{region.id}\t{region.name}")
    return 0
