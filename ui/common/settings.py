"""Application settings (not workspace data): recent files, window layout, preferences.

Stored with QSettings in an INI file. The folder is, in order: the ``folder`` argument, the
``BRIEFING_BOOK_CONFIG_DIR`` environment variable (tests set it), Qt's per-user config folder.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

log = logging.getLogger(__name__)

MAX_RECENT = 10
DEFAULT_AUTOSAVE_MS = 800
DEFAULT_IDLE_LOCK_MIN = 10


def config_dir() -> Path:
    env = os.environ.get("BRIEFING_BOOK_CONFIG_DIR")
    if env:
        return Path(env)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base or Path.home() / ".config") / "briefing-book"


class AppSettings:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or config_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._s = QSettings(str(self.folder / "briefing-book.ini"), QSettings.Format.IniFormat)

    # -------------------------------------------------------------- recent workspaces

    def recent_files(self) -> list[str]:
        value = self._s.value("recent/files", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-element list
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [path, *(f for f in self.recent_files() if f != path)][:MAX_RECENT]
        self._s.setValue("recent/files", files)
        self._s.setValue("recent/last", path)
        self._s.sync()

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self._s.setValue("recent/files", [f for f in self.recent_files() if f != path])
        if self.last_workspace() == path:
            self._s.remove("recent/last")
        self._s.sync()

    def last_workspace(self) -> str | None:
        value = self._s.value("recent/last")
        return str(value) if value else None

    def clear_last(self) -> None:
        self._s.remove("recent/last")
        self._s.sync()

    # -------------------------------------------------------------- preferences

    @property
    def autosave_ms(self) -> int:
        try:
            return int(self._s.value("prefs/autosave_ms", DEFAULT_AUTOSAVE_MS))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_MS

    @autosave_ms.setter
    def autosave_ms(self, value: int) -> None:
        self._s.setValue("prefs/autosave_ms", int(value))
        self._s.sync()

    @property
    def reopen_last(self) -> bool:
        return str(self._s.value("prefs/reopen_last", "true")).lower() == "true"

    @reopen_last.setter
    def reopen_last(self, value: bool) -> None:
        self._s.setValue("prefs/reopen_last", "true" if value else "false")
        self._s.sync()

    @property
    def idle_lock_minutes(self) -> int:
        """Lock an open encrypted workspace after this many idle minutes; 0 = never."""
        try:
            return max(0, int(self._s.value("prefs/idle_lock_minutes", DEFAULT_IDLE_LOCK_MIN)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_LOCK_MIN

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._s.setValue("prefs/idle_lock_minutes", int(value))
        self._s.sync()

    @property
    def language(self) -> str:
        """The interface's language ("en", "km"); "" follows the system's."""
        return str(self._s.value("prefs/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("prefs/language", value or "")
        self._s.sync()

    # -------------------------------------------------------------- exports

    @property
    def last_export_dir(self) -> str:
        """The folder the last export (or issued PDF, changes sheet) was written to; "" if none."""
        value = self._s.value("export/last_dir", "")
        return str(value) if value else ""

    @last_export_dir.setter
    def last_export_dir(self, folder: str | Path) -> None:
        self._s.setValue("export/last_dir", str(folder))
        self._s.sync()

    # -------------------------------------------------------------- window layout

    def save_layout(self, name: str, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue(f"layout/{name}/geometry", geometry)
        self._s.setValue(f"layout/{name}/state", state)
        self._s.sync()

    def layout(self, name: str) -> tuple[QByteArray | None, QByteArray | None]:
        return self._s.value(f"layout/{name}/geometry"), self._s.value(f"layout/{name}/state")

    def save_state(self, name: str, state: QByteArray) -> None:
        """The state of one part of the window (a splitter), e.g. per screen size."""
        self._s.setValue(f"layout/{name}", state)
        self._s.sync()

    def state(self, name: str) -> QByteArray | None:
        return self._s.value(f"layout/{name}")
