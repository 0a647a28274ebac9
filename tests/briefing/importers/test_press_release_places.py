"""The meeting's place as releases of many kinds state it (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from importer_helpers import describe, draft_for


def test_a_city_and_a_colon_under_a_byline_that_is_no_place() -> None:
    draft = draft_for(
        "Lahore Herald\n\nPakistan, Laos sign two accords\n\n"
        "Amna Qureshi Published March 4, 2025 Updated 4 Mar, 2025 09:14am\n\n"
        "ISLAMABAD: Pakistan and Laos on Monday agreed to open a direct air link by June 2025.\n",
        "Pakistan",
        "Laos",
    )
    assert (draft.city, draft.country) == ("Islamabad", "Pakistan")


def test_a_dateline_in_title_case_with_its_country() -> None:
    draft = draft_for(
        "Office of the Prime Minister\n\n10 October 2024\n\n"
        "Vientiane, Lao PDR – The Prime Minister of Timor-Leste "
        "held a bilateral meeting on Wednesday with the Prime Minister of Cambodia on the "
        "sidelines of the ASEAN Summits.\n\nTimor-Leste was granted observer status at the "
        "ASEAN Summits held in Phnom Penh in November 2022.\n",
        "Cambodia",
        "Timor-Leste",
    )
    assert draft.city == "Vientiane"


def test_a_place_of_another_time_is_not_the_meetings() -> None:
    draft = draft_for(
        "12 October 2024\n\nThe two leaders, who last met at the summit held in Phnom Penh in "
        "November 2022, met again on Wednesday in the capital of the Lao PDR.\n",
        "Cambodia",
        "Timor-Leste",
    )
    assert draft.city == "Vientiane"


def test_the_capital_named_by_its_country_or_demonym() -> None:
    draft = draft_for(
        "5 May 2025\n\nThe Foreign Minister of Cambodia held talks with his Lao counterpart in "
        "the Lao capital on Monday.\n",
        "Cambodia",
        "Laos",
    )
    assert draft.city == "Vientiane"


def test_a_resort_city_of_and_a_country_visited() -> None:
    draft = draft_for(
        "12.04.2025\n\nTurkish Foreign Minister Hakan Fidan on Saturday met with Lao Foreign "
        "Minister Thongsavanh Phomvihane in Türkiye's Mediterranean resort city of Antalya.\n",
        "Türkiye",
        "Laos",
    )
    assert draft.city == "Antalya"
    draft = draft_for(
        "Date: 17/10/2024\n\nMinister Antonio Tajani said Italy and Viet Nam would double trade "
        "after his meeting today with the Foreign Minister of Viet Nam, Bui Thanh Son.\n\n"
        "The Vietnamese Minister is in Italy on an official visit from 16 to 18 October.\n",
        "Italy",
        "Viet Nam",
    )
    assert (draft.city, draft.country) == ("Rome", "Italy")


def test_a_meeting_in_a_city_in_a_month_of_its_own_year_is_there() -> None:
    draft = draft_for(
        "Phnom Penh, 20 March 2025\n\nPrime Minister Hun Manet held talks with Japanese "
        "Prime Minister Shigeru Ishiba in Osaka in March 2025.\n",
        "Cambodia",
        "Japan",
    )
    assert draft.city == "Osaka"


def test_a_provincial_town_of_cambodia_in_khmer_chinese_and_english() -> None:
    draft = draft_for(
        "ស្ទឹងត្រែង៖ កាលពីថ្ងៃសុក្រ ទី១៣ ខែមិថុនា ឆ្នាំ២០២៥ ឯកឧត្តម ហួត ហាក់ រដ្ឋមន្ត្រីទេសចរណ៍ "
        "បានជួបពិភាក្សាជាមួយរដ្ឋមន្ត្រីឡាវ នៅសាលាខេត្តស្ទឹងត្រែង។\n",
        "Cambodia",
        "Laos",
    )
    assert draft.city == "Stung Treng"
    draft = draft_for(
        "2025年3月5日\n\n柬埔寨旅游大臣3月4日在贡布省会见老挝新闻文化旅游部长，双方同意加强旅游合作。\n",
        "Cambodia",
        "Laos",
    )
    assert draft.city == "Kampot"
    draft = draft_for(
        "Phnom Penh, 5 March 2025\n\nThe Minister of Tourism held talks with the Lao "
        "Minister of Tourism in Stung Treng on Tuesday.\n",
        "Cambodia",
        "Laos",
    )
    assert draft.city == "Stung Treng"


def test_a_place_in_a_projects_quoted_name_is_not_the_meetings() -> None:
    draft = draft_for(
        "Phnom Penh, 22 March 2024\n\nAmbassador Ueno and Deputy Prime Minister Sok Chenda "
        'Sophea signed notes on grant aid for "The Project for Water Supply in Kampong Cham" at '
        "the Ministry of Foreign Affairs in Phnom Penh on Friday.\n",
        "Cambodia",
        "Japan",
    )
    assert draft.city == "Phnom Penh"


def test_a_dateline_with_the_issuing_office_between_slashes() -> None:
    draft = draft_for(
        "Sultanate of Oman\nMinistry of Foreign Affairs\n\nForeign Minister meets Lao "
        "counterpart\n\nMuscat / Information Office / 04 March 2025\n\nHE Sayyid Badr bin Hamad "
        "Al Busaidi, Minister of Foreign Affairs, met today with HE Thongsavanh Phomvihane, "
        "Minister of Foreign Affairs of the Lao PDR, who is on an official visit.\n\nThe two "
        "sides agreed to open embassies by 2026.\n",
        "Laos",
        "Oman",
    )
    assert (draft.city, draft.country) == ("Muscat", "Oman")


def test_an_agency_credit_line_gives_the_city() -> None:
    draft = draft_for(
        "Gulf Daily\n\nHome | Region | World\n\nFM meets Thai minister\n\nWAM/Abu Dhabi\n\n"
        "Published: March 5, 2025\n\nHH Sheikh Abdullah bin Zayed Al Nahyan, Minister of "
        "Foreign Affairs, met yesterday with Maris Sangiampongsa, Minister of Foreign Affairs of "
        "Thailand, who is on a working visit to the country.\n\nThe two sides agreed to "
        "conclude the economic partnership agreement within the year.\n",
        "Thailand",
        "United Arab Emirates",
    )
    assert (draft.city, draft.country) == ("Abu Dhabi", "United Arab Emirates")


def test_a_hotel_named_after_a_town_abroad_then_the_city() -> None:
    draft = draft_for(
        "New Delhi, 3 June 2025\n\nExternal Affairs Minister S. Jaishankar met Prak Sokhonn, "
        "Senior Minister of Cambodia, on Monday at the Shangri-La Eros in New Delhi.\n\nThe "
        "two ministers agreed to resume direct flights by the end of 2025.\n",
        "Cambodia",
        "India",
    )
    assert (draft.city, draft.country) == ("New Delhi", "India")


def test_chinese_a_place_of_the_next_meeting_and_a_longer_place_name_are_not_the_meetings():
    draft = draft_for(
        "（曼谷5日讯）泰国外交部长马里斯昨日（4日）于曼谷会见老挝外交部长通萨万，双方同意"
        "成立联合工作组，首次会议将于今年8月在万象举行。\n\n马里斯表示，泰方愿扩大边境贸易。\n",
        "Thailand",
        "Laos",
    )
    assert (draft.city, draft.country) == ("Bangkok", "Thailand")
    hokkaido = draft_for(
        "2024年10月17日，驻日本大使在北海道访问期间会见北海道知事。\n\n大使表示，希望双方推动"
        "农业合作。\n",
        "China",
        "Japan",
    )
    assert hokkaido.city != "Beihai"


def test_khmer_where_the_meeting_took_place_and_the_country_visited() -> None:
    draft = draft_for(
        "បាត់ដំបង៖ នាព្រឹកថ្ងៃសុក្រ ទី១៤ ខែកុម្ភៈ ឆ្នាំ២០២៥ ឯកឧត្តម សុខ លូ អភិបាលខេត្ត "
        "បានទទួលជួបពិភាក្សាជាមួយ ឯកឧត្តម ប៊ុនលីប រដ្ឋមន្ត្រីនៃសាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតឡាវ "
        "ដែលកំពុងបំពេញទស្សនកិច្ចការងារនៅព្រះរាជាណាចក្រកម្ពុជា។ ជំនួបនេះ "
        "បានប្រព្រឹត្តទៅនៅសាលាខេត្ត ក្នុងក្រុងបាត់ដំបង ខេត្តបាត់ដំបង។\n\n"
        "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការ។\n",
        "Cambodia",
        "Laos",
    )
    assert (draft.city, draft.country) == ("Battambang", "Cambodia")


def test_a_country_named_after_in_is_no_town_of_that_other_name() -> None:
    draft = draft_for(
        "11:52 am on 11 October 2024\n\nPrime Minister Christopher Luxon has used his trip to "
        "the East Asia Summit in Laos to hold his first formal meeting with Cambodian Prime "
        "Minister Hun Manet.\n\nThe pair met on Thursday in Vientiane and agreed to aim for a "
        "comprehensive partnership by 2025.\n",
        "Cambodia",
        "New Zealand",
    )
    assert draft.country != "Viet Nam" and draft.city != "Lào Cai", (draft.city, draft.country)
    assert draft.city == "Vientiane"


def test_a_city_inside_a_hotels_name_after_its_brand() -> None:
    draft = draft_for(
        "28 May 2025\n\nForeign Minister Sok Chenda Sophea met Thai Foreign Minister Maris "
        "Sangiampongsa at the Sofitel Phnom Penh Phokeethra on Tuesday.\n\nThe two ministers "
        "agreed to reopen the border crossing by 2026.\n",
        "Cambodia",
        "Thailand",
    )
    assert (draft.city, draft.country) == ("Phnom Penh", "Cambodia")


def test_khmer_capitals_abroad_in_khmer_script() -> None:
    for written, city in (("ទីក្រុងកូឡាឡាំពួ ប្រទេសម៉ាឡេស៊ី", "Kuala Lumpur"), ("ទីក្រុងប៉ារីស", "Paris")):
        draft = draft_for(
            "នាព្រឹកថ្ងៃអង្គារ ទី២៧ ខែឧសភា ឆ្នាំ២០២៥ សម្តេចធិបតី ហ៊ុន ម៉ាណែត "
            f"បានជួបពិភាក្សាជាមួយ នាយករដ្ឋមន្ត្រីថៃ នៅ{written}។ "
            "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការ។\n",
            "Cambodia",
            "Thailand",
        )
        assert draft.city == city


def test_at_a_countrys_foreign_ministry_is_in_its_capital() -> None:
    draft = draft_for(
        "28 May 2025\n\nForeign Minister Sok Chenda Sophea met Foreign Minister Maris "
        "Sangiampongsa at the Thai Foreign Ministry on Tuesday.\n\nThe two ministers agreed to "
        "reopen the border crossing by 2026, and to meet next at the Cambodian Foreign Ministry "
        "in 2026.\n",
        "Cambodia",
        "Thailand",
    )
    assert (draft.city, draft.country) == ("Bangkok", "Thailand")


def test_a_visitor_in_the_capital_or_on_a_visit_to_the_country_is_hosted_in_its_capital():
    for clause in (
        "who arrived in the capital on Monday on an official visit",
        "who is on an official visit to the country",
        "who is in the capital for consultations",
    ):
        draft = draft_for(
            "22 April 2025\n\nPresident Shavkat Mirziyoyev received the Minister of Foreign "
            f"Affairs of the Republic of Indonesia Sugiono, {clause}.\n\nThe two sides agreed to "
            "open direct flights by 2026.\n",
            "Uzbekistan",
            "Indonesia",
        )
        assert (draft.city, draft.country) == ("Tashkent", "Uzbekistan"), clause


def test_a_visit_to_a_country_told_of_a_person_and_a_past_visit_is_not_the_meetings():
    greece = draft_for(
        "15 October 2024\n\nMinister of Foreign Affairs George Gerapetritis met the Minister of "
        "Foreign Affairs of Cambodia, Sok Chenda Sophea, who is paying the first official visit "
        "of a Cambodian Foreign Minister to Greece.\n\nThe two ministers agreed to sign a visa "
        "waiver by 2025.\n",
        "Cambodia",
        "Greece",
    )
    assert (greece.city, greece.country) == ("Athens", "Greece")
    nepal = draft_for(
        "KATHMANDU, Feb 10, 2025: Foreign Minister Arzu Rana Deuba urged China to speed up the "
        "projects signed during Prime Minister Oli's visit to China in December.\n\nChinese Vice "
        "Foreign Minister Sun Weidong, who is in the capital for consultations, called on "
        "Minister Rana Deuba on Monday.\n\nThe two sides agreed to reopen two border points.\n",
        "Nepal",
        "China",
    )
    assert (nepal.city, nepal.country) == ("Kathmandu", "Nepal")


def test_everyday_names_of_towns_filed_otherwise():
    draft = draft_for(
        "14 September 2024\n\nLeaders of Ho Chi Minh City and Phnom Penh met in HCMC on Friday "
        "to discuss cooperation.\n\nThe two sides agreed to sign a new programme for 2025-2027.\n",
        "Cambodia",
        "Viet Nam",
    )
    assert (draft.city, draft.country) == ("Ho Chi Minh City", "Viet Nam")


def test_a_border_town_of_a_neighbour_and_a_place_of_another_event() -> None:
    draft = draft_for(
        "22 January 2025\n\nTourism Minister Sorawong Thienthong met Cambodian Tourism Minister "
        "Huot Hak in Sa Kaeo province on Tuesday.\n\nThe two ministers agreed to open a joint "
        "tourist route by 2026.\n",
        "Cambodia",
        "Thailand",
    )
    assert (draft.city, draft.country) == ("Sa Kaeo", "Thailand")
    other_event = draft_for(
        "15 February 2025\n\nForeign Minister Maris Sangiampongsa and Foreign Minister Sok "
        "Chenda Sophea agreed on Friday to convene the boundary commission, a day after a "
        "stand-off at a temple in Surin province.\n\nThe two ministers met at Saranrom Palace.\n",
        "Cambodia",
        "Thailand",
    )
    assert (other_event.city, other_event.country) == ("Bangkok", "Thailand")


def test_no_town_goes_by_a_countrys_name() -> None:
    import json

    from briefing.importers.places import load_gazetteer
    from briefing.importers.rules import default_rules_path

    gazetteer = load_gazetteer()
    raw = json.loads(default_rules_path().read_text(encoding="utf-8"))
    for canonical, entry in raw["countries"].items():
        for name in (canonical, *entry["names"]):
            for city in gazetteer.by_name.get(name, []):
                capital = gazetteer.capitals.get(city.country)
                assert capital is not None and capital.name == city.name, (name, city)


def test_a_visit_to_a_country_is_in_its_own_capital_not_a_namesake() -> None:
    draft = draft_for(
        "12 May 2025\n\nDuring his official visit to the United States, Deputy Prime Minister "
        "Sun Chanthol met Commerce Secretary Howard Lutnick on Monday.\n\nThe two sides agreed "
        "to resume talks on tariffs in June.\n",
        "Cambodia",
        "United States",
    )
    assert (draft.city, draft.country) == ("Washington", "United States")


def test_no_place_said_the_hosts_capital_is_assumed_with_a_note() -> None:
    draft = draft_for(
        "Press release\n\n28 May 2025\n\nDeputy Prime Minister Sok Chenda Sophea of Cambodia "
        "received Thai Foreign Minister Maris Sangiampongsa on Tuesday.\n\nThe two ministers "
        "agreed to reopen the border crossing by 2026.\n",
        "Cambodia",
        "Thailand",
    )
    assert (draft.city, draft.country) == ("Phnom Penh", "Cambodia")
    assert any("was assumed" in w for w in draft.warnings), draft.warnings
    call = draft_for(
        "28 May 2025\n\nDeputy Prime Minister Sok Chenda Sophea of Cambodia held a phone call "
        "with Thai Foreign Minister Maris Sangiampongsa on Tuesday.\n\nThe two ministers agreed "
        "to reopen the border crossing by 2026.\n",
        "Cambodia",
        "Thailand",
    )
    assert (call.city, call.country) == ("", "")


def test_no_capital_is_assumed_for_a_meeting_at_a_summit() -> None:
    draft = draft_for(
        "On the sidelines of the ASEAN Summit, Prime Minister Hun Manet of Cambodia received "
        "Thai Prime Minister Paetongtarn Shinawatra on 26 May 2025.\n\nThe two leaders agreed to "
        "reopen the border.\n",
        "Cambodia",
        "Thailand",
    )
    assert not any("was assumed" in w for w in draft.warnings), draft.warnings


def test_a_page_on_one_line_with_a_published_and_an_updated_date_before_the_dateline():
    body = (
        "VIENTIANE: Laos and Fiji will set up a joint working group on labour mobility, Foreign "
        "Minister Thongsavanh Phomvihane said today. He said this was agreed at his meeting "
        "with Fijian Foreign Minister Sitiveni Rabuka here yesterday. "
    )
    text = (
        "pacificnews Home | World | Business | Sport | Opinion | Subscribe | Login NEWS "
        "Laos, Fiji to set up joint working group on labour mobility Reuters "
        "Published: Apr 8, 2025 3:14 PM Updated: Apr 8, 2025 5:02 PM "
        + body
        + "The two ministers also discussed fisheries and tourism, the minister said. " * 12
    )
    draft = draft_for(text, "Laos", "Fiji")
    assert (draft.city, draft.country) == ("Vientiane", "Laos"), describe(draft)
    assert draft.title.startswith("Laos, Fiji to set up joint working group"), describe(draft)


def test_city_names_with_joining_words():
    for city, country in (("Rio de Janeiro", "Brazil"), ("Dar es Salaam", "Tanzania")):
        draft = draft_for(
            f"10 March 2025\n\nThai Foreign Minister Maris Sangiampongsa met Lao Foreign "
            f"Minister Thongsavanh Phomvihane on Saturday in {city}.\n\nThe two sides agreed "
            "to open a bridge.\n",
            "Thailand",
            "Laos",
        )
        assert (draft.city, draft.country) == (city, country), describe(draft)


def test_a_smaller_town_abroad_where_the_release_says_what_it_is():
    """Towns under 100,000 people abroad are read only with their country after them or
    after "the … town of"; a town's name alone is no place (many are everyday words)."""

    def place(phrase: str) -> tuple[str, str]:
        draft = draft_for(
            f"10 March 2025\n\nThai Foreign Minister Maris Sangiampongsa met Lao Foreign "
            f"Minister Thongsavanh Phomvihane on Saturday {phrase}.\n\nThe two sides agreed to "
            "open a bridge.\n",
            "Thailand",
            "Laos",
        )
        return draft.city, draft.country

    assert place("in Karuizawa, Japan, on the sidelines of the G7") == ("Karuizawa", "Japan")
    assert place("in the Egyptian resort town of Sharm el-Sheikh") == ("Sharm el-Sheikh", "Egypt")
    assert place("in Karuizawa")[0] == ""
    assert place("at the Imperial Hotel") == ("", "")


