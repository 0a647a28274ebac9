"""A book's scope: the period it covers and what each generated part shows, at the edges."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing import ir
from briefing.compose.book import Options, compose
from briefing.compose.scope import select
from briefing.model import (
    Book,
    BookScope,
    Commitment,
    CommitmentRule,
    CommitmentStatus,
    Item,
    ItemKind,
    Meeting,
    Name,
    Participant,
    Person,
    Section,
    SourceDocument,
    SourcesRule,
    TrackerRule,
)
from briefing.store import WorkspaceError

VISIT = dt.date(2025, 6, 16)
PREVIOUS = dt.date(2024, 12, 10)  # the previous book's visit: the default start of the period
TODAY = dt.date(2025, 6, 1)


def _meeting(ws, day, areas, source=True, city="Phnom Penh", people=()):
    meeting = Meeting(
        day,
        city=city,
        occasion=f"talks of {day:%d %B %Y}",
        participants=[Participant(p) for p in people],
        sources=[SourceDocument(f"Press release of {day}", "MFA", day, "Text.")] if source else [],
        items=[
            Item(area, "China", ItemKind.PLEDGE, f"{area} pledge of {day.isoformat()}")
            for area in areas
        ],
    )
    ws.meetings.save(meeting)
    return meeting


def _commitment(ws, meeting, status, closed=None, area=None):
    item = next(i for i in meeting.items if area is None or i.area == area)
    c = Commitment.from_item(item)
    c.status, c.closed = status, closed
    ws.commitments.save(c)
    return c


def _book(ws, **scope):
    ws.books.save(Book("Previous visit", start_date=PREVIOUS))
    book = Book(
        "Visit to Beijing",
        start_date=VISIT,
        sections=[Section("Trade", area="trade"), Section("Energy", area="energy")],
        scope=BookScope(**scope),
    )
    ws.books.save(book)
    return book


def _texts(commitments):
    return [c.text for c in commitments]


def test_the_period_defaults_to_since_the_previous_book(ws):
    book = _book(ws)
    sel = select(ws, book, TODAY)
    assert (sel.period.start, sel.period.end) == (PREVIOUS, VISIT)
    assert "previous book, “Previous visit”" in sel.period.reason
    # set on the book, and given for one export
    book.scope.since = dt.date(2025, 1, 1)
    assert select(ws, book, TODAY).period.start == dt.date(2025, 1, 1)
    assert select(ws, book, TODAY, since=dt.date(2024, 3, 1)).period.start == dt.date(2024, 3, 1)


def test_without_a_previous_book_the_period_is_the_last_24_months(ws):
    book = Book("First visit", start_date=dt.date(2024, 2, 29), sections=[])
    ws.books.save(book)
    later = Book("A later visit", start_date=dt.date(2026, 1, 1))  # after it: not "previous"
    ws.books.save(later)
    assert select(ws, book, TODAY).period.start == dt.date(2022, 2, 28)
    undated = Book("Undated", sections=[])
    ws.books.save(undated)
    period = select(ws, undated, TODAY).period
    # without a date the book ends today; the latest book before today starts it
    assert (period.start, period.end) == (dt.date(2024, 2, 29), TODAY)


def test_commitments_closed_just_before_and_just_after_the_start(ws):
    old = _meeting(ws, dt.date(2019, 5, 2), ["trade"])
    recent = _meeting(ws, dt.date(2025, 3, 3), ["trade"])
    before = _commitment(ws, old, CommitmentStatus.DONE, PREVIOUS - dt.timedelta(days=1))
    on_start = _commitment(ws, old, CommitmentStatus.DROPPED, PREVIOUS)
    after = _commitment(ws, recent, CommitmentStatus.DONE, PREVIOUS + dt.timedelta(days=1))
    stalled = _commitment(ws, old, CommitmentStatus.STALLED)  # open however old
    pending = _commitment(ws, recent, CommitmentStatus.PENDING)
    book = _book(ws)
    sel = select(ws, book, TODAY)
    shown = {c.id for c in sel.briefs["trade"]}
    assert before.id not in shown
    assert {on_start.id, after.id, stalled.id, pending.id} == shown
    # newest meeting first, then in the order tracked
    assert [c.id for c in sel.briefs["trade"]] == [after.id, pending.id, on_start.id, stalled.id]
    assert sel.tracker == sel.briefs["trade"]  # the tracker shows what the briefs show

    doc = compose(ws, book, Options(today=TODAY))
    table = next(b for b in doc.blocks if isinstance(b, ir.Table))
    statuses = [ir.plain(row[4]) for row in table.rows]
    assert statuses[0] == "done 11 Dec 2024"  # a closed one says when
    assert len(table.rows) == 4


def test_each_commitment_rule(ws):
    old = _meeting(ws, dt.date(2019, 5, 2), ["trade"])
    recent = _meeting(ws, dt.date(2025, 3, 3), ["trade"])
    done_old = _commitment(ws, old, CommitmentStatus.DONE, dt.date(2020, 1, 1))
    done_recent = _commitment(ws, recent, CommitmentStatus.DONE, dt.date(2025, 4, 1))
    stalled = _commitment(ws, old, CommitmentStatus.STALLED)
    book = _book(ws)

    def ids(rule):
        book.scope.commitments = rule
        return {c.id for c in select(ws, book, TODAY).briefs["trade"]}

    assert ids(CommitmentRule.OPEN) == {stalled.id}
    assert ids(CommitmentRule.MADE_IN_PERIOD) == {done_recent.id}
    assert ids(CommitmentRule.ALL) == {done_old.id, done_recent.id, stalled.id}
    assert ids(CommitmentRule.NONE) == set()
    doc = compose(ws, book, Options(today=TODAY))
    assert not any(isinstance(b, ir.Table) for b in doc.blocks)
    assert not any("Status of previous commitments" in getattr(b, "text", "") for b in doc.blocks)


def test_tracker_rules_and_annex_letters(ws):
    meeting = _meeting(ws, dt.date(2025, 3, 3), ["trade", "law"])
    trade = _commitment(ws, meeting, CommitmentStatus.PENDING, area="trade")
    law = _commitment(ws, meeting, CommitmentStatus.PENDING, area="law")  # no brief on law
    book = _book(ws)
    assert _texts(select(ws, book, TODAY).tracker) == [trade.text]
    book.scope.tracker = TrackerRule.ALL_AREAS
    assert {c.id for c in select(ws, book, TODAY).tracker} == {trade.id, law.id}
    book.scope.tracker = TrackerRule.NONE
    titles = [h.text for h in compose(ws, book, Options(today=TODAY)).headings() if h.level == 1]
    # no biographies and no tracker: the sources annex is Annex A
    assert titles[-1] == "Annex A: Source documents"
    assert not any("tracker" in t for t in titles)


def test_last_discussed_is_the_latest_meetings_before_the_visit(ws):
    for day in (dt.date(2010, 1, 5), dt.date(2024, 1, 5), dt.date(2025, 2, 5)):
        _meeting(ws, day, ["trade"], city=f"City {day.year}")
    _meeting(ws, dt.date(2025, 5, 5), ["energy"])  # another area
    _meeting(ws, dt.date(2025, 7, 1), ["trade"])  # after the visit
    book = _book(ws, last_discussed=2)
    found = select(ws, book, TODAY).last_discussed
    assert [m.date for m in found["trade"]] == ["2025-02-05", "2024-01-05"]
    assert [m.date for m in found["energy"]] == ["2025-05-05"]
    line = next(
        b.text for b in compose(ws, book).blocks if getattr(b, "text", "").startswith("Last disc")
    )
    assert line == (
        "Last discussed: 5 February 2025, City 2025 (talks of 05 February 2025); "
        "5 January 2024, City 2024 (talks of 05 January 2024)."
    )
    book.scope.last_discussed = 0
    assert not any(getattr(b, "text", "").startswith("Last disc") for b in compose(ws, book).blocks)


def test_sources_of_the_meetings_the_book_covers_or_cites(ws):
    li = ws.people.save(Person([Name("LI Qiang")], side="China"))
    covered = _meeting(ws, dt.date(2025, 3, 3), ["trade"])
    elsewhere = _meeting(ws, dt.date(2025, 3, 4), ["law"])  # in the period, no brief on law
    cited = _meeting(ws, dt.date(2016, 8, 8), ["energy"])  # made a commitment still open
    _commitment(ws, cited, CommitmentStatus.IN_PROGRESS)
    forgotten = _meeting(ws, dt.date(2015, 1, 1), ["trade", "law"])
    met = _meeting(ws, dt.date(2012, 1, 1), ["law"], people=[li])  # "Last met" names it
    book = _book(ws, last_discussed=1)
    book.counterparts = [li]
    ws.books.save(book)
    # by default the meeting where a commitment still open was made is named, not reprinted
    # (unless recalled: it is also the energy brief's last discussed until that line is off)
    assert book.scope.sources is SourcesRule.COVERED_OR_RECALLED
    assert cited.id in select(ws, book, TODAY).source_meetings
    book.scope.last_discussed = 0
    sel = select(ws, book, TODAY)
    assert set(sel.source_meetings) == {covered.id, met.id}
    assert sel.named_source_meetings == [cited.id]
    doc = compose(ws, book, Options(today=TODAY))
    titles = [h.text for h in doc.headings() if h.level == 2 and h.text.startswith("Press")]
    assert titles == ["Press release of 2025-03-03", "Press release of 2012-01-01"]
    annex = doc.blocks[[b.anchor for b in doc.headings()].index("annex-sources") :]
    named = [b for b in doc.blocks if isinstance(b, ir.ListBlock) and b in annex]
    assert ["".join(r.text for r in item) for b in named for item in b.items] == [
        "Press release of 2016-08-08. Issued by MFA, 8 August 2016. Meeting of 8 August 2016, "
        "Phnom Penh."
    ]
    book.scope.sources = SourcesRule.COVERED_OR_CITED  # reprinted too
    book.scope.last_discussed = 1
    sel = select(ws, book, TODAY)
    assert set(sel.source_meetings) == {covered.id, cited.id, met.id}
    assert sel.named_source_meetings == []
    assert elsewhere.id not in sel.source_meetings and forgotten.id not in sel.source_meetings
    doc = compose(ws, book, Options(today=TODAY))
    titles = [h.text for h in doc.headings() if h.level == 2 and h.text.startswith("Press")]
    assert titles == [
        "Press release of 2025-03-03",
        "Press release of 2016-08-08",
        "Press release of 2012-01-01",
    ]
    assert not any(isinstance(b, ir.ListBlock) for b in doc.blocks[-12:])
    book.scope.sources = SourcesRule.CITED
    assert set(select(ws, book, TODAY).source_meetings) == {cited.id, met.id, covered.id}
    book.scope.last_discussed = 0  # the covered meeting was cited only as last discussed
    assert set(select(ws, book, TODAY).source_meetings) == {cited.id, met.id}
    book.scope.sources = SourcesRule.NONE
    doc = compose(ws, book, Options(today=TODAY))
    assert not any("Source documents" in h.text for h in doc.headings())


def test_contents_hold_parts_and_briefs_and_sub_headings_stay_bookmarks(ws):
    _meeting(ws, dt.date(2025, 3, 3), ["trade"])
    book = _book(ws)
    doc = compose(ws, book, Options(today=TODAY))
    in_contents = [h for h in doc.headings() if h.in_contents]
    assert in_contents and all(h.level == 1 for h in in_contents)
    assert any(h.level == 2 for h in doc.headings())  # still headings: PDF bookmarks
    book.scope.contents_depth = 2
    doc = compose(ws, book, Options(today=TODAY))
    assert any(h.level == 2 and h.in_contents for h in doc.headings())


def test_a_scope_that_cannot_be_is_refused(ws):
    book = _book(ws)
    book.scope.since = VISIT + dt.timedelta(days=1)
    with pytest.raises(WorkspaceError, match="cannot start .* after the visit"):
        ws.books.save(book)
    book.scope.since = None
    book.scope.page_budget = -1
    with pytest.raises(WorkspaceError, match="page budget"):
        ws.books.save(book)
    book.scope.page_budget = 60
    with pytest.raises(WorkspaceError, match="page budget"):
        ws.books.save_fields(book.id, {"scope": BookScope(page_budget=100_000)})
    ws.books.save_fields(book.id, {"scope": BookScope(last_discussed=1, page_budget=40)})
    assert ws.books.get(book.id).scope == BookScope(last_discussed=1, page_budget=40)


def test_composing_reads_what_the_book_needs_not_the_history(ws):
    """The work SQLite does for a book stays about the same when years of older records are
    added: counted in virtual-machine steps (a progress handler), not in seconds. Indexes grow
    a level deeper (a few percent); reading the history would multiply the steps."""
    for n in range(20):  # the period: a few recent meetings and commitments
        m = _meeting(ws, PREVIOUS + dt.timedelta(days=5 * n + 1), ["trade", "energy", "law"])
        _commitment(ws, m, CommitmentStatus.PENDING, area="trade")
    book = _book(ws)

    def steps() -> int:
        count = [0]

        def tick() -> int:
            count[0] += 1
            return 0

        ws._db.conn.set_progress_handler(tick, 10)
        try:
            compose(ws, ws.books.get(book.id), Options(today=TODAY))
        finally:
            ws._db.conn.set_progress_handler(None, 0)
        return count[0]

    before = steps()
    with ws.transaction():
        for n in range(1000):  # 16 years of older history, all of it closed long ago
            m = _meeting(ws, dt.date(2000, 1, 1) + dt.timedelta(days=6 * n), ["trade", "law"])
            _commitment(ws, m, CommitmentStatus.DONE, m.date + dt.timedelta(days=30))
    after = steps()
    assert after < before * 1.5, (before, after)


def test_the_tracker_lists_each_areas_commitments_under_its_own_heading(ws):
    meeting = _meeting(ws, dt.date(2025, 3, 3), ["trade", "energy", "law"])
    later = _meeting(ws, dt.date(2025, 4, 4), ["trade"])
    for area in ("trade", "energy", "law"):
        _commitment(ws, meeting, CommitmentStatus.PENDING, area=area)
    _commitment(ws, later, CommitmentStatus.IN_PROGRESS)
    book = _book(ws, tracker=TrackerRule.ALL_AREAS)
    doc = compose(ws, book, Options(today=TODAY))
    start = next(
        i for i, b in enumerate(doc.blocks) if "Commitments tracker" in getattr(b, "text", "")
    )
    annex = doc.blocks[start + 1 :]
    end = next((i for i, b in enumerate(annex) if isinstance(b, ir.Heading) and b.level == 1))
    annex = annex[:end]
    heads = [b for b in annex if isinstance(b, ir.Heading)]
    names = {"trade": ws.settings.area_name("trade"), "energy": ws.settings.area_name("energy")}
    # the book's areas in its order, then the others; each heading a bookmark, not an entry
    assert [h.text for h in heads][:2] == [names["trade"], names["energy"]]
    assert len(heads) == 3 and all(h.level == 2 and not h.in_contents for h in heads)
    tables = [b for b in annex if isinstance(b, ir.Table)]
    assert [len(t.rows) for t in tables] == [2, 1, 1]
    # each table is a brief's table: no Area column, the same columns as the briefs
    brief = next(b for b in doc.blocks if isinstance(b, ir.Table))
    assert all(
        [ir.plain(c) for c in t.header] == [ir.plain(c) for c in brief.header] for t in tables
    )
    assert "Area" not in [ir.plain(c) for c in tables[0].header]
    # the trade table lists the same commitments, in the same order, as the Trade brief
    assert [ir.plain(r[0]) for r in tables[0].rows] == [ir.plain(r[0]) for r in brief.rows]


def test_last_met_for_a_counterpart_met_hundreds_of_times_and_one_met_twice(ws):
    li = ws.people.save(Person([Name("LI Qiang")], side="China"))
    wang = ws.people.save(Person([Name("WANG Yi")], side="China"))
    day = dt.date(2020, 1, 1)
    for n in range(230):  # more than the store's "few meetings": read backwards from the day
        when = day + dt.timedelta(days=7 * n)
        _meeting(ws, when, ["trade"], source=False, people=[li] if n % 3 else [li, wang])
        _meeting(ws, when, ["law"], source=False)  # a meeting the same day without him
    on = dt.date(2023, 6, 1)
    for pid in (li, wang):
        every = [
            m
            for m in (ws.meetings.get(i) for i in range(1, 461))
            if any(p.person_id == pid for p in m.participants) and str(m.date) <= on.isoformat()
        ]
        every.sort(key=lambda m: (str(m.date), m.id), reverse=True)
        want = [(m.id, str(m.date)) for m in every[:2]]
        got = [(s.id, str(s.date)) for s in ws.meetings.latest_with(pid, on, 2)]
        assert got == want
        # a meeting on the day counts
        newest = dt.date.fromisoformat(str(every[0].date))
        assert [s.id for s in ws.meetings.latest_with(pid, newest, 1)] == [every[0].id]
