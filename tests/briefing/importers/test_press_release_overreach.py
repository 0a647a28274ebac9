"""Ordinary texts on which rules for other phrasings once went too far (found by reading the
rules against texts of their own): each keeps what the release says."""

from __future__ import annotations

import datetime as dt

from importer_helpers import describe, draft_for, sides_by_name

from briefing.importers.press_release import extract
from briefing.model import Settings

H = "Ministry of Foreign Affairs and International Cooperation\n\nTalks\n\n"


def test_a_khmer_ministers_title_keeps_the_and_of_the_ministrys_name():
    text = (
        "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ\n\nកិច្ចប្រជុំទ្វេភាគី\n\nភ្នំពេញ៖ "
        "នៅថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៥ រដ្ឋមន្ត្រីក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ "
        "ឯកឧត្តម សុខ ចិន្តាសោភា បានជួបពិភាក្សាជាមួយ រដ្ឋមន្ត្រីការបរទេសថៃ ឯកឧត្តម ម៉ារីស "
        "សង្គៀមពង្សា នៅរាជធានីភ្នំពេញ។"
    )
    draft = extract(
        text, Settings(countries=["Cambodia", "Thailand"]), reference_date=dt.date(2025, 3, 10)
    )
    minister = next(p for p in draft.participants if p.name == "សុខ ចិន្តាសោភា")
    assert minister.title == "រដ្ឋមន្ត្រីក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ", describe(draft)


def test_an_ambassador_at_large_a_king_after_an_invitation_and_a_police_chief_by_nationality():
    large = draft_for(
        H + "Phnom Penh, 5 March 2025 – Deputy Prime Minister Sok Chenda Sophea received Thai "
        "Ambassador at Large Sihasak Phuangketkeow at the Ministry.\n",
        "Cambodia",
        "Thailand",
    )
    assert sides_by_name(large).get("Sihasak Phuangketkeow") == "Thailand", describe(large)
    king = draft_for(
        H + "Bangkok, 5 March 2025 – At the invitation from Thai Prime Minister Paetongtarn "
        "Shinawatra, Cambodian Prime Minister Hun Manet paid a courtesy call to His Majesty King "
        "Maha Vajiralongkorn and held talks with Prime Minister Paetongtarn Shinawatra.\n",
        "Cambodia",
        "Thailand",
    )
    assert "Maha Vajiralongkorn" in sides_by_name(king), describe(king)
    police = draft_for(
        H + "Phnom Penh, 5 March 2025 – Cambodian National Police chief Sar Thet held talks with "
        "Thai police chief Kitrat Panphet on Wednesday.\n",
        "Cambodia",
        "Thailand",
    )
    found = sides_by_name(police)
    assert found.get("Kitrat Panphet") == "Thailand", describe(police)
    assert found.get("Sar Thet") == "Cambodia", describe(police)


def test_the_meetings_own_month_a_slavic_name_and_a_list_item_are_no_cues():
    month = draft_for(
        H + "10 March 2025\n\nCambodian Deputy Prime Minister Sok Chenda Sophea held talks with "
        "Thai Foreign Minister Maris Sangiampongsa in Bangkok in late February. The two "
        "ministers reviewed cooperation.\n",
        "Cambodia",
        "Thailand",
    )
    assert (month.city, month.country) == ("Bangkok", "Thailand"), describe(month)
    serbian = draft_for(
        "Ministry of Foreign Affairs of Viet Nam\n\nTalks\n\nHanoi, 5 March 2025 – Deputy Prime "
        "Minister Bui Thanh Son held talks with First Deputy Prime Minister Marko Đurić of "
        "Serbia in Hanoi.\n",
        "Viet Nam",
        "Serbia",
    )
    found = sides_by_name(serbian)
    assert (found.get("Bui Thanh Son"), found.get("Marko Đurić")) == ("Viet Nam", "Serbia"), (
        describe(serbian)
    )
    listed = draft_for(
        H + "Phnom Penh, 5 March 2025 – Deputy Prime Minister Sok Chenda Sophea received "
        "Ambassador Prasas Prasasvinitchai and Secretary of State Kung Phoak. They agreed to (a) "
        "expand trade; (b) promote tourism; (c) Thai investment in Cambodian agriculture.\n\n"
        "Photo: © Royal Thai Embassy Phnom Penh\n",
        "Cambodia",
        "Thailand",
    )
    assert sides_by_name(listed).get("Kung Phoak") != "Thailand", describe(listed)
