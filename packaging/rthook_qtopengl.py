"""PyInstaller run-time hook: a stand-in for PySide6.QtOpenGL, which the bundle leaves out.

pyqtgraph imports QtOpenGL as it loads but uses it only to draw with OpenGL,
which BackGuide never turns on. The real module is 9 MB, 6 % of the bundle.
Anything that does reach for it gets an AttributeError that says why.
"""

import sys
import types


class _LeftOut(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        raise AttributeError(f"PySide6.QtOpenGL.{name}: the BackGuide bundle leaves out "
                             "Qt's OpenGL module (see packaging/backguide.spec)")


sys.modules.setdefault("PySide6.QtOpenGL", _LeftOut("PySide6.QtOpenGL"))
