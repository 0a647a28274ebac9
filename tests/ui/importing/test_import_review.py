"""Import a press release through the real menus and the real review dialog: draft, review,
create in one undo step, refuse a duplicate, report bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit

from briefing.model import ItemKind, Settings
from briefing.store import Workspace
from ui.importing.models import DraftItemsModel, DraftParticipantsModel
from ui.importing.paste import PasteReleaseDialog
from ui.importing.review import ImportReviewDialog

SAMPLE = (
    Path(__file__).resolve().parents[3] / "samples" / "press-release-2024-10-11-cambodia-china.txt"
)


def _sample_draft():  # noqa: ANN202 - what the importer makes of the sample, whatever its rules
    from briefing.importers.press_release import extract

    return extract(
        SAMPLE.read_text(encoding="utf-8"), Settings(countries=["Cambodia", "China"]), []
    )


def kept_commitments(draft, left_out: int | None = None) -> int:  # noqa: ANN001
    """How many proposals become commitments (ticked, and their item kept)."""
    return sum(
        1 for c in draft.commitments if c.keep and draft.items[c.item].keep and c.item != left_out
    )


SAMPLE_DRAFT = _sample_draft()
ITEMS = len(SAMPLE_DRAFT.items)
TICKED = kept_commitments(SAMPLE_DRAFT)
TICKED_WITH_ITEM_1_OUT = kept_commitments(SAMPLE_DRAFT, left_out=1)


@pytest.fixture
def fresh_window(qtbot, tmp_path):
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    path = tmp_path / "fresh.briefing"
    Workspace.create(path, Settings(countries=["Cambodia", "China"])).close()
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    assert win.open_workspace(path)
    win.show()
    yield win
    if win.session is not None:
        win.close_workspace()


def choose_file(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


_WAITING: list[list[bool]] = []  # each when_shown's "still wanted" flag


@pytest.fixture(autouse=True)
def _stop_waiting():
    """A dialog a test expected and never saw must not be acted on in the next test."""
    yield
    for flag in _WAITING:
        flag[0] = False
    _WAITING.clear()


def when_shown(cls, action, seen: list | None = None) -> None:
    """Run ``action(dialog)`` once a modal ``cls`` is up (the dialog's own event loop runs)."""
    tries = [0]
    wanted = [True]
    _WAITING.append(wanted)

    def run() -> None:
        if not wanted[0]:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            tries[0] += 1
            if tries[0] < 1500:  # drafting runs in a thread: allow it time
                QTimer.singleShot(10, run)
            return
        wanted[0] = False
        if seen is not None:
            seen.append(dialog)
        try:
            action(dialog)
        finally:
            if dialog.isVisible():  # never leave a test blocked on a dialog
                dialog.done(0)

    QTimer.singleShot(0, run)


def key(widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, k, modifier)


def counts(ws: Workspace) -> tuple[int, int, int]:
    return len(ws.meetings.summaries()), len(ws.people.all()), len(ws.commitments.all())


# --------------------------------------------------------------------------- the whole path


def test_import_review_accept_undo_redo(fresh_window, monkeypatch, no_message_boxes):
    win = fresh_window
    ws = win.session.ws
    choose_file(monkeypatch, SAMPLE)
    seen: dict[str, object] = {}

    def review(dialog: ImportReviewDialog) -> None:
        d = dialog.draft
        seen["participants"] = dialog.participants_model.rowCount()
        seen["status"] = [
            dialog.participants_model.index(r, DraftParticipantsModel.STATUS).data()
            for r in range(2)
        ]
        seen["items"] = dialog.items_model.rowCount()
        seen["commitments"] = dialog.commitments_model.rowCount()
        seen["fields"] = (
            dialog.dates["meeting_date"].value(),
            dialog.dates["issue_date"].value(),
            dialog.lines["city"].text(),
            dialog.lines["country"].text(),
        )
        table = dialog.items
        assert dialog.focusWidget() is table  # the items have the keyboard from the start
        # arrows move through the items; the source view follows
        assert dialog.source.current == 0
        key(table, Qt.Key.Key_Down)
        assert table.currentIndex().row() == 1 and dialog.source.current == 1
        # Space leaves item 1 out
        key(table, Qt.Key.Key_Space)
        seen["left_out"] = d.items[1].text
        assert not d.items[1].keep
        # re-assign item 2 ("agreed to encourage all relevant institutions") to another area
        key(table, Qt.Key.Key_Down)
        index = dialog.items_model.index(2, DraftItemsModel.AREA)
        table.setCurrentIndex(index)
        table.edit(index)
        combo = table.indexWidget(index) or table.findChild(QComboBox)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("people"))
        combo.activated.emit(combo.currentIndex())
        assert d.items[2].area == "people"
        summary = dialog.summary.text()
        assert f"{ITEMS} item" not in summary and f"{ITEMS - 1} item" in summary
        # change a field, then Enter creates the meeting
        dialog.lines["occasion"].setText("44th and 45th ASEAN Summits")
        dialog.lines["occasion"].textEdited.emit("44th and 45th ASEAN Summits")
        key(table, Qt.Key.Key_Return)

    when_shown(ImportReviewDialog, review)
    win.import_file_action.trigger()

    assert seen["participants"] == 2
    assert seen["status"] == ["new: will be created", "new: will be created"]
    assert seen["items"] == ITEMS
    assert seen["commitments"] == len(SAMPLE_DRAFT.commitments)
    assert seen["fields"] == (dt.date(2024, 10, 10), dt.date(2024, 10, 11), "Vientiane", "Lao PDR")

    # the meeting is created and shown
    [summary] = ws.meetings.summaries()
    meeting = ws.meetings.get(summary.id)
    assert (meeting.date, meeting.city, meeting.country) == (
        dt.date(2024, 10, 10),
        "Vientiane",
        "Lao PDR",
    )
    assert meeting.occasion == "44th and 45th ASEAN Summits"
    assert len(meeting.items) == ITEMS - 1
    assert seen["left_out"] not in [i.text for i in meeting.items]
    assert meeting.items[1].area == "people"
    pledges = [i.text for i in SAMPLE_DRAFT.items[2:] if i.kind == ItemKind.PLEDGE]
    assert [i.text for i in meeting.items[1:] if i.kind == ItemKind.PLEDGE] == pledges
    assert len(meeting.sources) == 1 and "Diamond Cooperation" in meeting.sources[0].title
    people = ws.people.all()
    assert sorted(p.display_name for p in people) == ["Hun Manet", "Li Qiang"]
    assert {p.person_id for p in meeting.participants} == {p.id for p in people}
    assert len(ws.commitments.all()) == kept_commitments(SAMPLE_DRAFT, left_out=1)
    assert win.stack.currentWidget() is win.editors["meeting"]
    assert win.editors["meeting"].meeting.id == meeting.id
    assert win.library.meetings.total() == 1
    assert no_message_boxes[0] == []

    # one undo step takes all of it away; redo brings it back
    stack = win.session.undo_stack
    assert stack.count() == 1
    assert stack.undoText().startswith("Import the meeting of 10 October 2024")
    win.undo_action.trigger()
    assert counts(ws) == (0, 0, 0)
    assert win.library.meetings.total() == 0
    assert win.library.people.rowCount() == 0
    assert no_message_boxes[0] == []  # undoing shows no "not found"
    win.redo_action.trigger()
    assert counts(ws) == (1, 2, TICKED_WITH_ITEM_1_OUT)
    assert ws.meetings.get(meeting.id).items[1].area == "people"
    assert win.library.people.rowCount() == 2


