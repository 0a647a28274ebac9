"""Runs preflight off the GUI thread, on its own read-only connection to the workspace.

Composing and checking a 160-page book takes about 0.35 s and laying it out for the page
lengths another 0.15 s (measured on this project's reference machine): too long to freeze
typing for after every save. The checker answers each request twice: first the findings
that need no layout, then all of them with the brief lengths. Requests that arrive while a
check runs are coalesced; only the latest book asked for is checked.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from briefing.compose import Options, compose
from briefing.export.pdf import heading_pages
from briefing.preflight import Finding, check
from briefing.store import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckResult:
    book_id: int
    serial: int
    findings: list[Finding] = field(default_factory=list)
    complete: bool = False  # True once the page lengths are in
    seconds: float = 0.0
    error: str = ""


class PreflightChecker(QObject):
    """One background thread per open workspace; results arrive as ``checked`` (queued)."""

    checked = Signal(object)  # CheckResult

    def __init__(self, path: Path, passphrase: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._passphrase = passphrase
        self._cond = threading.Condition()
        self._wanted: tuple[int, int] | None = None  # (book id, serial)
        self._serial = 0
        self._stopping = False
        self._reopen = False
        self._thread = threading.Thread(target=self._loop, name="preflight", daemon=True)
        self._thread.start()

    def request(self, book_id: int) -> int:
        """Check ``book_id`` as the workspace file has it now; the serial its results carry.
        Write pending edits first (the checker reads the file, not the editors)."""
        with self._cond:
            self._serial += 1
            self._wanted = (book_id, self._serial)
            self._cond.notify()
            return self._serial

    def reload_settings(self) -> None:
        """The workspace settings changed: read them afresh before the next check."""
        with self._cond:
            self._reopen = True

    def stop(self, timeout: float = 10.0) -> None:
        with self._cond:
            self._stopping = True
            self._wanted = None
            self._cond.notify()
        self._thread.join(timeout)

    # ------------------------------------------------------------------ the thread

    def _superseded(self, serial: int) -> bool:
        with self._cond:
            return self._stopping or self._serial != serial

    def _loop(self) -> None:
        ws: Workspace | None = None
        try:
            while True:
                with self._cond:
                    while self._wanted is None and not self._stopping:
                        self._cond.wait()
                    if self._stopping:
                        return
                    book_id, serial = self._wanted  # type: ignore[misc]
                    self._wanted = None
                    reopen, self._reopen = self._reopen, False
                try:
                    if ws is not None and reopen:
                        ws.close()
                        ws = None
                    if ws is None:
                        ws = Workspace.open(self.path, readonly=True, passphrase=self._passphrase)
                    self._check(ws, book_id, serial)
                except KeyError:
                    self._emit(CheckResult(book_id, serial, complete=True, error="gone"))
                except Exception as exc:  # noqa: BLE001 - said in the panel, never a crash
                    log.warning("preflight of book %s failed", book_id, exc_info=True)
                    self._emit(CheckResult(book_id, serial, complete=True, error=str(exc)))
                    if ws is not None:  # start afresh next time
                        ws.close()
                        ws = None
        finally:
            if ws is not None:
                ws.close()

    def _check(self, ws: Workspace, book_id: int, serial: int) -> None:
        start = time.perf_counter()
        book = ws.get_book(book_id)
        doc = compose(ws, book, Options())
        self._emit(CheckResult(book_id, serial, check(ws, book, doc=doc), False, _since(start)))
        if self._superseded(serial):
            return
        pages = heading_pages(doc)
        if self._superseded(serial):
            return
        findings = check(ws, book, doc=doc, pages=pages)
        self._emit(CheckResult(book_id, serial, findings, True, _since(start)))

    def _emit(self, result: CheckResult) -> None:
        with self._cond:
            if self._stopping:
                return
        try:
            self.checked.emit(result)
        except RuntimeError:  # pragma: no cover - the receiver is already gone
            log.debug("preflight result dropped", exc_info=True)


def _since(start: float) -> float:
    return time.perf_counter() - start
