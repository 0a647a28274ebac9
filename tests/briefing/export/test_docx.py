"""The DOCX writer: XML compared with committed references, plus direct checks.

Regenerate the references after an intended change with::

    BRIEFING_UPDATE_REFERENCE=1 .venv/bin/python -m pytest tests/briefing/export/test_docx.py

and review the diff of ``tests/briefing/export/reference/`` before committing it.
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from briefing import ir
from briefing.export.docx import xml as _docx_xml
from briefing.export.docx.writer import template_bytes, write_docx

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("BRIEFING_UPDATE_REFERENCE") == "1"
ROOT = Path(__file__).resolve().parents[3]

W = _docx_xml.W_NS
NS = {"w": W, "v": _docx_xml.V_NS, "r": docx.oxml.ns.nsmap["r"]}
KHMER = "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត"
CHINESE = "李强"
ZWSP_TEXT = "ក\u200bខ and zero\u200bwidth"
LONG_ANCHOR = "area/trade & investment/commitments-of-the-10-october-2024-meeting"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def sample(paper: str = "A4", draft: bool = True) -> ir.Document:
    R = ir.runs
    blocks: list[ir.Block] = [
        ir.Cover(
            ministry="Ministry of Foreign Affairs and International Cooperation",
            department="General Department of Asia-Pacific",
            title=R("Official Visit to the People's Republic of China"),
            occasion=R("Briefing book for " + KHMER),
            place_and_dates=R("Beijing, 3-5 December 2026"),
            marking="Confidential // Eyes only",
            version="Draft of 28 November 2026",
            prepared_by="Asia-Pacific Desk",
            status="DRAFT",
            copy="Copy 3 of 12",
        ),
        ir.Contents(),
        ir.Heading(1, R("Purpose of the visit"), "purpose", page_break_before=True),
        ir.Paragraph(
            R("The Prime Minister, ") + R(KHMER) + R(", meets Premier ") + R(CHINESE) + R("."),
            portion="C",
        ),
        ir.Paragraph(R(ZWSP_TEXT), style="note"),
        ir.Heading(2, R("Objectives"), "purpose/objectives"),
        ir.ListBlock([R("Reaffirm the friendship."), R("Agree on clean energy.")], ordered=True),
        ir.ListBlock([R("A bullet"), R("Bold ") + R(CHINESE, bold=True)], portion="U"),
        ir.ListBlock([R("Numbered again")], ordered=True),
        ir.Heading(1, R("Trade — ") + R(CHINESE), LONG_ANCHOR, page_break_before=True),
        ir.Paragraph(R("Label"), style="label"),
        ir.Paragraph(
            R("Bold", bold=True) + R(" italic", italic=True) + R(" under", underline=True)
        ),
        ir.Paragraph(R(KHMER, bold=True, italic=True)),
        ir.Table(
            header=[R("Commitment"), R("Side"), R("Status")],
            rows=[
                [R("Increase imports of agricultural products"), R("China"), R("in progress")],
                [R(KHMER), R(CHINESE), R("line one\nline two")],
            ],
            widths=[0.6, 0.2, 0.2],
            caption="Status of previous commitments",
        ),
        ir.Heading(3, R("Background"), "area/trade/background"),
        ir.Heading(2, R("Not listed"), "unlisted", in_contents=False),
        ir.PageBreak(),
        ir.Heading(1, R("Biographies"), "bios"),
    ]
    return ir.Document(
        meta=ir.Metadata(
            title="Official Visit to China",
            subject="Briefing book",
            author="Asia-Pacific Desk",
            keywords=["China", "visit"],
            classification="CONFIDENTIAL",
        ),
        marking="Confidential // Eyes only",
        paper=paper,
        draft=draft,
        footer_note="Copy 3 of 12",
        blocks=blocks,
    )


def build(doc: ir.Document | None = None, **kwargs) -> zipfile.ZipFile:
    out = io.BytesIO()
    write_docx(doc or sample(), out, **kwargs)
    return zipfile.ZipFile(io.BytesIO(out.getvalue()))


def xml(package: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(package.read(name))


def part_names(package: zipfile.ZipFile) -> dict[str, str]:
    """The header and footer part names, found through the section's references."""
    rels = xml(package, "word/_rels/document.xml.rels")
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    sect = xml(package, "word/document.xml").find(f"{w('body')}/{w('sectPr')}")
    rid = f"{{{NS['r']}}}id"
    header = sect.find(w("headerReference")).get(rid)
    footer = sect.find(w("footerReference")).get(rid)
    return {"header": "word/" + targets[header], "footer": "word/" + targets[footer]}


