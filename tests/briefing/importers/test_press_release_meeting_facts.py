"""Dates, places, participants and issuers as releases give them: datelines, relative days,
missing years, gazetteer cities, venues, titles before names, middle initials, envoys."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.importers.places import load_gazetteer
from briefing.importers.press_release import extract
from briefing.model import MeetingKind, Settings

KH_JP = Settings(countries=["Cambodia", "Japan"])
KH_CN = Settings(countries=["Cambodia", "China"])
BODY = "\n\nThe two sides agreed to hold the next consultations in 2026."


def _draft(text: str, settings: Settings = KH_JP, reference: dt.date = dt.date(2025, 6, 1)):
    return extract(text + BODY, settings, reference_date=reference)


# --------------------------------------------------------------------------- dates


def test_an_explicit_date_beats_the_dateline_and_a_later_yesterday():
    draft = _draft(
        "PHNOM PENH, May 19 (AKP) -- Cambodia and Japan reaffirmed their partnership.\n\n"
        "The commitment was made during a video conference held on 17 May 2021 between "
        "H.E. Prak Sokhonn and H.E. Mr. MOTEGI Toshimitsu, the ministry said yesterday.",
        reference=dt.date(2021, 6, 1),
    )
    assert draft.issue_date == dt.date(2021, 5, 19)
    assert draft.meeting_date == dt.date(2021, 5, 17)


@pytest.mark.parametrize(
    ("words", "day"),
    [("yesterday", 18), ("on Monday", 19), ("this morning", 19), ("Wednesday", 14)],
)
def test_relative_days_are_read_against_the_issue_date(words, day):
    # 19 May 2025, the issue date, is a Monday
    draft = _draft(
        f"TOKYO, May 19, 2025 (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya met "
        f"Cambodian Prime Minister Hun Manet {words} in Tokyo."
    )
    assert draft.meeting_date == dt.date(2025, 5, day)


def test_a_dateline_without_a_year_takes_it_from_the_page_not_from_today():
    draft = _draft(
        "Fresh News\n\nPhnom Penh (FN), Dec 17 -- Hun Manet met Japanese Foreign Minister "
        "Takeshi Iwaya this afternoon at the Peace Palace.\n\n© 2019 Fresh News",
        reference=dt.date(2025, 6, 1),
    )
    assert draft.issue_date == dt.date(2019, 12, 17)
    assert draft.meeting_date == dt.date(2019, 12, 17)
    assert not any("was assumed" in w for w in draft.warnings)


@pytest.mark.parametrize("dateline", ["OSAKA 12 March 2025", "Osaka, 12 March 2025"])
def test_a_dateline_inside_a_page_read_as_one_line_cuts_off_the_header(dateline):
    text = (
        "Ministry of Foreign Affairs Home News Press Releases CAMBODIA AND JAPAN AGREE TO EXPAND "
        f"COOPERATION IN DEMINING AND WATER SUPPLY {dateline} – Foreign Minister Takeshi Iwaya "
        "met Cambodian Deputy Prime Minister Sok Chenda Sophea today in Osaka. Japan will "
        "provide 10 million dollars for the water supply of Siem Reap."
    )
    draft = _draft(text, reference=dt.date(2025, 4, 1))
    assert draft.issue_date == dt.date(2025, 3, 12)
    assert draft.meeting_date == dt.date(2025, 3, 12)
    assert draft.issuer == "Ministry of Foreign Affairs"


def test_a_year_left_out_everywhere_is_assumed_and_said():
    draft = _draft(
        "TOKYO, Dec. 28 (Kyodo) -- Japanese Defense Minister Minoru Kihara met his Cambodian "
        "counterpart Tea Seiha on Thursday.",
        reference=dt.date(2025, 1, 10),
    )
    assert draft.issue_date == dt.date(2024, 12, 28)  # the last 28 December before today
    assert any("no year" in w for w in draft.warnings)


def test_a_visit_over_days_gives_first_and_last_day():
    draft = _draft(
        "Minister for Foreign Affairs Dr Vivian Balakrishnan made an Official Visit to "
        "Cambodia from 4 to 5 July 2024.",
        Settings(countries=["Cambodia", "Singapore"]),
    )
    assert (draft.meeting_date, draft.end_date) == (dt.date(2024, 7, 4), dt.date(2024, 7, 5))


def test_no_date_at_all_is_a_draft_that_says_what_is_missing():
    draft = _draft("Hun Manet met Japanese Foreign Minister Takeshi Iwaya in Tokyo.")
    assert draft.meeting_date is None
    assert "meeting_date" in draft.missing
    assert "No meeting date was found; set it before saving." in draft.warnings


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "H.E. Lim Kean Hor met H.E. Mr. SAITO Tetsuo in Kumamoto city, Japan, yesterday.",
            ("Kumamoto", "Japan"),
        ),
        ("Hun Manet met Takeshi Iwaya in Washington, D.C. on Monday.", ("Washington", "")),
        ("Hun Manet received Takeshi Iwaya at the Peace Palace.", ("Phnom Penh", "Cambodia")),
        ("Hun Manet met Takeshi Iwaya in Ha Noi on Monday.", ("Hanoi", "Viet Nam")),
        ("Hun Manet met Takeshi Iwaya here on Monday.", ("Phnom Penh", "Cambodia")),
    ],
)
def test_meeting_places(sentence, place):
    draft = _draft(f"PHNOM PENH, May 19, 2025 (AKP) -- {sentence}")
    assert draft.city == place[0]
    if place[1]:
        assert draft.country == place[1]


def test_a_future_venue_is_not_the_meeting_place():
    draft = _draft(
        "Paris, October 26, 2015\n\nHor Namhong held talks with Takeshi Iwaya today. The "
        "two Ministers agreed to hold the next consultations in Tokyo in 2016."
    )
    assert draft.city == "Paris"


def test_a_call_has_no_place_and_the_agency_is_no_city():
    draft = _draft(
        "AKP Phnom Penh\n\nPHNOM PENH, May 19, 2025 (AKP) -- Hun Manet held a phone call "
        "with Japanese Prime Minister Ishiba Shigeru."
    )
    assert draft.kind == MeetingKind.PHONE_CALL
    assert (draft.city, draft.country) == ("", "")
    assert "place" not in draft.missing


def test_the_gazetteer_knows_khmer_and_chinese_names():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("ភ្នំពេញ").name == "Phnom Penh"
    assert gazetteer.lookup("金边").name == "Phnom Penh"
    assert gazetteer.lookup("PHNOM PENH").country == "Cambodia"
    assert gazetteer.lookup("Paris", ("United States",)).country == "United States"
    assert gazetteer.lookup("Paris").country == "France"


# --------------------------------------------------------------------------- participants


def _people(draft) -> list[tuple[str, str]]:
    return [(p.display_name, p.side) for p in draft.participants]


def test_titles_before_names_in_lower_case_and_envoys_of_the_other_side():
    draft = _draft(
        "Khmer Times\n\nCambodian prime minister Hun Manet yesterday met Chinese Ambassador to "
        "Cambodia Wang Wenbin at the Peace Palace.",
        KH_CN,
    )
    assert _people(draft) == [("Hun Manet", "Cambodia"), ("Wang Wenbin", "China")]
    assert draft.participants[1].title == "Ambassador to Cambodia"


def test_middle_initials_and_a_name_first_met_in_a_later_paragraph():
    draft = _draft(
        "U.S. Department of State\n\nMARCH 22, 2024\n\nThe below is attributable to the "
        "Spokesperson:\n\nSecretary of State Antony J. Blinken met today with Cambodian Deputy "
        "Prime Minister Sok Chenda Sophea in Washington.",
        Settings(countries=["Cambodia", "United States"]),
    )
    assert _people(draft) == [
        ("Antony J. Blinken", "United States"),
        ("Sok Chenda Sophea", "Cambodia"),
    ]
    assert draft.issuer == "U.S. Department of State"


def test_counterparts_delegations_and_honorifics():
    draft = _draft(
        "TOKYO, Aug. 28, 2024 (Kyodo) -- Japanese Defense Minister Minoru Kihara and his "
        "Cambodian counterpart Tea Seiha agreed Wednesday to step up defense cooperation.\n\n"
        "The Cambodian Minister was accompanied by Lok Chumteav Chea Sophea, Secretary of "
        "State of the Ministry of National Defence."
    )
    assert _people(draft) == [
        ("Minoru Kihara", "Japan"),
        ("Tea Seiha", "Cambodia"),
        ("Chea Sophea", "Cambodia"),
    ]
    assert draft.participants[2].honorific == "Lok Chumteav"


def test_people_only_mentioned_are_no_participants():
    draft = _draft(
        "On 10 December 2024, H.E. Sok Chenda Sophea received H.E. Mr. UENO Atsushi, "
        "Ambassador of Japan to Cambodia.\n\nH.E. Mr. UENO Atsushi conveyed the greetings of "
        "Prime Minister Ishiba Shigeru and recalled the official visit of Samdech Hun Manet "
        "to Japan in 2023."
    )
    assert [p.display_name for p in draft.participants] == ["Sok Chenda Sophea", "Ueno Atsushi"]


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        (
            "MINISTRY OF FOREIGN AFFAIRS OF JAPAN\nHome > Press",
            "Ministry of Foreign Affairs of Japan",
        ),
        ("KYODO NEWS\nLatest | Japan | Asia", "Kyodo News"),
        ("Embassy of Japan in Cambodia", "Embassy of Japan in Cambodia"),
    ],
)
def test_issuers_from_the_masthead(header, issuer):
    draft = _draft(
        f"{header}\n\nJapan and Cambodia Hold Talks\n\nOn 5 March 2025, Foreign Minister "
        "Takeshi Iwaya met Cambodian Prime Minister Hun Manet in Tokyo."
    )
    assert draft.issuer == issuer


def test_the_wire_agency_is_the_issuer_of_a_bare_wire_story():
    draft = _draft(
        "PHNOM PENH, Jan. 9, 2024 (Xinhua) -- Cambodian Prime Minister Hun Manet met with "
        "Japanese Ambassador to Cambodia Ueno Atsushi here on Tuesday."
    )
    assert draft.issuer == "Xinhua News Agency"
    assert draft.meeting_date == dt.date(2024, 1, 9)