def test_a_photo_caption_says_where_and_a_city_line_over_a_date_line_is_the_dateline():
    caption = draft_for(
        "The Samoa Herald\nNews | Sport | Business\n\nJapan pledges funds for Apia seawall\n\n"
        "By Lagi Tuimavave\nTuesday, September 10, 2024 5:00 am\n\n"
        "Prime Minister Fiamē Naomi Mata'afa, right, with Japan's State Minister for Foreign "
        "Affairs Tsuge Yoshifumi at the Government Building in Apia yesterday. Picture: "
        "SUPPLIED\n\n"
        "JAPAN will provide $US10 million for a seawall, State Minister Tsuge Yoshifumi "
        "announced after a bilateral meeting with Prime Minister Fiamē Naomi Mata'afa at the "
        "Government Building in the capital.\n",
        "Samoa",
        "Japan",
    )
    assert (caption.city, caption.country) == ("Apia", "Samoa"), describe(caption)
    split = draft_for(
        "DAILY PRESS\nWorld | Politics | Business\n\n"
        "Peru, Laos to work on visa waiver after ministers meet\n\nMARIA QUISPE WITH AFP\n"
        "AREQUIPA\nAPR 12, 2025 - 6:14 PM GMT-5\n\n"
        "Foreign Minister Elmer Schialer met his Lao counterpart Thongsavanh Phomvihane on the "
        "sidelines of a regional forum on Saturday, diplomatic sources said.\n\n"
        "The two ministers agreed to complete work on a visa waiver.\n",
        "Peru",
        "Laos",
    )
    assert split.title == "Peru, Laos to work on visa waiver after ministers meet", describe(split)
    assert (split.city, split.country) == ("Arequipa", "Peru"), describe(split)


