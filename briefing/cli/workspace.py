"""Opening a workspace from the command line, asking for its passphrase when it has one.

Where a passphrase comes from, first found wins: ``--passphrase-file FILE`` (its first line;
for scripts), the file named by ``$BRIEFING_PASSPHRASE_FILE``, else ``getpass`` on the
terminal (three tries). Without a terminal and without a file the command stops and says how
to give one. A passphrase is never taken as an argument (it would show in ``ps`` and in the
shell's history), never echoed and never logged.

``briefing dump`` of an encrypted workspace prints its contents in clear: that is what it is
for (moving records out); where the JSON goes is the user's choice, as with exports.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from briefing.cli.options import first_line
from briefing.cli.tr import _
from briefing.safety import encryption
from briefing.store import PassphraseRequired, Workspace, WorkspaceError, WrongPassphrase

ENV_PASSPHRASE_FILE = "BRIEFING_PASSPHRASE_FILE"
TRIES = 3


def _from_file(args: argparse.Namespace | None, which: str = "passphrase_file") -> str | None:
    name = getattr(args, which, None) if args is not None else None
    if name is None and which == "passphrase_file":
        name = os.environ.get(ENV_PASSPHRASE_FILE) or None
    return first_line(name, _("passphrase")) if name is not None else None


def _can_ask() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    if not _can_ask():
        raise PassphraseRequired(
            _(
                "{what}: needed, and there is no terminal to ask on; give it with "
                "--passphrase-file FILE or ${variable}"
            ).format(what=prompt.rstrip(": "), variable=ENV_PASSPHRASE_FILE)
        )
    return getpass.getpass(prompt)


def ask_new_passphrase(path: Path, args: argparse.Namespace | None = None, which: str = "") -> str:
    """A new passphrase: from the file, or typed twice."""
    given = _from_file(args, which or "passphrase_file")
    if given is not None:
        return given
    for _try in range(TRIES):
        first = _ask(_("New passphrase for {path}: ").format(path=path))
        if not first:
            print(_("briefing: the passphrase is empty; type one"), file=sys.stderr)
            continue
        if _ask(_("Type it again: ")) == first:
            return first
        print(_("briefing: the two passphrases differ; try again"), file=sys.stderr)
    raise WorkspaceError(_("{path}: no passphrase was set").format(path=path))


def passphrase_for(path: Path, args: argparse.Namespace | None) -> str | None:
    """The passphrase of ``path`` if it is encrypted (asked if need be), else None."""
    if not encryption.is_encrypted(path):
        return None
    given = _from_file(args)
    if given is not None:
        return given
    for _try in range(TRIES):
        typed = _ask(_("Passphrase for {path}: ").format(path=path))
        if encryption.verify_passphrase(path, typed):
            return typed
        print(
            _("briefing: the passphrase is not right for {path}").format(path=path), file=sys.stderr
        )
    raise WrongPassphrase(
        _("{path}: the passphrase is not right; nothing was changed").format(path=path)
    )


def open_workspace(
    path: str | Path,
    readonly: bool,
    args: argparse.Namespace | None,
    *,
    defer_check: bool = False,
) -> Workspace:
    """Open ``path`` as the commands do; an encrypted workspace asks for its passphrase.
    Backups left in clear beside an encrypted workspace are encrypted when it is opened for
    editing (see :func:`briefing.encryption.encrypt_plain_backups`)."""
    ws = _open_asking(Path(path), readonly, args, defer_check)
    if ws.encrypted and not ws.readonly:
        encryption.encrypt_plain_backups(ws.path, ws.passphrase or "")
    return ws


def _open_asking(
    path: Path, readonly: bool, args: argparse.Namespace | None, defer_check: bool = False
) -> Workspace:
    given = _from_file(args)
    try:
        return Workspace.open(path, readonly=readonly, passphrase=given, defer_check=defer_check)
    except PassphraseRequired as exc:
        if not _can_ask():
            raise PassphraseRequired(
                _(
                    "{problem}; without a terminal, give it with --passphrase-file FILE or "
                    "${variable}"
                ).format(problem=exc, variable=ENV_PASSPHRASE_FILE)
            ) from None
    for attempt in range(TRIES):
        typed = _ask(_("Passphrase for {path}: ").format(path=path))
        try:
            return Workspace.open(
                path, readonly=readonly, passphrase=typed, defer_check=defer_check
            )
        except WrongPassphrase:
            if attempt == TRIES - 1:
                raise
            print(
                _("briefing: the passphrase is not right for {path}").format(path=path),
                file=sys.stderr,
            )
    raise AssertionError("unreachable")  # pragma: no cover


def add_passphrase_options(sub: argparse._SubParsersAction) -> None:
    """``--passphrase-file`` on every command that takes a workspace."""
    for parser in sub.choices.values():
        parser.add_argument(
            "--passphrase-file",
            metavar="FILE",
            help=f"read the passphrase from the first line of FILE (or ${ENV_PASSPHRASE_FILE})",
        )
