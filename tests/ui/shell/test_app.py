"""Start-up, recent files, layout, a workspace in use, closing without losing anything."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt

from briefing.store import Workspace
from ui.app import create_window, font_files, register_fonts
from ui.common.settings import AppSettings


def test_fonts_registered(qapp):
    from PySide6.QtGui import QFontDatabase

    assert font_files()
    families = register_fonts()
    assert {"Noto Sans", "Noto Sans Khmer"} <= set(families)
    assert any("CJK" in f for f in families)
    assert "Noto Sans Khmer" in QFontDatabase.families()


def test_path_argument_then_last_workspace_and_layout(qtbot, workspace_path, tmp_path):
    win = create_window(str(workspace_path))
    qtbot.addWidget(win)
    win.show()
    assert win.session is not None and win.library.meetings.total() == 2
    win.find_dock.show()
    win.resize(1200, 760)
    qtbot.wait(10)
    size = (win.width(), win.height())
    assert win.close()
    settings = AppSettings()
    assert settings.recent_files() == [str(workspace_path.resolve())]
    geometry, state = settings.layout("main")
    assert isinstance(geometry, QByteArray) and not geometry.isEmpty()

    again = create_window(None)  # no argument: the last workspace
    qtbot.addWidget(again)
    again.show()
    assert again.session is not None and again.session.path == workspace_path.resolve()
    assert again.find_dock.isVisible()
    # the offscreen screen is small: Qt fits the width to it, the height comes back as saved
    assert again.height() == size[1]
    again.close()

    # a second workspace goes to the top of Open Recent
    other = tmp_path / "other.briefing"
    from sample_workspace import make_workspace

    make_workspace(other)
    third = create_window(str(other))
    qtbot.addWidget(third)
    third.fill_recent()
    assert [a.text() for a in third.recent_menu.actions()] == [
        f"&1 {other.resolve()}",
        f"&2 {workspace_path.resolve()}",
    ]
    third.recent_menu.actions()[1].trigger()
    assert third.session.path == workspace_path.resolve()
    third.close()


def test_workspace_in_use_offers_read_only(qtbot, workspace_path, no_message_boxes):
    shown, answers = no_message_boxes
    holder = Workspace.open(workspace_path)  # another writer has it
    try:
        answers.append(True)
        win = create_window(str(workspace_path))
        qtbot.addWidget(win)
        assert shown and shown[-1][0] == "ask" and "in use" in shown[-1][2]
        assert win.session is not None and win.session.readonly
        assert win.state_label.text() == "Read-only: changes cannot be saved"
        assert not win.new_meeting_action.isEnabled()
        win.open_record("meeting", win.library.meetings.rows()[0].id)
        editor = win.editors["meeting"]
        assert not editor.lines["city"].isEnabled()
        win.close()

        answers.append(False)  # declined: nothing opened
        win2 = create_window(str(workspace_path))
        qtbot.addWidget(win2)
        assert win2.session is None
        win2.close()
    finally:
        holder.close()


def test_closing_saves_pending_typing(qtbot, window, workspace_path):
    window.new_book_action.trigger()
    editor = window.editors["book"]
    editor.outline.brief_menu.actions()[0].trigger()
    field = editor.section.fields["background"]
    field.setFocus()
    qtbot.keyClicks(field, "typed just before closing")
    assert window.session.saver.has_pending
    book_id = editor.book.id
    assert window.close()  # no pause, no focus change: closing still writes it
    ws = Workspace.open(workspace_path, readonly=True)
    assert ws.books.get(book_id).sections[0].background == "typed just before closing"
    ws.close()


def test_failed_save_keeps_window_open(qtbot, window, monkeypatch, no_message_boxes):
    shown, answers = no_message_boxes
    window.new_book_action.trigger()
    editor = window.editors["book"]
    editor.outline.brief_menu.actions()[0].trigger()
    import ui.book.section as section_module

    def broken(*_a, **_k):
        raise OSError("No space left on device")

    monkeypatch.setattr(section_module, "save_section_text", broken)
    qtbot.keyClicks(editor.section.fields["objective"], "important")
    answers.append(False)  # "Keep Open"
    assert not window.close()
    assert window.isVisible() and window.session is not None
    assert window.state_label.text() == "Not saved!"
    assert any("No space left" in text for _k, _t, text in shown)
    monkeypatch.undo()
    # once the disk is fine again, a retry writes the text and the window can close
    section_id = editor.section.section_id
    editor.section._edited()  # re-arm the write with the working function
    assert window.session.saver.flush()
    assert window.session.ws.books.get(editor.book.id).sections[0].objective == "important"
    assert section_id is not None
    assert window.close()


def test_people_editor(qtbot, window, workspace_path):
    lib = window.library
    person_id = next(r.id for r in lib.people.rows() if "LI Qiang" in r.text)
    window.open_record("person", person_id)
    editor = window.editors["person"]
    assert editor.names.item(1, 0).text() == "李强"
    editor.honorific.setFocus()
    editor.honorific.selectAll()
    qtbot.keyClicks(editor.honorific, "His Excellency")
    qtbot.keyClick(editor.honorific, Qt.Key.Key_Return)
    editor.add_office()
    editor.offices.item(1, 0).setText("Member of the Politburo Standing Committee")
    editor.offices.item(1, 1).setText("2022-10-23")
    ws = window.session.ws
    p = ws.people.get(person_id)
    assert p.honorific == "His Excellency"
    assert [o.title for o in p.offices][-1] == "Member of the Politburo Standing Committee"
    editor.biography.setFocus()
    editor.biography.insertPlainText("Born 1959 in Rui'an, Zhejiang. 李强")
    editor.save_now()
    window.undo_action.trigger()  # the office's start date
    window.undo_action.trigger()  # the office; the biography stays as typed
    p = ws.people.get(person_id)
    assert len(p.offices) == 1 and p.biography.startswith("Born 1959")
    window.undo_action.trigger()
    assert ws.people.get(person_id).honorific == "H.E."
    for _ in range(3):
        window.redo_action.trigger()
    assert window.close_workspace()
    ws = Workspace.open(workspace_path, readonly=True)
    p = ws.people.get(person_id)
    assert p.honorific == "His Excellency" and len(p.offices) == 2 and "李强" in p.biography
    ws.close()


def test_preferences_change_autosave_delay(qtbot, window, monkeypatch):
    from ui.workspace.preferences import PreferencesDialog

    monkeypatch.setattr(
        PreferencesDialog,
        "get_preferences",
        classmethod(lambda cls, p, d, r, m=10, lang="": ((400, False, 10, lang), True)),
    )
    window.prefs_action.trigger()
    assert AppSettings().autosave_ms == 400 and AppSettings().reopen_last is False
    assert window.session.saver._timer.interval() == 400
