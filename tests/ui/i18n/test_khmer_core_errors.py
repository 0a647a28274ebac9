"""A Khmer window says the core's errors in Khmer: a workspace of a newer version, the refusal
to mark a book final over a brief not cleared (in the box asking for a reason):
``said(exc)`` where the app showed ``str(exc)``."""

from __future__ import annotations

import sqlite3

import pytest

from briefing.store.schema import CURRENT_VERSION
from ui import i18n


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def _khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def _window(qtbot):  # noqa: ANN001
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    i18n.install("km")
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    return win


def test_a_newer_workspace_in_khmer(qtbot, tmp_path, no_message_boxes):
    from briefing.model import Settings
    from briefing.store import Workspace

    path = tmp_path / "newer.briefing"
    Workspace.create(path, Settings(countries=["Cambodia", "China"])).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    win = _window(qtbot)
    assert not win.open_workspace(path)
    shown, _answers = no_message_boxes
    text = shown[-1][2]
    assert str(path) in text and "កំណែថ្មីជាង" in text, text
    assert "newer version" not in text


def test_marking_final_in_khmer_asks_for_a_reason_in_khmer(qtbot, ids, workspace_path, monkeypatch):
    from briefing import clearance
    from briefing.model import BookStatus, Clearer
    from briefing.store import Workspace
    from ui.book import final

    with Workspace.open(workspace_path) as ws:
        settings = ws.settings
        settings.clearers = [Clearer("dir", "Sok Dara", "Director, Asia-Pacific")]
        ws.save_settings(settings)
        clearance.request(ws, ids["book"], [ids["trade"]], ["dir"], None, "desk officer")
    win = _window(qtbot)
    assert win.open_workspace(workspace_path)
    asked = []
    monkeypatch.setattr(
        final, "ask_reason", lambda parent, refusal: asked.append(refusal) or ("", False)
    )
    assert not final.set_book_status(win, win.session, ids["book"], BookStatus.FINAL)
    assert asked and _khmer(asked[0]), asked
    assert "មិនទាន់បានឯកភាព" in asked[0] and "កំពុងរង់ចាំ Director, Asia-Pacific" in asked[0]
    assert "not cleared" not in asked[0] and "waiting for" not in asked[0]
    assert win.close_workspace()


def test_an_export_target_over_the_open_workspace_in_khmer(qtbot, workspace_path):
    """The export dialog's reason not to start (``said`` of the refusal to write over records)."""
    from briefing.files.targets import ProtectedTarget, check_target
    from briefing.store import Workspace

    i18n.install("km")
    with Workspace.open(workspace_path):
        with pytest.raises(ProtectedTarget) as info:
            check_target(workspace_path)
    assert str(info.value).startswith(f"{workspace_path}: is the open workspace; writing the file")
    text = i18n.said(info.value)
    assert str(workspace_path) in text and "លំហការងារដែលកំពុងបើក" in text, text
    assert "open workspace" not in text and "the file" not in text
