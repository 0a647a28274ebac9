"""Reading and drafting a release off the window's thread, with Cancel.

A long PDF or a pathological paste can take most of a second to draft (and reading a PDF
longer); meanwhile the window keeps painting and a progress dialog offers Cancel. The worker
thread touches no SQLite connection: the workspace's people and settings are read before it
starts (a connection belongs to its thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from briefing.importers.draft import Draft
from briefing.importers.errors import ExtractCancelled, ImporterError
from briefing.importers.press_release import extract
from briefing.importers.readers import ReadResult
from briefing.model import Person, Settings
from ui.i18n import tr

#: the dialog shows only when drafting takes longer than this (ms): most releases take less
SHOW_AFTER_MS = 400


@dataclass
class Drafted:
    """What the worker gives back: the read release and its draft, or the error."""

    result: ReadResult | None = None
    draft: Draft | None = None
    error: ImporterError | None = None
    cancelled: bool = False


class DraftJob:
    """Read then draft in a thread; :meth:`run` waits in a local event loop."""

    def __init__(
        self, read: Callable[[], ReadResult], settings: Settings, people: list[Person]
    ) -> None:
        self._read, self._settings, self._people = read, settings, people
        self._stop = threading.Event()
        self._done = threading.Event()
        self.outcome = Drafted()

    def cancel(self) -> None:
        self._stop.set()

    def _work(self) -> None:
        try:
            result = self._read()
            if self._stop.is_set():
                raise ExtractCancelled("cancelled")
            draft = extract(result.text, self._settings, self._people, cancelled=self._stop.is_set)
            self.outcome = Drafted(result=result, draft=draft)
        except ExtractCancelled:
            self.outcome = Drafted(cancelled=True)
        except ImporterError as exc:
            self.outcome = Drafted(error=exc)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a dead thread
            self.outcome = Drafted(error=ImporterError(f"The release could not be read: {exc}"))
        finally:
            self._done.set()

    def run(self, parent: QWidget | None) -> Drafted:
        """Start the worker and wait for it, the window alive; Cancel gives ``cancelled``."""
        progress = QProgressDialog(tr("Reading the press release…"), tr("Cancel"), 0, 0, parent)
        progress.setObjectName("import-progress")
        progress.setWindowTitle(tr("Import Press Release"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)  # no second import meanwhile
        progress.setMinimumDuration(2**30)  # shown by the timer below, not by setValue
        progress.hide()
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        loop = QEventLoop()
        cancelled = [False]

        def on_cancel() -> None:
            cancelled[0] = True
            self.cancel()
            loop.quit()  # the thread finishes on its own; its result is dropped

        progress.canceled.connect(on_cancel)
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: self._done.is_set() and loop.quit())
        thread = threading.Thread(target=self._work, name="import-draft", daemon=True)
        thread.start()
        poll.start()
        show = QTimer()
        show.setSingleShot(True)
        show.timeout.connect(progress.show)
        show.start(SHOW_AFTER_MS)
        if not self._done.is_set():
            loop.exec()
        poll.stop()
        show.stop()
        progress.canceled.disconnect(on_cancel)
        progress.close()
        progress.deleteLater()
        if cancelled[0]:
            return Drafted(cancelled=True)
        return self.outcome
