"""Small, documented corrections to reportlab 5.1 that the PDF writer depends on.

Applied once by :func:`apply` (``briefing.export.pdf`` calls it on import). Each fix is covered
by tests in ``tests/briefing/export``; they should be reported upstream
(https://hg.reportlab.com/hg-public/reportlab, reportlab-users mailing list) and removed once a
fixed release is required.

1. ``PDFTextObject.setRise``: when two ``Ts`` operators follow each other, the method merges them
   but forgets to store the new rise. Shaped text with stacked marks (Khmer ម្ពុ in កម្ពុជា with
   Noto Sans Khmer) then leaves the PDF rise at the mark's offset while reportlab believes it is
   back at 0, so every following glyph sits on the wrong baseline.
2. ``shapeFragWord`` shapes a whole "word" (text between spaces) with the font of its *first*
   piece, then looks the glyph ids up in each piece's own font. A word that mixes fonts
   ("កម្ពុជា," with a Latin comma, "(李强)") prints wrong glyphs. We shape each run of one font
   separately.
3. Shaped text is written as glyph codes whose ToUnicode entries are private-use code points, so
   Khmer copies and searches as garbage. Shaped pieces whose glyphs differ from their text are
   wrapped in ``/Span <</ActualText ...>> BDC ... EMC`` carrying the real Unicode text (on the
   glyphs that sit on the baseline; see ``_format_text``).
4. Zero-width break opportunities: the writer marks them as a space in a tiny font size
   (:data:`ZW_SIZE`); those spaces are not drawn at all, so they neither show nor extract.

5. ``makeToUnicodeCMap`` writes each character as ``<%04X>``: a character beyond the BMP
   (𠮟 U+20B9F, Extension B names) becomes five hex digits, which viewers read as another
   character (₹). We write UTF-16BE, with surrogate pairs, as the PDF reference asks.

11. Synthetic oblique: reportlab draws a font as it is, and Khmer, Chinese and the sans Latin
   face have no italic. Text in a font named ``…-Oblique`` (:data:`briefing.export.fonts.
   OBLIQUE`, the upright font under a second name) is drawn slanted by :data:`SLANT`, as Qt
   (FreeType) slants a face without an italic in the editor: a text matrix with that skew
   where the fragment starts, the upright matrix again where the next one starts and at the
   line's end (``_putFragLine``).

Speed-ups (same results, reportlab's C accelerator is not on PyPI for reportlab 4+/5):

6. ``TTFont.stringWidth`` remembers the width of each string per font (line breaking asks for
   the same words and spaces hundreds of thousands of times in a book).
7. ``Canvas._escape`` escapes PDF string bytes with one regular expression instead of a
   Python loop over every byte.
8. ``TTFont.splitString`` answers printable-ASCII text (most of a book) without a loop.
9. ``paragraph.sameFrag`` compares the usual attributes by identity first;
   ``paragraph.getAscentDescent`` remembers its answer per font and size (fonts registered
   under a name never change).
10. ``paragraph.stringWidth`` and the number formatter ``fp_str`` used by the text and canvas
   code remember their answers (same inputs, same output strings).
"""

from __future__ import annotations

import re
from typing import Any

ZW_SIZE = 0.01  # font size of the invisible spaces that stand for line-break opportunities
OBLIQUE = "-Oblique"  # the suffix of a synthetic oblique's font name (briefing.export.fonts)
SLANT = 0.2126  # tan(12°): FreeType's FT_GlyphSlot_Oblique, what Qt shows on Linux

_applied = False

#: Text that needs harfbuzz: combining marks, joiners and the complex scripts (Hebrew to
#: Mongolian, including Khmer), Indic extensions, presentation forms, astral planes. Latin,
#: Greek, Cyrillic and Han are drawn glyph by glyph, in shaped and unshaped paragraphs alike.
_COMPLEX = re.compile(
    "[\u0300-\u036f\u0590-\u1dff\u200c\u200d\ua800-\uabff\ufb1d-\ufdff\ufe70-\ufeff"
    "\U00010000-\U0010ffff]"
)


def _fixed_set_rise(self: Any, rise: float) -> None:
    """``PDFTextObject.setRise`` with the merge branch also recording the new rise."""
    from reportlab.lib.rl_accel import fp_str

    code = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        self._y += self._rise  # undo the merged-away operator
        self._code[-1] = code
    else:
        self._code.append(code)
    self._rise = rise  # reportlab 5.1.0 forgets this in the merge branch
    self._y -= rise


