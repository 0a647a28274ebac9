"""WordprocessingML building blocks for the DOCX writer, made with lxml directly.

python-docx's object layer costs several microseconds per run; a briefing book has thousands of
runs, so runs, fields, bookmarks and the watermark are built here as plain lxml elements.
Nothing here knows about the book: it turns IR runs and small facts into XML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

from lxml import etree

from briefing import ir
from briefing.export.docx.embed import FontUse

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

KHMER_LANG = "km-KH"
HAN_LANG = "zh-CN"

Element = etree._Element


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag or attribute."""
    return f"{{{W_NS}}}{tag}"


# Hot-path names, computed once.
P, PPR, R, RPR, T = w("p"), w("pPr"), w("r"), w("rPr"), w("t")
VAL, TAB, BR = w("val"), w("tab"), w("br")
PSTYLE = w("pStyle")

_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text XML 1.0 can carry, in NFC: no control characters; line ends as ``\\n``. ZW spaces
    stay."""
    if not text.isascii():
        text = ir.nfc(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BAD_CHARS.sub("", text)


def sub(parent: Element, tag: str, **attrs: str) -> Element:
    """A w: child with w: attributes (``sub(p, "pStyle", val="Title")``)."""
    el = etree.SubElement(parent, w(tag))
    for key, value in attrs.items():
        el.set(w(key), value)
    return el


def paragraph(style: str | None = None) -> tuple[Element, Element]:
    """A new ``w:p`` and its ``w:pPr`` (with the style if given)."""
    p = etree.Element(P)
    ppr = etree.SubElement(p, PPR)
    if style:
        etree.SubElement(ppr, PSTYLE).set(VAL, style)
    return p, ppr


def add_text(r: Element, text: str) -> None:
    """Text into a run: ``\\n`` becomes ``w:br``, ``\\t`` becomes ``w:tab``."""
    if "\n" in text or "\t" in text:
        for i, line in enumerate(text.split("\n")):
            if i:
                etree.SubElement(r, BR)
            for j, piece in enumerate(line.split("\t")):
                if j:
                    etree.SubElement(r, TAB)
                if piece:
                    _t(r, piece)
        return
    _t(r, text)


def _t(r: Element, text: str) -> None:
    t = etree.SubElement(r, T)
    t.text = text
    t.set(XML_SPACE, "preserve")


class RunMaker:
    """Makes ``w:r`` elements for IR runs, with the script slot and language each needs.

    Runs name no font: the paragraph styles (and the document defaults) give the Latin face
    (ascii/hAnsi), the East Asian face (eastAsia) and the complex-script face (cs), so that
    changing a style changes its text. Khmer runs say they are complex script (``w:cs``,
    bCs/iCs, bidi language km-KH); Chinese runs carry ``w:hint="eastAsia"`` (for characters
    both slots could take) and zh-CN. Run properties are built once per combination and
    copied. ``use`` collects what the runs print, for the embedded fonts.
    """

    def __init__(self) -> None:
        self._cache: dict[tuple[object, ...], Element] = {}
        self.use = FontUse()

    def rpr(self, run: ir.Run, font: str, size: int, style: str | None = None) -> Element:
        key = (run.script, run.bold, run.italic, run.underline, style)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = _make_rpr(run, style)
        return found.__deepcopy__(None)  # lxml's own deep copy, without copy.deepcopy

    def add(
        self,
        parent: Element,
        runs: Iterable[ir.Run],
        font: str,
        size: int,
        style: str | None = None,
    ) -> None:
        use = self.use
        for run in runs:
            text = clean_text(run.text)
            if not text:
                continue
            use.add_text(text, run.script)
            if run.script is ir.Script.LATIN:
                use.faces.add((font, run.bold, run.italic))
            r = etree.SubElement(parent, R)
            rpr = self.rpr(run, font, size, style)
            if len(rpr):  # plain text in the paragraph's style: no properties at all
                r.append(rpr)
            add_text(r, text)

    def text(self, parent: Element, text: str, font: str, size: int, **flags: bool) -> None:
        """Plain text split by script, e.g. a marking or a cover line."""
        self.add(parent, ir.runs(text, **flags), font, size)


def _make_rpr(run: ir.Run, style: str | None) -> Element:
    rpr = etree.Element(RPR)
    if style:
        sub(rpr, "rStyle", val=style)
    complex_script = run.script == ir.Script.KHMER
    if run.script == ir.Script.HAN:
        sub(rpr, "rFonts", hint="eastAsia")
    if run.bold:
        sub(rpr, "b")
        if complex_script:
            sub(rpr, "bCs")
    if run.italic:
        sub(rpr, "i")
        if complex_script:
            sub(rpr, "iCs")
    if run.underline:
        sub(rpr, "u", val="single")
    if complex_script:
        sub(rpr, "cs")
        sub(rpr, "lang", bidi=KHMER_LANG)
    elif run.script == ir.Script.HAN:
        sub(rpr, "lang", eastAsia=HAN_LANG)
    return rpr


# --------------------------------------------------------------------------- fields


def field_runs(parent: Element, instruction: str, cached: str) -> None:
    """A complex field as runs: begin, instruction, separate, cached result, end."""
    field_char(parent, "begin")
    instr_text(parent, instruction)
    field_char(parent, "separate")
    if cached:
        r = etree.SubElement(parent, R)
        sub(sub(r, "rPr"), "noProof")
        _t(r, cached)
    field_char(parent, "end")


def field_char(parent: Element, kind: str) -> None:
    sub(etree.SubElement(parent, R), "fldChar", fldCharType=kind)


def instr_text(parent: Element, instruction: str) -> None:
    instr = sub(etree.SubElement(parent, R), "instrText")
    instr.text = f" {instruction} "
    instr.set(XML_SPACE, "preserve")


# --------------------------------------------------------------------------- bookmarks

_NOT_NAME = re.compile(r"[^A-Za-z0-9_]+")
MAX_BOOKMARK = 40


def bookmark_names(anchors: Iterable[str]) -> dict[str, str]:
    """Word bookmark names for anchors: ASCII letters, digits and ``_``, a letter first,
    at most 40 characters, unique (a numeric suffix settles clashes made by cleaning)."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for anchor in anchors:
        if anchor in names:
            continue
        base = _NOT_NAME.sub("_", anchor).strip("_") or "heading"
        if not base[0].isalpha():
            base = "h_" + base
        name = base[:MAX_BOOKMARK]
        n = 1
        while name.lower() in used:  # Word compares bookmark names case-insensitively
            n += 1
            suffix = f"_{n}"
            name = base[: MAX_BOOKMARK - len(suffix)] + suffix
        used.add(name.lower())
        names[anchor] = name
    return names


