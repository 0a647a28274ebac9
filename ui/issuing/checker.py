"""Runs preflight away from the GUI process, in a layout process of its own.

Composing and checking a 170-page book takes about 0.25 s and laying it out for the brief
lengths another 0.2 s. On a thread of the GUI process that work shared the GUI's interpreter
lock and garbage collector and stalled typing for up to 200 ms; in a process (the preview's
machinery, :class:`ui.preview.layout_process.LayoutProcess`, a separate instance so a check
and a preview rendering never queue behind each other) it costs the GUI thread a line written
to a pipe and the findings read back. The process opens the workspace read-only with the
session's passphrase (sent down the pipe); it starts at the first request, is started again
once if it dies, and ends with :meth:`PreflightChecker.stop` (closing the workspace, quitting).

Each request is answered twice: first the findings that need no layout, then all of them with
the brief lengths (see :mod:`ui.preview.preflight_job`; the second answer is left out when a
newer request is already waiting). Requests that arrive while a check runs are coalesced; only
the latest book asked for is checked. Each request names the interface's language, in which the
process words the findings (a language switch builds a new window, and so a new checker).
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui import i18n
from ui.preview.layout_process import LayoutProcess
from ui.preview.preflight_job import CheckResult, decode

__all__ = ["CheckResult", "PreflightChecker"]

log = logging.getLogger(__name__)


class PreflightChecker(QObject):
    """One checking process per open workspace; results arrive as ``checked`` (queued)."""

    checked = Signal(object)  # CheckResult

    def __init__(self, path: Path, passphrase: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._layout = LayoutProcess(
            path, passphrase, "check", self._answered, self._lost, name="check"
        )

    @property
    def process(self) -> subprocess.Popen | None:
        """The process, or None before the first request."""
        return self._layout.process

    def request(self, book_id: int) -> int:
        """Check ``book_id`` as the workspace file has it now; the serial its results carry.
        Write pending edits first (the checker reads the file, not the editors)."""
        self._layout.fields["language"] = i18n.current()
        return self._layout.request(book_id)

    def reload_settings(self) -> None:
        """The workspace settings changed: read them afresh before the next check."""
        self._layout.reload_settings()

    def stop(self, timeout: float = 2.0) -> None:
        """End the process (a check stops at its next step) and wait for it."""
        self._layout.stop(timeout)

    # ------------------------------------------------------------------ on the reader thread

    def _answered(self, header: dict, _payload: bytes) -> None:
        if "started" not in header:
            self._emit(decode(header))

    def _lost(self, book_id: int, serial: int, text: str) -> None:
        self._emit(CheckResult(book_id, serial, complete=True, error=text))

    def _emit(self, result: CheckResult) -> None:
        if self._layout.stopping:
            return
        try:
            self.checked.emit(result)
        except RuntimeError:  # pragma: no cover - the receiver is already gone
            log.debug("preflight result dropped", exc_info=True)
