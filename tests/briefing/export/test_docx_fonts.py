"""The DOCX's fonts (issue 14, item 9): in the styles, not on the runs; the fonts it uses
embedded as Word embeds them (obfuscated .odttf parts of the font table), Latin and CJK cut
down to the characters printed; and LibreOffice, on a machine whose only font has no Khmer and
no Chinese, prints the book's Khmer and Chinese with the embedded fonts."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from lxml import etree

from briefing import interchange, ir
from briefing.compose.book import Options, compose
from briefing.export import sfnt
from briefing.export.docx import embed
from briefing.export.docx.writer import write_docx
from briefing.export.fonts import _block_texts, fonts_dir

sys.path.insert(0, str(Path(__file__).parent))
import pdfcheck  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[ir.Document, Path]:
    folder = tmp_path_factory.mktemp("fonts")
    document = json.loads((ROOT / "samples" / "cambodia-china.json").read_text())
    with interchange.load(document, folder / "s.briefing") as ws:
        doc = compose(ws, ws.books.get(1), Options(portion_marks=True))
    write_docx(doc, folder / "book.docx")
    return doc, folder / "book.docx"


# --------------------------------------------------------------------------- subsets


def _outline(font: TTFont, char: str) -> tuple:
    name = font.getBestCmap()[ord(char)]
    coords, ends, flags = font["glyf"][name].getCoordinates(font["glyf"])
    return list(coords), list(ends), font["hmtx"][name]


@pytest.mark.parametrize(
    "file, text",
    [
        ("NotoSerif-Regular.ttf", "Briefing Book — é, ñ, ß, “quotes” 10½ ‰ Œ"),
        ("NotoSans-Bold.ttf", "SECRET // CAMBODIA EYES ONLY Page 1 of 23"),
        ("BriefingCJK-Regular.ttf", "李强中柬命运共同体朱镕基臺灣習喆한국어カタカナ𠮟"),
    ],
)
def test_a_subset_draws_what_the_whole_font_draws(file: str, text: str) -> None:
    whole = TTFont(fonts_dir() / file)
    data, glyph_of = sfnt.subset(fonts_dir() / file, [ord(c) for c in text] + [0x1780])
    part = TTFont(io.BytesIO(data))
    assert 0x1780 not in glyph_of and 0x1780 not in part.getBestCmap()  # not in the font
    for char in set(text) - {" "}:
        assert _outline(part, char) == _outline(whole, char), char
    assert part["name"].getDebugName(1) == whole["name"].getDebugName(1)
    assert len(data) < len((fonts_dir() / file).read_bytes()) / 10
    # the subset is a well-formed font: fontTools writes it back without complaint
    TTFont(io.BytesIO(data)).save(io.BytesIO())
    for table in part["cmap"].tables:  # a BMP table and a full one, both Unicode
        assert (table.platformID, table.platEncID, table.format) in ((3, 1, 4), (3, 10, 12))


def test_obfuscation_is_ecma_376s() -> None:
    """The first 32 bytes XORed with the GUID's bytes read from the last pair of hex digits
    to the first (as in the standard's example and in every reader)."""
    key = uuid.UUID("{1F2E3D4C-5B6A-7988-97A6-B5C4D3E2F100}")
    data = bytes(range(64))
    hidden = embed.obfuscate(data, key)
    digits = str(key).replace("-", "")
    mask = [int(digits[i - 2 : i], 16) for i in range(32, 0, -2)]
    assert list(hidden[:32]) == [b ^ mask[i % 16] for i, b in enumerate(data[:32])]
    assert hidden[32:] == data[32:]
    assert embed.obfuscate(hidden, key) == data


# --------------------------------------------------------------------------- the package


def _embedded(path: Path) -> dict[tuple[str, str], tuple[TTFont, dict]]:
    """(font name, embed kind) -> (the font, its embed element's attributes)."""
    with zipfile.ZipFile(path) as z:
        table = etree.fromstring(z.read("word/fontTable.xml"))
        rels = etree.fromstring(z.read("word/_rels/fontTable.xml.rels"))
        types = z.read("[Content_Types].xml").decode()
        target = {r.get("Id"): r.get("Target") for r in rels}
        out = {}
        for font in table.iter(w("font")):
            for el in font:
                kind = etree.QName(el).localname
                if not kind.startswith("embed"):
                    continue
                name = "word/" + target[el.get(f"{{{R_NS}}}id")]
                assert name.endswith(".odttf")
                assert f'PartName="/{name}"' in types or 'Extension="odttf"' in types
                key = uuid.UUID(el.get(w("fontKey")))
                data = embed.obfuscate(z.read(name), key)
                out[(font.get(w("name")), kind)] = (TTFont(io.BytesIO(data)), dict(el.attrib))
    return out


def test_the_fonts_the_book_uses_are_embedded(sample) -> None:
    doc, path = sample
    fonts = _embedded(path)
    assert set(fonts) >= {
        ("Noto Serif", "embedRegular"),
        ("Noto Serif", "embedBold"),
        ("Noto Serif", "embedItalic"),
        ("Noto Sans", "embedRegular"),
        ("Noto Sans", "embedBold"),
        ("Noto Sans Khmer", "embedRegular"),
        ("Noto Sans Khmer", "embedBold"),
        ("Briefing CJK", "embedRegular"),
        ("Briefing CJK", "embedBold"),
    }
    for (name, _kind), (font, attrs) in fonts.items():
        assert font["name"].getDebugName(1) == name  # what the document asks for
        assert font["OS/2"].fsType == 0  # installable: may be embedded and edited
        assert (attrs.get(w("subsetted")) == "1") == (name != "Noto Sans Khmer")
    # every character the book prints is in the embedded font of its script
    text = {ir.Script.LATIN: set(), ir.Script.KHMER: set(), ir.Script.HAN: set()}
    for block in doc.blocks:
        for piece in _block_texts(block):
            for chunk, script in ir.split_scripts(piece):
                text[script].update(chunk)
    has = {
        ir.Script.LATIN: set(fonts[("Noto Serif", "embedRegular")][0].getBestCmap()),
        ir.Script.KHMER: set(fonts[("Noto Sans Khmer", "embedRegular")][0].getBestCmap()),
        ir.Script.HAN: set(fonts[("Briefing CJK", "embedRegular")][0].getBestCmap()),
    }
    for script, chars in text.items():
        assert chars, script
        assert {c for c in chars if not c.isspace() and ord(c) not in has[script]} == set()
    # the sample book's file stays small: subsets, not 12 MB CJK faces
    assert path.stat().st_size < 350_000


def test_a_book_without_khmer_or_chinese_embeds_only_latin(tmp_path: Path) -> None:
    doc = ir.Document(
        ir.Metadata("t"), "UNCLASSIFIED", blocks=[ir.Paragraph(ir.runs("Plain text only."))]
    )
    write_docx(doc, tmp_path / "t.docx")
    names = {name for name, _kind in _embedded(tmp_path / "t.docx")}
    assert names == {"Noto Serif", "Noto Sans"}


def test_no_run_names_a_font(sample) -> None:
    """Before: 605 of the sample book's 717 runs named the body font."""
    _doc, path = sample
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    runs = list(body.iter(w("r")))
    assert len(runs) > 500
    named = [
        f
        for r in runs
        for f in r.iterfind(f"{w('rPr')}/{w('rFonts')}")
        if set(f.attrib) - {w("hint")}
    ]
    assert named == []


def test_settings_and_theme_name_our_faces() -> None:
    from briefing.export.docx.writer import template_bytes

    with zipfile.ZipFile(io.BytesIO(template_bytes())) as z:
        settings = etree.fromstring(z.read("word/settings.xml"))
        theme = z.read("word/theme/theme1.xml").decode()
        styles = etree.fromstring(z.read("word/styles.xml"))
    assert settings.find(w("embedTrueTypeFonts")) is not None
    assert settings.find(w("saveSubsetFonts")) is not None
    for script in ("Hans", "Hant", "Jpan", "Hang"):
        assert f'<a:font script="{script}" typeface="Briefing CJK"/>' in theme
    assert '<a:font script="Khmr" typeface="Noto Sans Khmer"/>' in theme
    defaults = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    assert defaults.find(w("widowControl")) is not None


# --------------------------------------------------------------------------- LibreOffice


def _convert(docx: Path, out: Path, fonts_conf: Path) -> Path:
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf)}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{out}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    return out / (docx.stem + ".pdf")


