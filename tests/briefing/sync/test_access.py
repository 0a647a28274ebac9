"""Who reads and writes what: enforced by PostgreSQL (roles and row-level security), not by
the app. Each refusal is checked on the library itself as well as on the replica."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.edits import FieldEdit
from briefing.model import (
    Book,
    Commitment,
    Item,
    ItemKind,
    Meeting,
    RecordKind,
    Section,
    Settings,
    VersionRecord,
    issued,
)
from briefing.model import IssuedVersion as Version
from briefing.sync import engine
from briefing.sync.library import Admin, LibraryError


def _desk(library):
    user = library.add_user("desk")
    ws = library.replica(user, "desk", Settings(countries=["Cambodia", "China"]))
    book = Book(
        "Visit to Beijing",
        sections=[
            Section("Trade", area="trade", points="Desk's points"),
            Section("Law enforcement", area="law", points="Scams"),
        ],
    )
    ws.books.save(book)
    library.sync(ws, user)
    return user, ws


def _section_points(ws, title: str) -> str:
    book = ws.books.get(ws.books.summaries()[0][0])
    return next(s.points for s in book.sections if s.title == title)


def _set_points(ws, title: str, text: str) -> None:
    book = ws.books.get(ws.books.summaries()[0][0])
    section = next(s for s in book.sections if s.title == title)
    ws.books.save_section_texts(book.id, section.id, {"points": text})


def test_a_contributor_edits_the_sections_assigned_to_them_and_what_they_created(library):
    desk_user, desk = _desk(library)
    contributor = library.add_user("contributor", name="line_ministry")
    mine = library.replica(contributor, "ministry")
    library.sync(mine, contributor)
    _set_points(mine, "Trade", "The ministry's points")
    report = library.sync(mine, contributor)
    assert report.pushed == 0 and report.refused  # not assigned: the library says no
    (refusal,) = mine.replica.conflicts()
    assert refusal.field == "!refused" and refusal.mine["points"] == "The ministry's points"
    server = library.sql(
        "SELECT doc ->> 'points' FROM briefing.records WHERE kind = 'section' "
        "AND doc ->> 'title' = 'Trade'"
    )
    assert server == [("Desk's points",)]
    with Admin(library.admin_url) as admin:
        assert admin.grant(contributor, sections=["Trade"], book="Visit to Beijing") == [
            f"“Trade” assigned to {contributor}"
        ]
    engine.resolve(mine, refusal.id, refusal.mine)  # try again, now that it is assigned
    report = library.sync(mine, contributor)
    assert report.pushed == 1 and not report.refused
    library.sync(desk, desk_user)
    assert _section_points(desk, "Trade") == "The ministry's points"
    # another brief stays the desk's; a meeting the contributor records is theirs to edit
    _set_points(mine, "Law enforcement", "Changed by the ministry")
    mine.meetings.save(Meeting(dt.date(2025, 1, 5), city="Phnom Penh"))
    report = library.sync(mine, contributor)
    assert report.pushed == 1 and len(report.refused) == 1
    mid = mine.meetings.ids()[0]
    FieldEdit(RecordKind.MEETING, mid, "city", "Phnom Penh", "Siem Reap").apply(mine)
    assert library.sync(mine, contributor).pushed == 1
    library.sync(desk, desk_user)
    assert _section_points(desk, "Law enforcement") == "Scams"
    assert desk.meetings.get(desk.meetings.ids()[0]).city == "Siem Reap"
    # the desk's meeting is not the contributor's
    desk.meetings.save(Meeting(dt.date(2025, 2, 1), city="Beijing"))
    library.sync(desk, desk_user)
    library.sync(mine, contributor)
    theirs = [i for i in mine.meetings.ids() if mine.meetings.get(i).city == "Beijing"][0]
    FieldEdit(RecordKind.MEETING, theirs, "city", "Beijing", "Shanghai").apply(mine)
    assert library.sync(mine, contributor).refused


def test_a_reader_receives_issued_books_only(library):
    desk_user, desk = _desk(library)
    desk.meetings.save(Meeting(dt.date(2024, 10, 10), city="Vientiane"))
    library.sync(desk, desk_user)
    reader = library.add_user("reader", name="principal_office")
    office = library.replica(reader, "office")
    library.sync(office, reader)
    assert office.books.summaries() == [] and office.meetings.ids() == []  # a draft: nothing
    assert office.settings.countries == ["Cambodia", "China"]
    with library.open(reader) as lib:  # on the library itself, too
        kinds = {k for (k,) in lib.conn.execute("SELECT kind FROM briefing.records")}
        assert kinds == {"settings"}
    book_id = desk.books.summaries()[0][0]
    version = Version(book_id, 1, issued.utc_now(), "Visit to Beijing", "RESTRICTED", 2)
    with desk.transaction():
        desk.issued.add_version(VersionRecord(version, b"%PDF-1.4 v1", {"sections": []}, []))
    library.sync(desk, desk_user)
    library.sync(office, reader)
    (book,) = office.books.summaries()
    assert office.issued.record(book[0], 1).pdf == b"%PDF-1.4 v1"
    assert office.meetings.ids() == [] and office.books.get(book[0]).sections == []
    # a reader writes nothing
    FieldEdit(RecordKind.BOOK, book[0], "title", "Visit to Beijing", "Mine now").apply(office)
    assert library.sync(office, reader).refused


def test_a_record_above_a_users_ceiling_never_leaves_the_library(library):
    desk_user, desk = _desk(library)
    meeting = Meeting(
        dt.date(2024, 10, 10),
        items=[
            Item("trade", "China", ItemKind.PLEDGE, "Import rice"),
            Item("security", "Both", ItemKind.AGREEMENT, "Joint exercise plans", "SECRET"),
            Item("law", "Both", ItemKind.STATEMENT, "Scam centres", "RESTRICTED"),
        ],
    )
    desk.meetings.save(meeting)
    desk.commitments.save(Commitment.from_item(meeting.items[1]))  # inherits SECRET
    book = desk.books.get(desk.books.summaries()[0][0])
    book.sections.append(Section("Defence", area="security", classification="SECRET"))
    desk.books.save(book)
    library.sync(desk, desk_user)
    embassy = library.add_user("desk", ceiling="RESTRICTED", name="embassy")
    replica = library.replica(embassy, "embassy")
    library.sync(replica, embassy)
    texts = [i.text for i in replica.meetings.get(replica.meetings.ids()[0]).items]
    assert texts == ["Import rice", "Scam centres"]
    assert replica.commitments.all() == []
    assert [s.title for s in replica.books.get(replica.books.summaries()[0][0]).sections] == [
        "Trade",
        "Law enforcement",
    ]
    with library.open(embassy) as lib:  # PostgreSQL itself never hands them out
        docs = [d for (d,) in lib.conn.execute("SELECT doc::text FROM briefing.records")]
        assert not any("Joint exercise" in d or "Defence" in d for d in docs)
    # raised above the ceiling later: withdrawn from the replica at its next sync
    mid = desk.meetings.ids()[0]
    m = desk.meetings.get(mid)
    m.items[2].classification = "CONFIDENTIAL"
    desk.meetings.save(m)
    library.sync(desk, desk_user)
    report = library.sync(replica, embassy)
    assert report.withdrawn == 1
    texts = [i.text for i in replica.meetings.get(replica.meetings.ids()[0]).items]
    assert texts == ["Import rice"]
    assert not replica.search.query("centres")  # nor in the index
    # a higher ceiling: the next sync brings what it now allows
    with Admin(library.admin_url) as admin:
        admin.grant(embassy, ceiling="SECRET")
    library.sync(replica, embassy)
    assert len(replica.meetings.get(replica.meetings.ids()[0]).items) == 3
    assert len(replica.commitments.all()) == 1


def test_a_revoked_user_cannot_connect_and_a_non_member_is_told(library):
    user, desk = _desk(library)
    with Admin(library.admin_url) as admin:
        admin.revoke(user)
    with pytest.raises(LibraryError, match="cannot connect"):
        library.sync(desk, user)
    with Admin(library.admin_url) as admin:
        with pytest.raises(LibraryError, match="not a classification level"):
            admin.add_user("someone_else", "desk", "COSMIC")
        with pytest.raises(LibraryError, match="not a member"):
            admin.grant("nobody_here", role="desk")
