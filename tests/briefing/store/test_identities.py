"""Global identities (schema version 5, issue 18): every record has a UUID, kept across
saves, edits, undo and the JSON document; copies get new ones; the change log marks every
changed record, whatever wrote it."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from briefing import interchange
from briefing.edits import MeetingEdit
from briefing.issuing.versions import copy_book
from briefing.store import Workspace
from briefing.store.schema import APPLICATION_ID, MIGRATIONS, SETTINGS_UID, SYNC_TABLES


def _uids(ws: Workspace, table: str) -> list[str]:
    return [u for (u,) in ws._db.conn.execute(f"SELECT uid FROM {table} ORDER BY id")]


def _marked(ws: Workspace) -> dict[str, str]:
    return dict(ws._db.conn.execute("SELECT uid, kind FROM sync_changes"))


def test_every_record_gets_a_uuid_that_saves_keep(ws, fill):
    ids = fill(ws)
    for table in SYNC_TABLES:
        for uid in _uids(ws, table):
            assert str(uuid.UUID(uid)) == uid
    meeting = ws.meetings.get(ids["meeting"])
    before = (meeting.uid, [i.uid for i in meeting.items], [s.uid for s in meeting.sources])
    meeting.city = "Phnom Penh"
    ws.meetings.save(meeting)
    again = ws.meetings.get(ids["meeting"])
    assert (again.uid, [i.uid for i in again.items], [s.uid for s in again.sources]) == before
    assert None not in before[1]


def test_a_copied_book_gets_new_identities(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    copy = copy_book(ws, ids["book"])
    assert copy.uid != book.uid
    assert not {s.uid for s in copy.sections} & {s.uid for s in book.sections}


def test_undoing_a_deletion_brings_back_the_same_identity(ws, fill):
    ids = fill(ws)
    meeting = ws.meetings.get(ids["meeting"])
    edit = MeetingEdit(meeting, None)
    edit.apply(ws)
    assert meeting.uid not in _uids(ws, "meetings")
    edit.revert(ws)
    back = ws.meetings.get(ws.meetings.ids()[0])
    assert back.uid == meeting.uid
    assert [i.uid for i in back.items] == [i.uid for i in meeting.items]


def test_the_change_log_marks_every_changed_record_and_its_children(ws, fill):
    ids = fill(ws)
    conn = ws._db.conn
    conn.execute("DELETE FROM sync_changes")
    li = ws.people.get(ids["li"])
    ws.people.save_fields(ids["li"], {"honorific": "H.E."})
    assert _marked(ws) == {li.uid: "person"}
    conn.execute("DELETE FROM sync_changes")
    conn.execute("UPDATE offices SET title = 'Premier' WHERE person_id = ?", (ids["li"],))
    assert _marked(ws) == {li.uid: "person"}  # a child row marks its record
    conn.execute("DELETE FROM sync_changes")
    ws.save_settings(ws.settings)
    assert _marked(ws) == {SETTINGS_UID: "settings"}
    conn.execute("DELETE FROM sync_changes")
    meeting = ws.meetings.get(ids["meeting"])
    ws.meetings.delete(ids["meeting"])
    marked = _marked(ws)
    assert marked[meeting.uid] == "meeting"
    assert {i.uid for i in meeting.items} <= set(marked)
    commitment = ws.commitments.get(ids["commitment"])
    assert marked[commitment.uid] == "commitment"  # its link was cut (ON DELETE SET NULL)


def test_a_version_4_workspace_migrates_with_identities_and_nothing_marked(tmp_path):
    path = tmp_path / "v4.briefing"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:
        conn.executescript(script)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO meta VALUES ('countries', '[\"Cambodia\", \"China\"]')")
    conn.execute("INSERT INTO areas VALUES ('trade', 'Trade & investment', 0)")
    for mid in (1, 2):
        conn.execute(
            "INSERT INTO meetings(id, kind, date) VALUES (?, 'bilateral meeting', '2024-10-10')",
            (mid,),
        )
        conn.execute(
            "INSERT INTO items(meeting_id, position, area, side, kind, text) "
            "VALUES (?, 0, 'trade', 'China', 'pledge', 'More rice')",
            (mid,),
        )
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        meetings = _uids(ws, "meetings")
        items = _uids(ws, "items")
        assert len(set(meetings + items)) == 4 and None not in meetings + items
        assert _marked(ws) == {}  # the migration itself is no change to sync
        assert ws.meetings.get(1).items[0].uid == items[0]


def test_json_carries_the_identities_and_older_documents_get_new_ones(ws, fill, tmp_path):
    fill(ws)
    doc = interchange.dump(ws)
    assert doc["version"] == interchange.VERSION == 7
    meeting = doc["meetings"][0]
    assert meeting["uid"] and meeting["items"][0]["uid"] and meeting["sources"][0]["uid"]
    assert doc["books"][0]["sections"][0]["uid"] and doc["people"][0]["uid"]
    with interchange.load(doc, tmp_path / "copy.briefing") as copy:
        assert interchange.dump(copy) == doc
    old = dict(doc, version=4)  # the last version before identities
    with interchange.load(old, tmp_path / "old.briefing") as fresh:
        assert fresh.meetings.get(1).uid not in (None, meeting["uid"])


def test_a_document_with_a_uid_twice_or_not_a_uuid_is_refused(ws, fill, tmp_path):
    fill(ws)
    doc = interchange.dump(ws)
    doc["people"][1]["uid"] = doc["people"][0]["uid"]
    with pytest.raises(interchange.FormatError, match="two records have the same uid"):
        interchange.load(doc, tmp_path / "a.briefing")
    doc["people"][1]["uid"] = "not-a-uuid"
    with pytest.raises(interchange.FormatError, match=r"people\[1\].uid: 'not-a-uuid'"):
        interchange.load(doc, tmp_path / "b.briefing")
    assert not (tmp_path / "a.briefing").exists() and not (tmp_path / "b.briefing").exists()
