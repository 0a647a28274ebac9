"""A reviewed draft turned into the workspace's records: the meeting, new people, commitments;
and the fingerprint that tells a release already imported.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from briefing.importers.cleanup import clean_text
from briefing.importers.draft import Draft, DraftPerson
from briefing.importers.errors import NO_MEETING_DATE, ExtractError
from briefing.model import (
    Commitment,
    Item,
    Meeting,
    Name,
    Office,
    Participant,
    Person,
    Settings,
    SourceDocument,
)

_NOT_ALNUM = re.compile(r"[\W_]+")


def fingerprint(text: str) -> str:
    """A hash of the release's words: the same release pasted or opened from a file matches."""
    clean = unicodedata.normalize("NFKC", clean_text(text)).casefold()
    letters = _NOT_ALNUM.sub("", clean)  # what str.isalnum keeps, in one scan
    return hashlib.sha256(letters.encode("utf-8")).hexdigest()


def to_meeting(draft: Draft, settings: Settings) -> Meeting:
    """The reviewed draft as a Meeting (not saved); kept participants need a person id."""
    date = draft.meeting_date or draft.issue_date
    if date is None:
        raise ExtractError(NO_MEETING_DATE)
    del settings  # the draft already uses the workspace's areas and country spellings
    items = [
        Item(area=i.area, side=i.side, kind=i.kind, text=i.text) for i in draft.items if i.keep
    ]
    issuer = ", ".join(p for p in (draft.issuer, draft.department) if p)
    source = SourceDocument(
        title=draft.title or "Press release",
        issuer=issuer,
        issue_date=draft.issue_date,
        text=draft.text,
    )
    participants = [
        Participant(person_id=p.person_id)
        for p in draft.participants
        if p.keep and p.person_id is not None
    ]
    return Meeting(
        date=date,
        kind=draft.kind,
        end_date=draft.end_date,
        city=draft.city,
        country=draft.country,
        occasion=draft.occasion,
        title=draft.title,
        participants=participants,
        sources=[source],
        items=items,
    )


def new_people(draft: Draft) -> list[DraftPerson]:
    """Kept participants that match nobody in the workspace (to be created first)."""
    return [p for p in draft.participants if p.keep and p.person_id is None]


def to_person(person: DraftPerson) -> Person:
    """A new workspace person from a draft participant (office start unknown: left empty)."""
    offices = [Office(person.title)] if person.title else []
    return Person(
        names=[Name(person.display_name)],
        side=person.side,
        honorific=person.honorific,
        offices=offices,
    )


def to_commitments(draft: Draft, meeting: Meeting) -> list[Commitment]:
    """Commitments for the kept proposals, pointing at ``meeting``'s items (save it first)."""
    kept = [index for index, item in enumerate(draft.items) if item.keep]
    position = {draft_index: meeting_index for meeting_index, draft_index in enumerate(kept)}
    result = []
    for proposal in draft.commitments:
        where = position.get(proposal.item)
        if not proposal.keep or where is None or where >= len(meeting.items):
            continue
        commitment = Commitment.from_item(meeting.items[where])
        commitment.text, commitment.owed_by, commitment.area = (
            proposal.text,
            proposal.owed_by,
            proposal.area,
        )
        result.append(commitment)
    return result
