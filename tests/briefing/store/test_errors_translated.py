"""The workspace file's common errors are said in the interface's language: not found, not a
workspace, in use, read-only, disk full, damaged, wrong passphrase. In English ``str(exc)`` is
the message as it always was; ``exc.said(loc)`` words it in ``loc``'s language."""

from __future__ import annotations

import errno
import string

import pytest

from briefing.cli import main
from briefing.i18n import interface_locale
from briefing.i18n.catalogues import MESSAGES
from briefing.i18n.extract import scan
from briefing.store import Workspace, WorkspaceError
from briefing.store.errors import (
    DamagedWorkspace,
    DiskFull,
    NotAWorkspace,
    ReadOnlyLocation,
    ReadOnlyWorkspace,
    WorkspaceInUse,
    WrongPassphrase,
)
from briefing.store.file import explain_os

KM = interface_locale("km")


def _khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def _english_left(text: str) -> list[str]:
    pieces = {
        lit.strip()
        for m in scan()[MESSAGES].values()
        for lit, *_ in string.Formatter().parse(m.msgid)
        if len(lit.strip()) > 3
    }
    return sorted(p for p in pieces if p in text)


def _raised(call) -> WorkspaceError:  # noqa: ANN001
    with pytest.raises(WorkspaceError) as info:
        call()
    return info.value


def _in_khmer(exc: WorkspaceError, path) -> str:  # noqa: ANN001
    text = exc.said(KM)
    assert _khmer(text) and str(path) in text, text
    assert not _english_left(text), (text, _english_left(text))
    return text


def test_each_common_error_in_khmer(tmp_path, settings):
    missing = tmp_path / "nowhere.briefing"
    exc = _raised(lambda: Workspace.open(missing))
    assert str(exc) == f"{missing}: no such file"
    assert _in_khmer(exc, missing) == f"{missing}៖ គ្មានឯកសារនេះទេ"

    other = tmp_path / "notes.briefing"
    other.write_text("not a database at all")
    exc = _raised(lambda: Workspace.open(other))
    assert isinstance(exc, NotAWorkspace) and "not a Briefing Book workspace" in str(exc)
    _in_khmer(exc, other)

    damaged = tmp_path / "cut.briefing"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    exc = _raised(lambda: Workspace.open(damaged))
    assert isinstance(exc, DamagedWorkspace)
    assert "ខូច" in _in_khmer(exc, damaged)  # "damaged"

    path = tmp_path / "w.briefing"
    Workspace.create(path, settings).close()
    with Workspace.open(path):
        exc = _raised(lambda: Workspace.open(path))
        assert isinstance(exc, WorkspaceInUse) and "in use by" in str(exc)
        _in_khmer(exc, path)
    with Workspace.open(path, readonly=True) as ws:
        exc = _raised(lambda: ws.save_settings(settings))
        assert isinstance(exc, ReadOnlyWorkspace)
        assert "សម្រាប់តែអាន" in _in_khmer(exc, path)  # "read-only"

    secret = tmp_path / "secret.briefing"
    Workspace.create(secret, settings, passphrase="right horse battery").close()
    exc = _raised(lambda: Workspace.open(secret, passphrase="wrong one"))
    assert isinstance(exc, WrongPassphrase)
    assert "ឃ្លាសម្ងាត់" in _in_khmer(exc, secret)  # "passphrase"


@pytest.mark.parametrize(
    ("number", "kind", "khmer"),
    [(errno.ENOSPC, DiskFull, "ពេញហើយ"), (errno.EROFS, ReadOnlyLocation, "សម្រាប់តែអាន")],
)
def test_a_full_disk_and_a_read_only_disk_in_khmer(tmp_path, number, kind, khmer):
    path = tmp_path / "w.briefing"
    # what the store makes of the operating system's refusal while saving
    exc = explain_os(path, OSError(number, "refused"), "the change could not be saved")
    assert isinstance(exc, kind)
    text = _in_khmer(exc, path)
    assert khmer in text
    if kind is DiskFull:  # what was being done, in Khmer too
        assert "មិនអាចរក្សាទុកការផ្លាស់ប្ដូរបានទេ" in text
        assert str(exc).startswith(f"{path}: the change could not be saved: the disk holding")


def test_the_command_says_them_in_the_locale_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "km_KH.UTF-8")
    missing = tmp_path / "nowhere.briefing"
    assert main(["info", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"briefing៖ កំហុស៖ {missing}៖ គ្មានឯកសារនេះទេ"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["info", str(missing)]) == 1
    assert "fichier introuvable" in capsys.readouterr().err
