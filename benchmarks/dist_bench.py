"""The frozen Linux build against the source run, measured in the same run (``make dist-test``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/dist_bench.py [--runs 7]

Prints ``name=value`` lines:
- ``dist_mb``: the one folder (dist/briefing-book), ``archive_mb``: the release .tar.gz;
- ``frozen_startup_s`` / ``source_startup_s``: the app started on the sample workspace until it
  has shown its window and quit (``--quit-after 0``), whole process, median of ``--runs``,
  alternating the two so a busy machine slows both alike; ``startup_ratio`` frozen/source;
- ``frozen_export_s`` / ``source_export_s``: ``briefing export`` of the sample book to PDF;
- ``frozen_layout_s``: the frozen layout process started and the sample book laid out.
Each run has a fresh home folder (settings, data, caches), as on a first start.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "briefing-book"
VENV = ROOT / ".venv" / "bin"


def folder_mb(folder: Path) -> float:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink())
    return total / 1e6


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def timed(command: list[str], home: Path, **kwargs) -> float:  # noqa: ANN003
    start = time.perf_counter()
    done = subprocess.run(
        command, env=env_for(home), capture_output=True, timeout=300, check=False, **kwargs
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {done.stderr.decode()[-2000:]}")
    return took


def layout_once(sample: Path, home: Path) -> float:
    from ui.preview.render_process import LAYOUT_FLAG, receive

    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(DIST / "briefing-book"), LAYOUT_FLAG],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env_for(home),
    )
    for message in ({"open": str(sample), "passphrase": None}, {"render": 1, "serial": 1}):
        proc.stdin.write(json.dumps(message).encode() + b"\n")
    proc.stdin.flush()
    while True:
        answer = receive(proc.stdout)
        if answer is None:
            raise SystemExit("the frozen layout process ended without an answer")
        if answer[0].get("serial") == 1 and ("size" in answer[0] or "error" in answer[0]):
            break
    took = time.perf_counter() - start
    proc.stdin.close()
    proc.wait(30)
    if "error" in answer[0]:
        raise SystemExit(f"the frozen layout process failed: {answer[0]['error']}")
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    if not (DIST / "briefing-book").exists():
        raise SystemExit(f"{DIST} is missing: run `make dist` first")
    work = Path(tempfile.mkdtemp(prefix="dist-bench-"))
    sample = work / "cambodia-china.briefing"
    subprocess.run(
        [
            str(VENV / "briefing"),
            "load",
            str(ROOT / "samples" / "cambodia-china.json"),
            str(sample),
        ],
        check=True,
        capture_output=True,
    )
    archives = sorted((ROOT / "dist").glob("briefing-book-*-linux-*.tar.gz"))
    print(f"dist_mb={folder_mb(DIST):.0f}")
    if archives:
        print(f"archive_mb={archives[-1].stat().st_size / 1e6:.0f}")

    apps = {"frozen": [str(DIST / "briefing-book")], "source": [str(VENV / "briefing-book")]}
    clis = {"frozen": [str(DIST / "briefing")], "source": [str(VENV / "briefing")]}
    startup: dict[str, list[float]] = {"frozen": [], "source": []}
    export: dict[str, list[float]] = {"frozen": [], "source": []}
    for n in range(args.runs):
        for kind in ("frozen", "source"):
            home = work / f"home-{kind}-{n}"
            startup[kind].append(timed([*apps[kind], str(sample), "--quit-after", "0"], home))
            pdf = work / f"{kind}-{n}.pdf"
            command = [*clis[kind], "export", str(sample), "--book", "1", "--pdf", str(pdf)]
            export[kind].append(timed(command, home))
    for kind in ("frozen", "source"):
        print(f"{kind}_startup_s={statistics.median(startup[kind]):.2f}")
    ratio = statistics.median(startup["frozen"]) / statistics.median(startup["source"])
    print(f"startup_ratio={ratio:.2f}")
    for kind in ("frozen", "source"):
        print(f"{kind}_export_s={statistics.median(export[kind]):.2f}")
    layouts = [
        layout_once(sample, work / f"home-layout-{n}") for n in range(max(3, args.runs // 2))
    ]
    print(f"frozen_layout_s={statistics.median(layouts):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
