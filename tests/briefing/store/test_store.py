from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.model import (
    Area,
    BookScope,
    CommitmentStatus,
    Item,
    ItemKind,
    Section,
    Settings,
    SourcesRule,
    issued,
)
from briefing.store import (
    DamagedWorkspace,
    NewerWorkspace,
    NotAWorkspace,
    ReadOnlyWorkspace,
    Workspace,
    WorkspaceError,
    WorkspaceInUse,
)
from briefing.store.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS


def test_create_reopen_keeps_everything(ws, ws_path, fill):
    ids = fill(ws)
    ws.close()
    with Workspace.open(ws_path) as again:
        assert again.settings.countries == ["Cambodia", "China"]
        meeting = again.meetings.get(ids["meeting"])
        assert meeting.city == "Vientiane"
        assert [i.kind for i in meeting.items] == [
            ItemKind.PLEDGE,
            ItemKind.AGREEMENT,
            ItemKind.STATEMENT,
        ]
        assert meeting.items[1].classification == "CONFIDENTIAL"
        assert again.people.get(ids["li"]).name_in("Hans") == "李强"
        commitment = again.commitments.get(ids["commitment"])
        assert commitment.notes[0].evidence == "cable"
        book = again.books.get(ids["book"])
        assert [s.area for s in book.sections] == ["trade", "law"]
        assert book.counterparts == [ids["li"]]


def test_file_is_wal_with_foreign_keys_and_versioned(ws, ws_path):
    conn = ws._db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert ws.schema_version == CURRENT_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_saving_items_keeps_ids_and_removes_dropped_ones(ws, fill):
    ids = fill(ws)
    meeting = ws.meetings.get(ids["meeting"])
    first_id = meeting.items[0].id
    meeting.items[0].text = "Increase imports of rice and cassava"
    del meeting.items[2]
    meeting.items.append(Item("energy", "Both", ItemKind.AGREEMENT, "Solar and hydropower"))
    ws.meetings.save(meeting)
    again = ws.meetings.get(ids["meeting"])
    assert again.items[0].id == first_id
    assert [i.area for i in again.items] == ["trade", "law", "energy"]
    assert not ws.search.query("One-China")
    assert ws.search.query("cassava")[0].id == first_id


def test_deleting_an_item_keeps_its_commitment(ws, fill):
    ids = fill(ws)
    commitment = ws.commitments.get(ids["commitment"])
    ws.meetings.delete_item(commitment.item_id)
    assert ws.commitments.get(ids["commitment"]).item_id is None


def test_renaming_an_area_does_not_orphan_items(ws, fill):
    ids = fill(ws)
    settings = ws.settings
    settings.areas = [
        Area(a.key, "Trade, investment & markets" if a.key == "trade" else a.name)
        for a in settings.areas
    ]
    ws.save_settings(settings)
    assert ws.settings.area_name("trade") == "Trade, investment & markets"
    assert len(ws.meetings.items_in_area("trade")) == 1
    ws.rename_area_key("trade", "economy")
    assert ws.meetings.get(ids["meeting"]).items[0].area == "economy"
    assert ws.commitments.get(ids["commitment"]).area == "economy"
    assert ws.books.get(ids["book"]).sections[0].area == "economy"


def test_removing_an_area_in_use_is_refused(ws, fill):
    fill(ws)
    settings = ws.settings
    settings.areas = [a for a in settings.areas if a.key != "law"]
    with pytest.raises(WorkspaceError, match="still used"):
        ws.save_settings(settings)
    assert "law" in {a.key for a in ws.settings.areas}


def test_unknown_area_is_refused(ws, fill):
    ids = fill(ws)
    with pytest.raises(WorkspaceError, match="not a cooperation area"):
        ws.meetings.save_item(
            Item("space", "Both", ItemKind.STATEMENT, "x", meeting_id=ids["meeting"])
        )


def test_failed_transaction_leaves_nothing(ws, fill):
    ids = fill(ws)
    with pytest.raises(RuntimeError), ws.transaction():
        ws.meetings.save_item(
            Item("trade", "Both", ItemKind.STATEMENT, "half", meeting_id=ids["meeting"])
        )
        raise RuntimeError("power cut in the middle")
    assert not ws.search.query("half")
    assert len(ws.meetings.get(ids["meeting"]).items) == 3


