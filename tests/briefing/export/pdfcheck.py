"""Reading what a PDF shows, for the typesetting tests: lines and word boxes (poppler)."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Word:
    text: str
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float


@dataclass
class Page:
    width: float
    height: float
    words: list[Word]

    def lines(self, top: float = 0.0, bottom: float = 1e9) -> list[str]:
        """Words between ``top`` and ``bottom`` grouped into lines (by baseline), top first."""
        rows: list[list[Word]] = []
        for w in sorted(self.words, key=lambda w: (round(w.y1, 0), w.x0)):
            if not (top <= w.y0 and w.y1 <= bottom):
                continue
            if rows and abs(rows[-1][0].y1 - w.y1) < 2.5:
                rows[-1].append(w)
            else:
                rows.append([w])
        return [" ".join(w.text for w in sorted(r, key=lambda w: w.x0)) for r in rows]


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
)


def pages(path: Path) -> list[Page]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    result = []
    for m in _PAGE.finditer(out):
        words = [
            Word(html.unescape(t), float(a), float(b), float(c), float(d))
            for a, b, c, d, t in _WORD.findall(m.group(3))
        ]
        result.append(Page(float(m.group(1)), float(m.group(2)), words))
    return result


def text(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def notdef_characters(path: Path) -> list[tuple[str, str]]:
    """(font, character) for every character the PDF draws with the .notdef glyph (a box).

    reportlab embeds subsets with one-byte codes: the codes drawn are read from the content
    streams (pages and forms), the embedded subset's ``cmap`` gives each code's glyph and the
    ToUnicode map the character it stands for. A character a font lacked has glyph 0.
    """
    import io

    import pikepdf
    from fontTools.ttLib import TTFont

    used: dict[tuple[int, int], set[int]] = {}
    fonts_by_key: dict[tuple[int, int], pikepdf.Dictionary] = {}

    def walk(stream: pikepdf.Object, resources: pikepdf.Dictionary) -> None:
        fonts = resources.get("/Font", {})
        current = None
        for operands, op in pikepdf.parse_content_stream(stream):
            name = str(op)
            if name == "Tf":
                font = fonts.get(str(operands[0]))
                current = font.objgen if font is not None else None
                if font is not None:
                    fonts_by_key[current] = font
            elif name in ("Tj", "'", '"', "TJ") and current is not None:
                items = operands[0] if name == "TJ" else [operands[-1]]
                for item in items:
                    if isinstance(item, pikepdf.String):
                        used.setdefault(current, set()).update(bytes(item))
            elif name == "Do":
                xobjects = resources.get("/XObject", {})
                xobj = xobjects.get(str(operands[0]))
                if xobj is not None and xobj.get("/Subtype") == "/Form":
                    walk(xobj, xobj.get("/Resources", resources))

    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            walk(page.obj, page.obj.get("/Resources", pikepdf.Dictionary()))
        found: list[tuple[str, str]] = []
        for key, codes in used.items():
            font = fonts_by_key[key]
            data = font.get("/FontDescriptor", {}).get("/FontFile2")
            if data is None:
                continue
            tt = TTFont(io.BytesIO(data.read_bytes()))
            order = tt.getGlyphOrder()
            cmap: dict[int, str] = {}
            for table in tt["cmap"].tables:
                cmap.update(table.cmap)
            unicode_of = _to_unicode(font)
            for code in sorted(codes):
                glyph = cmap.get(code)
                if glyph is None or order.index(glyph) == 0:
                    found.append((str(font.BaseFont), unicode_of.get(code, f"code {code}")))
    return found


_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font) -> dict[int, str]:  # noqa: ANN001
    if "/ToUnicode" not in font:
        return {}
    text = font.ToUnicode.read_bytes().decode("latin-1")
    body = text.split("beginbfchar", 1)[-1].split("endbfchar", 1)[0]
    return {
        int(code, 16): bytes.fromhex(uni).decode("utf-16-be", "surrogatepass")
        for code, uni in _BFCHAR.findall(body)
    }
