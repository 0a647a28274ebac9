"""The Preflight dock: the findings of `briefing check` for the book being edited, each one a
way to the place to fix it; refreshed after saves, outside the GUI process."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.issuing.findings import KIND_ROLE, REF_ROLE


@pytest.fixture
def win(ids, window):  # noqa: ARG001 - the book is in the file before the window opens it
    return window


def _checked(qtbot, panel, complete: bool = True) -> None:  # noqa: ANN001
    qtbot.waitUntil(
        lambda: (
            panel.status.text() not in ("", "Checking…")
            and ("Measuring" not in panel.status.text()) == complete
        ),
        timeout=10_000,
    )


def _row(panel, kind: str, ref: int) -> int:  # noqa: ANN001
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        if item.data(KIND_ROLE) == kind and item.data(REF_ROLE) == ref:
            return row
    raise AssertionError(
        f"no {kind} {ref} among {[panel.list.item(r).text() for r in range(panel.list.count())]}"
    )


def _open_panel(qtbot, win, ids):  # noqa: ANN001
    win.open_record("book", ids["book"])
    win.findChild(type(win.issuing.check_action), "check-book").trigger()
    panel = win.issuing.panel
    assert win.issuing.dock.isVisible()
    _checked(qtbot, panel)
    return panel


def test_lists_findings_with_where_and_problem(qtbot, win, ids):
    panel = _open_panel(qtbot, win, ids)
    texts = [panel.list.item(r).text() for r in range(panel.list.count())]
    assert "brief “Culture” — the brief is empty" in texts
    assert "counterpart LI Qiang — has no biography" in texts
    assert any(t.startswith("commitment “Build two solar parks") for t in texts)
    assert panel.status.text().startswith("4 things to check")
    # the more serious first: a brief and a record before a commitment and a person
    kinds = [panel.list.item(r).data(KIND_ROLE) for r in range(panel.list.count())]
    assert kinds.index("commitment") > kinds.index("section")
    assert kinds.index("person") > kinds.index("item")
    assert not panel.list.item(0).icon().isNull()


def test_double_click_opens_the_section(qtbot, win, ids):
    panel = _open_panel(qtbot, win, ids)
    win.open_record("meeting", ids["meeting"])  # somewhere else first
    item = panel.list.item(_row(panel, "section", ids["culture"]))
    rect = panel.list.visualItemRect(item)
    # a real double-click: press and release, then the double-click event
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = win.editors["book"]
    assert win.stack.currentWidget() is editor
    assert editor.book.id == ids["book"]
    assert editor.outline.current_section_id() == ids["culture"]
    assert editor.section.section_id == ids["culture"]


@pytest.mark.parametrize(
    ("kind", "editor_kind"),
    [("person", "person"), ("commitment", "commitment"), ("item", "meeting")],
)
def test_enter_goes_to_the_record(qtbot, win, ids, kind, editor_kind):
    panel = _open_panel(qtbot, win, ids)
    panel.list.setCurrentRow(_row(panel, kind, ids[kind]))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    editor = win.editors[editor_kind]
    assert win.stack.currentWidget() is editor
    if kind == "person":
        assert editor.person.id == ids["person"]
    elif kind == "commitment":
        assert editor.current_id() == ids["commitment"]
    else:
        assert editor.meeting.id == ids["meeting"]
        assert editor.current_item()[1].id == ids["item"]


def test_refreshes_after_the_brief_is_written(qtbot, win, ids):
    panel = _open_panel(qtbot, win, ids)
    row = _row(panel, "section", ids["culture"])
    panel.list.setCurrentRow(row)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    points = win.editors["book"].section.fields["points"]
    points.setFocus()
    qtbot.keyClicks(points, "Invite the Beijing opera to Phnom Penh.")
    # saved after the typing pause, then checked again: the empty brief is gone by itself
    qtbot.waitUntil(
        lambda: (
            "Culture" not in " ".join(panel.list.item(r).text() for r in range(panel.list.count()))
            and "Measuring" not in panel.status.text()
        ),
        timeout=10_000,
    )
    assert panel.status.text().startswith("3 things to check")


def test_brief_lengths_are_measured_outside_the_gui_process(qtbot, win, ids, monkeypatch):
    """A brief over two printed pages is found only from the laid-out book; composing, checking
    and laying out happen in the checker's own process, never in the GUI's."""
    import os

    from briefing.export.pdf import writer as pdf
    from briefing.issuing import preflight

    calls = []
    for module, name in ((pdf, "heading_pages"), (preflight, "check")):
        real = getattr(module, name)
        monkeypatch.setattr(
            module,
            name,
            lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k),
        )
    ws = win.session.ws
    book = ws.books.get(ids["book"])
    long_text = "\n\n".join(f"Paragraph {n}: " + "rice and solar power " * 40 for n in range(60))
    book.sections[0].background = long_text
    ws.books.save(book)
    panel = _open_panel(qtbot, win, ids)
    texts = [panel.list.item(r).text() for r in range(panel.list.count())]
    assert any(t.startswith("brief “Trade” —") and "printed pages" in t for t in texts), texts
    assert calls == []  # not in this process
    process = win.issuing.checker.process
    assert process.pid != os.getpid() and process.poll() is None
    assert process is not getattr(win.preview.renderer, "process", None)


def test_export_dialog_shows_the_findings_first(qtbot, win, ids):
    win.open_record("book", ids["book"])
    dialog = win.issuing.export()
    qtbot.waitUntil(
        lambda: (
            "Measuring" not in dialog.preflight_text.text()
            and "Checking" not in dialog.preflight_text.text()
        ),
        timeout=10_000,
    )
    assert dialog.preflight_text.text().startswith("<b>4 things to check</b>")
    assert dialog.findings.isVisible() and dialog.findings.count() == 4
    assert dialog.export_button.text() == "&Export Anyway"
    # a finding chosen from the dialog: the dialog closes and the book shows the brief
    item = dialog.findings.item(0)  # the most serious first: the empty brief
    assert (item.data(KIND_ROLE), item.data(REF_ROLE)) == ("section", ids["culture"])
    dialog.findings.setCurrentItem(item)
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.issuing.dialog is None)
    assert win.editors["book"].outline.current_section_id() == ids["culture"]


def test_nothing_to_fix(qtbot, win, ids):
    ws = win.session.ws
    book = ws.books.get(ids["book"])
    book.sections = [book.sections[0]]
    book.counterparts = []
    ws.books.save(book)
    for c in ws.commitments.all():
        ws.commitments.delete(c.id)
    panel = _open_panel(qtbot, win, ids)
    assert panel.list.count() == 0
    assert panel.status.text() == "Nothing to fix."


def test_encrypted_workspace_is_checked_and_the_lock_hides_the_findings(
    qtbot, workspace_path, ids, passphrases
):
    """The checker opens an encrypted workspace with its passphrase; the idle lock hides the
    dock (the findings name briefs and records) and unlocking brings it back."""
    from briefing.safety import encryption
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    encryption.encrypt_workspace(workspace_path, "tuk-tuk to Vientiane")
    passphrases[0][:] = ["tuk-tuk to Vientiane"]
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(workspace_path)
    panel = _open_panel(qtbot, win, ids)
    assert panel.status.text().startswith("4 things to check")
    # the checking process got the passphrase down its pipe, never on its command line
    assert "tuk-tuk" not in " ".join(map(str, win.issuing.checker.process.args))
    win.idle_lock.set_idle_ms(60_000)
    win.idle_lock.lock()
    assert win.idle_lock.locked and not win.issuing.dock.isVisible()
    assert not win.issuing.dock.toggleViewAction().isEnabled()
    assert win.idle_lock.unlock("tuk-tuk to Vientiane")
    assert win.issuing.dock.isVisible()
    win.close_workspace()
