"""Runs ``backguide --data-dir argv[1] diary add --pain 2`` and ``... diary list`` in one
process, then prints the exit code of the first and whether Qt or pyqtgraph was loaded."""

import sys

from backguide.cli import main

code = main(["--data-dir", sys.argv[1], "diary", "add", "--pain", "2"])
main(["--data-dir", sys.argv[1], "diary", "list"])
print(code, any(m.startswith(("PySide6", "pyqtgraph")) for m in sys.modules))
