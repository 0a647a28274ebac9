"""The preview's process lays a book out whole when it opens, part by part afterwards."""

from __future__ import annotations

import io

from pypdf import PdfReader

from briefing.export.pdf.parts import PartLayouts
from briefing.model import Book, Section
from briefing.store import Workspace
from ui.preview.render_process import _render


def test_whole_first_then_parts_ahead_then_only_the_edited_brief(workspace_path):
    ws = Workspace.open(workspace_path)
    sections = [
        Section(f"Brief {n}", objective=f"Objective {n}.", background="Background. " * 300)
        for n in range(6)
    ]
    book_id = ws.books.save(Book("Visit", sections=sections))
    layouts = PartLayouts()

    first, later = _render(ws, book_id, 1, lambda: False, layouts)
    assert later is not None  # nothing kept yet: laid out whole, parts to lay out afterwards
    assert layouts.prepare(later, lambda: False) == layouts.missing(later)[1]

    again, later = _render(ws, book_id, 2, lambda: False, layouts)
    assert later is None  # from the parts kept
    assert (again.pages, again.heading_pages) == (first.pages, first.heading_pages)
    assert len(PdfReader(io.BytesIO(again.pdf)).pages) == first.pages

    book = ws.books.get(book_id)
    ws.books.save_section_texts(book_id, book.sections[3].id, {"objective": "A new objective."})
    edited, later = _render(ws, book_id, 3, lambda: False, layouts)
    assert later is None and edited.pages == first.pages
    assert layouts.missing(_doc(ws, book_id)) == (0, len(sections))  # the new brief is kept
    ws.close()


def _doc(ws, book_id):  # noqa: ANN001, ANN202
    from briefing.compose.book import Options, compose

    return compose(ws, ws.books.get(book_id), Options())