def test_same_release_again_is_not_duplicated(fresh_window, monkeypatch, no_message_boxes):
    win = fresh_window
    ws = win.session.ws
    choose_file(monkeypatch, SAMPLE)
    when_shown(ImportReviewDialog, lambda d: d.accept())
    win.import_file_action.trigger()
    assert counts(ws) == (1, 2, TICKED)
    meeting_id = ws.meetings.summaries()[0].id
    win.open_record("person", ws.people.all()[0].id)

    shown, answers = no_message_boxes
    dialogs: list = []
    when_shown(ImportReviewDialog, lambda d: d.accept(), dialogs)
    answers.append(True)  # "Open Meeting"
    win.import_file_action.trigger()
    assert dialogs == []  # no review: the release is already there
    kind, title, text = shown[-1]
    assert kind == "ask" and title == "Already in the workspace"
    assert "already in the workspace as the meeting of 10 October 2024, Vientiane" in text
    assert counts(ws) == (1, 2, TICKED)
    assert win.stack.currentWidget() is win.editors["meeting"]
    assert win.editors["meeting"].meeting.id == meeting_id

    # pasted with other line breaks: still the same release; "Cancel" opens nothing
    win.open_record("person", ws.people.all()[0].id)
    pasted = SAMPLE.read_text(encoding="utf-8").replace("\n\n", "\n\n\n")
    QGuiApplication.clipboard().setText(pasted)
    answers.append(False)
    when_shown(PasteReleaseDialog, lambda d: d.accept())
    win.import_paste_action.trigger()
    assert shown[-1][1] == "Already in the workspace"
    assert counts(ws) == (1, 2, TICKED)
    assert win.stack.currentWidget() is win.editors["person"]
    assert win.session.undo_stack.count() == 1
    QGuiApplication.clipboard().clear()


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("broken.docx", b"this is not a zip file at all", "broken.docx"),
        ("scan.pdf", b"%PDF-1.4\n%%EOF\n", "scan.pdf"),
        ("photo.png", b"\x89PNG\r\n", "not supported"),
    ],
)
def test_bad_file_shows_a_message_and_changes_nothing(
    fresh_window, monkeypatch, no_message_boxes, tmp_path, name, content, says
):
    win = fresh_window
    bad = tmp_path / name
    bad.write_bytes(content)
    choose_file(monkeypatch, bad)
    dialogs: list = []
    when_shown(ImportReviewDialog, lambda d: d.accept(), dialogs)
    win.import_file_action.trigger()
    shown, _ = no_message_boxes
    assert len(shown) == 1
    kind, title, text = shown[0]
    assert (kind, title) == ("error", "Cannot import the press release")
    assert says in text and "Traceback" not in text
    assert dialogs == []
    assert counts(win.session.ws) == (0, 0, 0)
    assert win.session.undo_stack.count() == 0