def _latin_only_fonts(folder: Path) -> Path:
    """A font configuration whose one font has no Khmer and no Chinese. (LibreOffice will not
    start with none at all: "No fonts could be found on the system".)"""
    fonts = folder / "fonts"
    fonts.mkdir()
    shutil.copy(fonts_dir() / "NotoSans-Regular.ttf", fonts / "OnlyLatin.ttf")
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{fonts}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>"
    )
    return conf


@pytest.mark.slow
@pytest.mark.skipif(
    not shutil.which("soffice") or not shutil.which("pdftotext"),
    reason="LibreOffice and poppler are not installed",
)
def test_libreoffice_without_our_fonts_prints_khmer_and_chinese(
    sample, tmp_path: Path, monkeypatch
) -> None:
    doc, path = sample
    conf = _latin_only_fonts(tmp_path)
    drawn = pdfcheck.characters_by_font(_convert(path, tmp_path / "with", conf))
    khmer = {f for f, chars in drawn.items() if any("\u1780" <= c <= "\u17ff" for c in chars)}
    han = {f for f, chars in drawn.items() if any("\u4e00" <= c <= "\u9fff" for c in chars)}
    assert khmer and all("NotoSansKhmer" in f for f in khmer), khmer
    assert han and all("BriefingCJK" in f for f in han), han
    assert "MINISTRY" in pdfcheck.text(tmp_path / "with" / "book.pdf").upper()
    # no box anywhere: each font draws only characters its file has (a .notdef check)
    by_name = {}
    for file in fonts_dir().glob("*.ttf"):
        with TTFont(file, lazy=True) as font:
            by_name[font["name"].getDebugName(6)] = file
    for name, chars in drawn.items():
        with TTFont(by_name[name], lazy=True) as font:
            cmap = font.getBestCmap()
        assert {c for c in chars if ord(c) not in cmap and not c.isspace()} == set(), name

    # the same book without its fonts: Khmer and Chinese fall to the one font there is (boxes)
    monkeypatch.setattr(embed, "plan", lambda use: [])
    bare = tmp_path / "bare.docx"
    write_docx(doc, bare)
    drawn = pdfcheck.characters_by_font(_convert(bare, tmp_path / "without", conf))
    assert drawn and not any("Khmer" in f or "CJK" in f for f in drawn), set(drawn)
    khmer = {f for f, chars in drawn.items() if any("\u1780" <= c <= "\u17ff" for c in chars)}
    assert not khmer  # no font there draws Khmer: LibreOffice prints .notdef boxes
