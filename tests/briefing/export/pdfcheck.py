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


# --------------------------------------------------------------------------- page breaks

_SQUASH = re.compile(r"[\s\u200b\u200c\u200d\u00ad]+")


def squash(text: str) -> str:
    """Text without any white space (line wrapping and Khmer word spacing do not matter)."""
    return _SQUASH.sub("", text)


@dataclass
class Layout:
    """What each page shows, in three bands: the running head above the text frame, the
    lines of the frame (top first), and nothing of the banners, footer or watermark."""

    heads: list[str]  # the line above the frame, per page ("" when none)
    lines: list[list[str]]  # the frame's lines, per page


def layout(path: Path, margin_top: float, margin_bottom: float) -> Layout:
    heads: list[str] = []
    lines: list[list[str]] = []
    for page in pages(path):
        # by the bottom of each word: a tall first line (Khmer stacks) reaches above the frame
        words = [w for w in page.words if w.text != "DRAFT"]
        head = [w for w in words if margin_top - 16 < w.y1 <= margin_top]
        body = [w for w in words if margin_top < w.y1 <= page.height - margin_bottom + 3]
        heads.append(" ".join(Page(page.width, page.height, head).lines()))
        lines.append(Page(page.width, page.height, body).lines())
    return Layout(heads, lines)


def headings_last_on_a_page(doc: Layout, headings: list[str]) -> list[tuple[int, str]]:
    """(page, heading) for every heading whose last line is the last line of a page."""
    wanted = {squash(h) for h in headings if squash(h)}
    found = []
    for n, page in enumerate(doc.lines, 1):
        tail = ""
        for line in reversed(page[-4:]):
            tail = squash(line) + tail
            if tail in wanted:
                found.append((n, tail))
                break
    return found


def split_paragraphs(doc: Layout, texts: list[str]) -> tuple[list[tuple[int, int, str]], int]:
    """Paragraphs (``texts``, in the order they print) found split across pages: (lines at
    the foot of the first page, lines at the head of the next, start of the text), and how
    many of ``texts`` were found at all. A paragraph is found as consecutive lines whose text
    makes it up exactly."""
    flat = [(n, squash(line)) for n, page in enumerate(doc.lines) for line in page]
    flat = [(n, s) for n, s in flat if s]
    splits: list[tuple[int, int, str]] = []
    found = 0
    cursor = 0
    for text in texts:
        want = squash(text)
        if not want:
            continue
        for start in range(cursor, len(flat)):
            if not want.startswith(flat[start][1]):
                continue
            got, end = "", start
            while end < len(flat) and want.startswith(got + flat[end][1]):
                got += flat[end][1]
                end += 1
                if got == want:
                    break
            if got != want:
                continue
            found += 1
            cursor = end
            pages_of = [flat[i][0] for i in range(start, end)]
            if pages_of[0] != pages_of[-1]:
                foot = pages_of.count(pages_of[0])
                splits.append((foot, len(pages_of) - foot, text[:40]))
            break
    return splits, found


def continued_heads(doc: Layout, parts: list[str]) -> list[tuple[int, str, str]]:
    """(page, expected, found) for every page that goes on with a part (``parts``: the titles
    of the headings that start a page) without its "<title> (continued)" head, or with a
    head where none belongs."""
    starts = {squash(t): t for t in parts}
    begun: set[str] = set()  # a part starts once: its title again (the tracker's area
    wrong = []  # sub-headings are the briefs' titles) is a heading inside another part
    current: str | None = None
    for n, (head, page) in enumerate(zip(doc.heads, doc.lines, strict=True), 1):
        first = ""
        started = None
        for line in page[:4]:
            first += squash(line)
            if first in starts and starts[first] not in begun:
                started = starts[first]
                begun.add(started)
                break
        if started is not None:
            current = started
            if head:
                wrong.append((n, "", head))
            continue
        if current is None:
            continue
        expected = f"{current} (continued)"
        ok = squash(head) == squash(expected) or (
            head.endswith("\u2026 (continued)")
            and squash(current).startswith(squash(head[: -len("\u2026 (continued)")]))
        )
        if not ok:
            wrong.append((n, expected, head))
    return wrong


def characters_by_font(path: Path) -> dict[str, set[str]]:
    """The characters each font of the PDF draws (its BaseFont without the subset prefix), by
    the codes the content streams show and the font's ToUnicode map."""
    import pikepdf

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
                xobj = resources.get("/XObject", {}).get(str(operands[0]))
                if xobj is not None and xobj.get("/Subtype") == "/Form":
                    walk(xobj, xobj.get("/Resources", resources))

    out: dict[str, set[str]] = {}
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            walk(page.obj, page.obj.get("/Resources", pikepdf.Dictionary()))
        for key, codes in used.items():
            font = fonts_by_key[key]
            name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            unicode_of = _to_unicode_full(font)
            out.setdefault(name, set()).update(
                ch for code in codes for ch in unicode_of.get(code, "")
            )
    return out


_BFRANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode_full(font) -> dict[int, str]:  # noqa: ANN001
    """A ToUnicode map's bfchar and bfrange entries (one-byte codes)."""
    if "/ToUnicode" not in font:
        return {}
    text = font.ToUnicode.read_bytes().decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, uni in _BFCHAR.findall(block):
            out[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be", "surrogatepass")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, first in _BFRANGE.findall(block):
            start = int.from_bytes(bytes.fromhex(first), "big")
            for n, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = chr(start + n)
    return out
