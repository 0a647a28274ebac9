"""An imported press release as one undoable step: new people, the meeting, its commitments."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from briefing.edits.base import Changes, Edit, snap
from briefing.edits.records import CommitmentEdit, MeetingEdit, PersonEdit, RecordEdit
from briefing.model import Commitment, Meeting, Person, RecordKind
from briefing.store import Workspace


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
    merge_key: str | None = None
    _steps: list[RecordEdit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.people = snap(self.people)
        self.meeting = snap(self.meeting)
        self.commitments = snap(self.commitments)
        for index, _c in self.commitments:
            if not 0 <= index < len(self.meeting.items):
                raise ValueError(f"commitment on item {index}: the meeting has no such item")
        for p in self.meeting.participants:
            if p.person_id < 0 and -p.person_id > len(self.people):
                raise ValueError(f"participant {p.person_id}: no such new person")

    @property
    def record_id(self) -> int | None:
        return self.meeting.id

    def merged(self, later: Edit) -> Edit | None:
        return None

    def apply(self, ws: Workspace) -> Changes:
        with ws.transaction():
            if self._steps:  # redo: the same records with the same ids
                for step in self._steps:
                    step.apply(ws)
                return self._changes()
            steps: list[RecordEdit] = []
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
        return self._changes()

    def revert(self, ws: Workspace) -> Changes:
        with ws.transaction():
            for step in reversed(self._steps):
                step.revert(ws)
        return self._changes()

    def _changes(self) -> Changes:
        """The meeting first (the GUI shows it), then the people and commitments it made."""
        return (
            Changes.of(RecordKind.MEETING, self.meeting.id)
            | Changes.of(RecordKind.PERSON)
            | Changes.of(RecordKind.COMMITMENT)
        )

    @property
    def created(self) -> dict[str, list[int]]:
        """Ids of what the first apply created: {"person": [...], "meeting": [...], ...}."""
        found: dict[str, list[int]] = {"person": [], "meeting": [], "commitment": []}
        for step in self._steps:
            found[str(step.kind)].append(step.record_id)  # type: ignore[arg-type]
        return found
