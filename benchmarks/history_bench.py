"""A book from years of records: the same book over 100 meetings and over 10,000.

Generates (deterministically, see ``history_workspace.py``) the workspace of one relationship's
100 newest meetings and the one of its 10,000 newest (100,000 items, about 3,300 commitments):
the same present, a hundred times the past. Exports the same 40-brief book from each with its
default scope, through the command line, one whole process each time (median of ``--runs``),
and prints ``name=value`` lines:

- ``pages_small``, ``pages_large``: the book's pages over each
- ``pdf_s_small``, ``pdf_s_large``: ``briefing export --pdf`` wall time, process start to end
  (the kinds of export interleaved, so that a moment of load slows all alike)
- ``ratio_large_over_small``: target <= 1.2
- ``rss_mb_small``, ``rss_mb_large``: peak resident memory of the export process
- ``s_per_page_small``, ``s_per_page_large``: what a page costs over each
- ``parts_large``: the book's longest parts over the large workspace (title: pages), and
  ``commitments_shown_*``, ``sources_shown_*``: what the scope selected
- ``*_same_content``: the same book with the rule "commitments made within the period", which
  selects the same records from both workspaces (the period is within the small one's
  history): what the history alone costs, the book's content being equal

The default scope shows every commitment still open, however old, and the source documents
of the meetings where they were made: a longer past leaves more of them open, so the book
over 10,000 meetings is longer than over 100 (``parts_large`` says where); ``s_per_page_*``
and ``ratio_same_content`` show the cost of a page is not that of the history.

    python benchmarks/history_bench.py [--runs 5] [--keep DIR]
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))  # this checkout's briefing/

from history_workspace import generate  # noqa: E402

#: the export, as a user runs it, with its peak memory printed at the end
_CHILD = r"""
import json, resource, sys
from briefing.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def export(path: Path, book: int, out: Path) -> tuple[float, dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout, whatever is installed
    argv = [sys.executable, "-c", _CHILD, "export", str(path), "--book", str(book)]
    start = time.perf_counter()
    done = subprocess.run(
        [*argv, "--pdf", str(out)], capture_output=True, text=True, env=env, check=True
    )
    seconds = time.perf_counter() - start
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["pages"] = int(done.stdout.split(" pages, ")[0].rsplit(" ", 1)[-1])
    return seconds, report


def parts(pdf: Path) -> list[tuple[str, int]]:
    """(title, pages) of the book's top-level parts, from its bookmarks, longest first."""
    import pikepdf

    with pikepdf.open(pdf) as p:
        index = {page.objgen: n for n, page in enumerate(p.pages)}
        total = len(p.pages)
        with p.open_outline() as outline:
            tops = [(i.title, index[i.destination[0].objgen]) for i in outline.root]
    out = []
    for n, (title, first) in enumerate(tops):
        end = tops[n + 1][1] if n + 1 < len(tops) else total
        out.append((title, end - first))
    return sorted(out, key=lambda p: -p[1])


def selected(path: Path, book: int) -> tuple[int, int]:
    """(commitments, meetings with source documents) the book's scope selects."""
    import datetime as dt

    from briefing.compose.scope import select
    from briefing.store import Workspace

    with Workspace.open(path, readonly=True) as ws:
        sel = select(ws, ws.books.get(book), dt.date.today())
        return len(sel.commitments), len(ws.meetings.sources_of(sel.source_meetings))


def with_rule(path: Path, book: int) -> Path:
    """A copy of the workspace whose book lists the commitments made within its period."""
    import shutil

    from briefing.model import CommitmentRule
    from briefing.store import Workspace

    copy = path.with_name(path.stem + "-made-in-period.briefing")
    if not copy.exists():
        shutil.copyfile(path, copy)
        with Workspace.open(copy) as ws:
            book = ws.books.get(3)
            book.scope.commitments = CommitmentRule.MADE_IN_PERIOD
            ws.books.save_fields(3, {"scope": book.scope})
    return copy


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="generate the workspaces here (reused if there)")
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--large", type=int, default=10_000)
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bb-history-"))
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {}
    book = 3  # the two earlier visits' books come first
    paths: dict[str, Path] = {}
    for name, meetings in (("small", args.small), ("large", args.large)):
        path = folder / f"history-{meetings}.briefing"
        if not path.exists():
            start = time.perf_counter()
            generate(path, meetings)
            print(f"# generated {meetings} meetings in {time.perf_counter() - start:.0f} s")
        paths[name] = path
        paths[f"{name}_same"] = with_rule(path, book)
    out = {name: folder / f"book-{name}.pdf" for name in paths}
    for name, path in paths.items():
        export(path, book, out[name])  # warm-up: the disk cache, as for every later export
    # interleaved, so that a machine busy for a moment slows every kind alike
    runs: dict[str, list[tuple[float, dict]]] = {name: [] for name in paths}
    for _ in range(args.runs):
        for name, path in paths.items():
            runs[name].append(export(path, book, out[name]))
    median = {name: statistics.median(t for t, _ in found) for name, found in runs.items()}
    for name in ("small", "large"):
        pages = runs[name][0][1]["pages"]
        results[f"pages_{name}"] = pages
        results[f"pdf_s_{name}"] = f"{median[name]:.2f}"
        results[f"rss_mb_{name}"] = f"{max(r['rss_kb'] for _, r in runs[name]) / 1024:.0f}"
        results[f"s_per_page_{name}"] = f"{median[name] / pages:.4f}"
        shown, sources = selected(paths[name], book)
        results[f"commitments_shown_{name}"] = shown
        results[f"sources_shown_{name}"] = sources
        results[f"pages_{name}_same_content"] = runs[f"{name}_same"][0][1]["pages"]
        results[f"pdf_s_{name}_same_content"] = f"{median[f'{name}_same']:.2f}"
    longest = parts(out["large"])[:6]
    results["parts_large"] = "; ".join(f"{t}: {n}" for t, n in longest)
    results["ratio_large_over_small"] = f"{median['large'] / median['small']:.2f}"
    results["ratio_same_content"] = f"{median['large_same'] / median['small_same']:.2f}"
    order = [
        "pages_small",
        "pages_large",
        "pdf_s_small",
        "pdf_s_large",
        "ratio_large_over_small",
        "rss_mb_large",
    ]
    for name in [*order, *(k for k in results if k not in order)]:
        print(f"{name}={results[name]}")


if __name__ == "__main__":
    main()
