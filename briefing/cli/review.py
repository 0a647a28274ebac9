"""``briefing review-docx`` and ``apply-review``: the Word round trip from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.clearance import actor, section_ids
from briefing.cli.workspace import open_workspace
from briefing.errors import UserError
from briefing.review.apply import apply_review, plan_review
from briefing.review.make import make_review


def cmd_review_docx(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".docx":
        raise UserError(f"-o {out}: a review file is a Word document; name it ….docx")
    with open_workspace(Path(args.file), False, args) as ws:
        book = ws.books.find(args.book)
        ids = section_ids(book, args.sections) if args.sections else None
        sent = make_review(ws, book.id, out, ids, actor(args))  # type: ignore[arg-type]
        print(
            f"Wrote {out}: {len(sent.sections)} section(s) of “{book.title}” for review, "
            f"{sent.comments} open comment thread(s) as Word comments."
        )
    return 0


def cmd_apply_review(args: argparse.Namespace) -> int:
    path = Path(args.review)
    data = path.read_bytes()
    with open_workspace(Path(args.file), args.dry_run, args) as ws:
        plan = plan_review(ws, data, path.name)
        for line in plan.report():
            print(line)
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        if not args.accept_all:
            print(
                "Nothing was changed: apply with --accept-all (every change that is not a "
                "conflict), or choose one by one in the app (Book ▸ Apply Returned Review…)."
            )
            return 0
        applied = apply_review(ws, plan, None, actor(args))
        print(f"Applied: {applied.note}.")
        if plan.conflicts:
            print(
                f"{len(plan.conflicts)} conflict(s) not applied: kept as comments on their "
                "sections."
            )
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review-docx", help="write a DOCX of a book for clearers to edit in Word")
    p.add_argument("file")
    p.add_argument("--book", required=True, help="the book's number or title")
    p.add_argument("--sections", help="ids or titles, comma-separated; default: all with text")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    p.add_argument("--by", help="who sends it (default: your login name)")
    p.set_defaults(run=cmd_review_docx)

    p = sub.add_parser(
        "apply-review", help="bring a review DOCX returned from Word back into its book"
    )
    p.add_argument("file")
    p.add_argument("review", metavar="FILE.docx")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--dry-run", action="store_true", help="show the changes; change nothing")
    how.add_argument(
        "--accept-all", action="store_true", help="apply every change that is not a conflict"
    )
    p.add_argument("--by", help="who applies it (default: your login name)")
    p.set_defaults(run=cmd_apply_review)
