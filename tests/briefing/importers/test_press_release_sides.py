"""Whose an item is, as releases of many kinds say it (texts written for these tests)."""

from __future__ import annotations

from importer_helpers import describe, draft_for, only_item, sides_by_name

from briefing.model import BOTH, ItemKind

LEAD = (
    "Bangkok, 5 March 2025\n\nForeign Minister Maris Sangiampongsa held talks with Foreign "
    "Minister Sok Chenda Sophea of Cambodia at Saranrom Palace on Tuesday.\n\n"
)


def _side(draft, words: str) -> str:
    found = [i for i in draft.items if words in i.text]
    assert len(found) == 1, describe(draft)
    return found[0].side


def test_an_invitation_accepted_is_the_invitees_pledge():
    draft = draft_for(
        LEAD + "Minister Maris invited Minister Sok Chenda Sophea to visit Chiang Mai in 2026, "
        "which was accepted.\n\nMinister Sok Chenda Sophea invited Minister Maris to visit "
        "Siem Reap, and the Thai minister said he would do so in May.\n",
        "Cambodia",
        "Thailand",
    )
    assert sides_by_name(draft).get("Maris Sangiampongsa") == "Thailand", describe(draft)
    assert _side(draft, "Chiang Mai") == "Cambodia"
    assert _side(draft, "Siem Reap") == "Thailand"
    assert {i.kind for i in draft.items if "to visit" in i.text} == {ItemKind.PLEDGE}


def test_a_speaker_who_addresses_the_other_side_is_of_this_one():
    draft = draft_for(
        LEAD + "The Minister also briefed his Cambodian counterpart on the preparations for the "
        "elections in the south.\n\nThe Minister requested the Cambodian side to extend the "
        "stay of Thai workers whose permits expire in June.\n",
        "Cambodia",
        "Thailand",
    )
    assert _side(draft, "preparations for the elections") == "Thailand", describe(draft)
    assert _side(draft, "extend the stay") == "Thailand"


def test_agreements_told_by_one_side_are_both_sides():
    draft = draft_for(
        LEAD + "It was agreed to develop cooperation in the defence industry.\n\nThe two "
        "ministers agreed that the border should reopen by June, Mr Maris said.\n",
        "Cambodia",
        "Thailand",
    )
    assert _side(draft, "defence industry") == BOTH, describe(draft)
    assert _side(draft, "border should reopen") == BOTH


def test_a_country_at_the_end_of_a_headline_is_not_the_next_lines_title():
    from briefing.importers.persons import find_mentions
    from briefing.importers.rules import load_rules

    text = (
        "Union Minister U Than Swe holds talks with Minister of Foreign Affairs of Thailand\n\n"
        "Union Minister for Foreign Affairs U Than Swe received H.E. Mr. Maris Sangiampongsa."
    )
    body = [m for m in find_mentions(text, load_rules()) if m.start > text.index("\n")]
    assert body[0].name == "Than Swe" and body[0].country is None


def test_a_speaker_who_thanks_their_own_delegation_stays_of_their_side():
    draft = draft_for(
        "Phnom Penh, 5 March 2025\n\nCambodian Prime Minister Hun Manet held talks with "
        "Japanese Prime Minister Shigeru Ishiba on Tuesday.\n\nHun Manet thanked the Cambodian "
        "delegation for its hard work on the new trade agreement.\n",
        "Cambodia",
        "Japan",
    )
    assert _side(draft, "hard work") == "Cambodia", describe(draft)


def test_an_invitation_without_a_visit_or_an_acceptance_stays_the_inviters():
    draft = draft_for(
        "Tokyo, 5 March 2025\n\nPrime Minister Shigeru Ishiba held talks with Prime Minister "
        "Hun Manet of Cambodia on Tuesday.\n\nIshiba invited Cambodian firms to invest in the "
        "new industrial park and urged Cambodia to accept more Japanese rice.\n\nThe two "
        "leaders met and Japan agreed to send 50 doctors to Siem Reap, Ishiba said.\n",
        "Cambodia",
        "Japan",
    )
    invest = [i for i in draft.items if "invest" in i.text]
    assert invest and invest[0].side == "Japan" and invest[0].kind is not ItemKind.PLEDGE
    assert _side(draft, "50 doctors") == "Japan", describe(draft)


