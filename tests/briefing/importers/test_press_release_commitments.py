"""Which pledges and agreements are commitments a desk would track (texts written here)."""

from __future__ import annotations

import pytest

from briefing.importers.commitments import is_concrete
from briefing.importers.rules import load_rules


@pytest.mark.parametrize(
    "text",
    [
        "He also pledged an additional $2.5 million for mine clearance in Pailin.",
        "The minister announced that Laos would reserve two places for Thai cadets.",
        "The DA would cut the processing time for permits to five working days.",
        "He announced that Türkiye will increase the number of scholarships to 100 a year.",
        "Mr Dar assured that the Halal Authority would design a training course for officials.",
        "China has assured Laos that it will submit the revised feasibility report by December.",
    ],
)
def test_concrete_pledges(text):
    assert is_concrete(text, load_rules())


@pytest.mark.parametrize(
    "text",
    [
        "He said that it will benefit the people of both countries.",
        "The two sides pledged to strengthen cooperation and friendship.",
        "The project will contribute to growth by 2030.",
        "The minister offered his support for closer relations.",
        "China is willing to work with Laos to implement the consensus of the two countries.",
    ],
)
def test_vague_pledges_are_not_commitments(text):
    assert not is_concrete(text, load_rules())


@pytest.mark.parametrize(
    "text",
    [
        "Japan will work with the two friendly countries on trade.",
        "Both sides will reduce tensions along the border.",
        "Laos will reserve its position on the matter.",
    ],
)
def test_stock_phrases_are_not_commitments(text):
    assert not is_concrete(text, load_rules())
