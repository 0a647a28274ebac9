"""Backups in the app: one when a workspace opens, one every quarter hour, and restoring.

The work is the core's (:mod:`briefing.backup`); this module decides when, and asks. A
backup that fails is logged and shown in the status bar, not in a box every quarter hour.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, QTimer, Signal

from briefing.safety import backup, restoring
from briefing.store import WorkspaceError
from ui.common import messages
from ui.i18n import said, tr
from ui.workspace.restore_dialog import RestoreBackupDialog

if TYPE_CHECKING:
    from ui.shell.host import WindowHost

log = logging.getLogger(__name__)


class BackupScheduler(QObject):
    """Backs up the window's workspace on open (if the last backup is old) and periodically.

    A backup copies the whole file (0.2 s at 5,000 meetings, 0.4 s at 10,000), so it runs on a
    thread of its own with its own read-only connection; the window keeps answering. Whatever
    replaces or closes the file (closing, restore, encryption) first waits for it
    (:meth:`wait`), so no backup of an old or plaintext file lands after the change."""

    #: a backup ended: the Backup made (None if none was due), or the WorkspaceError
    finished = Signal(object)

    def __init__(self, host: WindowHost, period_ms: int | None = None) -> None:
        super().__init__(host.window)
        self.host = host
        self._thread: threading.Thread | None = None
        self._again = None  # a backup asked for while one ran: taken when that one ends
        self.finished.connect(self._report)
        _SCHEDULERS[host.window] = self
        self.timer = QTimer(self)
        self.timer.setInterval(period_ms or int(backup.PERIOD.total_seconds() * 1000))
        self.timer.timeout.connect(self.back_up_now)
        self.timer.start()
        host.workspace_opened.connect(self._opened)

    def _writable_path(self):  # noqa: ANN202
        session = self.host.session
        return None if session is None or session.readonly else session.path

    def _opened(self) -> None:
        path = self._writable_path()
        if path is not None:
            key = self.host.session.ws.passphrase  # an encrypted one's backups stay so
            self._run(lambda: backup.backup_if_due(path, passphrase=key))

    def back_up_now(self) -> None:
        path = self._writable_path()
        if path is not None:
            key = self.host.session.ws.passphrase
            self._run(lambda: backup.take_backup(path, passphrase=key))

    def _run(self, job) -> None:  # noqa: ANN001
        if self.running():
            self._again = job  # the one under way may predate the latest changes
            return
        self._thread = threading.Thread(target=self._work, args=(job,), name="backup", daemon=True)
        self._thread.start()

    def _work(self, job) -> None:  # noqa: ANN001 - on the backup thread
        try:
            made = job()
        except WorkspaceError as exc:
            made = exc
        except Exception as exc:  # noqa: BLE001 - reported, never a dead thread
            log.exception("backup failed")
            made = WorkspaceError(said(exc))
        self.finished.emit(made)

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        """Until the backups under way or asked for have ended (the window's thread waits)."""
        while self._thread is not None:
            self._thread.join()
            self._thread, job = None, self._again
            self._again = None
            if job is not None:
                self._work(job)  # here, now: the caller is about to change the file

    def _report(self, made) -> None:  # noqa: ANN001
        if self._thread is not None:
            self._thread.join()  # it emitted as its last step
            self._thread = None
        if self._again is not None:
            job, self._again = self._again, None
            self._run(job)
        if isinstance(made, WorkspaceError):
            log.warning("backup failed: %s", made)
            self.host.show_status(tr("Backup failed: %s") % said(made), 15000)
        elif made is not None:
            log.debug("backup %s", made.path)


#: each window's scheduler, for what must wait for its backups (restoring)
_SCHEDULERS: WeakKeyDictionary = WeakKeyDictionary()


def restore_from_backup(host: WindowHost) -> bool:
    """File ▸ Restore from Backup…: choose, confirm, close, restore, reopen. True if restored."""
    session = host.session
    if session is None:
        return False
    scheduler = _SCHEDULERS.get(host.window)
    if scheduler is not None:
        scheduler.wait()  # the list shows every backup taken so far
    path = session.path
    if session.readonly:
        messages.error(
            host.window,
            tr("Cannot restore"),
            tr(
                "The workspace is open read-only because another program is using it. "
                "Close it there first, then restore here."
            ),
        )
        return False
    try:
        backups = backup.list_backups(path)
    except WorkspaceError as exc:
        messages.error(host.window, tr("Cannot restore"), said(exc))
        return False
    if not backups:
        messages.info(
            host.window,
            tr("No backups yet"),
            tr("There are no backups of this workspace yet (they are kept in {folder}).").format(
                folder=backup.backup_folder(path)
            ),
        )
        return False
    key = session.ws.passphrase
    chosen, ok = RestoreBackupDialog.get_backup(host.window, path.name, backups)
    if not ok or chosen is None:
        return False
    if not messages.ask(
        host.window,
        tr("Restore from Backup"),
        tr(
            "Replace the workspace with the backup of {when}?\n\nWhat it holds now is backed "
            "up first; you can go back to it from this list."
        ).format(when=chosen.label),
        tr("Restore"),
        tr("Cancel"),
    ):
        return False
    if not host.close_workspace():  # pending typing is saved (and so backed up) first
        return False
    try:
        safety = restoring.restore(chosen, path, passphrase=key)
    except WorkspaceError as exc:
        messages.error(
            host.window, tr("Not restored"), said(exc) + "\n\n" + tr("The workspace is unchanged.")
        )
        host.open_workspace(path, passphrase=key)
        return False
    if not host.open_workspace(path, passphrase=key if backup.is_encrypted(path) else None):
        return False
    text = tr("The workspace now holds the backup of {when}.").format(when=chosen.label)
    if safety is not None:
        text += "\n\n" + tr("What it held before is kept as the backup of {when}.").format(
            when=safety.label
        )
    messages.info(host.window, tr("Restored"), text)
    return True
