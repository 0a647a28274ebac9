"""The meeting's date as releases of many kinds state it (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from importer_helpers import describe, draft_for

from briefing.importers.native_dates import zh_number


def test_a_wire_dateline_after_a_caption_and_a_page_date_is_the_dateline() -> None:
    draft = draft_for(
        "Jakarta Daily\nNational | World | Money | Sports | Search\n\n"
        "Indonesia, Laos to open direct flights before Visit Indonesia Year 2026\n\n"
        "Wednesday, 12 Mar 2025 5:40 PM WIB\n\nBY AHMAD RIZAL\n\n"
        "Tourism and Creative Economy Minister Widiyanti Putri Wardhana (right) with Lao "
        "Information, Culture and Tourism Minister Suanesavanh Vignaket at the Sapta Pesona "
        "Building in Jakarta, March 11, 2025. — Picture courtesy of the ministry\n\n"
        "JAKARTA, March 12 — Indonesia and Laos have agreed to sign a new memorandum of "
        "understanding (MoU) on aviation in Vientiane this November.\n\n"
        "The minister said this was decided when she received her Lao counterpart at the "
        "Sapta Pesona Building in Jakarta yesterday.\n",
        "Indonesia",
        "Laos",
    )
    assert draft.issue_date == dt.date(2025, 3, 12)
    assert draft.meeting_date == dt.date(2025, 3, 11)


def test_the_agency_before_the_city_and_a_statement_the_day_after_the_call() -> None:
    draft = draft_for(
        "Agenzia Notizie\n\n19 November 2024, 15:42\n\n"
        "(AGN) - ROME, NOV 19 - Italy and Laos have agreed to hold a business forum in "
        "Vientiane in 2025, Foreign Minister Antonio Tajani said Tuesday after a video call "
        "with his Lao counterpart on Monday.\n",
        "Italy",
        "Laos",
    )
    assert draft.meeting_date == dt.date(2024, 11, 18)


def test_a_byline_with_its_published_and_updated_dates_gives_the_issue_date() -> None:
    draft = draft_for(
        "Turkish, Lao ministers agree to launch consultations\n\n"
        "Ayse Demir |12.04.2025 - Update : 13.04.2025\n\n"
        "Turkish Foreign Minister Hakan Fidan on Saturday met with Lao Foreign Minister "
        "Thongsavanh Phomvihane on the sidelines of a forum in Antalya.\n",
        "Türkiye",
        "Laos",
    )
    assert draft.issue_date == dt.date(2025, 4, 12)
    assert draft.meeting_date == dt.date(2025, 4, 12)  # that Saturday


def test_a_statement_dated_by_the_talks_it_followed() -> None:
    # the next sentence says the remarks followed the meeting: "said yesterday" dates it
    draft = draft_for(
        "The Daily Courier Thursday, October 24, 2024\n\n"
        "China has assured Laos that it will submit the report by December, Foreign Minister "
        "Thongsavanh Phomvihane said yesterday.\n\n"
        "He made the remarks after a meeting with Chinese Ambassador Jiang Zaidong at the "
        "foreign ministry.\n",
        "Laos",
        "China",
    )
    assert draft.meeting_date == dt.date(2024, 10, 23)
    # "said in Budapest on Monday after talks with …": the Monday of the talks
    draft = draft_for(
        "13 May 2025 10:12\n\nHungary and Laos want to expand their cooperation, Minister "
        "Péter Szijjártó said in Budapest on Monday after talks with his Lao counterpart.\n",
        "Hungary",
        "Laos",
    )
    assert draft.meeting_date == dt.date(2025, 5, 12)
    # a statement made on its own day about an earlier meeting is not the meeting's day
    draft = draft_for(
        "13 May 2025\n\nThe two ministers met in Budapest on 9 May 2025. Hungary will raise "
        "its scholarships, the minister said on Monday.\n",
        "Hungary",
        "Laos",
    )
    assert draft.meeting_date == dt.date(2025, 5, 9)


def test_a_meeting_on_one_day_of_a_summit_is_dated_by_that_day() -> None:
    draft = draft_for(
        "Vientiane, 12 October 2024\n\nOn the sidelines of the ASEAN Summits held from 8 to "
        "11 October 2024 in Vientiane, Prime Minister Hun Manet met Prime Minister Xanana "
        "Gusmão of Timor-Leste on 9 October 2024.\n",
        "Cambodia",
        "Timor-Leste",
    )
    assert draft.meeting_date == dt.date(2024, 10, 9)
    # in Khmer: a conference "from the 11th to the 22nd" and the talks "on Tuesday the 19th"
    draft = draft_for(
        "ចុះផ្សាយ៖ ២០ វិច្ឆិកា ២០២៤\n\nក្នុងឱកាសចូលរួមសន្និសីទ ដែលប្រព្រឹត្តទៅពីថ្ងៃទី១១ "
        "ដល់ថ្ងៃទី២២ ខែវិច្ឆិកា ឆ្នាំ២០២៤ នៅទីក្រុងបាគូ ឯកឧត្តម អ៊ាង សុផល្លែត "
        "រដ្ឋមន្ត្រីក្រសួងបរិស្ថាន បានជួបពិភាក្សាទ្វេភាគីជាមួយរដ្ឋមន្ត្រីជប៉ុន "
        "នាល្ងាចថ្ងៃអង្គារ ទី១៩ ខែវិច្ឆិកា ឆ្នាំ២០២៤។\n",
        "Cambodia",
        "Japan",
    )
    assert draft.meeting_date == dt.date(2024, 11, 19)


def test_chinese_days_and_months_in_chinese_numerals() -> None:
    assert [zh_number(t) for t in ("十八", "二十三", "廿一", "三十", "十", "九", "12")] == [
        18, 23, 21, 30, 10, 9, 12,
    ]  # fmt: skip
    draft = draft_for(
        "2024年6月19日\n\n【本報訊】外交部長馬納洛昨（十八）日在巴賽市與越南外交部長裴青山舉行會談，"
        "雙方同意加強大米貿易合作。\n",
        "Philippines",
        "Viet Nam",
    )
    assert draft.meeting_date == dt.date(2024, 6, 18)
    draft = draft_for(
        "2024年10月25日\n\n十月二十三日，外交部长王毅在北京会见老挝外长通沙万，双方同意加强合作。\n",
        "China",
        "Laos",
    )
    assert draft.meeting_date == dt.date(2024, 10, 23)


def test_outline_numbers_in_brackets_are_no_days() -> None:
    from briefing.importers.native_dates import native_dates
    from briefing.importers.native_rules import load_lang_rules

    zh = load_lang_rules("zh")
    assert native_dates("（五）日内瓦会议的成果", zh) == []
    assert [d.day for d in native_dates("外长昨（十八）日会见", zh)] == [18]
    assert [(d.year, d.month, d.day) for d in native_dates("2025年十二月十八日", zh)] == [
        (2025, 12, 18)
    ]


def test_a_page_date_with_hyphens_day_first_and_a_weekday_before_it():
    draft = draft_for(
        "Government of the Kingdom\n\nHome | Latest | News\n\nMinister visits Laos\n\n"
        "News item | 14-11-2024 | 10:30\n\nMinister for Foreign Trade Anna Lindqvist met Minister "
        "of Industry and Commerce Malaythong Kommasith in Vientiane on Wednesday.\n\nThe two "
        "ministers agreed to hold a business forum in 2025.\n",
        "Sweden",
        "Laos",
    )
    assert draft.issue_date == dt.date(2024, 11, 14), draft.warnings
    assert draft.meeting_date == dt.date(2024, 11, 13), draft.warnings


MET = "Prime Minister Hun Manet met Thai Prime Minister Paetongtarn Shinawatra"
AGREED = "\n\nThe two leaders agreed to reopen the border crossing by 2026.\n"


def test_a_day_of_this_month_a_date_written_year_first_with_slashes_and_a_release_number():
    on_the_26th = draft_for(
        f"Phnom Penh, 28 May 2025\n\n{MET} on the 26th in Bangkok.{AGREED}", "Cambodia", "Thailand"
    )
    assert on_the_26th.meeting_date == dt.date(2025, 5, 26)
    an_ordinal_event = draft_for(
        f"Phnom Penh, 28 May 2025\n\n{MET} yesterday on the 26th ASEAN-Japan summit's sidelines."
        f"{AGREED}",
        "Cambodia",
        "Thailand",
    )
    assert an_ordinal_event.meeting_date == dt.date(2025, 5, 27)
    slashes = draft_for(
        f"Posted on 2025/05/28\n\n{MET} in Bangkok yesterday.{AGREED}", "Cambodia", "Thailand"
    )
    assert slashes.meeting_date == dt.date(2025, 5, 27)
    numbered = draft_for(
        f"Press Release No. 45/2025 28 May 2025\n\n{MET} in Bangkok on Tuesday.{AGREED}",
        "Cambodia",
        "Thailand",
    )
    assert numbered.issue_date == dt.date(2025, 5, 28)
    assert numbered.meeting_date == dt.date(2025, 5, 27)


def test_chinese_a_day_of_this_month_and_khmer_a_day_first_date_with_slashes():
    chinese = draft_for(
        "2025年5月28日\n\n柬埔寨首相洪玛奈本月26日在曼谷会见泰国总理佩通坦。双方同意加强合作。\n",
        "Cambodia",
        "Thailand",
    )
    assert chinese.meeting_date == dt.date(2025, 5, 26)
    khmer = draft_for(
        "28/05/2025\n\nនាថ្ងៃនេះ សម្តេចធិបតី ហ៊ុន ម៉ាណែត បានជួបពិភាក្សាជាមួយ នាយករដ្ឋមន្ត្រីថៃ។ "
        "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការ។\n",
        "Cambodia",
        "Thailand",
    )
    assert khmer.issue_date == dt.date(2025, 5, 28)
    assert khmer.meeting_date == dt.date(2025, 5, 28)


def test_page_dates_with_a_weekday_label_an_iso_timestamp_a_time_after_at_and_hyphens():
    for first_line in (
        "Last Updated on Wednesday, 28 May 2025 14:00",
        "2025-05-28T14:35:00+07:00",
        "May 28, 2025 at 2:35 pm",
        "Published 28.05.2025 at 09:12",
        "28-May-2025",
    ):
        draft = draft_for(
            f"Home | News\n\n{first_line}\n\n{MET} in Bangkok on Tuesday.{AGREED}",
            "Cambodia",
            "Thailand",
        )
        assert draft.issue_date == dt.date(2025, 5, 28), first_line
        assert draft.meeting_date == dt.date(2025, 5, 27), first_line


def test_two_days_joined_by_and_without_a_year():
    draft = draft_for(
        f"28 May 2025\n\nOn 26 and 27 May, {MET} in Bangkok.{AGREED}", "Cambodia", "Thailand"
    )
    assert (draft.meeting_date, draft.end_date) == (dt.date(2025, 5, 26), dt.date(2025, 5, 27))


def test_the_meeting_date_in_the_title_and_the_previous_day():
    titled = draft_for(
        f"Prime Minister meets Thai counterpart (27 May 2025)\n\n28 May 2025\n\n{MET} in "
        f"Bangkok.{AGREED}",
        "Cambodia",
        "Thailand",
    )
    assert titled.meeting_date == dt.date(2025, 5, 27)
    previous = draft_for(
        f"Phnom Penh, 28 May 2025\n\n{MET} in Bangkok the previous day.{AGREED}",
        "Cambodia",
        "Thailand",
    )
    assert previous.meeting_date == dt.date(2025, 5, 27)


def test_a_page_date_followed_by_a_byline_in_lower_case():
    draft = draft_for(
        f"News\n\nLeaders meet in Bangkok\n\nPosted on May 28, 2025 by Editor\n\n{MET} in Bangkok "
        f"on Tuesday (27).{AGREED}",
        "Cambodia",
        "Thailand",
    )
    assert draft.issue_date == dt.date(2025, 5, 28)
    assert draft.meeting_date == dt.date(2025, 5, 27)


def test_a_day_of_the_month_to_come_and_a_phone_number_are_no_meeting_dates():
    future = draft_for(
        f"Phnom Penh, 10 June 2025 - {MET} in Phnom Penh. The leaders looked forward to meeting "
        f"again on the 26th in Kuala Lumpur.{AGREED}",
        "Cambodia",
        "Thailand",
    )
    assert future.meeting_date == dt.date(2025, 6, 10)
    phone = draft_for(
        f"Phnom Penh, 28 May 2025\n\n{MET} in Phnom Penh.{AGREED}\nFor more information call "
        "12-10-2024 or visit the website.\n",
        "Cambodia",
        "Thailand",
    )
    assert phone.meeting_date == dt.date(2025, 5, 28)


def test_a_page_date_under_a_login_line_a_section_path_and_a_byline_with_a_colon():
    """ "Subscribe | Log in", "WORLD / Asia" and "By: …" are the page's furniture, not the
    headline; the date after the paper's name and a time is the issue date."""
    draft = draft_for(
        "DAILY HERALD\nNEWS | WORLD | BUSINESS | SPORT\nSubscribe | Log in\n\n"
        "WORLD / Asia\n\nLaos, Fiji agree to start direct trade talks\n\n"
        "By: Jone Waqa - Correspondent / @jwaqaDH\nSuva Daily Herald / 07:45 PM March 4, 2025\n\n"
        "Share | Post | Email\n\n"
        "Laos and Fiji on Monday agreed to start talks on a trade arrangement, Foreign Minister "
        "Thongsavanh Phomvihane said after meeting his Fijian counterpart in Suva.\n",
        "Laos",
        "Fiji",
    )
    assert draft.title == "Laos, Fiji agree to start direct trade talks"
    assert draft.issue_date == dt.date(2025, 3, 4)
    assert draft.meeting_date == dt.date(2025, 3, 3)


