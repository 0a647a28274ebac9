"""File ▸ New Workspace…: the dialog's fields become the workspace, encrypted when asked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from briefing.store import PassphraseRequired, Workspace
from ui.common.settings import AppSettings
from ui.shell.main_window import MainWindow
from ui.workspace.new_workspace import NewWorkspaceDialog


@pytest.fixture
def fill_dialog(monkeypatch, tmp_path):
    """The modal dialog is filled in as a user would and accepted."""
    target = tmp_path / "kh-cn"
    choices = {"encrypt": False}

    def exec_(self):  # noqa: ANN001, ANN202
        self.path.setText(str(target))
        self.own.setText("Cambodia")
        self.partner.setText("China")
        self.ministry.setText("Ministry of Foreign Affairs")
        self.encrypt.setChecked(choices["encrypt"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewWorkspaceDialog, "exec", exec_)
    return target.with_name("kh-cn.briefing"), choices


def _window(qtbot) -> MainWindow:  # noqa: ANN001
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    return win


def test_new_plain_workspace(qtbot, fill_dialog, passphrases):
    path, _ = fill_dialog
    win = _window(qtbot)
    win.new_action.trigger()
    assert win.session is not None and win.session.path == path
    assert not win.session.ws.encrypted
    assert passphrases[1] == []  # no passphrase asked
    win.close_workspace()
    with Workspace.open(path, readonly=True) as ws:
        assert ws.settings.countries == ["Cambodia", "China"]


def test_new_encrypted_workspace_asks_the_passphrase(qtbot, fill_dialog, passphrases):
    path, choices = fill_dialog
    choices["encrypt"] = True
    answers, asked = passphrases
    answers.append("monsoon over the Mekong")
    win = _window(qtbot)
    win.new_action.trigger()
    assert asked and win.session is not None and win.session.ws.encrypted
    win.close_workspace()
    with pytest.raises(PassphraseRequired):
        Workspace.open(path)
    with Workspace.open(path, passphrase="monsoon over the Mekong", readonly=True) as ws:
        assert ws.settings.countries == ["Cambodia", "China"]


def test_cancelling_the_passphrase_creates_nothing(qtbot, fill_dialog, passphrases):
    path, choices = fill_dialog
    choices["encrypt"] = True  # and no answer: the passphrase dialog is cancelled
    win = _window(qtbot)
    win.new_action.trigger()
    assert win.session is None and not path.exists()