def test_meeting_filters_and_order(ws, fill):
    ids = fill(ws)
    later = ws.meetings.get(ids["meeting"])
    later.id = None
    later.date = dt.date(2025, 2, 1)
    later.city = "Phnom Penh"
    later.sources = []
    later.items = [Item("energy", "China", ItemKind.PLEDGE, "Hydropower")]
    ws.meetings.save(later)
    assert [m.city for m in ws.meetings.summaries()] == ["Phnom Penh", "Vientiane"]
    assert [m.city for m in ws.meetings.summaries(area="energy")] == ["Phnom Penh"]
    assert [m.city for m in ws.meetings.summaries(side="Cambodia")] == ["Vientiane"]
    assert [m.city for m in ws.meetings.summaries(year=2024)] == ["Vientiane"]
    assert [m.city for m in ws.meetings.summaries(text="penh")] == ["Phnom Penh"]
    assert ws.meetings.summaries()[0].items == 1


def test_search_ranks_and_says_where(ws, fill):
    ids = fill(ws)
    hits = ws.search.query("scams")
    assert hits[0].kind == "item"
    assert hits[0].where == "meeting of 10 October 2024, Vientiane, Lao PDR"
    assert ws.search.query("李强")[0].id == ids["li"]
    assert ws.search.query("ហ៊ុន")[0].kind == "person"
    assert ws.search.query("corridor")[0].kind == "source"
    assert ws.search.query("extrad")[0].kind == "section"  # prefix match on the last word
    assert ws.search.query('"unbalanced AND (') == []  # user text never breaks the query


