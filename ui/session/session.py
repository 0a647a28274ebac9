"""An open workspace in the GUI: the store, its undo stack, its autosaver, change signals."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing.edits import Edit
from briefing.store import Workspace
from ui.i18n import tr
from ui.session.autosave import Autosaver
from ui.session.commands import EditCommand

log = logging.getLogger(__name__)


class Session(QObject):
    #: (kind, id) after a structured change was applied, undone or redone
    record_changed = Signal(str, int)
    #: a change could not be made or saved; the text says why
    error = Signal(str)

    def __init__(self, ws: Workspace, autosave_ms: int = 800, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self.saver = Autosaver(autosave_ms, self)
        self.saver.failed.connect(self.report_error)

    @property
    def path(self) -> Path:
        return self.ws.path

    @property
    def readonly(self) -> bool:
        return self.ws.readonly

    def push(self, edit: Edit) -> bool:
        """Apply ``edit`` as one undoable step; False if it was refused."""
        if self.readonly:
            self.report_error(tr("The workspace is open read-only; changes cannot be made."))
            return False
        self.saver.flush()  # typed text first, so the edit sees the workspace as shown
        command = EditCommand(self, edit)
        self.undo_stack.push(command)
        return not command.failed

    def report_error(self, text: str) -> None:
        self.error.emit(text)

    def close(self) -> bool:
        """Write what is pending, then close the store; False (still open) if a write failed."""
        if not self.saver.flush():
            return False
        self.undo_stack.clear()
        self.ws.close()
        return True
