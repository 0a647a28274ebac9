"""New and deleted records, from the window's menus and library: each one undoable step."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefing.edits import BookEdit, MeetingEdit, PersonEdit
from briefing.model import Book, Meeting, Name, Person, RecordKind
from ui.common import messages
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

#: how a deleted record is undone: the edit of its kind
_DELETE = {
    RecordKind.MEETING: MeetingEdit,
    RecordKind.PERSON: PersonEdit,
    RecordKind.BOOK: BookEdit,
}


def new_record(window: MainWindow, kind: str) -> None:
    session = window.session
    if session is None or session.readonly:
        return
    if kind == RecordKind.MEETING:
        countries = session.ws.settings.countries
        edit = MeetingEdit(
            None,
            Meeting(date=dt.date.today(), country=countries[-1] if countries else ""),
            text=tr("New meeting"),
        )
    elif kind == RecordKind.PERSON:
        edit = PersonEdit(None, Person([Name(tr("New person"))]), text=tr("New person"))
    elif kind == RecordKind.BOOK:
        edit = BookEdit(None, Book(title=tr("New briefing book")), text=tr("New book"))
    else:
        return
    if session.push(edit):
        window.open_record(kind, edit.after.id)


def delete_current(window: MainWindow) -> None:
    session, editor = window.session, window.current_editor()
    if session is None or session.readonly or editor is None or editor.record is None:
        return
    kind = next(k for k, e in window.editors.items() if e is editor)
    if kind not in _DELETE:
        return
    texts = {
        RecordKind.MEETING: tr("Delete meeting"),
        RecordKind.PERSON: tr("Delete person"),
        RecordKind.BOOK: tr("Delete book"),
    }
    edit = _DELETE[kind](editor.record, None, text=texts[kind])
    if messages.ask(
        window,
        tr("Delete"),
        tr("Delete “%s”? You can undo this.") % editor.label,
        tr("Delete"),
        tr("Keep"),
    ):
        if session.push(edit):
            window.stack.setCurrentWidget(window.welcome)
