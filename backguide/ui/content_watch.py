"""Notice when a clinic's content folder changes on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 400


class ContentWatcher(QObject):
    """Emits ``changed`` once a burst of edits to a content folder has settled.

    Editors often save by writing a new file and renaming it over the old
    one, which drops the old file from the watch list; the paths are watched
    again after every change.
    """

    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self._watcher.directoryChanged.connect(self._on_changed)
        self._watcher.fileChanged.connect(self._on_changed)
        self._watch_paths()

    def _watch_paths(self) -> None:
        paths = [str(self.folder), *(str(p) for p in sorted(self.folder.glob("*.yaml")))]
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in paths if p not in watched and Path(p).exists()]
        if missing:
            self._watcher.addPaths(missing)

    def _on_changed(self, _path: str) -> None:
        self._watch_paths()
        self._timer.start()
