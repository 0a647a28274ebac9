"""Record edits: a record before and after (a snapshot each), or one field of a record.

:class:`RecordEdit` is the one snapshot edit: ``before`` / ``after`` of one record, ``None`` on
one side when the record does not exist there (created or deleted). What differs by kind of
record is only how it is put into the workspace (:meth:`RecordEdit._put`):

- a meeting: commitments that pointed at an item the step removes lose their link (ON DELETE
  SET NULL), and the opposite step restores it;
- a person: the biography is left as the workspace has it (the editor saves it on its own);
- a book: section texts are left as the workspace has them, except for sections the step
  brings back (whose texts come from the snapshot). Undoing "move section up" never throws
  away typing.

:class:`FieldEdit` changes one field of one record and saves that field only, so typing a
meeting's city does not rewrite its items and re-index its source texts.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from briefing.edits.base import Changes, Edit, snap
from briefing.model import (
    Book,
    Commitment,
    CommitmentStatus,
    Item,
    Meeting,
    Person,
    ProgressNote,
    RecordKind,
    Section,
)
from briefing.store import Workspace


@dataclass
class RecordEdit:
    """Create, change or delete one record as one step (see the module text)."""

    before: Any
    after: Any
    text: str = "Edit record"
    merge_key: str | None = None
    kind: ClassVar[RecordKind]

    def __post_init__(self) -> None:
        self.before, self.after = snap(self.before), snap(self.after)

    @property
    def record_id(self) -> int | None:
        return (self.after or self.before).id

    def apply(self, ws: Workspace) -> Changes:
        self._go(ws, self.before, self.after)
        return Changes.of(self.kind, self.record_id) | self._also()

    def revert(self, ws: Workspace) -> Changes:
        self._go(ws, self.after, self.before)
        return Changes.of(self.kind, self.record_id) | self._also()

    def merged(self, later: Edit) -> Edit | None:
        if self.merge_key is None or getattr(later, "merge_key", None) != self.merge_key:
            return None
        return replace(self, after=later.after)  # type: ignore[attr-defined]

    def _also(self) -> Changes:
        return Changes()

    def _go(self, ws: Workspace, old: Any, new: Any) -> None:
        with ws.transaction():
            if new is None:
                if old is not None and old.id is not None:
                    self._delete(ws, old)
                return
            target = copy.deepcopy(new)
            self._put(ws, old, target)
            self._adopt_ids(new, target)

    def _adopt_ids(self, new: Any, saved: Any) -> None:
        """Keep the ids the first apply of a creation got, so that redo brings back the same
        records (and both snapshots name the record)."""
        new.id, new.uid = saved.id, saved.uid
        for other in (self.before, self.after):
            if other is not None and other.id is None:
                other.id, other.uid = saved.id, saved.uid

    def _put(self, ws: Workspace, old: Any, new: Any) -> None:
        raise NotImplementedError

    def _delete(self, ws: Workspace, old: Any) -> None:
        raise NotImplementedError


@dataclass
class MeetingEdit(RecordEdit):
    """A meeting with its items, participants and sources."""

    text: str = "Edit meeting"
    kind: ClassVar[RecordKind] = RecordKind.MEETING
    _links: list[tuple[int, int | None, int | None]] = field(default_factory=list)

    def _also(self) -> Changes:
        return Changes.of(RecordKind.COMMITMENT)  # links and the source column

    def _go(self, ws: Workspace, old: Meeting | None, new: Meeting | None) -> None:
        with ws.transaction():
            cut = self._cut_links(ws, old, new)
            super()._go(ws, old, new)
            self._links = cut

    def _cut_links(self, ws: Workspace, old: Meeting | None, new: Meeting | None) -> list:
        """Commitments that point at something about to disappear lose their link; remember
        them so that the way back restores the link."""
        if old is None or old.id is None:
            return []
        gone_items = {i.id for i in old.items} - {i.id for i in (new.items if new else [])}
        if new is not None and not gone_items:
            return []
        return [
            (c.id, c.meeting_id, c.item_id)
            for c in ws.commitments.all()
            if (new is None and c.meeting_id == old.id) or c.item_id in gone_items
        ]

    def _put(self, ws: Workspace, old: Meeting | None, new: Meeting) -> None:
        ws.meetings.save(new)
        for cid, meeting_id, item_id in self._links:  # cut by the opposite step
            try:
                c = ws.commitments.get(cid)
            except KeyError:
                continue
            c.meeting_id, c.item_id = meeting_id, item_id
            ws.commitments.save(c)

    def _adopt_ids(self, new: Meeting, saved: Meeting) -> None:
        super()._adopt_ids(new, saved)
        for mine, kept in zip(new.items, saved.items, strict=True):
            mine.id, mine.meeting_id, mine.uid = kept.id, kept.meeting_id, kept.uid
        for mine, kept in zip(new.sources, saved.sources, strict=True):
            mine.id, mine.uid = kept.id, kept.uid

    def _delete(self, ws: Workspace, old: Meeting) -> None:
        ws.meetings.delete(old.id)


@dataclass
class PersonEdit(RecordEdit):
    """A person; the biography is left as the workspace has it."""

    text: str = "Edit person"
    kind: ClassVar[RecordKind] = RecordKind.PERSON

    def _put(self, ws: Workspace, old: Person | None, new: Person) -> None:
        if old is not None and new.id is not None:
            try:
                new.biography = ws.people.get(new.id).biography
            except KeyError:
                pass
        ws.people.save(new)

    def _delete(self, ws: Workspace, old: Person) -> None:
        ws.people.delete(old.id)


@dataclass
class CommitmentEdit(RecordEdit):
    """A tracked commitment: status, due date, notes …"""

    text: str = "Edit commitment"
    kind: ClassVar[RecordKind] = RecordKind.COMMITMENT

    def _put(self, ws: Workspace, old: Commitment | None, new: Commitment) -> None:
        ws.commitments.save(new)

    def _delete(self, ws: Workspace, old: Commitment) -> None:
        ws.commitments.delete(old.id)


@dataclass
class BookEdit(RecordEdit):
    """A book: properties, outline (order, inclusion, owner, status) and programme; section
    texts as described in the module text."""

    text: str = "Edit book"
    kind: ClassVar[RecordKind] = RecordKind.BOOK

    def _put(self, ws: Workspace, old: Book | None, new: Book) -> None:
        if new.id is not None:
            current = _current_sections(ws, new.id)
            for s in new.sections:
                if s.id in current:
                    _copy_text(current[s.id], s)
            # sections this step removes: remember their texts for the way back
            if old is not None:
                kept = {t.id for t in new.sections}
                for s in old.sections:
                    if s.id in current and s.id not in kept:
                        _copy_text(current[s.id], s)
        ws.books.save(new)

    def _adopt_ids(self, new: Book, saved: Book) -> None:
        super()._adopt_ids(new, saved)
        for mine, kept in zip(new.sections, saved.sections, strict=True):
            mine.id, mine.uid = kept.id, kept.uid

    def _delete(self, ws: Workspace, old: Book) -> None:
        # keep the latest texts, so undoing the deletion brings them back
        current = _current_sections(ws, old.id)
        for s in old.sections:
            if s.id in current:
                _copy_text(current[s.id], s)
        ws.books.delete(old.id)


def _current_sections(ws: Workspace, book_id: int) -> dict[int, Section]:
    try:
        return {s.id: s for s in ws.books.get(book_id).sections if s.id is not None}
    except KeyError:
        return {}


def _copy_text(src: Section, dst: Section) -> None:
    for name in Section.TEXT_FIELDS:
        setattr(dst, name, getattr(src, name))


# ---------------------------------------------------------------------------- one field

#: where each kind of record saves one field alone
_FIELD_SAVERS = {
    RecordKind.MEETING: lambda ws, rid, name, value: ws.meetings.save_fields(rid, {name: value}),
    RecordKind.PERSON: lambda ws, rid, name, value: ws.people.save_fields(rid, {name: value}),
    RecordKind.BOOK: lambda ws, rid, name, value: ws.books.save_fields(rid, {name: value}),
}


@dataclass
class FieldEdit:
    """One field of one record, from ``before`` to ``after``; saves that field only."""

    kind: RecordKind
    record_id: int
    name: str
    before: Any
    after: Any
    text: str = ""
    merge_key: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in _FIELD_SAVERS:
            raise TypeError(f"a field of a {self.kind} is not edited alone")
        self.text = self.text or f"Change {self.kind} {self.name.replace('_', ' ')}"
        self.merge_key = self.merge_key or f"{self.kind}:{self.record_id}:{self.name}"

    def apply(self, ws: Workspace) -> Changes:
        _FIELD_SAVERS[self.kind](ws, self.record_id, self.name, self.after)
        return Changes.of(self.kind, self.record_id)

    def revert(self, ws: Workspace) -> Changes:
        _FIELD_SAVERS[self.kind](ws, self.record_id, self.name, self.before)
        return Changes.of(self.kind, self.record_id)

    def merged(self, later: Edit) -> Edit | None:
        if not isinstance(later, FieldEdit) or later.merge_key != self.merge_key:
            return None
        return replace(self, after=later.after)


# ---------------------------------------------------------------------------- commitments


def track_commitment(item: Item, due: dt.date | None = None) -> CommitmentEdit:
    """The one action "Track as commitment" for a pledge or an agreement."""
    return CommitmentEdit(None, Commitment.from_item(item, due), text="Track as commitment")


def change_status(
    c: Commitment, status: CommitmentStatus, on: dt.date | None = None
) -> CommitmentEdit:
    """A new status; closing it (done, dropped) dates the closing ``on`` (today), reopening
    it clears that date, and done to dropped keeps it."""
    closed = c.closed
    if status.is_open:
        closed = None
    elif c.status.is_open or closed is None:
        closed = on or dt.date.today()
    return CommitmentEdit(
        c,
        replace(c, status=status, notes=list(c.notes), closed=closed),
        text=f"Set status to {status}",
    )


def add_note(c: Commitment, note: ProgressNote) -> CommitmentEdit:
    return CommitmentEdit(c, replace(c, notes=[*c.notes, note]), text="Add progress note")
