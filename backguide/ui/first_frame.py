"""Running something once a window has painted its first frame (see backguide.app)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``then`` when the watched window gets its first Paint event.

    ``then`` runs inside that event, before the window's children have painted
    themselves. With ``fallback_ms``, it also runs after that long if the
    window has not painted by then (a window started minimised may not paint
    for a long time); either way it runs once.
    """

    def __init__(self, window: QWidget, then: Callable[[], object],
                 fallback_ms: int | None = None) -> None:
        super().__init__(window)
        self._then: Callable[[], object] | None = then
        self._window = window
        window.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._fire)

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self._fire()
        return False
