"""UI tests drive the real widgets offscreen, each with its own config folder and workspace."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

import pytest  # noqa: E402
from sample_workspace import make_workspace  # noqa: E402


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_BOOK_CONFIG_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return folder


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """A message box would block a test: record them instead; ``asked`` answers questions."""
    from ui.common import messages

    shown: list[tuple[str, str, str]] = []
    answers: list[bool] = []

    def error(parent, title, text):  # noqa: ANN001
        shown.append(("error", title, text))

    def ask(parent, title, text, yes, no):  # noqa: ANN001
        shown.append(("ask", title, text))
        return answers.pop(0) if answers else True

    monkeypatch.setattr(messages, "error", error)
    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(messages, "info", lambda *a: shown.append(("info", a[1], a[2])))
    return shown, answers


@pytest.fixture(autouse=True)
def passphrases(monkeypatch):
    """The passphrase dialog would block a test: it answers from this list, then cancels."""
    from ui.workspace.passphrase import PassphraseDialog

    answers: list[str] = []
    asked: list[str] = []

    def get_passphrase(cls, parent, title, text, new=False):  # noqa: ANN001
        asked.append(text)
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(PassphraseDialog, "get_passphrase", classmethod(get_passphrase))
    return answers, asked


@pytest.fixture
def workspace_path(tmp_path):
    path = tmp_path / "test.briefing"
    make_workspace(path)
    return path


@pytest.fixture
def window(qtbot, workspace_path):
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    assert win.open_workspace(workspace_path)
    win.show()
    yield win
    if win.session is not None:
        win.close_workspace()


@pytest.fixture
def ids(workspace_path):
    """The sample workspace with a book of briefs (tests of issuing it)."""
    from issuing_helpers import add_book

    return add_book(workspace_path)  # before the window opens the file for editing


@pytest.fixture
def win(ids, window):  # noqa: ARG001 - the book is in the file before the window opens it
    window.open_record("book", ids["book"])
    return window
