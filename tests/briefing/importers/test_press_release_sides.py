"""Whose an item is, as releases of many kinds say it (texts written for these tests)."""

from __future__ import annotations

from importer_helpers import describe, draft_for, sides_by_name

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
