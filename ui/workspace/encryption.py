"""Encrypted workspaces in the app: the passphrase on opening, and File ▸ Encrypt Workspace…,
Change Passphrase…, Remove Encryption…. The work is the core's (:mod:`briefing.encryption`);
this module asks, closes the workspace for the conversion and opens it again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.safety import encryption
from briefing.store import WorkspaceError
from ui.common import messages
from ui.i18n import said, tr
from ui.workspace.passphrase import PassphraseDialog

if TYPE_CHECKING:
    from ui.shell.host import WindowHost


def may_be_encrypted(path: Path) -> bool:
    """No plain header, and whole pages: an encrypted workspace (or noise; only a
    passphrase can tell)."""
    try:
        size = os.path.getsize(path)
        return path.is_file() and size > 0 and size % 512 == 0 and encryption.is_encrypted(path)
    except OSError:
        return False


def ask_passphrase(host: WindowHost, path: Path) -> tuple[str | None, bool]:
    """The passphrase of ``path`` if it needs one, checked against the file: (None, True)
    for a plain file, (None, False) if the user cancelled."""
    if not may_be_encrypted(path):
        return None, True
    text = tr(
        "{name} is encrypted (or it is not a Briefing Book workspace).\n"
        "Type its passphrase to open it."
    ).format(name=path.name)
    while True:
        typed, ok = PassphraseDialog.get_passphrase(host.window, tr("Encrypted Workspace"), text)
        if not ok:
            return None, False
        if encryption.verify_passphrase(path, typed):
            return typed, True
        messages.error(
            host.window,
            tr("Wrong passphrase"),
            tr("The passphrase is not right for {name}. Try again.").format(name=path.name),
        )


def _writable_session(host: WindowHost, title: str):  # noqa: ANN202
    session = host.session
    if session is None:
        return None
    if session.readonly:
        messages.error(
            host.window,
            title,
            tr("The workspace is open read-only; close it in the other program first."),
        )
        return None
    return session


def _convert(host: WindowHost, title: str, job, reopen_with: str | None) -> bool:  # noqa: ANN001
    session = host.session
    path = session.path
    if not host.close_workspace():
        return False
    try:
        job(path)
    except WorkspaceError as exc:
        messages.error(host.window, title, said(exc) + "\n\n" + tr("The workspace is unchanged."))
        host.open_workspace(path, passphrase=session.ws.passphrase)
        return False
    return host.open_workspace(path, passphrase=reopen_with)


def ask_new_passphrase(host: WindowHost, path: Path) -> tuple[str, bool]:
    """A new passphrase for ``path``, typed twice in the masked dialog."""
    return PassphraseDialog.get_passphrase(
        host.window,
        tr("Encrypt Workspace"),
        tr(
            "Choose a passphrase for {name}. It will be needed to open the workspace and its "
            "backups; without it nothing in them can be read, so keep it safe."
        ).format(name=path.name),
        new=True,
    )


def encrypt_current(host: WindowHost) -> bool:
    title = tr("Encrypt Workspace")
    session = _writable_session(host, title)
    if session is None:
        return False
    if session.ws.encrypted:
        messages.info(host.window, title, tr("The workspace is already encrypted."))
        return False
    new, ok = ask_new_passphrase(host, session.path)
    if not ok:
        return False
    return _convert(host, title, lambda p: encryption.encrypt_workspace(p, new), new)


def change_passphrase(host: WindowHost) -> bool:
    title = tr("Change Passphrase")
    session = _writable_session(host, title)
    if session is None:
        return False
    if not session.ws.encrypted:
        messages.info(host.window, title, tr("The workspace is not encrypted."))
        return False
    new, ok = PassphraseDialog.get_passphrase(
        host.window, title, tr("Choose the new passphrase (its backups change too)."), new=True
    )
    if not ok:
        return False
    old = session.ws.passphrase
    return _convert(host, title, lambda p: encryption.change_passphrase(p, old, new), new)


def remove_encryption(host: WindowHost) -> bool:
    title = tr("Remove Encryption")
    session = _writable_session(host, title)
    if session is None:
        return False
    if not session.ws.encrypted:
        messages.info(host.window, title, tr("The workspace is not encrypted."))
        return False
    if not messages.ask(
        host.window,
        title,
        tr(
            "Store {name} without encryption? Anyone with the file can then read it. "
            "Its backups stay encrypted."
        ).format(name=session.path.name),
        tr("Remove Encryption"),
        tr("Cancel"),
    ):
        return False
    old = session.ws.passphrase
    return _convert(host, title, lambda p: encryption.decrypt_workspace(p, old), None)


def install(host: WindowHost) -> list:
    """File ▸ Encrypt Workspace…, Change Passphrase…, Remove Encryption…"""
    from PySide6.QtGui import QAction

    made = []
    for text, fn, name in (
        (tr("&Encrypt Workspace…"), encrypt_current, "encrypt"),
        (tr("Change Passp&hrase…"), change_passphrase, "change-passphrase"),
        (tr("Remove Encr&yption…"), remove_encryption, "remove-encryption"),
    ):
        action = QAction(text, host.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, f=fn: f(host))
        made.append(action)
    host.add_actions("file/workspace", made)
    return made
