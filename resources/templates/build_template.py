"""Build ``base.docx``, the style template of the DOCX export, reproducibly.

Run from the repository root::

    .venv/bin/python resources/templates/build_template.py

It starts from python-docx's own default package, throws away what we do not want (thumbnail,
custom XML, the Word 2010 ``stylesWithEffects`` copy, rsids, theme-font references) and writes
our own styles, numbering definitions, font table and settings. The zip is written with fixed
timestamps and core properties, so the same script gives the same bytes.

Style ids used by ``briefing.export.docx`` (keep both in step; a test checks it):
Normal, Title, Subtitle, Heading1-3, Heading1Unlisted-3 (outline level 9: kept out of the
contents), ListBullet, ListNumber, Caption, TOCHeading, TOC1-3, Banner, Cover, CoverMarking,
Note, Label, TableText, TableHeading, Header, Footer; character style PortionMark; table style
BriefingTable. Numbering: numId 1 = bullets, numId 2 = decimal (abstractNum 1).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from lxml import etree

HERE = Path(__file__).resolve().parent
OUT = HERE / "base.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_THUMB = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
R_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
R_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

SERIF = "Noto Serif"
SANS = "Noto Sans"
CJK = "Briefing CJK"  # the bundled CJK face, embedded in each DOCX that uses it
KHMER = "Noto Sans Khmer"
A4_TEXT_WIDTH = 9638  # twips: 210 mm - 2 x 20 mm
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _fonts(latin: str) -> str:
    return f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{CJK}" w:cs="{KHMER}"/>'


def _para(
    sid: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    based: str = "Normal",
    nxt: str = "",
    extra: str = "<w:qFormat/>",
) -> str:
    based_xml = f'<w:basedOn w:val="{based}"/>' if based else ""
    next_xml = f'<w:next w:val="{nxt}"/>' if nxt else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
        f"{based_xml}{next_xml}{extra}<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _heading(level: int, size: int, before: int, after: int, color: str) -> str:
    ppr = (
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>'
        f'<w:outlineLvl w:val="{level - 1}"/>'
    )
    rpr = f'{_fonts(SANS)}<w:b/><w:bCs/><w:color w:val="{color}"/>'
    rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    listed = _para(
        f"Heading{level}",
        f"heading {level}",
        ppr,
        rpr,
        nxt="Normal",
        extra='<w:uiPriority w:val="9"/><w:qFormat/>',
    )
    unlisted = _para(
        f"Heading{level}Unlisted",
        f"Heading {level} (unlisted)",
        '<w:outlineLvl w:val="9"/>',
        "",
        based=f"Heading{level}",
        nxt="Normal",
    )
    return listed + unlisted


def _toc(level: int) -> str:
    ppr = (
        f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{A4_TEXT_WIDTH}"/></w:tabs>'
        f'<w:spacing w:before="{60 if level == 1 else 0}" w:after="40"/>'
        f'<w:ind w:left="{(level - 1) * 284}"/>'
    )
    rpr = "<w:b/><w:bCs/>" if level == 1 else ""
    return _para(
        f"TOC{level}",
        f"toc {level}",
        ppr,
        rpr,
        nxt="Normal",
        extra='<w:uiPriority w:val="39"/><w:unhideWhenUsed/>',
    )


def styles_xml() -> str:
    small = '<w:sz w:val="18"/><w:szCs w:val="18"/>'
    parts = [
        f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>{_fonts(SERIF)}'
        '<w:sz w:val="21"/><w:szCs w:val="21"/>'
        '<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="km-KH"/></w:rPr></w:rPrDefault>'
        # widow control everywhere: no single line of a paragraph alone on a page
        "<w:pPrDefault><w:pPr><w:widowControl/>"
        '<w:spacing w:after="120" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
        'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        _para(
            "Title",
            "Title",
            '<w:spacing w:before="480" w:after="240" w:line="240" w:lineRule="auto"/>'
            '<w:jc w:val="center"/>',
            f'{_fonts(SANS)}<w:b/><w:bCs/><w:color w:val="1F3864"/>'
            '<w:sz w:val="52"/><w:szCs w:val="52"/>',
            nxt="Subtitle",
        ),
        _para(
            "Subtitle",
            "Subtitle",
            '<w:spacing w:after="160"/><w:jc w:val="center"/>',
            f'{_fonts(SANS)}<w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
            nxt="Normal",
        ),
        _heading(1, 32, 360, 160, "1F3864"),
        _heading(2, 26, 280, 100, "1F3864"),
        _heading(3, 22, 200, 60, "262626"),
        _para(
            "ListBullet",
            "List Bullet",
            '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>'
            '<w:ind w:left="357" w:hanging="357"/>',
        ),
        _para(
            "ListNumber",
            "List Number",
            '<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/>'
            '<w:ind w:left="357" w:hanging="357"/>',
        ),
        _para(
            "Caption",
            "caption",
            '<w:keepNext/><w:spacing w:before="160" w:after="60"/>',
            f'{_fonts(SANS)}<w:b/><w:bCs/><w:color w:val="404040"/>{small}',
            nxt="Normal",
            extra='<w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>',
        ),
        _para(
            "TOCHeading",
            "TOC Heading",
            '<w:outlineLvl w:val="9"/>',
            "",
            based="Heading1",
            nxt="Normal",
            extra='<w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>',
        ),
        _toc(1),
        _toc(2),
        _toc(3),
        _para(
            "Banner",
            "Banner",
            '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
            '<w:jc w:val="center"/>',
            f'{_fonts(SANS)}<w:b/><w:bCs/><w:caps/><w:sz w:val="20"/><w:szCs w:val="20"/>',
        ),
        _para(
            "Cover",
            "Cover",
            '<w:spacing w:after="80"/><w:jc w:val="center"/>',
            f'{_fonts(SANS)}<w:sz w:val="22"/><w:szCs w:val="22"/>',
        ),
        _para(
            "CoverMarking",
            "Cover Marking",
            '<w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="12" w:space="4" w:color="auto"/></w:pBdr>'
            '<w:spacing w:before="480" w:after="480"/><w:jc w:val="center"/>',
            f'{_fonts(SANS)}<w:b/><w:bCs/><w:caps/><w:sz w:val="32"/><w:szCs w:val="32"/>',
        ),
        _para("Note", "Note", '<w:spacing w:after="80"/>', f'<w:color w:val="595959"/>{small}'),
        _para(
            "Label",
            "Label",
            '<w:keepNext/><w:spacing w:before="120" w:after="40"/>',
            f'{_fonts(SANS)}<w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/>',
        ),
        _para(
            "TableText",
            "Table Text",
            '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
            '<w:sz w:val="19"/><w:szCs w:val="19"/>',
        ),
        _para(
            "TableHeading",
            "Table Heading",
            "<w:keepNext/>",
            f"{_fonts(SANS)}<w:b/><w:bCs/>",
            based="TableText",
        ),
        _para(
            "Header",
            "header",
            '<w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/>'
            '</w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            f"{_fonts(SANS)}{small}",
            extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
        ),
        _para(
            "Footer",
            "footer",
            '<w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/>'
            '</w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            f"{_fonts(SANS)}{small}",
            extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
        ),
        '<w:style w:type="character" w:customStyle="1" w:styleId="PortionMark">'
        '<w:name w:val="Portion Mark"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>'
        "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>",
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
        '<w:style w:type="table" w:customStyle="1" w:styleId="BriefingTable">'
        '<w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>'
        "<w:tblPr><w:tblBorders>"
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/>'
        '<w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/>'
        '<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/>'
        "<w:trPr><w:tblHeader/></w:trPr>"
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>'
        "</w:style>",
        "</w:styles>",
    ]
    return "".join(parts)


def _level(ilvl: int, fmt: str, text: str, font: str = "") -> str:
    left = 357 * (ilvl + 1)
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="357"/></w:pPr>{rpr}</w:lvl>'
    )


def numbering_xml() -> str:
    bullets = _level(0, "bullet", "\u2022", SANS) + _level(1, "bullet", "\u2013", SANS)
    bullets += _level(2, "bullet", "\u25aa", SANS)
    numbers = _level(0, "decimal", "%1.") + _level(1, "lowerLetter", "%2)")
    numbers += _level(2, "lowerRoman", "%3.")
    return (
        f'<w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{bullets}</w:abstractNum>"
        f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{numbers}</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )


def font_table_xml() -> str:
    fonts = [
        (SERIF, "00", "roman"),
        (SANS, "00", "swiss"),
        (CJK, "86", "swiss"),
        (KHMER, "00", "swiss"),
    ]
    body = "".join(
        f'<w:font w:name="{name}"><w:charset w:val="{charset}"/><w:family w:val="{family}"/>'
        '<w:pitch w:val="variable"/></w:font>'
        for name, charset, family in fonts
    )
    return f'<w:fonts xmlns:w="{W_NS}">{body}</w:fonts>'


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _replace_root(part, xml: str) -> None:
    part._element = etree.fromstring(xml.encode("utf-8"))


def _edit_settings(settings) -> None:
    for tag in ("rsids", "proofState", "savePreviewPicture", "themeFontLang", "zoom"):
        for el in settings.findall(_w(tag)):
            settings.remove(el)
    # Word embeds the fonts again when the user saves (the export embeds its own, subset)
    first = settings[0]
    for tag in ("embedTrueTypeFonts", "saveSubsetFonts"):
        first.addprevious(etree.Element(_w(tag)))
    compat = settings.find(_w("compat"))
    for el in compat.findall(_w("compatSetting")):
        if el.get(_w("name")) == "compatibilityMode":
            el.set(_w("val"), "15")
    update = etree.Element(_w("updateFields"))
    update.set(_w("val"), "true")
    compat.addprevious(update)
    lang = etree.Element(_w("themeFontLang"))
    lang.set(_w("val"), "en-GB")
    lang.set(_w("eastAsia"), "zh-CN")
    lang.set(_w("bidi"), "km-KH")
    settings.find(_w("clrSchemeMapping")).addprevious(lang)


#: the theme's fonts by script: East Asian text and Khmer in our faces, not Word's defaults
_SCRIPT_FACES = {"Jpan": CJK, "Hang": CJK, "Hans": CJK, "Hant": CJK, "Khmr": KHMER}


def _edit_theme(theme_part) -> None:
    root = etree.fromstring(theme_part.blob)
    for group, face in (("majorFont", SANS), ("minorFont", SERIF)):
        for el in root.iter(f"{{{A_NS}}}{group}"):
            el.find(f"{{{A_NS}}}latin").set("typeface", face)
            el.find(f"{{{A_NS}}}ea").set("typeface", CJK)
            el.find(f"{{{A_NS}}}cs").set("typeface", KHMER)
            for script in el.findall(f"{{{A_NS}}}font"):
                if script.get("script") in _SCRIPT_FACES:
                    script.set("typeface", _SCRIPT_FACES[script.get("script")])
    theme_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build() -> bytes:
    document = docx.Document()
    part = document.part
    package = part.package
    for rels, kinds in ((package.rels, {R_THUMB}), (part.rels, {R_CUSTOM, R_EFFECTS})):
        for rid in [rid for rid, rel in rels.items() if rel.reltype in kinds]:
            del rels[rid]
    _replace_root(part._styles_part, styles_xml())
    _replace_root(part.numbering_part, numbering_xml())
    for rel in part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            rel.target_part._blob = font_table_xml().encode("utf-8")
        elif rel.reltype.endswith("/theme"):
            _edit_theme(rel.target_part)
    _edit_settings(part._settings_part.element)

    section = document.sections[0]
    sect_pr = section._sectPr
    for name in list(sect_pr.attrib):
        del sect_pr.attrib[name]
    section.page_width, section.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
    section.left_margin = section.right_margin = docx.shared.Mm(20)
    section.top_margin, section.bottom_margin = docx.shared.Mm(20), docx.shared.Mm(22)
    section.header_distance = section.footer_distance = docx.shared.Mm(10)

    core = document.core_properties
    core.author = core.last_modified_by = "Briefing Book"
    core.title = core.subject = core.keywords = core.comments = ""
    core.created = core.modified = FIXED_TIME.replace(tzinfo=None)
    core.revision = 1

    raw = io.BytesIO()
    document.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Same content, fixed timestamps and order: byte-identical output on every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = body.replace(b"Microsoft Macintosh Word", b"Briefing Book")
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()


def main() -> int:
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