def texts(el: etree._Element) -> str:
    return "".join(el.xpath(".//w:t/text()", namespaces=NS))


@pytest.fixture(scope="module")
def package() -> zipfile.ZipFile:
    return build(page_numbers={"purpose": 3, "bios": 9})


@pytest.fixture(scope="module")
def body(package: zipfile.ZipFile) -> etree._Element:
    return xml(package, "word/document.xml").find(w("body"))


# --------------------------------------------------------------------------- references

_VOLATILE = re.compile(r"^\{[^}]+\}(rsid\w*|paraId|textId)$")


def normalise(data: bytes) -> str:
    """Pretty-printed XML without rsids, paragraph ids or timestamps."""
    root = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
    for el in root.iter():
        for name in [n for n in el.attrib if _VOLATILE.match(n)]:
            del el.attrib[name]
    for stamp in root.xpath("//*[local-name()='created' or local-name()='modified']"):
        stamp.text = "TIMESTAMP"
    return etree.tostring(root, pretty_print=True, encoding="unicode")


@pytest.mark.parametrize("part", ["document", "header", "footer"])
def test_xml_matches_reference(package: zipfile.ZipFile, part: str) -> None:
    name = "word/document.xml" if part == "document" else part_names(package)[part]
    actual = normalise(package.read(name))
    reference = REFERENCE / f"{part}.xml"
    if UPDATE:
        REFERENCE.mkdir(exist_ok=True)
        reference.write_text(actual, encoding="utf-8")
    assert reference.exists(), "no reference: run with BRIEFING_UPDATE_REFERENCE=1"
    assert actual == reference.read_text(encoding="utf-8")


def test_output_is_deterministic_apart_from_timestamps() -> None:
    first, second = build(), build()
    for name in first.namelist():
        assert normalise_any(first.read(name)) == normalise_any(second.read(name)), name


def normalise_any(data: bytes) -> bytes | str:
    return normalise(data) if data.lstrip().startswith(b"<") else data


# --------------------------------------------------------------------------- runs and scripts


def runs_with_text(body: etree._Element, text: str) -> list[etree._Element]:
    return [r for r in body.iter(w("r")) if texts(r) == text]


def test_khmer_runs_use_complex_script_slot(body: etree._Element) -> None:
    found = runs_with_text(body, KHMER)
    assert len(found) >= 3  # paragraph, bold-italic paragraph, table cell
    for r in found:
        rpr = r.find(w("rPr"))
        assert rpr.find(w("rFonts")) is None  # the face comes from the style (w:cs)
        assert rpr.find(w("cs")) is not None
        assert rpr.find(w("lang")).get(w("bidi")) == "km-KH"
    bold = [r for r in found if r.find(f"{w('rPr')}/{w('b')}") is not None]
    assert bold and bold[0].find(f"{w('rPr')}/{w('bCs')}") is not None
    assert bold[0].find(f"{w('rPr')}/{w('iCs')}") is not None


