"""Debounced saving of free text: written within about a second of the user pausing.

Editors call :meth:`Autosaver.schedule` on every change with a key (one per field group) and a
function that writes the current text; the timer restarts on each change. :meth:`flush` writes
at once (focus-out, switching records, closing). A failed write stays pending and is reported,
so the window refuses to close while work is unsaved.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from ui.i18n import said

log = logging.getLogger(__name__)


class Autosaver(QObject):
    SAVED, PENDING, SAVING, FAILED = "saved", "pending", "saving", "failed"

    state_changed = Signal(str)
    failed = Signal(str)

    def __init__(self, delay_ms: int = 800, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.state = self.SAVED
        self.durations_ms: list[float] = []  # of each write on the GUI thread (benchmark)
        self.last_error = ""

    def set_delay(self, ms: int) -> None:
        self._timer.setInterval(max(50, ms))

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: Hashable, write: Callable[[], None]) -> None:
        self._pending[key] = write
        self._timer.start()
        self._set(self.PENDING)

    def discard(self, key: Hashable) -> None:
        self._pending.pop(key, None)
        if not self._pending:
            self._set(self.SAVED)

    def flush(self, key: Hashable | None = None) -> bool:
        """Write what is pending (only ``key`` if given); True if nothing is left unsaved."""
        keys = [key] if key is not None else list(self._pending)
        keys = [k for k in keys if k in self._pending]
        if not keys:
            return not self._pending
        self._set(self.SAVING)
        error = ""
        for k in keys:
            write = self._pending.pop(k)
            start = time.perf_counter()
            try:
                write()
            except Exception as exc:  # noqa: BLE001 - reported, and kept for a retry
                log.exception("autosave failed")
                self._pending.setdefault(k, write)
                error = said(exc)
            finally:
                self.durations_ms.append((time.perf_counter() - start) * 1000)
        if error:
            self.last_error = error
            self._set(self.FAILED)
            self.failed.emit(error)
            return False
        self._set(self.PENDING if self._pending else self.SAVED)
        return not self._pending

    def _set(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
