"""Issuing on the command line: ``export`` (numbered copies, password, issue), ``versions``,
``changes``, ``distribution`` and ``copy-book``.

``export`` records what it writes in the workspace's distribution log, so it opens the
workspace for editing; when another program has it open, a plain export still runs (read-only,
not logged, and it says so) while numbered copies and issuing are refused with the reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli import options
from briefing.cli.progress import Bar
from briefing.cli.workspace import open_workspace
from briefing.errors import UserError
from briefing.export import registry
from briefing.files.targets import check_target
from briefing.issuing import job as issuing
from briefing.issuing import versions
from briefing.model import DistributionEntry, format_date
from briefing.store import DiskFull, ReadOnlyLocation, Workspace, WorkspaceInUse


def _open_for_export(args: argparse.Namespace, must_record: bool) -> Workspace:
    try:
        return open_workspace(Path(args.file), False, args)
    except (WorkspaceInUse, ReadOnlyLocation, DiskFull) as exc:
        if must_record:
            raise
        print(f"note: {exc}", file=sys.stderr)
        return open_workspace(Path(args.file), True, args)


# ---------------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    targets = {
        w.name: Path(out) for w in registry.writers() if (out := getattr(args, w.name, None))
    }
    if not targets:
        choices = " and/or ".join(f"--{w.name} OUT{w.suffix}" for w in registry.writers())
        raise UserError(f"say where to write the book: {choices}")
    recipients = options.lines(args.recipients, "recipients") if args.recipients else []
    copies = args.copies if args.copies is not None else len(recipients)
    password = options.first_line(args.password_file, "password") if args.password_file else None
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
        )
        job = issuing.ExportJob.prepare(ws, request)
        bar = Bar("Export", args.progress)
        try:
            files = job.run(progress=bar)
        finally:
            bar.close()
        result = job.record(ws, files)
    for notice in result.notices:
        print(f"note: {notice}", file=sys.stderr)
    doc = job.doc
    pages = f"{result.pages} pages, " if result.pages else ""
    print(f"“{book.title}”: {pages}{doc.paper}, marked {doc.marking}")
    for f in result.files:
        copy = ""
        if f.copy is not None:
            copy = f" ({issuing.copy_label(f.copy, f.copies or 0, f.recipient)})"
        protected = ", password-protected" if f.format == "pdf" and password else ""
        print(f"wrote {f.path}{copy}{protected}\n  SHA-256 {f.sha256}")
    if result.version is not None:
        print(f"issued as version {result.version}; `briefing versions` lists the versions")
    return 0


# ---------------------------------------------------------------------- versions, changes


def cmd_versions(args: argparse.Namespace) -> int:
    if args.save:
        number, out = args.save
        if not number.isdigit():
            raise UserError(f"--save takes a version number and a file, not {number!r}")
        check_target(out, "the PDF")
    with open_workspace(Path(args.file), True, args) as ws:
        book = ws.books.find(args.book)
        found = versions.issued_versions(ws, book.id)  # type: ignore[arg-type]
        if args.save:
            data = versions.issued_pdf(ws, book.id, int(number))  # type: ignore[arg-type]
    if args.save:
        from briefing.files.atomic import write_atomic

        write_atomic(Path(out), data)
        print(f"wrote {out}: version {number} as issued ({len(data):,} bytes)")
        return 0
    if not found:
        print(f"“{book.title}”: no issued version yet (export with --issue to issue one)")
        return 0
    print(f"“{book.title}”: {len(found)} issued version{'s' if len(found) > 1 else ''}")
    for v in found:
        when = v.issued_at.strftime("%Y-%m-%d %H:%M UTC")
        print(f"  v{v.number}  {when}  {v.pages} pages  {v.classification}")
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
                raise UserError(f"{out}: the folder {out.resolve().parent} does not exist")
            pages = versions.write_changes_sheet(ws, bid, args.since, args.until, out, paper)
    against = "the book as it is now" if args.until is None else f"version {args.until}"
    if not found:
        print(f"“{book.title}”: nothing changed between version {args.since} and {against}")
    else:
        print(f"“{book.title}”: changes from version {args.since} to {against}")
    for change in found:
        where = ""
        if change.pages:
            first, last = change.pages
            where = f" (page {first})" if first == last else f" (pages {first}–{last})"
        print(f"{change.state}: {change.title}{where}")
        if change.state == "changed":
            for line in change.removed:
                print(f"  - {line}")
            for line in change.added:
                print(f"  + {line}")
    if plan is not None and (found or plan.whole_book):
        if plan.whole_book:
            print(f"reprint: {plan.note}")
        else:
            print(f"reprint: pages {plan.ranges_text()} of version {args.until}")
            for (a, b), why in zip(plan.pages, plan.reasons, strict=True):
                print(f"  {a if a == b else f'{a}–{b}'}: {why}")
    if args.pdf:
        print(f"wrote {args.pdf}: the changes sheet, {pages} page{'s' if pages != 1 else ''}")
    return 0


# ---------------------------------------------------------------------- log, copy


def _entry_line(e: DistributionEntry) -> str:
    when = e.written_at.strftime("%Y-%m-%d %H:%M UTC")
    version = f"v{e.version}" if e.version is not None else "not issued"
    copy = issuing.copy_label(e.copy, e.copies or 0, e.recipient) if e.copy else "unnumbered"
    return f"{when}  book {e.book_id} {version}  {copy}  {e.format}  {e.path}\n  SHA-256 {e.sha256}"


def cmd_distribution(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), True, args) as ws:
        book_id = ws.books.find(args.book).id if args.book else None
        entries = issuing.distribution_log(ws, book_id)
    if not entries:
        print("the distribution log is empty: no book has been exported from this workspace")
        return 0
    titles = {}
    for e in entries:
        titles.setdefault(e.book_id, e.book_title)
    for book_id, title in titles.items():
        print(f"book {book_id}: “{title}”")
    for e in entries:
        print(_entry_line(e))
    return 0


def cmd_copy_book(args: argparse.Namespace) -> int:
    with open_workspace(Path(args.file), False, args) as ws:
        source = ws.books.find(args.book)
        book = versions.copy_book(ws, source.id, args.title)  # type: ignore[arg-type]
    print(
        f"created book {book.id}: “{book.title}” (draft, {len(book.sections)} sections) "
        f"from book {source.id}; dates {format_date(book.start_date) or 'not set'}: "
        "change them for the next visit"
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
