"""``briefing check`` and ``briefing import`` (``export`` is in :mod:`briefing.cli.issue`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli import options
from briefing.cli.tr import _, loc
from briefing.cli.workspace import open_workspace
from briefing.compose.book import Options, compose
from briefing.compose.scope import period_problem
from briefing.errors import UserError
from briefing.store import Workspace


def _book_and_options(ws: Workspace, args: argparse.Namespace):
    book = ws.books.find(args.book)
    opts = Options(
        portion_marks=getattr(args, "portion_marks", False),
        draft_mark=False if getattr(args, "no_draft_mark", False) else None,
        paper=options.paper(args),
        since=options.since(args),
        language=options.language(args),
        native_digits=options.digits(args),
    )
    problem = period_problem(book, opts.since)
    if problem:
        raise UserError(problem)
    return book, opts


def cmd_check(args: argparse.Namespace) -> int:
    from briefing.issuing.preflight import check

    with open_workspace(Path(args.file), True, args) as ws:
        book, opts = _book_and_options(ws, args)
        doc = compose(ws, book, opts)
        laid_out = _layout(doc)
        findings = check(
            ws,
            book,
            opts,
            doc=doc,
            pages=laid_out.heading_pages,
            page_count=laid_out.pages,
            loc=loc(),
        )
    if not findings:
        print(_("“{title}”: nothing to fix.").format(title=book.title))
        return 0
    print(_("“{title}”: {n} to look at before printing:").format(title=book.title, n=len(findings)))
    for finding in findings:
        print(f"- {finding.line(loc())}")
    return 1


def _layout(doc):  # noqa: ANN001, ANN202 - a briefing.export.writer.WriteResult
    from briefing.export.pdf.writer import measure

    return measure(doc)


def cmd_import(args: argparse.Namespace) -> int:
    from briefing.importers import overrides
    from briefing.importers.duplicates import find_duplicate
    from briefing.importers.errors import ImporterError
    from briefing.importers.press_release import (
        extract,
        fingerprint,
        new_people,
        to_commitments,
        to_meeting,
        to_person,
    )
    from briefing.importers.readers import read_file

    try:
        text = read_file(Path(args.release)).text
    except ImporterError as exc:
        raise UserError(str(exc)) from None
    with open_workspace(Path(args.file), not args.yes, args) as ws:
        try:
            draft = extract(text, ws.settings, ws.people.all())
        except ImporterError as exc:
            raise UserError(f"{args.release}: {exc}") from None
        try:
            overrides.apply(
                draft,
                ws.settings,
                date=args.date,
                end_date=args.until,
                place=args.place,
                participants=args.participant or (),
            )
        except ValueError as exc:
            raise UserError(str(exc)) from None
        duplicate = find_duplicate(ws, draft.fingerprint or fingerprint(draft.text))
        if duplicate:
            raise UserError(
                _(
                    "{file}: already in the workspace as the meeting of {meeting}; nothing imported"
                ).format(file=args.release, meeting=duplicate.label)
            )
        _print_draft(ws, draft)
        lacking = overrides.missing_message(draft)
        if not args.yes:
            if lacking:
                print(f"\n{lacking}")
            print("\n" + _("(dry run: nothing was changed; add --yes to add this meeting)"))
            return 0
        if lacking:
            raise UserError(
                _("{file}: {problem} Nothing was imported.").format(
                    file=args.release, problem=lacking
                )
            )
        with ws.transaction():
            for person in new_people(draft):
                person.person_id = ws.people.save(to_person(person))
            meeting = to_meeting(draft, ws.settings)
            ws.meetings.save(meeting)
            commitments = to_commitments(draft, meeting)
            for commitment in commitments:
                ws.commitments.save(commitment)
        print(
            "\n"
            + _(
                "added the meeting of {meeting} with {items} items and {commitments} commitments"
            ).format(meeting=meeting.label, items=len(meeting.items), commitments=len(commitments))
        )
    return 0


def _print_draft(ws: Workspace, draft) -> None:
    settings = ws.settings
    date = loc().date
    missing = _("(not given)")
    print(_("title:      {title}").format(title=draft.title))
    issuer = ", ".join(p for p in (draft.issuer, draft.department) if p)
    print(_("issuer:     {issuer}").format(issuer=issuer))
    when = date(draft.meeting_date) if draft.meeting_date else missing
    if draft.end_date and draft.end_date != draft.meeting_date:
        when = _("{start} to {end}").format(start=when, end=date(draft.end_date))
    print(_("meeting:    {when} ({kind})").format(when=when, kind=draft.kind))
    issued = date(draft.issue_date) if draft.issue_date else missing
    print(_("issued:     {date}").format(date=issued))
    place = ", ".join(p for p in (draft.city, draft.country) if p) or missing
    print(_("place:      {place}").format(place=place))
    if draft.occasion:
        print(_("occasion:   {occasion}").format(occasion=draft.occasion))
    for p in draft.participants:
        line = (
            _("participant: {name}, {title} ({side}) [in workspace]")
            if p.person_id
            else _("participant: {name}, {title} ({side}) [new person]")
        )
        name = " ".join(x for x in (p.honorific, p.name) if x)
        print(line.format(name=name, title=p.title, side=p.side))
    print(_("items ({n}):").format(n=len(draft.items)))
    for item in draft.items:
        print(f"  - [{settings.area_name(item.area)} · {item.side} · {item.kind}] {item.text}")
    kept = [c for c in draft.commitments if c.keep and draft.items[c.item].keep]
    print(
        _("proposed commitments ({n}; {kept} ticked, and only those are added):").format(
            n=len(draft.commitments), kept=len(kept)
        )
    )
    for c in draft.commitments:
        tick = "[x]" if c in kept else "[ ]"
        print(f"  {tick} {c.owed_by}: {c.text}")
    for warning in draft.warnings:
        print(_("warning: {message}").format(message=warning))


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="preflight a book: what to fix before printing",
        description="List what would embarrass the book; exit 1 if anything.",
    )
    p.add_argument("file")
    p.add_argument("--book", required=True, help="the book's number or title")
    options.add_paper(p)
    options.add_since(p)
    options.add_language(p)
    p.set_defaults(run=cmd_check)

    p = sub.add_parser(
        "import",
        help="turn a press release into a meeting record",
        description="Read a press release (.txt, .docx, .pdf) and print the "
        "draft meeting record; with --yes, add it to the workspace.",
    )
    p.add_argument("file", help="the workspace")
    p.add_argument("release", help="the press release file")
    p.add_argument("--yes", action="store_true", help="add the meeting (default: dry run)")
    p.add_argument(
        "--date", help="the meeting date, when the release does not give it (YYYY-MM-DD)"
    )
    p.add_argument("--until", help="the last day of a visit over several days (YYYY-MM-DD)")
    p.add_argument(
        "--place", help='where the meeting was, when the release does not say: "City, Country"'
    )
    p.add_argument(
        "--participant",
        action="append",
        metavar="NAME|TITLE|SIDE",
        help='a participant the release leaves out or gets wrong, e.g. "Hun Manet|Prime '
        'Minister|Cambodia" (once per person; title and side may be empty)',
    )
    p.set_defaults(run=cmd_import)
