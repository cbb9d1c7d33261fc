"""What the command line prints: control characters shown escaped, a closed pipe tolerated.

Every message goes through :func:`shown_output`, so no command has to remember
either rule: text from a note, a content file or an argument can hold ESC or
BEL, which are shown as ``\\x1b`` instead of being obeyed by the terminal; and
when the reader of a pipe goes away (``backguide check | head -1``), the rest
of the output is dropped and the command still ends with its own exit status.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from backguide.core.terminal import shown


class ShownStream(io.TextIOBase):
    """A text stream that escapes control characters and survives a closed pipe."""

    def __init__(self, stream: TextIO, closed: list[bool]) -> None:
        super().__init__()
        self.stream = stream
        self._closed_pipe = closed
        self.raw_text = _RawText(self)  # for data (CSV) that must be written exactly

    def write(self, text: str) -> int:
        self._send(shown(text))
        return len(text)

    def _send(self, text: str) -> None:
        if self._closed_pipe[0]:
            return
        try:
            self.stream.write(text)
        except BrokenPipeError:
            self._closed_pipe[0] = True
        except UnicodeEncodeError:  # a terminal that is not UTF-8
            encoding = getattr(self.stream, "encoding", None) or "ascii"
            self._send(text.encode(encoding, "backslashreplace").decode(encoding))

    def flush(self) -> None:
        if self._closed_pipe[0] or self.closed:
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            self._closed_pipe[0] = True
        except ValueError:
            pass  # the stream underneath was already closed by whoever owns it

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()


class _RawText:
    def __init__(self, owner: ShownStream) -> None:
        self._owner = owner

    def write(self, text: str) -> int:
        self._owner._send(text)
        return len(text)


class Output:
    """Whether the reader of stdout or stderr went away during the command."""

    def __init__(self) -> None:
        self._stdout_closed = [False]
        self._stderr_closed = [False]

    @property
    def pipe_closed(self) -> bool:
        """True when stdout's reader went away."""
        return self._stdout_closed[0]


@contextmanager
def shown_output() -> Iterator[Output]:
    """Route ``sys.stdout`` and ``sys.stderr`` through :class:`ShownStream` for the block."""
    output = Output()
    saved = sys.stdout, sys.stderr
    wrappers = (ShownStream(saved[0], output._stdout_closed),
                ShownStream(saved[1], output._stderr_closed))
    sys.stdout, sys.stderr = wrappers
    try:
        yield output
    finally:
        for stream in wrappers:
            # Closing only this wrapper (never the stream underneath) means it
            # has nothing left to flush when it is garbage collected later.
            stream.close()
        sys.stdout, sys.stderr = saved
