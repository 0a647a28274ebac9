"""Spell checking in the core: words found (Khmer segmented), verdicts, the workspace's own words,
corrections, and the words kept in the workspace across a reopen."""

from __future__ import annotations

import sqlite3

from briefing.model import Settings
from briefing.spelling import SpellChecker, tokens
from briefing.spelling.dictionaries import Dictionaries
from briefing.store import Workspace
from briefing.store.schema import CURRENT_VERSION


def test_words_of_a_mixed_text():
    text = "HUN Manet met 李强 in 2024 ថ្ងៃនេះ កិច្ចសហប្រតិបត្តិការ។ a b's"
    found = [(t.word, t.language) for t in tokens(text)]
    # capitals (acronyms, surnames), digits, Chinese and single letters are not checked
    assert ("HUN", "en") not in found and ("Manet", "en") in found and ("met", "en") in found
    assert not any("李" in w or "2024" in w for w, _ in found)
    khmer = [w for w, lang in found if lang == "km"]
    assert "".join(khmer) == "ថ្ងៃនេះកិច្ចសហប្រតិបត្តិការ"  # every letter, no punctuation (។)
    assert len(khmer) >= 4  # segmented into words: Khmer has no spaces
    for t in tokens(text):
        assert text[t.start : t.end].startswith(t.word)


def test_misspelt_english_and_khmer():
    checker = SpellChecker()
    text = "The goverment of Cambodia. ក្រសួងការបរទេស និងកម្ពូជា"
    wrong = [t.word for t in checker.misspelt(text)]
    assert "goverment" in wrong and "Cambodia" not in wrong and "The" not in wrong
    assert "កម្ពូ" in wrong  # the unknown piece of a misspelt កម្ពុជា
    assert not any(w in ("ក្រសួង", "ការបរទេស", "និង") for w in wrong)
    assert checker.misspelt("ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ") == []


def test_verdicts_are_cached_and_own_words_accepted():
    checker = SpellChecker(["Qiang"])
    token = tokens("Qiang visited Phnom Penh")[0]
    assert checker.cached(token) is None
    assert checker.check(token) is True and checker.cached(token) is True
    wrong = checker.misspelt("Kampuchea Krom Sihanoukville")
    assert wrong and checker.cached(wrong[0]) is False
    checker.add(wrong[0].word)
    assert checker.cached(wrong[0]) is True and wrong[0] not in checker.misspelt(wrong[0].word)


def test_corrections_english_and_khmer_joined_with_the_next_word():
    checker = SpellChecker()
    text = "the goverment"
    fixes = checker.corrections(text, checker.misspelt(text)[0])
    assert fixes[0] == ("government", 4, 13)
    text = "ប្រទេសកម្ពូជានិងចិន"
    token = checker.misspelt(text)[0]
    replacement, start, end = checker.corrections(text, token)[0]
    assert replacement == "កម្ពុជា" and text[start:end] == "កម្ពូជា"


def test_no_dictionary_checks_nothing(tmp_path):
    checker = SpellChecker(dictionaries=Dictionaries(tmp_path))
    assert checker.misspelt("goverment កម្ពូជា") == []
    assert Dictionaries().languages() == ["en", "km"]


def test_workspace_keeps_its_words(tmp_path):
    path = tmp_path / "w.briefing"
    with Workspace.create(path, Settings(countries=["Cambodia", "China"])) as ws:
        ws.spelling.add(" Manet ")
        ws.spelling.add("ម៉ាណែត")
        ws.spelling.add("Manet")
        ws.spelling.add("")
    with Workspace.open(path) as ws:
        assert ws.spelling.words() == {"Manet", "ម៉ាណែត"}
        ws.spelling.remove("Manet")
        assert ws.spelling.words() == {"ម៉ាណែត"}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    conn.close()
