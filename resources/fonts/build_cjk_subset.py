"""Build ``BriefingCJK-Regular.ttf`` and ``BriefingCJK-Bold.ttf`` from Noto Sans CJK SC.

reportlab cannot embed fonts with CFF (PostScript) outlines, so this script

1. takes the "Noto Sans CJK SC" face (mainland Chinese glyph forms) of Debian's
   ``NotoSansCJK-Regular.ttc`` or ``NotoSansCJK-Bold.ttc`` (package ``fonts-noto-cjk``);
2. keeps the code points of a *coverage* (:data:`COVERAGES`). The default, ``full``, is every
   code point the face maps (44,810: all CJK Unified Ideographs, Extension A, the Extension
   B-F ideographs of the Tongyong Guifan Hanzi Biao and HKSCS, kana, the 11,172 Hangul
   syllables, bopomofo, CJK punctuation, full-width forms ...). The smaller ``cjk`` and
   ``wide`` sets were measured and rejected (resources/fonts/README.md); ``gb2312`` is
   what BriefingCJKSC-Regular.ttf had;
3. drops the OpenType features that only swap glyphs (``aalt``, ``locl``, ``vert``, ...):
   reportlab never applies them, and their alternates would add 40% to the glyph count;
4. converts the cubic CFF outlines to quadratic TrueType outlines (fontTools cu2qu,
   tolerance 2/1000 em), dropping the hints and the glyph names (``post`` format 3);
5. renames the family to "Briefing CJK" (styles Regular and Bold, a style-linked pair) so
   that it never shadows a system-wide Noto Sans CJK; copyright, trademark and licence
   records are kept (SIL OFL 1.1: a Modified Version under a new name).

Run from the repository root (needs fontTools and Debian's ``fonts-noto-cjk``; the
``cjk`` and ``wide`` coverages also read Unihan from Debian's ``unicode-data``)::

    .venv/bin/python resources/fonts/build_cjk_subset.py                  # both weights
    .venv/bin/python resources/fonts/build_cjk_subset.py --weight Bold    # one weight

The output is byte-for-byte the same for a given source font and fontTools version.
"""

from __future__ import annotations

import argparse
import bz2
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable

NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
SOURCES = {
    "Regular": NOTO_DIR / "NotoSansCJK-Regular.ttc",
    "Bold": NOTO_DIR / "NotoSansCJK-Bold.ttc",
}
SOURCE_FAMILY = "Noto Sans CJK SC"
UNIHAN_DIR = Path("/usr/share/unicode")  # Debian package unicode-data
FAMILY = "Briefing CJK"
PS_FAMILY = "BriefingCJK"
HERE = Path(__file__).resolve().parent
MAX_ERR = 2.0  # cu2qu tolerance in font units (1000/em): 0.02 pt at 10 pt, invisible

# Only features that do not replace one glyph by another for ordinary horizontal text.
# (ccmp/ljmo/vjmo/tjmo compose Hangul jamo; kern/halt/palt adjust positions.)
LAYOUT_FEATURES = ["ccmp", "liga", "ljmo", "vjmo", "tjmo", "kern", "halt", "palt"]

NEUTRAL = (0x20, 0xA0, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)  # spaces the IR lets into a run
PUNCTUATION = (
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)
SUPPORT = (
    *PUNCTUATION,
    (0x1100, 0x11FF),  # Hangul jamo
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x3190, 0x319F),  # kanbun
    (0x31A0, 0x31BF),  # bopomofo extended
    (0x31C0, 0x31EF),  # CJK strokes
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3200, 0x32FF),  # enclosed CJK letters and months
    (0x3300, 0x33FF),  # CJK compatibility (square units)
    (0xAC00, 0xD7A3),  # the 11,172 modern Hangul syllables
)


# --------------------------------------------------------------------------- character sets


