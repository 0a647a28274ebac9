"""The preview's side of its layout process: pages come back as Qt signals.

The process and its pipes are a :class:`~ui.preview.layout_process.LayoutProcess` (started at
the first request, restarted once if it dies, the passphrase sent down the pipe). Its reader
thread loads each PDF into a QPdfDocument and hands both to the GUI thread as a queued signal.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Signal
from PySide6.QtPdf import QPdfDocument

from ui.preview.layout_process import LayoutProcess
from ui.preview.render_process import Failure, decode

log = logging.getLogger(__name__)


class Renderer(QObject):
    """Renders the books of one workspace file in a process of its own."""

    started = Signal(int)  # serial
    finished = Signal(object, object)  # Rendering, its QPdfDocument (loaded, page sizes read)
    failed = Signal(object)  # Failure

    def __init__(self, path: Path, passphrase: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._layout = LayoutProcess(
            path, passphrase, "render", self._answered, self._lost, name="preview"
        )

    @property
    def process(self) -> subprocess.Popen | None:
        """The process, or None before the first request."""
        return self._layout.process

    def request(self, book_id: int) -> int:
        """Render ``book_id`` as it is now; returns the serial its result will carry."""
        return self._layout.request(book_id)

    def reload_settings(self) -> None:
        """The workspace settings changed: read them afresh before the next rendering."""
        self._layout.reload_settings()

    def forget(self) -> None:
        """Nothing is wanted any more (e.g. the screen locked): drop what is queued or running."""
        self._layout.forget()

    def stop(self, timeout: float = 2.0) -> None:
        """End the process (a rendering stops at its next step) and wait for it."""
        self._layout.stop(timeout)

    # ------------------------------------------------------------------ on the reader thread

    def _answered(self, header: dict, payload: bytes) -> None:
        if "started" in header:
            self._emit(self.started, header["started"])
        elif isinstance(result := decode(header, payload), Failure):
            self._emit(self.failed, result)
        else:
            self._emit(self.finished, result, _loaded(result.pdf))

    def _lost(self, book_id: int, serial: int, text: str) -> None:
        self._emit(self.failed, Failure(book_id, serial, text))

    def _emit(self, signal, *values) -> None:  # noqa: ANN001
        if self._layout.stopping:
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
