"""The check of every page of a workspace, run beside the work instead of before it.

Opening checks the whole file (``PRAGMA quick_check``): 0.08–0.12 s for a 73 MB workspace of
10,000 meetings, a cost that grows with the history, not with what is asked of it. An export
opens with the check deferred: it runs on a thread of its own (SQLite releases the GIL while it
reads) while the book is composed, and the export waits for its answer before it writes
anything (:meth:`Workspace.confirm_intact`), so a damaged file still yields no book.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from briefing.i18n import M_
from briefing.store import cipher
from briefing.store.errors import DAMAGED, DamagedWorkspace, WorkspaceError
from briefing.store.file import explain, reader_uri


def check_pages(path: Path, passphrase: str | None) -> None:
    """Raise :class:`DamagedWorkspace` unless every page of ``path`` reads back intact."""
    uri = reader_uri(path)
    try:
        if passphrase is not None:
            conn = cipher.connect(uri, passphrase, uri=True)
        else:
            conn = sqlite3.connect(uri, uri=True)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc, M_("the workspace could not be checked")) from None
    if result != "ok":
        raise DamagedWorkspace(DAMAGED, path=path, detail=result)


class PageCheck:
    """:func:`check_pages` on a thread; :meth:`result` waits and raises what it found."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path, passphrase), name="page check", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, passphrase: str | None) -> None:
        try:
            check_pages(path, passphrase)
        except (WorkspaceError, OSError) as exc:
            self._error = exc

    def result(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