def test_section_autosave_path(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    section = book.sections[1]
    section.background = "Last discussed in **Vientiane**."
    ws.books.save_section(ids["book"], section)
    assert ws.books.get(ids["book"]).sections[1].background == "Last discussed in **Vientiane**."
    new = Section("Energy", area="energy")
    ws.books.save_section(ids["book"], new)
    assert [s.title for s in ws.books.get(ids["book"]).sections][-1] == "Energy"


def test_reordering_sections_keeps_ids(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    before = [s.id for s in book.sections]
    book.sections.reverse()
    ws.books.save(book)
    assert [s.id for s in ws.books.get(ids["book"]).sections] == before[::-1]


def test_counts_by_status(ws, fill):
    ids = fill(ws)
    c = ws.commitments.get(ids["commitment"])
    c.status = CommitmentStatus.IN_PROGRESS
    ws.commitments.save(c)
    counts = ws.counts()
    assert counts["commitments_by_status"]["in progress"] == 1
    assert counts["meetings"] == 1 and counts["items"] == 3 and counts["books"] == 1


def test_find_book_by_number_or_title(ws, fill):
    ids = fill(ws)
    assert ws.books.find(str(ids["book"])).title == "Official visit to China"
    assert ws.books.find("official VISIT to china").id == ids["book"]
    with pytest.raises(WorkspaceError, match="no book"):
        ws.books.find("Nope")


def test_person_in_a_meeting_cannot_be_deleted(ws, fill):
    ids = fill(ws)
    with pytest.raises(WorkspaceError, match="took part"):
        ws.people.delete(ids["hun"])


# ---------------------------------------------------------------------- migrations


def test_migration_from_version_1(tmp_path):
    path = tmp_path / "old.briefing"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta VALUES ('countries', '[\"Cambodia\", \"China\"]')")
    conn.execute("INSERT INTO areas VALUES ('trade', 'Trade & investment', 0)")
    conn.execute(
        "INSERT INTO meetings(id, kind, date, city) VALUES (1, 'bilateral meeting', "
        "'2024-10-10', 'Vientiane')"
    )
    conn.execute(
        "INSERT INTO items VALUES (1, 1, 0, 'trade', 'China', 'pledge', "
        "'Increase imports of agricultural products', '')"
    )
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.schema_version == CURRENT_VERSION
        assert ws.meetings.get(1).items[0].kind == ItemKind.PLEDGE
        assert ws.search.query("agricultural")[0].id == 1  # the version 2 index was built
        # version 3: issued versions and the distribution log, empty and usable
        assert ws.issued.versions() == [] and ws.issued.distribution() == []
        with ws.transaction():
            ws.issued.add_distribution(
                [
                    issued.DistributionEntry(
                        book_id=1,
                        book_title="Book",
                        version=None,
                        copy=1,
                        copies=2,
                        recipient="Protocol",
                        format="pdf",
                        path="/b.pdf",
                        sha256="0" * 64,
                        written_at=issued.utc_now(),
                    )
                ],
            )
    with Workspace.open(path, readonly=True) as ws:
        assert [e.recipient for e in ws.issued.distribution()] == ["Protocol"]


def test_migration_from_version_3_dates_closings_and_gives_books_the_default_scope(tmp_path):
    """Version 4 (issue 13): a closed commitment of an older file gets the date of its latest
    progress note, else of its meeting; an open one none; each book the default scope."""
    path = tmp_path / "v3.briefing"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO meta VALUES ('countries', '[\"Cambodia\", \"China\"]')")
    conn.execute("INSERT INTO areas VALUES ('trade', 'Trade & investment', 0)")
    conn.execute(
        "INSERT INTO meetings(id, kind, date, city) VALUES (1, 'bilateral meeting', "
        "'2024-10-10', 'Vientiane')"
    )
    for cid, status in ((1, "done"), (2, "dropped"), (3, "stalled")):
        conn.execute(
            "INSERT INTO commitments(id, meeting_id, area, owed_by, text, status) "
            f"VALUES ({cid}, 1, 'trade', 'China', 'Commitment {cid}', '{status}')"
        )
    for position, day in enumerate(("2025-02-01", "2025-03-09", "2024-12-24")):
        conn.execute("INSERT INTO progress_notes VALUES (1, ?, ?, 'Shipment', '')", (position, day))
    conn.execute("INSERT INTO progress_notes VALUES (3, 0, '2025-01-05', 'Talks stalled', '')")
    conn.execute(
        "INSERT INTO books(id, title, start_date, status, paper) "
        "VALUES (1, 'Visit', '2025-06-16', 'draft', 'A4')"
    )
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.schema_version == CURRENT_VERSION
        closed = {c.id: c.closed for c in ws.commitments.all()}
        assert closed == {1: dt.date(2025, 3, 9), 2: dt.date(2024, 10, 10), 3: None}
        # the default of the time: a book keeps the rule it had ("covered or cited"), as one
        # set so explicitly would
        assert ws.books.get(1).scope == BookScope(sources=SourcesRule.COVERED_OR_CITED)
        indexes = {r[0] for r in ws._db.conn.execute("SELECT name FROM sqlite_master")}
        assert {"commitments_scope", "items_meeting_area", "commitments_meeting"} <= indexes


def test_read_only_cannot_open_an_old_version_without_upgrading(tmp_path):
    path = tmp_path / "old.briefing"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(WorkspaceError, match="upgraded"):
        Workspace.open(path, readonly=True)


# ---------------------------------------------------------------------- bad files


def _unchanged(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_not_a_workspace(tmp_path):
    path = tmp_path / "notes.briefing"
    path.write_text("Dear colleague, please find attached …")
    before = path.read_bytes()
    with pytest.raises(NotAWorkspace, match=r"notes\.briefing: is not a Briefing Book"):
        Workspace.open(path)
    _unchanged(path, before)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.briefing"
    path.write_bytes(b"")
    with pytest.raises(NotAWorkspace, match="empty.briefing"):
        Workspace.open(path)
    assert path.read_bytes() == b""


def test_other_sqlite_database(tmp_path):
    path = tmp_path / "firefox.briefing"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAWorkspace, match="another program"):
        Workspace.open(path)
    _unchanged(path, before)


def test_newer_version_is_refused_and_untouched(ws, ws_path, fill):
    fill(ws)
    ws._db.conn.execute("PRAGMA user_version = 99")
    ws.close()
    before = ws_path.read_bytes()
    with pytest.raises(NewerWorkspace, match=r"newer version of Briefing Book \(schema 99"):
        Workspace.open(ws_path)
    _unchanged(ws_path, before)


def test_damaged_file_is_refused_and_untouched(ws, ws_path, fill):
    fill(ws)
    for i in range(200):
        ws.meetings.save_item(
            Item("trade", "Both", ItemKind.STATEMENT, f"filler {i} " * 30, meeting_id=1)
        )
    ws.close()
    data = bytearray(ws_path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 5 * page] = bytes(range(256)) * (2 * page // 256)  # scribble on two pages
    ws_path.write_bytes(bytes(data))
    with pytest.raises(DamagedWorkspace, match="damaged"):
        Workspace.open(ws_path)
    _unchanged(ws_path, bytes(data))


def test_truncated_file_is_refused(ws, ws_path, fill):
    fill(ws)
    ws.close()
    data = ws_path.read_bytes()
    ws_path.write_bytes(data[:50])
    with pytest.raises(DamagedWorkspace, match="damaged"):
        Workspace.open(ws_path)


def test_missing_file(tmp_path):
    with pytest.raises(WorkspaceError, match="no such file"):
        Workspace.open(tmp_path / "nope.briefing")


def test_create_refuses_to_overwrite(ws_path, settings):
    ws_path.write_text("precious")
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(ws_path, settings)
    assert ws_path.read_text() == "precious"


# ---------------------------------------------------------------------- two processes

_HOLDER = """
import sys, time
from briefing.store import Workspace
ws = Workspace.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
ws.close()
"""


def test_second_writer_is_refused_but_may_read(ws, ws_path, fill):
    ids = fill(ws)
    ws.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(ws_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceInUse, match=r"in use by process \d+"):
            Workspace.open(ws_path)
        with Workspace.open(ws_path, readonly=True) as reader:
            assert reader.meetings.get(ids["meeting"]).city == "Vientiane"
            with pytest.raises(ReadOnlyWorkspace):
                reader.save_settings(Settings(countries=["A", "B"]))
    finally:
        holder.communicate("\n", timeout=10)
    assert holder.returncode == 0
    Workspace.open(ws_path).close()  # free again once the holder closed


def test_lock_is_released_when_the_holder_dies(ws, ws_path):
    ws.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(ws_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "open"
    holder.kill()
    holder.wait()
    Workspace.open(ws_path).close()


def test_saved_edits_survive_a_killed_writer(ws, ws_path):
    ws.close()
    script = """
import sys, os, signal
from briefing.store import Workspace
from briefing.model import Meeting, Item, ItemKind
import datetime as dt
ws = Workspace.open(sys.argv[1])
for i in range(20):
    ws.meetings.save(Meeting(dt.date(2024, 1, 1 + i), city=f"City{i}",
                            items=[Item("trade", "Both", ItemKind.STATEMENT, f"said {i}")]))
    print(i, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
    proc = subprocess.run(
        [sys.executable, "-c", script, str(ws_path)], capture_output=True, text=True
    )
    reported = proc.stdout.split()
    assert reported[-1] == "19"
    with Workspace.open(ws_path) as again:
        assert again._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert len(again.meetings.summaries()) == 20
        assert again.search.query("said")


def test_parent_of_items_sources_and_sections(ws, fill):
    ids = fill(ws)
    meeting = ws.meetings.get(ids["meeting"])
    assert ws.parent_of("item", meeting.items[0].id) == ids["meeting"]
    assert ws.parent_of("source", meeting.sources[0].id) == ids["meeting"]
    section = ws.books.get(ids["book"]).sections[0]
    assert ws.parent_of("section", section.id) == ids["book"]
    with pytest.raises(KeyError):
        ws.parent_of("item", 999)


def test_lock_file_is_removed_on_close(ws, ws_path):
    lock = ws_path.with_name(ws_path.name + ".lock")
    assert lock.exists()
    ws.close()
    assert not lock.exists()


def test_snippets_mark_the_word_and_stay_short(ws, fill):
    fill(ws)
    hit = ws.search.query("agricult")[0]
    assert hit.snippet == "Increase imports of [agricultural] products"
    long_text = "filler " * 5000 + "the Fish and Rice Corridor " + "more " * 5000
    item_id = ws.meetings.save_item(
        Item("agriculture", "Both", ItemKind.STATEMENT, long_text, meeting_id=1)
    )
    hit = next(h for h in ws.search.query("corridor") if h.id == item_id)
    assert "[Corridor]" in hit.snippet and len(hit.snippet) < 200
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")


def test_search_survives_odd_queries(ws, fill):
    fill(ws)
    for query in ("\x00", 'scams"', "NEAR(", "*", "a\x00b", "   "):
        ws.search.query(query)  # never a syntax error


def test_a_huge_text_is_searched_without_stalling(ws, fill):
    fill(ws)
    huge = ("word " * 400_000) + "needle"
    ws.meetings.save_item(Item("trade", "Both", ItemKind.STATEMENT, huge, meeting_id=1))
    hits = ws.search.query("word")  # FTS5's snippet() took minutes on such text
    assert hits and len(hits[0].snippet) < 200
