"""``briefing backup`` and ``briefing restore``: the rolling backups from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.tr import _
from briefing.cli.workspace import passphrase_for
from briefing.safety import backup, restoring


def cmd_backup(args: argparse.Namespace) -> int:
    path = Path(args.file)
    before = backup.list_backups(path)
    made = backup.take_backup(path, passphrase=passphrase_for(path, args))
    if before and made == before[0]:
        print(
            _("{path}: unchanged since the backup of {when}: {backup}").format(
                path=path, when=made.label, backup=made.path
            )
        )
    else:
        print(_("backed up {path} to {backup}").format(path=path, backup=made.path))
    return 0


def _print_list(path: Path, passphrase: str | None = None) -> list[backup.Backup]:
    backups = backup.list_backups(path)
    if not backups:
        print(
            _("{path}: no backups yet (in {folder})").format(
                path=path, folder=backup.backup_folder(path)
            )
        )
        return backups
    print(
        _("backups of {path} (in {folder}), newest first:").format(
            path=path, folder=backup.backup_folder(path)
        )
    )
    for n, b in enumerate(backups, 1):
        print(f"  {n:>2}. {b.label}  {backup.describe(backup.summary(b, passphrase))}")
    return backups


def cmd_restore(args: argparse.Namespace) -> int:
    path = Path(args.file)
    passphrase = passphrase_for(path, args) if path.exists() else None
    if args.list or not args.source:
        backups = _print_list(path, passphrase)
        if not args.list and backups:
            print(
                _("choose one to restore: briefing restore {path} --from N (1 = newest)").format(
                    path=path
                ),
                file=sys.stderr,
            )
            return 1
        return 0 if args.list else 1
    chosen = restoring.find_backup(path, args.source)
    if passphrase is None:  # a plain (or missing) workspace, an encrypted backup
        passphrase = passphrase_for(chosen.path, args)
    safety = restoring.restore(chosen, path, passphrase=passphrase)
    print(_("restored {path} from the backup of {when}").format(path=path, when=chosen.label))
    if safety is not None:
        print(_("what it held before is kept as a backup: {backup}").format(backup=safety.path))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help="back up a workspace now (kept with its rolling backups)",
        description="Take a backup of a workspace with SQLite's online backup; the workspace "
        "may be open in the app. Backups are kept in the user's data folder.",
    )
    p.add_argument("file")
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="list a workspace's backups, or restore one",
        description="List the backups of a workspace, or replace the workspace by one. The "
        "current state is backed up first. Close the workspace in the app before restoring.",
    )
    p.add_argument("file")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.add_argument(
        "--from",
        dest="source",
        metavar="BACKUP",
        help="the backup to restore: its number in --list (1 = newest), its name, or a path",
    )
    p.set_defaults(run=cmd_restore)
