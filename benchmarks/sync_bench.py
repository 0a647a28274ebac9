"""Sync benchmark on a throwaway local PostgreSQL cluster (the tests' one: initdb in a
temporary folder, a free port on 127.0.0.1, stopped and deleted at the end).

The scenario: a library (one relationship) of ``--meetings`` meetings (4 items each, so 5
records a meeting), filled by a desk officer's laptop; ``--users`` members. Then:

- ``initial_sync_s``: an empty replica of another officer receives the whole relationship
  (connect, pull, store, index); target <= 30 s for 5,000 meetings
- ``daily_sync_s``: after a day offline, the embassy's replica has changed ``--changes`` / 2
  records and the desk ``--changes`` / 2 others (``--conflicts`` of them the same field of the
  same meeting); one sync of the embassy's replica: pull and merge the desk's, push its own;
  target <= 2 s for 200 changes
- ``conflicts_detected`` against ``conflicts_planted``

Prints ``name=value`` lines. Setting up (filling the library) is not timed.
Usage: ``python benchmarks/sync_bench.py [--meetings N] [--changes N] [--conflicts N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from briefing.edits import FieldEdit
from briefing.model import Item, ItemKind, Meeting, RecordKind, Settings
from briefing.store import Workspace
from briefing.sync import engine
from briefing.sync.library import Admin, Library

HERE = Path(__file__).resolve().parent
# the throwaway cluster of the tests (after briefing is imported: tests/briefing would shadow it)
sys.path.append(str(HERE.parent / "tests"))

from sync_library import Cluster  # noqa: E402


def _fill(ws: Workspace, meetings: int) -> None:
    with ws.transaction():
        for n in range(meetings):
            ws.meetings.save(
                Meeting(
                    dt.date(2000, 1, 1) + dt.timedelta(days=n),
                    city=f"City {n % 97}",
                    title=f"Meeting {n}",
                    summary=f"The ministers met for the {n}th time. " * 8,
                    items=[
                        Item(area, "China", ItemKind.PLEDGE, f"Pledge {n}.{k}: " + "words " * 30)
                        for k, area in enumerate(("trade", "energy", "law", "political"))
                    ],
                )
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--meetings", type=int, default=5000)
    ap.add_argument("--changes", type=int, default=200)
    ap.add_argument("--conflicts", type=int, default=10)
    ap.add_argument("--users", type=int, default=50)
    args = ap.parse_args()
    cluster = Cluster()
    try:
        return _run(cluster, args)
    finally:
        cluster.close()


def _run(cluster: Cluster, args: argparse.Namespace) -> int:
    import psycopg

    with psycopg.connect(cluster.admin_url(), autocommit=True) as conn:
        conn.execute('CREATE DATABASE "bench"')
    admin_url = cluster.admin_url("bench")
    with Admin(admin_url) as admin:
        admin.init()
        for n in range(args.users):
            admin.add_user(f"officer_{n}", "desk" if n < 10 else "contributor",
                           password=f"pw{n}")  # fmt: skip

    def lib(n: int) -> Library:
        return Library(cluster.url(f"officer_{n}", "bench"), password=f"pw{n}")

    tmp = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    desk = Workspace.create(tmp / "desk.briefing", Settings(countries=["Cambodia", "China"]))
    engine.connect(desk, cluster.url("officer_0", "bench"))
    _fill(desk, args.meetings)
    t = time.perf_counter()
    with lib(0) as library:
        filled = engine.sync(desk, library)
    print(f"fill_push_s={time.perf_counter() - t:.2f}  # not a target: {filled.pushed} records")

    embassy = Workspace.create(tmp / "embassy.briefing", Settings())
    t = time.perf_counter()
    engine.connect(embassy, cluster.url("officer_1", "bench"))
    with lib(1) as library:
        got = engine.sync(embassy, library)
    initial = time.perf_counter() - t
    assert len(embassy.meetings.ids()) == args.meetings and got.conflicts == 0
    print(f"initial_sync_s={initial:.2f}  # target <= 30; {got.pulled} records received")

    # a day offline: each side changes half of the changes, `conflicts` of them the same field
    half = args.changes // 2
    desk_ids, emb_ids = desk.meetings.ids(), embassy.meetings.ids()
    by_uid = {desk.replica._uid_of("meeting", i): i for i in desk_ids}
    emb_by_uid = {embassy.replica._uid_of("meeting", i): i for i in emb_ids}
    uids = sorted(by_uid)
    for k, uid in enumerate(uids[:half]):  # the desk: cities of its first half
        FieldEdit(RecordKind.MEETING, by_uid[uid], "city", "", f"Desk city {k}").apply(desk)
    planted = args.conflicts
    # the embassy: the first `planted` of the desk's (clashes), and others as many
    for k, uid in enumerate([*uids[:planted], *uids[half : half + half - planted]]):
        FieldEdit(RecordKind.MEETING, emb_by_uid[uid], "city", "", f"Embassy city {k}").apply(
            embassy
        )
    with lib(0) as library:
        engine.sync(desk, library)
    t = time.perf_counter()
    with lib(1) as library:
        daily = engine.sync(embassy, library)
    daily_s = time.perf_counter() - t
    print(
        f"daily_sync_s={daily_s:.2f}  # target <= 2; {daily.pulled} received, {daily.pushed} sent"
    )
    print(f"conflicts_detected={daily.conflicts}")
    print(f"conflicts_planted={planted}")
    desk.close()
    embassy.close()
    return 0 if daily.conflicts == planted else 1


if __name__ == "__main__":
    sys.exit(main())
