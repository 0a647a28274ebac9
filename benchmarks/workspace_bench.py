"""Workspace file at scale: open, count and search a 5,000-meeting workspace.

Prints ``name=value`` lines. Targets (issue 2, 2-core machine): open_s <= 0.5,
search_ms <= 20, rss_mb <= 150. ``python_start_s`` is the reference measured in the same
run: a bare interpreter start, so ``open_s - python_start_s`` is what the workspace costs.

    python benchmarks/workspace_bench.py [--meetings 5000] [--keep PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing.model import (
    Commitment,
    CommitmentStatus,
    Item,
    ItemKind,
    Meeting,
    MeetingKind,
    Name,
    Participant,
    Person,
    Settings,
    SourceDocument,
)
from briefing.store import Workspace

# Domain words, each drawn with a Zipf-like weight among a few thousand filler words, so
# that a query matches a realistic share of items rather than a quarter of them.
DOMAIN = (
    "cooperation trade investment rice corridor solar hydropower tourism scams border "
    "infrastructure railway port expressway fisheries rubber cassava banana vocational training "
    "scholarship hospital vaccine demining exercise consultation customs quarantine standards "
    "digital economy payment connectivity friendship exchange youth culture heritage museum "
    "Mekong water resources climate forestry renewable grid loan grant aid education health"
).split()
QUERIES = [
    "rice",
    "corridor solar",
    "scams",
    "hydropower",
    "tourism youth",
    "railway",
    "Mekong water",
    "vaccine",
    "demining",
    "customs quarantine",
    "scholarship",
    "digital payment",
    "cassava",
    "grant",
    "heritage museum",
    "border",
    "port",
    "climate",
    "loan",
    "exercise",
]


def vocabulary(rng: random.Random, size: int = 4000) -> tuple[list[str], list[float]]:
    letters = "abcdefghijklmnoprstuvwy"
    filler = {"".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(size)}
    words = list(filler)
    rng.shuffle(words)
    for i, word in enumerate(DOMAIN):  # domain words sit in the middle of the distribution
        words.insert(20 + i * 7, word)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


def sentence(rng: random.Random, vocab: tuple[list[str], list[float]], n: int = 18) -> str:
    return " ".join(rng.choices(vocab[0], vocab[1], k=n)).capitalize() + "."


def generate(path: Path, meetings: int, items_per: int, commitments: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    areas = [a.key for a in Settings().areas]
    ws = Workspace.create(path, Settings(countries=["Cambodia", "China"]))
    with ws.transaction():
        people = [
            ws.people.save(
                Person(
                    [Name(f"PERSON {i}"), Name(f"人物{i}", "Hans")],
                    side=rng.choice(["Cambodia", "China"]),
                    biography=sentence(rng, vocab, 40),
                )
            )
            for i in range(200)
        ]
        pledges = []
        for m in range(meetings):
            day = dt.date(2000, 1, 1) + dt.timedelta(days=m * 2)
            meeting = Meeting(
                day,
                kind=rng.choice(list(MeetingKind)),
                city=f"City {m % 50}",
                country="Lao PDR",
                occasion=sentence(rng, vocab, 8),
                participants=[Participant(p) for p in rng.sample(people, 2)],
                sources=[
                    SourceDocument(f"Press release {m}", "MFA", day, sentence(rng, vocab, 120))
                ],
                items=[
                    Item(
                        rng.choice(areas),
                        rng.choice(["Cambodia", "China", "Both"]),
                        rng.choice(list(ItemKind)),
                        sentence(rng, vocab),
                    )
                    for _ in range(items_per)
                ],
            )
            ws.meetings.save(meeting)
            pledges += [i for i in meeting.items if i.can_commit]
        for item in rng.sample(pledges, min(commitments, len(pledges))):
            c = Commitment.from_item(item)
            c.status = rng.choice(list(CommitmentStatus))
            ws.commitments.save(c)
    ws.close()


_OPEN = r"""
import json, sys
from briefing.store import Workspace
ws = Workspace.open(sys.argv[1])
print(json.dumps(ws.counts()))
ws.close()
"""

_SEARCH = r"""
import json, resource, sys, time
from briefing.store import Workspace
ws = Workspace.open(sys.argv[1])
times, hits = [], []
for query in json.loads(sys.argv[2]):
    s = time.perf_counter()
    hits.append(len(ws.search.query(query, limit=50)))
    times.append((time.perf_counter() - s) * 1000)
ws.close()
print(json.dumps({"search": times, "hits": hits,
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def timed(argv: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - start, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=5000)
    ap.add_argument("--items", type=int, default=10, help="items per meeting")
    ap.add_argument("--keep", type=Path, help="generate here (reused if present)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    path = args.keep or folder / "large.briefing"
    if not path.exists():
        start = time.perf_counter()
        generate(path, args.meetings, args.items, args.meetings)
        print(f"generate_s={time.perf_counter() - start:.1f}")
    print(f"file_mb={path.stat().st_size / 1e6:.1f}")

    python_runs = [timed([sys.executable, "-c", "pass"])[0] for _ in range(args.runs)]
    opens = [timed([sys.executable, "-c", _OPEN, str(path)]) for _ in range(args.runs)]
    counts = json.loads(opens[0][1])
    assert counts["meetings"] == args.meetings, counts
    searches = [
        json.loads(timed([sys.executable, "-c", _SEARCH, str(path), json.dumps(QUERIES)])[1])
        for _ in range(args.runs)
    ]
    times = [t for r in searches for t in r["search"]]
    open_s = statistics.median(w for w, _ in opens)
    python_s = statistics.median(python_runs)
    print(f"meetings={counts['meetings']}")
    print(f"items={counts['items']}")
    print(f"commitments={counts['commitments']}")
    print(f"python_start_s={python_s:.3f}")
    print(f"open_s={open_s:.3f}")
    print(f"open_ratio_over_python_start={open_s / python_s:.1f}")
    print(f"search_ms={statistics.median(times):.2f}")
    print(f"search_max_ms={max(times):.2f}")
    print(f"search_hits_median={statistics.median(searches[0]['hits'])}")
    print(f"rss_mb={max(r['rss_kb'] for r in searches) / 1024:.1f}")


if __name__ == "__main__":
    main()