def test_a_date_in_brackets_after_the_city_a_page_date_with_an_at_sign_and_a_venue_then_city():
    bracketed = draft_for(
        "The Sabah Daily\nHome | Sabah | Nation\n\nSabah, Laos to set up rice working group\n\n"
        "By Jenny Tan\nOctober 16, 2024 @ 7:18 PM\n\n"
        "KOTA KINABALU (Oct 16): Sabah and Laos will set up a working group on rice, said the "
        "state minister after receiving a courtesy call from Lao Agriculture Minister Linkham "
        "Douangsavanh at Wisma Innoprise here today.\n",
        "Malaysia",
        "Laos",
    )
    assert (bracketed.city, bracketed.meeting_date) == (
        "Kota Kinabalu",
        dt.date(2024, 10, 16),
    ), describe(bracketed)
    venue = draft_for(
        "Feb 16, 2024 | State House\n\nPresident William Ruto hosted Lao Prime Minister Sonexay "
        "Siphandone at State House, Mombasa, on Thursday.\n\nThe two leaders agreed to expand "
        "trade.\n",
        "Kenya",
        "Laos",
    )
    assert (venue.city, venue.country) == ("Mombasa", "Kenya"), describe(venue)


def test_the_province_of_a_city_that_shares_its_name():
    draft = draft_for(
        "10 March 2025\n\nThai Foreign Minister Maris Sangiampongsa met Lao Foreign Minister "
        "Thongsavanh Phomvihane on Saturday in the northern province of Chiang Rai.\n\n"
        "The two sides agreed to open a bridge.\n",
        "Thailand",
        "Laos",
    )
    assert (draft.city, draft.country) == ("Chiang Rai", "Thailand"), describe(draft)


