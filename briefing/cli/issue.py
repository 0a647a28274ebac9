"""Issuing on the command line: ``export`` (numbered copies, password, issue), ``versions``,
``changes``, ``distribution`` and ``copy-book``.

``export`` records what it writes in the workspace's distribution log, so it opens the
workspace for editing; when another program has it open, a plain export still runs (read-only,
not logged, and it says so) while numbered copies and issuing are refused with the reason.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from briefing.cli import options
from briefing.cli.progress import Bar
from briefing.cli.tr import _, _n, loc
from briefing.cli.workspace import open_workspace
from briefing.errors import UserError
from briefing.export import registry
from briefing.files.targets import check_target
from briefing.issuing import job as issuing
from briefing.issuing import versions
from briefing.model import DistributionEntry
from briefing.store import DiskFull, ReadOnlyLocation, Workspace, WorkspaceInUse


def _open_for_export(args: argparse.Namespace, must_record: bool) -> Workspace:
    """The workspace, its page check running beside the composing (see
    :mod:`briefing.store.pagecheck`): the export confirms it before it writes."""
    try:
        return open_workspace(Path(args.file), False, args, defer_check=True)
    except (WorkspaceInUse, ReadOnlyLocation, DiskFull) as exc:
        if must_record:
            raise
        print(_("note: {message}").format(message=exc), file=sys.stderr)
        return open_workspace(Path(args.file), True, args, defer_check=True)


# ---------------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    targets = {
        w.name: Path(out) for w in registry.writers() if (out := getattr(args, w.name, None))
    }
    if not targets:
        choices = _(" and/or ").join(f"--{w.name} OUT{w.suffix}" for w in registry.writers())
        raise UserError(_("say where to write the book: {choices}").format(choices=choices))
    recipients = options.lines(args.recipients, _("recipients")) if args.recipients else []
    copies = args.copies if args.copies is not None else len(recipients)
    password = options.first_line(args.password_file, _("password")) if args.password_file else None
    with _open_for_export(args, must_record=bool(copies or args.issue)) as ws:
        book = ws.books.find(args.book)
        request = issuing.ExportRequest(
            book_id=book.id,  # type: ignore[arg-type]
            targets=targets,
            paper=options.paper(args),
            draft_mark=False if args.no_draft_mark else None,
            portion_marks=args.portion_marks,
            clearance_block=args.clearance_block,
            copies=copies,
            recipients=recipients,
            password=password,
            issue=args.issue,
            since=options.since(args),
            allow_missing_glyphs=args.allow_missing_glyphs,
            language=options.language(args),
            native_digits=options.digits(args),
        )
        try:
            job = issuing.ExportJob.prepare(ws, request)
        except sqlite3.DatabaseError:
            ws.confirm_intact()  # a damaged page read while composing: say so
            raise
        bar = Bar(_("Export"), args.progress)
        try:
            # the check of every page ran beside the layout; nothing is written from a
            # damaged file
            files = job.run(progress=bar, before_writing=ws.confirm_intact)
        finally:
            bar.close()
        result = job.record(ws, files)
    for notice in result.notices:
        print(_("note: {message}").format(message=notice), file=sys.stderr)
    doc = job.doc
    if result.pages:
        line = _n(
            "“{title}”: {pages} page, {paper}, marked {marking}",
            "“{title}”: {pages} pages, {paper}, marked {marking}",
            result.pages,
        )
    else:
        line = _("“{title}”: {paper}, marked {marking}")
    print(line.format(title=book.title, pages=result.pages, paper=doc.paper, marking=doc.marking))
    for f in result.files:
        copy = ""
        if f.copy is not None:
            copy = f" ({issuing.copy_label(f.copy, f.copies or 0, f.recipient, loc())})"
        protected = _(", password-protected") if f.format == "pdf" and password else ""
        print(f"{_('wrote {path}').format(path=f.path)}{copy}{protected}\n  SHA-256 {f.sha256}")
    if result.version is not None:
        print(
            _("issued as version {number}; `briefing versions` lists the versions").format(
                number=result.version
            )
        )
    return 0


# ---------------------------------------------------------------------- versions, changes


def cmd_versions(args: argparse.Namespace) -> int:
    if args.save:
        number, out = args.save
        if not number.isdigit():
            raise UserError(
                _("--save takes a version number and a file, not {value!r}").format(value=number)
            )
        check_target(out, "the PDF")
    with open_workspace(Path(args.file), True, args) as ws:
        book = ws.books.find(args.book)
        found = versions.issued_versions(ws, book.id)  # type: ignore[arg-type]
        if args.save:
            data = versions.issued_pdf(ws, book.id, int(number))  # type: ignore[arg-type]
    if args.save:
        from briefing.files.atomic import write_atomic

        write_atomic(Path(out), data)
        print(
            _("wrote {path}: version {number} as issued ({size:,} bytes)").format(
                path=out, number=number, size=len(data)
            )
        )
        return 0
    if not found:
        print(
            _("“{title}”: no issued version yet (export with --issue to issue one)").format(
                title=book.title
            )
        )
        return 0
    line = _n("“{title}”: {n} issued version", "“{title}”: {n} issued versions", len(found))
    print(line.format(title=book.title, n=len(found)))
    for v in found:
        when = v.issued_at.strftime("%Y-%m-%d %H:%M UTC")
        pages = _n("{n} page", "{n} pages", v.pages).format(n=v.pages)
        print(f"  v{v.number}  {when}  {pages}  {v.classification}")
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    paper = options.paper(args)
    if args.pdf:
        check_target(args.pdf, "the changes sheet")
    with open_workspace(Path(args.file), True, args) as ws:
        book = ws.books.find(args.book)
        bid: int = book.id  # type: ignore[assignment]
        found = versions.changes(ws, bid, args.since, args.until)
        plan = None
        if args.until is not None:
            plan = versions.reprint(ws, bid, args.since, args.until)
        pages = None
        if args.pdf:
            out = Path(args.pdf)
            if not out.resolve().parent.is_dir():
                raise UserError(
                    _("{file}: the folder {folder} does not exist").format(
                        file=out, folder=out.resolve().parent
                    )
                )
            pages = versions.write_changes_sheet(ws, bid, args.since, args.until, out, paper)
    if args.until is None:
        against = _("the book as it is now")
    else:
        against = _("version {number}").format(number=args.until)
    if not found:
        line = _("“{title}”: nothing changed between version {number} and {against}")
    else:
        line = _("“{title}”: changes from version {number} to {against}")
    print(line.format(title=book.title, number=args.since, against=against))
    states = {
        "added": _("added"),
        "removed": _("removed"),
        "changed": _("changed"),
    }
    for change in found:
        where = ""
        if change.pages:
            first, last = change.pages
            if first == last:
                where = " " + _("(page {first})").format(first=first)
            else:
                where = " " + _("(pages {first}–{last})").format(first=first, last=last)
        print(f"{states.get(change.state, change.state)}: {change.title}{where}")
        if change.state == "changed":
            for line in change.removed:
                print(f"  - {line}")
            for line in change.added:
                print(f"  + {line}")
    if plan is not None and (found or plan.whole_book):
        if plan.whole_book:
            print(_("reprint: {note}").format(note=plan.note))
        else:
            print(
                _("reprint: pages {pages} of version {number}").format(
                    pages=plan.ranges_text(), number=args.until
                )
            )
            for (a, b), why in zip(plan.pages, plan.reasons, strict=True):
                print(f"  {a if a == b else f'{a}–{b}'}: {why}")
    if args.pdf:
        line = _n(
            "wrote {path}: the changes sheet, {n} page",
            "wrote {path}: the changes sheet, {n} pages",
            pages or 0,
        )
        print(line.format(path=args.pdf, n=pages))
    return 0


# ---------------------------------------------------------------------- log, copy


def _entry_line(e: DistributionEntry) -> str:
    when = e.written_at.strftime("%Y-%m-%d %H:%M UTC")
    version = f"v{e.version}" if e.version is not None else _("not issued")
    copy = (
        issuing.copy_label(e.copy, e.copies or 0, e.recipient, loc()) if e.copy else _("unnumbered")
    )
    book = _("book {number}").format(number=e.book_id)
    return f"{when}  {book} {version}  {copy}  {e.format}  {e.path}\n  SHA-256 {e.sha256}"


def cmd_distribution(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), True, args) as ws:
        book_id = ws.books.find(args.book).id if args.book else None
        entries = issuing.distribution_log(ws, book_id)
    if not entries:
        print(_("the distribution log is empty: no book has been exported from this workspace"))
        return 0
    titles = {}
    for e in entries:
        titles.setdefault(e.book_id, e.book_title)
    for book_id, title in titles.items():
        print(_("book {number}: “{title}”").format(number=book_id, title=title))
    for e in entries:
        print(_entry_line(e))
    return 0


def cmd_copy_book(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), False, args) as ws:
        source = ws.books.find(args.book)
        book = versions.copy_book(ws, source.id, args.title)  # type: ignore[arg-type]
    line = _n(
        "created book {number}: “{title}” (draft, {n} section) from book {source}; dates "
        "{dates}: change them for the next visit",
        "created book {number}: “{title}” (draft, {n} sections) from book {source}; dates "
        "{dates}: change them for the next visit",
        len(book.sections),
    )
    print(
        line.format(
            number=book.id,
            title=book.title,
            n=len(book.sections),
            source=source.id,
            dates=loc().date(book.start_date) or _("not set"),
        )
    )
    return 0


# ---------------------------------------------------------------------- parser


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write a book as PDF and/or DOCX (numbered copies, password, issue)",
        description="Write a briefing book as PDF and/or DOCX. Every file written is recorded "
        "with its SHA-256 in the workspace's distribution log.",
    )
    p.add_argument("file")
    p.add_argument("--book", required=True, help="the book's number or title (briefing info)")
    for w in registry.writers():  # one option per export format: --pdf OUT.pdf, --docx …
        p.add_argument(f"--{w.name}", metavar=f"OUT{w.suffix}", help=f"write the {w.label}")
    options.add_paper(p, "the book's own")
    options.add_since(p)
    options.add_language(p)
    p.add_argument("--no-draft-mark", action="store_true", help="no DRAFT watermark")
    p.add_argument("--portion-marks", action="store_true", help="(C) before each paragraph")
    p.add_argument(
        "--clearance-block",
        action="store_true",
        help="print who drafted and who cleared each brief, with dates, at its end",
    )
    p.add_argument(
        "--copies",
        type=int,
        metavar="N",
        help="N numbered copies, OUT-copy-01-of-N.pdf … (default: one per recipient)",
    )
    p.add_argument(
        "--recipients", metavar="FILE", help="one recipient per line (UTF-8), copy 1 first"
    )
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help="protect the PDF (AES-256) with the password on FILE's first line; PDF only",
    )
    p.add_argument("--issue", action="store_true", help="record this export as the next version")
    p.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="write the files even if some characters have no bundled font (they print as "
        "boxes); without it such an export is refused and the places are listed",
    )
    p.add_argument("--progress", action="store_true", help="show progress even when piped")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("versions", help="the issued versions of a book")
    p.add_argument("file")
    p.add_argument("--book", required=True, help="the book's number or title")
    p.add_argument(
        "--save", nargs=2, metavar=("N", "OUT.pdf"), help="write version N's PDF as issued"
    )
    p.set_defaults(run=cmd_versions)

    p = sub.add_parser(
        "changes",
        help="what changed per section since an issued version",
        description="What was added and removed, part by part, since version N (to version "
        "M, or the book as it is now); --pdf writes the one-page changes sheet.",
    )
    p.add_argument("file")
    p.add_argument("--book", required=True, help="the book's number or title")
    p.add_argument("--since", required=True, type=int, metavar="N")
    p.add_argument("--until", type=int, metavar="M", help="default: the book as it is now")
    p.add_argument("--pdf", metavar="OUT.pdf", help="write the changes sheet")
    options.add_paper(p, "the book's own")
    p.set_defaults(run=cmd_changes)

    p = sub.add_parser("distribution", help="the distribution log: every file exported")
    p.add_argument("file")
    p.add_argument("--book", help="only this book (number or title)")
    p.set_defaults(run=cmd_distribution)

    p = sub.add_parser(
        "copy-book",
        help="copy a book as the start of the next visit's",
        description="A new draft book with the same sections, texts and programme; "
        "no issued versions.",
    )
    p.add_argument("file")
    p.add_argument("--book", required=True, help="the book's number or title")
    p.add_argument("--title", help="the new book's title (default: '<title> (copy)')")
    p.set_defaults(run=cmd_copy_book)