def test_a_name_before_a_title_and_a_dash_is_no_dateline():
    draft = draft_for(
        "Talks in Tokyo\n\nHun Manet, Prime Minister of Cambodia – held talks with Japanese "
        "Prime Minister Shigeru Ishiba in Tokyo on 4 March 2025.\n",
        "Cambodia",
        "Japan",
    )
    assert "Hun Manet" in sides_by_name(draft), describe(draft)


MANILA = (
    "Manila, 17 June 2025\n\nSecretary of Trade Cristina Roque met Indonesian Trade Minister "
    "Budi Santoso on Monday in Taguig City.\n\n"
)


def test_two_countries_in_a_lead_written_in_capitals_are_both():
    draft = draft_for(
        MANILA + "THE PHILIPPINES and Indonesia have agreed to raise bilateral trade to $15 "
        "billion by 2028.\n",
        "Philippines",
        "Indonesia",
    )
    assert _side(draft, "$15 billion") == BOTH


def test_a_principal_and_the_other_sides_minister_together_are_both():
    draft = draft_for(
        MANILA + "Secretary Roque and the Indonesian minister reviewed the relations between "
        "the two countries.\n\nThe Secretary and Minister Santoso agreed to hold the joint "
        "trade committee in Jakarta in the fourth quarter.\n",
        "Philippines",
        "Indonesia",
    )
    assert _side(draft, "reviewed the relations") == BOTH
    assert _side(draft, "joint trade committee") == BOTH


def test_a_spokesperson_reporting_what_the_two_ministers_discussed():
    draft = draft_for(
        MANILA + "Undersecretary Allan Gepty, the spokesperson of the department, stated that "
        "the two ministers discussed ways to strengthen relations in the digital economy.\n",
        "Philippines",
        "Indonesia",
    )
    assert _side(draft, "digital economy") == BOTH


def test_trade_that_reached_a_figure_is_no_joint_act():
    draft = draft_for(
        "Hanoi, 16 May 2024\n\nMinister of Agriculture Le Minh Hoan met Cambodian Minister of "
        "Agriculture Dith Tina in Long Xuyen on Thursday.\n\nHoan said that agricultural trade "
        "between the two countries reached nearly 2.5 billion USD last year.\n",
        "Cambodia",
        "Viet Nam",
    )
    assert _side(draft, "2.5 billion") == "Viet Nam"


def test_a_demonym_says_whose_minister_when_a_third_countrys_minister_is_named():
    draft = draft_for(
        "Johannesburg, 20 February 2025\n\nForeign Minister Juan Ramón de la Fuente met Foreign "
        "Minister Cho Tae-yul of the Republic of Korea on the sidelines of the G20 meeting, "
        "chaired by South Africa's Minister of International Relations and Cooperation, Ronald "
        "Lamola.\n\nMinister Cho said Korea will invite 40 Mexican officials to training "
        "courses this year.\n\nThe Mexican foreign minister thanked Korea for the scholarships "
        "it grants each year to Mexican students.\n",
        "Mexico",
        "Republic of Korea",
    )
    assert _side(draft, "scholarships") == "Mexico"


def test_a_region_in_a_ministers_list_of_portfolios_is_not_his_country():
    draft = draft_for(
        "Madrid, 27 March 2025\n\nThe Minister for Foreign Affairs, European Union and "
        "Cooperation, José Manuel Albares, met the Minister of Foreign Affairs of Cambodia, "
        "Sok Chenda Sophea, in Madrid yesterday.\n\nMinister Albares announced that Spain will "
        "contribute 1.5 million euros in 2025 to a demining programme.\n",
        "Cambodia",
        "Spain",
    )
    assert sides_by_name(draft).get("José Manuel Albares") == "Spain", describe(draft)
    assert _side(draft, "1.5 million euros") == "Spain"