def test_datelines_with_an_agency_in_brackets_or_slashes_and_a_city_after_a_bar():
    body = (
        "Thai Foreign Minister Maris Sangiampongsa met Lao Foreign Minister Thongsavanh "
        "Phomvihane on Saturday, officials said.\n\nThe two sides agreed to open a bridge.\n"
    )
    for head in (
        "VIENTIANE, Laos (AP) — ",
        "Vientiane (ANTARA) - ",
        "VIENTIANE, March 10 /PRNewswire/ -- ",
        "By Staff Reporter | Vientiane\n\n",
        "Published 10 March 2025 | VIENTIANE\n\n",
    ):
        draft = draft_for(head + body, "Thailand", "Laos")
        assert (draft.city, draft.country) == ("Vientiane", "Laos"), (head, describe(draft))


def test_a_headline_that_says_where_beats_a_later_event_named_in_the_body():
    draft = draft_for(
        "MEDIA STATEMENT\n\nMinister Tshabalala and Portuguese Foreign Minister Rangel hold "
        "bilateral talks in Pretoria\n\n10 June 2025\n\n"
        "Minister Ntombi Tshabalala hosted Foreign Minister Paulo Rangel of Portugal for "
        "bilateral talks at the Union Buildings on Monday.\n\n"
        "The visit took place in the year of the Presidency, and shortly before Portugal hosts "
        "the Ocean Forum in Lisbon.\n",
        "South Africa",
        "Portugal",
    )
    assert (draft.city, draft.country) == ("Pretoria", "South Africa"), describe(draft)


