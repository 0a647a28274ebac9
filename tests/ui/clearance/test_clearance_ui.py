"""Clearance in the app: the outline and the library say where each brief stands; marking
the book final asks for a reason while a brief is not cleared, and records it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from briefing import clearance
from briefing.model import Action, BookStatus, Clearer
from ui.book import final
from ui.clearance.dialog import AnswerDialog, ClearanceDialog, RequestDialog

SHOTS = os.environ.get("BRIEFING_SCREENSHOTS")  # a folder: save what the tests show


def _shot(widget, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def _setup_clearers(ws) -> None:  # noqa: ANN001
    settings = ws.settings
    settings.clearers = [
        Clearer("dir", "Sok Dara", "Director, Asia-Pacific"),
        Clearer("emb", "Chan Vanna", "Embassy in Beijing"),
    ]
    ws.save_settings(settings)


def test_the_outline_and_library_show_where_each_brief_stands(qtbot, win, monkeypatch):
    ws = win.session.ws
    editor = win.editors["book"]
    book = editor.book
    _setup_clearers(ws)
    briefs = [s for s in book.sections if clearance.needs_clearance(s)]
    due = dt.date.today() + dt.timedelta(days=2)

    dialog_seen = []

    def run_dialog(dialog):  # noqa: ANN001
        dialog_seen.append(dialog)
        dialog.table.selectRow(0)
        monkeypatch.setattr(
            RequestDialog, "get", classmethod(lambda *a: ((["dir"], due, ""), True))
        )
        dialog.request()
        dialog.table.clearSelection()
        dialog.table.selectRow(1)
        monkeypatch.setattr(
            AnswerDialog,
            "get",
            classmethod(lambda *a: (("dir", Action.RETURNED, "Soften point 2"), True)),
        )
        monkeypatch.setattr(
            RequestDialog, "get", classmethod(lambda *a: ((["dir", "emb"], None, ""), True))
        )
        dialog.request()
        dialog.answer()
        _shot(dialog, "clearance-dialog.png")
        return 1

    monkeypatch.setattr(ClearanceDialog, "exec", run_dialog)
    win.clearance.clearance_action.trigger()
    assert dialog_seen
    model = editor.outline.model
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    first = texts[model.row_of(briefs[0].id)]
    assert first.endswith(f"{briefs[0].title}\n   waiting for Director, Asia-Pacific, due {due:%a}")
    second = texts[model.row_of(briefs[1].id)]
    assert second.endswith(f"{briefs[1].title}\n   returned by Director, Asia-Pacific")
    win.library.reload("book")
    row = next(r for r in win.library.books.rows() if r.id == book.id)
    assert f"0 of {len(briefs)} cleared, 1 waiting, 1 returned" in row.text
    assert f"{briefs[0].title} — waiting for Director, Asia-Pacific" in row.tooltip
    win.resize(1400, 900)
    editor.tabs.setCurrentIndex(0)
    _shot(win, "outline-clearance.png")


def test_marking_final_asks_for_a_reason_and_records_it(qtbot, win, monkeypatch):
    ws = win.session.ws
    editor = win.editors["book"]
    props = editor.properties
    monkeypatch.setattr(final, "ask_reason", lambda parent, refusal: ("", False))
    props.status.setCurrentIndex(props.status.findData("final"))
    props.status.activated.emit(props.status.currentIndex())
    assert ws.books.get(editor.book.id).status is BookStatus.DRAFT  # cancelled: nothing
    assert props.status.currentData() == "draft"  # the combo shows the book as it is

    asked = []
    monkeypatch.setattr(
        final, "ask_reason", lambda parent, refusal: asked.append(refusal) or ("By phone", True)
    )
    props.status.setCurrentIndex(props.status.findData("final"))
    props.status.activated.emit(props.status.currentIndex())
    assert "not cleared" in asked[0]
    assert ws.books.get(editor.book.id).status is BookStatus.FINAL
    last = ws.clearance.steps(editor.book.id)[-1]
    assert last.action is Action.FINAL_OVERRIDE and last.note.startswith("By phone")
