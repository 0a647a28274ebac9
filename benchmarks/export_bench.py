"""Export at scale: a ~200-page book to PDF and DOCX, whole-process timings.

Prints ``name=value`` lines. Targets (issue 3, 2-core machine): pdf_s <= 1.2,
pdf_rss_mb <= 150, docx_s <= 0.6, ratio_soffice_over_pdf >= 2. The reference tool,
LibreOffice converting the produced DOCX to PDF, runs in the same script when installed.

    python benchmarks/export_bench.py [--runs 3]
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
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bb-export-"))
    pdf, docx = folder / "book.pdf", folder / "book.docx"

    pdf_runs = [
        run([sys.executable, "-c", _CHILD, str(HERE), "pdf", str(pdf)]) for _ in range(args.runs)
    ]
    docx_runs = [
        run([sys.executable, "-c", _CHILD, str(HERE), "docx", str(docx)]) for _ in range(args.runs)
    ]
    pdf_s = statistics.median(t for t, _ in pdf_runs)
    print(f"pages={json.loads(pdf_runs[0][1])['pages']}")
    print(f"pdf_s={pdf_s:.2f}")
    print(f"pdf_rss_mb={max(json.loads(o)['rss_kb'] for _, o in pdf_runs) / 1024:.0f}")
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