def test_a_thai_town_geonames_names_by_its_district():
    draft = draft_for(
        "NONTHABURI, Jan 26 (NNT) - Thailand and Laos agreed to raise trade, Commerce Minister "
        "Phumtham Wechayachai said after talks with his Lao counterpart on Thursday.\n",
        "Thailand",
        "Laos",
    )
    assert (draft.city, draft.country) == ("Nonthaburi", "Thailand"), describe(draft)


def test_an_envoy_named_by_country_meets_in_the_capital_of_the_post():
    text = (
        "Foreign Adviser Md Touhid Hossain met {envoy} Ueno Atsushi at the foreign ministry "
        "yesterday. The two sides agreed to hold consultations.\n"
    )
    draft = draft_for(text.format(envoy="Japanese Ambassador"), "Bangladesh", "Japan")
    assert (draft.city, draft.country) == ("Dhaka", "Bangladesh"), describe(draft)
    # an ambassador of each side: no telling which one's post it is
    both = text.format(envoy="Japanese Ambassador") + "Bangladeshi Ambassador Kim was present.\n"
    assert draft_for(both, "Bangladesh", "Japan").city == ""


def test_a_dateline_naming_a_smaller_town_of_a_side_or_a_city_with_accents():
    body = (
        "Norway and Viet Nam on Wednesday signed an agreement on offshore wind, Foreign "
        "Minister Espen Barth Eide said after talks with Deputy Prime Minister Bui Thanh Son.\n"
    )
    for head, city in (
        ("TROMSØ, Troms — ", "Tromsø"),  # a town of a side, in capitals with an accent
        ("CITY OF ÅLESUND, Møre og Romsdal — ", "Ålesund"),
    ):
        draft = draft_for(head + body, "Norway", "Viet Nam")
        assert (draft.city, draft.country) == (city, "Norway"), (head, describe(draft))
    # a town of neither side is not read from a dateline
    assert draft_for("SIÓFOK, Somogy — " + body, "Norway", "Viet Nam").city != "Siófok"


