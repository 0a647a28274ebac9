"""The rich-text field gives back the Markdown it was given, whatever Qt's line wrapping does."""

from __future__ import annotations

import pytest

from ui.common.richtext import RichTextEdit, normalise

MARKERS = [("**", "**"), ("*", "*"), ("~~", "~~"), ("***", "***")]


@pytest.mark.parametrize(("opening", "closing"), MARKERS)
def test_emphasis_survives_qt_wrapping_at_every_column(qtbot, opening, closing):
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    for lead in range(40, 100):  # the emphasis starts on both sides of Qt's 80th column
        for bullet in ("", "- ", "1. "):
            text = (
                f"{bullet}{'word ' * (lead // 5)}{'x' * (lead % 5 + 1)} "
                f"{opening}Cambodia-China Community with a Shared Future{closing}; more."
            )
            edit.set_markdown(text)
            # Qt writes "1.  " for numbered items; the words and markers must come back as given
            assert edit.markdown().split() == text.split(), (lead, bullet)


def test_the_sample_brief_line_stays_bold(qtbot):
    line = (
        "- Cambodia remains committed to deepening **Diamond cooperation** and building a "
        "**Cambodia-China Community with a Shared Future**; propose more."
    )
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    edit.set_markdown(line)
    assert edit.markdown() == line


def test_soft_wrapped_plain_lines_are_joined_with_a_space():
    assert normalise("one two\nthree\n\n- item\n  goes on") == "one two three\n\n- item goes on"
