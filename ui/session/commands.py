"""QUndoCommand wrappers around the core edits of :mod:`briefing.edits`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from briefing.edits import Edit
from ui.i18n import said

if TYPE_CHECKING:
    from ui.session.session import Session

log = logging.getLogger(__name__)


class EditCommand(QUndoCommand):
    """One structured change on the workspace's undo stack."""

    def __init__(self, session: Session, edit: Edit) -> None:
        super().__init__(edit.text)
        self.session = session
        self.edit = edit
        self.failed = False

    def id(self) -> int:  # noqa: A003 - Qt's name
        """Consecutive edits with the same ``merge_key`` (arrowing through a combo box of one
        section's classification) merge into one undo step."""
        key = self.edit.merge_key
        return (hash(key) & 0x3FFFFFFF) + 1 if key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditCommand) or other.failed or self.failed:
            return False
        merged = self.edit.merged(other.edit)
        if merged is None:
            return False
        self.edit = merged
        return True

    def redo(self) -> None:
        self._run(self.edit.apply)

    def undo(self) -> None:
        self._run(self.edit.revert)

    def _run(self, step) -> None:  # noqa: ANN001
        try:
            changes = step(self.session.ws)
        except Exception as exc:  # noqa: BLE001 - a refused change is reported, not a crash
            log.exception("edit failed: %s", self.edit.text)
            self.failed = True
            self.setObsolete(True)
            self.session.report_error(said(exc))
            return
        # the main record last: the window shows it after an undo or redo
        for kind, record_id in (*changes.records[1:], *changes.records[:1]):
            self.session.record_changed.emit(str(kind), record_id)