def test_a_city_after_a_building_or_a_direction():
    body = (
        "Land Minister Park Sang-woo met Lao Minister of Public Works Ngampasong Muongmany "
        "{where} on Wednesday. The two sides signed a memorandum on urban rail.\n"
    )
    for where in ("at the Government Complex Sejong", "in central Sejong"):
        draft = draft_for(
            "Korea to help plan Vientiane's first metro line\n\n" + body.format(where=where),
            "Republic of Korea",
            "Laos",
        )
        assert (draft.city, draft.country) == ("Sejong", "Republic of Korea"), describe(draft)


def test_a_city_of_last_years_event_is_not_the_meetings():
    draft = draft_for(
        "14 February 2025\n\nNepal and Thailand yesterday agreed to set up a working group on "
        "the trade pact, which was signed in Kathmandu in March last year, Foreign Minister "
        "Arzu Rana Deuba said. The talks with Thai Foreign Minister Maris Sangiampongsa were "
        "held at a hotel in Pokhara.\n",
        "Nepal",
        "Thailand",
    )
    assert (draft.city, draft.country) == ("Pokhara", "Nepal"), describe(draft)


def test_a_city_of_an_event_in_another_month_is_not_the_meetings():
    text = (
        "May 23, 2024\n\nDefence Minister Richard Marles held a bilateral meeting with Lao "
        "Defence Minister Chansamone Chanyalath yesterday, and both ministers tasked their "
        "officials to finalise the text at the first Senior Officials' Dialogue in Vientiane "
        "in {when}.\n\nThe Lao minister is on an official visit to Australia.\n"
    )
    for when in ("August", "August 2024", "December 2023"):
        draft = draft_for(text.format(when=when), "Australia", "Laos")
        assert (draft.city, draft.country) == ("Canberra", "Australia"), (when, describe(draft))
    # the meeting's own month is no other time
    assert draft_for(text.format(when="May"), "Australia", "Laos").city == "Vientiane"


