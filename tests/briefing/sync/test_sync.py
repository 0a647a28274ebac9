"""Replicas syncing through a real PostgreSQL library: offline edits on both sides, merges,
every kind of conflict, deletions, append-only records."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing import interchange
from briefing.edits import FieldEdit, MeetingEdit
from briefing.model import (
    Book,
    Item,
    ItemKind,
    Meeting,
    Name,
    Person,
    RecordKind,
    Section,
    Settings,
)
from briefing.store import Workspace
from briefing.store.replica import TABLES
from briefing.sync import engine
from briefing.sync.library import LibraryError


def _settings() -> Settings:
    return Settings(countries=["Cambodia", "China"], ministry="MFAIC")


def _desk_with_records(library, name: str = "desk"):
    """A desk officer's workspace with a meeting, a person and a book, joined to the library."""
    user = library.add_user("desk", name=name)
    ws = library.replica(user, name, _settings())
    li = Person([Name("LI Qiang"), Name("李强", "Hans")], side="China")
    ws.people.save(li)
    meeting = Meeting(dt.date(2024, 10, 10), city="Vientiane", title="PM meets Premier")
    meeting.items = [
        Item("trade", "China", ItemKind.PLEDGE, "Import more rice"),
        Item("energy", "Both", ItemKind.AGREEMENT, "Clean energy"),
    ]
    ws.meetings.save(meeting)
    book = Book("Visit to Beijing", sections=[Section("Trade", area="trade", points="A\n\nB\n\nC")])
    ws.books.save(book)
    return user, ws


def _same_records(a: Workspace, b: Workspace) -> None:
    """Both replicas hold the same records (compared by uid, not by this file's ids)."""
    for kind in ("person", "meeting", "item", "source", "commitment", "book", "section"):
        table = TABLES[kind]
        ua = {u for (u,) in a._db.conn.execute(f"SELECT uid FROM {table}")}
        ub = {u for (u,) in b._db.conn.execute(f"SELECT uid FROM {table}")}
        assert ua == ub, kind
        for uid in ua:
            assert a.replica.doc(kind, uid) == b.replica.doc(kind, uid), (kind, uid)
    assert a.settings == b.settings


def test_a_workspace_joins_and_a_new_replica_receives_everything(library):
    user, desk = _desk_with_records(library)
    report = library.sync(desk, user)
    # settings, a person, a meeting, its two items, a book, its section
    assert (report.pushed, report.conflicts, desk.replica.waiting()) == (7, 0, 0)
    assert library.sql("SELECT count(*) FROM briefing.records")[0][0] == 7
    embassy_user = library.add_user("desk", name="embassy")
    embassy = library.replica(embassy_user, "embassy")
    got = library.sync(embassy, embassy_user)
    assert got.pulled >= 7 and got.conflicts == 0
    _same_records(desk, embassy)
    meeting = embassy.meetings.get(embassy.meetings.ids()[0])
    assert [i.text for i in meeting.items] == ["Import more rice", "Clean energy"]
    assert embassy.search.query("rice")  # the full-text index follows
    assert engine.status(embassy).waiting == 0


def test_offline_edits_on_both_sides_merge_field_by_field(library):
    user, desk = _desk_with_records(library)
    library.sync(desk, user)
    other = library.add_user("desk", name="embassy")
    embassy = library.replica(other, "embassy")
    library.sync(embassy, other)
    mid_desk = desk.meetings.ids()[0]
    mid_emb = embassy.meetings.ids()[0]
    # offline: the desk changes the city, the embassy the title and adds an item
    FieldEdit(RecordKind.MEETING, mid_desk, "city", "Vientiane", "Phnom Penh").apply(desk)
    FieldEdit(RecordKind.MEETING, mid_emb, "title", "PM meets Premier", "Bilateral").apply(embassy)
    m = embassy.meetings.get(mid_emb)
    after = embassy.meetings.get(mid_emb)
    after.items.append(Item("law", "Both", ItemKind.AGREEMENT, "Fight online scams"))
    MeetingEdit(m, after).apply(embassy)
    assert library.sync(desk, user).pushed == 1
    report = library.sync(embassy, other)
    assert report.conflicts == 0 and report.pushed == 2  # the meeting (merged) and the item
    library.sync(desk, user)
    for ws, mid in ((desk, mid_desk), (embassy, mid_emb)):
        meeting = ws.meetings.get(mid)
        assert (meeting.city, meeting.title) == ("Phnom Penh", "Bilateral")
        assert [i.text for i in meeting.items][-1] == "Fight online scams"
    _same_records(desk, embassy)


