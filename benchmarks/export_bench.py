"""Export at scale: a ~200-page book to PDF and DOCX, whole-process timings.

Prints ``name=value`` lines. Targets (issue 3, 2-core machine): pdf_s <= 1.2,
pdf_rss_mb <= 150, docx_s <= 0.6, ratio_soffice_over_pdf >= 2. The reference tool,
LibreOffice converting the produced DOCX to PDF, runs in the same script when installed.

    python benchmarks/export_bench.py [--runs 3] [--reference REV]

``--reference REV`` also times the PDF of the same book made by another commit (checked out
once as a git worktree in the temporary folder), interleaved run by run with this tree's, and
prints ``ref_pdf_s`` and ``ratio_pdf_over_ref`` (issue 14: at most 1.15 against the branch
point). Each tree imports its own ``briefing`` and its own ``resources``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import importlib.util, json, resource, sys, time
tree = sys.argv[4]
sys.path[:0] = [tree, sys.argv[1]]


class _Resources:  # this tree's resources/, whatever an editable install maps it to
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name == "briefing.resources":
            root = tree + "/resources"
            return importlib.util.spec_from_file_location(
                name, root + "/__init__.py", submodule_search_locations=[root]
            )


sys.meta_path.insert(0, _Resources)
from make_large_doc import large_document
fmt, out = sys.argv[2], sys.argv[3]
doc = large_document()
if fmt == "pdf":
    from briefing.export.pdf import write_pdf
    pages = write_pdf(doc, out).pages
else:
    from briefing.export.docx import write_docx
    write_docx(doc, out)
    pages = 0
print(json.dumps({"pages": pages,
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def run(argv: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - start, out


def _reference_tree(rev: str, folder: Path) -> Path:
    """``rev`` checked out (detached) as a worktree of this repository in ``folder``."""
    tree = folder / "reference"
    subprocess.run(
        ["git", "-C", str(HERE.parent), "worktree", "add", "--detach", "-q", str(tree), rev],
        check=True,
    )
    return tree


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--reference", metavar="REV", help="also time the PDF of this commit")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bb-export-"))
    pdf, docx = folder / "book.pdf", folder / "book.docx"
    tree = str(HERE.parent)

    def child(fmt: str, out: Path, at: str = tree) -> list[str]:
        bench = str(Path(at) / "benchmarks")
        return [sys.executable, "-c", _CHILD, bench, fmt, str(out), at]

    ref = _reference_tree(args.reference, folder) if args.reference else None
    pdf_runs, ref_runs = [], []
    try:
        for _ in range(args.runs):  # interleaved: both see the same machine load
            pdf_runs.append(run(child("pdf", pdf)))
            if ref is not None:
                ref_runs.append(run(child("pdf", folder / "ref.pdf", str(ref))))
    finally:
        if ref is not None:
            subprocess.run(
                ["git", "-C", tree, "worktree", "remove", "--force", str(ref)], check=False
            )
    docx_runs = [run(child("docx", docx)) for _ in range(args.runs)]
    pdf_s = statistics.median(t for t, _ in pdf_runs)
    print(f"pages={json.loads(pdf_runs[0][1])['pages']}")
    print(f"pdf_s={pdf_s:.2f}")
    print(f"pdf_rss_mb={max(json.loads(o)['rss_kb'] for _, o in pdf_runs) / 1024:.0f}")
    if ref_runs:
        ref_s = statistics.median(t for t, _ in ref_runs)
        print(f"ref_pages={json.loads(ref_runs[0][1])['pages']}")
        print(f"ref_pdf_s={ref_s:.2f}")
        print(f"ratio_pdf_over_ref={pdf_s / ref_s:.3f}")
    print(f"docx_s={statistics.median(t for t, _ in docx_runs):.2f}")
    print(f"docx_rss_mb={max(json.loads(o)['rss_kb'] for _, o in docx_runs) / 1024:.0f}")

    soffice = shutil.which("soffice")
    if soffice:
        profile = folder / "lo-profile"
        argv = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "lo"),
            str(docx),
        ]
        run(argv)  # first start creates the profile; not counted
        times = [run(argv)[0] for _ in range(args.runs)]
        soffice_s = statistics.median(times)
        print(f"soffice_pdf_s={soffice_s:.2f}")
        print(f"ratio_soffice_over_pdf={soffice_s / pdf_s:.1f}")


if __name__ == "__main__":
    main()