def test_a_visitor_by_nationality_arrived_in_the_capital_or_an_envoy_in_a_city():
    draft = draft_for(
        "26 February 2025\n\nDeputy Prime Minister Mohammad Ishaq Dar held talks with Malaysian "
        "Foreign Minister Mohamad Hasan at the Foreign Office. The Malaysian Foreign Minister "
        "arrived in the capital on Tuesday on a two-day official visit.\n",
        "Pakistan",
        "Malaysia",
    )
    assert (draft.city, draft.country) == ("Islamabad", "Pakistan"), describe(draft)
    envoy = draft_for(
        "Malaysian High Commissioner in Dhaka\n\n26 February 2025\n\nHigh Commissioner Haznah "
        "Md Hashim called on Foreign Adviser Touhid Hossain on Tuesday. They discussed trade.\n",
        "Bangladesh",
        "Malaysia",
    )
    assert (envoy.city, envoy.country) == ("Dhaka", "Bangladesh"), describe(envoy)


def test_resorts_known_for_summits_that_are_too_small_for_the_gazetteers_cities():
    for where, city, country in (
        ("on the sidelines of the World Economic Forum in Davos", "Davos", "Switzerland"),
        ("at the Boao Forum for Asia in Boao", "Boao", "China"),
        ("in Nusa Dua on the sidelines of the forum", "Nusa Dua", "Indonesia"),
    ):
        draft = draft_for(
            f"22 January 2025\n\nPrime Minister Hun Manet met Prime Minister Dick Schoof of "
            f"the Netherlands {where} on Tuesday.\n",
            "Cambodia",
            "Netherlands",
        )
        assert (draft.city, draft.country) == (city, country), (where, describe(draft))


