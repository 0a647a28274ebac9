"""Comment threads on a section's text: start one on a span, reply, resolve and reopen.

Anchors are kept over the field's plain text (see :mod:`briefing.model.comments`); a caller
that knows the span in other terms (a Qt document, a Word comment's range) gives the quoted
words and the text around them, and :func:`anchor_in` finds them in the field.
"""

from __future__ import annotations

import datetime as dt

from briefing.errors import BriefingError
from briefing.i18n import M_
from briefing.markup import plain_text
from briefing.model import Anchor, Message, Section, Thread, reanchor
from briefing.model.comments import CONTEXT
from briefing.model.issued import utc_now
from briefing.store import Workspace

NOT_A_FIELD = M_("'{field}' is not a text field of a section")
NO_TEXT = M_("a comment needs some text")
NO_REPLY_TEXT = M_("a reply needs some text")


class CommentError(BriefingError):
    pass


def field_plain(section: Section, field: str) -> str:
    if field not in Section.TEXT_FIELDS:
        raise CommentError(NOT_A_FIELD, field=field)
    return plain_text(getattr(section, field))


def anchor_in(plain: str, quote: str, prefix: str = "", suffix: str = "", near: int = 0) -> Anchor:
    """The anchor of ``quote`` in ``plain`` (the occurrence whose context fits best, nearest
    ``near``); detached when the words are not there."""
    guess = Anchor(near, near + len(quote), quote, prefix[-CONTEXT:], suffix[:CONTEXT], True)
    return reanchor(guess, plain)


def start_thread(
    ws: Workspace,
    book_id: int,
    section_id: int,
    field: str,
    anchor: Anchor,
    author: str,
    text: str,
    origin: str = "",
    at: dt.datetime | None = None,
) -> Thread:
    if not text.strip():
        raise CommentError(NO_TEXT)
    ws.books.section(book_id, section_id)  # KeyError if gone
    thread = Thread(
        book_id, section_id, field, anchor, [Message(author, at or utc_now(), text, origin)]
    )
    ws.comments.add(thread)
    return thread


def comment_on(
    ws: Workspace,
    book_id: int,
    section_id: int,
    field: str,
    start: int,
    end: int,
    author: str,
    text: str,
) -> Thread:
    """A new thread on ``[start, end)`` of the field's plain text."""
    plain = field_plain(ws.books.section(book_id, section_id), field)
    return start_thread(ws, book_id, section_id, field, Anchor.at(plain, start, end), author, text)


def reply(ws: Workspace, thread_id: int, author: str, text: str) -> None:
    if not text.strip():
        raise CommentError(NO_REPLY_TEXT)
    ws.comments.reply(thread_id, Message(author, utc_now(), text))


def resolve(ws: Workspace, thread_id: int, by: str) -> None:
    ws.comments.set_resolved(thread_id, by, utc_now())


def reopen(ws: Workspace, thread_id: int) -> None:
    ws.comments.set_resolved(thread_id, "", None)
