"""`briefing check` words its findings in the locale's language: every kind of finding, in
Khmer, with no English template left; dates in the language's way."""

from __future__ import annotations

import string

import pytest

from briefing.cli import main
from briefing.i18n import interface_locale
from briefing.i18n.catalogues import MESSAGES
from briefing.i18n.extract import scan
from briefing.issuing import preflight
from briefing.model import BookStatus, Name, Person, Section, SectionStatus
from briefing.model.clearance_words import NOT_CLEARED_IN_FINAL, NOT_REQUESTED

LONG = "The corridor talks went on at length about rice, cassava and fish. " * 12


def _pieces(template: str) -> list[str]:
    """The words of a template between its fields (what a translation must replace)."""
    return [lit.strip() for lit, *_ in string.Formatter().parse(template) if len(lit.strip()) > 3]


@pytest.fixture
def troubled(ws, ws_path, fill):
    """A workspace whose book provokes every kind of finding (the book's id)."""
    ids = fill(ws)
    silent = ws.people.save(Person([Name("WANG Yi"), Name("王毅", "Hans")], side="China"))
    book = ws.books.get(ids["book"])
    book.counterparts.append(silent)  # no biography
    book.status = BookStatus.FINAL
    book.sections.append(Section("Energy", area="energy"))  # empty, a draft in a final book
    book.sections.append(Section("People", area="people", objective="Exchanges"))  # no points
    book.sections[0].points = "- Market access for rice"
    book.sections[0].status = SectionStatus.FINAL  # final, but never cleared
    book.sections[1].points = "- Cooperation"
    book.sections[1].classification = "SECRET"  # above the book's RESTRICTED
    book.sections[1].background = "Contact: नमस्ते\n\n" + "\n\n".join(LONG for _ in range(30))
    book.scope.page_budget = 3
    ws.books.save(book)
    meeting = ws.meetings.get(ids["meeting"])
    meeting.items[0].classification = "TOP SECRET"  # a record above the book, in two places
    ws.meetings.save(meeting)
    ws.close()
    return ids["book"]


def test_check_in_khmer_leaves_no_english_template(troubled, ws_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "km_KH.UTF-8")
    code = main(["check", str(ws_path), "--book", str(troubled)])
    out = capsys.readouterr().out
    assert code == 1
    lines = [line[2:] for line in out.splitlines() if line.startswith("- ")]
    assert len(lines) >= 10, out
    km = interface_locale("km")
    for template in (
        preflight.EMPTY,
        preflight.NO_POINTS,
        preflight.DRAFT_IN_FINAL,
        preflight.NO_BIOGRAPHY,
        preflight.TOO_LONG,
        preflight.OVER_BUDGET,
        preflight.CLASSIFIED,
        preflight.CLASSIFIED_SHOWN[True, True],
        preflight.OVERDUE,
        preflight.NO_FONT,
        preflight.BRIEF,
        preflight.RECORD,
        preflight.COMMITMENT,
        preflight.COUNTERPART,
        preflight.TEXT_UNDER,
        preflight.BOOK,
        NOT_CLEARED_IN_FINAL,
        NOT_REQUESTED,
    ):
        translated = km.gettext(template)
        assert translated != template
        for piece in _pieces(translated):
            assert piece in out, f"{template!r}: {piece!r} not in\n{out}"
    english = {
        piece for message in scan()[MESSAGES].values() for piece in _pieces(message.msgid)
    } - {"Book ▸ Properties: Scope"}  # (not in Khmer's sentence either)
    left = sorted(piece for piece in english if piece in out)
    assert not left, left
    # "where៖ problem": the Khmer colon between them, the due date as Khmer writes it
    assert all("៖ " in line for line in lines)
    assert "30 មិថុនា 2025" in out  # (the interface's numbers stay in Western digits)
    assert "June" not in out


def test_check_in_french_and_english(troubled, ws_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["check", str(ws_path), "--book", str(troubled)]) == 1
    out = capsys.readouterr().out
    assert "la fiche est vide" in out and "n’a pas de biographie" in out
    assert "était dû le 30 juin 2025 et reste en attente" in out
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["check", str(ws_path), "--book", str(troubled)]) == 1
    out = capsys.readouterr().out
    assert "- brief “Energy”: the brief is empty" in out
    assert "was due on 30 June 2025 and is still pending" in out
