"""Book ▸ Properties: the scope of a book, every rule visible and changeable; undo and redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from briefing.model import Book, BookScope, CommitmentRule, TrackerRule


def _open_book(window, start=dt.date(2025, 6, 16)):  # noqa: ANN001
    ws = window.session.ws
    ws.books.save(Book("The visit before", start_date=dt.date(2025, 3, 20)))
    book_id = ws.books.save(Book("Visit to Beijing", start_date=start))
    window.open_record("book", book_id)
    return window.editors["book"], book_id


def test_the_scope_shows_its_period_and_every_rule(qtbot, window):
    editor, _book_id = _open_book(window)
    scope = editor.properties.scope
    assert scope.period.text() == (
        "20 March 2025 to 16 June 2025 — since the previous book, “The visit before” "
        "(20 March 2025)"
    )
    assert not scope.since.value()  # the default period: nothing set on the book
    assert scope.commitments.currentText() == "Open, and those closed within the period"
    assert scope.last_discussed.value() == 3
    assert scope.sources.currentText() == "Meetings the book covers or recalls"
    # each sources rule says what it prints
    tips = [
        scope.sources.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(scope.sources.count())
    ]
    assert len(set(tips)) == scope.sources.count() and all(tips)
    assert "lists by title" in tips[0] and "in full" in tips[1]
    assert scope.tracker.currentText() == "Same commitments as the briefs"
    assert scope.contents.currentText() == "Parts and briefs"
    assert scope.page_budget.value() == 60


def test_changing_a_rule_saves_it_and_undo_brings_it_back(qtbot, window):
    editor, book_id = _open_book(window)
    ws = window.session.ws
    scope = editor.properties.scope

    scope.commitments.setCurrentIndex(scope.commitments.findData(CommitmentRule.OPEN))
    scope.commitments.activated.emit(scope.commitments.currentIndex())
    scope.tracker.setCurrentIndex(scope.tracker.findData(TrackerRule.NONE))
    scope.tracker.activated.emit(scope.tracker.currentIndex())
    scope.page_budget.setValue(40)
    assert ws.books.get(book_id).scope == BookScope(
        commitments=CommitmentRule.OPEN, tracker=TrackerRule.NONE, page_budget=40
    )

    # a period of its own: the label says so
    scope.since.check.setChecked(True)
    scope.since.edit.setDate(dt.date(2025, 1, 1))
    scope.since.edit.editingFinished.emit()
    assert ws.books.get(book_id).scope.since == dt.date(2025, 1, 1)
    assert scope.period.text().endswith("from 1 January 2025, as set on the book")

    window.undo_action.trigger()  # the period
    window.undo_action.trigger()  # the budget
    assert ws.books.get(book_id).scope.page_budget == 60
    assert ws.books.get(book_id).scope.since is None
    assert scope.page_budget.value() == 60  # the widgets follow
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert ws.books.get(book_id).scope == BookScope()
    window.redo_action.trigger()
    assert ws.books.get(book_id).scope.commitments is CommitmentRule.OPEN


def test_a_period_after_the_visit_is_refused_with_a_message(qtbot, window, no_message_boxes):
    editor, book_id = _open_book(window)
    scope = editor.properties.scope
    scope.since.check.setChecked(True)  # ticked: the period starts where the default did
    assert window.session.ws.books.get(book_id).scope.since == dt.date(2025, 3, 20)
    scope.since.edit.setDate(dt.date(2025, 7, 1))
    scope.since.edit.editingFinished.emit()
    shown, _answers = no_message_boxes
    assert window.session.ws.books.get(book_id).scope.since == dt.date(2025, 3, 20)
    assert any("after the visit" in text for _kind, _title, text in shown)
