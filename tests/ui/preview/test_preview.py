"""The live preview: the book as the PDF writer lays it out, refreshed off the GUI thread after
an edit is saved, following the section being edited; errors, locking and closing."""

from __future__ import annotations

import subprocess
import sys

from preview_helpers import StallMeter, big_book, open_book, preview_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing.safety import encryption
from ui.common.settings import AppSettings
from ui.shell.main_window import MainWindow


def test_preview_follows_an_edit_without_blocking_the_gui(qtbot, window, workspace_path):
    book_id, sections = big_book(window, workspace_path, count=80)
    live = window.preview
    window.preview.dock.show()
    open_book(window, book_id)
    assert window.preview.dock.isVisible()
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    pages = live.latest.pages
    assert pages >= 80
    assert live.pane.document.pageCount() == pages
    assert "Big visit book" in live.pane.book_label.text()
    assert live.pane.state_label.text().startswith("Up to date")

    editor = window.editors["book"]
    last = len(sections) - 1
    editor.outline.select_row(last)
    field = editor.section.fields["points"]
    field.setFocus()
    qtbot.keyClicks(field, "Raise the Mekong ferry timetable")

    rendering_ticks = []

    def started(_serial: int) -> None:
        rendering_ticks.append(meter.ticks)

    def finished(_rendering, _document) -> None:  # noqa: ANN001
        rendering_ticks.append(meter.ticks)

    live.renderer.started.connect(started)
    live.renderer.finished.connect(finished)
    shown = live.latest
    meter = StallMeter()
    meter.start()
    # cheap to ask (reading the text of every page would stall the GUI itself)
    qtbot.waitUntil(lambda: live.latest is not shown and live.up_to_date, timeout=10_000)
    qtbot.waitUntil(lambda: len(rendering_ticks) >= 2)  # our own slot may come a moment later
    meter.stop()
    assert "Mekong ferry timetable" in preview_text(live)
    # the rendering ran while the GUI went on ticking: the measurement covers it
    # (how long the GUI thread may stall is measured by benchmarks/gui_bench.py)
    assert len(rendering_ticks) >= 2 and rendering_ticks[-1] > rendering_ticks[0]
    # it shows the edited brief, whose heading it knows
    anchor = f"section-{sections[last]}"
    assert live.pane.current_page() == live.latest.heading_pages[anchor] - 1
    assert window.session.saver.state == "saved"


def test_preview_follows_the_selected_section(qtbot, window, workspace_path):
    book_id, sections = big_book(window, workspace_path, count=12)
    live = window.preview
    live.dock.toggleViewAction().trigger()  # View ▸ Preview
    assert live.dock.isVisible()
    open_book(window, book_id)
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    outline = window.editors["book"].outline
    seen = []
    for row in (5, 1, 9):
        outline.select_row(row)
        page = live.latest.heading_pages[f"section-{sections[row]}"] - 1
        qtbot.waitUntil(lambda p=page: live.pane.current_page() == p, timeout=2000)
        assert f"Brief {row + 1}:" in live.pane.page_text(page)
        seen.append(page)
    assert seen[0] > seen[1] and seen[2] > seen[0]
    assert live.pane.page_label.text() == f"Page {seen[-1] + 1} of {live.latest.pages}"


def test_preview_without_a_book_hidden_and_after_closing(qtbot, window):
    live = window.preview
    assert "No book is open" in live.pane.message.text()
    assert not live.print_action.isEnabled()
    window.new_book_action.trigger()
    qtbot.wait(400)
    assert live.renderer.process is None  # hidden: nothing is laid out
    live.dock.show()
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    assert live.print_action.isEnabled()
    assert "New briefing book" in live.pane.book_label.text()
    process = live.renderer.process
    assert process.poll() is None  # the layout process
    assert window.close_workspace()
    assert live.renderer is None and process.poll() == 0  # ended when told, not killed
    assert live.pane.document is None and "No workspace" in live.pane.message.text()
    assert not live.print_action.isEnabled()


_FAILING_LAYOUT = """
import briefing.compose.book as book
from reportlab.platypus.doctemplate import LayoutError

_compose = book.compose


def compose(ws, b, options):
    if "UNLAYABLE" in b.title:  # what reportlab raises when a flowable fits on no page
        raise LayoutError("Flowable <Paragraph at 0x1>UNLAYABLE'(300 x 9000) too large on page 2")
    return _compose(ws, b, options)


book.compose = compose
"""


