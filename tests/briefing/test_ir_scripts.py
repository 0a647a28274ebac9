"""Splitting text by script: stretch by stretch, and the same as deciding each character."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing import ir
from briefing.ir import Script


def by_character(text: str) -> list[tuple[str, Script]]:
    """The rule stated one character at a time: a neutral character joins the piece before
    it (at the start, the piece after)."""
    pieces: list[tuple[str, Script]] = []
    buf, current = "", None
    for char in ir.nfc(text):
        script = ir.script_of(char)
        if script is None or script == current or current is None:
            current = current or script
            buf += char
            continue
        pieces.append((buf, current))
        buf, current = char, script
    if buf:
        pieces.append((buf, current or Script.LATIN))
    return pieces


MIXED = st.text(
    alphabet=st.sampled_from(
        list("ab .,-1\u00a0\u200b\u200c\t\n\u00e9\u1e47\u0301")  # Latin, neutral, combining
        + list("កខ\u17d2\u17b6\u17d4\u19e0")  # Khmer, its signs and symbols
        + list("中国习喆\u3002\uff0c\u30a2\ud55c\uf900")  # Han, CJK punctuation, kana, hangul
        + ["\U00020000", "\u1100", "\u10ff", "\u17ff", "\u1800"]  # range edges
    ),
    max_size=40,
)


@given(MIXED)
def test_stretches_split_as_characters_would(text: str) -> None:
    assert ir.split_scripts(text) == by_character(text)


def test_pieces_keep_every_character_in_order() -> None:
    text = "Samdech ហ៊ុន សែន met 习近平 in 北京, 10 Oct."
    pieces = ir.split_scripts(text)
    assert "".join(p for p, _ in pieces) == text
    assert pieces == [
        ("Samdech ", Script.LATIN),
        ("ហ៊ុន សែន ", Script.KHMER),
        ("met ", Script.LATIN),
        ("习近平 ", Script.HAN),
        ("in ", Script.LATIN),
        ("北京", Script.HAN),
        (", 10 Oct.", Script.LATIN),
    ]


def test_neutral_text_alone_is_one_latin_piece_and_empty_text_none() -> None:
    assert ir.split_scripts("  \u200b ") == [("  \u200b ", Script.LATIN)]
    assert ir.split_scripts("") == []
    assert ir.split_scripts(" 中") == [(" 中", Script.HAN)]