def test_two_countries_that_agreed_are_both_whoever_reports_it():
    draft = draft_for(
        MANILA + "Undersecretary Allan Gepty also attended the meeting.\n\n"
        "The Philippines and Indonesia agreed on Monday to set up a 24-hour hotline "
        "between their trade ministries, Undersecretary Allan Gepty said.\n\nUnder the "
        "agreement, the hotline will be staffed by officers from both countries.\n",
        "Philippines",
        "Indonesia",
    )
    assert _side(draft, "24-hour hotline") == BOTH


def test_the_secretary_named_by_a_word_of_his_title_and_a_minister_by_name_are_both():
    draft = draft_for(
        "Mexico City, 20 February 2025\n\nForeign Secretary Juan Ramón de la Fuente met "
        "Minister of Foreign Affairs Cho Tae-yul of the Republic of Korea in Johannesburg.\n\n"
        "The Secretary and Minister Cho reviewed the bilateral agenda and agreed to hold the "
        "next joint commission in Seoul.\n",
        "Mexico",
        "Republic of Korea",
    )
    assert _side(draft, "joint commission") == BOTH


def _kind(draft, words: str) -> ItemKind:
    found = [i for i in draft.items if words in i.text]
    assert len(found) == 1, describe(draft)
    return found[0].kind


def test_invitations_conveyed_readiness_and_issues_raised_are_their_kinds():
    draft = draft_for(
        LEAD + "Minister Sok Chenda Sophea conveyed an invitation from Prime Minister Hun Manet "
        "to Prime Minister Paetongtarn to visit Cambodia.\n\nMinister Maris extended an "
        "invitation to Minister Sok Chenda Sophea to attend the Mekong-Lancang meeting.\n\n"
        "Minister Maris expressed Thailand's readiness to share its expertise in flood "
        "management.\n\nMinister Sok Chenda Sophea raised the issue of Cambodian workers whose "
        "permits expire in June.\n",
        "Cambodia",
        "Thailand",
    )
    assert _kind(draft, "conveyed an invitation") == ItemKind.REQUEST
    assert _kind(draft, "extended an invitation") == ItemKind.REQUEST
    assert _kind(draft, "readiness") == ItemKind.PLEDGE
    assert _kind(draft, "raised the issue") == ItemKind.CONCERN


def test_chinese_a_concern_that_ends_the_sentence_outranks_an_object_marker():
    draft = draft_for(
        "2023年5月16日\n\n印尼经济统筹部长艾尔朗加15日与马来西亚种植业部长法迪拉举行视频会谈。"
        "艾尔朗加对欧盟法规可能将我国约1600万名小农户排除在欧洲供应链之外表示担忧。双方同意加强"
        "合作。\n",
        "Indonesia",
        "Malaysia",
    )
    assert _kind(draft, "表示担忧") == ItemKind.CONCERN


def test_a_welcoming_lead_and_an_invitation_to_co_chair_accepted():
    draft = draft_for(
        LEAD + "Welcoming the Cambodian delegation, Minister Maris stated that Thailand values its "
        "neighbour.\n\nMinister Maris invited Minister Sok Chenda Sophea to co-chair the next "
        "Joint Commission in Bangkok early next year, and the Cambodian minister accepted.\n",
        "Cambodia",
        "Thailand",
    )
    assert _side(draft, "values its neighbour") == "Thailand"
    assert _side(draft, "co-chair") == "Cambodia"


def test_a_countrys_possessive_before_a_lower_case_portfolio():
    draft = draft_for(
        "Kuala Lumpur, 22 Jan 2025\n\nHigher education minister Zambry Abd Kadir met Cambodia's "
        "education, youth and sport minister Hang Chuon Naron in Phnom Penh yesterday.\n\nThe "
        "two ministers agreed to sign a higher education MoU by June.\n",
        "Cambodia",
        "Malaysia",
    )
    sides = sides_by_name(draft)
    assert sides.get("Hang Chuon Naron") == "Cambodia", describe(draft)
    assert sides.get("Zambry Abd Kadir") == "Malaysia", describe(draft)


