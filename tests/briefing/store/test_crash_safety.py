"""Power cuts and crashes: a writer killed at random moments never loses a reported save.

``test_killed_at_random_moments`` runs ``crash_driver.py`` (the editor's autosave path, see
there) and SIGKILLs it at seeded random moments, 60 times: a few during start-up and opening,
most of them up to half a second after its first reported save (so the kills land among the
saves, closes, reopens and backups however fast the machine is). After each kill the
workspace must open, pass ``PRAGMA integrity_check`` (and FTS5's own check), hold every edit
the driver had reported saved, whole, and every backup in the folder must be intact.

SIGKILL proves what survives a *process* death: the operating system still writes out what
SQLite handed it. A power cut also loses what was only in the page cache, so
``test_every_reported_save_was_synced_first`` watches the driver's system calls (strace) and
checks that every byte written to the WAL was fsync'ed before the save was reported, which is
what ``synchronous=FULL`` promises and ``NORMAL`` does not (the negative control shows the
check would notice).

``BRIEFING_CRASH_KILLS`` and ``BRIEFING_CRASH_SEED`` run more kills or another sequence.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from crash_driver import kind_of, meeting_for, targets, text_for

from briefing.model import Book, Name, Person, Section
from briefing.safety import backup
from briefing.store import Workspace

DRIVER = Path(__file__).with_name("crash_driver.py")
KILLS = int(os.environ.get("BRIEFING_CRASH_KILLS", "60"))
SEED = int(os.environ.get("BRIEFING_CRASH_SEED", "20241010"))
EARLY = 0.15  # the share of kills timed from the start, not from the first save
RUN_IDS = 1_000_000  # edit ids of run r are r * RUN_IDS + n


def _make(path: Path, settings) -> None:  # noqa: ANN001
    with Workspace.create(path, settings) as ws:
        for name in ("HUN Manet", "LI Qiang", "WANG Yi"):
            ws.people.save(Person([Name(name)]))
        ws.books.save(
            Book("Crash book", sections=[Section(f"Section {i}", area="trade") for i in range(4)])
        )


class Reported:
    """What the driver said it had saved, over all runs."""

    def __init__(self) -> None:
        self.latest: dict[tuple[str, int], int] = {}  # (kind, target index) -> newest edit id
        self.meetings: set[int] = set()
        self.checked: set[str] = set()  # meetings found whole
        self.count = 0

    def add(self, line: str, n_sections: int, n_people: int) -> None:
        kind, raw = line.split()
        edit_id = int(raw)
        assert kind == kind_of(edit_id)
        self.count += 1
        if kind == "meeting":
            self.meetings.add(edit_id)
        else:
            slot = edit_id % (n_sections if kind == "section" else n_people)
            self.latest[(kind, slot)] = max(edit_id, self.latest.get((kind, slot), 0))


def _edit_in(text: str) -> int | None:
    match = re.match(r"edit (\d+)\n", text)
    return int(match.group(1)) if match else None


def _verify(path: Path, reported: Reported, *, writer: bool) -> None:
    with Workspace.open(path, readonly=not writer) as ws:
        conn = ws._db.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if writer:
            conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
        book_id, sections, people = targets(ws)
        texts = {("section", i): s.background for i, s in enumerate(ws.books.get(book_id).sections)}
        assert [s.id for s in ws.books.get(book_id).sections] == sections
        for i, pid in enumerate(people):
            texts[("biography", i)] = ws.people.get(pid).biography
        for slot, text in texts.items():
            held = _edit_in(text)
            if held is None:
                assert text == "" and slot not in reported.latest, f"{slot}: lost or torn"
                continue
            assert text == text_for(held), f"{slot}: edit {held} is not whole"
            assert held >= reported.latest.get(slot, 0), (
                f"{slot}: holds edit {held}, but edit {reported.latest[slot]} was reported saved"
            )
        cities = {m.city for m in ws.meetings.summaries()}
        missing = {m for m in reported.meetings if f"M{m}" not in cities}
        assert not missing, f"meetings reported saved but missing: {sorted(missing)[:5]}"
        for summary in ws.meetings.summaries():
            if summary.city in reported.checked:
                continue  # whole when last looked at, and no edit changes it again
            meeting = ws.meetings.get(summary.id)
            expected = meeting_for(int(meeting.city[1:]))
            assert [i.text for i in meeting.items] == [i.text for i in expected.items]
            reported.checked.add(summary.city)
    for b in backup.list_backups(path):
        conn = sqlite3.connect(f"{b.path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", b.path
        finally:
            conn.close()


@pytest.mark.slow
def test_killed_at_random_moments(tmp_path, settings):
    path = tmp_path / "crash.briefing"
    _make(path, settings)
    with Workspace.open(path, readonly=True) as ws:
        _, sections, people = targets(ws)
    rng = random.Random(SEED)
    reported = Reported()
    per_run: list[int] = []
    started = time.monotonic()
    for run in range(1, KILLS + 1):
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(path), str(run * RUN_IDS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = ""
        if rng.random() < EARLY:  # during start-up, opening, the first saves
            time.sleep(rng.uniform(0.0, 0.3))
        else:  # among the edits, however fast this machine saves
            first = proc.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.5))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, f"the driver stopped by itself:\n{err}"
        lines = (first + out).split("\n")[:-1]  # the last piece is unfinished
        for line in lines:
            reported.add(line, len(sections), len(people))
        per_run.append(len(lines))
        _verify(path, reported, writer=run % 2 == 0)  # read-only looks leave the WAL as is
    elapsed = time.monotonic() - started

    # The kills hit the work, not only start-up: most runs had reported saves.
    assert sum(1 for n in per_run if n > 0) >= KILLS * (1 - EARLY) * 0.6, per_run
    assert reported.meetings and len(reported.latest) == len(sections) + len(people)
    print(
        f"\n{KILLS} kills in {elapsed:.1f} s; {reported.count} edits reported saved, all found; "
        f"edits per run: min {min(per_run)}, median {sorted(per_run)[len(per_run) // 2]}, "
        f"max {max(per_run)}; runs killed before the first save: {per_run.count(0)}; "
        f"backups intact: {len(backup.list_backups(path))}"
    )


# ---------------------------------------------------------------------- power loss (strace)

_SYSCALL = re.compile(
    r"^(?:\[pid\s+)?(\d+)\]?\s+(\w+)\((\d+)<([^>]*)>(?:, \"((?:[^\"\\]|\\.)*)\")?"
)


def _strace_usable() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-o", os.devnull, "true"], capture_output=True, check=False
    )
    return probe.returncode == 0


def _unsynced_reports(log: str, workspace: Path) -> tuple[int, int]:
    """(reports, reports made while some WAL write was not yet fsync'ed)."""
    wal = f"{workspace.resolve()}-wal"
    dirty: set[int] = set()  # fds of the WAL with writes not yet synced
    reports = unsynced = 0
    for line in log.splitlines():
        match = _SYSCALL.match(line)
        if not match:
            continue
        _pid, call, fd, target, data = match.groups()
        fd_n = int(fd)
        if target == wal and call in ("write", "pwrite64", "writev", "pwritev"):
            dirty.add(fd_n)
        elif target == wal and call in ("fsync", "fdatasync"):
            dirty.discard(fd_n)
        elif fd_n == 1 and call == "write" and data and re.match(r"[a-z]+ \d+", data):
            reports += 1
            unsynced += bool(dirty)
    return reports, unsynced


def _traced_run(path: Path, synchronous: str = "") -> str:
    trace = path.with_suffix(".strace")
    command = [
        "strace", "-f", "-y", "-s", "40", "-o", str(trace),
        "-e", "trace=write,pwrite64,writev,pwritev,fsync,fdatasync",
        sys.executable, str(DRIVER), str(path), "1", "--count", "30",
    ]  # fmt: skip
    if synchronous:
        command += ["--synchronous", synchronous]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return trace.read_text(errors="replace")


@pytest.mark.slow
@pytest.mark.skipif(not _strace_usable(), reason="needs strace (and ptrace allowed)")
def test_every_reported_save_was_synced_first(tmp_path, settings):
    path = tmp_path / "synced.briefing"
    _make(path, settings)
    reports, unsynced = _unsynced_reports(_traced_run(path), path)
    assert reports == 30
    assert unsynced == 0, f"{unsynced} of {reports} saves were reported before the WAL was synced"

    # Negative control: with synchronous=NORMAL the same check finds unsynced reports.
    other = tmp_path / "normal.briefing"
    _make(other, settings)
    reports, unsynced = _unsynced_reports(_traced_run(other, "NORMAL"), other)
    assert reports == 30 and unsynced > 0


def test_the_workspace_connection_is_wal_and_full_sync(ws):
    assert ws._db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ws._db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
