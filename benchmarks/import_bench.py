"""Press-release import: extraction time and the whole ``briefing import`` command.

Prints ``name=value`` lines. Target (issue 5): extracting a 2-page release takes under 0.2 s
(``extract_2p_ms``). The 2-page release is the sample release with its body given twice
(about 900 words), as text and as a two-page PDF written here. Whole-process timings of the
dry-run ``briefing import`` are given against a bare interpreter start measured in the same
run (``python_start_s``), on an empty workspace and on a generated one of 5,000 meetings
(where the duplicate check reads every stored source text).

Then the worst inputs for time (issue 15): each is read as pasted text and drafted, and its
time printed as ``worst_<name>_s``; ``worst_s`` is the slowest. Every input up to the size
limit must take under 1 s. ``--worst-only`` runs only these.

    python benchmarks/import_bench.py [--meetings 5000] [--keep DIR] [--worst-only]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree's briefing first

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from briefing.importers.errors import ImporterError  # noqa: E402
from briefing.importers.press_release import MAX_EXTRACT_CHARS, extract  # noqa: E402
from briefing.importers.readers import read_file, read_pasted  # noqa: E402
from briefing.model import Name, Person, Settings  # noqa: E402
from briefing.store import Workspace  # noqa: E402

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


def worst_inputs() -> dict[str, str]:
    """Inputs that made the old importer quadratic or worse, and their relatives."""
    sample = SAMPLE.read_text(encoding="utf-8")
    one_line = " ".join(((sample + "\n\n") * 40).split())[:96_000]
    limit = MAX_EXTRACT_CHARS - 1000
    english = "The two sides agreed that "
    return {
        "sample_one_line_96k": one_line,
        "he_30000": "H.E. " * 30_000,
        "he_30000_in_release": " ".join(sample.split()) + " " + "H.E. " * 30_000,
        "capitals_run": english + "A" * limit,
        "capital_words": english + "ABCDEFG " * (limit // 8),
        "initials": english + "A. B. C. " * (limit // 9),
        "dots": english + "." * limit,
        "dots_spaced": english + ". " * (limit // 2),
        "digits": english + "1" * limit,
        "digits_dotted": english + "1." * (limit // 2),
        "dates": english + "10 October 2024, " * (limit // 17),
        "hyphens_at_line_ends": english + "coop-\neration " * (limit // 15),
        "quotes_unclosed": english + '"We agree ' * (limit // 10),
        "names_and_titles": english + "Prime Minister Hun Manet, " * (limit // 26),
        "accompanied_by": english + "Mr Ab Cd was accompanied by Mr Ef Gh. " * (limit // 38),
        "short_paragraphs": "Minister Ab Cd met.\n\n" * (limit // 21),
        "counterparts": "his Cambodian counterpart " * (limit // 26),
        "one_sentence_290k": (english + "cooperation in trade and investment and ") * (limit // 66),
        "one_sentence_1mb_pasted": ("Both sides agreed to cooperate on trade and " * 25_000)[
            :1_000_000
        ],
        "chinese_day_numerals": "昨（十八）日" * (limit // 6),
        "khmer_no_khan": "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការ " * (limit // 48),
        "khmer_honorifics": "ឯកឧត្តម សុខ ចិន្តាសោភា " * (limit // 24),
        "chinese_no_stop": "双方同意加强经贸合作" * (limit // 10),
        "chinese_titles": "柬埔寨首相洪玛奈" * (limit // 8),
        # thousands of different ministers in paragraphs of prose: every participant is
        # compared with every sentence's subject unless names are looked up (was 144 s)
        "distinct_ministers": _distinct_ministers(limit),
        "distinct_companions": _distinct_ministers(limit, companions=True),
        # a date and a range in every sentence of prose: dates kept were compared with all
        # dates kept, ranges with every date of their sentence
        "dates_in_prose": "The two sides met on 10 October 2024 and they agreed to meet again "
        "between 5 and 6 March. " * (limit // 92),
        # one long sentence of relative days after a reporting verb or of "over the weekend":
        # each was checked against the whole sentence before it (68 s and minutes)
        "said_on_days": english + "said on Tuesday during a visit to Hanoi " * (limit // 40),
        "weekends": english + "the ministers met over the weekend and " * (limit // 39),
        # companions' clauses that never end: each one's clause ran 400 characters on
        "accompanying": english + "Accompanying the Thai minister were " * (limit // 36),
        # a plural title before two names repeated in one sentence: each rescanned the
        # countries back to the sentence's start (26 s)
        "their_ministers": english
        + "Cambodia and Thailand, accompanied by their foreign ministers, Sok Chenda and Maris "
        "Sangiam, " * (limit // 94),
        # a page read as one line made of "1. 1. …": 100,000 sentences became paragraphs (2.1 s)
        "numbered_fragments": "On 6 March 2025, on the sidelines of the ASEAN Summit in "
        "Vientiane, " + "1. 1. " * (limit // 6),
        # titles of places in a chain: every title's end was looked for past the next (1.3 s)
        "titles_of_places": "Governor of Bali, " * (limit // 18),
        # the leader of "She was accompanied by" looked for in the sentence before, and a
        # spokesperson who reports (about 1 s each at the last stop)
        "she_was_accompanied": "Minister Ab Cd met Minister Ef Gh. She was accompanied by Ij Kl. "
        * (limit // 66),
        "spokesperson_said": "Spokesperson Ab Cd said Minister Ef Gh met. " * (limit // 45),
        # Chinese titles in one clause without a mark: each name's clause was read for a city
        # (19 s; 9 s before that)
        "chinese_title_run": "新华社\n\n会谈\n\n2025年3月5日，"
        + "部长王明与部长李强和" * (limit // 10),
    }


def _distinct_ministers(limit: int, *, companions: bool = False) -> str:
    """Paragraphs of 40 sentences, each naming two ministers no other sentence names (with
    ``companions``: "X was accompanied by Y", each leader looked for among all named)."""

    def name(number: int) -> str:
        letters = "bcdfghklmnprstv"
        word = "".join(
            letters[(number // 15**k) % 15] + "aeiou"[(number + k) % 5] for k in range(3)
        )
        return word.capitalize()

    verb = "was accompanied by Director" if companions else "met with the visiting Minister"
    sentences = [
        f"On that day, Minister {name(4 * i)} {name(4 * i + 1)} {verb} "
        f"{name(4 * i + 2)} {name(4 * i + 3)} and they discussed the trade in rice. "
        for i in range(limit // 120)
    ]
    paragraphs = ["".join(sentences[i : i + 40]) for i in range(0, len(sentences), 40)]
    return "\n\n".join(paragraphs)[:limit]


def time_worst() -> float:
    """Print the time of each worst input (read as pasted, then drafted) and the slowest."""
    settings = SETTINGS
    extract(SAMPLE.read_text(encoding="utf-8"), settings)  # rules and gazetteer loaded once
    worst = 0.0
    for name, text in worst_inputs().items():
        start = time.perf_counter()
        try:
            extract(read_pasted(text).text, settings)
        except ImporterError:
            pass  # refused (too long, no language read): also an answer, and timed
        seconds = time.perf_counter() - start
        worst = max(worst, seconds)
        print(f"worst_{name}_s={seconds:.3f}", flush=True)
    # a workspace's people, looked for by name in a long release (the importer matches them)
    people = [
        Person([Name(f"Person{i:04d} Family{i % 97:02d}")], side="Cambodia", id=i)
        for i in range(2_000)
    ]
    text = worst_inputs()["sample_one_line_96k"]
    start = time.perf_counter()
    extract(read_pasted(text).text, settings, people)
    seconds = time.perf_counter() - start
    worst = max(worst, seconds)
    print(f"worst_sample_one_line_96k_2000_people_s={seconds:.3f}", flush=True)
    print(f"worst_s={worst:.3f}")
    return worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=5000)
    ap.add_argument("--keep", type=Path, help="folder for the generated files (reused)")
    ap.add_argument("--worst-only", action="store_true", help="only the worst inputs")
    args = ap.parse_args()
    if args.worst_only:
        time_worst()
        return
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
    time_worst()


if __name__ == "__main__":
    main()
