"""The sync in the app, against a real library: connecting, syncing off the GUI thread and in
the background, the status bar, receiving a colleague's change, deciding conflicts (a text
merged by paragraph; an edit against a deletion) in the review screen, a mistyped address,
a password asked again."""

from __future__ import annotations

import threading

from sync_library import free_port

from briefing.edits import FieldEdit, MeetingEdit
from briefing.model import Book, RecordKind, Section
from briefing.store import Workspace
from briefing.sync import engine
from ui.sync.conflicts_dialog import ConflictsDialog
from ui.sync.connect_dialog import ConnectDialog


def _answer(monkeypatch, *answers: tuple[str, str | None]) -> list[str]:
    """The connect dialog answers (url, password) in turn; returns the problems it was shown."""
    todo, problems = list(answers), []

    def get_connection(cls, parent, url="", problem=""):  # noqa: ANN001, ANN202
        problems.append(problem)
        return (todo.pop(0), True) if todo else (("", None), False)

    monkeypatch.setattr(ConnectDialog, "get_connection", classmethod(get_connection))
    return problems


def _connect(window, qtbot, library, user: str, monkeypatch) -> None:
    _answer(monkeypatch, (library.url(user), f"{user}-pw"))
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as ended:
        window.sync.connect_action.trigger()
    assert ended.args == [True]


def _sync(window, qtbot) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as ended:
        window.sync.sync_action.trigger()
    assert ended.args == [True]


def _colleague(library):
    other = library.add_user("desk", name="colleague")
    colleague = library.replica(other, "colleague")
    library.sync(colleague, other)
    return other, colleague


