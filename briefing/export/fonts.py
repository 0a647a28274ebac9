"""The bundled fonts: where they are, their reportlab names, and what they can draw.

Every :class:`briefing.ir.Run` carries its script, so a writer only has to ask
:func:`font_name` for the face of a run; there is no font fallback anywhere.
Fonts are registered with reportlab lazily and once (:func:`register`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing.files.paths import resource
from briefing.i18n import M_
from briefing.ir import Script, nfc, script_of

__all__ = [
    "FACES",
    "Face",
    "bundled_font_paths",
    "font_name",
    "fonts_dir",
    "latin_family",
    "missing_glyph_places",
    "missing_glyphs",
    "register",
]


@dataclass(frozen=True)
class Face:
    name: str  # the reportlab font name
    file: str  # file name in resources/fonts
    script: Script
    serif: bool
    bold: bool
    italic: bool


FACES: tuple[Face, ...] = (
    Face("BB-Serif", "NotoSerif-Regular.ttf", Script.LATIN, True, False, False),
    Face("BB-Serif-Bold", "NotoSerif-Bold.ttf", Script.LATIN, True, True, False),
    Face("BB-Serif-Italic", "NotoSerif-Italic.ttf", Script.LATIN, True, False, True),
    Face("BB-Serif-BoldItalic", "NotoSerif-BoldItalic.ttf", Script.LATIN, True, True, True),
    Face("BB-Sans", "NotoSans-Regular.ttf", Script.LATIN, False, False, False),
    Face("BB-Sans-Bold", "NotoSans-Bold.ttf", Script.LATIN, False, True, False),
    Face("BB-Khmer-Serif", "NotoSerifKhmer-Regular.ttf", Script.KHMER, True, False, False),
    Face("BB-Khmer-Serif-Bold", "NotoSerifKhmer-Bold.ttf", Script.KHMER, True, True, False),
    Face("BB-Khmer-Sans", "NotoSansKhmer-Regular.ttf", Script.KHMER, False, False, False),
    Face("BB-Khmer-Sans-Bold", "NotoSansKhmer-Bold.ttf", Script.KHMER, False, True, False),
    # Chinese, Japanese and Korean (the whole Noto Sans CJK SC character map), two weights.
    Face("BB-CJK", "BriefingCJK-Regular.ttf", Script.HAN, False, False, False),
    Face("BB-CJK-Bold", "BriefingCJK-Bold.ttf", Script.HAN, False, True, False),
)
_BY_NAME = {face.name: face for face in FACES}


def fonts_dir() -> Path:
    """resources/fonts, installed (``briefing.resources``) or in a source checkout."""
    return resource("fonts")


def bundled_font_paths() -> list[Path]:
    """Every bundled font file, for the GUI to register with Qt."""
    folder = fonts_dir()
    return [folder / face.file for face in FACES]


@cache
def _face_for(script: Script, bold: bool, italic: bool, serif: bool) -> Face:
    candidates = [f for f in FACES if f.script is script]

    # Prefer the exact face; then drop italic, then serif-ness, then bold (nearest neighbour).
    def score(face: Face) -> tuple[bool, bool, bool]:
        return (face.bold != bold, face.serif != serif, face.italic != italic)

    return min(candidates, key=score)


#: the name of a face slanted by the PDF writer: italic text in a face that has no italic (Khmer,
#: Chinese, sans Latin) is drawn with a synthetic oblique, as Qt shows it in the editor
OBLIQUE = "-Oblique"


def font_name(
    script: Script, *, bold: bool = False, italic: bool = False, serif: bool = True
) -> str:
    """The reportlab font name for a run of ``script`` (call :func:`register` before drawing):
    italic in a face without an italic is that face's synthetic oblique (``…-Oblique``)."""
    face = _face_for(Script(script), bold, italic, serif)
    return face.name + OBLIQUE if italic and not face.italic else face.name


def upright(name: str) -> str:
    """The face a (possibly oblique) font name draws with."""
    return name[: -len(OBLIQUE)] if name.endswith(OBLIQUE) else name


@cache
def is_khmer_face(name: str) -> bool:
    face = _BY_NAME.get(upright(name))
    return face is not None and face.script is Script.KHMER


