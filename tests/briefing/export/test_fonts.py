"""The bundled fonts, their reportlab names and the coverage check used by preflight."""

from __future__ import annotations

from fontTools.ttLib import TTFont

from briefing import ir
from briefing.export import fonts
from briefing.export.fonts import bundled_font_paths, font_name, missing_glyphs

KHMER = "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត កម្ពុជា"


def test_every_bundled_font_file_is_there_with_its_licence() -> None:
    paths = bundled_font_paths()
    assert len(paths) == 11
    assert all(p.is_file() and p.suffix == ".ttf" for p in paths)
    folder = fonts.fonts_dir()
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL.txt").read_text()
    readme = (folder / "README.md").read_text()
    for p in paths:
        assert p.name in readme
    total = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    assert total < 8.2e6


def test_cjk_subset_is_truetype_with_its_own_name_and_gb2312() -> None:
    import importlib.util

    path = fonts.fonts_dir() / "BriefingCJKSC-Regular.ttf"
    font = TTFont(path, lazy=True)
    assert "glyf" in font and "CFF " not in font  # reportlab needs TrueType outlines
    assert font["name"].getDebugName(1) == "Briefing CJK SC"
    spec = importlib.util.spec_from_file_location(
        "build_cjk_subset", fonts.fonts_dir() / "build_cjk_subset.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    hanzi = build.gb2312_hanzi()
    assert len(hanzi) == 6763
    cmap = font.getBestCmap()
    assert all(cp in cmap for cp in hanzi)
    assert all(ord(c) in cmap for c in "李强，。「」（）０１ＡＢ\u3000")


def test_font_names_follow_script_weight_style_and_family() -> None:
    L, K, H = ir.Script.LATIN, ir.Script.KHMER, ir.Script.HAN
    assert font_name(L) == "BB-Serif"
    assert font_name(L, bold=True, italic=True) == "BB-Serif-BoldItalic"
    assert font_name(L, serif=False) == "BB-Sans"
    assert font_name(L, italic=True, serif=False) == "BB-Sans"  # no sans italic shipped
    assert font_name(L, bold=True, serif=False) == "BB-Sans-Bold"
    assert font_name(K) == "BB-Khmer-Serif"
    assert font_name(K, bold=True, italic=True) == "BB-Khmer-Serif-Bold"  # Khmer has no italic
    assert font_name(K, serif=False) == "BB-Khmer-Sans"
    assert font_name(H, bold=True) == "BB-CJK"  # one CJK weight


def test_register_is_idempotent_and_maps_bold_and_italic_for_latin() -> None:
    from reportlab.lib.fonts import tt2ps
    from reportlab.pdfbase import pdfmetrics

    fonts.register()
    fonts.register()
    assert pdfmetrics.getFont("BB-CJK").face.name
    assert tt2ps("BB-Serif", 1, 0) == "BB-Serif-Bold"
    assert tt2ps("BB-Serif", 0, 1) == "BB-Serif-Italic"
    assert tt2ps("BB-Serif", 1, 1) == "BB-Serif-BoldItalic"
    assert tt2ps("BB-Sans", 1, 0) == "BB-Sans-Bold"


def test_missing_glyphs_reports_only_what_no_font_for_the_script_draws() -> None:
    assert missing_glyphs("Prime Minister HUN Manet, Premier 李强, «€ 5 000» – " + KHMER) == set()
    assert missing_glyphs("ក\u200bខ\n\t") == set()
    # Hangul is not Han (the IR sets it in the Latin font); U+20000 is beyond GB 2312.
    assert missing_glyphs("한국 𠀀 李") == {"한", "국", "𠀀"}
    assert missing_glyphs("鑫") == set()  # GB 2312
    assert missing_glyphs("龘") == {"龘"}  # not GB 2312
