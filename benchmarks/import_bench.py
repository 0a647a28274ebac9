"""Press-release import: extraction time and the whole ``briefing import`` command.

Prints ``name=value`` lines. Target (issue 5): extracting a 2-page release takes under 0.2 s
(``extract_2p_ms``). The 2-page release is the sample release with its body given twice
(about 900 words), as text and as a two-page PDF written here. Whole-process timings of the
dry-run ``briefing import`` are given against a bare interpreter start measured in the same
run (``python_start_s``), on an empty workspace and on a generated one of 5,000 meetings
(where the duplicate check reads every stored source text).

    python benchmarks/import_bench.py [--meetings 5000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefing.importers.press_release import extract
from briefing.importers.readers import read_file
from briefing.model import Settings
from briefing.store import Workspace

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "samples" / "press-release-2024-10-11-cambodia-china.txt"
SETTINGS = Settings(countries=["Cambodia", "China"])


def two_page_release() -> str:
    """The sample release with its body paragraphs given twice (about 900 words)."""
    paragraphs = SAMPLE.read_text(encoding="utf-8").strip().split("\n\n")
    head, body = paragraphs[:4], paragraphs[4:]  # letterhead and title once
    return "\n\n".join(head + body + body) + "\n"


def write_pdf(text: str, path: Path) -> int:
    styles = getSampleStyleSheet()
    story = [Paragraph(p.replace("\n", " "), styles["BodyText"]) for p in text.split("\n\n")]
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build(story)
    return doc.page


def median_ms(fn, runs: int = 20) -> float:  # noqa: ANN001
    fn()  # rules loaded and compiled once, as in the app
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def timed(argv: list[str], runs: int = 3) -> float:
    best = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        best.append(time.perf_counter() - start)
    return statistics.median(best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=5000)
    ap.add_argument("--keep", type=Path, help="folder for the generated files (reused)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bb-import-"))
    folder.mkdir(parents=True, exist_ok=True)

    sample = SAMPLE.read_text(encoding="utf-8")
    long_text = two_page_release()
    txt, pdf = folder / "release-2p.txt", folder / "release-2p.pdf"
    txt.write_text(long_text, encoding="utf-8")
    pages = write_pdf(long_text, pdf)
    print(f"release_words={len(long_text.split())}")
    print(f"release_pdf_pages={pages}")
    print(f"extract_sample_ms={median_ms(lambda: extract(sample, SETTINGS)):.1f}")
    print(f"extract_2p_ms={median_ms(lambda: extract(long_text, SETTINGS)):.1f}")
    print(f"read_pdf_2p_ms={median_ms(lambda: read_file(pdf), runs=5):.1f}")

    empty = folder / "empty.briefing"
    if not empty.exists():
        Workspace.create(empty, SETTINGS).close()
    large = folder / f"large-{args.meetings}.briefing"
    if not large.exists():
        sys.path.insert(0, str(HERE))
        from workspace_bench import generate

        generate(large, args.meetings, 10, args.meetings)
    cli = [sys.executable, "-m", "briefing.cli", "import"]
    python_start = timed([sys.executable, "-c", "pass"])
    print(f"python_start_s={python_start:.3f}")
    for name, ws in (("empty", empty), ("large", large)):
        for kind, release in (("txt", txt), ("pdf", pdf)):
            seconds = timed([*cli, str(ws), str(release)])
            print(f"cli_import_{kind}_{name}_s={seconds:.3f}")
    print(f"meetings_in_large={args.meetings}")


if __name__ == "__main__":
    main()
