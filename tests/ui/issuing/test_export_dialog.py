"""Book ▸ Export…: numbered copies with recipients, a password on the PDF, progress, a
working Cancel, clear refusals, and what was written in the distribution log."""

from __future__ import annotations

import errno

import pytest
from issuing_helpers import export_from_dialog, pdf_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLineEdit

from ui.common.settings import AppSettings

PASSWORD = "Mekong 2025!"


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()))
    )
    return urls


def _dialog(qtbot, win):  # noqa: ANN001
    win.findChild(type(win.issuing.export_action), "export-book").trigger()
    dialog = win.issuing.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_numbered_copies_with_password_and_the_log(qtbot, win, ids, out, opened, workspace_path):
    dialog = _dialog(qtbot, win)
    o = dialog.options
    o.rows["pdf"].path.setText(str(out / "visit.pdf"))
    o.copies.setFocus()
    o.copies.lineEdit().selectAll()
    qtbot.keyClicks(o.copies, "2")
    assert o.recipients.rowCount() == 2
    for row, name in enumerate(["Office of the Prime Minister", "Embassy in Beijing"]):
        o.recipients.setCurrentCell(row, 0)
        qtbot.keyClicks(o.recipients, name[0])  # typing starts editing the cell
        (editor,) = [e for e in o.recipients.findChildren(QLineEdit) if e.isVisible()]
        qtbot.keyClicks(editor, name[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: o.recipients.state() != o.recipients.State.EditingState)
    assert o.recipients.names() == ["Office of the Prime Minister", "Embassy in Beijing"]
    qtbot.mouseClick(o.protect, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(o.password, PASSWORD)
    assert not dialog.export_button.isEnabled()  # not confirmed yet
    qtbot.keyClicks(o.confirm, PASSWORD)
    export_from_dialog(qtbot, dialog)

    files = sorted(p.name for p in out.iterdir())
    assert files == ["visit-copy-1-of-2.pdf", "visit-copy-2-of-2.pdf"]  # no temporary left
    for n, name in ((1, "Office of the Prime Minister"), (2, "Embassy in Beijing")):
        path = out / f"visit-copy-{n}-of-2.pdf"
        refused = pdf_text(path)
        assert refused.returncode != 0 and not refused.stdout.strip()
        opened_text = pdf_text(path, PASSWORD)
        assert opened_text.returncode == 0, opened_text.stderr
        assert f"Copy {n} of 2 — {name}" in opened_text.stdout
        assert pdf_text(path, "wrong").returncode != 0
    table = dialog.summary.files
    assert table.rowCount() == 2
    assert [table.item(r, 2).text() for r in range(2)] == [
        "Office of the Prime Minister",
        "Embassy in Beijing",
    ]
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert win.issuing.dialog is None
    assert AppSettings().last_export_dir == str(out)

    # the distribution log is in the workspace: close, reopen, Book ▸ Versions…
    assert win.close_workspace()
    assert win.open_workspace(workspace_path)
    win.open_record("book", ids["book"])
    win.findChild(type(win.issuing.versions_action), "book-versions").trigger()
    versions = win.issuing.dialog
    log = versions.log
    rows = [[log.item(r, c).text() for c in range(log.columnCount())] for r in range(2)]
    assert log.rowCount() == 2
    assert {(r[2], r[3], r[4], r[6]) for r in rows} == {
        ("1 of 2", "Office of the Prime Minister", "PDF", "visit-copy-1-of-2.pdf"),
        ("2 of 2", "Embassy in Beijing", "PDF", "visit-copy-2-of-2.pdf"),
    }
    assert all(len(r[5]) == 12 for r in rows)  # SHA-256, short
    versions.reject()

    # the next export starts in the same folder
    dialog = _dialog(qtbot, win)
    assert dialog.options.rows["pdf"].path.text().startswith(str(out))
    dialog.reject()


def test_cancel_mid_export_leaves_no_files(qtbot, win, out):
    dialog = _dialog(qtbot, win)
    o = dialog.options
    o.rows["pdf"].path.setText(str(out / "visit.pdf"))
    qtbot.mouseClick(o.rows["docx"].check, Qt.MouseButton.LeftButton)
    o.rows["docx"].path.setText(str(out / "visit.docx"))
    o.copies.setValue(60)  # 120 files: far longer than the cancel takes
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.close_button.text() == "Cancel Export"
    assert not dialog.options.isEnabled()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] > 0, timeout=20_000)  # under way
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    assert dialog.status.text() == "Cancelled: no file was written."
    assert list(out.iterdir()) == []
    assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.options
    assert dialog.options.isEnabled() and dialog.close_button.text() == "Close"
    assert win.session.ws.issued.distribution() == []


def test_password_leaves_the_docx_out_and_says_why(qtbot, win, out):
    dialog = _dialog(qtbot, win)
    o = dialog.options
    qtbot.mouseClick(o.rows["docx"].check, Qt.MouseButton.LeftButton)
    assert o.rows["docx"].check.isChecked()
    qtbot.mouseClick(o.protect, Qt.MouseButton.LeftButton)
    assert not o.rows["docx"].check.isChecked() and not o.rows["docx"].check.isEnabled()
    assert o.protect_reason.isVisible() and "Only the PDF while it has a password" in (
        o.protect_reason.text()
    )
    assert o.password.echoMode() == o.password.EchoMode.Password
    assert o.confirm.echoMode() == o.confirm.EchoMode.Password
    qtbot.keyClicks(o.password, "one")
    qtbot.keyClicks(o.confirm, "two")
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "The two passwords differ."
    qtbot.mouseClick(o.protect, Qt.MouseButton.LeftButton)  # off again: the DOCX comes back
    assert o.rows["docx"].check.isChecked() and o.rows["docx"].check.isEnabled()
    assert not o.protect_reason.isVisible()
    assert dialog.export_button.isEnabled()
    dialog.reject()