def test_more_ways_releases_say_where():
    met = "Deputy Prime Minister Bui Thanh Son met New Zealand Foreign Minister Winston Peters"
    for text, city in (
        (f"In Hanoi on Monday, {met}.", "Hanoi"),  # a sentence opening with the place
        (f"{met} on Monday at Auckland's Government House.", "Auckland"),  # not Bangkok's
        (f"{met}, who is visiting Wellington, on Monday.", "Wellington"),
        (f"{met} on Monday at the Beehive.", "Wellington"),
        (f"{met} on Monday. The meeting was held at the Sofitel Legend Metropole Hanoi.", "Hanoi"),
        (f"{met} on Monday. Son welcomed Peters to Hanoi.", "Hanoi"),
        (f"{met} on Monday at the Government Guest House in Hanoi's Ba Dinh district.", "Hanoi"),
    ):
        draft = draft_for(
            "12 May 2025\n\n" + text + "\n\nThe two sides agreed to raise two-way trade.\n",
            "Viet Nam",
            "New Zealand",
        )
        assert draft.city == city, (text, describe(draft))


def test_a_small_town_of_a_side_said_with_its_region_or_the_word_town():
    for where, town, country, sides in (
        ("in Cholpon-Ata, Issyk-Kul region,", "Cholpon-Ata", "Kyrgyzstan", ("Kyrgyzstan", "Japan")),
        (
            "at the district hall in Paro town, Paro Dzongkhag,",
            "Paro",
            "Bhutan",
            ("Bhutan", "Japan"),
        ),
    ):
        draft = draft_for(
            f"22 August 2024\n\nOn August 22, 2024, {where} the foreign ministers met for talks "
            "with Japanese State Minister Kiyoshi Odawara.\n",
            *sides,
        )
        assert (draft.city, draft.country) == (town, country), (where, describe(draft))
