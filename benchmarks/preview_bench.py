"""The live preview after an edit: the part-by-part layout against a whole layout.

Prints ``name=value`` lines, all measured in this one run (so compare the ratios):

- ``pages``: the 218-page benchmark book (``make_large_doc.large_document``)
- ``full_layout_s``: ``write_pdf`` of the whole book, what the preview did after every save
  (median of 3, after a warm-up that loads the fonts)
- ``all_parts_s``: every part laid out alone and put together, nothing kept yet (the preview
  shows a book it opens from a whole layout, then lays its parts out while nothing waits)
- ``refresh_s``: median over ``--edits`` edits, each to a different brief (a sentence added
  to a paragraph; every third edit a paragraph of ~100 words, which may move the pages after
  it), of the part-by-part layout with the parts kept from the rendering before
- ``refresh_max_s``, ``parts_laid_out_max``: the slowest of those, and the most parts one
  edit laid out again
- ``ratio_refresh_over_full``: target <= 0.4
- ``workspace_*``: the same through the preview's own code path (``ui.preview.render_process.
  render``: compose the book from a workspace, then lay it out) on a workspace book of about
  the same size: laid out whole (``workspace_full_s``), when the preview opens it
  (``workspace_open_s``: whole, as nothing is kept) and after an edit with its parts kept

    python benchmarks/preview_bench.py [--edits 12]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # this checkout's briefing/ and ui/

from make_large_doc import _paragraph_runs, _sentence, large_document  # noqa: E402

from briefing import ir  # noqa: E402
from briefing.export.pdf.parts import PartLayouts  # noqa: E402
from briefing.export.pdf.writer import write_pdf  # noqa: E402


def timed(fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - start, value


def briefs(doc: ir.Document) -> list[int]:
    """Index of each brief's first paragraph."""
    out = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, ir.Heading) and block.level == 1:
            out.append(
                next(
                    j for j in range(i, len(doc.blocks)) if isinstance(doc.blocks[j], ir.Paragraph)
                )
            )
    return out


def edit(doc: ir.Document, at: int, n: int, rng: random.Random) -> ir.Document:
    blocks = list(doc.blocks)
    para = blocks[at]
    if n % 3 == 2:
        blocks.insert(at + 1, ir.Paragraph(_paragraph_runs(rng, 100, names=False)))
    else:
        extra = ir.Run(" " + _sentence(rng, rng.randint(8, 16)))
        blocks[at] = dataclasses.replace(para, runs=[*para.runs, extra])
    return dataclasses.replace(doc, blocks=blocks)


def layout_bench(edits: int) -> dict[str, float]:
    doc = large_document()
    write_pdf(doc, io.BytesIO())  # warm-up: fonts read and registered once per process
    full = [timed(write_pdf, doc, io.BytesIO())[0] for _ in range(3)]
    layouts = PartLayouts()
    all_parts_s, rendered = timed(layouts.render, doc)
    rng = random.Random(13)
    starts = briefs(doc)
    picked = [starts[(7 * n + 1) % len(starts)] for n in range(edits)]  # different briefs
    assert len(set(picked)) == edits, "edits must go to different briefs"
    times, laid = [], []
    for n, at in enumerate(picked):
        at = briefs(doc)[starts.index(at)]  # the brief's first paragraph in the edited book
        doc = edit(doc, at, n, rng)
        seconds, rendered = timed(layouts.render, doc)
        times.append(seconds)
        laid.append(rendered.laid_out)
    whole = io.BytesIO()
    check = write_pdf(doc, whole)
    assert check.pages == rendered.result.pages, "the parts must give the pages of one layout"
    assert check.heading_pages == rendered.result.heading_pages
    return {
        "pages": float(rendered.result.pages),
        "full_layout_s": statistics.median(full),
        "all_parts_s": all_parts_s,
        "refresh_s": statistics.median(times),
        "refresh_max_s": max(times),
        "parts_laid_out_max": float(max(laid)),
    }


def workspace_bench(folder: Path, edits: int) -> dict[str, float]:
    """Through ``render_process.render``: compose from a workspace, then lay out."""
    from briefing.compose.book import Options, compose
    from briefing.model import Book, Section, Settings
    from briefing.store import Workspace
    from ui.preview.render_process import render

    rng = random.Random(5)

    def text(paragraphs: int, words: int) -> str:
        return "\n\n".join(
            " ".join(_sentence(rng, rng.randint(9, 22)) for _ in range(words // 15))
            for _ in range(paragraphs)
        )

    ws = Workspace.create(folder / "preview.briefing", Settings(countries=["Cambodia", "China"]))
    areas = [a.key for a in ws.settings.areas]
    sections = [
        Section(
            f"Brief {n + 1}: {areas[n % len(areas)]}",
            area=None,  # briefs without records: what is measured is the officer's text
            objective=text(1, 60),
            points="\n".join(f"- {_sentence(rng, 25)}" for _ in range(5)),
            if_raised=text(4, 110),
            background=text(14, 110),
        )
        for n in range(40)
    ]
    book_id = ws.books.save(
        Book("Official visit", start_date=dt.date(2025, 6, 16), sections=sections)
    )
    book = ws.books.get(book_id)
    layouts = PartLayouts()
    render(ws, book_id, 0)  # warm-up
    full = [render(ws, book_id, 1).seconds for _ in range(3)]
    first = render(ws, book_id, 2, layouts=layouts)  # whole: nothing kept yet
    doc = compose(ws, book, Options())
    layouts.prepare(doc, lambda: False)  # the parts, as the process lays them out afterwards
    times = []
    for n in range(edits):
        section = book.sections[(7 * n + 1) % len(book.sections)]
        section.background += f"\n\nEdit {n}: " + _sentence(rng, 14)
        ws.books.save_section_texts(book_id, section.id, {"background": section.background})
        times.append(render(ws, book_id, 3 + n, layouts=layouts).seconds)
    ws.close()
    return {
        "workspace_pages": float(first.pages),
        "workspace_full_s": statistics.median(full),
        "workspace_open_s": first.seconds,
        "workspace_refresh_s": statistics.median(times),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edits", type=int, default=12)
    args = ap.parse_args()
    if args.edits < 10:
        ap.error("--edits: at least 10")
    results = layout_bench(args.edits)
    with tempfile.TemporaryDirectory() as folder:
        results.update(workspace_bench(Path(folder), args.edits))
    results["ratio_refresh_over_full"] = results["refresh_s"] / results["full_layout_s"]
    results["workspace_ratio"] = results["workspace_refresh_s"] / results["workspace_full_s"]
    for name, value in results.items():
        shown = (
            f"{value:.0f}"
            if name.endswith(("pages", "_max")) and "_s" not in name
            else (f"{value:.3f}")
        )
        print(f"{name}={shown}")


if __name__ == "__main__":
    main()