# --------------------------------------------------------------------------- watermark

_SHAPETYPE_136 = (
    '<v:shapetype xmlns:v="{v}" xmlns:o="{o}" id="_x0000_t136" coordsize="21600,21600" '
    'o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
    "<v:formulas>"
    + "".join(
        f'<v:f eqn="{eqn}"/>'
        for eqn in (
            "sum #0 0 10800",
            "prod #0 2 1",
            "sum 21600 0 @1",
            "sum 0 0 @2",
            "sum 21600 0 @3",
            "if @0 @3 0",
            "if @0 21600 @1",
            "if @0 0 @2",
            "if @0 @4 21600",
            "mid @5 @6",
            "mid @8 @5",
            "mid @7 @8",
            "mid @6 @7",
            "sum @6 0 @5",
        )
    )
    + "</v:formulas>"
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;'
    '@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/>'
    "</v:shapetype>"
).format(v=V_NS, o=O_NS)


def watermark_run(text: str, font: str, width: float) -> Element:
    """A diagonal, pale text watermark as Word writes it: a VML WordArt shape in the header,
    ``width`` points wide, centred on the page's text area, behind the text."""
    text, font = escape(text, {'"': "&quot;"}), escape(font)
    shape = (
        f'<v:shape xmlns:v="{V_NS}" xmlns:o="{O_NS}" xmlns:w10="{W10_NS}" '
        'id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width:.1f}pt;'
        f"height:{width / 4:.1f}pt;rotation:315;z-index:-251657216;"
        "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical:center;mso-position-vertical-relative:margin" '
        'o:allowincell="f" fillcolor="silver" stroked="f">'
        '<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string="{text}"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/>'
        "</v:shape>"
    )
    r = etree.Element(R)
    sub(sub(r, "rPr"), "noProof")
    pict = sub(r, "pict")
    pict.append(etree.fromstring(_SHAPETYPE_136))
    pict.append(etree.fromstring(shape))
    return r
