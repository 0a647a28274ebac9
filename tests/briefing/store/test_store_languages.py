"""A book's language and digits, and the workspace's words in other languages, in the store
(schema version 5), through edits and settings renames."""

from __future__ import annotations

import copy
import sqlite3

import pytest

from briefing.edits import FieldEdit, SettingsEdit
from briefing.files.signature import APPLICATION_ID
from briefing.model import RecordKind
from briefing.store import Workspace, WorkspaceError
from briefing.store.schema import CURRENT_VERSION, MIGRATIONS


def test_a_version_4_workspace_gets_english_books_and_no_names(tmp_path):
    path = tmp_path / "v4.briefing"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:
        conn.executescript(script)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO meta VALUES ('countries', '[\"Cambodia\", \"China\"]')")
    conn.execute("INSERT INTO areas VALUES ('trade', 'Trade & investment', 0)")
    conn.execute("INSERT INTO books(id, title, status, paper) VALUES (1, 'Visit', 'draft', 'A4')")
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.schema_version == CURRENT_VERSION
        book = ws.books.get(1)
        assert (book.language, book.native_digits) == ("en", False)
        assert ws.settings.areas[0].names == {} and ws.settings.terms == {}


def test_language_digits_and_names_are_kept(ws, fill):
    ids = fill(ws)
    ws.books.save_fields(ids["book"], {"language": "km", "native_digits": True})
    settings = ws.settings
    settings.areas[1].names = {"km": "ពាណិជ្ជកម្ម និងវិនិយោគ", "zh": "贸易与投资"}
    settings.terms = {"SECRET": {"km": "សម្ងាត់", "fr": "SECRET"}}
    ws.save_settings(settings)
    path = ws.path
    ws.close()
    with Workspace.open(path) as again:
        book = again.books.get(ids["book"])
        assert (book.language, book.native_digits) == ("km", True)
        s = again.settings
        assert s.area_name(s.areas[1].key, "km") == "ពាណិជ្ជកម្ម និងវិនិយោគ"
        assert s.area_name(s.areas[1].key, "fr") == s.areas[1].name  # none in French
        assert s.term("SECRET", "km") == "សម្ងាត់"
        assert s.term("Secret", "km") == "សម្ងាត់"  # in other capitals too
        assert s.term("SECRET", "zh") == "SECRET"  # none: as written


def test_a_book_language_is_one_undo_step(ws, fill):
    ids = fill(ws)
    edit = FieldEdit(RecordKind.BOOK, ids["book"], "language", "en", "zh")
    edit.apply(ws)
    assert ws.books.get(ids["book"]).language == "zh"
    edit.revert(ws)
    assert ws.books.get(ids["book"]).language == "en"


def test_an_unknown_book_language_is_refused(ws, fill):
    ids = fill(ws)
    with pytest.raises(WorkspaceError, match="'de' is not a book language"):
        ws.books.save_fields(ids["book"], {"language": "de"})
    assert ws.books.get(ids["book"]).language == "en"


def test_an_unknown_language_of_a_name_is_refused(ws):
    settings = ws.settings
    settings.terms = {"SECRET": {"de": "GEHEIM"}}
    with pytest.raises(WorkspaceError, match="'de' is not a book language"):
        ws.save_settings(settings)


def test_renaming_a_level_or_a_country_keeps_its_names(ws, fill):
    fill(ws)
    before = ws.settings
    before.terms = {"SECRET": {"km": "សម្ងាត់"}, "China": {"km": "ចិន"}}
    ws.save_settings(before)
    before = ws.settings
    after = copy.deepcopy(before)
    after.classification.levels = [
        "SECRET (NATIONAL)" if level == "SECRET" else level for level in after.classification.levels
    ]
    after.countries = [after.countries[0], "People's Republic of China"]
    edit = SettingsEdit(before, after, renamed_levels={"SECRET": "SECRET (NATIONAL)"})
    edit.apply(ws)
    terms = ws.settings.terms
    assert terms == {
        "SECRET (NATIONAL)": {"km": "សម្ងាត់"},
        "People's Republic of China": {"km": "ចិន"},
    }
    edit.revert(ws)
    assert ws.settings.terms == {"SECRET": {"km": "សម្ងាត់"}, "China": {"km": "ចិន"}}


def test_renaming_an_area_keeps_its_names(ws):
    settings = ws.settings
    settings.areas[0].names = {"km": "នយោបាយ"}
    ws.save_settings(settings)
    key = settings.areas[0].key
    ws.rename_area_key(key, "politics")
    assert ws.settings.areas[0].names == {"km": "នយោបាយ"}
