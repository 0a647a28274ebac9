"""Core edit operations: small Qt-free objects with ``apply`` and ``revert``.

The GUI wraps each one in a ``QUndoCommand`` (``ui/commands.py``); a script or a test can use
them directly. An edit is a pair of snapshots (``before`` / ``after``) of one record. ``None``
on one side means the record does not exist there (created or deleted).

Free text that the editors save on their own (section texts, a person's biography) is *not*
restored by undoing a structural edit: such fields are taken from the workspace as it is when
the edit is applied or reverted, so undoing "move section up" never throws away typing.

Also here: :func:`save_section_text`, the autosave path of the section editor, which changes
only the text fields of a section and leaves its place, owner, status … as they are.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from dataclasses import dataclass, field, replace
from typing import Protocol

from .model import (
    BOTH,
    Book,
    Commitment,
    CommitmentStatus,
    Item,
    Meeting,
    Person,
    ProgressNote,
    Section,
    SectionKind,
    SectionStatus,
    Settings,
)
from .store import Workspace, WorkspaceError

log = logging.getLogger(__name__)


class Edit(Protocol):
    text: str
    kind: str  # "meeting" | "person" | "commitment" | "book"

    @property
    def record_id(self) -> int | None: ...

    def apply(self, ws: Workspace) -> None: ...

    def revert(self, ws: Workspace) -> None: ...


def _snap(obj):  # a private copy, so the caller can go on mutating its object
    return copy.deepcopy(obj) if obj is not None else None


# ---------------------------------------------------------------------------- meetings


@dataclass
class MeetingEdit:
    """Create, change or delete a meeting (with its items, participants and sources)."""

    before: Meeting | None
    after: Meeting | None
    text: str = "Edit meeting"
    kind: str = "meeting"
    _links: list[tuple[int, int | None, int | None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.before, self.after = _snap(self.before), _snap(self.after)

    @property
    def record_id(self) -> int | None:
        return (self.after or self.before).id  # type: ignore[union-attr]

    def apply(self, ws: Workspace) -> None:
        self._go(ws, self.before, self.after)

    def revert(self, ws: Workspace) -> None:
        self._go(ws, self.after, self.before)

    def _go(self, ws: Workspace, old: Meeting | None, new: Meeting | None) -> None:
        with ws.transaction():
            # Commitments that point at something about to disappear lose their link
            # (ON DELETE SET NULL); remember them so that the way back restores the link.
            gone_items = {i.id for i in (old.items if old else [])} - {
                i.id for i in (new.items if new else [])
            }
            cut: list[tuple[int, int | None, int | None]] = []
            if old is not None and old.id is not None and (new is None or gone_items):
                for c in ws.commitments():
                    if (new is None and c.meeting_id == old.id) or c.item_id in gone_items:
                        cut.append((c.id, c.meeting_id, c.item_id))  # type: ignore[arg-type]
            if new is None:
                if old is not None and old.id is not None:
                    ws.delete_meeting(old.id)
            else:
                target = copy.deepcopy(new)
                ws.save_meeting(target)
                if new.id is None:  # first apply of a creation: keep the ids for redo
                    new.id = target.id
                for mine, saved in zip(new.items, target.items, strict=True):
                    mine.id, mine.meeting_id = saved.id, saved.meeting_id
                for mine, saved in zip(new.sources, target.sources, strict=True):
                    mine.id = saved.id
                for cid, meeting_id, item_id in self._links:  # cut by the opposite step
                    try:
                        c = ws.get_commitment(cid)
                    except KeyError:
                        continue
                    c.meeting_id, c.item_id = meeting_id, item_id
                    ws.save_commitment(c)
            self._links = cut


# ---------------------------------------------------------------------------- people


@dataclass
class PersonEdit:
    """Create, change or delete a person. The biography is left as the workspace has it."""

    before: Person | None
    after: Person | None
    text: str = "Edit person"
    kind: str = "person"

    def __post_init__(self) -> None:
        self.before, self.after = _snap(self.before), _snap(self.after)

    @property
    def record_id(self) -> int | None:
        return (self.after or self.before).id  # type: ignore[union-attr]

    def apply(self, ws: Workspace) -> None:
        self._go(ws, self.before, self.after)

    def revert(self, ws: Workspace) -> None:
        self._go(ws, self.after, self.before)

    def _go(self, ws: Workspace, old: Person | None, new: Person | None) -> None:
        if new is None:
            if old is not None and old.id is not None:
                ws.delete_person(old.id)
            return
        target = copy.deepcopy(new)
        if old is not None and target.id is not None:
            try:
                target.biography = ws.get_person(target.id).biography
            except KeyError:
                pass
        ws.save_person(target)
        new.id = target.id
        for other in (self.before, self.after):
            if other is not None and other.id is None:
                other.id = target.id


# ---------------------------------------------------------------------------- commitments


@dataclass
class CommitmentEdit:
    """Create, change (status, due date, notes …) or delete a tracked commitment."""

    before: Commitment | None
    after: Commitment | None
    text: str = "Edit commitment"
    kind: str = "commitment"

    def __post_init__(self) -> None:
        self.before, self.after = _snap(self.before), _snap(self.after)

    @property
    def record_id(self) -> int | None:
        return (self.after or self.before).id  # type: ignore[union-attr]

    def apply(self, ws: Workspace) -> None:
        self._go(ws, self.before, self.after)

    def revert(self, ws: Workspace) -> None:
        self._go(ws, self.after, self.before)

    def _go(self, ws: Workspace, old: Commitment | None, new: Commitment | None) -> None:
        if new is None:
            if old is not None and old.id is not None:
                ws.delete_commitment(old.id)
            return
        target = copy.deepcopy(new)
        ws.save_commitment(target)
        new.id = target.id
        for other in (self.before, self.after):
            if other is not None and other.id is None:
                other.id = target.id


def track_commitment(item: Item, due: dt.date | None = None) -> CommitmentEdit:
    """The one action "Track as commitment" for a pledge or an agreement."""
    return CommitmentEdit(None, Commitment.from_item(item, due), text="Track as commitment")


def change_status(c: Commitment, status: CommitmentStatus) -> CommitmentEdit:
    return CommitmentEdit(
        c, replace(c, status=status, notes=list(c.notes)), text=f"Set status to {status}"
    )


def add_note(c: Commitment, note: ProgressNote) -> CommitmentEdit:
    return CommitmentEdit(c, replace(c, notes=[*c.notes, note]), text="Add progress note")


# ---------------------------------------------------------------------------- imports


def new_person_ref(index: int) -> int:
    """The stand-in ``Participant.person_id`` for the ``index``-th person an
    :class:`ImportMeetingEdit` creates (negative, so it never clashes with a real id)."""
    return -(index + 1)


@dataclass
class ImportMeetingEdit:
    """Create the new people, the meeting that names them and the commitments on its items,
    as one step (an imported press release).

    ``meeting.participants`` name an existing person by id, or a person of ``people`` by
    :func:`new_person_ref`; ``commitments`` are ``(index into meeting.items, commitment)``.
    The first apply creates the records and keeps their ids, so redo brings back the same ones.
    """

    people: list[Person]
    meeting: Meeting
    commitments: list[tuple[int, Commitment]] = field(default_factory=list)
    text: str = "Import meeting"
    kind: str = "meeting"
    #: other kinds of record this edit creates (the GUI refreshes their lists too)
    also_changed: tuple[str, ...] = ("person", "commitment")
    _steps: list[Edit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.people = _snap(self.people)
        self.meeting = _snap(self.meeting)
        self.commitments = _snap(self.commitments)
        for index, _c in self.commitments:
            if not 0 <= index < len(self.meeting.items):
                raise ValueError(f"commitment on item {index}: the meeting has no such item")
        for p in self.meeting.participants:
            if p.person_id < 0 and -p.person_id > len(self.people):
                raise ValueError(f"participant {p.person_id}: no such new person")

    @property
    def record_id(self) -> int | None:
        return self.meeting.id

    def apply(self, ws: Workspace) -> None:
        with ws.transaction():
            if self._steps:  # redo: the same records with the same ids
                for step in self._steps:
                    step.apply(ws)
                return
            steps: list[Edit] = []
            for person in self.people:
                step = PersonEdit(None, person, text=self.text)
                step.apply(ws)
                steps.append(step)
            ids = [step.after.id for step in steps]  # type: ignore[union-attr]
            meeting = copy.deepcopy(self.meeting)
            for p in meeting.participants:
                if p.person_id < 0:
                    p.person_id = ids[-p.person_id - 1]  # type: ignore[assignment]
            step = MeetingEdit(None, meeting, text=self.text)
            step.apply(ws)
            steps.append(step)
            saved = step.after
            for index, commitment in self.commitments:
                item = saved.items[index]  # type: ignore[union-attr]
                commitment = replace(commitment, meeting_id=saved.id, item_id=item.id)  # type: ignore[union-attr]
                c_step = CommitmentEdit(None, commitment, text=self.text)
                c_step.apply(ws)
                steps.append(c_step)
            self.meeting = copy.deepcopy(saved)  # type: ignore[assignment]
            self._steps = steps

    def revert(self, ws: Workspace) -> None:
        with ws.transaction():
            for step in reversed(self._steps):
                step.revert(ws)

    @property
    def created(self) -> dict[str, list[int]]:
        """Ids of what the first apply created: {"person": [...], "meeting": [...], ...}."""
        found: dict[str, list[int]] = {"person": [], "meeting": [], "commitment": []}
        for step in self._steps:
            found[step.kind].append(step.record_id)  # type: ignore[arg-type]
        return found


# ---------------------------------------------------------------------------- books


@dataclass
class BookEdit:
    """Create, change or delete a book: properties, outline (order, inclusion, owner, status)
    and programme. Section *texts* are kept as the workspace has them, except for sections the
    edit brings back (whose texts come from the snapshot)."""

    before: Book | None
    after: Book | None
    text: str = "Edit book"
    kind: str = "book"
    #: consecutive edits with the same key may merge into one undo step (one field, one record)
    merge_key: str | None = None

    def __post_init__(self) -> None:
        self.before, self.after = _snap(self.before), _snap(self.after)

    @property
    def record_id(self) -> int | None:
        return (self.after or self.before).id  # type: ignore[union-attr]

    def apply(self, ws: Workspace) -> None:
        self._go(ws, self.before, self.after)

    def revert(self, ws: Workspace) -> None:
        self._go(ws, self.after, self.before)

    def _go(self, ws: Workspace, old: Book | None, new: Book | None) -> None:
        if new is None:
            if old is not None and old.id is not None:
                # keep the latest texts, so undoing the deletion brings them back
                current = _current_sections(ws, old.id)
                for s in old.sections:
                    if s.id in current:
                        _copy_text(current[s.id], s)
                ws.delete_book(old.id)
            return
        target = copy.deepcopy(new)
        if target.id is not None:
            current = _current_sections(ws, target.id)
            for s in target.sections:
                if s.id in current:
                    _copy_text(current[s.id], s)
            # sections this step removes: remember their texts for the way back
            if old is not None:
                for s in old.sections:
                    if s.id in current and s.id not in {t.id for t in target.sections}:
                        _copy_text(current[s.id], s)
        ws.save_book(target)
        new.id = target.id
        for mine, saved in zip(new.sections, target.sections, strict=True):
            mine.id = saved.id
        for other in (self.before, self.after):
            if other is not None and other.id is None:
                other.id = target.id


def _current_sections(ws: Workspace, book_id: int) -> dict[int, Section]:
    try:
        return {s.id: s for s in ws.get_book(book_id).sections if s.id is not None}
    except KeyError:
        return {}


def _copy_text(src: Section, dst: Section) -> None:
    for name in Section.TEXT_FIELDS:
        setattr(dst, name, getattr(src, name))


def move_section(book: Book, index: int, to: int) -> BookEdit:
    """Move the section at ``index`` so that it ends up at position ``to``."""
    after = copy.deepcopy(book)
    section = after.sections.pop(index)
    after.sections.insert(max(0, min(to, len(after.sections))), section)
    return BookEdit(book, after, text=f"Move “{section.title}”")


# ---------------------------------------------------------------------------- autosave


def save_section_text(ws: Workspace, book_id: int, section_id: int, texts: dict[str, str]) -> None:
    """Write only the text fields of one section (the section editor's autosave path)."""
    unknown = set(texts) - set(Section.TEXT_FIELDS)
    if unknown:
        raise ValueError(f"not text fields of a section: {', '.join(sorted(unknown))}")
    with ws.transaction() as conn:
        row = conn.execute(
            "SELECT title, kind, area, classification, owner, status, included, objective,"
            " points, if_raised, background FROM sections WHERE id = ? AND book_id = ?",
            (section_id, book_id),
        ).fetchone()
        if row is None:
            raise KeyError(f"no section {section_id} in book {book_id}")
        section = Section(
            title=row[0],
            kind=SectionKind(row[1]),
            area=row[2],
            classification=row[3],
            owner=row[4],
            status=SectionStatus(row[5]),
            included=bool(row[6]),
            objective=row[7],
            points=row[8],
            if_raised=row[9],
            background=row[10],
            id=section_id,
        )
        for name, value in texts.items():
            setattr(section, name, value)
        ws.save_section(book_id, section)


def save_biography(ws: Workspace, person_id: int, biography: str) -> None:
    """Write a person's biography only (the people editor's autosave path)."""
    with ws.transaction():
        person = ws.get_person(person_id)
        person.biography = biography
        ws.save_person(person)


# ---------------------------------------------------------------------------- section properties

#: the kinds a free-standing section (one that is not the brief of an area) may take
FREE_KINDS = (SectionKind.PURPOSE, SectionKind.PROGRAMME, SectionKind.ANNEX, SectionKind.OTHER)


def set_section_property(
    book: Book, section_id: int | None, name: str, value: object, settings: Settings
) -> BookEdit:
    """Change one property of one section (title, owner, status, included, classification,
    kind) as one undoable step. A classification must be one of the workspace's levels ("" for
    none of its own); only a free-standing section may change its kind, and never to an area
    brief (a brief belongs to its area)."""
    index = next((n for n, s in enumerate(book.sections) if s.id == section_id), None)
    if index is None:
        raise KeyError(f"no section {section_id} in book “{book.title}”")
    section = book.sections[index]
    if name == "classification":
        if value and value not in settings.classification.levels:
            raise ValueError(
                f"'{value}' is not a classification level of this workspace "
                f"({', '.join(settings.classification.levels)})"
            )
        value = value or ""
    elif name == "kind":
        value = SectionKind(value)  # type: ignore[arg-type]
        if section.kind == SectionKind.AREA or value not in FREE_KINDS:
            raise ValueError(
                "the brief of a cooperation area stays a brief; only other sections change kind"
            )
    elif name == "status":
        value = SectionStatus(value)  # type: ignore[arg-type]
    elif name not in ("title", "owner", "included"):
        raise ValueError(f"'{name}' is not a property of a section that can be set here")
    after = copy.deepcopy(book)
    setattr(after.sections[index], name, value)
    label = {"classification": "classification", "kind": "kind"}.get(name, name)
    edit = BookEdit(book, after, text=f"Change “{section.title}” {label}")
    edit.merge_key = f"book:{book.id}:section:{section_id}:{name}"
    return edit


# ---------------------------------------------------------------------------- counterparts


def set_counterparts(book: Book, person_ids: list[int], text: str = "") -> BookEdit:
    """The book's counterparts (people whose biographies go in the annex), in order."""
    seen: list[int] = []
    for pid in person_ids:
        if pid not in seen:
            seen.append(pid)
    after = copy.deepcopy(book)
    after.counterparts = seen
    return BookEdit(book, after, text=text or "Change counterparts")


def add_counterpart(book: Book, person_id: int, at: int | None = None) -> BookEdit:
    if person_id in book.counterparts:
        raise ValueError("that person is already a counterpart of this book")
    ids = list(book.counterparts)
    ids.insert(len(ids) if at is None else max(0, min(at, len(ids))), person_id)
    return set_counterparts(book, ids, "Add counterpart")


def remove_counterpart(book: Book, person_id: int) -> BookEdit:
    return set_counterparts(
        book, [p for p in book.counterparts if p != person_id], "Remove counterpart"
    )


def move_counterpart(book: Book, index: int, to: int) -> BookEdit:
    ids = list(book.counterparts)
    pid = ids.pop(index)
    ids.insert(max(0, min(to, len(ids))), pid)
    return set_counterparts(book, ids, "Move counterpart")


# ---------------------------------------------------------------------------- settings

#: tables whose rows carry a classification level, with how to name them to the user
_CLASSIFIED = (("books", "book"), ("sections", "section"), ("items", "record item"))


def levels_in_use(ws: Workspace) -> dict[str, dict[str, int]]:
    """{level: {"book": n, "section": n, "record item": n}} for every level a record carries."""
    found: dict[str, dict[str, int]] = {}
    with ws.transaction() as conn:
        for table, label in _CLASSIFIED:
            for level, count in conn.execute(
                f"SELECT classification, COUNT(*) FROM {table} "
                "WHERE classification != '' GROUP BY classification"
            ):
                found.setdefault(level, {})[label] = count
    return found


def describe_use(use: dict[str, int]) -> str:
    """{"section": 2, "record item": 1} -> "2 sections and 1 record item"."""
    parts = [f"{n} {what}{'' if n == 1 else 's'}" for what, n in use.items() if n]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def area_key(name: str, taken: set[str] | list[str]) -> str:
    """A stable key for a new cooperation area, from its name: "Health & Medicine" -> "health";
    made unique among ``taken`` with a number ("health-2")."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    base = "-".join(words[:2]) if words else "area"
    if words and len(words[0]) >= 4:
        base = words[0]
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


@dataclass
class SettingsEdit:
    """Change the workspace settings as one step: countries, ministry, department,
    classification levels and cooperation areas.

    ``renamed_levels`` ({old: new}) carries records marked with a renamed level over to the new
    name (and back on revert). A level that is removed while records still carry it is refused
    with a message that says what uses it; removing an area in use is refused by the store.
    The countries are positional (own, partner): a new name in a position renames that country,
    and the sides of people, items and commitments follow (meeting places are left as written)."""

    before: Settings
    after: Settings
    renamed_levels: dict[str, str] = field(default_factory=dict)
    text: str = "Change workspace settings"
    kind: str = "settings"
    #: the lists that show area names, sides or levels refresh too
    also_changed: tuple[str, ...] = ("meeting", "commitment", "book")

    def __post_init__(self) -> None:
        self.before, self.after = _snap(self.before), _snap(self.after)
        self.renamed_levels = {o: n for o, n in self.renamed_levels.items() if o != n}

    @property
    def record_id(self) -> int | None:
        return None

    def apply(self, ws: Workspace) -> None:
        self._go(ws, self.before, self.after, self.renamed_levels)

    def revert(self, ws: Workspace) -> None:
        self._go(ws, self.after, self.before, {n: o for o, n in self.renamed_levels.items()})

    @staticmethod
    def _go(ws: Workspace, old: Settings, new: Settings, renames: dict[str, str]) -> None:
        levels = new.classification.levels
        if not levels:
            raise WorkspaceError("the classification scheme needs at least one level")
        if len(set(levels)) != len(levels):
            raise WorkspaceError("two classification levels have the same name")
        if any(not level.strip() for level in levels):
            raise WorkspaceError("a classification level needs a name")
        countries = [c for c in new.countries if c]
        if len(set(countries)) != len(countries):
            raise WorkspaceError("the two countries need different names")
        if BOTH in countries:
            raise WorkspaceError(f"'{BOTH}' is the side both countries share; name the country")
        with ws.transaction() as conn:
            _rename_countries(conn, old.countries, new.countries)
            use = levels_in_use(ws)
            for level, counts in use.items():
                if level in levels or renames.get(level) in levels:
                    continue
                raise WorkspaceError(
                    f"the classification level '{level}' is still used by "
                    f"{describe_use(counts)}; mark them with another level first "
                    "(or rename the level instead of removing it)"
                )
            # two passes, so that swapping two names (A->B, B->A) does not merge them
            moves = [(o, n) for o, n in renames.items() if o in use]
            for step in (0, 1):
                for old_level, new_level in moves:
                    for table, _label in _CLASSIFIED:
                        conn.execute(
                            f"UPDATE {table} SET classification = ? WHERE classification = ?",
                            ("\x01" + new_level, old_level)
                            if step == 0
                            else (new_level, "\x01" + new_level),
                        )
            ws.save_settings(new)


_SIDES = (("people", "side"), ("items", "side"), ("commitments", "owed_by"))


def _rename_countries(conn, old: list[str], new: list[str]) -> None:  # noqa: ANN001
    """Carry the sides of records over to renamed countries, position by position."""
    moves = [(o, n) for o, n in zip(old, new, strict=False) if o and n and o != n]
    # two passes, so that swapping the two names does not merge them
    for step in (0, 1):
        for before, after in moves:
            for table, column in _SIDES:
                conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {column} = ?",
                    ("\x01" + after, before) if step == 0 else (after, "\x01" + after),
                )


class _DryRun(Exception):
    pass


def dry_run(ws: Workspace, edit: Edit) -> str | None:
    """Try ``edit`` inside a transaction that is always rolled back: None if it would be
    accepted, else the reason it is refused (the store's own message)."""
    try:
        with ws.transaction():
            edit.apply(ws)
            raise _DryRun
    except _DryRun:
        return None
    except (WorkspaceError, ValueError, KeyError) as exc:
        return str(exc)
