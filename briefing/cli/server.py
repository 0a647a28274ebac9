"""``briefing server …`` (set up a shared library and its users) and ``briefing sync``,
``briefing conflicts``, ``briefing resolve`` (a laptop's replica of it). See
docs/shared-library.md."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing.cli.options import first_line
from briefing.cli.workspace import ask_new_passphrase, open_workspace
from briefing.errors import UserError
from briefing.model import Settings
from briefing.store import Workspace
from briefing.sync import engine
from briefing.sync.library import ROLES, Admin, Library, LibraryError


def _password(args: argparse.Namespace) -> str | None:
    name = getattr(args, "password_file", None)
    return first_line(name, "password") if name else None


# ---------------------------------------------------------------------- server


def cmd_init(args: argparse.Namespace) -> int:
    with Admin(args.url, _password(args)) as admin:
        before, now = admin.init()
    if before == now:
        print(f"{admin.lib.url}: the shared library is up to date (schema {now})")
    else:
        print(f"{admin.lib.url}: shared library schema {before} → {now}; group role {admin.group}")
    return 0


def cmd_adduser(args: argparse.Namespace) -> int:
    new_password = (
        first_line(args.user_password_file, "password") if args.user_password_file else None
    )
    with Admin(args.url, _password(args)) as admin:
        admin.add_user(args.name, args.role, args.ceiling, new_password)
    ceiling = f", ceiling {args.ceiling}" if args.ceiling else ""
    print(f"added {args.name} as {args.role}{ceiling}")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    with Admin(args.url, _password(args)) as admin:
        done = admin.grant(
            args.name,
            role=args.role,
            ceiling=args.ceiling,
            no_ceiling=args.no_ceiling,
            sections=args.section or [],
            book=args.book,
        )
    for line in done or [f"{args.name}: nothing to change"]:
        print(line)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with Admin(args.url, _password(args)) as admin:
        admin.revoke(args.name)
    print(f"{args.name} can no longer connect; their laptop's replica stays encrypted as it was")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    with Admin(args.url, _password(args)) as admin:
        for name, role, ceiling, revoked in admin.members():
            state = " (revoked)" if revoked else ""
            print(f"{name}\t{role}\t{ceiling or 'no ceiling'}{state}")
    return 0


# ---------------------------------------------------------------------- a replica


def _replica(args: argparse.Namespace) -> Workspace:
    path = Path(args.file)
    if path.exists() or not args.connect:
        ws = open_workspace(path, False, args)
        if args.connect:
            engine.connect(ws, args.connect)
        return ws
    if path.suffix != ".briefing":
        raise UserError(f"{path}: a workspace's name ends in .briefing")
    passphrase = ask_new_passphrase(path, args) if args.encrypt else None
    ws = Workspace.create(path, Settings(), passphrase=passphrase)
    engine.connect(ws, args.connect, new_replica=True)
    print(f"created {path}, a replica of {engine.library_of(ws)}")
    return ws


def cmd_sync(args: argparse.Namespace) -> int:
    with _replica(args) as ws:
        url = args.connect or engine.library_of(ws)
        if url is None:
            raise UserError(
                f"{ws.path}: is not connected to a shared library; give --connect "
                "postgresql://USER@HOST/DATABASE"
            )
        with Library(url, _password(args)) as lib:
            report = engine.sync(ws, lib, progress=_progress if sys.stderr.isatty() else None)
    print(f"synced with {lib.url}: {report.summary()}")
    for message in report.refused:
        print(f"refused: {message}", file=sys.stderr)
    for message in report.failed:
        print(f"not stored here: {message}", file=sys.stderr)
    if report.open_conflicts:
        print(
            f"{report.open_conflicts} records have conflicts to decide: "
            f"briefing conflicts {args.file}",
            file=sys.stderr,
        )
    return 0


def _progress(phase: str, done: int, total: int) -> None:
    print(f"\r{phase} {done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def _show(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) < 400 else text[:400] + "…"


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), True, args) as ws:
        found = ws.replica.conflicts()
    if not found:
        print(f"{args.file}: no conflicts")
        return 0
    for c in found:
        what = {"*": "edited on one side, deleted on the other", "!refused": "refused"}.get(
            c.field, f"field {c.field}"
        )
        print(f"{c.id}. {c.kind} {c.uid}: {what}")
        if c.field == "!refused":
            print(f"   the library said: {c.merged}")
        print(f"   mine:   {_show(c.mine)}")
        print(f"   theirs: {_show(c.theirs)}")
        if c.merged is not None and c.field != "!refused":
            print(f"   merged: {_show(c.merged)}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), False, args) as ws:
        found = [c for c in ws.replica.conflicts() if c.id == args.id]
        if not found:
            raise UserError(f"{args.file}: no conflict {args.id} (briefing conflicts lists them)")
        c = found[0]
        if args.take == "merged" and (c.merged is None or c.field in ("*", "!refused")):
            raise UserError(f"conflict {args.id} has no merged proposal; take mine or theirs")
        value = {"mine": c.mine, "theirs": c.theirs, "merged": c.merged}[args.take]
        engine.resolve(ws, c.id, value)
    print(f"conflict {args.id}: kept {args.take}; it goes to the library at the next sync")
    return 0


# ---------------------------------------------------------------------- parser


def add_commands(sub: argparse._SubParsersAction) -> None:
    server = sub.add_parser(
        "server",
        help="set up a shared library on PostgreSQL and manage its users",
        description="A shared library is a PostgreSQL (14 or later) database. Connect as its "
        "owner, a role that may create roles. See docs/shared-library.md.",
    )
    ssub = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True)

    def add(name: str, help_: str, run, *args_: str) -> argparse.ArgumentParser:  # noqa: ANN001
        p = ssub.add_parser(name, help=help_, description=help_)
        p.add_argument("url", help="postgresql://OWNER@HOST/DATABASE")
        for a in args_:
            p.add_argument(a)
        p.add_argument(
            "--password-file", metavar="FILE", help="the owner's password (else libpq's ~/.pgpass)"
        )
        p.set_defaults(run=run)
        return p

    add("init", "create (or upgrade) the library's schema", cmd_init)
    p = add("adduser", "add a user: a PostgreSQL login role and a member of the library",
            cmd_adduser, "name")  # fmt: skip
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument(
        "--ceiling", metavar="LEVEL", help="the highest classification level they receive"
    )
    p.add_argument("--user-password-file", metavar="FILE", help="the new user's password")
    p = add(
        "grant", "change a member's role or ceiling, or assign them sections", cmd_grant, "name"
    )
    p.add_argument("--role", choices=ROLES)
    ceiling = p.add_mutually_exclusive_group()
    ceiling.add_argument("--ceiling", metavar="LEVEL")
    ceiling.add_argument("--no-ceiling", action="store_true")
    p.add_argument(
        "--section", action="append", metavar="TITLE", help="a section to assign (repeat)"
    )
    p.add_argument("--book", metavar="TITLE", help="the book of the sections")
    add("revoke", "a lost laptop: the user can no longer connect", cmd_revoke, "name")
    add("members", "list the library's users", cmd_members)

    p = sub.add_parser(
        "sync",
        help="sync a workspace with its shared library (or make a new replica of one)",
        description="Pull what changed in the shared library, merge, and send what changed "
        "here. With --connect, a workspace joins a library (all its records are sent), or a "
        "new file is made as an empty replica that takes the library's records.",
    )
    p.add_argument("file")
    p.add_argument("--connect", metavar="URL", help="postgresql://USER@HOST/DATABASE")
    p.add_argument("--password-file", metavar="FILE", help="your password (else libpq's ~/.pgpass)")
    p.add_argument("--encrypt", action="store_true", help="a new replica is encrypted")
    p.set_defaults(run=cmd_sync)

    p = sub.add_parser("conflicts", help="list what a sync could not merge")
    p.add_argument("file")
    p.set_defaults(run=cmd_conflicts)

    p = sub.add_parser("resolve", help="decide a conflict: keep mine, theirs or the merged text")
    p.add_argument("file")
    p.add_argument("id", type=int)
    p.add_argument("take", choices=("mine", "theirs", "merged"))
    p.set_defaults(run=cmd_resolve)


__all__ = ["LibraryError", "add_commands"]