def test_the_day_before_yesterday_the_weekend_the_8th_of_march_and_a_visits_first_day():
    def met(phrase: str, dateline: str = "Bangkok, 10 March 2025") -> dt.date | None:
        draft = draft_for(
            f"{dateline}\n\nThai Foreign Minister Maris Sangiampongsa met Lao Foreign Minister "
            f"Thongsavanh Phomvihane in Bangkok {phrase}.\n\nThe two sides agreed to open a "
            "new bridge.\n",
            "Thailand",
            "Laos",
        )
        return draft.meeting_date

    assert met("the day before yesterday") == dt.date(2025, 3, 8)
    assert met("over the weekend") == dt.date(2025, 3, 8)  # Monday: the Saturday before
    assert met("on the 8th of March") == dt.date(2025, 3, 8)
    draft = draft_for(
        "Bangkok, 14 March 2025\n\nOn 7-8 March 2025, Thai Foreign Minister Maris "
        "Sangiampongsa paid an official visit to Laos and met Lao Foreign Minister Thongsavanh "
        "Phomvihane in Vientiane.\n\nThe two sides agreed to open a new bridge. They will meet "
        "again over the weekend.\n",
        "Thailand",
        "Laos",
    )
    assert (draft.meeting_date, draft.end_date) == (dt.date(2025, 3, 7), dt.date(2025, 3, 8))


