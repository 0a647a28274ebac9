"""Encrypt, decrypt, passwd and restore killed at random moments lose nothing and leak nothing.

The campaign is ``kill_campaign.py`` (see there for what each run checks); CI runs
``BRIEFING_KILLS`` kills (default 100, about 80 s on two cores); by hand: ``python
tests/briefing/safety/kill_campaign.py --kills 1000``.
"""

from __future__ import annotations

import os

from kill_campaign import OPERATIONS, campaign, summary

KILLS = int(os.environ.get("BRIEFING_KILLS", "100"))
SEED = int(os.environ.get("BRIEFING_KILL_SEED", "20261202"))


def test_interrupted_conversions_and_restores_keep_every_record(tmp_path):
    outcomes = campaign(KILLS, SEED, tmp_path, jobs=2)
    report = summary(outcomes)
    assert len(outcomes) == KILLS
    assert not [o for o in outcomes if o.problem], report
    # every operation was killed, and the kills landed on both sides of its rename
    for operation in OPERATIONS:
        states = {o.state for o in outcomes if o.operation == operation}
        assert states, report
    passwd = [o for o in outcomes if o.operation == "passwd"]
    if len(passwd) >= 20:  # the rename lands mid-way: 20 random kills all on one side are
        # as likely as 20 coin tosses all heads (a few in a million)
        assert len({o.state for o in passwd}) == 2, report
    print(report)