def test_recipients_follow_the_count_and_take_a_pasted_list(qtbot, win):
    dialog = _dialog(qtbot, win)
    o = dialog.options
    assert not o.recipients.isEnabled()  # no numbered copies yet
    o.copies.setValue(2)
    QGuiApplication.clipboard().setText("Minister\n\nDeputy Minister\tignored\nEmbassy\nArchive\n")
    qtbot.mouseClick(o.paste, Qt.MouseButton.LeftButton)
    assert o.copies.value() == 4  # grew to hold the list
    assert o.recipients.names() == ["Minister", "Deputy Minister", "Embassy", "Archive"]
    o.copies.setValue(1)
    assert o.recipients.names() == ["Minister"]
    o.copies.setValue(3)  # names typed for copies 2 and 3 come back
    assert o.recipients.names() == ["Minister", "Deputy Minister", "Embassy"]
    # Ctrl+V in the table pastes from the current row
    o.recipients.setCurrentCell(1, 0)
    QGuiApplication.clipboard().setText("Cabinet\nProtocol")
    qtbot.keyClick(o.recipients, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert o.recipients.names() == ["Minister", "Cabinet", "Protocol"]
    assert "visit-copy" not in o.names.text()
    assert o.names.text().endswith("-copy-3-of-3.pdf")
    dialog.reject()


def test_refusals_say_what_to_do_and_write_nothing(qtbot, win, out, no_message_boxes):
    shown, answers = no_message_boxes
    dialog = _dialog(qtbot, win)
    o = dialog.options
    o.rows["pdf"].path.setText(str(out / "gone" / "visit.pdf"))  # a folder that does not exist
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert shown[-1][0] == "error" and "does not exist" in shown[-1][2]
    assert dialog.worker is None and list(out.iterdir()) == []

    # an existing file is replaced only when the user says so
    (out / "visit.pdf").write_bytes(b"the old one")
    o.rows["pdf"].path.setText(str(out / "visit.pdf"))
    answers.append(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert shown[-1][0] == "ask" and "already exists. Replace it?" in shown[-1][2]
    assert dialog.worker is None and (out / "visit.pdf").read_bytes() == b"the old one"

    o.rows["pdf"].check.setChecked(False)  # no format at all
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "Choose a PDF, a DOCX or both, with a file name."
    dialog.reject()


def test_a_full_disk_ends_in_a_message_and_no_half_files(
    qtbot, win, out, no_message_boxes, monkeypatch
):
    """The second file cannot be written (ENOSPC): the first, already staged, goes too."""
    import briefing.issuing.job as issuing

    shown, _ = no_message_boxes
    real = issuing.write_beside
    calls = []

    def write_beside(path, data):  # noqa: ANN001
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, data)

    monkeypatch.setattr(issuing, "write_beside", write_beside)
    dialog = _dialog(qtbot, win)
    dialog.options.rows["pdf"].path.setText(str(out / "visit.pdf"))
    dialog.options.copies.setValue(3)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    assert shown[-1][:2] == ("error", "Export failed")
    assert "No space left on device" in shown[-1][2] and "visit-copy-2-of-3.pdf" in shown[-1][2]
    assert list(out.iterdir()) == []
    assert dialog.status.text() == "Not exported: no file was written."
    assert dialog.options.isEnabled()


def test_ctrl_e_exports_but_leaves_the_meeting_editors_edit_item_alone(
    qtbot, win, ids, monkeypatch
):
    """Ctrl+E is Book ▸ Export… everywhere except in the meeting editor, whose Edit Item has
    used that key first (one key on two live shortcuts would trigger neither)."""
    from ui.records.item_dialog import ItemDialog

    win.activateWindow()
    section = win.editors["book"].section.fields["points"]
    section.setFocus()
    qtbot.keyClick(section, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert win.issuing.dialog is not None and win.issuing.dialog.objectName() == "export-dialog"
    win.issuing.dialog.reject()
    qtbot.waitUntil(lambda: win.issuing.dialog is None)

    edited = []
    monkeypatch.setattr(
        ItemDialog,
        "get_item",
        classmethod(lambda cls, *a: (edited.append(a[-1]), (None, False))[1]),
    )
    win.open_record("meeting", ids["meeting"])
    meeting = win.editors["meeting"]
    meeting.select_item(ids["item"])
    meeting.items.setFocus()
    qtbot.keyClick(meeting.items, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [item.id for item in edited] == [ids["item"]]  # Edit Item, not the export
    assert win.issuing.dialog is None


def test_a_path_typed_over_the_workspace_is_refused_as_it_is_typed(
    qtbot, win, workspace_path, no_message_boxes
):
    shown, _ = no_message_boxes
    before = workspace_path.read_bytes()
    dialog = _dialog(qtbot, win)
    o = dialog.options
    for typed in (workspace_path, f"{workspace_path}-wal", f"{workspace_path}.lock"):
        o.rows["pdf"].path.setText(str(typed))
        assert not dialog.export_button.isEnabled()
        assert "would destroy records" in dialog.status.text()
        dialog.start()  # Enter in the dialog: still nothing
        assert dialog.worker is None
    assert not [s for s in shown if s[0] == "ask"]  # never "Replace it?" for the workspace
    assert workspace_path.read_bytes() == before
    dialog.reject()
