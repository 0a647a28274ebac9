"""A child process for the crash tests: saves edits until it is killed, reporting each one.

    python crash_driver.py WORKSPACE FIRST_ID [--count N] [--synchronous NORMAL]

Every edit goes through the code the editor's autosave runs (``edits.save_section_text``,
``edits.save_biography``; the GUI's ``Autosaver`` only decides *when* to call them) or the
code an undoable structural edit runs (``MeetingEdit.apply``, what ``Session.push`` calls).
Only after that call has returned does the driver print ``<kind> <id>`` on stdout: "reported
saved", what the status bar would then show. Now and then it closes and reopens the
workspace and takes a backup, so kills land in those too.

Edit ids grow across runs (the parent passes ``FIRST_ID``), and every text is a function of
its id (:func:`text_for`), so the parent can tell exactly which edit a field holds and whether
it is whole.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from briefing.edits import MeetingEdit, save_biography, save_section_text
from briefing.model import Item, ItemKind, Meeting
from briefing.safety import backup
from briefing.store import Workspace

KINDS = ("section", "section", "section", "biography", "meeting")
REOPEN_EVERY = 40
BACKUP_EVERY = 25
_WORDS = (
    "Both sides agreed to strengthen cooperation on trade investment clean energy "
    "agriculture tourism education security and people-to-people exchanges ហ៊ុន ម៉ាណែត 李强"
).split()


def text_for(edit_id: int) -> str:
    """The text edit ``edit_id`` writes: a header naming it, then 1–40 kB of prose."""
    rng = random.Random(edit_id)
    words = [rng.choice(_WORDS) for _ in range(rng.randint(150, 6000))]
    return f"edit {edit_id}\n\n" + " ".join(words)


def kind_of(edit_id: int) -> str:
    return KINDS[edit_id % len(KINDS)]


def targets(ws: Workspace) -> tuple[int, list[int], list[int]]:
    """The first book's id, its section ids, and the people's ids (all fixed by the parent)."""
    book_id = ws.books.summaries()[0][0]
    return book_id, [s.id for s in ws.books.get(book_id).sections], [p.id for p in ws.people.all()]


def meeting_for(edit_id: int) -> Meeting:
    return Meeting(
        dt.date(2024, 1, 1) + dt.timedelta(days=edit_id % 3000),
        city=f"M{edit_id}",
        items=[
            Item("trade", "Both", ItemKind.STATEMENT, f"statement of {edit_id}"),
            Item("trade", "China", ItemKind.PLEDGE, text_for(edit_id)[:2000]),
        ],
    )


def apply(ws: Workspace, edit_id: int) -> None:
    book_id, sections, people = targets(ws)
    kind = kind_of(edit_id)
    if kind == "section":
        section = sections[edit_id % len(sections)]
        save_section_text(ws, book_id, section, {"background": text_for(edit_id)})
    elif kind == "biography":
        save_biography(ws, people[edit_id % len(people)], text_for(edit_id))
    else:
        MeetingEdit(None, meeting_for(edit_id), text="New meeting").apply(ws)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("first_id", type=int)
    parser.add_argument("--count", type=int, default=0, help="stop after N edits (0: never)")
    parser.add_argument("--synchronous", default="", help="override (negative control only)")
    args = parser.parse_args(argv)

    def open_ws() -> Workspace:
        ws = Workspace.open(args.workspace)
        if args.synchronous:
            ws._db.conn.execute(f"PRAGMA synchronous = {args.synchronous}")
        return ws

    ws = open_ws()
    n = 0
    while not args.count or n < args.count:
        edit_id = args.first_id + n
        apply(ws, edit_id)
        print(f"{kind_of(edit_id)} {edit_id}", flush=True)  # reported saved
        n += 1
        if n % REOPEN_EVERY == 0:
            ws.close()
            ws = open_ws()
        if n % BACKUP_EVERY == 0:
            backup.take_backup(args.workspace)
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
