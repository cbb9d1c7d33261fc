"""Errors a content author can cause, collected and reported together."""

from typing import NamedTuple


class Problem(NamedTuple):
    """One mistake in one place of one content file (line and column from 1)."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class ContentError(Exception):
    """Raised by the loader with every problem it found, never just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(self.text())

    def text(self) -> str:
        """All problems, one per line, as a terminal or editor expects them."""
        return "\n".join(str(p) for p in self.problems)

    def html(self) -> str:
        """All problems as an HTML list for a dialog."""
        import html  # only for the dialog; keeps start-up light

        items = "".join(
            f"<li><b>{html.escape(p.file)}</b> line {p.line}, column {p.column}: "
            f"{html.escape(p.message)}</li>"
            for p in self.problems
        )
        return f"<ul>{items}</ul>"
