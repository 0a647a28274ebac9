"""The check of every page of a workspace, run beside the work instead of before it.

Opening checks the whole file (``PRAGMA quick_check``): 0.08–0.12 s for a 73 MB workspace of
10,000 meetings, a cost that grows with the history, not with what is asked of it. An export
opens with the check deferred: it runs on a thread of its own (SQLite releases the GIL while it
reads) while the book is composed, and the export waits for its answer before it writes
anything (:meth:`Workspace.confirm_intact`), so a damaged file still yields no book.
"""

from __future__ import annotations

import threading
from pathlib import Path

from briefing.store.errors import WorkspaceError
from briefing.store.file import validate


def check_pages(path: Path, passphrase: str | None) -> None:
    """Raise :class:`DamagedWorkspace` unless every page of ``path`` reads back intact: the
    opening's own check (:func:`briefing.store.file.validate`), as a reader beside the writer
    that holds the workspace."""
    validate(path, tidy=False, passphrase=passphrase)


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
