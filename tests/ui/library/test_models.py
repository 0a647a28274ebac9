"""Every Qt item model passes QAbstractItemModelTester, filled and empty."""

from __future__ import annotations

from briefing.edits import track_commitment


def test_library_models(qtmodeltester, window):
    lib = window.library
    for model in (lib.meetings, lib.people, lib.commitments, lib.books):
        qtmodeltester.check(model)


def test_lazy_meeting_model_fetches_in_batches(qtmodeltester, tmp_path):
    import datetime as dt

    from briefing.model import Meeting, Settings
    from briefing.store import Workspace
    from ui.library.meetings import BATCH, MeetingListModel

    ws = Workspace.create(tmp_path / "many.briefing", Settings(countries=["A", "B"]))
    with ws.transaction():
        for n in range(BATCH + 50):
            ws.meetings.save(Meeting(date=dt.date(2000, 1, 1) + dt.timedelta(days=n), city=f"C{n}"))
    model = MeetingListModel()
    model.load(ws)
    assert model.rowCount() == BATCH and model.total() == BATCH + 50
    qtmodeltester.check(model)
    assert model.row_of(model.rows()[-1].id) == BATCH + 49
    assert model.rowCount() == BATCH + 50
    qtmodeltester.check(model)
    ws.close()


def test_items_model(qtmodeltester, window):
    window.open_record("meeting", window.library.meetings.rows()[0].id)
    qtmodeltester.check(window.editors["meeting"].items_model)


def test_commitment_models(qtmodeltester, window):
    ws = window.session.ws
    meeting = ws.meetings.get(window.library.meetings.rows()[0].id)
    for item in meeting.items:
        if item.can_commit:
            window.session.push(track_commitment(item))
    window.tracker_action.trigger()
    tracker = window.editors["commitment"]
    qtmodeltester.check(tracker.model)
    qtmodeltester.check(tracker.proxy)


def test_outline_and_records_models(qtmodeltester, window):
    window.new_book_action.trigger()
    editor = window.editors["book"]
    qtmodeltester.check(editor.outline.model)
    for action in editor.outline.brief_menu.actions()[:3]:
        action.trigger()
    qtmodeltester.check(editor.outline.model)
    name = window.session.ws.settings.area_name("trade")
    next(a for a in editor.outline.brief_menu.actions() if a.text() == name).trigger()
    qtmodeltester.check(editor.records.model)


def test_find_model(qtmodeltester, window):
    window.find_action.trigger()
    window.find.line.setText("rice")
    window.find.run()
    assert window.find.model.rowCount() >= 1
    qtmodeltester.check(window.find.model)


def test_meetings_are_fetched_from_the_store_as_the_list_needs_them(qtmodeltester, tmp_path):
    """A long history: the list holds one batch at first; finding a meeting further down
    fetches batches up to it; a filter counts in the store."""
    import datetime as dt

    from briefing.model import Meeting, Settings
    from briefing.store import Workspace
    from ui.library.meetings import BATCH, MeetingListModel

    ws = Workspace.create(tmp_path / "long.briefing", Settings(countries=["A", "B"]))
    with ws.transaction():
        for n in range(2 * BATCH + 10):
            city = "Kampot" if n % 7 == 0 else f"C{n}"
            ws.meetings.save(Meeting(date=dt.date(1990, 1, 1) + dt.timedelta(days=n), city=city))
    model = MeetingListModel()
    model.load(ws)
    assert len(model.rows()) == BATCH and model.total() == 2 * BATCH + 10
    oldest = ws.meetings.summaries()[-1].id
    assert model.row_of(oldest) == 2 * BATCH + 9
    assert model.rowCount() == 2 * BATCH + 10
    qtmodeltester.check(model)
    model.load(ws, text="Kampot")
    assert model.total() == len([n for n in range(2 * BATCH + 10) if n % 7 == 0])
    assert model.row_of(oldest) == model.total() - 1  # day 0 is in Kampot
    next_oldest = ws.meetings.summaries()[-2].id
    assert model.row_of(next_oldest) == -1  # filtered out
    ws.close()


def test_the_tracker_sorts_in_its_model_and_keeps_the_selection(qtbot, window):
    from PySide6.QtCore import Qt

    from ui.records.commitments import CommitmentsModel

    ws = window.session.ws
    meeting = ws.meetings.get(window.library.meetings.rows()[0].id)
    for item in meeting.items:
        if item.can_commit:
            window.session.push(track_commitment(item))
    window.tracker_action.trigger()
    tracker = window.editors["commitment"]
    ids = [c.id for c in ws.commitments.all()]
    tracker.select(ids[-1])
    for column in range(len(tracker.model.headers)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tracker.table.sortByColumn(column, order)
            assert tracker.current_id() == ids[-1]  # the selection follows its row
    tracker.table.sortByColumn(CommitmentsModel.TEXT, Qt.SortOrder.AscendingOrder)
    texts = [tracker.proxy.index(r, CommitmentsModel.TEXT).data() for r in range(len(ids))]
    assert texts == sorted(texts, key=str.casefold)
    tracker.table.sortByColumn(CommitmentsModel.TEXT, Qt.SortOrder.DescendingOrder)
    again = [tracker.proxy.index(r, CommitmentsModel.TEXT).data() for r in range(len(ids))]
    assert again == sorted(texts, key=str.casefold, reverse=True)
