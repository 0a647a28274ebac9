"""Invalid settings, provoked for real through the settings edit: each refusal said in Khmer
with no English template left and in English exactly as before; nothing is saved."""

from __future__ import annotations

import copy

import pytest

from briefing.edits.settings import SettingsEdit
from briefing.model import BOTH
from briefing.store import WorkspaceError


def _refused(ws, change):  # noqa: ANN001, ANN202
    before = ws.settings
    after = copy.deepcopy(before)
    change(after)
    with pytest.raises(WorkspaceError) as info:
        SettingsEdit(before, after).apply(ws)
    assert ws.settings == before
    return info.value


def test_two_countries_of_the_same_name(ws, in_khmer):
    exc = _refused(ws, lambda s: setattr(s, "countries", ["China", "China"]))
    assert str(exc) == "the two countries need different names"
    assert "ប្រទេស" in in_khmer(exc)  # "country"


def test_the_side_both_countries_share_as_a_country(ws, in_khmer):
    exc = _refused(ws, lambda s: setattr(s, "countries", [BOTH, "China"]))
    assert str(exc) == f"'{BOTH}' is the side both countries share; name the country"
    assert f"'{BOTH}'" in in_khmer(exc)


def test_a_scheme_without_levels_and_a_level_without_a_name(ws, in_khmer):
    exc = _refused(ws, lambda s: setattr(s.classification, "levels", []))
    assert str(exc) == "the classification scheme needs at least one level"
    assert "កម្រិតសម្ងាត់" in in_khmer(exc)
    exc = _refused(ws, lambda s: setattr(s.classification, "levels", ["UNCLASSIFIED", " "]))
    assert str(exc) == "a classification level needs a name"
    in_khmer(exc)