def latin_family(serif: bool) -> str:
    """The registered family name (``<b>``/``<i>`` work inside it) for Latin text."""
    return "BB-Serif" if serif else "BB-Sans"


_lock = threading.Lock()
_registered: set[str] = set()


def register(names: list[str] | None = None) -> None:
    """Register bundled fonts with reportlab (all by default); cheap when already done."""
    wanted = [f.name for f in FACES] if names is None else [upright(n) for n in names]
    todo = [n for n in wanted if n not in _registered]
    if not todo:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fonts_dir()
    with _lock:
        for name in todo:
            if name in _registered:
                continue
            face = _BY_NAME[name]
            font = TTFont(name, str(folder / face.file))
            pdfmetrics.registerFont(font)
            _registered.add(name)
            if not face.italic:
                # the oblique is the same font object under a second name: its glyphs go
                # into the same embedded subsets; the PDF writer slants its text
                # (rl_fixes: synthetic oblique)
                pdfmetrics._fonts[name + OBLIQUE] = font
                addMapping(name + OBLIQUE, 0, 0, name + OBLIQUE)  # usable in markup
                _registered.add(name + OBLIQUE)
        # Map <b>/<i> inside a family to the right face (what registerFontFamily does, but
        # only for faces that are registered, so the CJK font can stay unloaded).
        for face in FACES:
            if face.name not in _registered:
                continue
            family = font_name(face.script, serif=face.serif)
            for bold in (False, True):
                for italic in (False, True):
                    target = font_name(face.script, bold=bold, italic=italic, serif=face.serif)
                    if target in _registered and family in _registered:
                        addMapping(family, int(bold), int(italic), target)


# --------------------------------------------------------------------------- coverage


@cache
def _cmap(file: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont as FTFont

    with FTFont(fonts_dir() / file, lazy=True) as font:
        # numbered glyph names: otherwise fontTools derives each glyph's name from the cmap
        # itself first, which on the 44,810-character CJK face costs ten times the reading
        font.setGlyphOrder([f"g{n}" for n in range(font["maxp"].numGlyphs)])
        return frozenset(font.getBestCmap())


@cache
def _coverage(script: Script) -> frozenset[int]:
    """Code points that every face used for ``script`` can draw."""
    sets = [_cmap(f.file) for f in FACES if f.script is script]
    return frozenset.intersection(*sets)


_ALWAYS_FINE = frozenset("\n\t\r\u200b\u200c\u200d")  # handled by the writers, never drawn


@cache
def _drawable(char: str) -> bool:
    if char in _ALWAYS_FINE:
        return True
    return ord(char) in _coverage(script_of(char) or Script.LATIN)


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` (as the writers print it: NFC) that the bundled font for
    their script cannot draw."""
    return {char for char in set(nfc(text)) if not _drawable(char)}


def _block_texts(block: object) -> list[str]:
    from briefing import ir

    if isinstance(block, ir.Heading | ir.Paragraph):
        return [block.text]
    if isinstance(block, ir.ListBlock):
        return [ir.plain(item) for item in block.items]
    if isinstance(block, ir.Table):
        return [ir.plain(cell) for row in [block.header, *block.rows] for cell in row]
    if isinstance(block, ir.Cover):
        return [
            block.ministry,
            block.department,
            ir.plain(block.title),
            ir.plain(block.occasion),
            ir.plain(block.place_and_dates),
            block.marking,
            block.version,
            block.prepared_by,
            block.copy,
        ]
    return []


def missing_glyph_places(doc: object) -> list[tuple[str, set[str]]]:
    """Where a document would print boxes: (the heading above, or "the cover" / "every page"),
    and the characters no bundled font draws there."""
    from briefing import ir

    assert isinstance(doc, ir.Document)
    out: list[tuple[str, set[str]]] = []
    furniture = missing_glyphs(f"{doc.marking} {doc.footer_note}")
    if furniture:
        out.append((M_("the marking or footer of every page"), furniture))
    where = M_("the cover")
    for block in doc.blocks:
        if isinstance(block, ir.Heading):
            where = f"“{block.text}”"
        missing = missing_glyphs(" ".join(_block_texts(block)))
        if missing:
            if out and out[-1][0] == where:
                out[-1][1].update(missing)
            else:
                out.append((where, set(missing)))
    return out