def test_the_same_field_changed_on_both_sides_is_a_conflict_never_overwritten(library):
    user, desk = _desk_with_records(library)
    library.sync(desk, user)
    other = library.add_user("desk", name="embassy")
    embassy = library.replica(other, "embassy")
    library.sync(embassy, other)
    FieldEdit(RecordKind.MEETING, desk.meetings.ids()[0], "city", "", "Phnom Penh").apply(desk)
    FieldEdit(RecordKind.MEETING, embassy.meetings.ids()[0], "city", "", "Beijing").apply(embassy)
    library.sync(desk, user)
    report = library.sync(embassy, other)
    assert report.conflicts == 1
    (c,) = embassy.replica.conflicts()
    assert (c.kind, c.field, c.base, c.mine, c.theirs) == (
        "meeting", "city", "Vientiane", "Beijing", "Phnom Penh",
    )  # fmt: skip
    assert embassy.meetings.get(embassy.meetings.ids()[0]).city == "Beijing"  # still mine
    library.sync(embassy, other)  # blocked until decided: the library keeps the desk's
    library.sync(desk, user)
    assert desk.meetings.get(desk.meetings.ids()[0]).city == "Phnom Penh"
    engine.resolve(embassy, c.id, "Beijing")  # the officer keeps hers, knowingly
    assert library.sync(embassy, other).pushed == 1
    library.sync(desk, user)
    assert desk.meetings.get(desk.meetings.ids()[0]).city == "Beijing"
    _same_records(desk, embassy)


def test_section_texts_merge_by_paragraph_and_overlaps_keep_both(library):
    user, desk = _desk_with_records(library)
    library.sync(desk, user)
    other = library.add_user("desk", name="embassy")
    embassy = library.replica(other, "embassy")
    library.sync(embassy, other)

    def set_points(ws: Workspace, text: str) -> None:
        book = ws.books.get(ws.books.summaries()[0][0])
        ws.books.save_section_texts(book.id, book.sections[0].id, {"points": text})

    def points(ws: Workspace) -> str:
        return ws.books.get(ws.books.summaries()[0][0]).sections[0].points

    set_points(desk, "A, sharpened\n\nB\n\nC")
    set_points(embassy, "A\n\nB\n\nC, with the embassy's figures")
    library.sync(desk, user)
    assert library.sync(embassy, other).conflicts == 0  # different paragraphs: both stand
    library.sync(desk, user)
    merged = "A, sharpened\n\nB\n\nC, with the embassy's figures"
    assert points(desk) == points(embassy) == merged
    # now both rewrite the same paragraph: a conflict whose proposal keeps both
    set_points(desk, merged.replace("B", "B by the desk"))
    set_points(embassy, merged.replace("B", "B by the embassy"))
    library.sync(desk, user)
    assert library.sync(embassy, other).conflicts == 1
    (c,) = embassy.replica.conflicts()
    assert c.field == "points"
    assert "B by the desk" in c.merged and "B by the embassy" in c.merged
    assert points(embassy) == merged.replace("B", "B by the embassy")  # nothing lost meanwhile
    engine.resolve(embassy, c.id, c.merged)
    library.sync(embassy, other)
    library.sync(desk, user)
    assert points(desk) == points(embassy) == c.merged


def test_an_edit_against_a_deletion_is_decided_by_the_officer(library):
    user, desk = _desk_with_records(library)
    library.sync(desk, user)
    other = library.add_user("desk", name="embassy")
    embassy = library.replica(other, "embassy")
    library.sync(embassy, other)
    meeting = desk.meetings.get(desk.meetings.ids()[0])
    MeetingEdit(meeting, None).apply(desk)  # the desk deletes it
    mid = embassy.meetings.ids()[0]
    FieldEdit(RecordKind.MEETING, mid, "summary", "", "Important after all").apply(embassy)
    library.sync(desk, user)
    report = library.sync(embassy, other)
    whole = [c for c in embassy.replica.conflicts() if c.field == "*"]
    assert report.conflicts >= 1 and [c.kind for c in whole] == ["meeting"]
    assert whole[0].theirs is None and whole[0].mine["summary"] == "Important after all"
    assert embassy.meetings.ids() == [mid]  # kept until decided
    engine.resolve(embassy, whole[0].id, whole[0].mine)  # keep it: it comes back everywhere
    library.sync(embassy, other)
    library.sync(desk, user)
    assert desk.meetings.get(desk.meetings.ids()[0]).summary == "Important after all"
    # the other way round: deleted here, edited there
    FieldEdit(RecordKind.MEETING, desk.meetings.ids()[0], "city", "Vientiane", "Hanoi").apply(desk)
    MeetingEdit(embassy.meetings.get(mid), None).apply(embassy)
    library.sync(desk, user)
    library.sync(embassy, other)
    whole = [c for c in embassy.replica.conflicts() if c.field == "*"]
    assert whole and whole[0].mine is None and whole[0].theirs["city"] == "Hanoi"
    engine.resolve(embassy, whole[0].id, None)  # keep the deletion
    library.sync(embassy, other)
    library.sync(desk, user)
    assert desk.meetings.ids() == []