def test_pasted_text_in_another_language_is_refused(fresh_window, no_message_boxes):
    win = fresh_window
    when_shown(
        PasteReleaseDialog,
        lambda d: (
            d.text.setPlainText("Le Premier ministre a rencontré son homologue à Vientiane. " * 5),
            d.accept(),
        ),
    )
    QGuiApplication.clipboard().clear()
    win.import_paste_action.trigger()
    shown, _ = no_message_boxes
    assert shown and shown[0][0] == "error" and "English" in shown[0][2]
    assert counts(win.session.ws) == (0, 0, 0)


# --------------------------------------------------------------------------- the dialog


def test_paste_and_known_people_are_matched(window, no_message_boxes):
    """The shared test workspace already has HUN Manet and LI Qiang: they are matched."""
    ws = window.session.ws
    before = counts(ws)
    QGuiApplication.clipboard().setText(SAMPLE.read_text(encoding="utf-8"))
    seen: dict[str, object] = {}

    def paste(dialog: PasteReleaseDialog) -> None:
        seen["prefilled"] = dialog.text.toPlainText().strip().startswith("MINISTRY")
        key(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def review(dialog: ImportReviewDialog) -> None:
        model = dialog.participants_model
        seen["status"] = [model.index(r, model.STATUS).data() for r in range(model.rowCount())]
        seen["editable"] = bool(
            model.flags(model.index(0, model.TITLE)) & Qt.ItemFlag.ItemIsEditable
        )
        seen["title"] = dialog.participants_box.title()
        dialog.accept()

    when_shown(PasteReleaseDialog, paste)
    QTimer.singleShot(0, lambda: when_shown(ImportReviewDialog, review))
    window.import_paste_action.trigger()
    QGuiApplication.clipboard().clear()
    assert seen["prefilled"]
    assert seen["status"] == ["in the workspace", "in the workspace"]
    assert not seen["editable"]
    assert "0 new" in seen["title"]
    assert counts(ws) == (before[0] + 1, before[1], before[2] + TICKED)  # nobody created twice
    assert no_message_boxes[0] == []


def test_escape_cancels_and_asks_only_after_changes(fresh_window, monkeypatch, no_message_boxes):
    win = fresh_window
    choose_file(monkeypatch, SAMPLE)
    shown, answers = no_message_boxes
    when_shown(ImportReviewDialog, lambda d: key(d.items, Qt.Key.Key_Escape))
    win.import_file_action.trigger()
    assert shown == [] and counts(win.session.ws) == (0, 0, 0)

    closed: list[bool] = []

    def change_then_escape(dialog: ImportReviewDialog) -> None:
        key(dialog.items, Qt.Key.Key_Space)  # a change: Esc asks first
        answers.append(False)  # "Keep Reviewing"
        key(dialog.items, Qt.Key.Key_Escape)
        closed.append(not dialog.isVisible())
        answers.append(True)  # "Discard"
        key(dialog.items, Qt.Key.Key_Escape)
        closed.append(not dialog.isVisible())

    when_shown(ImportReviewDialog, change_then_escape)
    win.import_file_action.trigger()
    assert closed == [False, True]
    assert [s[1] for s in shown] == ["Discard the draft?", "Discard the draft?"]
    assert counts(win.session.ws) == (0, 0, 0)
    assert win.session.undo_stack.count() == 0


def test_source_highlights_follow_the_items(fresh_window, monkeypatch):
    win = fresh_window
    choose_file(monkeypatch, SAMPLE)
    seen: dict[str, object] = {}

    def look(dialog: ImportReviewDialog) -> None:
        dialog.resize(1200, 500)
        QApplication.processEvents()
        source = dialog.source
        selections = source.extraSelections()
        seen["highlights"] = len(selections)
        last = dialog.items_model.rowCount() - 1
        dialog.items.select_row(last)  # far down: the source view scrolls to it
        QApplication.processEvents()
        start, _end = source.span_of(last)
        cursor = source.textCursor()
        cursor.setPosition(start)
        rect = source.cursorRect(cursor)
        seen["visible"] = 0 <= rect.top() < source.viewport().height()
        selections = source.extraSelections()
        strong = QColor(selections[last].format.background().color())
        light = QColor(selections[0].format.background().color())
        seen["stronger"] = strong.lightness() < light.lightness()
        # a proposed commitment chosen selects its item
        dialog.commitments.setCurrentIndex(dialog.commitments_model.index(0, 1))
        seen["selected"] = dialog.items.currentIndex().row()
        seen["its_item"] = dialog.draft.commitments[0].item
        # the text box edits the current item
        dialog.item_text.setPlainText("China will import more Cambodian farm produce.")
        seen["text"] = dialog.draft.items[dialog.items.currentIndex().row()].text
        seen["proposal"] = dialog.draft.commitments[0].text
        dialog.done(0)

    when_shown(ImportReviewDialog, look)
    win.import_file_action.trigger()
    assert seen["highlights"] == ITEMS
    assert seen["visible"] and seen["stronger"]
    assert seen["selected"] == seen["its_item"]
    assert seen["text"] == seen["proposal"] == "China will import more Cambodian farm produce."


def test_menu_actions_and_readonly(fresh_window):
    win = fresh_window
    assert win.import_file_action.shortcut().toString() == "Ctrl+Shift+I"
    assert win.import_file_action.isEnabled() and win.import_paste_action.isEnabled()
    win.close_workspace()
    assert not win.import_file_action.isEnabled()


def test_people_edited_or_left_out_and_date_required(fresh_window, monkeypatch):
    win = fresh_window
    ws = win.session.ws
    choose_file(monkeypatch, SAMPLE)
    seen: dict[str, object] = {}

    def review(dialog: ImportReviewDialog) -> None:
        table, model = dialog.participants, dialog.participants_model
        # edit the first new person's title in its cell (F2 opens the editor)
        index = model.index(0, model.TITLE)
        table.setCurrentIndex(index)
        key(table, Qt.Key.Key_F2)
        editor = table.viewport().findChild(QLineEdit)
        assert editor is not None and editor.text().startswith("Prime Minister of")
        editor.setText("Prime Minister")
        key(editor, Qt.Key.Key_Return)
        # leave the second out with Space
        table.setCurrentIndex(model.index(1, model.NAME))
        key(table, Qt.Key.Key_Space)
        seen["title"] = dialog.participants_box.title()
        # no date: Enter does not create; the summary says why
        dialog.dates["meeting_date"].check.setChecked(False)
        key(dialog.items, Qt.Key.Key_Return)
        seen["still_open"] = dialog.isVisible()
        seen["summary"] = dialog.summary.text()
        dialog.dates["meeting_date"].check.setChecked(True)
        dialog.create_button.click()

    when_shown(ImportReviewDialog, review)
    win.import_file_action.trigger()
    assert seen["still_open"] and seen["summary"] == "Set the meeting date."
    assert seen["title"] == "Participants (1 of 2 kept, 1 new)"
    [person] = ws.people.all()
    assert person.display_name == "Hun Manet"
    assert [o.title for o in person.offices] == ["Prime Minister"]
    meeting = ws.meetings.get(ws.meetings.summaries()[0].id)
    assert [p.person_id for p in meeting.participants] == [person.id]
    assert meeting.date == dt.date(2024, 10, 10)


UNDATED = (
    "Ministry of Foreign Affairs and International Cooperation\n\n"
    "The two sides agreed to hold the next round of consultations in Beijing.\n"
    "China pledged to provide 100 scholarships to Cambodian students next year.\n"
)


def test_what_the_release_does_not_give_is_asked_for(fresh_window, no_message_boxes):
    from ui.importing.flow import import_pasted

    win = fresh_window
    seen: dict[str, object] = {}

    def review(dialog: ImportReviewDialog) -> None:
        notice = dialog.notice.text()
        seen["asks_date"] = "does not give the meeting date" in notice
        seen["asks_people"] = "No participants were recognised" in notice
        seen["focus"] = dialog.focusWidget() is dialog.dates["meeting_date"].check
        dialog.accept()  # refused: no date
        seen["refused"] = dialog.isVisible() and "Set the meeting date." in dialog.summary.text()
        dialog.add_participant()
        model = dialog.participants_model
        row = model.rowCount() - 1
        model.setData(model.index(row, model.NAME), "Wang Wenbin")
        model.setData(model.index(row, model.SIDE), "China")
        model.setData(model.index(row, model.TITLE), "Ambassador of China to Cambodia")
        date = dialog.dates["meeting_date"]
        date.check.setChecked(True)
        date.edit.setDate(dt.date(2024, 11, 5))
        dialog.accept()
        seen["accepted"] = not dialog.isVisible()

    when_shown(ImportReviewDialog, review)
    meeting_id = import_pasted(win, win.session, UNDATED)
    assert seen == {
        "asks_date": True,
        "asks_people": True,
        "focus": True,
        "refused": True,
        "accepted": True,
    }
    meeting = win.session.ws.meetings.get(meeting_id)
    assert meeting.date == dt.date(2024, 11, 5)
    [person] = [win.session.ws.people.get(p.person_id) for p in meeting.participants]
    assert (person.display_name, person.side) == ("Wang Wenbin", "China")
    assert person.offices[0].title == "Ambassador of China to Cambodia"
    assert no_message_boxes[0] == []
