"""``briefing encrypt``, ``decrypt`` and ``passwd``: encrypted workspaces (SQLCipher)."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.tr import _
from briefing.cli.workspace import ask_new_passphrase, passphrase_for
from briefing.safety import encryption
from briefing.store import WorkspaceError


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if encryption.is_encrypted(path):
        raise WorkspaceError(
            _("{path}: the workspace is already encrypted (or not a workspace)").format(path=path)
        )
    encryption.encrypt_workspace(path, ask_new_passphrase(path, args))
    print(
        _("encrypted {path}; its backups are encrypted with the same passphrase").format(path=path)
    )
    print(_("keep the passphrase safe: without it nothing in the workspace can be read"))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not encryption.is_encrypted(path):
        raise WorkspaceError(_("{path}: the workspace is not encrypted").format(path=path))
    encryption.decrypt_workspace(path, passphrase_for(path, args))
    print(
        _("decrypted {path}: it no longer needs a passphrase (its backups still do)").format(
            path=path
        )
    )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not encryption.is_encrypted(path):
        raise WorkspaceError(
            _("{path}: the workspace is not encrypted; use: briefing encrypt").format(path=path)
        )
    old = passphrase_for(path, args)
    new = ask_new_passphrase(path, args, "new_passphrase_file")
    encryption.change_passphrase(path, old, new)
    print(_("changed the passphrase of {path} (and of its backups)").format(path=path))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "encrypt",
        help="encrypt a workspace with a passphrase (SQLCipher)",
        description="Encrypt a workspace (and its backups) with a passphrase. The workspace "
        "must be closed. The passphrase is asked twice, or read from --passphrase-file.",
    )
    p.add_argument("file")
    p.set_defaults(run=cmd_encrypt)

    p = sub.add_parser("decrypt", help="remove a workspace's encryption")
    p.add_argument("file")
    p.set_defaults(run=cmd_decrypt)

    p = sub.add_parser("passwd", help="change the passphrase of an encrypted workspace")
    p.add_argument("file")
    p.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE"
    )
    p.set_defaults(run=cmd_passwd)
