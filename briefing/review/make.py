"""Book ▸ Send for Review… and ``briefing review-docx``: a DOCX for clearers to edit in Word.

The sections chosen, each with its four fields under their headings, written by the book's
DOCX writer (:mod:`briefing.export.docx`), then marked for the way back: each field's
paragraphs inside a bookmark, the open comment threads as Word comments on their words (a
thread's replies as further paragraphs of its comment), and the custom properties of
:mod:`briefing.review.package`. The text each section was sent with is kept in the clearance
trail under the review's token, so a file that comes back after the text moved on is
reconciled against it rather than pasted over newer text.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from lxml import etree

from briefing import ir
from briefing.compose.book import FIELD_TITLES
from briefing.errors import BriefingError
from briefing.export.docx import xml as X
from briefing.export.docx.writer import write_docx
from briefing.files.atomic import write_atomic
from briefing.markup import parse_blocks
from briefing.model import Action, Book, Section, Step, Thread, reanchor, text_hash
from briefing.model.issued import utc_now
from briefing.review import package
from briefing.review import refusals as no
from briefing.review.words import INSTRUCTIONS, REVIEW_TITLE
from briefing.store import Workspace


class ReviewError(BriefingError):
    """A review DOCX that cannot be made as asked; the message says why."""


@dataclass
class Sent:
    path: Path
    token: str
    sections: list[Section]
    comments: int


def _sections(book: Book, section_ids: list[int] | None) -> list[Section]:
    if not section_ids:
        return [s for s in book.sections if s.included and not s.is_empty]
    by_id = {s.id: s for s in book.sections}
    missing = [sid for sid in section_ids if sid not in by_id]
    if missing:
        raise ReviewError(
            no.NO_SUCH_SECTION, title=book.title, section=", ".join(map(str, missing))
        )
    return [by_id[sid] for sid in section_ids]


def _document(ws: Workspace, book: Book, sections: list[Section]) -> ir.Document:
    scheme = ws.settings.classification
    level = scheme.highest([book.classification, *(s.classification for s in sections)])
    marking = level + (f" // {book.caveat.upper()}" if book.caveat else "")
    blocks: list[ir.Block] = [
        ir.Heading(1, ir.runs(REVIEW_TITLE.format(title=book.title)), "rv-book", False),
        ir.Paragraph(ir.runs(INSTRUCTIONS), style="note"),
    ]
    for s in sections:
        blocks.append(ir.Heading(1, ir.runs(s.title), f"rv-s{s.id}", False, s is not sections[0]))
        for name, title in FIELD_TITLES.items():
            blocks.append(ir.Heading(2, ir.runs(title), f"rv-s{s.id}-{name}", False))
            field = parse_blocks(getattr(s, name), anchor_prefix=f"rv-s{s.id}-{name}-h")
            blocks += field or [ir.Paragraph([])]
    return ir.Document(
        meta=ir.Metadata(title=REVIEW_TITLE.format(title=book.title), classification=marking),
        marking=marking,
        paper=str(book.paper),
        draft=True,
        blocks=blocks,
    )


def _heading_paragraphs(body: etree._Element, names: dict[str, str]) -> dict[str, etree._Element]:
    """Anchor -> the paragraph of its heading (found by the writer's bookmark)."""
    by_name = {v: k for k, v in names.items()}
    found = {}
    for start in body.iter(X.w("bookmarkStart")):
        anchor = by_name.get(start.get(X.w("name")))
        if anchor:
            found[anchor] = start.getparent()
    return found


def _mark_fields(body: etree._Element, doc: ir.Document, sections: list[Section]) -> None:
    """A bookmark ``BB_<id>_<field>`` around each field's paragraphs (an empty paragraph
    when the field is empty or starts or ends with a table, so the bookmark sits in text)."""
    names = X.bookmark_names(h.anchor for h in doc.headings())
    heads = _heading_paragraphs(body, names)
    ours = set(heads.values())
    next_id = 9000
    for s in sections:
        for name in FIELD_TITLES:
            head = heads[f"rv-s{s.id}-{name}"]
            content = []
            el = head.getnext()
            while el is not None and el not in ours and el.tag != X.w("sectPr"):
                content.append(el)
                el = el.getnext()
            if not content or content[0].tag != X.P:
                p, _ = X.paragraph(None)
                head.addnext(p)
                content.insert(0, p)
            if content[-1].tag != X.P:
                p, _ = X.paragraph(None)
                content[-1].addnext(p)
                content.append(p)
            next_id += 1
            first, last = content[0], content[-1]
            start = etree.Element(X.w("bookmarkStart"))
            start.set(X.w("id"), str(next_id))
            start.set(X.w("name"), package.bookmark(s.id, name))  # type: ignore[arg-type]
            ppr = first.find(X.PPR)
            (ppr.addnext(start) if ppr is not None else first.insert(0, start))
            end = etree.SubElement(last, X.w("bookmarkEnd"))
            end.set(X.w("id"), str(next_id))


def _field_runs(body: etree._Element, section_id: int, field: str) -> list[etree._Element]:
    """The text runs (``w:r`` with ``w:t``) between a field's bookmark start and end."""
    name = package.bookmark(section_id, field)
    start = next(b for b in body.iter(X.w("bookmarkStart")) if b.get(X.w("name")) == name)
    mark = start.get(X.w("id"))
    runs, inside = [], False
    for el in body.iter(X.w("bookmarkStart"), X.w("bookmarkEnd"), X.R, X.P):
        if el is start:
            inside = True
        elif el.tag == X.w("bookmarkEnd") and el.get(X.w("id")) == mark:
            break
        elif inside and el.tag == X.R and el.find(X.T) is not None:
            runs.append(el)
        elif inside and el.tag == X.P and runs and runs[-1] is not None:
            runs.append(None)  # a paragraph boundary: "\n" in the plain text
    return runs


def _split(run: etree._Element, at: int) -> etree._Element:
    """Split a one-text run at ``at`` characters; the second half is returned, after it."""
    t = run.find(X.T)
    text = t.text or ""
    second = parse_xml(etree.tostring(run))  # python-docx's element classes, for its comments
    run.addnext(second)
    t.text = text[:at]
    t2 = second.find(X.T)
    t2.text = text[at:]
    for el in (t, t2):
        el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return second


def _span_runs(body, section_id, field, start, end):  # noqa: ANN001, ANN202
    """The first and last run covering plain-text ``[start, end)`` of a field, split at its
    edges; None when the field's text differs from where the anchor was found."""
    pos = 0
    first = last = None
    for run in _field_runs(body, section_id, field):
        if run is None:
            pos += 1
            continue
        text = run.find(X.T).text or ""
        lo, hi = pos, pos + len(text)
        if first is None and lo <= start < hi:
            run = _split(run, start - lo) if start > lo else run
            text = run.find(X.T).text or ""
            lo = start
            hi = lo + len(text)
            first = run
        if first is not None and lo < end <= hi:
            if end < hi:
                _split(run, end - lo)
            last = run
            break
        pos = hi
    return (first, last) if first is not None and last is not None else None


def _plain(body: etree._Element, section_id: int, field: str) -> str:
    parts = []
    for run in _field_runs(body, section_id, field):
        parts.append("\n" if run is None else (run.find(X.T).text or ""))
    return "".join(parts)


def _add_comments(document, threads: list[Thread]) -> int:  # noqa: ANN001
    body = document.element.body
    added = 0
    for t in threads:
        if t.resolved or not t.messages:
            continue
        plain = _plain(body, t.section_id, t.field)
        where = reanchor(t.anchor, plain)
        span = None
        if not where.detached and where.end > where.start:
            span = _span_runs(body, t.section_id, t.field, where.start, where.end)
        if span is None:  # the words are gone: on the field's first run, quoting them
            runs = [r for r in _field_runs(body, t.section_id, t.field) if r is not None]
            if not runs:
                continue
            span = (runs[0], runs[0])
        first, last = (docx.text.run.Run(r, None) for r in span)
        head, *replies = t.messages
        text = head.text if not where.detached else f"[on “{t.anchor.quote}”] {head.text}"
        comment = document.add_comment([first, last], text=text, author=head.author[:255])
        for m in replies:
            comment.add_paragraph(f"{m.author}: {m.text}")
        added += 1
    return added


def make_review(
    ws: Workspace,
    book_id: int,
    out: Path,
    section_ids: list[int] | None,
    actor: str,
    token: str | None = None,
) -> Sent:
    """Write the review DOCX of ``section_ids`` (default: every included section with text)
    to ``out``, and record in the trail what each section was sent with."""
    book = ws.books.get(book_id)
    sections = _sections(book, section_ids)
    if not sections:
        raise ReviewError(no.NOTHING_TO_SEND, title=book.title)
    token = token or secrets.token_hex(16)
    doc = _document(ws, book, sections)
    buffer = io.BytesIO()
    write_docx(doc, buffer)
    document = docx.Document(io.BytesIO(buffer.getvalue()))
    body = document.element.body
    _mark_fields(body, doc, sections)
    threads = [t for t in ws.comments.threads(book_id) if t.section_id in {s.id for s in sections}]
    count = _add_comments(document, threads)
    versions = ws.issued.versions(book_id)
    values = {
        "Format": package.FORMAT,
        "Review": token,
        "Book": str(book_id),
        "BookTitle": book.title[:200],
        "Version": str(versions[-1].number if versions else 0),
        "Sections": ",".join(str(s.id) for s in sections),
        **{f"Hash.{s.id}": text_hash(s.texts) for s in sections},
    }
    pkg = document.part.package
    part = Part(
        PackURI(package.CUSTOM_PART), package.CUSTOM_TYPE, package.properties_xml(values), pkg
    )
    pkg.relate_to(part, package.CUSTOM_REL)
    data = io.BytesIO()
    document.save(data)
    now = utc_now()
    steps = [
        Step(
            book_id=book_id,
            section_id=s.id,
            action=Action.SENT_FOR_REVIEW,
            at=now,
            actor=actor,
            text_sha256=text_hash(s.texts),
            snapshot=s.texts,
            section_title=s.title,
            review=token,
            note=str(out.name),
        )
        for s in sections
    ]
    with ws.transaction():
        write_atomic(out, data.getvalue())
        ws.clearance.add(steps)
    return Sent(out, token, sections, count)
