"""Killed mid-sync: the library's server (immediate shutdown, as on a power cut) and the
laptop (SIGKILL of a `briefing sync`). Neither side ever holds half of a change; the next sync
finishes the work, and both sides then hold the same records."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
from pathlib import Path

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


CHILD = Path(__file__).with_name("sync_child.py")


def _kill_during(library, path, user: str, phase: str, after: int, kills: int) -> list[int]:
    """Run a laptop's sync in a process of its own and SIGKILL it right after it has stored
    its ``after``-th chunk of ``phase`` (while it works on the next), ``kills`` times at
    most; then once more, to the end. Returns how far each killed run had come."""
    done_at_kill: list[int] = []
    for _ in range(kills + 1):
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), library.url(user), f"{user}-pw", "200"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        seen = 0
        for line in proc.stdout:
            if line.startswith(phase):
                seen += 1
                done, total = map(int, line.split()[1].split("/"))
                if seen == after and done < total and len(done_at_kill) < kills:
                    proc.send_signal(signal.SIGKILL)
                    done_at_kill.append(done)
                    break
        proc.wait()
        if proc.returncode == 0:
            return done_at_kill
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    raise AssertionError("the sync never finished")


def test_a_laptop_killed_mid_sync_loses_nothing_and_the_next_sync_finishes(library, tmp_path):
    user = library.add_user("desk")
    desk = library.replica(user, "desk", Settings(countries=["Cambodia", "China"]))
    _fill(desk, 300)  # 1,501 records to send
    desk.close()
    desk_path = tmp_path / "desk.briefing"
    # killed while sending: after the first chunk of a run, then after the second …
    kills = _kill_during(library, desk_path, user, "sending", after=1, kills=3)
    assert kills == [200, 200, 200]  # three runs killed mid-push, each after 200 more
    on_server = library.sql("SELECT count(*) FROM briefing.records")[0][0]
    assert on_server == 1501 and library.sql("SELECT count(*) FROM briefing.changes")[0][0] == 1501
    with Workspace.open(desk_path) as desk:
        assert desk.replica.waiting() == 0 and desk.replica.conflicts() == []
        assert len(desk.meetings.ids()) == 300
        assert _library_docs(library) == _replica_docs(desk)
    # a second laptop receiving it all, killed while it stores what it receives
    other = library.add_user("desk", name="embassy")
    embassy = library.replica(other, "embassy")
    embassy.close()
    embassy_path = tmp_path / "embassy.briefing"
    kills = _kill_during(library, embassy_path, other, "receiving", after=2, kills=1)
    assert kills == [400]  # killed mid-pull, with two chunks stored
    with Workspace.open(embassy_path) as embassy:
        with library.open(other) as lib:
            report = engine.sync(embassy, lib)
        assert report.conflicts == 0 and report.pulled == 0 and embassy.replica.waiting() == 0
        assert len(embassy.meetings.ids()) == 300
        assert _library_docs(library) == _replica_docs(embassy)
        assert len(embassy.search.query("Pledge")) > 0
