"""The Word round trip with edits made by python-docx: direct edits, tracked changes of two
reviewers, comments, text outside the sections, a review of an older text (three-way)."""

from __future__ import annotations

import docx
import pytest
from conftest import ENERGY, TRADE
from review_helpers import (
    comment_on,
    paragraph_with,
    track_insert_after,
    track_replace,
    type_over,
)

from briefing.markup import plain_text
from briefing.model import Action
from briefing.review.apply import apply_review, plan_review
from briefing.review.make import make_review


def _review(ws, tmp_path, sections=None):
    out = tmp_path / "review.docx"
    sent = make_review(ws, 1, out, sections, "Desk officer")
    return out, sent


def _save(doc, tmp_path, name="returned.docx"):
    path = tmp_path / name
    doc.save(path)
    return path


def test_an_untouched_review_proposes_nothing(sws, tmp_path):
    out, sent = _review(sws, tmp_path)
    plan = plan_review(sws, out.read_bytes(), out.name)
    assert len(sent.sections) == 12 and plan.book_id == 1
    assert plan.changes == [] and plan.threads == [] and plan.outside == []
    assert plan.problems == []


def test_direct_edits_and_comments_come_back_in_their_sections(sws, tmp_path):
    out, _ = _review(sws, tmp_path)
    doc = docx.Document(out)
    p = paragraph_with(doc, TRADE, "points", "Free Trade Agreement")
    type_over(p, "Make full use of", "Make the fullest use of")
    q = paragraph_with(doc, ENERGY, "objective", "")
    first_words = q.text.split()[0]
    comment_on(doc, paragraph_with(doc, TRADE, "if_raised", "strictly"), "strictly",
               "Sok Dara", "Say how: the customs checks.")  # fmt: skip
    doc.add_paragraph("A note typed after the last section.")
    returned = _save(doc, tmp_path)

    plan = plan_review(sws, returned.read_bytes(), returned.name)
    assert [(c.section_id, c.field) for c in plan.changes] == [(TRADE, "points")]
    (change,) = plan.changes
    assert any("Make the fullest use of" in line for line in change.hunk.new)
    assert not change.hunk.conflict
    (thread,) = plan.threads
    assert (thread.comment.section_id, thread.comment.field) == (TRADE, "if_raised")
    assert thread.comment.quote == "strictly" and thread.comment.author == "Sok Dara"
    assert any("A note typed after the last section." in o for o in plan.outside)
    assert first_words  # the energy section came back untouched

    applied = apply_review(sws, plan, None, "Desk officer")
    assert applied.applied == 1 and applied.comments == 1
    trade = sws.books.section(1, TRADE)
    assert "Make the fullest use of the **Cambodia-China Free Trade Agreement**" in trade.points
    assert trade.points.count("\n- ") == 4  # still five points
    threads = sws.comments.threads(1, TRADE)
    (t,) = threads
    assert t.author == "Sok Dara" and t.messages[0].text == "Say how: the customs checks."
    plain = plain_text(trade.if_raised)
    assert plain[t.anchor.start : t.anchor.end] == "strictly" and not t.anchor.detached
    steps = sws.clearance.steps(1)
    book_step = [s for s in steps if s.action is Action.REVIEW_APPLIED and s.section_id is None]
    assert "A note typed after the last section." in book_step[-1].note  # kept, not lost

    again = plan_review(sws, returned.read_bytes(), returned.name)  # applying twice: no-op
    assert again.changes == [] and again.threads == []


def test_two_reviewers_tracked_changes_in_one_file(sws, tmp_path):
    out, _ = _review(sws, tmp_path, [TRADE, ENERGY])
    doc = docx.Document(out)
    track_replace(paragraph_with(doc, TRADE, "points", "RCEP"), "RCEP", "the RCEP", "Sok Dara")
    energy = paragraph_with(doc, ENERGY, "objective", " ")
    word = energy.text.split()[-1]
    track_insert_after(energy, word, " (and the grid)", "Chan Sophea")
    returned = _save(doc, tmp_path)

    plan = plan_review(sws, returned.read_bytes(), returned.name)
    assert plan.authors == {"Sok Dara", "Chan Sophea"}
    by_section = {c.section_id: c for c in plan.changes}
    assert set(by_section) == {TRADE, ENERGY}
    assert by_section[TRADE].hunk.authors == {"Sok Dara"}
    assert by_section[ENERGY].hunk.authors == {"Chan Sophea"}
    assert any("the RCEP" in line for line in by_section[TRADE].hunk.new)

    # one taken, one rejected: only the chosen one is written
    apply_review(sws, plan, {by_section[ENERGY].index}, "Desk officer")
    assert "(and the grid)" in sws.books.section(1, ENERGY).objective
    assert "the RCEP" not in sws.books.section(1, TRADE).points


