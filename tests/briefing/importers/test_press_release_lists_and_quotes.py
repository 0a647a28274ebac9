"""The third collection's lessons, each a rule of the language, not of one release: a place
before a comma is no person, quotations introduced or closed by their speaker, a joint clause
in one side's sentence, Khmer ranks and side marks, lists of signed documents, the Khmer
preposition នឹង, background leads, Chinese dotted names and listed officials."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_helpers import DAY, describe
from importer_helpers import draft_for as _draft
from importer_helpers import only_item as _item
from importer_helpers import sides_by_name as _people

from briefing.importers.press_release import extract
from briefing.model import BOTH, ItemKind, Settings

K = ItemKind


# --------------------------------------------------------------------------- English

AU_VN = Settings(countries=["Australia", "Viet Nam"])
ENGLISH = "\n\n".join(
    [
        "Media release",
        "20 November 2025",
        "On Wednesday in Kuala Lumpur, Prime Minister Anthony Albanese met the Prime Minister "
        "of Viet Nam, Pham Minh Chinh, on the sidelines of the East Asia Summit.",
        "Mr Albanese held talks with Mr Pham at the convention centre, where the two leaders "
        "agreed to hold a first energy dialogue in Hanoi by June 2026.",
        "Australia will provide $20 million for flood warning systems in the Mekong Delta.",
        "Quotes attributable to Prime Minister Anthony Albanese:",
        '"Viet Nam is a partner we trust. Our farmers and students gain from every step we '
        'take together."',
        "Share this page",
    ]
)


def test_a_city_before_a_comma_is_no_person_and_the_title_after_it_is_read():
    draft = extract(ENGLISH, AU_VN, reference_date=DAY)
    people = _people(draft)
    assert "Kuala Lumpur" not in people, describe(draft)
    assert people.get("Anthony Albanese") == "Australia", describe(draft)


def test_a_joint_clause_in_one_side_s_sentence_is_both_sides_agreement():
    item = _item(extract(ENGLISH, AU_VN, reference_date=DAY), "first energy dialogue")
    assert (item.side, item.kind) == (BOTH, K.AGREEMENT)


def test_quotes_attributable_to_someone_are_that_side_s_words():
    draft = extract(ENGLISH, AU_VN, reference_date=DAY)
    item = _item(draft, "a partner we trust")
    assert item.side == "Australia", describe(draft)
    assert not [i for i in draft.items if i.text.startswith("Quotes attributable")]


# --------------------------------------------------------------------------- Khmer

KH_VN = Settings(countries=["Cambodia", "Viet Nam"])
KHMER = "\n\n".join(
    [
        "ក្រសួងការពារជាតិ",
        "សេចក្តីប្រកាសព័ត៌មាន",
        "នាព្រឹកថ្ងៃអង្គារ ៤រោច ខែកត្តិក ត្រូវនឹងថ្ងៃទី១៨ ខែវិច្ឆិកា ឆ្នាំ២០២៥ "
        "ឯកឧត្តមឧត្តមសេនីយ៍ឯក សៅ សុខា រដ្ឋមន្ត្រីក្រសួងការពារជាតិ បានជួបពិភាក្សាជាមួយ "
        "ឯកឧត្តមឧត្តមសេនីយ៍ទោ ង្វៀន វ៉ាន់ហៃ ឧបរដ្ឋមន្ត្រីក្រសួងការពារជាតិវៀតណាម។",
        "ចូលរួមក្នុងជំនួបនេះ ខាងភាគីកម្ពុជាមាន ឯកឧត្តម កែវ សុផល រដ្ឋលេខាធិការ "
        "និងខាងភាគីវៀតណាមមាន ឯកឧត្តម ត្រឹន ក្វាង់មិញ អគ្គនាយក។",
        "ឯកឧត្តមឧត្តមសេនីយ៍ឯក សៅ សុខា បានស្វាគមន៍យ៉ាងកក់ក្តៅចំពោះដំណើរទស្សនកិច្ចនេះ។ "
        "រដ្ឋមន្ត្រីបានថ្លែងអំណរគុណចំពោះជំនួយក្នុងការបណ្តុះបណ្តាលគ្រូពេទ្យយោធា។",
        "បន្ទាប់ពីជំនួបពិភាក្សា រដ្ឋមន្ត្រីទាំងពីរបានចុះហត្ថលេខាលើឯកសារចំនួនពីរ ដូចខាងក្រោម៖",
        "១. អនុស្សរណៈនៃការយោគយល់គ្នាស្តីពីការបណ្តុះបណ្តាលយោធា",
        "២. ផែនការសហប្រតិបត្តិការការពារជាតិ សម្រាប់ឆ្នាំ២០២៦",
        "គួរបញ្ជាក់ថា ប្រទេសទាំងពីរបានបង្កើតទំនាក់ទំនងការទូតនៅឆ្នាំ១៩៦៧។",
        "ចែករំលែក៖ Facebook | Telegram",
    ]
)


def test_khmer_ranks_side_marks_and_titles_that_stop_at_the_next_person():
    draft = extract(KHMER, KH_VN, reference_date=DAY)
    people = _people(draft)
    assert people == {
        "សៅ សុខា": "Cambodia",
        "ង្វៀន វ៉ាន់ហៃ": "Viet Nam",
        "កែវ សុផល": "Cambodia",
        "ត្រឹន ក្វាង់មិញ": "Viet Nam",
    }, describe(draft)
    (host,) = [p for p in draft.participants if p.name == "សៅ សុខា"]
    assert host.honorific == "ឯកឧត្តមឧត្តមសេនីយ៍ឯក" and "ង្វៀន" not in host.title


def test_the_khmer_date_line_s_ត្រូវនឹង_is_no_pledge_and_the_meeting_line_no_item():
    draft = extract(KHMER, KH_VN, reference_date=DAY)
    assert not [i for i in draft.items if "ត្រូវនឹង" in i.text], describe(draft)
    assert draft.meeting_date == dt.date(2025, 11, 18)


def test_a_list_of_signed_documents_gives_one_agreement_per_entry_and_no_intro():
    draft = extract(KHMER, KH_VN, reference_date=DAY)
    for name in ("អនុស្សរណៈនៃការយោគយល់គ្នា", "ផែនការសហប្រតិបត្តិការការពារជាតិ"):
        entry = _item(draft, name)
        assert (entry.side, entry.kind) == (BOTH, K.AGREEMENT)
        assert not entry.text.startswith(("១", "២"))
    assert not [i for i in draft.items if "ដូចខាងក្រោម" in i.text], describe(draft)
    assert {c.text for c in draft.commitments} >= {
        "អនុស្សរណៈនៃការយោគយល់គ្នាស្តីពីការបណ្តុះបណ្តាលយោធា",
    }


def test_a_welcome_is_no_item_but_names_who_speaks_next_and_background_is_dropped():
    draft = extract(KHMER, KH_VN, reference_date=DAY)
    assert not [i for i in draft.items if "ស្វាគមន៍" in i.text], describe(draft)
    thanks = _item(draft, "អំណរគុណចំពោះជំនួយ")
    assert thanks.side == "Cambodia"
    assert not [i for i in draft.items if "គួរបញ្ជាក់ថា" in i.text]


# --------------------------------------------------------------------------- Chinese

CN_LA = Settings(countries=["China", "Laos"])
CHINESE = "\n\n".join(
    [
        "中国新闻网\n首页 > 时政",
        "赵乐际同老挝国会主席会谈",
        "2025年11月20日 19:10　来源：中国新闻网",
        "中新网北京11月20日电　全国人大常委会委员长赵乐际20日在北京人民大会堂同"
        "老挝人民革命党中央政治局委员、国会主席赛宋蓬·丰威汉举行会谈。",
        "赵乐际表示，中方愿同老方扩大农产品贸易。",
        "“两国是好邻居。我们要把铁路用好。”赛宋蓬说。",
        "全国人大常委会副委员长李鸿忠、秘书长刘奇等参加会谈。",
        "【编辑:王明】",
    ]
)


def test_chinese_dotted_names_titles_after_a_comma_list_and_officials_listed_with_等():
    draft = extract(CHINESE, CN_LA, reference_date=DAY)
    assert _people(draft) == {
        "赵乐际": "China",
        "赛宋蓬·丰威汉": "Laos",
        "李鸿忠": "China",
        "刘奇": "China",
    }, describe(draft)


def test_a_chinese_quotation_of_two_sentences_and_its_attribution_is_one_item():
    draft = extract(CHINESE, CN_LA, reference_date=DAY)
    quote = _item(draft, "两国是好邻居")
    assert "我们要把铁路用好" in quote.text and quote.text.endswith("赛宋蓬说。")
    assert quote.side == "Laos", describe(draft)


# --------------------------------------------------------------------------- later rules


def test_a_khmer_weekday_without_a_date_is_the_last_such_day_before_the_issue():
    text = "\n\n".join(
        [
            "រស្មីកម្ពុជា",
            "ថ្ងៃព្រហស្បតិ៍ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៥",
            "រាជធានីភ្នំពេញ ៖ កាលពីរសៀលថ្ងៃអង្គារ ឯកឧត្តម ប៉េង ពោធិ៍នា រដ្ឋមន្ត្រី "
            "បានជួបពិភាក្សាជាមួយ ឯកឧត្តម វ៉ាង វិនប៊ីន ឯកអគ្គរាជទូតចិន។",
            "ភាគីទាំងពីរបានឯកភាពរៀបចំកិច្ចប្រជុំក្រុមការងារចម្រុះនៅខែធ្នូ។",
        ]
    )
    draft = _draft(text, "Cambodia", "China")
    assert draft.issue_date == dt.date(2025, 11, 20)  # a Thursday
    assert draft.meeting_date == dt.date(2025, 11, 18), describe(draft)


def test_invitations_accepted_working_groups_and_meetings_are_commitments_to_track():
    text = "\n\n".join(
        [
            "星洲日报",
            "2025年11月20日",
            "（吉隆坡20日讯）内政部长赛夫丁昨天在布城会见柬埔寨副首相韶速卡。",
            "双方同意于2026年1月在金边召开联合工作组首次会议。",
            "韶速卡接受了邀请。",
            "双方同意继续加强合作。",
        ]
    )
    draft = _draft(text, "Malaysia", "Cambodia")
    kept = {c.text for c in draft.commitments if c.keep}
    assert any("联合工作组首次会议" in t for t in kept), describe(draft)
    assert any("接受了邀请" in t for t in kept), describe(draft)
    assert not any("继续加强合作" in t for t in kept)


def test_both_countries_will_sign_is_a_commitment_and_a_title_stops_at_page_furniture():
    text = (
        "News release July 26, 2024 - Vientiane - Global Affairs Canada Today, the "
        "Honourable Mélanie Joly, Minister of Foreign Affairs Quick facts Two-way trade "
        "between Canada and Cambodia totalled $2.4 billion in 2023. Minister Joly met "
        "Cambodia's Deputy Prime Minister Sok Chenda Sophea in Vientiane. Both countries will "
        "sign a memorandum of understanding on mine action before the end of the year."
    )
    draft = _draft(text, "Cambodia", "Canada")
    (joly,) = [p for p in draft.participants if p.name == "Mélanie Joly"]
    assert joly.title == "Minister of Foreign Affairs" and joly.side == "Canada", describe(draft)
    kept = [c for c in draft.commitments if c.keep]
    assert [c.owed_by for c in kept if "memorandum" in c.text] == [BOTH], describe(draft)


def test_our_country_is_the_dateline_s_and_long_malay_names_follow_their_honorific():
    text = "\n\n".join(
        [
            "星洲日报",
            "发布于 2025年11月20日 14:25",
            "（吉隆坡20日讯）内政部长拿督斯里赛夫丁纳苏迪安说，我国与柬埔寨同意成立联合工作组。",
            "他昨天在布城与到访的柬埔寨副首相兼内政部长韶速卡举行会谈。",
            "赛夫丁说，皇家警察将于下月派遣一名联络官常驻我国驻金边大使馆。",
            "他也要求柬方加强对机场的管控，防止我国公民被贩运。",
            "双方也就我国明年作为主席国将主办的部长级会议交换意见。",
        ]
    )
    draft = _draft(text, "Malaysia", "Cambodia")
    (minister,) = [p for p in draft.participants if p.name == "赛夫丁纳苏迪安"]
    assert (minister.honorific, minister.side) == ("拿督斯里", "Malaysia"), describe(draft)
    assert _item(draft, "联合工作组").side == BOTH
    assert _item(draft, "联络官").side == "Malaysia"
    assert _item(draft, "要求柬方").side == "Malaysia"
    assert _item(draft, "交换意见").kind == K.STATEMENT  # "将主办的": no "will" of a side


def test_an_official_named_by_title_alone_is_the_participant_holding_it():
    text = "\n\n".join(
        [
            "ថ្មីៗ",
            "ថ្ងៃព្រហស្បតិ៍ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៥",
            "ភ្នំពេញ៖ ឯកឧត្តម ឌិត ទីណា រដ្ឋមន្ត្រីក្រសួងកសិកម្ម បានជួបពិភាក្សាជាមួយ "
            "ឯកឧត្តម អ៊ុយណូ អាត់ស៊ូស៊ី ឯកអគ្គរាជទូតជប៉ុនប្រចាំកម្ពុជា។",
            "លោកឯកអគ្គរាជទូតបានលើកឡើងថា ក្រុមហ៊ុនជប៉ុនចង់វិនិយោគលើការកែច្នៃកសិផល។",
            "ទន្ទឹមនឹងនោះ រដ្ឋមន្ត្រីបានស្នើឱ្យភាគីជប៉ុនជួយបណ្តុះបណ្តាលកសិករ។",
        ]
    )
    draft = _draft(text, "Cambodia", "Japan")
    assert _item(draft, "ក្រុមហ៊ុនជប៉ុនចង់វិនិយោគ").side == "Japan", describe(draft)
    request = _item(draft, "ស្នើឱ្យភាគីជប៉ុន")
    assert (request.side, request.kind) == ("Cambodia", K.REQUEST)  # "ទន្ទឹមនឹង": no "will"


def test_concerns_raised_with_a_possessive_and_things_that_will_pledge_nothing():
    body = (
        "PHNOM PENH, Nov. 20 -- Minister Catherine West met Cambodian Foreign Minister Prak "
        "Sokhonn at the ministry on Thursday.\n\n"
        "The Minister also raised the UK's concerns about online scam centres in the region.\n\n"
        '"Today\'s funding will help families return safely to their land," the Minister said.'
    )
    draft = _draft(body, "Cambodia", "United Kingdom")
    assert _item(draft, "scam centres").kind == K.CONCERN, describe(draft)
    assert _item(draft, "funding will help").kind == K.STATEMENT


# --------------------------------------------------------------------------- page furniture


def test_numeric_dates_are_read_day_first_unless_they_cannot_be():
    from briefing.importers.dates import find_dates

    def read(text: str) -> list[tuple[int, int, int | None]]:
        return [(d.day, d.month, d.year) for d in find_dates(text)]

    assert read("Brussels, 05/11/2025") == [(5, 11, 2025)]
    assert read("05.11.2025") == [(5, 11, 2025)]
    assert read("11/25/2025") == [(25, 11, 2025)]
    assert read("31/31/2025") == [] and read("version 1.2.3") == []


def test_a_news_page_s_breadcrumb_published_line_and_headline_are_header():
    text = "\n".join(
        [
            "Bangkok Post",
            "The world's window on Thailand",
            "News | Business | Opinion | Thailand | World",
            "THAILAND > GENERAL",
            "Thailand, Cambodia agree to revive border commission",
            "PUBLISHED : 21 Nov 2025 at 06:40",
            "WRITER: Somchai Dee",
            "Foreign Minister Maris Sangiampongsa and Cambodian Deputy Prime Minister Sok Chenda "
            "Sophea agreed on Thursday to convene the Joint Boundary Commission in Phnom Penh.",
            "The two ministers met during Mr Sok Chenda Sophea's one-day working visit.",
            "He later paid a courtesy call on Prime Minister Paetongtarn Shinawatra.",
        ]
    )
    draft = _draft(text, "Cambodia", "Thailand")
    assert draft.issue_date == dt.date(2025, 11, 21), describe(draft)
    assert draft.meeting_date == dt.date(2025, 11, 20)
    people = _people(draft)
    assert "Sok Chenda Sophea's" not in people, people
    assert people.get("Paetongtarn Shinawatra") == "Thailand", people  # the issuer's own
    assert not [i for i in draft.items if "THAILAND" in i.text or "PUBLISHED" in i.text]


def test_name_particles_and_a_possessive_country_before_a_title_and_comma():
    text = (
        "JAKARTA, 23 November 2025 - Timor-Leste's Minister of Foreign Affairs and "
        "Cooperation, Bendito dos Santos Freitas, met Cambodia's Deputy Prime Minister, Sok "
        "Chenda Sophea, on the sidelines of the ASEAN meeting today."
    )
    draft = _draft(text, "Cambodia", "Timor-Leste")
    assert _people(draft) == {
        "Bendito dos Santos Freitas": "Timor-Leste",
        "Sok Chenda Sophea": "Cambodia",
    }, describe(draft)


def test_a_khmer_caption_does_not_end_the_body_nor_a_dotted_abbreviation_a_sentence():
    text = "\n\n".join(
        [
            "កោះសន្តិភាព",
            "ថ្ងៃព្រហស្បតិ៍ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៥",
            "ភ្នំពេញ៖ កាលពីព្រឹកថ្ងៃអង្គារ ឯកឧត្តម ឃួង ស្រេង អភិបាលរាជធានីភ្នំពេញ "
            "បានជួបពិភាក្សាជាមួយ ឯកឧត្តម ឆាតឆាត ស៊ិទ្ធិពន្ធ អភិបាលក្រុងបាងកក។",
            "(រូបភាព៖ ជំនួបនៅសាលារាជធានី)",
            "ឯកឧត្តម ឃួង ស្រេង បានស្នើសុំឱ្យក្រុងបាងកកចែករំលែកបទពិសោធន៍ក្នុងការគ្រប់គ្រងចរាចរណ៍។",
            "ភាគីថៃនឹងបញ្ជូនវិស្វករចំនួន ៨ នាក់ មកកម្ពុជានៅ គ.ស.ស. ខែឧសភា ដើម្បីសិក្សាប្រព័ន្ធលូ។",
            "ចែករំលែក៖ Facebook | Telegram",
        ]
    )
    draft = _draft(text, "Cambodia", "Thailand")
    assert _item(draft, "ចែករំលែកបទពិសោធន៍").side == "Cambodia", describe(draft)
    engineers = _item(draft, "វិស្វករចំនួន")
    assert engineers.text.endswith("ប្រព័ន្ធលូ។") and engineers.side == "Thailand"


def test_two_officials_named_by_title_and_joined_by_and_are_both_sides():
    text = (
        "WASHINGTON, Nov. 20, 2025 -- Secretary of State Antony J. Blinken met Indonesian "
        "Foreign Minister Retno Marsudi in Washington today.\n\n"
        "The Secretary and Foreign Minister discussed the humanitarian situation in Gaza.\n\n"
        "The Secretary welcomed Indonesia's purchase of 24 aircraft."
    )
    draft = _draft(text, "United States", "Indonesia")
    assert _item(draft, "humanitarian situation").side == BOTH, describe(draft)
    assert _item(draft, "24 aircraft").side == "United States"


def test_an_international_organisation_s_official_is_no_participant_and_says_no_item():
    text = "\n\n".join(
        [
            "JAKARTA, 20 November 2025 - Secretary-General of ASEAN, Dr. Kao Kim Hourn, today "
            "received H.E. Sok Chenda Sophea, Deputy Prime Minister of Cambodia, and H.E. Bendito "
            "dos Santos Freitas, Minister of Foreign Affairs of Timor-Leste.",
            "The Secretary-General briefed the two Ministers on the roadmap for membership.",
            "The Ministers thanked the Secretary-General for hosting the meeting.",
            "The two Ministers agreed to hold a joint commission in Dili in 2026.",
        ]
    )
    draft = _draft(text, "Cambodia", "Timor-Leste")
    assert "Kao Kim Hourn" not in _people(draft), describe(draft)
    assert [i.text for i in draft.items] == [
        "The two Ministers agreed to hold a joint commission in Dili in 2026."
    ], describe(draft)


def test_met_today_in_the_opening_outranks_a_date_written_later():
    text = "\n\n".join(
        [
            "Press release",
            "Brussels, 20/11/2025",
            "The High Representative, Kaja Kallas, met today in Brussels with Cambodia's Deputy "
            "Prime Minister, Sok Chenda Sophea.",
            "The High Representative welcomed the Joint Declaration signed in Kuala Lumpur on "
            "26 October.",
        ]
    )
    draft = _draft(text, "European Union", "Cambodia")
    assert draft.meeting_date == dt.date(2025, 11, 20), describe(draft)


def test_chinese_a_visitor_is_not_of_the_country_visited_and_a_meeting_as_setting_is_kept():
    text = "\n\n".join(
        [
            "越南人民报网",
            "2025年11月21日",
            "越通社河内11月20日电　当地时间11月20日上午，正在对老挝进行正式访问的越共中央"
            "政治局委员、国会主席陈青敏在万象同老挝国会主席赛宋蓬·丰威汉举行会谈。",
            "会谈中，陈青敏表示，越方高度重视越老特殊团结关系。",
            "两位国会主席一致同意明年在河内举行两国国会高层会晤。",
        ]
    )
    draft = _draft(text, "Viet Nam", "Laos")
    assert _people(draft) == {"陈青敏": "Viet Nam", "赛宋蓬·丰威汉": "Laos"}, describe(draft)
    assert _item(draft, "高度重视").side == "Viet Nam"


@pytest.mark.parametrize(
    ("sentence", "city", "country"),
    [
        ("The two ministers met at Saranrom Palace on Thursday.", "Bangkok", "Thailand"),
        ("The two ministers met in Putrajaya on Thursday.", "Putrajaya", "Malaysia"),
        ("The two leaders held talks in Tay Ninh City on Thursday.", "Tây Ninh", "Viet Nam"),
    ],
)
def test_seats_of_government_venues_and_provincial_cities_are_meeting_places(
    sentence, city, country
):
    text = f"Media release\n\n21 November 2025\n\n{sentence}"
    settings = Settings(countries=["Cambodia", country])
    draft = extract(text, settings, reference_date=DAY)
    assert (draft.city, draft.country) == (city, country), describe(draft)


def test_entries_of_a_list_both_sides_agreed_are_both_sides_agreements_and_short_dates_read():
    text = "\n".join(
        [
            "Sabay News",
            "ដោយ៖ ម៉ៅ សុភ័ក្ត្រ | ២១ វិច្ឆិកា ២០២៥ | ០៩:២០ ព្រឹក",
            "",
            "ភ្នំពេញ៖ កាលពីម្សិលមិញ ឯកឧត្តម ឌិត ទីណា រដ្ឋមន្ត្រីក្រសួងកសិកម្ម បានជួបពិភាក្សាជាមួយ "
            "ឯកឧត្តម ម៉ូហាម៉ាត់ សាប៊ូ រដ្ឋមន្ត្រីកសិកម្មម៉ាឡេស៊ី។",
            "បន្ទាប់ពីកិច្ចពិភាក្សា ភាគីទាំងពីរបានឯកភាពលើចំណុចមួយចំនួនដូចខាងក្រោម៖",
            "១. ភាគីម៉ាឡេស៊ីនឹងនាំចូលអង្ករសកម្ពុជាចំនួន ១០០ ០០០ តោន ក្នុងឆ្នាំ២០២៦។",
            "២. បង្កើតក្រុមការងារបច្ចេកទេសរួមស្តីពីកសិកម្ម។",
            "ឯកឧត្តម ម៉ូហាម៉ាត់ សាប៊ូ បានអញ្ជើញ ឯកឧត្តម ឌិត ទីណា ទៅបំពេញទស្សនកិច្ចនៅម៉ាឡេស៊ី។",
        ]
    )
    draft = _draft(text, "Cambodia", "Malaysia")
    assert draft.issue_date == dt.date(2025, 11, 21), describe(draft)
    assert draft.meeting_date == dt.date(2025, 11, 20)
    for words in ("នាំចូលអង្ករ", "ក្រុមការងារបច្ចេកទេស"):
        entry = _item(draft, words)
        assert (entry.side, entry.kind) == (BOTH, K.AGREEMENT), describe(draft)
    assert _item(draft, "បានអញ្ជើញ").side == "Malaysia"  # after the list: its own speaker


def test_chinese_names_end_before_time_words_and_delegation_words():
    text = "\n\n".join(
        [
            "星暹日报",
            "2025年11月21日",
            "（曼谷20日讯）旅游与体育部长梭拉旺·天通上周五在曼谷会见柬埔寨旅游部大臣胡哈一行。",
            "双方同意明年举办联合旅游推介会。",
        ]
    )
    draft = _draft(text, "Thailand", "Cambodia")
    assert set(_people(draft)) == {"梭拉旺·天通", "胡哈"}, describe(draft)


def test_the_entries_of_a_list_the_two_leaders_agreed_to_are_their_agreements():
    text = "\n".join(
        [
            "PUTRAJAYA, 20 November 2025 - Prime Minister Anwar Ibrahim today received Prime "
            "Minister Hun Manet of Cambodia at Perdana Putra.",
            "",
            "At the end of the meeting, the two leaders agreed to:",
            "",
            "• convene the 4th Meeting of the Joint Commission in Phnom Penh by the end of 2026;",
            "• set a bilateral trade target of USD 2 billion by 2030; and",
            "• explore the possibility of direct flights between Kuala Lumpur and Siem Reap.",
            "",
            "Prime Minister Anwar also expressed concern over online scam syndicates.",
        ]
    )
    draft = _draft(text, "Malaysia", "Cambodia")
    assert not [i for i in draft.items if i.text.startswith("At the end")], describe(draft)
    for words in ("Convene the 4th Meeting", "Set a bilateral trade target", "Explore the"):
        entry = _item(draft, words)
        assert (entry.side, entry.kind) == (BOTH, K.AGREEMENT), describe(draft)
    kept = {c.text for c in draft.commitments if c.keep}
    assert any("4th Meeting" in t for t in kept) and any("USD 2 billion" in t for t in kept)
    assert _item(draft, "scam syndicates").side == "Malaysia"  # after the list: its own speaker


def test_burmese_honorifics_officials_of_a_city_and_people_who_accompanied():
    english = (
        "NAY PYI TAW, 20 Nov - Union Minister for Foreign Affairs U Than Swe received "
        "Cambodian Deputy Prime Minister Sok Chenda Sophea at the ministry today."
    )
    draft = _draft(english, "Cambodia", "Myanmar")
    (minister,) = [p for p in draft.participants if p.side == "Myanmar"]
    assert (minister.honorific, minister.name) == ("U", "Than Swe"), describe(draft)
    khmer = "\n\n".join(
        [
            "កោះសន្តិភាព",
            "ថ្ងៃព្រហស្បតិ៍ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៥",
            "ភ្នំពេញ៖ ឯកឧត្តម ឃួង ស្រេង អភិបាលរាជធានីភ្នំពេញ បានជួបពិភាក្សាជាមួយ "
            "ឯកឧត្តម ឆាតឆាត ស៊ិទ្ធិពន្ធ អភិបាលក្រុងបាងកក។",
            "ឯកឧត្តម ឆាតឆាត ស៊ិទ្ធិពន្ធ អញ្ជើញមកកម្ពុជា ដោយមានការអមដំណើរពី លោក សុមឆាយ "
            "ពង្សប្រសើរ អភិបាលរងក្រុងបាងកក។",
        ]
    )
    draft = _draft(khmer, "Cambodia", "Thailand")
    assert _people(draft).get("សុមឆាយ ពង្សប្រសើរ") == "Thailand", describe(draft)


def test_a_khmer_letterhead_s_reference_number_and_motto_are_no_title():
    text = "\n".join(
        [
            "ព្រះរាជាណាចក្រកម្ពុជា",
            "ជាតិ សាសនា ព្រះមហាក្សត្រ",
            "",
            "ក្រសួងការពារជាតិ",
            "អគ្គនាយកដ្ឋាននយោបាយ និងកិច្ចការបរទេស លេខ ០៣៧ ក.ក.ជ",
            "",
            "សេចក្តីប្រកាសព័ត៌មាន",
            "ស្តីពី",
            "ដំណើរទស្សនកិច្ចផ្លូវការរបស់ឯកឧត្តមរដ្ឋមន្ត្រីក្រសួងការពារជាតិវៀតណាម",
            "",
            "នាព្រឹកថ្ងៃអង្គារ ទី១៨ ខែវិច្ឆិកា ឆ្នាំ២០២៥ ឯកឧត្តមឧត្តមសេនីយ៍ឯក ទៀ សីហា "
            "បានជួបពិភាក្សាជាមួយ ឯកឧត្តមឧត្តមសេនីយ៍ឯក ផាន វ៉ាន់យ៉ាង រដ្ឋមន្ត្រីការពារជាតិវៀតណាម។",
        ]
    )
    draft = _draft(text, "Cambodia", "Viet Nam")
    assert draft.title.startswith("ដំណើរទស្សនកិច្ចផ្លូវការ"), describe(draft)
    assert draft.issuer == "ក្រសួងការពារជាតិ"
