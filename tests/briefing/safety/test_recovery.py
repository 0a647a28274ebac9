"""What interrupted writes leave behind is recovered, set aside or cleaned, never played back
into the wrong file, and never leaves records in clear."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli.workspace import open_workspace
from briefing.files.lock import WorkspaceLock
from briefing.model import Item, ItemKind
from briefing.safety import backup, encryption, restoring
from briefing.store import Workspace, WorkspaceInUse

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "cambodia-china.json"
MARK = b"Fish and Rice Corridor"  # in the sample's records


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "kh-cn.briefing"
    interchange.load_file(SAMPLE, path).close()
    return path


def _interrupt_a_rollback_journal_write(path: Path, passphrase: str | None = None) -> None:
    """What a kill during an in-place change (the old ``PRAGMA rekey``) left: a hot journal
    and a file half rewritten. A child switches to a rollback journal, rewrites every item
    with a tiny page cache (so pages reach the file) and dies before committing."""
    script = textwrap.dedent(
        f"""
        import os, sqlite3
        from briefing.store import cipher
        key = {passphrase!r}
        conn = (cipher.connect({str(path)!r}, key, isolation_level=None) if key
                else sqlite3.connect({str(path)!r}, isolation_level=None))
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 2")
        conn.execute("BEGIN")
        conn.execute("UPDATE items SET text = 'HALF ' || text || printf('%.3000c', 'x')")
        conn.execute("UPDATE sources SET text = 'HALF'")
        os._exit(9)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    assert Path(f"{path}-journal").stat().st_size > 0


@pytest.mark.parametrize("passphrase", [None, "old phrase"])
def test_a_hot_journal_is_rolled_back_on_open(sample, passphrase):
    if passphrase:
        encryption.encrypt_workspace(sample, passphrase)
    with Workspace.open(sample, passphrase=passphrase) as ws:
        items = [i.text for m in ws.meetings.summaries() for i in ws.meetings.get(m.id).items]
    _interrupt_a_rollback_journal_write(sample, passphrase)
    with Workspace.open(sample, passphrase=passphrase) as ws:  # no "damaged (readonly …)"
        after = [i.text for m in ws.meetings.summaries() for i in ws.meetings.get(m.id).items]
        assert ws._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert after == items
    assert not Path(f"{sample}-journal").exists()
    kept = list(backup.backup_folder(sample).glob("quarantine-*-journal/*"))
    assert {p.name for p in kept} == {sample.name, f"{sample.name}-journal"}


def test_a_read_only_look_says_what_to_do_with_a_hot_journal(sample):
    _interrupt_a_rollback_journal_write(sample)
    holder = WorkspaceLock(sample)  # a writer has it: the reader may not recover it
    holder.acquire()
    try:
        with pytest.raises(Exception, match="open the workspace for editing once"):
            Workspace.open(sample, readonly=True)
    finally:
        holder.release()


def test_a_journal_of_another_file_is_set_aside_not_played_back(sample, tmp_path):
    other = tmp_path / "other.briefing"  # the file a restore replaced: other pages
    shutil.copyfile(sample, other)
    with Workspace.open(other) as ws:
        meeting = ws.meetings.get(ws.meetings.summaries()[0].id)
        for n in range(300):
            meeting.items.append(Item("trade", "Both", ItemKind.STATEMENT, f"Point {n} " * 40))
        ws.meetings.save(meeting)
    _interrupt_a_rollback_journal_write(other)
    before = sample.read_bytes()
    shutil.copyfile(f"{other}-journal", f"{sample}-journal")  # a stale, foreign journal
    with Workspace.open(sample) as ws:
        assert ws._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.counts()["items"] == 17
    assert sample.read_bytes() == before  # played back, it had broken the file
    assert not Path(f"{sample}-journal").exists()
    assert list(backup.backup_folder(sample).glob("quarantine-*-journal/*-journal"))  # kept


def test_restore_sets_every_sidecar_of_the_replaced_file_aside(sample):
    made = backup.take_backup(sample)
    _interrupt_a_rollback_journal_write(sample)
    journal = Path(f"{sample}-journal").read_bytes()
    restoring.restore(made, sample)
    assert not Path(f"{sample}-journal").exists()
    kept = list(backup.backup_folder(sample).glob("quarantine-*-restore/*-journal"))
    assert [p.read_bytes() for p in kept] == [journal]
    with Workspace.open(sample) as ws:  # the restored file, not the old journal played back
        assert ws._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.counts()["items"] == 17


def test_the_real_file_is_encrypted_and_locked_through_a_link(sample, tmp_path):
    link = tmp_path / "link.briefing"
    link.symlink_to(sample.name)
    backup.take_backup(sample)
    encryption.encrypt_workspace(link, "pass phrase")
    assert link.is_symlink() and encryption.is_encrypted(sample)
    assert all(backup.is_encrypted(b.path) for b in backup.list_backups(sample))
    with Workspace.open(sample, passphrase="pass phrase"):
        with pytest.raises(WorkspaceInUse):  # one lock, whichever path is used
            Workspace.open(link, passphrase="pass phrase")
    restored = backup.list_backups(sample)[-1]
    restoring.restore(restored, link, passphrase="pass phrase")
    assert link.is_symlink()  # restore replaced the file, not the link


def test_a_killed_decrypt_leaves_no_plaintext_after_the_next_open(sample):
    encryption.encrypt_workspace(sample, "pass phrase")
    # what a decrypt killed after writing its plaintext copy leaves beside the workspace
    leftover = sample.with_name(f".{sample.name}.convert-abc123.tmp")
    shutil.copyfile(SAMPLE, leftover)
    Workspace.open(sample, passphrase="pass phrase").close()
    assert not leftover.exists()


def test_plaintext_backups_of_an_encrypted_workspace_are_encrypted_when_it_is_opened(sample):
    """What an encrypt of an older version left when killed after the workspace."""
    backup.take_backup(sample)
    encryption._convert(sample, None, "pass phrase")  # the workspace alone, as it was done then
    assert any(MARK in b.path.read_bytes() for b in backup.list_backups(sample))
    open_workspace(sample, False, _Args("pass phrase", sample.parent)).close()
    assert not any(MARK in b.path.read_bytes() for b in backup.list_backups(sample))


class _Args:
    def __init__(self, passphrase: str, folder: Path) -> None:
        self.passphrase_file = str(folder / "passphrase.txt")
        Path(self.passphrase_file).write_text(passphrase + "\n")
