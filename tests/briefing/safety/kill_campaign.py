"""Kill campaign: encrypt, decrypt, passwd and restore SIGKILLed at random moments.

    python tests/briefing/safety/kill_campaign.py --kills 1000 [--seed N] [--jobs 2]

Each run starts from the same template (a workspace with the sample's records, a marker
meeting and backups; a plain one for encrypt and restore, one encrypted with "old" for decrypt,
passwd and restore), runs one operation in a child process (``child``) and kills it after a
random delay within the operation's measured duration. Afterwards:

- the workspace opens, plain or with the old or the new passphrase, passes
  ``PRAGMA integrity_check`` and holds every record (the expected counts and the marker), or
  for a restore, every record of the old workspace or of the backup;
- after the user's next step (re-running an encrypt that did not finish, else opening the
  workspace for editing), no temporary copy is left beside it, and for encrypt: no file in the
  workspace's folder, its backups folder or the child's TMPDIR holds the marker in clear.

``tests/briefing/safety/test_kill_campaign.py`` runs it in CI (``BRIEFING_KILLS``, default 100).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

MARKER = "KILLCAMPAIGN-MARKER-5f0c2a"
OPERATIONS = ("encrypt", "decrypt", "passwd", "restore-plain", "restore-encrypted")
OLD, NEW = "old passphrase", "new passphrase"
DURATIONS: dict[str, float] = {}  # of each operation un-killed, measured by campaign()
_ROOT = Path(__file__).resolve().parents[3]


@dataclass
class Outcome:
    operation: str
    delay: float
    finished: bool
    state: str  # which passphrase opened it, or for a restore, which content it holds
    problem: str = ""
    seconds: float = 0.0  # from "go" to "done" when it finished


# ---------------------------------------------------------------------- the child


def child(operation: str, workspace: Path) -> None:
    """Run ``operation`` on ``workspace`` (imports first, then "go" on stdout, then the work)."""
    from briefing.safety import backup, encryption, restoring

    print("go", flush=True)
    if operation == "encrypt":
        encryption.encrypt_workspace(workspace, NEW)
    elif operation == "decrypt":
        encryption.decrypt_workspace(workspace, OLD)
    elif operation == "passwd":
        encryption.change_passphrase(workspace, OLD, NEW)
    else:
        key = OLD if operation == "restore-encrypted" else None
        oldest = backup.list_backups(workspace)[-1]
        restoring.restore(oldest, workspace, passphrase=key)
    print("done", flush=True)


# ---------------------------------------------------------------------- templates


def make_templates(root: Path) -> dict[str, tuple[Path, dict[str, int]]]:
    """``{"plain": (folder, counts), "encrypted": …}``; each folder holds ``ws/kh-cn.briefing``
    and ``data/`` (its backups). The oldest backup has one meeting fewer than the workspace."""
    from briefing import interchange
    from briefing.model import Item, ItemKind, Meeting
    from briefing.safety import backup, encryption

    made = {}
    for kind in ("plain", "encrypted"):
        folder = root / kind
        (folder / "ws").mkdir(parents=True)
        os.environ["BRIEFING_DATA_DIR"] = str(folder / "data")
        path = folder / "ws" / "kh-cn.briefing"
        interchange.load_file(_ROOT / "samples" / "cambodia-china.json", path).close()
        backup.take_backup(path)  # the oldest: without the marker meeting
        from briefing.store import Workspace

        with Workspace.open(path) as ws:
            meeting = Meeting(dt.date(2024, 11, 1), city="Phnom Penh", title=MARKER)
            meeting.items.append(Item("trade", "Both", ItemKind.AGREEMENT, f"{MARKER} item"))
            ws.meetings.save(meeting)
            counts = _counts_of(ws)
        backup.take_backup(path)
        if kind == "encrypted":
            encryption.encrypt_workspace(path, OLD)
        made[kind] = (folder, counts)
    return made


def _counts_of(ws) -> dict[str, int]:  # noqa: ANN001
    c = ws.counts()
    return {k: c[k] for k in ("meetings", "items", "people", "commitments", "books")}


# ---------------------------------------------------------------------- one run


def run_once(
    operation: str, template: Path, counts: dict[str, int], run_dir: Path, delay: float | None
) -> Outcome:
    """Copy the template to ``run_dir``, run ``operation``, kill it after ``delay`` seconds
    (None: let it finish), and check what is left."""
    shutil.rmtree(run_dir, ignore_errors=True)
    shutil.copytree(template, run_dir, symlinks=True)
    path = run_dir / "ws" / "kh-cn.briefing"
    tmpdir = run_dir / "tmp"
    tmpdir.mkdir()
    # backups are kept in a folder named after the workspace's path: follow the copy
    from briefing.safety import backup

    os.environ["BRIEFING_DATA_DIR"] = str(run_dir / "data")
    (copied,) = (run_dir / "data" / "backups").iterdir()
    copied.rename(backup.backup_folder(path))
    env = {**os.environ, "BRIEFING_DATA_DIR": str(run_dir / "data"), "TMPDIR": str(tmpdir)}
    env["PYTHONPATH"] = os.pathsep.join([str(_ROOT), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", operation, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "go":
        proc.wait()
        return Outcome(operation, 0, False, "", f"child did not start: {proc.stderr.read()}")
    went = time.perf_counter()
    if delay is not None:
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    seconds = time.perf_counter() - went
    finished = "done" in out
    if delay is None and not finished:
        return Outcome(operation, 0, False, "", f"child failed: {err.strip()[-500:]}")
    try:
        state = _check(operation, path, counts, run_dir, tmpdir)
    except AssertionError as exc:
        return Outcome(operation, delay or 0, finished, "", str(exc))
    return Outcome(operation, delay or 0, finished, state, seconds=seconds)


def _check(operation: str, path: Path, counts: dict[str, int], run_dir: Path, tmp: Path) -> str:
    from briefing.safety import encryption
    from briefing.store import PassphraseRequired, Workspace, WrongPassphrase

    opened, used = None, ""
    for key in (None, OLD, NEW):
        try:
            opened = Workspace.open(path, passphrase=key)
            used = "plain" if key is None else key
            break
        except (PassphraseRequired, WrongPassphrase):
            continue
    assert opened is not None, f"{operation}: opens with no passphrase"
    with opened as ws:
        got = _counts_of(ws)
        marker = [m for m in ws.meetings.summaries() if m.title == MARKER]
        raw = ws._db.conn  # the integrity of the file itself, as SQLite sees it
        integrity = raw.execute("PRAGMA integrity_check").fetchone()[0]
    assert integrity == "ok", f"{operation}: integrity_check says {integrity}"
    if operation.startswith("restore"):
        older = {**counts, "meetings": counts["meetings"] - 1, "items": counts["items"] - 1}
        assert got in (counts, older), f"{operation}: holds {got}, neither {counts} nor {older}"
        state = "old content" if got == counts else "restored backup"
        assert bool(marker) == (got == counts), f"{operation}: marker and counts disagree"
    else:
        assert got == counts, f"{operation}: holds {got}, expected {counts}"
        assert marker, f"{operation}: the marker meeting is gone"
        state = used
        allowed = {
            "encrypt": ("plain", NEW),
            "decrypt": ("plain", OLD),
            "passwd": (OLD, NEW),
        }[operation]
        assert used in allowed, f"{operation}: opened with {used!r}"
    leftovers = [p.name for p in path.parent.iterdir() if ".convert-" in p.name]
    leftovers += [p.name for p in path.parent.iterdir() if ".restore-" in p.name]
    assert not leftovers, f"{operation}: temporary copies left after the next open: {leftovers}"
    if operation == "encrypt":
        if not encryption.is_encrypted(path):  # the user runs encrypt again
            encryption.encrypt_workspace(path, NEW)
        with Workspace.open(path, passphrase=NEW) as ws:  # as `open_workspace` does
            encryption.encrypt_plain_backups(ws.path, NEW)
        plain = _files_with(MARKER.encode(), [run_dir / "ws", run_dir / "data", tmp])
        assert not plain, f"encrypt: the marker is readable in {plain}"
    return state


def _files_with(needle: bytes, folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for p in folder.rglob("*"):
            if p.is_file() and needle in p.read_bytes():
                found.append(str(p))
    return found


# ---------------------------------------------------------------------- the campaign


def campaign(kills: int, seed: int, root: Path, jobs: int = 2) -> list[Outcome]:
    """``kills`` runs spread evenly over the operations, each killed at a random moment."""
    templates = make_templates(root / "templates")
    rng = random.Random(seed)
    with ProcessPoolExecutor(jobs) as pool:
        # each operation's duration as the runs will see it: un-killed, as many at once
        measured = [(n, op, None) for op in OPERATIONS for n in range(jobs)]
        durations: dict[str, float] = {}
        for entry, outcome in zip(
            measured, pool.map(partial(_planned, templates, root, jobs), measured), strict=True
        ):
            if outcome.problem:
                raise RuntimeError(outcome.problem)
            durations[entry[1]] = max(durations.get(entry[1], 0.0), outcome.seconds)
        DURATIONS.update(durations)
        plan = [
            (
                n,
                OPERATIONS[n % len(OPERATIONS)],
                rng.uniform(0, durations[OPERATIONS[n % len(OPERATIONS)]]),
            )
            for n in range(kills)
        ]
        # worker processes: each sets its own BRIEFING_DATA_DIR and has its own run folder
        return list(pool.map(partial(_planned, templates, root, jobs), plan))


def _planned(templates, root: Path, jobs: int, entry: tuple[int, str, float | None]) -> Outcome:  # noqa: ANN001
    n, operation, delay = entry
    template, counts = templates[_template_of(operation)]
    return run_once(operation, template, counts, root / f"run-{n % jobs}-{os.getpid()}", delay)


def _template_of(operation: str) -> str:
    return "plain" if operation in ("encrypt", "restore-plain") else "encrypted"


def summary(outcomes: list[Outcome]) -> str:
    states = Counter((o.operation, o.finished, o.state) for o in outcomes if not o.problem)
    lines = [f"{len(outcomes)} kills, {sum(bool(o.problem) for o in outcomes)} problems"]
    for (operation, finished, state), n in sorted(states.items()):
        lines.append(f"  {operation:18} {'finished' if finished else 'killed  '} -> {state}: {n}")
    for o in outcomes:
        if o.problem:
            lines.append(f"  PROBLEM after {o.delay:.3f} s: {o.problem}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("OPERATION", "WORKSPACE"))
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--folder", default="", help="work folder (default: a temporary one)")
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    import tempfile

    root = Path(args.folder or tempfile.mkdtemp(prefix="kill-campaign-"))
    started = time.perf_counter()
    outcomes = campaign(args.kills, args.seed, root, args.jobs)
    print(summary(outcomes))
    print("durations: " + ", ".join(f"{k} {v:.2f} s" for k, v in DURATIONS.items()))
    print(f"in {time.perf_counter() - started:.0f} s")
    shutil.rmtree(root, ignore_errors=True)
    return 1 if any(o.problem for o in outcomes) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(_ROOT))
    sqlite3.enable_callback_tracebacks(True)
    sys.exit(main())
