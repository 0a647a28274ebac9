"""No command writes a file over the workspace, its sidecars, its backups or another workspace."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.files.atomic import write_atomic
from briefing.files.lock import WorkspaceLock
from briefing.files.targets import ProtectedTarget, check_target
from briefing.safety import backup, encryption
from briefing.store import Workspace

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "cambodia-china.json"


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "kh-cn.briefing"
    interchange.load_file(SAMPLE, path).close()
    return path


def _state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (SQLite's own -wal/-shm left out) with a digest of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def _run(capsys, *argv: object) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


OVER = ["{w}", "{w}-wal", "{w}-shm", "{w}-journal", "{w}.lock"]


@pytest.mark.parametrize("target", OVER)
@pytest.mark.parametrize(
    "command",
    [
        ["export", "{w}", "--book", "1", "--pdf", "{t}"],
        ["export", "{w}", "--book", "1", "--docx", "{t}"],
        ["dump", "{w}", "-o", "{t}"],
        ["versions", "{w}", "--book", "1", "--save", "1", "{t}"],
        ["changes", "{w}", "--book", "1", "--since", "1", "--pdf", "{t}"],
    ],
)
def test_no_command_writes_over_the_workspace_or_its_sidecars(sample, capsys, command, target):
    w = str(sample)
    t = target.format(w=w)
    before = _state(sample.parent)
    code, err = _run(capsys, *(a.format(w=w, t=t) for a in command))
    assert code != 0
    assert "would destroy records" in err and "nothing was written" in err
    assert _state(sample.parent) == before
    with Workspace.open(sample) as ws:
        assert ws.counts()["meetings"] == 1


def test_links_to_the_workspace_are_refused(sample, capsys):
    hard = sample.with_name("hard-link.pdf")
    os.link(sample, hard)
    soft = sample.with_name("soft-link.pdf")
    soft.symlink_to(sample.name)
    before = _state(sample.parent)
    for target in (hard, soft):
        code, err = _run(capsys, "export", sample, "--book", "1", "--pdf", target)
        assert code != 0 and "is the open workspace" in err
    assert _state(sample.parent) == before
    assert soft.is_symlink()


def test_an_encrypted_workspace_is_not_dumped_over_itself(sample, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("s3cret passphrase\n")
    encryption.encrypt_workspace(sample, "s3cret passphrase")
    before = sample.read_bytes()
    code, err = _run(capsys, "dump", sample, "-o", sample, "--passphrase-file", secret)
    assert code != 0 and "would destroy records" in err
    assert sample.read_bytes() == before  # no plaintext JSON in its place


def test_another_workspace_and_the_backups_folder_are_refused(sample, tmp_path, capsys):
    other = tmp_path / "other.briefing"
    shutil.copyfile(sample, other)
    renamed = tmp_path / "records-without-suffix"
    shutil.copyfile(sample, renamed)
    made = backup.take_backup(sample)
    for target, why in (
        (other, "is a Briefing Book workspace"),
        (renamed, "is a Briefing Book workspace"),  # known by its header
        (made.path, "backups"),
        (made.path.parent / "new.pdf", "backups"),
    ):
        before = target.read_bytes() if target.exists() else None
        code, err = _run(capsys, "export", sample, "--book", "1", "--pdf", target)
        assert code != 0 and why in err, err
        assert (target.read_bytes() if target.exists() else None) == before


def test_a_workspace_open_in_another_program_is_refused(sample, tmp_path):
    secret = tmp_path / "elsewhere"  # an encrypted workspace has no header to recognise
    shutil.copyfile(sample, secret)
    encryption.encrypt_workspace(secret, "pass phrase")
    holder = WorkspaceLock(secret)
    holder.acquire()
    try:
        with pytest.raises(ProtectedTarget, match="open in another program"):
            check_target(secret)
    finally:
        holder.release()
    check_target(tmp_path / "book.pdf")  # an ordinary new file is fine


def test_the_atomic_writer_refuses_too(sample):
    """Every writer goes through it, also those that do not check first."""
    with Workspace.open(sample) as ws:
        before = sample.read_bytes()
        with pytest.raises(ProtectedTarget):
            write_atomic(ws.path, b"%PDF-1.4 not records")
        assert sample.read_bytes() == before
        assert not [p for p in sample.parent.iterdir() if p.name.endswith(".tmp")]


def test_ordinary_exports_still_overwrite_their_own_files(sample, tmp_path, capsys):
    out = tmp_path / "book.pdf"
    for _ in range(2):  # the second export replaces the first
        code, err = _run(capsys, "export", sample, "--book", "1", "--pdf", out)
        assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