def _actual_str_class() -> type:
    from reportlab.pdfbase.ttfonts import ShapedStr

    class ActualShapedStr(ShapedStr):
        """A shaped string that remembers the Unicode text it was shaped from."""

        bb_actual: str = ""

        def __add__(self, other: str) -> Any:
            return _with_actual(super().__add__(other), self.bb_actual + _actual_of(other))

        def __radd__(self, other: str) -> Any:
            return _with_actual(super().__radd__(other), _actual_of(other) + self.bb_actual)

    return ActualShapedStr


_ActualShapedStr: Any = None


def _actual_of(text: str) -> str:
    return getattr(text, "bb_actual", None) or str(text)


def _with_actual(shaped: Any, actual: str) -> Any:
    new = _ActualShapedStr(str(shaped), shapeData=shaped.__shapeData__)
    new.bb_actual = actual
    return new


def _make_shape_frag_word(original: Any) -> Any:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr, makeShapedFragWord

    complex_text = _COMPLEX.search

    def tag(result: Any, pieces: list[tuple[Any, str]]) -> Any:
        """Give each shaped piece whose glyphs differ from its text that text as ActualText."""
        if not isinstance(result, ShapedFragWord):
            return result
        for i in range(1, len(result)):
            frag, shaped = result[i]
            if not isinstance(shaped, ShapedStr) or isinstance(shaped, _ActualShapedStr):
                continue
            actual = "".join(s for f, s in pieces if f is frag)
            # Also when the glyphs are the characters (ចិន): harfbuzz still moved the marks,
            # and poppler then reads a moved mark out of order ("ចន ិ").
            if actual and (actual != str(shaped) or complex_text(actual)):
                result[i] = (frag, _with_actual(shaped, actual))
        return result

    def shape_frag_word(w: Any, features: Any = None, force: bool = False) -> Any:
        if not force:
            for item in w[1:]:
                if complex_text(item[1]):
                    break
            else:
                return w  # nothing harfbuzz would change (Latin, Han): the common case
        if isinstance(w, ShapedFragWord):
            return w
        kwargs: dict[str, Any] = {"force": force}
        if features is not None:
            kwargs["features"] = features
        # Runs of one font are shaped apart; a zero-width special (an anchor) is a group of
        # its own, because reportlab's re-insertion of specials breaks the word (IndexError).
        groups: list[list[tuple[Any, str]]] = []
        key: object = None
        for frag, text in w[1:]:
            if hasattr(frag, "cbDefn"):
                groups.append([(frag, text)])
                key = None
                continue
            this = (frag.fontName, frag.fontSize)
            if this != key:
                groups.append([])
                key = this
            groups[-1].append((frag, text))
        if len(groups) == 1:
            return tag(original(w, **kwargs), list(w[1:]))
        needs = [any(complex_text(t) for f, t in g) for g in groups]
        parts: list[Any] = []
        total = 0.0
        changed = False
        for group, need in zip(groups, needs, strict=True):
            width = sum(
                stringWidth(s, f.fontName, f.fontSize) for f, s in group if not hasattr(f, "cbDefn")
            )
            sub = [width, *group]
            shaped = original(sub, **kwargs) if need or force else sub
            if shaped is not sub:
                changed = True
                shaped = tag(shaped, group)
            total += shaped[0]
            parts.extend(shaped[1:])
        if not changed:
            return w
        return makeShapedFragWord(w)([total, *parts])

    shape_frag_word.__wrapped__ = original  # type: ignore[attr-defined]
    return shape_frag_word


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with UTF-16BE destinations (surrogate pairs beyond
    the BMP) instead of ``<%04X>``."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


_WIDTH_CACHE_LIMIT = 200_000


def _fast_string_width(self: Any, text: str | bytes, size: float, encoding: str = "utf8") -> float:
    """``TTFont.stringWidth`` with a per-font memo of the width at 1000 units."""
    if not isinstance(text, str):
        text = text.decode(encoding or "utf8")
    memo = self.__dict__.get("_bb_widths")
    if memo is None:
        memo = self._bb_widths = {}
    width = memo.get(text)
    if width is None:
        get = self.face.charWidths.get
        default = self.face.defaultWidth
        width = sum([get(ord(u), default) for u in text])
        if len(memo) < _WIDTH_CACHE_LIMIT:
            memo[str(text)] = width
    return 0.001 * size * width


