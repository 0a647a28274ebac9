"""The first ten minutes: room to write beside the preview at common screen sizes, a programme
that fits, fields that show what matters, a welcome page, and keyboard use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDateEdit, QToolButton, QWidget

from ui.common.settings import AppSettings
from ui.shell.main_window import MainWindow


def _book_with_preview(qtbot, workspace_path, book_id: int, size: tuple[int, int]) -> MainWindow:  # noqa: ANN001
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    win.resize(*size)
    assert win.open_workspace(workspace_path)
    win.show()
    win.preview.dock.show()
    win.open_record("book", book_id)
    editor = win.editors["book"]
    qtbot.waitUntil(lambda: editor._sized and editor.section.width() > 0)
    qtbot.wait(50)  # the first sizes are set once the window has laid itself out
    return win


@pytest.mark.parametrize(
    ("size", "text_width"), [((1400, 900), 420), ((1600, 1000), 500), ((1920, 1080), 600)]
)
def test_the_text_being_written_has_room_beside_the_preview(
    qtbot, workspace_path, ids, size, text_width
):
    win = _book_with_preview(qtbot, workspace_path, ids["book"], size)
    editor = win.editors["book"]
    assert win.width() == size[0]  # no minimum width forces the window wider than the screen
    assert editor.section.width() >= text_width, editor.split.sizes()
    assert win.preview.dock.isVisible() and win.preview.dock.width() >= 360
    # the formatting bar shows its buttons, not "››"
    formats = editor.section.formats
    extension = formats.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    # every tab of the library fits ("eople" was shown for People)
    bar = win.library.tabBar()
    assert sum(bar.tabRect(i).width() for i in range(bar.count())) <= bar.width()
    win.close_workspace()


def test_from_the_records_shows_on_demand_and_the_layout_is_remembered(qtbot, workspace_path, ids):
    win = _book_with_preview(qtbot, workspace_path, ids["book"], (1400, 900))
    editor = win.editors["book"]
    assert not editor.records.isVisible()  # no room for it beside the text at this size
    text = editor.section.width()
    editor.records_toggle.click()
    assert editor.records.isVisible() and editor.records.width() >= 200
    editor.records_toggle.click()
    assert not editor.records.isVisible() and editor.section.width() >= text - 5
    editor.split.setSizes([180, 600, 0])
    editor.split.splitterMoved.emit(180, 1)
    win.close_workspace()
    again = _book_with_preview(
        qtbot, workspace_path, ids["book"], (1400, 900)
    )  # same screen: same split
    assert abs(again.editors["book"].split.sizes()[0] - 180) <= 2
    again.close_workspace()


def test_the_programme_fits_its_columns_and_picks_days_in_a_calendar(qtbot, ids, window):
    window.open_record("book", ids["book"])
    editor = window.editors["book"]
    editor.tabs.setCurrentIndex(2)
    editor.programme.add_row()
    table = editor.programme.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    header = table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    for column in range(table.columnCount()):
        label = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(label), label
    used = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert abs(used - table.viewport().width()) <= 2  # the table fills its width
    index = table.model().index(0, editor.programme.DAY)
    table.setCurrentIndex(index)
    table.edit(index)
    picker = table.findChild(QDateEdit)
    assert picker is not None and picker.calendarPopup()


def test_fields_show_what_matters(qtbot, ids, window):
    # an unset date is blank, not today's date greyed out
    window.open_record("meeting", window.session.ws.meetings.summaries()[0].id)
    until = window.editors["meeting"].end_date
    assert until.value() is None and until.shown_text() == ""
    until.check.setChecked(True)
    assert until.shown_text() != ""  # ticked: a date is shown, and it can be changed
    until.check.setChecked(False)
    assert until.shown_text() == ""
    # a long owner shows its beginning
    window.open_record("book", ids["book"])
    outline = window.editors["book"].outline
    outline.select_row(0)
    assert outline.owner.cursorPosition() == 0
    # an overdue commitment is marked by an icon before its text, not a sign cut off after it
    library = window.library
    rows = library.commitments.rows()
    overdue = [r for r in rows if r.mark == "overdue"]
    assert overdue and all("⚠" not in r.text for r in rows)
    row = rows.index(overdue[0])
    icon = library.commitments.data(library.commitments.index(row), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()


def test_a_first_start_welcomes_and_the_sample_opens(qtbot, no_message_boxes):
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    win.show()
    page = win.welcome
    assert win.stack.currentWidget() is page
    assert {"sample", "new", "open", "import"} <= set(page.buttons)
    assert win.library.view_for("meeting").hint == "No workspace is open."
    page.buttons["sample"].click()
    assert win.session is not None and win.session.ws.counts()["meetings"] == 1
    assert "sample" in str(win.session.path.parent)  # a copy in the data folder, not the app's
    assert {"import", "meeting", "book", "tracker"} <= set(page.buttons)
    win.close_workspace()


def test_empty_lists_say_how_to_fill_them(qtbot, tmp_path):
    from briefing.model import Settings
    from briefing.store import Workspace

    path = tmp_path / "empty.briefing"
    Workspace.create(path, Settings(countries=["Cambodia", "Japan"])).close()
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    assert win.open_workspace(path)
    library = win.library
    assert "Import a press release" in library.meeting_view.hint
    assert "Track as Commitment" in library.view_for("commitment").hint
    assert "New book" in library.view_for("book").hint
    win.close_workspace()


def test_the_book_editors_fields_explain_themselves(qtbot, ids, window):
    window.open_record("book", ids["book"])
    editor = window.editors["book"]
    for name, field in editor.section.fields.items():
        assert field.toolTip() and field.whatsThis(), name
    assert "only if the other side raises it" in editor.section.fields["if_raised"].toolTip()
    assert window.findChild(type(window.quit_action), "whats-this") is not None


def test_ctrl_page_down_and_up_go_through_the_library_tabs(qtbot, window):
    library = window.library
    library.setCurrentIndex(0)
    library.view_for("meeting").setFocus()
    qtbot.keyClick(
        library.view_for("meeting"), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert library.currentIndex() == 1
    qtbot.keyClick(
        library.view_for("person"), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClick(
        library.view_for("meeting"), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert library.currentIndex() == library.count() - 1  # round


def _chain(root: QWidget) -> list[QWidget]:
    """The focusable widgets under ``root`` in the order Tab visits them."""
    seen: list[QWidget] = []
    widget = root.nextInFocusChain()
    for _ in range(500):
        if widget is root:
            break
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget not in seen
        ):
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def _reading_order_problems(window: QWidget, chain: list[QWidget]) -> list[str]:
    """Tab must not go back up within a column of the layout (it may move to the top of the
    next column to the right)."""
    problems = []
    for a, b in zip(chain, chain[1:], strict=False):
        pa, pb = a.mapTo(window, a.rect().topLeft()), b.mapTo(window, b.rect().topLeft())
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue  # a spin box and its line edit
        same_column = abs(pa.x() - pb.x()) < 40
        if same_column and pb.y() < pa.y() - 5:
            problems.append(
                f"{a.objectName() or type(a).__name__} -> {b.objectName() or type(b).__name__}"
            )
        if pb.x() < pa.x() - 40 and pb.y() < pa.y() - 5:
            problems.append(f"back to the left: {a.objectName()} -> {b.objectName()}")
    return problems


def test_tab_follows_the_layout_in_every_editor(qtbot, ids, window):
    window.resize(1400, 900)
    cases = [
        ("meeting", window.session.ws.meetings.summaries()[0].id, None),
        ("person", window.session.ws.people.all()[0].id, None),
        ("commitment", 0, None),
        ("book", ids["book"], 0),
        ("book", ids["book"], 1),
        ("book", ids["book"], 2),
    ]
    for kind, record_id, tab in cases:
        window.open_record(kind, record_id)
        editor = window.editors[kind]
        root = editor
        if tab is not None:
            editor.tabs.setCurrentIndex(tab)
            root = editor.tabs.widget(tab)
        qtbot.wait(20)
        chain = _chain(root)
        assert len(chain) >= 3, (kind, tab)
        assert not _reading_order_problems(window, chain), (kind, tab)
