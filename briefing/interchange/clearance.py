"""A book's clearance trail and comment threads in the workspace JSON document (version 4).

Both travel inside their book (``books[].clearance``, ``books[].comments``); the trail also
goes into each issued version's ``book_as_issued``, so a version keeps the clearance it was
issued with. Called by :mod:`briefing.interchange` with its way of failing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NoReturn

from briefing.model import Action, Anchor, Message, Step, Thread
from briefing.model.issued import from_text, to_text
from briefing.store import Workspace

Fail = Callable[[str, str], NoReturn]


def dump_step(s: Step) -> dict[str, Any]:
    return {
        "section": s.section_id,
        "section_title": s.section_title,
        "action": str(s.action),
        "at": to_text(s.at),
        "actor": s.actor,
        "clearer": s.clearer,
        "clearer_name": s.clearer_name,
        "clearer_title": s.clearer_title,
        "due": s.due.isoformat() if s.due else None,
        "note": s.note,
        "text_sha256": s.text_sha256,
        "snapshot": s.snapshot,
        "review": s.review,
    }


def dump_thread(t: Thread) -> dict[str, Any]:
    a = t.anchor
    return {
        "section": t.section_id,
        "field": t.field,
        "anchor": {
            "start": a.start,
            "end": a.end,
            "quote": a.quote,
            "prefix": a.prefix,
            "suffix": a.suffix,
            "detached": a.detached,
        },
        "resolved_at": to_text(t.resolved_at) if t.resolved_at else None,
        "resolved_by": t.resolved_by,
        "messages": [
            {"author": m.author, "at": to_text(m.at), "text": m.text, "origin": m.origin}
            for m in t.messages
        ],
    }


def trail(ws: Workspace, book_id: int) -> list[dict[str, Any]]:
    """The book's clearance trail as the document writes it (issued versions keep it)."""
    return [dump_step(s) for s in ws.clearance.steps(book_id)]


def dump(ws: Workspace, book_id: int) -> dict[str, Any]:
    """What a book's entry carries besides the book itself."""
    return {
        "clearance": [dump_step(s) for s in ws.clearance.steps(book_id)],
        "comments": [dump_thread(t) for t in ws.comments.threads(book_id)],
    }


def _when(r: Any, key: str, fail: Fail) -> dt.datetime:
    text = r.text(key, None)
    try:
        return from_text(text)
    except ValueError:
        fail(r.at(key), f"'{text}' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)")


def parse(b: Any, book_id: int, section_ids: set[int], fail: Fail) -> tuple[list, list]:
    """The trail and threads of the book read by ``b`` (a Reader), checked."""
    steps = []
    for s in b.items("clearance"):
        section = s.get("section", int, None)
        snapshot = s.get("snapshot", dict, {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in snapshot.items()):
            fail(s.at("snapshot"), "expected an object of texts")
        steps.append(
            Step(
                book_id=book_id,
                section_id=section,
                action=s.enum("action", Action),
                at=_when(s, "at", fail),
                actor=s.text("actor"),
                clearer=s.text("clearer"),
                clearer_name=s.text("clearer_name"),
                clearer_title=s.text("clearer_title"),
                due=s.date("due"),
                note=s.text("note"),
                text_sha256=s.text("text_sha256"),
                snapshot=snapshot,
                section_title=s.text("section_title"),
                review=s.text("review"),
            )
        )
    threads = []
    for t in b.items("comments"):
        section = t.ref("section")
        if section not in section_ids:
            fail(t.at("section"), f"no section {section} in this book")
        name = t.text("field", None)
        if name not in ("objective", "points", "if_raised", "background"):
            fail(t.at("field"), f"'{name}' is not a text field of a section")
        a = type(t)(t.get("anchor", dict), t.at("anchor"))
        anchor = Anchor(
            a.get("start", int, 0),
            a.get("end", int, 0),
            a.text("quote"),
            a.text("prefix"),
            a.text("suffix"),
            a.get("detached", bool, False),
        )
        resolved = _when(t, "resolved_at", fail) if t.get("resolved_at", str, None) else None
        messages = [
            Message(m.text("author"), _when(m, "at", fail), m.text("text"), m.text("origin"))
            for m in t.items("messages")
        ]
        threads.append(
            Thread(book_id, section, name, anchor, messages, resolved, t.text("resolved_by"))
        )
    return steps, threads


def store(ws: Workspace, steps: list[Step], threads: list[Thread]) -> None:
    ws.clearance.add(steps)
    for thread in threads:
        ws.comments.add(thread)
