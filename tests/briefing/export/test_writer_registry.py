"""A new export format is one module and one registry line: here a plain-text writer, exported
through the command line (which gains ``--txt``) and the issuing job like the built-in ones."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from briefing import interchange, ir
from briefing.cli import main
from briefing.export import registry
from briefing.export.writer import Progress, WriteResult

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "cambodia-china.json"


class TextWriter:
    """The whole book as plain text: one line per heading and paragraph."""

    name, label, suffix, weight, needs_pages = "txt", "Plain text", ".txt", 5, False

    def write(
        self,
        doc: ir.Document,
        out: BinaryIO,
        *,
        progress: Progress | None = None,
        pages: dict[str, int] | None = None,
    ) -> WriteResult:
        lines = [doc.marking]
        for n, block in enumerate(doc.blocks, 1):
            if isinstance(block, ir.Heading | ir.Paragraph):
                lines.append("".join(r.text for r in block.runs))
            if progress is not None:
                progress(n, len(doc.blocks))
        out.write(("\n".join(lines) + "\n").encode())
        return WriteResult()


@pytest.fixture
def text_format():
    registry.register(TextWriter())  # the one registry line
    yield
    registry.unregister("txt")


def test_a_registered_writer_exports_through_the_command_line(text_format, tmp_path, capsys):
    workspace = tmp_path / "kh-cn.briefing"
    interchange.load_file(SAMPLE, workspace).close()
    out = tmp_path / "book.txt"
    code = main(["export", str(workspace), "--book", "1", "--txt", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert f"wrote {out}" in captured.out
    text = out.read_text()
    assert text.startswith("SECRET")  # the marking the book prints
    assert "Trade and investment" in text and "Points to make" in text
    # and it is logged like any export
    code = main(["distribution", str(workspace)])
    assert "txt" in capsys.readouterr().out


def test_the_writers_are_listed_in_order_and_unknown_ones_are_named():
    assert [w.name for w in registry.writers()][:2] == ["pdf", "docx"]
    with pytest.raises(KeyError, match="no export format 'odt'"):
        registry.writer("odt")
