"""Spell checking while typing into a 2,000-word brief (offscreen).

A section field (the app's RichTextEdit with the spell highlighter attached) holds a brief of
2,000 words, half English and half Khmer (written without spaces between words, as Khmer is),
with some words misspelt. Once it is checked, 400 keystrokes are typed into a paragraph in the
middle, English letters and spaces as key presses and Khmer as input-method commits, new words
among them. Every piece of work the GUI thread does is timed on its own: the handling of each
keystroke (which underlines its paragraph from the cache) and each idle slice that checks new
words. Prints ``name=value`` lines:

- ``max_block_ms``: the longest of those (target <= 16 ms: one frame at 60 Hz)
- ``keystroke_median_ms``, ``keystroke_max_ms``: the handling of a keystroke alone
- ``slice_max_ms``: the longest idle checking slice
- ``load_block_ms``: putting the 2,000 words in the field (segmenting every paragraph, no
  dictionary lookups); ``first_check_s``: from then until every word is checked, in slices;
  ``dictionaries_s``: loading both dictionaries (once, when a workspace opens)
- ``words``, ``misspelt``: the brief's words and how many are underlined at the end
- ``baseline_max_block_ms``, ``baseline_keystroke_median_ms``: the same typing into the same
  field without spell checking (Qt's own layout of the paragraph, shaping Khmer), for comparison

Usage: ``python benchmarks/spell_bench.py [--keystrokes N]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENGLISH = (
    "the two sides agreed to deepen cooperation in trade investment agriculture tourism and "
    "connectivity and to implement the memorandum of understanding signed last year the prime "
    "minister welcomed the progress of the expressway and the new airport and asked for more "
    "support for rice exports both sides reaffirmed their commitment to peace and stability in "
    "the region and to the rules of the association of southeast asian nations"
).split()
MISSPELT_EN = ["goverment", "cooperatoin", "agricultur", "investmnet", "stabilty"]
KHMER = (
    "កិច្ចសហប្រតិបត្តិការ រវាង កម្ពុជា និង ចិន លើ វិស័យ កសិកម្ម ពាណិជ្ជកម្ម ការវិនិយោគ ទេសចរណ៍ "
    "ក្រសួង ការបរទេស អនុស្សរណៈ នៃ ការយោគយល់គ្នា ភាគី ទាំងពីរ បាន ឯកភាព ពង្រឹង ទំនាក់ទំនង "
    "មិត្តភាព សន្តិភាព ស្ថិរភាព តំបន់ ផ្លូវល្បឿនលឿន អាកាសយានដ្ឋាន នាយករដ្ឋមន្ត្រី"
).split()
MISSPELT_KM = ["កម្ពូជា", "ពាណិជកម្ម", "សហប្រតិបតិ្តការ"]


def brief(words: int, rng: random.Random) -> tuple[str, int]:
    """Markdown paragraphs of about ``words`` words, alternating English and Khmer."""
    paragraphs, count, khmer = [], 0, False
    while count < words:
        n = rng.randint(30, 60)
        if khmer:
            chosen = [rng.choice(MISSPELT_KM if rng.random() < 0.05 else KHMER) for _ in range(n)]
            text = "".join(chosen) + "។"
        else:
            chosen = [rng.choice(MISSPELT_EN if rng.random() < 0.05 else ENGLISH) for _ in range(n)]
            text = " ".join(chosen).capitalize() + "."
        paragraphs.append(text)
        count += n
        khmer = not khmer
    return "\n\n".join(paragraphs), count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keystrokes", type=int, default=400)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from briefing.spelling import SpellChecker
    from ui.app import apply_font, register_fonts
    from ui.common import spelling
    from ui.common.richtext import RichTextEdit

    app = QApplication([sys.argv[0]])
    register_fonts()
    apply_font(app)
    checker = SpellChecker()
    start = time.perf_counter()
    for language in ("en", "km"):
        checker.dictionaries.get(language)
    dictionaries_s = time.perf_counter() - start
    spelling.service().checker = checker

    text, words = brief(2000, random.Random(16))
    base = type_into(app, RichTextEdit, None, text, args.keystrokes)
    on = type_into(app, RichTextEdit, spelling.attach, text, args.keystrokes)
    print(f"words={words}")
    print(f"keystrokes={len(on['keystrokes'])}")
    print(f"max_block_ms={max(on['keystrokes'] + on['slices']):.1f}")
    print(f"keystroke_median_ms={statistics.median(on['keystrokes']):.2f}")
    print(f"keystroke_max_ms={max(on['keystrokes']):.1f}")
    print(f"slice_max_ms={max(on['slices']):.1f}")
    print(f"load_block_ms={on['load_block_ms']:.0f}")
    print(f"first_check_s={on['first_check_s']:.2f}")
    print(f"dictionaries_s={dictionaries_s:.2f}")
    print(f"misspelt={on['underlined']}")
    print(f"baseline_max_block_ms={max(base['keystrokes'] + base['slices']):.1f}")
    print(f"baseline_keystroke_median_ms={statistics.median(base['keystrokes']):.2f}")
    return 0


def type_into(app, field_class, attach, text: str, count: int) -> dict:  # noqa: ANN001
    """Fill a new field with ``text``, then type ``count`` keystrokes into its middle."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent, QTextCursor
    from PySide6.QtTest import QTest

    editor = field_class()
    editor.resize(900, 700)
    editor.show()
    highlighter = attach(editor) if attach is not None else None
    slices: list[float] = []

    def drain() -> None:
        """Run the event loop until nothing is left to check, timing each pass."""
        while True:
            t = time.perf_counter()
            app.processEvents()
            slices.append((time.perf_counter() - t) * 1000)
            if highlighter is None or not (
                highlighter._pending or highlighter._timer.isActive()  # noqa: SLF001
            ):
                return

    t = time.perf_counter()
    editor.set_markdown(text)
    load_block_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    drain()
    first_check_s = time.perf_counter() - t
    slices.clear()

    block = editor.document().findBlockByNumber(editor.document().blockCount() // 2)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    editor.setFocus()
    app.processEvents()
    rng = random.Random(7)
    english = " ".join(
        rng.choice(ENGLISH + MISSPELT_EN) + rng.choice(["", "s", "ed"]) for _ in range(200)
    )
    khmer = "".join(rng.choice(KHMER + MISSPELT_KM) for _ in range(100))
    typed = 0
    keystrokes: list[float] = []
    while typed < count:
        if (typed // 50) % 2 == 0:  # bursts of 50: English keys, then Khmer commits
            ch = english[typed % len(english)]
            t = time.perf_counter()
            if ch == " ":
                QTest.keyClick(editor, Qt.Key.Key_Space)
            else:
                QTest.keyClicks(editor, ch)
        else:
            ch = khmer[typed % len(khmer)]
            event = QInputMethodEvent()
            event.setCommitString(ch)
            t = time.perf_counter()
            app.sendEvent(editor, event)
        keystrokes.append((time.perf_counter() - t) * 1000)
        drain()
        typed += 1
    underlined = sum(
        len(b.layout().formats())
        for b in (
            editor.document().findBlockByNumber(i) for i in range(editor.document().blockCount())
        )
    )
    editor.close()
    return {
        "keystrokes": keystrokes,
        "slices": slices,
        "load_block_ms": load_block_ms,
        "first_check_s": first_check_s,
        "underlined": underlined,
    }


if __name__ == "__main__":
    sys.exit(main())
