"""What a review of a draft may change, and the one edit that saves the reviewed draft.

The review dialog (``ui/dialogs/import_review.py``) only shows a :class:`Draft` and passes the
officer's changes here, so that the rules — a proposed commitment follows its item; only pledges
and agreements can be commitments; a record needs a date — live in the core and are tested
without a screen.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from briefing.edits import ImportMeetingEdit, new_person_ref
from briefing.importers.draft import Draft, DraftCommitment, DraftItem, DraftPerson
from briefing.importers.to_records import new_people, to_commitments, to_meeting, to_person
from briefing.model import BOTH, COMMITTING_KINDS, ItemKind, MeetingKind, Settings, format_date

ITEM_FIELDS = ("area", "side", "kind", "text", "keep")
PERSON_FIELDS = ("display_name", "honorific", "title", "side", "keep")


# --------------------------------------------------------------------------- choices


def side_choices(draft: Draft, settings: Settings) -> list[str]:
    """The sides an item or person may take: the workspace's countries, "Both", then any other
    country the release names (so a draft value is never lost from a list)."""
    result = [*settings.countries, BOTH]
    for value in [p.side for p in draft.participants] + [i.side for i in draft.items]:
        if value and value not in result:
            result.append(value)
    return result


def area_choices(draft: Draft, settings: Settings) -> list[tuple[str, str]]:
    """(key, name) of every area an item may take; a key the workspace lacks is kept, named
    as it is."""
    result = [(a.key, a.name) for a in settings.areas]
    keys = {key for key, _name in result}
    for item in draft.items:
        if item.area not in keys:
            result.append((item.area, item.area))
            keys.add(item.area)
    return result


KIND_CHOICES = list(ItemKind)
MEETING_KIND_CHOICES = list(MeetingKind)


# --------------------------------------------------------------------------- changes


def change_item(draft: Draft, index: int, **changes: object) -> bool:
    """Change one item (area, side, kind, text, keep); the proposed commitment follows.

    Returns True if anything changed. A pledge or agreement gets a proposed commitment
    (kept) when it has none; an item that is no longer one loses its proposal. A proposal
    whose text, owner or area was the item's follows the item's new value.
    """
    unknown = set(changes) - set(ITEM_FIELDS)
    if unknown:
        raise ValueError(f"not fields of an item: {', '.join(sorted(unknown))}")
    item = draft.items[index]
    before = copy.copy(item)
    if "kind" in changes:
        changes["kind"] = ItemKind(changes["kind"])  # type: ignore[arg-type]
    if "text" in changes:
        changes["text"] = str(changes["text"]).strip() or item.text
    for name, value in changes.items():
        setattr(item, name, value)
    if before == item:
        return False
    proposals = [c for c in draft.commitments if c.item == index]
    if item.kind in COMMITTING_KINDS and not proposals:
        at = sum(1 for c in draft.commitments if c.item < index)
        draft.commitments.insert(at, DraftCommitment(item.text, item.side, item.area, index))
    elif item.kind not in COMMITTING_KINDS:
        draft.commitments[:] = [c for c in draft.commitments if c.item != index]
    else:
        for c in proposals:
            if c.text == before.text:
                c.text = item.text
            if c.owed_by == before.side:
                c.owed_by = item.side
            if c.area == before.area:
                c.area = item.area
    return True


def change_person(draft: Draft, index: int, **changes: object) -> bool:
    """Change one proposed participant. A person matched in the workspace can only be kept or
    left out: the workspace's record of them is changed in the people editor."""
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise ValueError(f"not fields of a participant: {', '.join(sorted(unknown))}")
    person = draft.participants[index]
    if person.person_id is not None and set(changes) - {"keep"}:
        raise ValueError(f"{person.display_name} is already in the workspace; edit them there")
    before = copy.copy(person)
    for name, value in changes.items():
        setattr(person, name, value.strip() if isinstance(value, str) else value)
    if not person.display_name:
        person.display_name = before.display_name
    if not person.name:  # added by the officer: "as written" is what they typed
        person.name = person.display_name
    return before != person


def add_participant(draft: Draft) -> int:
    """A blank participant for the officer to fill in (one the release leaves out); its row."""
    draft.participants.append(DraftPerson(name="", display_name=""))
    draft.missing = [m for m in draft.missing if m != "participants"]
    return len(draft.participants) - 1


def commitment_possible(draft: Draft, commitment: DraftCommitment) -> bool:
    """A proposal can only be created with its item (an item left out takes it along)."""
    return 0 <= commitment.item < len(draft.items) and draft.items[commitment.item].keep


def counts(draft: Draft) -> dict[str, int]:
    """What accepting would create, for the dialog's button and summary."""
    return {
        "items": sum(1 for i in draft.items if i.keep),
        "new_people": len(new_people(draft)),
        "participants": sum(1 for p in draft.participants if p.keep),
        "commitments": sum(
            1 for c in draft.commitments if c.keep and commitment_possible(draft, c)
        ),
    }


def problems(draft: Draft) -> list[str]:
    """What must be put right before the draft can be saved (empty: it can be)."""
    found = []
    if draft.meeting_date is None:
        found.append("Set the meeting date.")
    if draft.end_date and draft.meeting_date and draft.end_date < draft.meeting_date:
        found.append("The end date is before the meeting date.")
    if any(p.keep and not p.display_name.strip() for p in draft.participants):
        found.append("Name every participant you added, or leave them out.")
    if not any(i.keep for i in draft.items) and not any(p.keep for p in draft.participants):
        found.append("Keep at least one participant or item, or cancel the import.")
    return found


# --------------------------------------------------------------------------- saving


@dataclass
class Plan:
    """The reviewed draft as the records it will create."""

    edit: ImportMeetingEdit
    summary: str  # "the meeting of 10 October 2024, Vientiane, Lao PDR"


def plan(draft: Draft, settings: Settings) -> Plan:
    """The one undoable edit that creates the draft's new people, the meeting (with the
    release as its source document) and the kept commitments. Raises ValueError with a
    message fit for the user when :func:`problems` finds any."""
    found = problems(draft)
    if found:
        raise ValueError(" ".join(found))
    work = copy.deepcopy(draft)
    fresh = new_people(work)
    for index, person in enumerate(fresh):
        person.person_id = new_person_ref(index)
    meeting = to_meeting(work, settings)
    for index, item in enumerate(meeting.items):  # stand-in ids: the position of each item
        item.id = index
    commitments = []
    for commitment in to_commitments(work, meeting):
        position = commitment.item_id
        commitment.meeting_id = commitment.item_id = None
        commitments.append((position, commitment))
    for item in meeting.items:
        item.id = None
    summary = f"the meeting of {meeting.label}"
    edit = ImportMeetingEdit(
        [to_person(p) for p in fresh],
        meeting,
        commitments,  # type: ignore[arg-type]
        text=f"Import {summary}",
    )
    return Plan(edit, summary)


def person_label(person: DraftPerson) -> str:
    """ "Samdech Moha Borvor Thipadei Hun Manet" """
    return " ".join(p for p in (person.honorific, person.display_name) if p)


def item_label(item: DraftItem, settings: Settings) -> str:
    return f"{settings.area_name(item.area)} · {item.side} · {item.kind}"


def date_label(draft: Draft) -> str:
    return format_date(draft.meeting_date)
