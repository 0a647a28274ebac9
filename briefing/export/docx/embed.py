"""The fonts a DOCX uses, embedded in it, so that it reads the same on a machine without them.

WordprocessingML embeds a font as a part of the font table (ECMA-376 Part 1, 17.8.1 and
17.8.3.3): ``word/fonts/fontN.odttf``, the TrueType file with its first 32 bytes XORed with a
key made from a GUID (the bytes of the GUID in reverse order), and an ``embedRegular`` /
``embedBold`` / ``embedItalic`` / ``embedBoldItalic`` element in ``word/fontTable.xml`` that
names the part and gives the GUID as ``w:fontKey``. ``w:subsetted`` says the file holds only
some characters; Word then does not let the font be used for new text it lacks.

What is embedded (see :func:`plan`):

* Latin (Noto Serif, Noto Sans): the faces the document uses, each cut down to the characters
  the document prints plus printable ASCII (about 25-45 kB a face instead of 0.5-0.65 MB);
* Khmer (Noto Sans Khmer, both weights): the whole files (0.11 MB each), because shaping
  needs their layout tables and glyphs that no character names;
* Chinese, Japanese and Korean (Briefing CJK, both weights): the characters the document
  prints (a 12 MB face would not do).

Subsets are cut by :mod:`briefing.export.sfnt`, which reads only the glyphs it keeps (a few
milliseconds, also from the 12 MB CJK face). Layout tables (kerning, ligatures) are not kept in
the Latin and CJK subsets.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from briefing import ir
from briefing.export import fonts, sfnt

__all__ = ["Embedded", "FontUse", "embed", "font_key", "obfuscate", "plan"]

RT_FONT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
ODTTF = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

SERIF, SANS = "Noto Serif", "Noto Sans"
KHMER = "Noto Sans Khmer"
CJK = "Briefing CJK"
#: always in the Latin subsets: printable ASCII, and the list bullets of the template's levels
#: (drawn from numbering.xml, not from any run)
_ALWAYS = frozenset(range(0x20, 0x7F)) | frozenset(map(ord, "\u2022\u2013\u25aa\u2026"))

# DOCX font name -> (bold, italic) -> the reportlab face that has its file
_FACES: dict[str, dict[tuple[bool, bool], str]] = {
    SERIF: {
        (False, False): "BB-Serif",
        (True, False): "BB-Serif-Bold",
        (False, True): "BB-Serif-Italic",
        (True, True): "BB-Serif-BoldItalic",
    },
    SANS: {(False, False): "BB-Sans", (True, False): "BB-Sans-Bold"},
    KHMER: {(False, False): "BB-Khmer-Sans", (True, False): "BB-Khmer-Sans-Bold"},
    CJK: {(False, False): "BB-CJK", (True, False): "BB-CJK-Bold"},
}
_EMBED_TAGS = {
    (False, False): "embedRegular",
    (True, False): "embedBold",
    (False, True): "embedItalic",
    (True, True): "embedBoldItalic",
}


@dataclass
class FontUse:
    """What the document prints: its text by script, and the Latin faces its runs ask for
    (font name, bold, italic). Styles that are bold themselves (headings) count as bold."""

    texts: dict[ir.Script, list[str]] = field(default_factory=dict)
    faces: set[tuple[str, bool, bool]] = field(default_factory=set)

    def add_text(self, text: str, script: ir.Script) -> None:
        self.texts.setdefault(script, []).append(text)

    def _chars(self, script: ir.Script) -> set[int]:
        return set(map(ord, set("".join(self.texts.get(script, ())))))

    @property
    def khmer(self) -> bool:
        return bool(self.texts.get(ir.Script.KHMER))

    @property
    def latin(self) -> set[int]:
        # spaces, digits and punctuation inside a Khmer run are drawn by the Latin face
        khmer = {c for c in self._chars(ir.Script.KHMER) if c < 0x1780}
        return self._chars(ir.Script.LATIN) | khmer

    @property
    def han(self) -> set[int]:
        return {c for c in self._chars(ir.Script.HAN) if not chr(c).isspace()}


@dataclass
class Embedded:
    name: str  # the font's name in the document
    bold: bool
    italic: bool
    data: bytes  # the TrueType file, not yet obfuscated
    subsetted: bool


def plan(use: FontUse) -> list[Embedded]:
    """The font files to embed for ``use``."""
    out: list[Embedded] = []
    latin = sorted(use.latin | _ALWAYS)
    wanted = {(SANS, False, False), (SANS, True, False), (SERIF, False, False)} | use.faces
    for name in (SERIF, SANS):
        for (bold, italic), face in _FACES[name].items():
            if (name, bold, italic) in wanted:
                out.append(Embedded(name, bold, italic, subset(face, latin), True))
    if use.khmer:
        for (bold, italic), face in _FACES[KHMER].items():
            out.append(Embedded(KHMER, bold, italic, _whole(face), False))
    if use.han:
        han = sorted(use.han)
        for (bold, italic), face in _FACES[CJK].items():
            out.append(Embedded(CJK, bold, italic, subset(face, han), True))
    return out


def _file(face_name: str) -> Path:
    face = next(f for f in fonts.FACES if f.name == face_name)
    return fonts.fonts_dir() / face.file


def _whole(face_name: str) -> bytes:
    return _file(face_name).read_bytes()


def subset(face_name: str, codes: list[int]) -> bytes:
    """The face ``face_name`` cut down to ``codes`` (those it has)."""
    return sfnt.subset(_file(face_name), codes)[0]


def font_key(data: bytes) -> uuid.UUID:
    """The GUID a font is obfuscated with: made from its bytes, so the same document gives the
    same file (the key is in the file anyway: obfuscation, not secrecy)."""
    return uuid.UUID(bytes=hashlib.sha256(data).digest()[:16], version=4)


def obfuscate(data: bytes, key: uuid.UUID) -> bytes:
    """ECMA-376's font obfuscation: the first 32 bytes XORed with the GUID's 16 bytes taken in
    reverse order (the same operation undoes it)."""
    mask = key.bytes[::-1] * 2
    head = bytes(b ^ m for b, m in zip(data[:32], mask, strict=False))
    return head + data[32:]


def embed(document: object, use: FontUse) -> list[tuple[str, int]]:
    """Embed the fonts of ``use`` in a python-docx ``document``: the parts, their relations
    from the font table and the font table's entries. Returns (name, bytes) per part."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    main = document.part  # type: ignore[attr-defined]
    table_part = next(
        rel.target_part for rel in main.rels.values() if rel.reltype.endswith("/fontTable")
    )
    root = etree.fromstring(table_part.blob)
    if root.nsmap.get("r") != R_NS:  # declare r: once, on the root
        new_root = etree.Element(root.tag, nsmap={**root.nsmap, "r": R_NS})
        new_root[:] = list(root)
        root = new_root
    entries = {el.get(f"{{{W_NS}}}name"): el for el in root.findall(f"{{{W_NS}}}font")}
    written: list[tuple[str, int]] = []
    for n, item in enumerate(plan(use), 1):
        key = font_key(item.data)
        name = f"/word/fonts/font{n}.odttf"
        part = Part(PackURI(name), ODTTF, obfuscate(item.data, key), main.package)
        rid = table_part.relate_to(part, RT_FONT)
        entry = entries.get(item.name)
        if entry is None:
            entry = etree.SubElement(root, f"{{{W_NS}}}font")
            entry.set(f"{{{W_NS}}}name", item.name)
            entries[item.name] = entry
        el = etree.SubElement(entry, f"{{{W_NS}}}{_EMBED_TAGS[(item.bold, item.italic)]}")
        el.set(f"{{{R_NS}}}id", rid)
        el.set(f"{{{W_NS}}}fontKey", "{" + str(key).upper() + "}")
        if item.subsetted:
            el.set(f"{{{W_NS}}}subsetted", "1")
        written.append((name, len(item.data)))
    for entry in entries.values():  # the schema's order: embedRegular, Bold, Italic, BoldItalic
        embeds = [c for c in entry if etree.QName(c).localname.startswith("embed")]
        for c in sorted(
            embeds, key=lambda c: list(_EMBED_TAGS.values()).index(etree.QName(c).localname)
        ):
            entry.remove(c)
            entry.append(c)
    table_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return written
