"""Sentences and items: one sentence one item, area tags, sides of replies and quotations,
kinds by priority, furniture left out, abbreviations, line-end hyphens, .docx paragraphs."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from importer_helpers import describe

from briefing.importers.cleanup import clean_text
from briefing.importers.press_release import extract
from briefing.importers.readers import read_file
from briefing.importers.rules import load_rules
from briefing.importers.segment import Span, sentences
from briefing.model import BOTH, ItemKind, Settings

K = ItemKind
SETTINGS = Settings(countries=["Cambodia", "Japan"])

OPENING = (
    "PHNOM PENH, March 3 (AKP) -- Cambodian Prime Minister Hun Manet met Japanese Foreign "
    "Minister Takeshi Iwaya at the Peace Palace on Monday.\n\n"
)


def _split(text: str) -> list[str]:
    return [s.text for s in sentences(Span(0, len(text), text), load_rules())]


def _draft(body: str, **kwargs):
    return extract(OPENING + body, SETTINGS, reference_date=dt.date(2025, 3, 10), **kwargs)


def _item(draft, contains: str):
    (item,) = [i for i in draft.items if contains in i.text]
    return item


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. side met H.E. Dr. Sok Chenda Sophea on Jan. 5 in Phnom Penh.",
        "Antony J. Blinken and Retno L.P. Marsudi spoke on 5 Jan. 2024 about No. 5 Road.",
        "Gen. Tea Seiha and Mr. Kihara met at 10 a.m. with the U.N. envoy.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text):
    assert _split(text) == [text]


def test_full_stops_question_marks_and_quotes_end_sentences():
    text = 'He said "We agree." The two sides agreed. Is it so? Yes.'
    assert _split(text) == ['He said "We agree."', "The two sides agreed.", "Is it so?", "Yes."]


def test_khmer_and_chinese_sentence_ends():
    assert _split("ភាគីទាំងពីរបានឯកភាព។ កម្ពុជានឹងផ្តល់ជំនួយ៕") == [
        "ភាគីទាំងពីរបានឯកភាព។",
        "កម្ពុជានឹងផ្តល់ជំនួយ៕",
    ]
    assert _split("双方同意加强合作。中方愿提供援助！是吗？") == [
        "双方同意加强合作。",
        "中方愿提供援助！",
        "是吗？",
    ]


def test_line_end_hyphens_keep_real_hyphens_and_join_split_words():
    text = (
        "a politically-\nmotivated measure, co-\noperation on COVID-\n19, people-\nto-people "
        "ties, capacity-\nbuilding and the Vice-\nChairman; but the coop-\neration of the "
        "Min-\nisters"
    )
    assert clean_text(text) == (
        "a politically-motivated measure, co-operation on COVID-19, people-to-people ties, "
        "capacity-building and the Vice-Chairman; but the cooperation of the Ministers"
    )


def test_one_sentence_about_several_areas_is_one_item_with_area_tags():
    draft = _draft(
        "The two sides agreed to expand trade and investment, to resume direct flights and to "
        "increase scholarships for Cambodian students.\n"
    )
    item = _item(draft, "direct flights")
    assert (item.side, item.kind) == (BOTH, K.AGREEMENT)
    assert {"trade", "connectivity", "people"} <= set(item.areas)
    assert item.area == item.areas[0]
    assert sum("direct flights" in i.text for i in draft.items) == 1


def test_a_reply_is_the_side_of_who_replies():
    draft = _draft(
        "Hun Manet asked Japan to consider new grant aid for the expansion of the port.\n\n"
        "In response, Iwaya said Japan would provide 4 million dollars for the port.\n"
    )
    assert _item(draft, "asked Japan").side == "Cambodia"
    reply = _item(draft, "In response")
    assert (reply.side, reply.kind) == ("Japan", K.PLEDGE), describe(draft)


def test_a_quotation_is_one_item_and_its_speaker_gives_the_side():
    draft = _draft(
        '"Japan values this partnership. We will send experts to help," Iwaya was quoted as '
        "saying.\n"
    )
    item = _item(draft, "values this partnership")
    assert item.text.endswith("was quoted as saying.")
    assert (item.side, item.kind) == ("Japan", K.PLEDGE)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Hun Manet expressed concern over online scams in the region.", K.CONCERN),
        ("Iwaya raised concerns about the safety of Japanese nationals.", K.CONCERN),
        ("Hun Manet requested Japan to open its market to Cambodian mangoes.", K.REQUEST),
        ("Iwaya urged Cambodia to step up action against online scams.", K.REQUEST),
        ("Hun Manet said Cambodia hopes Japan will fund the new bridge.", K.REQUEST),
        ("Iwaya expressed concern over scams and called for joint action.", K.REQUEST),
        ("Iwaya said Japan will provide ten patrol boats to Cambodia.", K.PLEDGE),
        ("The two sides agreed to hold the next consultations in Tokyo.", K.AGREEMENT),
        ("The two sides agreed that the partnership has grown in depth.", K.STATEMENT),
        ("Hun Manet praised the growth of trade between the two countries.", K.STATEMENT),
    ],
)
def test_kinds_by_the_strongest_cue(sentence, kind):
    draft = _draft(sentence + "\n")
    assert _item(draft, sentence[:25]).kind == kind, describe(draft)


def test_furniture_courtesies_and_meeting_only_sentences_are_no_items():
    draft = _draft(
        "Hun Manet warmly welcomed Iwaya on his first visit to Cambodia.\n\n"
        "The overview of the meeting is as follows.\n\n"
        "The two sides agreed to hold the next consultations in Tokyo.\n\n"
        "Related news\n\n"
        "- Cambodia and Japan sign grant aid for the port\n\n"
        "You are subscribed to our daily news. Share this: Facebook | X | Telegram\n"
    )
    assert [i.text for i in draft.items] == [
        "The two sides agreed to hold the next consultations in Tokyo."
    ], describe(draft)


def test_background_without_a_speaker_is_no_item():
    draft = _draft(
        "Japanese tourist arrivals reached 200,000 last year, according to official data.\n\n"
        "The two sides agreed to hold the next consultations in Tokyo.\n"
    )
    assert not any("tourist arrivals" in i.text for i in draft.items), describe(draft)


def test_docx_with_one_line_per_paragraph_drafts_like_the_text(tmp_path):
    text = (
        "Ministry of Foreign Affairs and International Cooperation\n"
        "Press Release\n"
        "On 5 March 2025, H.E. Sok Chenda Sophea, Deputy Prime Minister, held talks with "
        "H.E. Mr. Takeshi Iwaya, Minister for Foreign Affairs of Japan, in Phnom Penh.\n"
        "H.E. Mr. Takeshi Iwaya said Japan will provide new grant aid for mine clearance.\n"
        "The two sides agreed to hold the next consultations in Tokyo in 2026.\n"
    )
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "release.docx"
    document.save(str(path))
    as_docx = extract(read_file(path).text, SETTINGS)
    as_txt = extract(text, SETTINGS)
    assert (
        [(p.display_name, p.side) for p in as_docx.participants]
        == [(p.display_name, p.side) for p in as_txt.participants]
        == [("Sok Chenda Sophea", "Cambodia"), ("Takeshi Iwaya", "Japan")]
    )
    assert [i.text for i in as_docx.items] == [i.text for i in as_txt.items]
    assert as_docx.issuer == "Ministry of Foreign Affairs and International Cooperation"
    assert (as_docx.city, as_docx.meeting_date) == ("Phnom Penh", dt.date(2025, 3, 5))


def test_each_entry_of_a_list_of_signed_documents_is_an_agreement_of_both():
    draft = _draft(
        "The two leaders witnessed the exchange of the following documents:\n\n"
        "1. Exchange of Notes concerning the grant aid for the Project for Water Supply;\n\n"
        "2. Memorandum of Cooperation in the Field of Digital Government\n"
    )
    entries = [i for i in draft.items if i.text.startswith(("Exchange of Notes", "Memorandum"))]
    assert [(i.side, i.kind) for i in entries] == [(BOTH, K.AGREEMENT)] * 2, describe(draft)
    assert all(c.keep for c in draft.commitments if draft.items[c.item] in entries)


def test_would_like_is_no_pledge():
    draft = _draft('"We would like to buy more Cambodian rice," Iwaya told Hun Manet.\n')
    assert _item(draft, "would like").kind == K.STATEMENT
