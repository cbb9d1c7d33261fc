"""Where the person's own data (diary, checklist, logs) lives on this computer."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "BACKGUIDE_DATA_DIR"


def data_dir(explicit: str | None = None) -> Path:
    """The data folder: ``--data-dir``, else ``$BACKGUIDE_DATA_DIR``, else the platform's.

    The platform folder comes from Qt (``QStandardPaths.AppDataLocation``), e.g.
    ``~/.local/share/BackGuide/BackGuide`` on Linux.
    """
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setOrganizationName("BackGuide")
        QCoreApplication.setApplicationName("BackGuide")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".backguide")
