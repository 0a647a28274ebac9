"""Killed mid-sync: the library's server (immediate shutdown, as on a power cut) and the
laptop (SIGKILL of a `briefing sync`). Neither side ever holds half of a change; the next sync
finishes the work, and both sides then hold the same records."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from briefing.model import Item, ItemKind, Meeting, Settings
from briefing.store import Workspace
from briefing.store.replica import TABLES
from briefing.sync import engine
from briefing.sync.library import LibraryError, Pusher


def _fill(ws: Workspace, meetings: int) -> None:
    with ws.transaction():
        for n in range(meetings):
            ws.meetings.save(
                Meeting(
                    dt.date(2020, 1, 1) + dt.timedelta(days=n),
                    city=f"City {n}",
                    items=[
                        Item("trade", "China", ItemKind.PLEDGE, f"Pledge {n}.{k} " * 20)
                        for k in range(4)
                    ],
                )
            )


def _library_docs(library) -> dict[str, object]:
    return {
        uid: doc
        for uid, doc in library.sql(
            "SELECT uid::text, doc FROM briefing.records WHERE doc IS NOT NULL"
        )
    }


def _replica_docs(ws: Workspace) -> dict[str, object]:
    out = {"00000000-0000-4000-8000-000000000000": ws.replica.doc("settings", "")}
    for kind, table in TABLES.items():
        for (uid,) in ws._db.conn.execute(f"SELECT uid FROM {table}"):
            out[uid] = ws.replica.doc(kind, uid)
    return out


def test_the_server_killed_mid_push_applies_nothing_of_that_push_and_the_retry_finishes(
    library, monkeypatch
):
    user = library.add_user("desk")
    ws = library.replica(user, "desk", Settings(countries=["Cambodia", "China"]))
    _fill(ws, 10)  # 1 settings + 10 meetings + 40 items
    monkeypatch.setattr(engine, "CHUNK", 20)
    real_push = Pusher.push
    calls = {"n": 0}

    def push_then_die(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        calls["n"] += 1
        if calls["n"] == 27:  # inside the second push transaction
            library.cluster.kill()
        return real_push(self, *args, **kwargs)

    monkeypatch.setattr(Pusher, "push", push_then_die)
    with pytest.raises(LibraryError):
        library.sync(ws, user)
    library.cluster.start()
    on_server = library.sql("SELECT count(*) FROM briefing.records")[0][0]
    assert on_server == 20  # the first transaction whole, nothing of the second
    assert library.sql("SELECT count(*) FROM briefing.changes")[0][0] == 20
    assert ws.replica.waiting() == 51 - 20  # the replica knows exactly what went
    monkeypatch.setattr(Pusher, "push", real_push)
    report = library.sync(ws, user)
    assert report.pushed == 31 and report.conflicts == 0 and ws.replica.waiting() == 0
    assert _library_docs(library) == _replica_docs(ws)


def _sync_process(library, path, user: str, password_file) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "sync", str(path), "--password-file",
         str(password_file)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip


def _kill_during(library, path, user, password_file, rng, kills: int) -> int:
    """Run `briefing sync` and SIGKILL it at a random moment, ``kills`` times; returns how many
    runs were killed before they finished."""
    killed = 0
    for _ in range(kills):
        proc = _sync_process(library, path, user, password_file)
        time.sleep(rng.uniform(0.4, 2.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
    return killed


def test_a_laptop_killed_mid_sync_loses_nothing_and_the_next_sync_finishes(library, tmp_path):
    rng = random.Random(18)
    user = library.add_user("desk")
    password_file = tmp_path / "pw"
    password_file.write_text(f"{user}-pw\n")
    desk = library.replica(user, "desk", Settings(countries=["Cambodia", "China"]))
    _fill(desk, 300)  # 1,501 records to send
    desk.close()
    desk_path = tmp_path / "desk.briefing"
    killed = _kill_during(library, desk_path, user, password_file, rng, 4)
    finish = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "sync", str(desk_path), "--password-file",
         str(password_file)], capture_output=True, text=True,
    )  # fmt: skip
    assert finish.returncode == 0, finish.stderr
    with Workspace.open(desk_path) as desk:
        assert desk.replica.waiting() == 0 and desk.replica.conflicts() == []
        assert len(desk.meetings.ids()) == 300
        assert _library_docs(library) == _replica_docs(desk)
    # a second laptop receiving it all, killed while it stores what it receives
    other = library.add_user("desk", name="embassy")
    (tmp_path / "pw2").write_text(f"{other}-pw\n")
    embassy = library.replica(other, "embassy")
    embassy.close()
    embassy_path = tmp_path / "embassy.briefing"
    killed += _kill_during(library, embassy_path, other, tmp_path / "pw2", rng, 4)
    assert killed >= 2  # the kills did land mid-sync
    with Workspace.open(embassy_path) as embassy:
        with library.open(other) as lib:
            report = engine.sync(embassy, lib)
        assert report.conflicts == 0 and embassy.replica.waiting() == 0
        assert len(embassy.meetings.ids()) == 300
        assert _library_docs(library) == _replica_docs(embassy)
        assert len(embassy.search.query("Pledge")) > 0
