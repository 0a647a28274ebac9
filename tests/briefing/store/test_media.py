"""A workspace on a read-only stick is read, and a full disk is named, never called damage.

The disks are real: small tmpfs mounts (CI runs as root; elsewhere these tests are skipped
with the reason).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.model import Name, Person
from briefing.safety import backup, encryption, restoring
from briefing.store import DiskFull, ReadOnlyLocation, Workspace

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "cambodia-china.json"
RELEASE = Path(__file__).resolve().parents[3] / "samples"
PASS = "stick passphrase"


class Disk:
    def __init__(self, folder: Path, size: str) -> None:
        self.folder = folder
        folder.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            pytest.skip(f"cannot mount a test disk here: {done.stderr.strip()}")

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True)

    def fill(self, leave_kb: int = 16) -> None:
        """Fill the disk up to ``leave_kb`` kB."""
        free = shutil.disk_usage(self.folder).free // 1024
        with (self.folder / "filler").open("wb") as f:
            f.write(b"\0" * max(0, free - leave_kb) * 1024)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.folder)], check=False)


@pytest.fixture
def disk(tmp_path):
    made: list[Disk] = []

    def mount(size: str = "2m") -> Disk:
        made.append(Disk(tmp_path / f"disk{len(made)}", size))
        return made[-1]

    yield mount
    for d in made:
        d.unmount()


def _run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _load(folder: Path) -> Path:
    path = folder / "kh-cn.briefing"
    interchange.load_file(SAMPLE, path).close()
    return path


# ---------------------------------------------------------------------- read-only


def test_a_read_only_stick_is_read_and_says_so(disk, tmp_path, capsys):
    stick = disk()
    path = _load(stick.folder)
    stick.read_only()
    with pytest.raises(ReadOnlyLocation, match="read-only disk"):
        Workspace.open(path)
    code, out, _ = _run(capsys, "info", path)
    assert code == 0 and "meetings: 1" in out
    code, out, _ = _run(capsys, "search", path, "scams")
    assert code == 0 and "[scams]" in out
    code, _, err = _run(capsys, "dump", path, "-o", tmp_path / "out.json")
    assert code == 0, err
    code, out, _ = _run(capsys, "check", path, "--book", "1")
    assert "to look at before printing" in out
    code, out, err = _run(capsys, "export", path, "--book", "1", "--pdf", tmp_path / "b.pdf")
    assert code == 0, err
    assert "read-only" in err and (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = _run(
        capsys, "import", path, RELEASE / "press-release-2024-10-11-cambodia-china.txt", "--yes"
    )
    assert code == 1 and "read-only disk" in err and "damaged" not in err


def test_an_encrypted_workspace_on_a_read_only_stick(disk, capsys):
    stick = disk()
    path = _load(stick.folder)
    encryption.encrypt_workspace(path, PASS)
    stick.read_only()
    with Workspace.open(path, readonly=True, passphrase=PASS) as ws:
        assert ws.counts()["items"] == 17


def test_unsaved_changes_in_a_wal_on_a_read_only_stick_are_explained(disk, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    path = _load(work)
    stick = disk()
    with Workspace.open(path) as ws:  # copied while open: the last change is in the -wal
        ws.people.save(Person([Name("SOK Chenda Sophea")], side="Cambodia"))
        assert Path(f"{path}-wal").stat().st_size > 0
        shutil.copyfile(path, stick.folder / path.name)
        shutil.copyfile(f"{path}-wal", stick.folder / f"{path.name}-wal")
    stick.read_only()
    with pytest.raises(ReadOnlyLocation, match="last changes are still in kh-cn.briefing-wal"):
        Workspace.open(stick.folder / path.name, readonly=True)


# ---------------------------------------------------------------------- full


def _intact(path: Path, passphrase: str | None = None) -> None:
    with Workspace.open(path, readonly=True, passphrase=passphrase) as ws:
        assert ws.counts()["items"] == 17


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "{w}", "{release}", "--yes"],
        ["copy-book", "{w}", "--book", "1"],
        ["export", "{w}", "--book", "1", "--pdf", "{disk}/book.pdf"],
        ["dump", "{w}", "-o", "{disk}/out.json"],
    ],
)
def test_a_full_disk_is_named(disk, capsys, argv):
    full = disk()
    path = _load(full.folder)
    full.fill()
    release = RELEASE / "press-release-2024-10-11-cambodia-china.txt"
    code, _, err = _run(
        capsys, *(a.format(w=path, release=release, disk=full.folder) for a in argv)
    )
    assert code == 1
    assert "full" in err and "damaged" not in err, err
    (full.folder / "filler").unlink()
    _intact(path)


def test_a_passphrase_change_on_a_full_disk(disk, tmp_path):
    full = disk()
    path = _load(full.folder)
    encryption.encrypt_workspace(path, PASS)
    full.fill()
    with pytest.raises(DiskFull, match="is full"):
        encryption.change_passphrase(path, PASS, "another one")
    (full.folder / "filler").unlink()
    _intact(path, PASS)
    assert not list(full.folder.glob(".*.tmp"))


def test_a_restore_onto_a_full_disk_names_the_disk(disk):
    full = disk()
    path = _load(full.folder)
    made = backup.take_backup(path)  # in the data folder, on another disk
    full.fill()
    with pytest.raises(DiskFull) as caught:
        restoring.restore(made, path)
    assert str(full.folder) in str(caught.value) and made.path.name not in str(caught.value)
    (full.folder / "filler").unlink()
    _intact(path)