def test_chinese_runs_use_east_asian_slot(body: etree._Element) -> None:
    found = runs_with_text(body, CHINESE)
    assert len(found) >= 3
    for r in found:
        fonts = r.find(f"{w('rPr')}/{w('rFonts')}")
        assert dict(fonts.attrib) == {w("hint"): "eastAsia"}  # no face: the style's eastAsia
        assert r.find(f"{w('rPr')}/{w('lang')}").get(w("eastAsia")) == "zh-CN"


def test_runs_name_no_font_the_styles_do(package: zipfile.ZipFile, body: etree._Element) -> None:
    runs = list(body.iter(w("r")))
    assert len(runs) > 40
    named = [
        r
        for r in runs
        for f in r.iterfind(f"{w('rPr')}/{w('rFonts')}")
        if set(f.attrib) - {w("hint")}
    ]
    assert named == []
    (run,) = runs_with_text(body, "Bold")
    assert run.find(f"{w('rPr')}/{w('b')}") is not None
    (run,) = runs_with_text(body, " italic")
    assert run.find(f"{w('rPr')}/{w('i')}") is not None
    (run,) = runs_with_text(body, " under")
    assert run.find(f"{w('rPr')}/{w('u')}").get(w("val")) == "single"
    # every paragraph style used names its faces for all three slots (or inherits them)
    styles = xml(package, "word/styles.xml")
    by_id = {s.get(w("styleId")): s for s in styles.iter(w("style"))}
    defaults = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")

    def slot(style_id: str | None, name: str) -> str | None:
        while style_id:
            style = by_id[style_id]
            fonts = style.find(f"{w('rPr')}/{w('rFonts')}")
            if fonts is not None and fonts.get(w(name)):
                return fonts.get(w(name))
            based = style.find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None
        return defaults.get(w(name))

    used = {p.get(w("val")) for p in body.iter(w("pStyle"))}
    for sid in used:
        assert slot(sid, "ascii") in ("Noto Serif", "Noto Sans"), sid
        assert slot(sid, "eastAsia") == "Briefing CJK", sid
        assert slot(sid, "cs") == "Noto Sans Khmer", sid
    assert slot("Normal", "ascii") == "Noto Serif"
    assert slot("Heading1", "ascii") == "Noto Sans"


def test_zero_width_space_and_line_breaks_survive(body: etree._Element) -> None:
    assert ZWSP_TEXT in texts(body)
    cell = [r for r in body.iter(w("r")) if "line one" in texts(r)][0]
    assert [c.tag for c in cell if c.tag != w("rPr")] == [w("t"), w("br"), w("t")]


def test_portion_marks(body: etree._Element) -> None:
    marks = [r for r in body.iter(w("r")) if r.find(f"{w('rPr')}/{w('rStyle')}") is not None]
    assert [texts(r) for r in marks] == ["(C) ", "(U) ", "(U) "]


# --------------------------------------------------------------------------- structure


