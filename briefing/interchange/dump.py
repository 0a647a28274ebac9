"""The whole workspace as one JSON document (see docs/json-format.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefing.interchange import clearance as interchange_clearance
from briefing.interchange import issued as interchange_issued
from briefing.model import (
    Area,
    Book,
    BookScope,
    Commitment,
    Meeting,
    Person,
)
from briefing.store import Workspace

FORMAT = "briefing-book"
#: 2: issued versions and the distribution log; 3: a book's scope and a commitment's closing
#: date; 4: a book's language and digits, the workspace's names in other languages; 5: every
#: record's global identity (``uid``, the shared library's); 6: clearers (settings), each
#: book's clearance trail and comment threads; 7: the sources rule "covered or recalled" (the
#: default since). Older documents still load (see :mod:`briefing.interchange.parse`).
VERSION = 7


def _d(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def dump(ws: Workspace) -> dict[str, Any]:
    s = ws.settings
    return {
        "format": FORMAT,
        "version": VERSION,
        "settings": {
            "countries": s.countries,
            "ministry": s.ministry,
            "department": s.department,
            "classification_levels": s.classification.levels,
            "areas": [_dump_area(a) for a in s.areas],
            "terms": s.terms,
            "clearers": [{"key": c.key, "name": c.name, "title": c.title} for c in s.clearers],
        },
        "people": [_dump_person(p) for p in ws.people.all()],
        "meetings": [
            _dump_meeting(ws.meetings.get(m.id)) for m in reversed(ws.meetings.summaries())
        ],
        "commitments": [
            _dump_commitment(c) for c in sorted(ws.commitments.all(), key=lambda c: c.id)
        ],
        "books": [
            {**dump_book(ws.books.get(b[0])), **interchange_clearance.dump(ws, b[0])}
            for b in ws.books.summaries()
        ],
        **interchange_issued.dump(ws),
    }


def _dump_area(a: Area) -> dict[str, Any]:
    out: dict[str, Any] = {"key": a.key, "name": a.name}
    if a.names:
        out["names"] = a.names
    return out


def _dump_person(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "uid": p.uid,
        "names": [{"text": n.text, "script": n.script} for n in p.names],
        "honorific": p.honorific,
        "side": p.side,
        "offices": [{"title": o.title, "start": _d(o.start), "end": _d(o.end)} for o in p.offices],
        "biography": p.biography,
    }


def _dump_meeting(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "uid": m.uid,
        "kind": str(m.kind),
        "date": m.date.isoformat(),
        "end_date": _d(m.end_date),
        "city": m.city,
        "country": m.country,
        "occasion": m.occasion,
        "title": m.title,
        "summary": m.summary,
        "participants": [{"person": p.person_id, "role": p.role} for p in m.participants],
        "sources": [
            {
                "id": s.id,
                "uid": s.uid,
                "title": s.title,
                "issuer": s.issuer,
                "issue_date": _d(s.issue_date),
                "text": s.text,
            }
            for s in m.sources
        ],
        "items": [
            {
                "id": i.id,
                "uid": i.uid,
                "area": i.area,
                "side": i.side,
                "kind": str(i.kind),
                "text": i.text,
                "classification": i.classification,
            }
            for i in m.items
        ],
    }


def _dump_commitment(c: Commitment) -> dict[str, Any]:
    return {
        "id": c.id,
        "uid": c.uid,
        "meeting": c.meeting_id,
        "item": c.item_id,
        "area": c.area,
        "owed_by": c.owed_by,
        "text": c.text,
        "due": _d(c.due),
        "status": str(c.status),
        "closed": _d(c.closed),
        "notes": [
            {"date": n.date.isoformat(), "text": n.text, "evidence": n.evidence} for n in c.notes
        ],
    }


def dump_book(b: Book) -> dict[str, Any]:
    return {
        "id": b.id,
        "uid": b.uid,
        "title": b.title,
        "occasion": b.occasion,
        "place": b.place,
        "start_date": _d(b.start_date),
        "end_date": _d(b.end_date),
        "principal": b.principal,
        "classification": b.classification,
        "caveat": b.caveat,
        "status": str(b.status),
        "paper": str(b.paper),
        "prepared_by": b.prepared_by,
        "scope": dump_scope(b.scope),
        "language": b.language,
        "native_digits": b.native_digits,
        "counterparts": list(b.counterparts),
        "programme": [
            {
                "day": _d(p.day),
                "time": p.time,
                "activity": p.activity,
                "lead": p.lead,
                "press": p.press,
            }
            for p in b.programme
        ],
        "sections": [
            {
                "id": s.id,
                "uid": s.uid,
                "title": s.title,
                "kind": str(s.kind),
                "area": s.area,
                "classification": s.classification,
                "owner": s.owner,
                "status": str(s.status),
                "included": s.included,
                "objective": s.objective,
                "points": s.points,
                "if_raised": s.if_raised,
                "background": s.background,
            }
            for s in b.sections
        ],
    }


def dump_scope(scope: BookScope) -> dict[str, Any]:
    return {
        "since": _d(scope.since),
        "commitments": str(scope.commitments),
        "last_discussed": scope.last_discussed,
        "sources": str(scope.sources),
        "tracker": str(scope.tracker),
        "contents_depth": scope.contents_depth,
        "page_budget": scope.page_budget,
    }
