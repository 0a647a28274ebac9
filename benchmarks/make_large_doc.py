"""A large, deterministic :class:`briefing.ir.Document` for export benchmarks.

``large_document()`` is about a 200-page A4 book: 40 briefs of about 2,400 words each,
10 commitment tables, Khmer and Chinese names throughout, cover and contents.
"""

from __future__ import annotations

import random

from briefing import ir

_WORDS = (
    "cooperation bilateral partnership trade investment connectivity corridor agriculture "
    "fisheries energy development assistance tourism exchange security defence ministry "
    "delegation agreement commitment visit summit framework dialogue mechanism strategic "
    "regional multilateral support progress implementation review joint statement project "
    "infrastructure railway expressway port capacity market access exports imports rice "
    "fish solar hydropower training scholarship embassy consultation memorandum timeline "
    "priority concern request pledge friendship community shared future mutual respect "
    "the of and to in for on with at by from as that this which both sides will should"
).split()
# English prose averages under five letters a word: weight the short words up.
_SHORT = "the of and to in a is on for it as at by we our be has its was are this new".split()
_KHMER_NAMES = (
    "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត",
    "កម្ពុជា",
    "ព្រះរាជាណាចក្រកម្ពុជា",
    "ក្រសួងការបរទេស\u200bនិង\u200bសហប្រតិបត្តិការ\u200bអន្តរជាតិ",
)
_CHINESE_NAMES = ("李强", "王毅", "中华人民共和国", "国务院总理")
_FIELDS = ("Objective", "Points to make", "If raised", "Background")


_POOL = _SHORT * (len(_WORDS) // len(_SHORT)) + _WORDS  # about half the words are short


def _sentence(rng: random.Random, n: int) -> str:
    words = rng.choices(_POOL, k=n)
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def _paragraph_runs(rng: random.Random, n_words: int, names: bool) -> list[ir.Run]:
    text_parts: list[str] = []
    count = 12 if names else 0  # the sentence with the names has about 12 words
    while count < n_words or not text_parts:
        n = rng.randint(9, 22)
        text_parts.append(_sentence(rng, n))
        count += n
    text = " ".join(text_parts)
    if not names:
        return [ir.Run(text)]  # all Latin: what ir.runs() would say, without the scan
    khmer = rng.choice(_KHMER_NAMES)
    chinese = rng.choice(_CHINESE_NAMES)
    cut = len(text) // 2
    cut = text.find(" ", cut) if " " in text[cut:] else len(text)
    names_text = f" Samdech Moha Borvor Thipadei HUN Manet ({khmer}) met H.E. LI Qiang ({chinese}),"
    return [ir.Run(text[:cut]), *ir.runs(names_text), ir.Run(text[cut:])]


def _table(rng: random.Random, n_rows: int) -> ir.Table:
    header = [ir.runs(h) for h in ("Commitment", "Owed by", "Source meeting", "Due", "Status")]
    rows = []
    for i in range(n_rows):
        rows.append(
            [
                ir.runs(_sentence(rng, rng.randint(6, 16))),
                ir.runs(rng.choice(("Cambodia", "China", "Both", "中国", "កម្ពុជា"))),
                ir.runs(f"10 October 2024, Vientiane (item {i + 1})"),
                ir.runs(f"{rng.randint(1, 28)} June 2025"),
                ir.runs(rng.choice(("pending", "in progress", "done", "stalled"))),
            ]
        )
    return ir.Table(header, rows, [0.38, 0.14, 0.22, 0.13, 0.13], caption="Commitments")


def large_document(n_sections: int = 40, words: int = 2400, seed: int = 7) -> ir.Document:
    """About five A4 pages per section at the defaults; one table every fourth section.

    Level-1 headings and the table headings are in the contents; the brief's fields are not.
    """
    rng = random.Random(seed)
    blocks: list[ir.Block] = [
        ir.Cover(
            ministry="Ministry of Foreign Affairs and International Cooperation",
            department="General Department of Asia-Pacific",
            title=ir.runs("Official Visit to the People's Republic of China"),
            occasion=ir.runs("Samdech Moha Borvor Thipadei HUN Manet (ហ៊ុន ម៉ាណែត) meets 李强"),
            place_and_dates=ir.runs("Beijing, 7-9 April 2025"),
            marking="CONFIDENTIAL // EYES ONLY",
            version="Draft of 28 November 2026",
            prepared_by="Department of Asia-Pacific, Desk 2",
            status="DRAFT",
            copy="Copy 3 of 12",
        ),
        ir.Contents(),
    ]
    for s in range(n_sections):
        blocks.append(
            ir.Heading(
                1, ir.runs(f"{s + 1}. Brief {s + 1}: cooperation area"), f"sec-{s}", True, s > 0
            )
        )
        list_words = 5 * 25
        per_field = (words - list_words) // len(_FIELDS)
        for f, field in enumerate(_FIELDS):
            blocks.append(ir.Heading(2, ir.runs(field), f"sec-{s}-{f}", in_contents=False))
            if field == "Points to make":
                items = [_paragraph_runs(rng, 25, names=i == 0) for i in range(5)]
                blocks.append(ir.ListBlock(items, ordered=s % 2 == 0, portion="C"))
            budget = per_field
            done = 0
            p = 0
            while done < budget:
                n = min(rng.randint(70, 130), budget - done)
                blocks.append(ir.Paragraph(_paragraph_runs(rng, n, names=p % 3 == 0), portion="U"))
                done += n
                p += 1
        if s % 4 == 3:
            blocks.append(ir.Heading(3, ir.runs("Status of previous commitments"), f"tab-{s}"))
            blocks.append(_table(rng, 30))
    return ir.Document(
        meta=ir.Metadata(
            title="Official Visit to the People's Republic of China",
            subject="Briefing book",
            author="Department of Asia-Pacific",
            keywords=["Cambodia", "China", "briefing"],
            classification="CONFIDENTIAL",
        ),
        marking="CONFIDENTIAL // EYES ONLY",
        paper="A4",
        draft=True,
        footer_note="Copy 3 of 12",
        blocks=blocks,
    )


if __name__ == "__main__":
    doc = large_document()
    n_words = sum(len(ir.plain(b.runs).split()) for b in doc.blocks if isinstance(b, ir.Paragraph))
    print(f"{len(doc.blocks)} blocks, {n_words} paragraph words")