def test_page_dates_with_a_web_address_a_bracketed_aside_or_no_space_before_the_year():
    body = (
        "Foreign Minister Thongsavanh Phomvihane met Colombian Foreign Minister Luis Gilberto "
        "Murillo on Monday.\n\nThe two sides agreed to hold political consultations.\n"
    )
    for page in (
        "05/22/2024\nhttps://p.example.com/p/4fKd9",
        "Bogotá (Colombia), May 22, 2024 (@CancilleriaCol)",
        "By JT - May 22,2024 - Last updated at May 22,2024",
    ):
        draft = draft_for(f"Ministers meet\n\n{page}\n\n{body}", "Laos", "Colombia")
        assert draft.issue_date == dt.date(2024, 5, 22), (page, describe(draft))
        assert draft.meeting_date == dt.date(2024, 5, 20), (page, describe(draft))


def test_a_day_said_during_a_visit_dates_the_meeting_when_nothing_else_does():
    draft = draft_for(
        "Ministers meet\n\n05/22/2024\n\nGermany will fund power lines in Laos, Development "
        "Minister Svenja Schulze said on Tuesday during a visit to Vientiane.\n\nSchulze met "
        "Deputy Prime Minister Saleumxay Kommasith at the government headquarters.\n",
        "Germany",
        "Laos",
    )
    assert draft.meeting_date == dt.date(2024, 5, 21), describe(draft)