def test_a_book_that_cannot_be_laid_out_shows_why(
    qtbot, window, workspace_path, tmp_path, monkeypatch
):
    # The writer now breaks whatever a user can type (words, headings, rows), so the layout
    # process is given a layout that fails (through a sitecustomize of its interpreter).
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_FAILING_LAYOUT)
    monkeypatch.setenv("PYTHONPATH", str(hook))
    live = window.preview
    live.dock.show()
    window.new_book_action.trigger()
    editor = window.editors["book"]
    name = window.session.ws.settings.area_name("trade")
    next(a for a in editor.outline.brief_menu.actions() if a.text() == name).trigger()
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    good_pages = live.latest.pages

    title = editor.properties.lines["title"]
    title.setFocus()
    title.setText("UNLAYABLE visit")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(live.pane.state_label.property("problem")), timeout=10_000)
    text = live.pane.state_label.text()
    assert text.startswith("Not updated: Something is too large to fit on a page (page 2)")
    assert live.pane.document.pageCount() == good_pages  # the last good pages stay
    assert window.isVisible() and window.session is not None

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    assert not live.pane.state_label.property("problem")


def test_the_idle_lock_hides_the_pages(qtbot, workspace_path, passphrases):
    secret = "tuk-tuk to Vientiane"
    encryption.encrypt_workspace(workspace_path, secret)
    passphrases[0][:] = [secret]
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    win.idle_lock.set_idle_ms(0)
    win.show()
    assert win.open_workspace(workspace_path)
    live = win.preview
    live.dock.show()
    win.new_book_action.trigger()
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)  # read with the passphrase
    assert "New briefing book" in preview_text(live)

    win.idle_lock.set_idle_ms(150)
    qtbot.waitUntil(lambda: win.idle_lock.locked, timeout=3000)
    assert not live.dock.isVisible() and live.pane.document is None
    assert not live.print_action.isEnabled() and not live.dock.toggleViewAction().isEnabled()

    assert win.idle_lock.unlock(secret)
    assert live.dock.isVisible() and live.print_action.isEnabled()
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    assert "New briefing book" in preview_text(live)
    win.close_workspace()


def test_the_preview_is_a_dock_of_the_saved_layout(qtbot, workspace_path):
    first = MainWindow(AppSettings())
    qtbot.addWidget(first)
    assert first.preview.dock.toggleViewAction() in first.menus.menu("view").actions()
    assert first.preview.dock.toggleViewAction().shortcut().toString() == "Ctrl+Alt+P"
    assert not first.preview.dock.isVisible()
    first.show()
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    qtbot.keyClick(
        first, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert first.preview.dock.isVisible()
    first.close()
    QApplication.processEvents()

    second = MainWindow(AppSettings())
    qtbot.addWidget(second)
    second.show()
    assert second.preview.dock.isVisible()
    second.close()


def test_the_layout_process_starts_without_qt():
    code = (
        "import sys, ui.preview.render_process, ui.preview.preflight_job; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_layout_process_that_dies_is_started_again(qtbot, window):
    live = window.preview
    live.dock.show()
    window.new_book_action.trigger()
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    first = live.renderer.process
    first.kill()
    live.refresh()  # as after an edit: the request goes to a process that is gone
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    assert live.renderer.process is not first and first.poll() is not None
    assert live.pane.state_label.text().startswith("Up to date")


def test_preview_follows_the_field_being_edited(qtbot, window, workspace_path):
    book_id, sections = big_book(window, workspace_path, count=3)
    live = window.preview
    live.dock.show()
    open_book(window, book_id)
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    editor = window.editors["book"]
    editor.outline.select_row(1)
    points = editor.section.fields["points"]
    points.setFocus()
    points.setPlainText("\n".join(f"Point {n} to make to the Premier." for n in range(60)))
    editor.section.save_now()  # as focus leaving the field does
    anchor = f"section-{sections[1]}"
    qtbot.waitUntil(lambda: live.up_to_date and f"{anchor}-points" in live.latest.heading_pages)
    pages = live.latest.heading_pages
    assert pages[f"{anchor}-background"] > pages[anchor]  # the points pushed it on
    editor.section.fields["background"].setFocus()
    assert live.pane.current_page() == pages[f"{anchor}-background"] - 1
    editor.section.fields["objective"].setFocus()
    assert live.pane.current_page() == pages[f"{anchor}-objective"] - 1 == pages[anchor] - 1


def test_a_workspace_opened_by_a_relative_path_is_laid_out(qtbot, workspace_path, monkeypatch):
    """`make run` opens samples/… by a relative path; the layout process runs elsewhere."""
    from ui.app import create_window

    monkeypatch.chdir(workspace_path.parent)
    win = create_window(workspace_path.name, AppSettings())
    qtbot.addWidget(win)
    win.show()
    live = win.preview
    live.dock.show()
    win.new_book_action.trigger()
    qtbot.waitUntil(lambda: live.up_to_date, timeout=10_000)
    assert not live.pane.state_label.property("problem"), live.pane.state_label.text()
    assert live.latest.pages >= 1
    win.close_workspace()