def test_headings_have_bookmarks(body: etree._Element) -> None:
    names = [b.get(w("name")) for b in body.iter(w("bookmarkStart"))]
    headings = sample().headings()
    assert len(names) == len(headings) == len(set(names))
    assert all(len(n) <= 40 and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", n) for n in names)
    assert names[0] == "purpose"
    assert names[2].startswith("area_trade_investment_commitments")
    starts = {b.get(w("id")) for b in body.iter(w("bookmarkStart"))}
    assert starts == {b.get(w("id")) for b in body.iter(w("bookmarkEnd"))}


def test_bookmark_names_are_sanitised_and_unique() -> None:
    long = "x" * 60
    names = _docx_xml.bookmark_names(["1st", long, long + "y", "a-b", "a_b", "ក"])
    assert names["1st"] == "h_1st"
    assert names[long] == "x" * 40
    assert names[long + "y"] == "x" * 38 + "_2"
    assert names["a-b"] == "a_b" and names["a_b"] == "a_b_2"
    assert names["ក"] == "heading"


def test_heading_styles_and_page_breaks(body: etree._Element) -> None:
    styles = {
        texts(p): p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val"))
        for p in body.iter(w("p"))
        if p.find(f"{w('pPr')}/{w('pStyle')}") is not None
    }
    assert styles["Purpose of the visit"] == "Heading1"
    assert styles["Objectives"] == "Heading2"
    assert styles["Background"] == "Heading3"
    assert styles["Not listed"] == "Heading2Unlisted"
    breaks = [
        texts(p)
        for p in body.iter(w("p"))
        if p.find(f"{w('pPr')}/{w('pageBreakBefore')}") is not None
    ]
    # cover ends its page; explicit page_break_before; ir.PageBreak before "Biographies"
    assert breaks == ["Contents", "Purpose of the visit", f"Trade — {CHINESE}", "Biographies"]


def test_contents_is_a_prefilled_toc_field(body: etree._Element) -> None:
    instr = [t.text for t in body.iter(w("instrText"))]
    assert instr[0] == ' TOC \\o "1-3" \\h \\z \\u '
    entries = [
        p
        for p in body.iter(w("p"))
        if p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")).startswith("TOC")
        and p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) != "TOCHeading"
    ]
    listed = [h for h in sample().headings() if h.in_contents]
    assert len(entries) == len(listed) == 5
    bookmarks = [b.get(w("name")) for b in body.iter(w("bookmarkStart"))]
    for p, heading in zip(entries, listed, strict=True):
        link = p.find(w("hyperlink"))
        assert link.get(w("anchor")) in bookmarks
        assert texts(link).startswith(heading.text)
        style = p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val"))
        assert style == f"TOC{heading.level}"
    pages = [page_cell(p) for p in entries]
    assert pages[0] == "3" and pages[-1] == "9"  # from page_numbers
    assert all(n.isdigit() for n in pages)  # the rest estimated
    kinds = [c.get(w("fldCharType")) for c in body.iter(w("fldChar"))]
    assert kinds.count("begin") == kinds.count("end") == 1 + len(listed)  # TOC + PAGEREFs


def page_cell(entry: etree._Element) -> str:
    """The text after the tab of a contents entry."""
    tab = next(entry.find(w("hyperlink")).iter(w("tab")))
    return "".join(tab.xpath("following::w:t/text()", namespaces=NS)[:1])


def test_estimated_page_numbers_without_mapping() -> None:
    body = xml(build(), "word/document.xml").find(w("body"))
    entries = [p for p in body.iter(w("p")) if p.find(w("hyperlink")) is not None]
    pages = [int(page_cell(p)) for p in entries]
    assert pages == [3, 3, 4, 4, 5]  # cover 1, contents 2, three page breaks


def test_lists_use_list_styles_and_restart_numbering(package: zipfile.ZipFile) -> None:
    body = xml(package, "word/document.xml").find(w("body"))
    by_style: dict[str, list[etree._Element]] = {}
    for p in body.iter(w("p")):
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        if style is not None:
            by_style.setdefault(style.get(w("val")), []).append(p)
    assert len(by_style["ListBullet"]) == 2
    numbered = by_style["ListNumber"]
    ids = [p.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}").get(w("val")) for p in numbered]
    assert ids[0] == ids[1] != ids[2]
    numbering = xml(package, "word/numbering.xml")
    for num_id in set(ids):
        (num,) = numbering.xpath(f"w:num[@w:numId='{num_id}']", namespaces=NS)
        assert num.xpath("w:lvlOverride/w:startOverride/@w:val", namespaces=NS) == ["1"]


