"""Opening, creating and closing the window's workspace: the questions asked on the way.

The window has one workspace at a time. Opening one that is in use elsewhere offers it
read-only; one on a read-only disk is opened read-only and the user is told; closing saves
what is pending first and stays open (asking to try again) if it cannot be saved.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from briefing import interchange
from briefing.errors import BriefingError
from briefing.files.samples import sample_copy_path, sample_document
from briefing.safety.encryption import encrypt_plain_backups
from briefing.store import SUFFIX, ReadOnlyLocation, Workspace, WorkspaceError, WorkspaceInUse
from ui.common import messages
from ui.i18n import said, tr
from ui.workspace import encryption
from ui.workspace.new_workspace import NewWorkspaceDialog

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


def open_dialog(window: MainWindow) -> None:
    start = str(Path(window.settings.last_workspace() or Path.home()).parent)
    path, _ = QFileDialog.getOpenFileName(
        window, tr("Open workspace"), start, tr("Workspaces (*%s);;All files (*)") % SUFFIX
    )
    if path:
        window.open_workspace(path)


def new_workspace(window: MainWindow) -> None:
    last = window.settings.last_workspace()
    (path, ws_settings, encrypt), ok = NewWorkspaceDialog.get_workspace(
        window, str(Path(last).parent) if last else ""
    )
    if not ok:
        return
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    passphrase = None
    if encrypt:
        passphrase, ok = encryption.ask_new_passphrase(window, path)
        if not ok:
            return
    if not window.close_workspace():
        return
    try:
        ws = Workspace.create(path, ws_settings, passphrase=passphrase)
    except WorkspaceError as exc:
        messages.error(window, tr("Cannot create the workspace"), said(exc))
        return
    window.attach(ws)


def open_workspace(window: MainWindow, path: str | Path, passphrase: str | None) -> bool:
    path = Path(path)
    if window.session is not None and window.session.path.resolve() == path.resolve():
        return True
    if not window.close_workspace():
        return False
    if passphrase is None:
        passphrase, ok = encryption.ask_passphrase(window, path)
        if not ok:
            return False
    try:
        ws = Workspace.open(path, passphrase=passphrase)
    except WorkspaceInUse as exc:
        if not messages.ask(
            window,
            tr("Workspace in use"),
            tr(
                "{detail}\n\nYou can open it read-only to look things up; "
                "changes can then not be made."
            ).format(detail=said(exc)),
            tr("Open Read-Only"),
            tr("Cancel"),
        ):
            return False
        ws = _read_only(window, path, passphrase)
    except ReadOnlyLocation as exc:
        ws = _read_only(window, path, passphrase)
        if ws is not None:
            messages.info(
                window,
                tr("Opened read-only"),
                tr(
                    "{detail}\n\nThe workspace is open read-only: you can read, search, "
                    "check and export it, but changes cannot be saved."
                ).format(detail=said(exc)),
            )
    except WorkspaceError as exc:
        messages.error(window, tr("Cannot open the workspace"), said(exc))
        return False
    if ws is None:
        return False
    if ws.encrypted and not ws.readonly:
        _encrypt_leftover_backups(ws)
    window.attach(ws)
    return True


def _read_only(window: MainWindow, path: Path, passphrase: str | None) -> Workspace | None:
    try:
        return Workspace.open(path, readonly=True, passphrase=passphrase)
    except WorkspaceError as exc:
        messages.error(window, tr("Cannot open the workspace"), said(exc))
        return None


def close_workspace(window: MainWindow) -> bool:
    """Save everything and close; False if something could not be saved (stays open)."""
    session = window.session
    if session is None:
        return True
    window.save_pending()
    window.backups.wait()  # a backup under way reads the file: let it end first
    window.sync.wait()  # a sync running on its own connection ends first
    while not session.close():
        if not messages.ask(
            window,
            tr("Changes not saved"),
            tr(
                "Your latest changes could not be saved: {error}\n\nFree disk space or check "
                "the folder, then try again."
            ).format(error=session.saver.last_error),
            tr("Try Again"),
            tr("Keep Open"),
        ):
            return False
    window.detach()
    session.deleteLater()
    return True


def open_sample(window: MainWindow) -> bool:
    """Open the user's copy of the sample workspace, made from the bundled document the first
    time (so what the user tries in it is kept, and the app's own files are never written)."""
    copy = sample_copy_path()
    if not copy.exists():
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
            interchange.load_file(sample_document(), copy).close()
        except (BriefingError, OSError) as exc:
            messages.error(window, tr("Cannot open the sample"), said(exc))
            return False
    return window.open_workspace(copy)


def choose_for_import(window: MainWindow) -> bool:
    """A press release becomes a meeting of a workspace: make one, or try it on the sample."""
    if messages.ask(
        window,
        tr("Import a press release"),
        tr(
            "A press release becomes a meeting in a workspace (one workspace per relationship). "
            "Create a workspace for it now, or try the import on the sample workspace."
        ),
        tr("New Workspace…"),
        tr("Use the Sample"),
    ):
        new_workspace(window)
    else:
        open_sample(window)
    return window.session is not None and not window.session.readonly


def _encrypt_leftover_backups(ws: Workspace) -> None:
    """Backups left in clear beside an encrypted workspace are encrypted now (see
    :func:`briefing.safety.encryption.encrypt_plain_backups`); a failure is logged only."""
    try:
        encrypt_plain_backups(ws.path, ws.passphrase or "")
    except WorkspaceError as exc:
        log.warning("could not encrypt the plaintext backups of %s: %s", ws.path, exc)
