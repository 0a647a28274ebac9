"""Encrypted workspaces (SQLCipher): opened only with the passphrase, nothing in clear on disk,
converting both ways keeps everything, backups stay encrypted, the CLI asks or reads a file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.edits import save_section_text
from briefing.safety import backup, encryption, restoring
from briefing.store import (
    PassphraseRequired,
    Workspace,
    WorkspaceError,
    WorkspaceInUse,
    WrongPassphrase,
)

SECRET = "correct horse battery staple"
WORD = b"Crack down on online scams"  # an item's text in fill_workspace
MAGIC = b"SQLite format 3\x00"


def _all_bytes(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )


@pytest.fixture
def enc_path(ws_path, settings, fill):
    with Workspace.create(ws_path, settings, passphrase=SECRET) as ws:
        fill(ws)
    return ws_path


def test_created_encrypted_has_no_plaintext_and_opens_only_with_the_passphrase(
    ws_path, settings, fill
):
    ws = Workspace.create(ws_path, settings, passphrase=SECRET)
    fill(ws)
    assert ws.encrypted
    live = _all_bytes(ws_path)  # the WAL is encrypted too, while open
    assert WORD not in live and not live.startswith(MAGIC)
    assert ws.search.query("scams")  # FTS5 works in SQLCipher
    ws.close()
    data = ws_path.read_bytes()
    assert WORD not in data and not data.startswith(MAGIC)
    assert WORD.lower() not in data.lower() and b"ASEAN" not in data

    with pytest.raises(PassphraseRequired, match="encrypted one: give its passphrase"):
        Workspace.open(ws_path)
    with pytest.raises(WrongPassphrase, match="passphrase is not right"):
        Workspace.open(ws_path, passphrase="wrong")
    with Workspace.open(ws_path, passphrase=SECRET) as again:
        assert [h.kind for h in again.search.query("scams")] == ["item"]
        assert again.settings.countries == ["Cambodia", "China"]
    with Workspace.open(ws_path, readonly=True, passphrase=SECRET) as reader:
        assert reader.readonly and reader.counts()["meetings"] == 1


def test_wrong_passphrase_leaves_the_file_byte_for_byte(enc_path):
    before = enc_path.read_bytes()
    for wrong in ("wrong", SECRET + " ", "", SECRET.upper()):
        for readonly in (False, True):
            with pytest.raises(WrongPassphrase) as info:
                Workspace.open(enc_path, readonly=readonly, passphrase=wrong)
            assert str(info.value).startswith(str(enc_path))
    assert enc_path.read_bytes() == before
    assert sorted(p.name for p in enc_path.parent.iterdir() if p.name != "data") == [enc_path.name]


def test_lock_and_second_instance_rules_hold(enc_path):
    with Workspace.open(enc_path, passphrase=SECRET) as writer:
        with pytest.raises(WorkspaceInUse):
            Workspace.open(enc_path, passphrase=SECRET)
        with Workspace.open(enc_path, readonly=True, passphrase=SECRET) as reader:
            assert reader.readonly
        with pytest.raises(WrongPassphrase):
            Workspace.open(enc_path, readonly=True, passphrase="wrong")
        assert writer.counts()["items"] == 3


def test_random_bytes_without_a_passphrase(tmp_path):
    path = tmp_path / "random.briefing"
    path.write_bytes(bytes(range(256)) * 16)
    with pytest.raises(PassphraseRequired, match="not a Briefing Book workspace"):
        Workspace.open(path)
    with pytest.raises(WrongPassphrase):
        Workspace.open(path, passphrase=SECRET)
    assert path.read_bytes() == bytes(range(256)) * 16


def test_convert_plain_to_encrypted_and_back_keeps_everything(ws, ws_path, fill):
    fill(ws)
    book_id = ws.books.summaries()[0][0]
    section_id = ws.books.get(book_id).sections[0].id
    save_section_text(ws, book_id, section_id, {"background": "Zanzibarflamingo talks"})
    before = interchange.dump(ws)
    backup.take_backup(ws_path)  # a plain backup made before encrypting
    with pytest.raises(WorkspaceInUse):
        encryption.encrypt_workspace(ws_path, SECRET)
    ws.close()

    encryption.encrypt_workspace(ws_path, SECRET)
    assert encryption.is_encrypted(ws_path)
    assert b"Zanzibarflamingo" not in _all_bytes(ws_path)
    assert sorted(p.name for p in ws_path.parent.iterdir()) == sorted(["data", ws_path.name])
    for b in backup.list_backups(ws_path):  # the plain backups were encrypted too
        assert b"Zanzibarflamingo" not in b.path.read_bytes()
        assert backup.summary(b, SECRET)["items"] == 3
    with Workspace.open(ws_path, passphrase=SECRET) as enc:
        assert interchange.dump(enc) == before
        assert enc.search.query("Zanzibarflamingo")

    encryption.change_passphrase(ws_path, SECRET, "new one")
    assert not encryption.verify_passphrase(ws_path, SECRET)
    assert encryption.verify_passphrase(ws_path, "new one")
    assert all(
        encryption.verify_passphrase(b.path, "new one") for b in backup.list_backups(ws_path)
    )
    with pytest.raises(WrongPassphrase):
        Workspace.open(ws_path, passphrase=SECRET)

    encryption.decrypt_workspace(ws_path, "new one")
    assert ws_path.read_bytes().startswith(MAGIC)
    with Workspace.open(ws_path) as plain:
        assert interchange.dump(plain) == before
        assert plain._db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_conversions_refuse_what_they_cannot_do(enc_path, tmp_path):
    before = enc_path.read_bytes()
    with pytest.raises(WorkspaceError, match="already encrypted"):
        encryption.encrypt_workspace(enc_path, "x")
    with pytest.raises(WrongPassphrase):
        encryption.decrypt_workspace(enc_path, "wrong")
    with pytest.raises(WrongPassphrase):
        encryption.change_passphrase(enc_path, "wrong", "new")
    with pytest.raises(WorkspaceError, match="empty"):
        encryption.change_passphrase(enc_path, SECRET, "")
    assert enc_path.read_bytes() == before
    with pytest.raises(WorkspaceError, match="empty"):
        Workspace.create(tmp_path / "x.briefing", Workspace.open(enc_path, passphrase=SECRET,
                         readonly=True).settings, passphrase="")  # fmt: skip


def test_backups_stay_encrypted_and_restore(enc_path):
    ws = Workspace.open(enc_path, passphrase=SECRET)
    book_id = ws.books.summaries()[0][0]
    section_id = ws.books.get(book_id).sections[0].id
    save_section_text(ws, book_id, section_id, {"background": "Zanzibarflamingo"})
    made = backup.take_backup(enc_path, passphrase=ws.passphrase)
    again = backup.take_backup(enc_path, passphrase=ws.passphrase)
    assert again == made  # unchanged contents: not kept twice (compared decrypted)
    data = made.path.read_bytes()
    assert b"Zanzibarflamingo" not in data and WORD not in data and not data.startswith(MAGIC)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made.path).execute("SELECT * FROM sqlite_master").fetchall()
    assert backup.summary(made) is None  # no passphrase: unreadable
    assert backup.summary(made, SECRET)["meetings"] == 1
    with pytest.raises(WorkspaceError):
        backup.take_backup(enc_path)  # needs the passphrase
    save_section_text(ws, book_id, section_id, {"background": "changed later"})
    ws.close()

    with pytest.raises(PassphraseRequired):
        restoring.restore(made, enc_path)
    safety = restoring.restore(made, enc_path, passphrase=SECRET)
    assert safety is not None and b"changed later" not in safety.path.read_bytes()
    with Workspace.open(enc_path, passphrase=SECRET) as restored:
        assert restored.books.get(book_id).sections[0].background == "Zanzibarflamingo"


def test_encrypted_connections_keep_temp_tables_in_memory(enc_path):
    with Workspace.open(enc_path, passphrase=SECRET) as ws:
        assert ws._db.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert ws._db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws._db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert ws._db.conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"


# ---------------------------------------------------------------------- command line


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_with_passphrase_files(tmp_path, capsys, monkeypatch):
    pf = tmp_path / "pass.txt"
    pf.write_text(SECRET + "\n")
    new = tmp_path / "new.txt"
    new.write_text("second secret\n")
    path = tmp_path / "kh-cn.briefing"
    code, out, _ = run(capsys, "new", str(path), "--countries", "Cambodia,China", "--encrypt",
                       "--passphrase-file", str(pf))  # fmt: skip
    assert code == 0 and "encrypted" in out
    assert not path.read_bytes().startswith(MAGIC)

    monkeypatch.setattr("sys.stdin", None)  # no terminal to ask on
    code, _, err = run(capsys, "info", str(path))
    assert code == 1 and "--passphrase-file" in err
    code, out, _ = run(capsys, "info", str(path), "--passphrase-file", str(pf))
    assert code == 0 and "countries: Cambodia – China" in out
    monkeypatch.setenv("BRIEFING_PASSPHRASE_FILE", str(pf))
    code, out, _ = run(capsys, "backup", str(path))
    assert code == 0 and "backed up" in out
    code, out, _ = run(capsys, "restore", str(path), "--list")
    assert code == 0 and "0 meetings" in out
    monkeypatch.delenv("BRIEFING_PASSPHRASE_FILE")
    code, _, err = run(capsys, "info", str(path), "--passphrase-file", str(new))
    assert code == 1 and "passphrase is not right" in err

    code, _, _ = run(capsys, "passwd", str(path), "--passphrase-file", str(pf),
                     "--new-passphrase-file", str(new))  # fmt: skip
    assert code == 0
    code, _, _ = run(capsys, "decrypt", str(path), "--passphrase-file", str(new))
    assert code == 0 and path.read_bytes().startswith(MAGIC)
    code, out, _ = run(capsys, "info", str(path))
    assert code == 0
    code, _, _ = run(capsys, "encrypt", str(path), "--passphrase-file", str(pf))
    assert code == 0 and not path.read_bytes().startswith(MAGIC)
    code, out, _ = run(capsys, "dump", str(path), "--passphrase-file", str(pf))
    assert code == 0 and '"Cambodia"' in out  # dump prints in clear, by design


def test_cli_asks_on_the_terminal(tmp_path, capsys, monkeypatch, enc_path):
    import briefing.cli.workspace as cli_crypto

    answers = ["wrong", SECRET]
    monkeypatch.setattr(cli_crypto, "_can_ask", lambda: True)
    monkeypatch.setattr(cli_crypto.getpass, "getpass", lambda prompt: answers.pop(0))
    code, out, err = run(capsys, "search", str(enc_path), "scams")
    assert code == 0 and "Crack down" in out
    assert "passphrase is not right" in err and SECRET not in out + err

    answers[:] = ["one", "two", "same", "same"]
    code, out, err = run(capsys, "new", str(tmp_path / "typed"), "--countries", "A,B", "--encrypt")
    assert code == 0 and "differ" in err
    assert Workspace.open(tmp_path / "typed.briefing", passphrase="same", readonly=True)