def test_table(body: etree._Element) -> None:
    (tbl,) = body.iter(w("tbl"))
    assert tbl.find(f"{w('tblPr')}/{w('tblStyle')}").get(w("val")) == "BriefingTable"
    cols = [int(c.get(w("w"))) for c in tbl.iter(w("gridCol"))]
    assert sum(cols) == 9638  # the A4 text width
    assert [round(c / 9638, 3) for c in cols] == [0.6, 0.2, 0.2]
    rows = tbl.findall(w("tr"))
    assert len(rows) == 3
    assert rows[0].find(f"{w('trPr')}/{w('tblHeader')}") is not None
    assert all(r.find(f"{w('trPr')}/{w('tblHeader')}") is None for r in rows[1:])
    assert all(r.find(f"{w('trPr')}/{w('cantSplit')}") is not None for r in rows)
    fills = {c.get(w("fill")) for c in rows[0].iter(w("shd"))}
    assert fills == {"D9E2F3"}
    assert not list(rows[1].iter(w("shd")))
    caption = tbl.getprevious()
    assert caption.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "Caption"


# --------------------------------------------------------------------------- page furniture


def test_header_and_footer_carry_marking_and_fields(package: zipfile.ZipFile) -> None:
    names = part_names(package)
    header, footer = xml(package, names["header"]), xml(package, names["footer"])
    assert texts(header) == "CONFIDENTIAL // EYES ONLY"
    assert header.xpath("count(.//w:b)", namespaces=NS) >= 1
    banners = footer.xpath(".//w:p[w:pPr/w:pStyle/@w:val='Banner']", namespaces=NS)
    assert [texts(p) for p in banners] == ["CONFIDENTIAL // EYES ONLY"]
    assert footer[-1] is banners[0]  # the marking is the bottom line
    instr = [t.text.strip() for t in footer.iter(w("instrText"))]
    assert instr == ["PAGE", "NUMPAGES"]
    assert "Copy 3 of 12" in texts(footer) and "Page 1 of " in texts(footer)
    sect = xml(package, "word/document.xml").find(f"{w('body')}/{w('sectPr')}")
    assert sect.find(w("titlePg")) is None  # the same header on the cover


def test_watermark_only_for_drafts(package: zipfile.ZipFile) -> None:
    header = xml(package, part_names(package)["header"])
    (shape,) = header.iter(f"{{{_docx_xml.V_NS}}}shape")
    assert shape.get("id").startswith("PowerPlusWaterMarkObject")
    (path,) = shape.iter(f"{{{_docx_xml.V_NS}}}textpath")
    assert path.get("string") == "DRAFT"
    final = build(sample(draft=False))
    header = xml(final, part_names(final)["header"])
    assert not list(header.iter(f"{{{_docx_xml.V_NS}}}shape"))


@pytest.mark.parametrize(
    ("paper", "size", "tab"), [("A4", (11906, 16838), 9638), ("Letter", (12240, 15840), 9972)]
)
def test_page_size(paper: str, size: tuple[int, int], tab: int) -> None:
    package = build(sample(paper=paper))
    sect = xml(package, "word/document.xml").find(f"{w('body')}/{w('sectPr')}")
    pg = sect.find(w("pgSz"))
    assert (int(pg.get(w("w"))), int(pg.get(w("h")))) == size
    mar = sect.find(w("pgMar"))
    assert int(mar.get(w("left"))) == int(mar.get(w("right"))) == 1134  # 2 cm
    footer = xml(package, part_names(package)["footer"])
    assert tab in [int(t.get(w("pos"))) for t in footer.iter(w("tab")) if t.get(w("pos"))]


def test_core_properties_and_settings(package: zipfile.ZipFile) -> None:
    document = docx.Document(io.BytesIO(_bytes(package)))
    core = document.core_properties
    assert core.title == "Official Visit to China"
    assert core.subject == "Briefing book"
    assert core.author == "Asia-Pacific Desk"
    assert core.keywords == "China; visit"
    assert core.category == "CONFIDENTIAL"
    assert core.content_status == "Confidential // Eyes only"
    assert core.created is not None and core.created.year >= 2025
    settings = xml(package, "word/settings.xml")
    assert settings.find(w("updateFields")).get(w("val")) == "true"


def _bytes(package: zipfile.ZipFile) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as copy:
        for name in package.namelist():
            copy.writestr(name, package.read(name))
    return out.getvalue()


