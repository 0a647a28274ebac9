"""``briefing clearers``, ``clearance``, ``request-clearance``, ``clear``, ``mark-final`` and
``mark-draft``: the clearance of a book from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
from pathlib import Path

from briefing import clearance
from briefing.cli.records import BOOK_STATUSES
from briefing.cli.tr import _, loc
from briefing.cli.workspace import open_workspace
from briefing.errors import UserError
from briefing.i18n import pN_
from briefing.model import Action, Book, Clearer
from briefing.model.clearance_words import describe
from briefing.store import Workspace

#: a step of the clearance trail as ``briefing clearance --trail`` lists it
ACTIONS = {
    Action.REQUESTED: pN_("clearance step", "requested"),
    Action.CLEARED: pN_("clearance step", "cleared"),
    Action.CLEARED_WITH_CHANGES: pN_("clearance step", "cleared with changes"),
    Action.RETURNED: pN_("clearance step", "returned with comments"),
    Action.WITHDRAWN: pN_("clearance step", "withdrawn"),
    Action.MARKED_FINAL: pN_("clearance step", "marked final"),
    Action.FINAL_OVERRIDE: pN_("clearance step", "marked final with sections not cleared"),
    Action.MARKED_DRAFT: pN_("clearance step", "back to draft"),
    Action.SENT_FOR_REVIEW: pN_("clearance step", "sent for review"),
    Action.REVIEW_APPLIED: pN_("clearance step", "review applied"),
}


def action_word(action: Action | str) -> str:
    return loc().pgettext(*ACTIONS[Action(action)])


def actor(args: argparse.Namespace) -> str:
    """Who records a step: ``--by``, else the login name."""
    return (getattr(args, "by", None) or "").strip() or getpass.getuser()


def _date(text: str | None, what: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            _("{option}: '{text}' is not a date (YYYY-MM-DD)").format(option=what, text=text)
        ) from None


def section_ids(book: Book, given: str | None) -> list[int]:
    """``--sections 3,5`` or titles, or ``all`` (every section that needs clearance)."""
    if not given or given.strip().lower() == "all":
        return [s.id for s in book.sections if clearance.needs_clearance(s)]  # type: ignore[misc]
    out = []
    for ref in (r.strip() for r in given.split(",") if r.strip()):
        match = [
            s
            for s in book.sections
            if (ref.isdigit() and s.id == int(ref)) or s.title.casefold() == ref.casefold()
        ]
        if not match:
            known = ", ".join(f"{s.id} ({s.title})" for s in book.sections)
            raise UserError(
                _("the book “{title}” has no section '{ref}'; it has: {known}").format(
                    title=book.title, ref=ref, known=known
                )
            )
        out.append(match[0].id)
    return out  # type: ignore[return-value]


def cmd_clearers(args: argparse.Namespace) -> int:
    changing = args.add or args.remove
    with open_workspace(Path(args.file), not changing, args) as ws:
        settings = ws.settings
        if args.add:
            if settings.clearer(args.add):
                settings.clearers = [c for c in settings.clearers if c.key != args.add]
            settings.clearers.append(Clearer(args.add, args.name or args.add, args.title or ""))
        if args.remove:
            if settings.clearer(args.remove) is None:
                raise UserError(_("there is no clearer '{key}'").format(key=args.remove))
            settings.clearers = [c for c in settings.clearers if c.key != args.remove]
        if changing:
            ws.save_settings(settings)
        for c in ws.settings.clearers:
            print(f"{c.key}: {c.full}")
        if not ws.settings.clearers:
            print(_("No clearers yet: add one with --add KEY --name NAME --title TITLE."))
    return 0


def _print_standing(ws: Workspace, book: Book, today: dt.date, trail: bool) -> None:
    found = clearance.standings(ws, book)
    status = loc().pgettext(*BOOK_STATUSES[book.status])
    print(_("“{title}” ({status}):").format(title=book.title, status=status))
    for s in book.sections:
        if not clearance.needs_clearance(s):
            continue
        where = describe(found[s.id], today, loc())  # type: ignore[index]
        print(_("  {id:>4}  {title} — {where}").format(id=s.id, title=s.title, where=where))
    if trail:
        print(_("Clearance trail:"))
        for step in ws.clearance.steps(book.id):  # type: ignore[arg-type]
            print(_trail_line(step))


def _trail_line(step) -> str:  # noqa: ANN001 - a briefing.model.clearance.Step
    if step.section_id is not None:
        where = _("“{title}”").format(title=step.section_title)
    else:
        where = _("the book")
    who = ", ".join(p for p in (step.clearer_name, step.clearer_title) if p)
    return _("  {at}Z  {where} {action}{who}{due} (by {actor}){note}{text}").format(
        at=f"{step.at:%Y-%m-%d %H:%M}",
        where=where,
        action=action_word(step.action),
        who=_(" — {who}").format(who=who) if who else "",
        due=_(", due {date}").format(date=loc().date(step.due)) if step.due else "",
        actor=step.actor,
        note=_(": {note}").format(note=step.note) if step.note else "",
        text=_(" [text {hash}]").format(hash=step.text_sha256[:12]) if step.text_sha256 else "",
    )


def cmd_clearance(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), True, args) as ws:
        book = ws.books.find(args.book)
        _print_standing(ws, book, dt.date.today(), args.trail)
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), False, args) as ws:
        book = ws.books.find(args.book)
        ids = section_ids(book, args.sections)
        keys = [k.strip() for k in args.clearers.split(",") if k.strip()]
        steps = clearance.request(
            ws, book.id, ids, keys, _date(args.due, "--due"), actor(args), args.note or ""
        )  # type: ignore[arg-type]
        print(_("{n} request(s) recorded.").format(n=len(steps)))
        _print_standing(ws, ws.books.get(book.id), dt.date.today(), False)  # type: ignore[arg-type]
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    action = Action.CLEARED
    if args.with_changes:
        action = Action.CLEARED_WITH_CHANGES
    if args.returned is not None:
        action = Action.RETURNED
    with open_workspace(Path(args.file), False, args) as ws:
        book = ws.books.find(args.book)
        for sid in section_ids(book, args.section):
            clearance.answer(
                ws,
                book.id,
                sid,
                args.clearer,
                action,
                actor(args),
                args.returned or args.note or "",
            )  # type: ignore[arg-type]
        _print_standing(ws, ws.books.get(book.id), dt.date.today(), False)  # type: ignore[arg-type]
    return 0


def cmd_mark_final(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), False, args) as ws:
        book = ws.books.find(args.book)
        try:
            step = clearance.mark_final(ws, book.id, actor(args), args.override or "")  # type: ignore[arg-type]
        except clearance.ClearanceError as exc:
            raise UserError(
                _("“{title}” is not marked final: {why} (--override REASON)").format(
                    title=book.title, why=exc.said(loc())
                )
            ) from None
        print(
            _("“{title}” is final ({action}).").format(
                title=book.title, action=action_word(step.action)
            )
        )
    return 0


def cmd_mark_draft(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), False, args) as ws:
        book = ws.books.find(args.book)
        clearance.mark_draft(ws, book.id, actor(args))  # type: ignore[arg-type]
        print(_("“{title}” is a draft again.").format(title=book.title))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("clearers", help="the people of the ministry who clear briefs")
    p.add_argument("file")
    p.add_argument("--add", metavar="KEY", help="add (or change) the clearer with this key")
    p.add_argument("--name", help="their name (with --add)")
    p.add_argument("--title", help='their title, e.g. "Director, Asia-Pacific" (with --add)')
    p.add_argument("--remove", metavar="KEY", help="remove a clearer (the trail keeps them)")
    p.set_defaults(run=cmd_clearers)

    p = sub.add_parser("clearance", help="where each section of a book stands in clearance")
    p.add_argument("file")
    p.add_argument("--book", required=True, help="the book's number or title")
    p.add_argument("--trail", action="store_true", help="also print every step of the trail")
    p.set_defaults(run=cmd_clearance)

    p = sub.add_parser("request-clearance", help="ask clearers to clear sections of a book")
    p.add_argument("file")
    p.add_argument("--book", required=True)
    p.add_argument("--sections", help="ids or titles, comma-separated; default: all with text")
    p.add_argument("--from", dest="clearers", required=True, help="clearer keys, comma-separated")
    p.add_argument("--due", help="by when (YYYY-MM-DD)")
    p.add_argument("--note", help="a note to the clearers")
    p.add_argument("--by", help="who records it (default: your login name)")
    p.set_defaults(run=cmd_request)

    p = sub.add_parser("clear", help="record a clearer's answer on a section")
    p.add_argument("file")
    p.add_argument("--book", required=True)
    p.add_argument("--section", required=True, help="id(s) or title(s), comma-separated")
    p.add_argument("--clearer", required=True, help="the clearer's key")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--with-changes", action="store_true", help="cleared with changes")
    how.add_argument("--return", dest="returned", metavar="COMMENTS", help="returned, and why")
    p.add_argument("--note", help="a note kept with the answer")
    p.add_argument("--by", help="who records it (default: your login name)")
    p.set_defaults(run=cmd_clear)

    p = sub.add_parser("mark-final", help="mark a book final (refused while not cleared)")
    p.add_argument("file")
    p.add_argument("--book", required=True)
    p.add_argument("--override", metavar="REASON", help="mark it final anyway, for this reason")
    p.add_argument("--by", help="who records it (default: your login name)")
    p.set_defaults(run=cmd_mark_final)

    p = sub.add_parser("mark-draft", help="put a final book back to draft (recorded)")
    p.add_argument("file")
    p.add_argument("--book", required=True)
    p.add_argument("--by", help="who records it (default: your login name)")
    p.set_defaults(run=cmd_mark_draft)
