"""The sync's words and dialogs without a server: the status bar's text, the connect dialog's
address (TLS, options kept, names quoted, no password), its refusal of an empty form."""

from __future__ import annotations

import datetime as dt

from briefing.sync.engine import Status
from ui.sync.connect_dialog import ConnectDialog
from ui.sync.feature import status_text


def _ago(**delta: int) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(**delta)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_status_bar_says_when_it_last_synced_and_what_waits():
    lib = "postgresql://dara@server/lib"
    assert status_text(Status(None, None, 3, 0)) == ""  # a single file
    now = _ago(seconds=0)
    hhmm = dt.datetime.fromisoformat(now.replace("Z", "+00:00")).astimezone().strftime("%H:%M")
    assert status_text(Status(lib, now, 0, 0)) == f"Synced {hhmm} · nothing to send"
    assert status_text(Status(lib, now, 1, 2)) == (
        f"Synced {hhmm} · 1 change to send · 2 conflicts to decide"
    )
    assert status_text(Status(lib, now, 1200, 1), "offline") == (
        f"Offline · last synced {hhmm} · 1,200 changes to send · 1 conflict to decide"
    )
    assert status_text(Status(lib, None, 5, 0), "syncing") == (
        "Syncing… · never synced · 5 changes to send"
    )
    assert status_text(Status(lib, None, 0, 0)) == "Not synced yet · nothing to send"
    before = _ago(days=3)
    when = dt.datetime.fromisoformat(before.replace("Z", "+00:00")).astimezone()
    assert status_text(Status(lib, before, 0, 0), "failed") == (
        f"Not synced · last synced {when.day} {when:%b %H:%M} · nothing to send"
    )  # another day: its date too


def test_the_connect_dialog_makes_the_address_and_keeps_no_password(qtbot):
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert not dialog.result() and "Give the server" in dialog.error.text()
    dialog.host.setText("library.mfa.example:5432")
    dialog.database.setText("kh cn")
    dialog.user.setText("sok_dara")
    dialog.password.setText("secret")
    dialog.tls.setChecked(True)
    assert dialog.url() == "postgresql://sok_dara@library.mfa.example:5432/kh%20cn?sslmode=require"
    assert "secret" not in dialog.url()


def test_the_connect_dialog_fills_in_a_known_address_and_keeps_its_options(qtbot):
    url = "postgresql://sok_dara@db:6432/lib?sslmode=verify-full&application_name=bb"
    dialog = ConnectDialog(None, url, "wrong password")
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.database.text(), dialog.user.text()) == (
        "db:6432", "lib", "sok_dara",
    )  # fmt: skip
    assert dialog.tls.isChecked() and dialog.error.text() == "wrong password"
    assert dialog.url() == url
    dialog.tls.setChecked(False)
    assert dialog.url() == "postgresql://sok_dara@db:6432/lib?application_name=bb"
