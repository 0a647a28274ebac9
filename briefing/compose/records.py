""" "From the records": what earlier meetings said in one cooperation area, newest first.

Used beside the section editor: the officer inserts an entry into a brief's background, with a
reference to its meeting, e.g. ``(meeting of 10 October 2024, Vientiane)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import format_date, parse_date
from briefing.store import MeetingSummary, Workspace


@dataclass
class RecordEntry:
    kind: str  # "item" | "commitment"
    id: int
    text: str
    side: str
    label: str  # "pledge", "agreement", "commitment (pending)" …
    meeting_id: int | None
    meeting_date: str  # ISO, "" if unknown
    reference: str  # "(meeting of 10 October 2024, Vientiane)"


def reference(date_iso: str, city: str) -> str:
    day = parse_date(date_iso) if date_iso else None
    parts = [p for p in (format_date(day), city) if p]
    return f"(meeting of {', '.join(parts)})" if parts else ""


def entries_for_area(ws: Workspace, area: str, limit: int = 500) -> list[RecordEntry]:
    """Items and open commitments of ``area`` across the workspace, newest meeting first."""
    out: list[RecordEntry] = []
    meetings: dict[int, MeetingSummary] = {}
    for item, m in ws.meetings.items_in_area(area, limit=limit):
        meetings[m.id] = m
        out.append(
            RecordEntry(
                "item",
                item.id or 0,
                item.text,
                item.side,
                str(item.kind),
                m.id,
                m.date,
                reference(m.date, m.city),
            )
        )
    open_ones = ws.commitments.open_in_area(area)
    meetings.update(
        ws.meetings.summaries_by_id(
            c.meeting_id for c in open_ones if c.meeting_id not in (None, *meetings)
        )
    )
    for c in open_ones:
        date, city = "", ""
        m = meetings.get(c.meeting_id) if c.meeting_id is not None else None
        if m is not None:
            date, city = m.date, m.city
        out.append(
            RecordEntry(
                "commitment",
                c.id or 0,
                c.text,
                c.owed_by,
                f"commitment ({c.status})",
                c.meeting_id,
                date,
                reference(date, city),
            )
        )
    # newest first; at equal dates open commitments before the items they came from
    out.sort(key=lambda e: (e.meeting_date, e.kind == "commitment"), reverse=True)
    return out


def insertion_text(entry: RecordEntry) -> str:
    """The paragraph appended to a background: the text and where it was said."""
    text = entry.text.strip()
    return f"{text} {entry.reference}".strip()


# ---------------------------------------------------------------------------- navigation


def locate(ws: Workspace, kind: str, record_id: int) -> tuple[str, int, int | None]:
    """Where a search hit lives, as (editor kind, record id, sub-record id).

    ``item`` -> ("meeting", meeting id, item id); ``source`` -> ("meeting", meeting id, None);
    ``section`` -> ("book", book id, section id); others map to themselves.
    """
    if kind in ("item", "source"):
        return "meeting", ws.parent_of(kind, record_id), record_id if kind == "item" else None
    if kind == "section":
        return "book", ws.parent_of("section", record_id), record_id
    return kind, record_id, None