def test_issued_versions_and_the_log_travel_and_never_change(library, tmp_path):
    from briefing.model import DistributionEntry, IssuedVersion, VersionRecord, issued

    user, desk = _desk_with_records(library)
    book_id = desk.books.summaries()[0][0]
    version = IssuedVersion(book_id, 1, issued.utc_now(), "Visit", "RESTRICTED", 3)
    record = VersionRecord(version, b"%PDF-1.4 test", {"title": "Visit", "sections": []}, [])
    entry = DistributionEntry(book_id, "Visit", 1, 1, 2, "Protocol", "pdf", "/b.pdf", "0" * 64,
                              issued.utc_now())  # fmt: skip
    with desk.transaction():
        desk.issued.add_version(record)
        desk.issued.add_distribution([entry])
    library.sync(desk, user)
    other = library.add_user("desk", name="embassy")
    embassy = library.replica(other, "embassy")
    library.sync(embassy, other)
    eb = embassy.books.summaries()[0][0]
    assert embassy.issued.record(eb, 1).pdf == b"%PDF-1.4 test"
    assert [e.recipient for e in embassy.issued.distribution()] == ["Protocol"]
    # a replica that rewrites an issued version is refused by the library
    embassy._db.conn.execute("UPDATE issued_versions SET title = 'Forged'")
    report = library.sync(embassy, other)
    assert report.refused and "never changed" in report.refused[0]
    library.sync(desk, user)
    assert desk.issued.versions()[0].title == "Visit"


def test_the_json_document_of_a_replica_keeps_the_library_identities(library, tmp_path):
    user, desk = _desk_with_records(library)
    library.sync(desk, user)
    doc = interchange.dump(desk)
    uids = {m["uid"] for m in doc["meetings"]}
    assert uids == {u for (u,) in library.sql(
        "SELECT uid::text FROM briefing.records WHERE kind = 'meeting'")}  # fmt: skip


def test_an_empty_workspace_takes_the_librarys_settings_and_a_first_one_gives_its_own(
    library, tmp_path
):
    # the first replica is empty too: the library has no settings yet, so it takes these
    first_user = library.add_user("desk", name="first")
    first = Workspace.create(tmp_path / "first.briefing", _settings())
    engine.connect(first, library.url(first_user))  # no records: a new replica
    assert library.sync(first, first_user).pushed == 1
    assert library.sql("SELECT doc ->> 'ministry' FROM briefing.records") == [("MFAIC",)]
    # a second empty workspace, with settings of its own, receives the library's: no conflict
    user = library.add_user("desk", name="second")
    ws = Workspace.create(tmp_path / "second.briefing", Settings(countries=["Laos", "Japan"]))
    engine.connect(ws, library.url(user))
    report = library.sync(ws, user)
    assert (report.conflicts, report.pushed, ws.replica.waiting()) == (0, 0, 0)
    assert ws.settings.countries == ["Cambodia", "China"] and ws.settings.ministry == "MFAIC"


def test_a_replica_can_be_pointed_elsewhere_until_its_first_sync_only(library, tmp_path):
    user = library.add_user("desk")
    ws = Workspace.create(tmp_path / "r.briefing", _settings())
    engine.connect(ws, "postgresql://typo@nowhere.example/lib")
    engine.connect(ws, library.url(user))  # corrected before any sync
    library.sync(ws, user)
    engine.connect(ws, library.url(user) + "?sslmode=disable")  # the same library
    with pytest.raises(LibraryError, match="belongs to one library"):
        engine.connect(ws, "postgresql://someone@elsewhere.example/lib")
    assert engine.library_of(ws).startswith(library.url(user))
