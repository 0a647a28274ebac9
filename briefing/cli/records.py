"""``briefing new``, ``info``, ``search``, ``dump`` and ``load``: workspaces and their records."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing import interchange
from briefing.cli.tr import _, loc
from briefing.cli.workspace import ask_new_passphrase, open_workspace
from briefing.compose.book import STATUSES
from briefing.errors import UserError
from briefing.files.atomic import write_atomic
from briefing.files.targets import check_target
from briefing.i18n import pN_
from briefing.model import BookStatus, CommitmentStatus, Settings, parse_date
from briefing.store import Workspace

#: a book's status as ``briefing info`` lists it
BOOK_STATUSES = {
    BookStatus.DRAFT: pN_("book status", "draft"),
    BookStatus.FINAL: pN_("book status", "final"),
}


def _open(args: argparse.Namespace, readonly: bool = True) -> Workspace:
    return open_workspace(Path(args.file), readonly, args)


def cmd_new(args: argparse.Namespace) -> int:
    countries = [c.strip() for c in args.countries.split(",") if c.strip()]
    if len(countries) != 2:
        raise UserError(
            _('--countries takes two names separated by a comma, e.g. "Cambodia,China"')
        )
    path = Path(args.file)
    if path.suffix != ".briefing":
        path = path.with_name(path.name + ".briefing")
    settings = Settings(countries=countries, ministry=args.ministry, department=args.department)
    passphrase = ask_new_passphrase(path, args) if args.encrypt else None
    Workspace.create(path, settings, passphrase=passphrase).close()
    if passphrase:
        line = _("created {path} for {own}–{partner} (encrypted: keep the passphrase safe)")
    else:
        line = _("created {path} for {own}–{partner}")
    print(line.format(path=path, own=countries[0], partner=countries[1]))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        s = ws.settings
        c = ws.counts()
        print(_("workspace: {path}").format(path=ws.path))
        print(_("countries: {countries}").format(countries=" – ".join(s.countries)))
        if s.ministry:
            ministry = s.ministry + (f", {s.department}" if s.department else "")
            print(_("ministry: {ministry}").format(ministry=ministry))
        print(_("meetings: {n}").format(n=c["meetings"]))
        print(_("items: {n}").format(n=c["items"]))
        print(_("people: {n}").format(n=c["people"]))
        by_status = ", ".join(
            f"{n} {loc().pgettext(*STATUSES[CommitmentStatus(k)])}"
            for k, n in c["commitments_by_status"].items()
        )
        print(_("commitments: {n} ({by_status})").format(n=c["commitments"], by_status=by_status))
        print(_("books: {n}").format(n=c["books"]))
        for book_id, title, status, start in ws.books.summaries():
            when = loc().date(parse_date(start)) if start else _("no date")
            status = loc().pgettext(*BOOK_STATUSES[BookStatus(status)])
            print(f"  {book_id}. {title} [{status}, {when}]")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        hits = ws.search.query(args.query, limit=args.limit)
    if not hits:
        print(_("no matches for {query!r}").format(query=args.query), file=sys.stderr)
        return 1
    for hit in hits:
        print(f"{hit.kind} {hit.id} · {hit.title} · {hit.where}\n    {hit.snippet}")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    if args.output:
        check_target(args.output, "the JSON document")
    with _open(args) as ws:
        document = interchange.dump(ws)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        write_atomic(Path(args.output), text.encode())
    else:
        sys.stdout.write(text)
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    with interchange.load_file(args.json, Path(args.file)) as ws:
        c = ws.counts()
    print(
        _(
            "created {file}: {meetings} meetings, {items} items, {commitments} commitments, "
            "{books} books"
        ).format(
            file=args.file,
            meetings=c["meetings"],
            items=c["items"],
            commitments=c["commitments"],
            books=c["books"],
        )
    )
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create a new workspace", description="Create a workspace.")
    p.add_argument("file", help="the new workspace file (.briefing)")
    p.add_argument("--countries", required=True, help='own country, partner: "Cambodia,China"')
    p.add_argument("--ministry", default="", help="the ministry's name, for book covers")
    p.add_argument("--department", default="", help="the department's name")
    p.add_argument(
        "--encrypt", action="store_true", help="encrypt it with a passphrase (asked twice)"
    )
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("info", help="counts of what a workspace holds, and its books")
    p.add_argument("file")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser("search", help="full-text search over items, briefs, people and sources")
    p.add_argument("file")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20, help="at most this many hits (20)")
    p.set_defaults(run=cmd_search)

    p = sub.add_parser("dump", help="the whole workspace as JSON (stdout or -o FILE)")
    p.add_argument("file")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.set_defaults(run=cmd_dump)

    p = sub.add_parser("load", help="create a workspace from a JSON document")
    p.add_argument("json", help="the JSON document ('-' for stdin)")
    p.add_argument("file", help="the workspace to create (must not exist)")
    p.set_defaults(run=cmd_load)
