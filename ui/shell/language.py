"""Preferences ▸ Language: the interface in another language, without losing work.

Every widget's text is set when it is built, so the honest way to change language is to build
the window again: what is typed is saved and the workspace closed (as at Quit), the new
language's catalogues installed, and a new window opened on the same workspace (an encrypted
one with the passphrase it was opened with), showing the same record, with the same geometry,
docks and splitters. The undo history starts afresh, as after reopening a workspace.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from briefing.model import RecordKind
from briefing.store import Workspace, WorkspaceError
from ui import i18n
from ui.common import messages
from ui.i18n import said, tr

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

#: the windows built by a switch (the one ``main`` made may be gone): kept alive here
_windows: list[MainWindow] = []


def _shown_record(window: MainWindow) -> tuple[str, int] | None:
    editor = window.current_editor()
    if editor is None:
        return None
    kind = next(k for k, e in window.editors.items() if e is editor)
    if kind == RecordKind.COMMITMENT:
        return str(kind), 0
    record = editor.record
    return (str(kind), record.id) if record is not None and record.id else None


def switch_language(window: MainWindow, choice: str) -> MainWindow:
    """Store ``choice`` ("", "en", "km") and rebuild ``window`` in that language; returns the
    window now shown (``window`` itself when nothing had to change or its work could not be
    saved)."""
    from ui.shell.main_window import MainWindow

    window.settings.language = choice
    wanted = i18n.resolve(choice)
    if wanted == i18n.current():
        return window
    session = window.session
    reopen = None
    if session is not None:
        ws = session.ws
        reopen = (ws.path, ws.passphrase, ws.readonly, _shown_record(window))
    if not window.close_workspace():  # asked to keep it open: nothing is lost, nothing changes
        return window
    geometry, state = window.saveGeometry(), window.saveState()
    i18n.install(wanted)
    new = MainWindow(window.settings)
    new.restoreGeometry(geometry)
    new.restoreState(state)
    new.show()
    _windows.append(new)
    if reopen is not None:
        path, passphrase, readonly, shown = reopen
        try:
            new.attach(Workspace.open(path, readonly=readonly, passphrase=passphrase))
        except WorkspaceError as exc:  # e.g. taken by another program in the instant between
            messages.error(new, tr("Cannot open the workspace"), said(exc))
        else:
            if shown is not None:
                new.open_record(*shown)
    window.close()
    window.deleteLater()
    if window in _windows:
        _windows.remove(window)
    log.info("interface language now %s", wanted)
    return new
