"""Running the frozen release as a user would: unpacked from its .tar.gz, with no network and
its folder read-only (a mount namespace with a read-only bind mount: as root, a file mode alone
would not stop a write), settings and data in a home folder of the test's own."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
SOURCE_CLI = ROOT / ".venv" / "bin" / "briefing"
SOURCE_APP = ROOT / ".venv" / "bin" / "briefing-book"
SAMPLE_JSON = ROOT / "samples" / "cambodia-china.json"

#: run "$@" with no network and the folder $1 read-only (root, util-linux's unshare)
_SANDBOX = (
    'dir="$1"; shift; mount --bind "$dir" "$dir" && mount -o remount,bind,ro "$dir" && exec "$@"'
)


def release_archive() -> Path:
    found = sorted(DIST.glob("briefing-book-*-linux-*.tar.gz"))
    if not found:
        raise AssertionError(f"no release archive in {DIST}: run `make dist` first")
    return found[-1]


def unpack(archive: Path, into: Path) -> Path:
    """The release's folder, unpacked as a user would, then made read-only."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    (folder,) = [p for p in into.iterdir() if p.is_dir()]
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o222)
    return folder


def user_env(home: Path) -> dict[str, str]:
    """A user of their own: home, config, data and cache folders under ``home``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("BRIEFING", "XDG_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    home.mkdir(parents=True, exist_ok=True)
    return env


def sandboxed(folder: Path, command: list[str]) -> list[str]:
    """``command`` with no network and ``folder`` mounted read-only."""
    if shutil.which("unshare") is None:
        raise AssertionError("util-linux's unshare is needed to run without a network")
    return ["unshare", "--net", "--mount", "sh", "-c", _SANDBOX, "sh", str(folder), *command]


def run(command: list[str], env: dict[str, str], timeout: float = 120, **kwargs):  # noqa: ANN003, ANN201
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False, **kwargs
    )


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its size and modification time."""
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in [folder, *folder.rglob("*")]
    }


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(s for s in info.stdout.splitlines() if s.startswith("Pages:")).split()[1])


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
