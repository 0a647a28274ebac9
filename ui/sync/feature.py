"""The sync feature of the main window: actions, status bar label, background timer."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from briefing.errors import BriefingError
from briefing.model import RecordKind
from briefing.sync import engine
from ui.common import messages
from ui.i18n import said, tr
from ui.sync import worker
from ui.sync.conflicts_dialog import ConflictsDialog
from ui.sync.connect_dialog import ConnectDialog

if TYPE_CHECKING:
    from ui.shell.host import WindowHost

#: a sync in the background this often while a replica is open (and once on opening)
BACKGROUND_MS = 120_000


def _when(synced_at: str, now: dt.datetime | None = None) -> str:
    """10:42 today, else 3 Mar 10:42 (local time)."""
    when = dt.datetime.fromisoformat(synced_at.replace("Z", "+00:00")).astimezone()
    now = now or dt.datetime.now().astimezone()
    return f"{when:%H:%M}" if when.date() == now.date() else f"{when.day} {when:%b %H:%M}"


def status_text(status: engine.Status, state: str = "") -> str:
    """What the status bar says of the replica: "Synced 10:42 · 3 changes to send · 1 conflict
    to decide"; while syncing (``state`` "syncing"), offline or after a failed sync ("failed"),
    when it last synced; "" for a single file."""
    if status.library is None:
        return ""
    last = _when(status.synced_at) if status.synced_at else None
    if state:
        head = {"syncing": tr("Syncing…"), "offline": tr("Offline")}.get(state, tr("Not synced"))
        parts = [head]
        parts.append(tr("last synced {0}").format(last) if last else tr("never synced"))
    else:
        parts = [tr("Synced {0}").format(last) if last else tr("Not synced yet")]
    if status.waiting:
        one = status.waiting == 1
        parts.append((tr("1 change to send") if one else tr("{0} changes to send")).format(
            f"{status.waiting:,}"))  # fmt: skip
    else:
        parts.append(tr("nothing to send"))
    if status.conflicts:
        one = status.conflicts == 1
        parts.append((tr("1 conflict to decide") if one else tr("{0} conflicts to decide")).format(
            status.conflicts))  # fmt: skip
    return " · ".join(parts)


class SyncFeature(QObject):
    finished = Signal(bool)  # a sync ended: True if it went through

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window)
        self.host = host
        #: passwords typed in the connect dialog, by library: in memory while the app runs
        self._passwords: dict[str, str] = {}
        self._thread: worker.SyncThread | None = None
        self._state = ""  # "", "offline" or "failed": how the last sync ended
        w = host.window
        self.connect_action = QAction(tr("Connect to Shared &Library…"), w)
        self.connect_action.setObjectName("connect-library")
        self.connect_action.triggered.connect(lambda: self.connect_library())
        self.sync_action = QAction(tr("&Sync Now"), w)
        self.sync_action.setObjectName("sync-now")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Alt+Y"))
        self.sync_action.triggered.connect(lambda: self.sync_now(quiet=False))
        self.review_action = QAction(tr("Re&view Sync Conflicts…"), w)
        self.review_action.setObjectName("review-conflicts")
        self.review_action.triggered.connect(lambda: self.review())
        host.add_actions(
            "file/workspace", [self.connect_action, self.sync_action, self.review_action]
        )
        self.label = QLabel(objectName="sync-state")
        w.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(BACKGROUND_MS)
        self.timer.timeout.connect(lambda: self.sync_now(quiet=True))
        host.workspace_opened.connect(self._opened)
        host.workspace_closed.connect(self._closed)
        self.refresh()

    # ------------------------------------------------------------------ state

    def _ws(self):  # noqa: ANN202
        session = self.host.session
        return session.ws if session is not None else None

    def refresh(self) -> None:
        ws = self._ws()
        writable = ws is not None and not ws.readonly
        connected = writable and engine.library_of(ws) is not None
        self.connect_action.setEnabled(writable and self._thread is None)
        self.sync_action.setEnabled(connected and self._thread is None)
        self.review_action.setEnabled(connected and self._thread is None)
        self.label.setText(
            status_text(engine.status(ws), "syncing" if self._thread is not None else self._state)
            if ws is not None
            else ""
        )

    def _opened(self) -> None:
        self._state = ""
        self.refresh()
        ws = self._ws()
        if ws is not None and not ws.readonly and engine.library_of(ws):
            self.timer.start()
            QTimer.singleShot(0, lambda: self.sync_now(quiet=True))

    def _closed(self) -> None:
        self.timer.stop()
        self.wait()
        self.label.setText("")

    def wait(self) -> None:
        """Let a running sync end (closing the workspace waits for it; what it brought is
        then not shown: the workspace is going)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            self.refresh()

    # ------------------------------------------------------------------ actions

    def connect_library(self, problem: str = "") -> None:
        """Ask for the library's address and the password (again, after ``problem``)."""
        ws = self._ws()
        if ws is None or ws.readonly or self._thread is not None:
            return
        (url, password), ok = ConnectDialog.get_connection(
            self.host.window, engine.library_of(ws) or "", problem
        )
        if not ok:
            return
        try:
            engine.connect(ws, url)
        except BriefingError as exc:
            messages.error(self.host.window, tr("Connect to Shared Library"), said(exc))
            return
        if password is not None:
            self._passwords[engine.library_of(ws) or url] = password
        self.timer.start()
        self.sync_now(quiet=False)

    def sync_now(self, quiet: bool = True) -> None:
        ws = self._ws()
        if ws is None or ws.readonly or self._thread is not None or self.host.concealed:
            return
        url = engine.library_of(ws)
        if url is None:
            return
        self.host.save_pending()  # what is being typed goes too
        try:
            thread = worker.SyncThread(ws, url, self._passwords.get(url))
        except BriefingError as exc:
            self._failed(said(exc), quiet)
            return
        thread.progress.connect(self._progress)
        thread.finished.connect(lambda: self._ended(thread, quiet))
        self._thread = thread
        thread.start()
        self.refresh()

    def _progress(self, phase: str, done: int, total: int) -> None:
        if self._thread is not None:
            words = {"receiving": tr("receiving"), "sending": tr("sending")}.get(phase, phase)
            self.label.setText(tr("Syncing… {0} {1:,}/{2:,}").format(words, done, total))

    def _ended(self, thread: worker.SyncThread, quiet: bool) -> None:
        if thread is not self._thread:  # waited for already (the workspace was closed)
            return
        thread.wait()
        self._thread = None
        if thread.error is not None or thread.report is None:
            self._failed(thread.error or tr("the sync did not finish"), quiet)
        else:
            self._done(thread.report, thread.shown)

    def _done(self, report: engine.Report, shown: list[tuple[str, int]]) -> None:
        self._state = ""
        session = self.host.session
        if session is not None and shown:
            # an undo from before the sync would put back what a colleague changed since
            session.undo_stack.clear()
            if any(kind == "settings" for kind, _ in shown):
                session.ws.reload_settings()
            kinds = {str(k) for k in RecordKind}
            for kind, record_id in shown:
                if kind in kinds:
                    session.record_changed.emit(kind, record_id)
        text = tr("Synced: {0}").format(report.summary())
        if report.open_conflicts:
            text += tr(" — File ▸ Review Sync Conflicts… to decide")
        self.host.show_status(text, 8000)
        self.refresh()
        self.finished.emit(True)

    def _failed(self, text: str, quiet: bool) -> None:
        unreachable = "cannot connect" in text or "connection was lost" in text
        self._state = "offline" if unreachable and "password" not in text else "failed"
        self.refresh()
        self.finished.emit(False)
        if quiet:
            self.host.show_status(tr("Not synced: {0}").format(text), 8000)
        elif "password" in text.lower():  # none given yet (or a wrong one): ask for it
            self.connect_library(text)
        else:
            messages.error(self.host.window, tr("Sync"), text)

    def review(self) -> None:
        ws = self._ws()
        if ws is None:
            return
        decided, _ok = ConflictsDialog.review(self.host.window, ws)
        self.refresh()
        if decided:
            for kind in RecordKind:
                self.host.session.record_changed.emit(str(kind), 0)
            self.sync_now(quiet=True)


def install(host: WindowHost) -> SyncFeature:
    return SyncFeature(host)