def _double_byte(codec: str, leads: Iterable[int], trails: Iterable[int]) -> set[int]:
    """Every single character that a two-byte sequence of ``codec`` decodes to."""
    trails = list(trails)
    found: set[int] = set()
    for lead in leads:
        for trail in trails:
            try:
                char = bytes((lead, trail)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(char) == 1:
                found.add(ord(char))
    return found


def _is_han(cp: int) -> bool:
    return (
        0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or cp >= 0x20000
    )


def gb2312_hanzi() -> set[int]:
    """The 6,763 hanzi of GB 2312 (rows 16-87 of the EUC-CN table)."""
    return _double_byte("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))


def gbk_hanzi() -> set[int]:
    """The ideographs of GBK (21,003 in the standard; 20,923 single code points here)."""
    found = _double_byte("gbk", range(0x81, 0xFF), range(0x40, 0xFF))
    return {cp for cp in found if _is_han(cp)}


def big5_hanzi(level1_only: bool) -> set[int]:
    """Big5 level 1 (A440-C67E, 5,401 frequent traditional hanzi) or levels 1+2 (13,053)."""
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    found = _double_byte("big5", range(0xA4, 0xC7 if level1_only else 0xFA), trails)
    if level1_only:
        found -= _double_byte("big5", [0xC6], range(0x7F, 0xFF))
    return {cp for cp in found if _is_han(cp)}


def jis_x0208_kanji() -> set[int]:
    """JIS X 0208 levels 1 and 2 (rows 16-84): 6,355 kanji."""
    return _double_byte("euc_jp", range(0xB0, 0xF5), range(0xA1, 0xFF))


def ks_x1001_hanja() -> set[int]:
    """KS X 1001 hanja (rows 42-93): 4,888, of which 268 are compatibility ideographs."""
    return _double_byte("euc_kr", range(0xCA, 0xFE), range(0xA1, 0xFF))


def unihan(field: str, part: str) -> set[int]:
    """Code points that have ``field`` in ``Unihan_<part>.txt.bz2``."""
    found: set[int] = set()
    with bz2.open(UNIHAN_DIR / f"Unihan_{part}.txt.bz2", "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("U+"):
                code, key, _ = line.split("\t", 2)
                if key == field:
                    found.add(int(code[2:], 16))
    return found


def tongyong_guifan() -> set[int]:
    """The 8,105 hanzi of the Tongyong Guifan Hanzi Biao (2013), Unihan kTGH."""
    found = unihan("kTGH", "OtherMappings")
    assert len(found) == 8105, len(found)
    return found


def _ranges(ranges: Iterable[tuple[int, int]]) -> set[int]:
    return {cp for lo, hi in ranges for cp in range(lo, hi + 1)}


def coverage_gb2312() -> set[int]:
    """What BriefingCJKSC-Regular.ttf had: GB 2312 hanzi and punctuation."""
    return gb2312_hanzi() | _ranges(PUNCTUATION) | set(NEUTRAL)


def coverage_cjk() -> set[int]:
    """The common-use standards: 12,067 ideographs, Hangul, kana and the rest of SUPPORT.

    GB 2312 (6,763) | Tongyong Guifan Hanzi Biao 2013, all three levels (8,105, Unihan kTGH)
    | Big5 level 1 (5,401 traditional) | JIS X 0208 levels 1+2 (6,355) | KS X 1001 (4,888).
    """
    han = gb2312_hanzi() | tongyong_guifan() | big5_hanzi(True) | jis_x0208_kanji()
    return han | ks_x1001_hanja() | _ranges(SUPPORT) | set(NEUTRAL)


def coverage_wide() -> set[int]:
    """``cjk`` plus all of GBK and Big5 and the Unihan core set (UnihanCore2020)."""
    wide = gbk_hanzi() | big5_hanzi(False) | unihan("kUnihanCore2020", "DictionaryLikeData")
    return coverage_cjk() | wide


COVERAGES: dict[str, Callable[[], set[int]] | None] = {
    "full": None,  # every code point the source face maps
    "wide": coverage_wide,
    "cjk": coverage_cjk,
    "gb2312": coverage_gb2312,
}


def wanted_codepoints(font: TTFont, coverage: str = "full") -> list[int]:
    """The code points of ``coverage`` that ``font`` maps (Noto has every one of cjk/wide)."""
    mapped = set(font.getBestCmap())
    chosen = COVERAGES[coverage]
    return sorted(mapped if chosen is None else chosen() & mapped)


# --------------------------------------------------------------------------- the font


def open_source(path: Path, family: str = SOURCE_FAMILY) -> TTFont:
    index = 0
    while True:
        font = TTFont(path, fontNumber=index, recalcTimestamp=False)
        if font["name"].getDebugName(1) == family:
            return font
        index += 1  # TTFont raises once the collection runs out


def subset(font: TTFont, codepoints: list[int], features: list[str]) -> None:
    options = Options()
    options.layout_features = features
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    options.drop_tables += ["VORG", "DSIG"]
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = MAX_ERR) -> None:
    """Replace the CFF table by glyf/loca with quadratic outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        glyf.glyphs[name] = tt_pen.glyph()
    del font["CFF "]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, value in (
        ("maxZones", 1),
        ("maxTwilightPoints", 0),
        ("maxStorage", 0),
        ("maxFunctionDefs", 0),
        ("maxInstructionDefs", 0),
        ("maxStackElements", 0),
        ("maxSizeOfInstructions", 0),
        ("maxComponentElements", 0),
        ("maxComponentDepth", 0),
    ):
        setattr(maxp, attr, value)
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: reportlab and Qt use only cmap
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, weight: str) -> None:
    """A distinct family name; copyright, trademark and licence records stay as they were."""
    name = font["name"]
    version = (name.getDebugName(5) or "").split(";")[0]  # "Version 2.004"
    ps_name = f"{PS_FAMILY}-{weight}"
    full = FAMILY if weight == "Regular" else f"{FAMILY} {weight}"
    records = {
        1: FAMILY,
        2: weight,
        3: f"{ps_name};{version}",
        4: full,
        6: ps_name,
        10: f"Subset of {SOURCE_FAMILY} {weight} ({version}), converted to TrueType "
        "outlines for the Briefing Book application.",
        16: FAMILY,
        17: weight,
    }
    name.names = [n for n in name.names if n.nameID not in records and n.nameID < 256]
    for name_id, text in records.items():
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)


def target_for(weight: str) -> Path:
    return HERE / f"{PS_FAMILY}-{weight}.ttf"


def build(
    weight: str,
    target: Path | None = None,
    coverage: str = "full",
    features: list[str] | None = None,
    max_err: float = MAX_ERR,
    source: Path | None = None,
) -> Path:
    font = open_source(source or SOURCES[weight])
    features = LAYOUT_FEATURES if features is None else features
    subset(font, wanted_codepoints(font, coverage), features)
    cff_to_glyf(font, max_err)
    rename(font, weight)
    target = target or target_for(weight)
    font.save(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weight", choices=[*SOURCES, "all"], default="all")
    parser.add_argument("--coverage", choices=list(COVERAGES), default="full")
    parser.add_argument(
        "--features",
        help="comma-separated OpenType features to keep, '*' for all, '' for none "
        f"(default: {','.join(LAYOUT_FEATURES)})",
    )
    parser.add_argument("--source", type=Path, help="the .ttc (default: Debian's, by weight)")
    parser.add_argument("--target", type=Path, help="output file (one weight only)")
    parser.add_argument("--max-err", type=float, default=MAX_ERR)
    args = parser.parse_args()
    weights = list(SOURCES) if args.weight == "all" else [args.weight]
    if (args.target or args.source) and len(weights) > 1:
        parser.error("--target and --source need a single --weight")
    features = None if args.features is None else [f for f in args.features.split(",") if f]
    for weight in weights:
        start = time.perf_counter()
        out = build(weight, args.target, args.coverage, features, args.max_err, args.source)
        with TTFont(out, lazy=True) as font:
            glyphs, mapped = font["maxp"].numGlyphs, len(font.getBestCmap())
        print(
            f"{out}: {out.stat().st_size / 1e6:.2f} MB, {glyphs} glyphs, {mapped} code points, "
            f"{time.perf_counter() - start:.1f} s"
        )


if __name__ == "__main__":
    main()
