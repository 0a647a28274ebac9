"""The GUI side of the layout process: requests go down a pipe, pages come back as signals.

:meth:`Renderer.request` only writes a line to the process (microseconds). A reader thread
waits on the process's output, which costs the GUI's interpreter nothing, loads the PDF into
a QPdfDocument and hands both to the GUI thread as a queued Qt signal. The process starts at
the first request (about 0.4 s) and opens the workspace read-only with the session's
passphrase, sent down the pipe, never on its command line. If it dies, it is started again
and the newest request is sent once more.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Signal
from PySide6.QtPdf import QPdfDocument

from .render_process import Failure, decode, receive

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parents[2]  # where ``ui`` and ``briefing`` are imported from


class Renderer(QObject):
    """Renders the books of one workspace file in a process of its own."""

    started = Signal(int)  # serial
    finished = Signal(object, object)  # Rendering, its QPdfDocument (loaded, page sizes read)
    failed = Signal(object)  # Failure

    def __init__(self, path: Path, passphrase: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._passphrase = passphrase
        self._lock = threading.Lock()
        self._serial = 0
        self._last: tuple[int, int] | None = None  # (book, serial) of the newest request
        self._retried = 0  # the serial sent again after the process died (only once)
        self._proc: subprocess.Popen | None = None
        self._reader: threading.Thread | None = None
        self._stopping = False

    @property
    def process(self) -> subprocess.Popen | None:
        return self._proc

    def request(self, book_id: int) -> int:
        """Render ``book_id`` as it is now; returns the serial its result will carry."""
        with self._lock:
            self._serial += 1
            self._last = (book_id, self._serial)
            self._send({"render": book_id, "serial": self._serial})
            return self._serial

    def reload_settings(self) -> None:
        """The workspace settings changed: read them afresh before the next rendering."""
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
        """End the process (a rendering stops at its next step) and wait for it."""
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
            log.warning("the preview process did not end within %.0f s; killing it", timeout)
            proc.kill()
            proc.wait()
        if reader is not None:
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
                log.warning("the preview process could not start", exc_info=True)
                if self._last is not None:
                    text = f"The preview could not start: {exc.strerror or exc}"
                    self._emit(self.failed, Failure(self._last[0], self._last[1], text))
                return
        try:
            self._proc.stdin.write(json.dumps(msg).encode() + b"\n")
            self._proc.stdin.flush()
        except OSError:  # it died meanwhile: the reader reports it, the next request restarts
            log.warning("the preview process is gone", exc_info=True)

    def _start(self) -> None:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ui.preview.render_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=_ROOT,
        )
        proc.stdin.write(
            json.dumps({"open": str(self.path), "passphrase": self._passphrase}).encode() + b"\n"
        )
        self._proc = proc
        self._reader = threading.Thread(
            target=self._read, args=(proc,), name="book-preview", daemon=True
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
            header, payload = message
            if "started" in header:
                self._emit(self.started, header["started"])
            elif isinstance(result := decode(header, payload), Failure):
                self._emit(self.failed, result)
            else:
                self._emit(self.finished, result, _loaded(result.pdf))
        proc.stdout.close()
        with self._lock:
            if self._stopping or self._proc is not proc:
                return  # told to end, or already replaced
            log.warning("the preview process ended unexpectedly (%s)", proc.wait())
            self._proc, last = None, self._last
            if last is None:
                return
            if last[1] != self._retried:  # once more, in a new process
                self._retried = last[1]
                self._send({"render": last[0], "serial": last[1]})
                return
        text = "The preview stopped unexpectedly; it starts again at the next change."
        self._emit(self.failed, Failure(last[0], last[1], text))

    def _emit(self, signal, *values) -> None:  # noqa: ANN001
        if self._stopping:
            return
        try:
            signal.emit(*values)
        except RuntimeError:  # pragma: no cover - the receiver is already gone
            log.debug("preview result dropped", exc_info=True)


def _loaded(pdf: bytes) -> QPdfDocument:
    """The pages as a document for the GUI thread, loaded here on the reader thread.

    Every page's size is read once (pdfium then keeps it), so laying the pages out in the view
    costs the GUI thread 3 ms for 330 pages instead of 40.
    """
    document = QPdfDocument()
    buffer = QBuffer(document)  # the document reads from it: it lives as long
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    for page in range(document.pageCount()):
        document.pagePointSize(page)
    document.moveToThread(QCoreApplication.instance().thread())
    return document
