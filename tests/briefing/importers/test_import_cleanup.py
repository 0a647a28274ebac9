"""Repairs of copied text: hard breaks, hyphens, stray full stops, page furniture."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.importers.cleanup import clean_text


def test_hard_line_breaks_inside_a_paragraph_are_joined():
    text = (
        "The two leaders highlighted the significant progress on security and\n"
        "defence cooperation between the two countries, including holding regular\n"
        "consultations.\n"
        "\n"
        "Both sides discussed ways to further enhance cooperation in law enforcement."
    )
    assert clean_text(text) == (
        "The two leaders highlighted the significant progress on security and defence "
        "cooperation between the two countries, including holding regular consultations.\n\n"
        "Both sides discussed ways to further enhance cooperation in law enforcement."
    )


def test_a_short_line_ending_a_sentence_ends_the_paragraph():
    text = (
        "Both sides agreed to maintain frequent high-level visits and engagements to advance\n"
        "strategic communication.\n"
        "The Chinese side reaffirmed unwavering support for Cambodia's choice of development\n"
        "path."
    )
    assert clean_text(text).split("\n\n") == [
        "Both sides agreed to maintain frequent high-level visits and engagements to advance "
        "strategic communication.",
        "The Chinese side reaffirmed unwavering support for Cambodia's choice of development path.",
    ]


def test_line_end_hyphens():
    text = (
        "the coop-\neration between Cambodia-\nChina is long-\nlasting and socio-\neconomic and "
        "the Prime Min-\nisters agreed"
    )
    assert clean_text(text) == (
        "the cooperation between Cambodia-China is long-lasting and socio-economic and "
        "the Prime Ministers agreed"
    )


def test_a_hyphenated_word_seen_elsewhere_keeps_its_hyphen():
    text = "a rice-\nbased diet and more rice-based exports"
    assert clean_text(text) == "a rice-based diet and more rice-based exports"


def test_stray_full_stop_across_a_paragraph_break():
    text = (
        "Samdech Thipadei Prime Minister welcomed increasing interest of the Chinese business.\n"
        "\n"
        "community in seeking investment opportunity in priority areas of Cambodia\n"
        "\n"
        "Both sides agreed."
    )
    assert clean_text(text).split("\n\n") == [
        "Samdech Thipadei Prime Minister welcomed increasing interest of the Chinese business "
        "community in seeking investment opportunity in priority areas of Cambodia",
        "Both sides agreed.",
    ]


def test_abbreviation_before_a_lowercase_paragraph_keeps_its_stop():
    text = "They discussed rice, cassava, etc.\n\nand other crops in the U.S.\n\nnext year"
    assert (
        clean_text(text)
        == "They discussed rice, cassava, etc. and other crops in the U.S. next year"
    )


def test_repeated_spaces_and_odd_whitespace():
    text = "Both   sides\u00a0agreed\tto  cooperate.\r\n\r\n\r\n\r\nThe end."
    assert clean_text(text) == "Both sides agreed to cooperate.\n\nThe end."


def test_page_numbers_and_running_headers_of_pdf_pages():
    header = "Ministry of Foreign Affairs and International Cooperation"
    page1 = f"{header}\n\nPRESS RELEASE\n\nThe two leaders met in Vientiane and agreed to\ncoop-"
    page2 = f"{header}\neration on trade.\n\nPage 2 of 3"
    page3 = f"{header}\nBoth sides noted progress.\n\n3"
    text = "\f".join([page1 + "\n\nPage 1 of 3", page2, page3])
    assert clean_text(text).split("\n\n") == [
        header,
        "PRESS RELEASE",
        "The two leaders met in Vientiane and agreed to cooperation on trade.",
        "Both sides noted progress.",
    ]


def test_lines_repeated_through_pasted_text_are_dropped():
    footer = "CONFIDENTIAL // www.example.org"
    body = [f"Paragraph {n} says something useful about the meeting." for n in range(4)]
    text = "\n\n".join(f"{b}\n\n{footer}" for b in body)
    assert clean_text(text).split("\n\n") == [body[0], footer, *body[1:]]


def test_letterhead_lines_stay_apart():
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nAND INTERNATIONAL COOPERATION\n"
        "Ministry of Foreign Affairs of the Kingdom of Thailand\nDepartment of Information\n"
        "12 February 2025"
    )
    assert clean_text(text).split("\n\n") == [
        "MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION",
        "Ministry of Foreign Affairs of the Kingdom of Thailand",
        "Department of Information",
        "12 February 2025",
    ]


def test_list_items_stay_apart():
    text = "The outcomes were:\n• Both sides agreed.\n• China pledged support.\n1. First point"
    assert clean_text(text).split("\n\n") == [
        "The outcomes were:",
        "• Both sides agreed.",
        "• China pledged support.",
        "1. First point",
    ]


def test_unwrapped_paragraphs_one_per_line():
    long = "Both sides agreed to strengthen cooperation in many fields of common interest " * 3
    text = f"{long.strip()}.\n{long.strip()}."
    assert len(clean_text(text).split("\n\n")) == 2


def test_khmer_and_chinese_pass_through():
    text = "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត\n\n李强"
    assert clean_text(text) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
@example(".\ra0")  # a lone full stop before a lower-case line (found by hypothesis)
def test_cleaning_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Both", "sides", "agreed", "coop-", "eration", "China.", "Page 2 of 3", "\n", "\n\n",
             "\f", "business.", "community", "H.E.", "ASEAN", "-", "  "]
        ),
        max_size=60,
    )
)  # fmt: skip
def test_cleaning_is_idempotent_on_release_like_text(parts):
    once = clean_text(" ".join(parts))
    assert clean_text(once) == once


def test_boilerplate_found_as_one_case_insensitive_pattern_would_find_it():
    """The fast search (phrases looked for as substrings first) answers as the one regular
    expression of all phrases and patterns did."""
    import json
    import re

    from briefing.importers.rules import default_rules_path, load_rules

    raw = json.loads(default_rules_path().read_text(encoding="utf-8"))
    phrases = [rf"(?<!\w){re.escape(p)}" for p in raw["boilerplate"]]
    whole = re.compile("|".join(f"(?:{p})" for p in [*raw["boilerplate_patterns"], *phrases]), re.I)
    rules = load_rules()
    texts = [
        "You are subscribed to the Ministry's newsletter.",
        "YOU ARE SUBSCRIBED to updates",
        "The two sides agreed to hold talks in 2026.",
        "Home | News | World",
        "All Rights Reserved © 2025",
        "Readmore of this",  # inside a word: no phrase at a word's start
        "By John Smith",
        "by john smith | 3 min read",
        "Related News: Cambodia and Japan",
        "The minister thanked the newsletter's editors.",
        "share this",
        "Views: 1,204",
    ]
    for text in texts:
        assert bool(rules.boilerplate.search(text)) == bool(whole.search(text)), text