def test_a_family_name_two_participants_of_one_side_share_is_that_sides():
    draft = draft_for(
        "New Delhi, 21 November 2024\n\n"
        "Defence Minister Rajnath Singh held talks with Lao Defence Minister Chansamone "
        "Chanyalath in Vientiane on Wednesday. Singh was accompanied by Defence Secretary "
        "Rajesh Kumar Singh.\n\n"
        "Singh announced that India would gift demining equipment to Laos by March 2025.\n",
        "India",
        "Laos",
    )
    assert only_item(draft, "gift demining").side == "India", describe(draft)


def test_the_one_asked_who_answers_with_an_undertaking_in_the_same_sentence():
    draft = draft_for(
        "Santiago, 4 June 2025\n\n"
        "Foreign Minister Alberto van Klaveren received Lao Foreign Minister Thongsavanh "
        "Phomvihane on Tuesday.\n\n"
        "Van Klaveren asked the Lao side to open its market to Chilean cherries, and the Lao "
        "minister confirmed that Laos will send an inspection team in October.\n\n"
        "The Chilean minister urged Laos to join the Pacific Alliance as an observer, and the "
        "Lao minister said he hoped for closer ties.\n",
        "Chile",
        "Laos",
    )
    answer = only_item(draft, "inspection team")
    assert (answer.side, answer.kind) == ("Laos", ItemKind.PLEDGE), describe(draft)
    # no undertaking in the answer: the request stays the asker's
    assert only_item(draft, "Pacific Alliance").side == "Chile", describe(draft)


def test_more_words_of_concern_readiness_appeal_and_concurrence():
    head = (
        "Canberra, 11 March 2025\n\nForeign Minister Penny Wong met Lao Foreign Minister "
        "Thongsavanh Phomvihane in Canberra on Monday.\n\n"
    )
    expected = {
        "Wong said Australia was troubled by reports of forced labour in scam compounds.": (
            "Australia",
            ItemKind.CONCERN,
        ),
        "Wong noted with concern the situation in Myanmar.": ("Australia", ItemKind.CONCERN),
        "Thongsavanh welcomed the offer and said Laos stood ready to host the next meeting.": (
            "Laos",
            ItemKind.PLEDGE,
        ),
        "Wong appealed to Laos to release the detained activist.": ("Australia", ItemKind.REQUEST),
        "Both sides concurred on the need to finish the bridge by 2027.": (
            BOTH,
            ItemKind.AGREEMENT,
        ),
    }
    for sentence, (side, kind) in expected.items():
        draft = draft_for(head + sentence + "\n", "Australia", "Laos")
        item = only_item(draft, sentence[:30])
        assert (item.side, item.kind) == (side, kind), describe(draft)


def test_a_relative_clause_in_the_subject_names_no_speaker():
    draft = draft_for(
        "Seoul, 6 September 2024\n\nTrade Minister Cheong In-kyo met Lao Commerce Minister "
        "Malaithong Kommasith in Seoul on Thursday.\n\n"
        "Malaithong, who also met Korean Vice Minister Kim Min-soo on Wednesday, said Laos "
        "hopes Korea will open its market wider to Lao coffee.\n",
        "Republic of Korea",
        "Laos",
    )
    assert only_item(draft, "Lao coffee").side == "Laos", describe(draft)


def test_the_issuers_country_from_a_masthead_in_capitals_or_the_copyright_line():
    body = (
        "Prime Minister Hon. Jeremiah Manele on Tuesday met with the Minister for the "
        "Pacific, the Hon. Pat Conroy MP, in Honiara. Prime Minister Manele thanked the "
        "Minister for the support to the police.\n\n"
    )
    for head, foot in (
        ("SOLOMON ISLANDS GOVERNMENT\nOffice of the Prime Minister and Cabinet\n\n", ""),
        ("Office of the Prime Minister and Cabinet\n\n", "© 2024 Solomon Islands Government."),
    ):
        draft = draft_for(
            head + "PM MANELE MEETS PACIFIC MINISTER\n\n14 August 2024\n\n" + body + foot,
            "Solomon Islands",
            "Australia",
        )
        found = {p.name: p.side for p in draft.participants}
        assert found.get("Jeremiah Manele") == "Solomon Islands", (head, describe(draft))