_ESCAPES = {bytes([c]): f"\\{c:03o}".encode() for c in (*range(32), *range(127, 256))}
_ESCAPES.update({b"\\": b"\\\\", b"(": b"\\(", b")": b"\\)"})
_ESCAPE_RE = re.compile(rb"[^\x20-\x7e]|[\\\\()]")


def _escape_match(match: re.Match[bytes]) -> bytes:
    return _ESCAPES[match.group()]


def _fast_escape(self: Any, s: bytes | str) -> str:
    """``Canvas._escape`` (reportlab's ``escapePDF``) without a per-byte Python loop."""
    if isinstance(s, str):
        s = s.encode("latin-1")
    return _ESCAPE_RE.sub(_escape_match, s).decode("ascii")


def _make_split_string(original: Any) -> Any:
    def split_string(self: Any, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        if type(text) is str and text.isascii():
            state = self.state.get(doc)
            if state is not None:
                ascii_ok = state.__dict__.get("_bb_ascii")
                if ascii_ok is None:
                    codes = state.assignments
                    ascii_ok = frozenset(chr(c) for c in range(32, 127) if codes.get(c) == c)
                    state._bb_ascii = ascii_ok
                if ascii_ok.issuperset(text):
                    return [(0, text.encode("ascii"))] if text else []
        return original(self, text, doc, encoding)

    split_string.__wrapped__ = original  # type: ignore[attr-defined]
    return split_string


def _memo_para_width(original: Any) -> Any:
    memo: dict[tuple[str, str, float], float] = {}

    def string_width(text: str, fontName: str, fontSize: float, encoding: Any = None) -> float:
        key = (text, fontName, fontSize)
        width = memo.get(key)
        if width is None:
            width = original(text, fontName, fontSize, encoding)
            if len(memo) < _WIDTH_CACHE_LIMIT:
                memo[key] = width
        return width

    return string_width


def _fast_fp_str(original: Any) -> Any:
    """reportlab's number formatting (6 significant digits, no trailing zeros) for one number
    without its logarithm; anything else goes to the original."""

    def fp_str(*a: Any) -> str:
        if len(a) != 1 or type(a[0]) not in (int, float):
            return original(*a)
        x = a[0]
        size = abs(x)
        if size <= 1e-7:
            return "0"
        if size < 10:
            places = 6
        elif size < 100:
            places = 5
        elif size < 1000:
            places = 4
        elif size < 10000:
            places = 3
        elif size < 100000:
            places = 2
        elif size < 1000000:
            places = 1
        else:
            places = 0
        text = f"{x:.{places}f}"
        if places:
            text = text.rstrip("0").rstrip(".")
        if text[0] == "0" and len(text) > 1:
            return text[1:]
        return text

    return fp_str


_SAME_KEYS = ("textColor", "rise", "us_lines", "link", "backColor", "nobr")


def _same_frag(f: Any, g: Any) -> bool:
    """reportlab's ``sameFrag`` (same attributes compared), with identity short cuts."""
    fd = f.__dict__
    gd = g.__dict__
    if fd.get("fontName") != gd.get("fontName") or fd.get("fontSize") != gd.get("fontSize"):
        return False
    if "cbDefn" in fd or "lineBreak" in fd or "cbDefn" in gd or "lineBreak" in gd:
        return False
    for key in _SAME_KEYS:
        a = fd.get(key)
        b = gd.get(key)
        if a is not b and a != b:
            return False
    return True


def _memo_ascent_descent(original: Any) -> Any:
    memo: dict[tuple[str, float | None], tuple[float, float]] = {}

    def get_ascent_descent(fontName: str, fontSize: float | None = None) -> tuple[float, float]:
        key = (fontName, fontSize)
        found = memo.get(key)
        if found is None:
            found = memo[key] = original(fontName, fontSize)
        return found

    return get_ascent_descent


def _make_put_frag_line(original: Any) -> Any:
    """One ActualText span per paragraph line that holds shaped text.

    Per-word spans extracted badly with poppler: it spreads a span's text over the span's
    glyphs, and short Khmer words ending in a mark (ជាប់, នឹង) were torn across lines."""

    def put_frag_line(cur_x: float, tx: Any, line: Any, last: Any, kind: str) -> Any:
        frags = [f for f in line.words if not hasattr(f, "cbDefn")]
        slanted = any(f.fontName.endswith(OBLIQUE) and f.fontSize > ZW_SIZE for f in frags)
        if slanted:
            tx._textOut = _slanting_text_out(tx)
        try:
            if not any(getattr(f.text, "bb_actual", None) for f in frags):
                return original(cur_x, tx, line, last, kind)
            actual = "".join(_actual_of(f.text) for f in frags if f.fontSize > ZW_SIZE)
            tx._code.append(f"/Span <</ActualText {_pdf_text_string(actual.rstrip())}>> BDC")
            tx._bb_line_span = True
            try:
                return original(cur_x, tx, line, last, kind)
            finally:
                tx._bb_line_span = False
                tx._code.append("EMC")
        finally:
            if slanted:
                del tx._textOut

    return put_frag_line


def _slanting_text_out(tx: Any) -> Any:
    """``tx._textOut`` for one line of fragments, some of them in an oblique font: where one
    starts, the text matrix takes the slant (at the fragment's place: a text matrix sets the
    position too); where an upright one follows, and at the end of the line (before ``T*``
    goes to the next), the upright matrix comes back. The fragments' places are summed as
    reportlab sums them for underlines and links."""
    from reportlab.lib.rl_accel import fp_str

    draw = type(tx)._textOut.__get__(tx)
    canvas = tx._canvas
    state = {"advance": 0.0, "spaces": 0, "slanted": False, "moved": False}

    def text_out(text: str, TStar: int = 0) -> None:  # noqa: N803
        font, size = tx._fontname, tx._fontsize
        y = tx.XtraState.cur_y
        x = tx._x0 + state["advance"] + state["spaces"] * getattr(tx, "_wordSpace", 0)
        visible = bool(text) and size is not None and size > ZW_SIZE
        if visible and font.endswith(OBLIQUE):
            if not state["slanted"]:
                tx._code.append(f"1 0 {fp_str(SLANT)} 1 {fp_str(x)} {fp_str(y)} Tm")
                state["slanted"] = state["moved"] = True
        elif visible and state["slanted"]:
            tx._code.append(f"1 0 0 1 {fp_str(x)} {fp_str(y)} Tm")
            state["slanted"] = False
        draw(text, 0)
        if text:
            state["advance"] += canvas.stringWidth(text, font, size)
            state["spaces"] += text.count(" ") + text.count("\xa0")
        if TStar:
            if state["moved"]:  # the line matrix where reportlab believes it is
                tx._code.append(f"1 0 0 1 {fp_str(tx._x0)} {fp_str(y)} Tm")
            tx._code.append("T*")

    return text_out


def _pdf_text_string(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _make_format_text(original: Any) -> Any:
    def _format_text(self: Any, text: str) -> str:
        if self._fontsize is not None and self._fontsize <= ZW_SIZE and not text.strip(" "):
            return ""  # a zero-width break opportunity: nothing to draw
        actual = getattr(text, "bb_actual", None)
        if not actual or getattr(self, "_bb_line_span", False):
            return original(self, text)
        return f"/Span <</ActualText {_pdf_text_string(actual)}>> BDC {original(self, text)} EMC"

    _format_text.__wrapped__ = original  # type: ignore[attr-defined]
    return _format_text


def apply() -> None:
    """Install the fixes (idempotent)."""
    global _applied, _ActualShapedStr
    if _applied:
        return
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfgen import canvas, textobject
    from reportlab.platypus import paragraph

    _ActualShapedStr = _actual_str_class()
    textobject.PDFTextObject.setRise = _fixed_set_rise
    textobject.PDFTextObject._formatText = _make_format_text(textobject.PDFTextObject._formatText)
    shape = _make_shape_frag_word(ttfonts.shapeFragWord)
    ttfonts.shapeFragWord = shape
    paragraph.shapeFragWord = shape
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
    ttfonts.TTFont.stringWidth = _fast_string_width
    canvas.Canvas._escape = _fast_escape
    ttfonts.TTFont.splitString = _make_split_string(ttfonts.TTFont.splitString)
    paragraph.stringWidth = _memo_para_width(paragraph.stringWidth)
    paragraph.sameFrag = _same_frag
    paragraph._putFragLine = _make_put_frag_line(paragraph._putFragLine)
    paragraph.getAscentDescent = _memo_ascent_descent(paragraph.getAscentDescent)
    fp_str = _fast_fp_str(textobject.fp_str)
    textobject.fp_str = fp_str
    canvas.fp_str = fp_str
    _applied = True


def original_set_rise() -> Any:
    """reportlab's own (buggy in 5.1.0) ``setRise``, for the regression test."""
    return _original_set_rise


def _remember() -> Any:
    from reportlab.pdfgen.textobject import PDFTextObject

    return PDFTextObject.setRise


_original_set_rise = _remember()