def test_a_conferences_days_are_not_the_meetings():
    draft = draft_for(
        "Stockholm, 27 November 2024\n\nMinister Dousa is leading the Swedish delegation to the "
        "Review Conference, which is taking place in Siem Reap from 25 to 29 November.\n\n"
        "On the sidelines of the conference yesterday, Mr Dousa met Senior Minister Ly Thuch.\n",
        "Sweden",
        "Cambodia",
    )
    assert (draft.meeting_date, draft.end_date) == (dt.date(2024, 11, 26), None), describe(draft)


def test_a_page_date_with_counters_and_text_size_buttons_and_a_date_with_slashed_month():
    body = (
        "Nepal and Laos yesterday agreed to set up a joint working group on trade, Foreign "
        "Minister Arzu Rana Deuba said after talks with Lao Foreign Minister Thongsavanh "
        "Phomvihane. "
    )
    page = (
        "Kathmandu Courier - Latest News Print Edition | E-Paper | Home | News | Business | "
        "Sports | Opinion News Nepal, Laos agree on trade group 14 February 2025 12:03 am - 3 - "
        "2,187 A A A By Sita Sharma " + body * 6
    )
    draft = draft_for(page, "Nepal", "Laos")
    assert (draft.issue_date, draft.meeting_date) == (
        dt.date(2025, 2, 14),
        dt.date(2025, 2, 13),
    ), describe(draft)
    slashed = draft_for(
        "Kathmandu Courier\n\nWednesday 14/Feb/2025 16:07 PM\n\n" + body, "Nepal", "Laos"
    )
    assert slashed.meeting_date == dt.date(2025, 2, 13), describe(slashed)


def test_a_central_european_date_with_spaces_after_its_dots():
    draft = draft_for(
        "GOV.SI\n\nPress release | 12. 2. 2025 | Ministry of Foreign and European Affairs\n\n"
        "Minister Tanja Fajon held talks with Thai Foreign Minister Maris Sangiampongsa in the "
        "Thai capital on Tuesday. The two sides agreed to open a direct flight.\n",
        "Slovenia",
        "Thailand",
    )
    assert draft.meeting_date == dt.date(2025, 2, 11), describe(draft)
