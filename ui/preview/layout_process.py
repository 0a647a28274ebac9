"""One layout process seen from the GUI: requests go down a pipe, answers come back on a thread.

:meth:`LayoutProcess.request` only writes a line to the process (microseconds). A reader thread
waits on the process's output, which costs the GUI's interpreter nothing, and hands each answer
to ``on_answer`` on that thread (the owner turns it into a queued Qt signal). The process
(:mod:`ui.preview.render_process`; in a frozen build the executable itself with a flag) starts
at the first request (about 0.4 s) and opens the
workspace read-only with the session's passphrase, sent down the pipe, never on its command
line. If it dies, it is started again and the newest request is sent once more; if it dies again
with that request, ``on_lost`` says so, and the next request starts it afresh.

The preview (:class:`ui.preview.renderer.Renderer`) and preflight
(:class:`ui.issuing.checker.PreflightChecker`) own one each.
"""

from __future__ import annotations

import json
import logging
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from ui.i18n import tr
from ui.preview.render_process import command, receive

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parents[2]  # where ``ui`` and ``briefing`` are imported from

#: called on the reader thread with each message (header, payload)
OnAnswer = Callable[[dict, bytes], None]
#: called with (book id, serial, why) when a request will get no answer
OnLost = Callable[[int, int, str], None]


class LayoutProcess:
    """A layout process for one workspace file that answers ``kind`` requests (render, check)."""

    def __init__(
        self,
        path: Path,
        passphrase: str | None,
        kind: str,
        on_answer: OnAnswer,
        on_lost: OnLost,
        name: str,
    ) -> None:
        self.path = path
        self.kind = kind
        self.name = name  # "preview", "check": for the log and for what the user reads
        self._passphrase = passphrase
        self._on_answer, self._on_lost = on_answer, on_lost
        self._lock = threading.Lock()
        self._serial = 0
        self._last: tuple[int, int] | None = None  # (book, serial) of the newest request
        self._retried = 0  # the serial sent again after the process died (only once)
        # what every request carries besides the book (the check: the interface's language)
        self.fields: dict[str, str] = {}
        self._proc: subprocess.Popen | None = None
        self._reader: threading.Thread | None = None
        self._stopping = False

    @property
    def process(self) -> subprocess.Popen | None:
        return self._proc

    @property
    def stopping(self) -> bool:
        return self._stopping

    def request(self, book_id: int) -> int:
        """Ask about ``book_id`` as the file has it now; returns the serial its answer carries."""
        with self._lock:
            self._serial += 1
            self._last = (book_id, self._serial)
            self._send({self.kind: book_id, "serial": self._serial, **self.fields})
            return self._serial

    def reload_settings(self) -> None:
        """The workspace settings changed: read them afresh before the next job."""
        with self._lock:
            if self._proc is not None:
                self._send({"reload": True})

    def forget(self) -> None:
        """Nothing is wanted any more (e.g. the screen locked): drop what is queued or running."""
        with self._lock:
            self._last = None
            if self._proc is not None:
                self._send({"forget": True})

    def stop(self, timeout: float = 2.0) -> None:
        """End the process (a job stops at its next step) and wait for it."""
        with self._lock:
            self._stopping = True
            proc, reader = self._proc, self._reader
            self._proc = None
        if proc is None:
            return
        try:
            proc.stdin.close()  # EOF: the process finishes its step and ends
        except OSError:
            pass
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:  # pragma: no cover - stuck inside one step
            log.warning("the %s process did not end within %.0f s; killing it", self.name, timeout)
            proc.kill()
            proc.wait()
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout)

    # ------------------------------------------------------------------ the process

    def _send(self, msg: dict) -> None:
        """Write one request (lock held); starts the process if there is none."""
        if self._stopping:
            return
        if self._proc is None or self._proc.poll() is not None:
            try:
                self._start()
            except OSError as exc:  # no interpreter to start, no processes left
                log.warning("the %s process could not start", self.name, exc_info=True)
                if self._last is not None:
                    text = tr("The {what} could not start: {error}").format(
                        what=self._what(), error=exc.strerror or exc
                    )
                    self._lose(self._last, text)
                return
        try:
            self._proc.stdin.write(json.dumps(msg).encode() + b"\n")
            self._proc.stdin.flush()
        except OSError:  # it died meanwhile: the reader reports it, the next request restarts
            log.warning("the %s process is gone", self.name, exc_info=True)

    def _start(self) -> None:
        proc = subprocess.Popen(
            command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=_ROOT,
        )
        proc.stdin.write(
            json.dumps({"open": str(self.path), "passphrase": self._passphrase}).encode() + b"\n"
        )
        self._proc = proc
        self._reader = threading.Thread(
            target=self._read, args=(proc,), name=f"{self.name}-process", daemon=True
        )
        self._reader.start()

    def _read(self, proc: subprocess.Popen) -> None:
        while True:
            try:
                message = receive(proc.stdout)
            except (OSError, ValueError):
                message = None
            if message is None:
                break
            if not self._stopping:
                try:
                    self._on_answer(*message)
                except Exception:  # noqa: BLE001 - one bad answer must not end the reader
                    log.exception("the %s process's answer could not be taken", self.name)
        proc.stdout.close()
        with self._lock:
            if self._stopping or self._proc is not proc:
                return  # told to end, or already replaced
            log.warning("the %s process ended unexpectedly (%s)", self.name, proc.wait())
            self._proc, last = None, self._last
            if last is None:
                return
            if last[1] != self._retried:  # once more, in a new process
                self._retried = last[1]
                self._send({self.kind: last[0], "serial": last[1], **self.fields})
                return
        text = tr("The {what} stopped unexpectedly; it starts again at the next change.").format(
            what=self._what()
        )
        self._lose(last, text)

    def _what(self) -> str:
        """The process as the user reads it."""
        return {"preview": tr("preview"), "check": tr("check")}.get(self.name, self.name)

    def _lose(self, last: tuple[int, int], text: str) -> None:
        if not self._stopping:
            self._on_lost(last[0], last[1], text)
