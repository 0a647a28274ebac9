"""One sync on a thread of its own, with its own connection to the workspace file.

The thread keeps what came of the sync (a report, or the error in words); the feature reads it
when ``finished`` arrives on the GUI thread, after the thread has ended (no waiting on a
thread that still has to be told to quit)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from briefing.errors import BriefingError
from briefing.store import Workspace
from briefing.sync import engine
from briefing.sync.library import Library
from ui.i18n import said

log = logging.getLogger(__name__)


class SyncThread(QThread):
    """Runs :func:`briefing.sync.engine.sync`; afterwards ``report`` and ``shown`` (the
    (kind, id) pairs to show again), or ``error``."""

    progress = Signal(str, int, int)  # phase, done, total

    def __init__(self, ws: Workspace, url: str, password: str | None) -> None:
        super().__init__()
        self._companion = ws.companion()  # opened here (GUI thread), used only on the thread
        self._url, self._password = url, password
        self.report: engine.Report | None = None
        self.shown: list[tuple[str, int]] = []
        self.error: str | None = None

    def run(self) -> None:
        ws = self._companion
        try:
            with Library(self._url, self._password, connect_timeout=5) as lib:
                self.report = engine.sync(ws, lib, progress=self.progress.emit)
            self.shown = engine.refreshed(ws, self.report.touched)
        except BriefingError as exc:
            self.error = said(exc)
        except Exception as exc:  # noqa: BLE001 - the thread must always say how it ended
            log.exception("sync failed")
            self.error = f"{Path(ws.path).name}: the sync failed ({exc})"
        finally:
            ws.close()
