"""The Preflight dock speaks the interface's language: a Khmer window lists Khmer findings
(worded in the checking process, which is told the language), and switching the language
checks the book again in the new one."""

from __future__ import annotations

import string

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from briefing.i18n.catalogues import MESSAGES
from briefing.i18n.extract import scan
from ui import i18n
from ui.app import apply_font, register_fonts
from ui.shell.language import switch_language


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def _khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def _english_pieces() -> set[str]:
    """The words of every message template between its fields."""
    return {
        lit.strip()
        for message in scan()[MESSAGES].values()
        for lit, *_ in string.Formatter().parse(message.msgid)
        if len(lit.strip()) > 3
    }


def _checked(qtbot, panel) -> list[str]:  # noqa: ANN001
    """The texts of the findings once the whole check (with the brief lengths) is in."""
    busy = (
        QCoreApplication.translate("PreflightPanel", "Checking…"),
        QCoreApplication.translate("", "(Measuring brief lengths…)"),
    )
    qtbot.waitUntil(
        lambda: (
            panel.status.text() != ""
            and not any(b in panel.status.text() for b in busy)
            and panel.list.count() > 0
        ),
        timeout=20_000,
    )
    return [panel.list.item(r).text() for r in range(panel.list.count())]


def _check(qtbot, window) -> list[str]:  # noqa: ANN001
    window.findChild(type(window.issuing.check_action), "check-book").trigger()
    assert window.issuing.dock.isVisible()
    return _checked(qtbot, window.issuing.panel)


def test_the_dock_shows_khmer_findings_and_follows_a_language_switch(qtbot, ids, workspace_path):
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    register_fonts()
    apply_font(QApplication.instance())
    win = MainWindow(AppSettings())  # not given to qtbot: a switch deletes the window
    windows = [win]
    try:
        assert win.open_workspace(workspace_path)
        win.show()
        win.open_record("book", ids["book"])
        english = _check(qtbot, win)
        assert "brief “Culture” — the brief is empty" in english
        assert "counterpart LI Qiang — has no biography" in english

        khmer = switch_language(win, "km")  # a new window, a new checking process
        windows.append(khmer)
        texts = _check(qtbot, khmer)
        assert len(texts) == len(english)
        assert all(_khmer(t) for t in texts), texts
        assert "សេចក្ដីសង្ខេប “Culture” — សេចក្ដីសង្ខេបនេះទទេ" in texts
        assert "សមភាគី LI Qiang — គ្មានជីវប្រវត្តិ" in texts
        overdue = [t for t in texts if t.startswith("ការប្ដេជ្ញាចិត្ត “")]
        assert overdue and "ដល់កាលកំណត់នៅ" in overdue[0] and "ហើយនៅតែកំពុងរង់ចាំ" in overdue[0]
        left = sorted(p for p in _english_pieces() if any(p in t for t in texts))
        assert not left, left
        assert _khmer(khmer.issuing.panel.status.text())
        assert "(សេចក្ដីព្រាង)" in khmer.issuing.panel.book.currentText()  # the book's status

        back = switch_language(khmer, "en")  # and back: checked again, in English
        windows.append(back)
        assert _check(qtbot, back) == english
    finally:
        for window in windows:
            if isValid(window):
                if window.session is not None:
                    window.close_workspace()
                window.close()
                window.deleteLater()


def test_a_khmer_window_says_why_a_workspace_cannot_open(qtbot, tmp_path, no_message_boxes):
    """The store's errors, as the message box shows them, in the interface's language."""
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    i18n.install("km")
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    shown, _answers = no_message_boxes
    missing = tmp_path / "nowhere.briefing"
    assert not win.open_workspace(missing)
    other = tmp_path / "notes.briefing"
    other.write_text("not a database at all")
    assert not win.open_workspace(other)
    texts = [text for _kind, _title, text in shown]
    assert f"{missing}៖ គ្មានឯកសារនេះទេ" in texts
    assert any(str(other) in t and "មិនមែនជាលំហការងារ" in t for t in texts), texts
    assert all(_khmer(title) for _kind, title, _text in shown)


def test_a_khmer_outline_says_where_each_brief_stands(qtbot, ids, workspace_path):
    """The clearance states of the outline and the clearance dialog, from the core's
    ``messages`` catalogue: Khmer words, a weekday in Khmer."""
    import datetime as dt

    from briefing import clearance
    from briefing.model import Clearer
    from briefing.store import Workspace
    from ui.clearance.dialog import ClearanceDialog
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    due = dt.date.today() + dt.timedelta(days=2)
    with Workspace.open(workspace_path) as ws:
        settings = ws.settings
        settings.clearers = [Clearer("dir", "Sok Dara", "Director, Asia-Pacific")]
        ws.save_settings(settings)
        clearance.request(ws, ids["book"], [ids["trade"]], ["dir"], due, "desk officer")
    i18n.install("km")
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    assert win.open_workspace(workspace_path)
    win.open_record("book", ids["book"])
    editor = win.editors["book"]
    model = editor.outline.model
    text = model.data(model.index(model.row_of(ids["trade"]), 0))
    weekday = ("ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ")[due.weekday()]
    assert text.endswith(f"កំពុងរង់ចាំ Director, Asia-Pacific កាលកំណត់ {weekday}"), text
    dialog = ClearanceDialog(win.session, ids["book"])
    states = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert f"កំពុងរង់ចាំ Director, Asia-Pacific កាលកំណត់ {weekday}" in states
    assert "មិនទាន់បានស្នើសុំការឯកភាព" in states  # the briefs not sent
    # the heading's book status and the trail's steps in Khmer too
    assert dialog.heading.text().endswith("— សេចក្ដីព្រាង"), dialog.heading.text()
    trail = dialog.trail.toPlainText()
    assert "បានស្នើសុំ" in trail and "ផុតកំណត់" in trail, trail
    assert "requested" not in trail and "due" not in trail, trail
    dialog.deleteLater()
    # the library's line for the book: its status and its clearance in a few Khmer words
    win.library.reload("book")
    row = next(r for r in win.library.books.rows() if r.id == ids["book"])
    assert "(សេចក្ដីព្រាង · បានឯកភាព 0 នៃ 2, កំពុងរង់ចាំ 1)" in row.text, row.text
    assert "កាលកំណត់" in row.tooltip
    assert win.close_workspace()