def test_connect_then_sync_off_the_gui_thread_and_receive_a_colleagues_change(
    window, qtbot, library, tmp_path, monkeypatch, no_message_boxes
):
    threads = []
    real_sync = engine.sync

    def recorded(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads.append(threading.current_thread())
        return real_sync(*args, **kwargs)

    monkeypatch.setattr(engine, "sync", recorded)
    user = library.add_user("desk")
    assert window.sync.label.text() == ""  # a single file says nothing of syncing
    assert not window.sync.sync_action.isEnabled()
    _connect(window, qtbot, library, user, monkeypatch)
    assert threads and threading.main_thread() not in threads
    ws = window.session.ws
    label = window.sync.label.text()
    assert label.startswith("Synced ") and label.endswith("· nothing to send"), label
    meetings = library.sql("SELECT count(*) FROM briefing.records WHERE kind = 'meeting'")
    assert meetings[0][0] == len(ws.meetings.ids()) > 0
    # a colleague changes the meeting shown here; Sync Now brings it onto the screen
    other, colleague = _colleague(library)
    mid = ws.meetings.ids()[0]
    uid = ws.replica._uid_of("meeting", mid)
    cid = colleague.replica.id_of("meeting", uid)
    old = colleague.meetings.get(cid).city
    FieldEdit(RecordKind.MEETING, cid, "city", old, "Kampot").apply(colleague)
    library.sync(colleague, other)
    window.open_record("meeting", mid)
    _sync(window, qtbot)
    assert ws.meetings.get(mid).city == "Kampot"
    assert window.current_editor().record.city == "Kampot"  # the open editor shows it
    # an edit here waits until the next sync, and the status bar says so
    FieldEdit(RecordKind.MEETING, mid, "summary", "", "Noted").apply(ws)
    window.sync.refresh()
    assert window.sync.label.text().endswith("· 1 change to send")
    window.grab().save(str(tmp_path / "waiting.png"))
    _sync(window, qtbot)
    assert window.sync.label.text().endswith("· nothing to send")
    library.sync(colleague, other)
    assert colleague.meetings.get(cid).summary == "Noted"
    colleague.close()
    assert not [m for m in no_message_boxes[0] if m[0] == "error"]


def test_a_connected_workspace_syncs_in_the_background_when_it_is_opened(
    window, qtbot, library, monkeypatch
):
    user = library.add_user("desk")
    _connect(window, qtbot, library, user, monkeypatch)
    path = window.session.ws.path
    uid = window.session.ws.replica._uid_of("meeting", window.session.ws.meetings.ids()[0])
    assert window.close_workspace()
    other, colleague = _colleague(library)
    cid = colleague.replica.id_of("meeting", uid)
    FieldEdit(RecordKind.MEETING, cid, "city", colleague.meetings.get(cid).city, "Kep").apply(
        colleague
    )
    library.sync(colleague, other)
    colleague.close()
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as ended:
        assert window.open_workspace(path)  # nobody asks: it syncs on its own
    assert ended.args == [True]
    ws = window.session.ws
    assert ws.meetings.get(ws.replica.id_of("meeting", uid)).city == "Kep"
    assert window.sync.timer.isActive()  # and again every few minutes


def test_the_review_screen_merges_a_section_text_and_the_officer_decides(
    window, qtbot, library, tmp_path, monkeypatch
):
    user = library.add_user("desk")
    ws: Workspace = window.session.ws
    points = "Trade has doubled.\n\nRice quotas to raise.\n\nThank them for the bridge."
    book_id = ws.books.save(Book("Visit", sections=[Section("Trade", area="trade", points=points)]))
    _connect(window, qtbot, library, user, monkeypatch)
    other, colleague = _colleague(library)
    section = next(s for s in ws.books.get(book_id).sections if "\n\n" in s.points)
    uid, base = section.uid, section.points
    first, rest = base.split("\n\n", 1)
    cb = colleague.replica.id_of("book", colleague.replica.base(uid)[1]["book_id"])
    cs = colleague.replica.id_of("section", uid)
    # both rewrite the first paragraph; the colleague also adds one at the end
    theirs = f"{first} (the colleague's figures)\n\n{rest}\n\nAdded by the colleague."
    colleague.books.save_section_texts(cb, cs, {"points": theirs})
    library.sync(colleague, other)
    mine = f"{first} (rewritten here)\n\n{rest}"
    ws.books.save_section_texts(book_id, section.id, {"points": mine})
    _sync(window, qtbot)
    assert window.sync.label.text().endswith("· 1 conflict to decide")
    assert next(s for s in ws.books.get(book_id).sections if s.uid == uid).points == mine
    dialog = ConflictsDialog(window, ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    assert "Points: changed here and in the library" in dialog.what.text()
    assert dialog.panes["base"].toPlainText() == base
    assert dialog.panes["mine"].toPlainText() == mine
    assert dialog.panes["theirs"].toPlainText() == theirs
    assert dialog.merged.isVisible()
    proposal = dialog.merged.toPlainText()
    # both versions of the first paragraph kept, the colleague's new paragraph taken
    assert f"{first} (rewritten here)" in proposal and "(the colleague's figures)" in proposal
    assert proposal.endswith("Added by the colleague.")
    dialog.grab().save(str(tmp_path / "conflicts.png"))
    agreed = proposal.replace(f"{first} (rewritten here)\n\n", "")
    dialog.merged.setPlainText(agreed)
    dialog.merged_button.click()
    assert dialog.list.count() == 0 and ws.replica.conflicts() == []
    assert next(s for s in ws.books.get(book_id).sections if s.uid == uid).points == agreed
    dialog.close()
    _sync(window, qtbot)
    library.sync(colleague, other)
    assert next(s for s in colleague.books.get(cb).sections if s.uid == uid).points == agreed
    assert engine.status(ws).waiting == 0 and engine.status(ws).conflicts == 0
    colleague.close()


def test_an_edit_against_a_deletion_is_decided_in_the_review_screen(
    window, qtbot, library, monkeypatch
):
    user = library.add_user("desk")
    _connect(window, qtbot, library, user, monkeypatch)
    ws: Workspace = window.session.ws
    other, colleague = _colleague(library)
    mid = ws.meetings.ids()[0]
    uid = ws.replica._uid_of("meeting", mid)
    cid = colleague.replica.id_of("meeting", uid)
    MeetingEdit(colleague.meetings.get(cid), None).apply(colleague)  # deleted there
    library.sync(colleague, other)
    FieldEdit(RecordKind.MEETING, mid, "summary", "", "Still matters").apply(ws)  # edited here
    _sync(window, qtbot)
    assert ws.meetings.get(mid).summary == "Still matters"  # kept until the officer decides
    dialog = ConflictsDialog(window, ws)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [v.conflict.field for v in dialog.views]
    assert rows == ["*"]
    assert "Changed here, deleted in the library" in dialog.what.text()
    assert (dialog.mine_button.text(), dialog.theirs_button.text()) == ("Keep It", "Delete It")
    assert "Still matters" in dialog.panes["mine"].toPlainText()
    assert dialog.panes["theirs"].toPlainText() == ""
    assert not dialog.merged.isVisible()
    dialog.theirs_button.click()  # the officer agrees to the deletion
    assert mid not in ws.meetings.ids() and ws.replica.conflicts() == []
    dialog.close()
    _sync(window, qtbot)
    assert library.sql("SELECT doc IS NULL FROM briefing.records WHERE uid = %s", (uid,)) == [
        (True,)
    ]
    colleague.close()


def test_a_mistyped_address_says_offline_and_can_be_corrected(
    window, qtbot, library, monkeypatch, no_message_boxes
):
    user = library.add_user("desk")
    wrong = f"postgresql://{user}@127.0.0.1:{free_port()}/{library.db}"
    _answer(monkeypatch, (wrong, f"{user}-pw"))
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as ended:
        window.sync.connect_action.trigger()
    assert ended.args == [False]
    (error,) = [m for m in no_message_boxes[0] if m[0] == "error"]
    assert "cannot connect to the shared library" in error[2]
    waiting = window.session.ws.replica.waiting()
    assert window.sync.label.text() == f"Offline · never synced · {waiting:,} changes to send"
    _connect(window, qtbot, library, user, monkeypatch)  # the right address this time
    assert engine.library_of(window.session.ws) == library.url(user)
    assert window.sync.label.text().endswith("· nothing to send")


def test_without_a_password_sync_now_asks_for_it(window, qtbot, library, monkeypatch):
    user = library.add_user("desk")
    problems = _answer(monkeypatch, (library.url(user), None), (library.url(user), f"{user}-pw"))
    ended: list[bool] = []
    window.sync.finished.connect(ended.append)
    window.sync.connect_action.trigger()
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=60_000)
    assert ended == [False, True]
    assert problems[0] == "" and "password" in problems[1]
    assert window.sync.label.text().startswith("Synced ")
