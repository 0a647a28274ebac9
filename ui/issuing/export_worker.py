"""Runs a prepared :class:`~briefing.issuing.ExportJob` on a worker thread.

``ExportJob.run`` touches no workspace, so it may run anywhere; its progress and its end come
back to the GUI thread as queued signals. Cancelling sets a flag the job asks at every step;
the job then removes what it staged and raises :class:`~briefing.issuing.Cancelled`.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from briefing.issuing.job import Cancelled, ExportJob

log = logging.getLogger(__name__)


class ExportWorker(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # list[WrittenFile]
    cancelled = Signal()
    failed = Signal(object)  # the exception

    def __init__(self, job: ExportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the thread has ended (it may still have signals queued)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            files = self.job.run(self.progressed.emit, self._cancel.is_set)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - IssuingError, OSError, a layout error: said
            log.warning("export failed", exc_info=True)
            self.failed.emit(exc)
        else:
            self.finished.emit(files)
