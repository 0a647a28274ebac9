"""Build ``BriefingCJKSC-Regular.ttf``: a TrueType subset of Noto Sans CJK SC Regular.

reportlab cannot embed fonts with CFF (PostScript) outlines, and the full CJK font is 19 MB,
so this script keeps the GB2312 hanzi, CJK symbols and punctuation and the half/full-width
forms, converts the cubic CFF outlines to quadratic TrueType outlines (fontTools cu2qu) and
renames the family so that it never clashes with a system-wide Noto Sans CJK.

Run from the repository root (needs fontTools and Debian's fonts-noto-cjk)::

    .venv/bin/python resources/fonts/build_cjk_subset.py

The output is deterministic for a given source font and fontTools version.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_FAMILY = "Noto Sans CJK SC"
TARGET = Path(__file__).with_name("BriefingCJKSC-Regular.ttf")
FAMILY = "Briefing CJK SC"
PS_NAME = "BriefingCJKSC-Regular"
MAX_ERR = 2.0  # cu2qu tolerance in font units (1000/em): 0.02 pt at 10 pt, invisible

EXTRA_RANGES = (
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)
NEUTRAL = (0x20, 0xA0, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)  # spaces the IR lets into a run


def gb2312_hanzi() -> list[int]:
    """The 6,763 hanzi of GB 2312 (rows 16-87 of the EUC-CN table)."""
    found: list[int] = []
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                char = bytes((row, cell)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            found.append(ord(char))
    return found


def wanted_codepoints() -> list[int]:
    points = set(gb2312_hanzi()) | set(NEUTRAL)
    for lo, hi in EXTRA_RANGES:
        points.update(range(lo, hi + 1))
    return sorted(points)


def open_source(path: Path, family: str) -> TTFont:
    index = 0
    while True:
        font = TTFont(path, fontNumber=index, recalcTimestamp=False)
        if font["name"].getDebugName(1) == family:
            return font
        index += 1  # TTFont raises once the collection runs out


def subset(font: TTFont, codepoints: list[int]) -> None:
    options = Options()
    options.layout_features = ["*"]
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
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont) -> None:
    """A distinct family name; copyright, trademark and licence records stay as they were."""
    name = font["name"]
    version = name.getDebugName(5) or ""
    records = {
        1: FAMILY,
        2: "Regular",
        3: f"{PS_NAME};{version.split(';')[0]}",
        4: FAMILY,
        6: PS_NAME,
        10: f"Subset of {SOURCE_FAMILY} ({version.split(';')[0]}), converted to TrueType "
        "outlines for the Briefing Book application.",
        16: FAMILY,
        17: "Regular",
    }
    name.names = [n for n in name.names if n.nameID not in records and n.nameID < 256]
    for name_id, text in records.items():
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)


def build(source: Path = SOURCE, target: Path = TARGET, max_err: float = MAX_ERR) -> Path:
    font = open_source(source, SOURCE_FAMILY)
    subset(font, wanted_codepoints())
    cff_to_glyf(font, max_err)
    rename(font)
    font.save(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--max-err", type=float, default=MAX_ERR)
    args = parser.parse_args()
    out = build(args.source, args.target, args.max_err)
    print(f"{out}: {out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
