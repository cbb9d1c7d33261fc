"""Imports the modules named in argv and prints the Qt, pyqtgraph or numpy modules
that came with them, comma-separated (an empty line: none)."""

import importlib
import sys

for name in sys.argv[1:]:
    importlib.import_module(name)
print(",".join(sorted(m for m in sys.modules
                      if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "numpy"))))
