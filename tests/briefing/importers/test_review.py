"""Reviewing a draft (Qt-free): commitments follow their items, the one import edit (create,
undo, redo), and finding a release that is already in the workspace."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.edits import ImportMeetingEdit, new_person_ref
from briefing.importers import review
from briefing.importers.duplicates import FingerprintCache, find_duplicate
from briefing.importers.press_release import extract, fingerprint
from briefing.model import (
    BOTH,
    Commitment,
    Item,
    ItemKind,
    Meeting,
    Name,
    Participant,
    Person,
    Settings,
    SourceDocument,
)
from briefing.store import Workspace

SETTINGS = Settings(countries=["Cambodia", "China"])


@pytest.fixture
def draft(sample_text):
    return extract(sample_text, SETTINGS, reference_date=dt.date(2024, 12, 1))


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.create(tmp_path / "w.briefing", SETTINGS)
    yield workspace
    workspace.close()


def _index(draft, kind):
    return next(n for n, i in enumerate(draft.items) if i.kind == kind)


# --------------------------------------------------------------------------- review rules


def test_commitment_follows_its_item(draft):
    proposed = len(draft.commitments)
    pledge = _index(draft, ItemKind.PLEDGE)
    proposal = next(c for c in draft.commitments if c.item == pledge)
    assert review.change_item(draft, pledge, area="agriculture", side=BOTH)
    assert (proposal.area, proposal.owed_by) == ("agriculture", BOTH)
    review.change_item(draft, pledge, text="China will buy more Cambodian farm produce.")
    assert proposal.text == "China will buy more Cambodian farm produce."
    assert not review.change_item(draft, pledge, area="agriculture")  # no change
    # an item that is no longer a pledge loses its proposal; made one again, it gets it back
    review.change_item(draft, pledge, kind="statement")
    assert all(c.item != pledge for c in draft.commitments)
    assert len(draft.commitments) == proposed - 1
    review.change_item(draft, pledge, kind=ItemKind.PLEDGE)
    assert [c.item for c in draft.commitments] == sorted(c.item for c in draft.commitments)
    assert len(draft.commitments) == proposed


def test_a_statement_made_an_agreement_is_proposed(draft):
    first = 0
    assert draft.items[first].kind == ItemKind.STATEMENT
    before = review.counts(draft)["commitments"]
    review.change_item(draft, first, kind="agreement")
    assert draft.commitments[0].item == first and draft.commitments[0].keep
    assert review.counts(draft)["commitments"] == before + 1


def test_left_out_item_takes_its_commitment_along(draft):
    before = review.counts(draft)
    pledge = _index(draft, ItemKind.PLEDGE)
    proposal = next(c for c in draft.commitments if c.item == pledge)
    assert proposal.keep  # "pledged to increase the import of …": something to deliver
    review.change_item(draft, pledge, keep=False)
    assert not review.commitment_possible(draft, proposal)
    assert review.counts(draft) == {
        "items": before["items"] - 1,
        "new_people": 2,
        "participants": 2,
        "commitments": before["commitments"] - 1,
    }


def test_bad_changes_are_refused(draft):
    with pytest.raises(ValueError):
        review.change_item(draft, 0, colour="red")
    review.change_item(draft, 0, text="   ")  # an empty text keeps the old one
    assert draft.items[0].text
    draft.participants[0].person_id = 7
    with pytest.raises(ValueError, match="already in the workspace"):
        review.change_person(draft, 0, title="King")
    assert review.change_person(draft, 0, keep=False)


def test_choices_keep_draft_values(draft):
    draft.items[0].side = "Lao PDR"
    draft.items[1].area = "space"
    assert review.side_choices(draft, SETTINGS) == ["Cambodia", "China", BOTH, "Lao PDR"]
    assert review.area_choices(draft, SETTINGS)[-1] == ("space", "space")


def test_problems_block_the_plan(draft):
    draft.meeting_date = None
    assert review.problems(draft) == ["Set the meeting date."]
    with pytest.raises(ValueError, match="meeting date"):
        review.plan(draft, SETTINGS)
    draft.meeting_date = dt.date(2024, 10, 10)
    draft.end_date = dt.date(2024, 10, 9)
    assert review.problems(draft) == ["The end date is before the meeting date."]


# --------------------------------------------------------------------------- the one edit


def test_plan_creates_everything_in_one_edit_and_undoes_it(draft, ws):
    items = len(draft.items)
    review.change_item(draft, 1, keep=False)
    review.change_item(draft, 2, area="people")
    plan = review.plan(draft, ws.settings)
    assert plan.summary == "the meeting of 10 October 2024, Vientiane, Lao PDR"
    edit = plan.edit
    edit.apply(ws)
    meeting = ws.meetings.get(edit.record_id)
    assert (meeting.date, meeting.city, meeting.country) == (
        dt.date(2024, 10, 10),
        "Vientiane",
        "Lao PDR",
    )
    assert len(meeting.items) == items - 1 and meeting.items[1].area == "people"
    assert meeting.sources[0].text == draft.text
    assert meeting.sources[0].issue_date == dt.date(2024, 10, 11)
    people = {p.display_name: p for p in ws.people.all()}
    assert set(people) == {"Hun Manet", "Li Qiang"}
    assert {p.person_id for p in meeting.participants} == {p.id for p in people.values()}
    commitments = ws.commitments.all()
    ticked = [c for c in draft.commitments if c.keep and draft.items[c.item].keep]
    assert len(commitments) == len(ticked) > 0
    by_item = {i.id: i for i in meeting.items}
    for c in commitments:
        assert c.meeting_id == meeting.id and by_item[c.item_id].can_commit
    created = edit.created

    edit.revert(ws)
    assert ws.meetings.summaries() == [] and ws.people.all() == [] and ws.commitments.all() == []
    edit.apply(ws)  # redo: the same records, the same ids
    assert edit.created == created
    assert ws.meetings.get(meeting.id).items[1].area == "people"
    assert sorted(c.id for c in ws.commitments.all()) == sorted(created["commitment"])
    assert ws.commitments.all()[0].meeting_id == meeting.id


def test_matched_people_are_not_created_again(sample_text, ws):
    li = Person([Name("LI Qiang")], side="China", honorific="H.E.")
    ws.people.save(li)
    draft = extract(sample_text, SETTINGS, ws.people.all())
    assert [p.person_id for p in draft.participants] == [None, li.id]
    edit = review.plan(draft, ws.settings).edit
    edit.apply(ws)
    assert len(ws.people.all()) == 2
    assert li.id in {p.person_id for p in ws.meetings.get(edit.record_id).participants}
    edit.revert(ws)
    assert [p.id for p in ws.people.all()] == [li.id]


def test_failed_import_changes_nothing(ws):
    edit = ImportMeetingEdit(
        [Person([Name("NEW Person")])],
        Meeting(
            date=dt.date(2024, 1, 1),
            participants=[Participant(new_person_ref(0))],
            items=[Item("no-such-area", "China", ItemKind.PLEDGE, "x")],
        ),
        [(0, Commitment("x", "China", "trade"))],
    )
    with pytest.raises(Exception):  # noqa: B017 - the store refuses the unknown area
        edit.apply(ws)
    assert ws.people.all() == [] and ws.meetings.summaries() == [] and ws.commitments.all() == []


def test_edit_checks_its_references():
    with pytest.raises(ValueError):
        ImportMeetingEdit([], Meeting(date=dt.date(2024, 1, 1)), [(0, Commitment("x", "A", "t"))])
    with pytest.raises(ValueError):
        ImportMeetingEdit(
            [], Meeting(date=dt.date(2024, 1, 1), participants=[Participant(new_person_ref(0))])
        )


# --------------------------------------------------------------------------- duplicates


def test_duplicate_found_by_fingerprint(sample_text, draft, ws):
    assert find_duplicate(ws, draft.fingerprint) is None
    review.plan(draft, ws.settings).edit.apply(ws)
    rewrapped = sample_text.replace("\n\n", "\n\n\n").replace(". ", ".  ")
    found = find_duplicate(ws, fingerprint(rewrapped))
    assert found is not None
    assert found.label == "10 October 2024, Vientiane, Lao PDR"
    assert "already in the workspace as the meeting of 10 October 2024, Vientiane" in found.message
    assert find_duplicate(ws, fingerprint(sample_text.replace("2024", "2025"))) is None
    assert find_duplicate(ws, "") is None


def test_fingerprint_cache_is_keyed_by_text(sample_text):
    cache = FingerprintCache(size=2)
    assert cache(sample_text) == fingerprint(sample_text)
    cache(sample_text)
    assert (cache.hits, cache.misses) == (1, 1)
    cache("one text"), cache("another text")
    assert len(cache) == 2  # the oldest went out
    other = sample_text.replace("Vientiane", "Phnom Penh")
    assert cache(other) != cache(sample_text)


def test_manual_source_is_a_duplicate_too(sample_text, ws):
    meeting = Meeting(
        date=dt.date(2024, 10, 10),
        city="Vientiane",
        sources=[SourceDocument("Press release", text=sample_text)],
    )
    ws.meetings.save(meeting)
    draft = extract(sample_text, SETTINGS)
    found = find_duplicate(ws, draft.fingerprint)
    assert found is not None and found.meeting_id == meeting.id