def test_every_style_used_exists_in_the_template(package: zipfile.ZipFile) -> None:
    defined = set(xml(package, "word/styles.xml").xpath("//w:style/@w:styleId", namespaces=NS))
    used = set()
    for name in ["word/document.xml", *part_names(package).values()]:
        used |= set(
            xml(package, name).xpath(
                "//w:pStyle/@w:val | //w:rStyle/@w:val | //w:tblStyle/@w:val", namespaces=NS
            )
        )
    assert used and used <= defined


# --------------------------------------------------------------------------- template


def _load_build_template():
    path = ROOT / "resources" / "templates" / "build_template.py"
    spec = importlib.util.spec_from_file_location("build_template", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_template_matches_its_script() -> None:
    fresh = zipfile.ZipFile(io.BytesIO(_load_build_template().build()))
    committed = zipfile.ZipFile(io.BytesIO(template_bytes()))
    for name in ("word/styles.xml", "word/numbering.xml", "word/settings.xml"):
        assert fresh.read(name) == committed.read(name), f"{name}: run build_template.py"


def test_template_defaults() -> None:
    styles = xml(zipfile.ZipFile(io.BytesIO(template_bytes())), "word/styles.xml")
    (fonts,) = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", namespaces=NS)
    assert fonts.get(w("ascii")) == fonts.get(w("hAnsi")) == "Noto Serif"
    assert fonts.get(w("eastAsia")) == "Briefing CJK"
    assert fonts.get(w("cs")) == "Noto Sans Khmer"
    assert not [k for k in fonts.attrib if k.endswith("Theme")]
    (lang,) = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang", namespaces=NS)
    assert (lang.get(w("eastAsia")), lang.get(w("bidi"))) == ("zh-CN", "km-KH")
    names = set(styles.xpath("//w:style/w:name/@w:val", namespaces=NS))
    for required in (
        "Title",
        "Subtitle",
        "heading 1",
        "heading 2",
        "heading 3",
        "List Bullet",
        "List Number",
        "caption",
        "toc 1",
        "toc 2",
        "toc 3",
        "Banner",
        "Note",
        "Briefing Table",
    ):
        assert required in names
    (h1,) = styles.xpath("//w:style[@w:styleId='Heading1']", namespaces=NS)
    assert h1.find(f"{w('pPr')}/{w('pageBreakBefore')}") is None
    assert h1.find(f"{w('rPr')}/{w('rFonts')}").get(w("ascii")) == "Noto Sans"


# --------------------------------------------------------------------------- progress


def test_progress_and_nothing_written_until_the_end(tmp_path: Path) -> None:
    doc = sample()
    target = tmp_path / "book.docx"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 5:
            assert not target.exists()  # written by the last step only

    write_docx(doc, target, progress=progress)
    total = len(doc.blocks) + 2
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert zipfile.is_zipfile(target)
    assert not [p for p in tmp_path.iterdir() if p.name != "book.docx"]  # no temp file left


# --------------------------------------------------------------------------- LibreOffice


@pytest.mark.slow
@pytest.mark.skipif(
    not shutil.which("soffice") or not shutil.which("pdftotext"),
    reason="LibreOffice and poppler are not installed",
)
def test_libreoffice_renders_markings_contents_and_scripts(tmp_path: Path) -> None:
    source = tmp_path / "book.docx"
    write_docx(sample(), source)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "book.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) == 5
    for i, page in enumerate(pages, 1):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        assert lines[0] == lines[-1] == "CONFIDENTIAL // EYES ONLY", i
        assert f"Page {i} of 5" in page
    assert re.search(r"Purpose of the visit\.+\s*3", pages[1])
    assert re.search(r"Biographies\.+\s*5", pages[1])
    assert CHINESE in text
    assert "ម៉ាណែត" in text.replace(" ", "")  # pdftotext splits Khmer words