def test_a_review_of_an_older_text_is_reconciled_three_way(sws, tmp_path):
    out, _ = _review(sws, tmp_path, [TRADE])
    sent_points = sws.books.section(1, TRADE).points
    # the desk moves on after sending: the first point is rewritten here
    ours = sent_points.replace("Welcome the **growing two-way trade**", "Welcome **trade**")
    sws.books.save_section_texts(1, TRADE, {"points": ours})

    doc = docx.Document(out)  # the reviewer edits the first point too, and the third
    type_over(paragraph_with(doc, TRADE, "points", "noted in Vientiane"), "noted in Vientiane",
              "noted at Vientiane")  # fmt: skip
    type_over(paragraph_with(doc, TRADE, "points", "RCEP"), "RCEP", "RCEP (in force)")
    returned = _save(doc, tmp_path)

    plan = plan_review(sws, returned.read_bytes(), returned.name)
    conflicts = [c for c in plan.changes if c.hunk.conflict]
    clean = [c for c in plan.changes if not c.hunk.conflict]
    assert len(conflicts) == 1 and len(clean) == 1
    assert any("noted at Vientiane" in line for line in conflicts[0].hunk.new)
    assert any("RCEP (in force)" in line for line in clean[0].hunk.new)

    apply_review(sws, plan, None, "Desk officer")  # --accept-all: no conflict taken
    now = sws.books.section(1, TRADE).points
    assert "Welcome **trade**" in now  # our newer text stays
    assert "noted at Vientiane" not in now
    assert "RCEP (in force)" in now  # their change elsewhere is in
    kept = [t for t in sws.comments.threads(1, TRADE) if "noted at Vientiane" in t.messages[0].text]
    assert kept and kept[0].messages[0].origin  # the conflict is kept as a comment
    sent = [s for s in sws.clearance.steps(1, TRADE) if s.action is Action.SENT_FOR_REVIEW]
    assert sent[-1].snapshot["points"] == sent_points  # the trail keeps what was sent


def test_taking_a_conflict_puts_their_lines_in(sws, tmp_path):
    out, _ = _review(sws, tmp_path, [TRADE])
    points = sws.books.section(1, TRADE).points
    sws.books.save_section_texts(1, TRADE, {"points": points.replace("RCEP", "RCEP now")})
    doc = docx.Document(out)
    type_over(paragraph_with(doc, TRADE, "points", "RCEP"), "RCEP", "RCEP too")
    returned = _save(doc, tmp_path)
    plan = plan_review(sws, returned.read_bytes(), returned.name)
    (c,) = plan.changes
    assert c.hunk.conflict
    apply_review(sws, plan, {c.index}, "Desk officer")
    now = sws.books.section(1, TRADE).points
    assert "RCEP too" in now and "RCEP now" not in now


def test_a_text_changed_while_the_plan_was_open_is_not_overwritten(sws, tmp_path):
    out, _ = _review(sws, tmp_path, [TRADE])
    doc = docx.Document(out)
    type_over(paragraph_with(doc, TRADE, "points", "RCEP"), "RCEP", "RCEP too")
    returned = _save(doc, tmp_path)
    plan = plan_review(sws, returned.read_bytes(), returned.name)
    points = sws.books.section(1, TRADE).points
    sws.books.save_section_texts(1, TRADE, {"points": points + "\n- A late point."})
    with pytest.raises(Exception, match="changed while the review was open"):
        apply_review(sws, plan, None, "Desk officer")
    assert sws.books.section(1, TRADE).points == points + "\n- A late point."
