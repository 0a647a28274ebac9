"""Edits a reviewer makes to a review DOCX, made with python-docx and lxml the way Word
writes them: typing in a run, tracked insertions and deletions (``w:ins``/``w:del`` with an
author), and comments on words."""

from __future__ import annotations

import copy
import itertools

from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

_ids = itertools.count(5000)


def field_paragraphs(doc: Document, section_id: int, field: str) -> list[Paragraph]:
    """The paragraphs inside a field's bookmark ``BB_<id>_<field>``."""
    name = f"BB_{section_id}_{field}"
    body = doc.element.body
    start = next(b for b in body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == name)
    mark = start.get(qn("w:id"))
    out, inside = [], False
    for p in body.iter(qn("w:p")):
        if start in p.iter():
            inside = True
        if inside:
            out.append(Paragraph(p, doc._body))
            ends = [e for e in p.iter(qn("w:bookmarkEnd")) if e.get(qn("w:id")) == mark]
            if ends:
                break
    return out


def paragraph_with(doc: Document, section_id: int, field: str, words: str) -> Paragraph:
    for p in field_paragraphs(doc, section_id, field):
        if words in p.text:
            return p
    raise AssertionError(f"no paragraph with {words!r} in section {section_id} {field}")


def _run_with(p: Paragraph, words: str) -> Run:
    """The run holding ``words`` alone (split out of the run it is in)."""
    for r in p.runs:
        text = r.text
        at = text.find(words)
        if at < 0:
            continue
        before, after = text[:at], text[at + len(words) :]
        r.text = words
        if before:
            first = copy.deepcopy(r._r)
            r._r.addprevious(first)
            Run(first, p).text = before
        if after:
            last = copy.deepcopy(r._r)
            r._r.addnext(last)
            Run(last, p).text = after
        return r
    raise AssertionError(f"{words!r} is not within one run of {p.text!r}")


def type_over(p: Paragraph, old: str, new: str) -> None:
    """A direct edit: ``old`` replaced by ``new`` where it stands."""
    _run_with(p, old).text = new


def _wrap(tag: str, author: str, *runs: etree._Element) -> etree._Element:
    el = etree.Element(qn(f"w:{tag}"))
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), "2030-01-02T10:00:00Z")
    for r in runs:
        el.append(r)
    return el


def track_replace(p: Paragraph, old: str, new: str, author: str) -> None:
    """A tracked change: ``old`` deleted and ``new`` inserted by ``author``."""
    run = _run_with(p, old)._r
    deleted = copy.deepcopy(run)
    for t in deleted.iter(qn("w:t")):
        t.tag = qn("w:delText")
    inserted = copy.deepcopy(run)
    inserted.find(qn("w:t")).text = new
    run.addprevious(_wrap("del", author, deleted))
    if new:
        run.addprevious(_wrap("ins", author, inserted))
    run.getparent().remove(run)


def track_insert_after(p: Paragraph, words: str, new: str, author: str) -> None:
    run = _run_with(p, words)._r
    inserted = copy.deepcopy(run)
    inserted.find(qn("w:t")).text = new
    inserted.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.addnext(_wrap("ins", author, inserted))


def comment_on(doc: Document, p: Paragraph, words: str, author: str, text: str) -> None:
    run = _run_with(p, words)
    doc.add_comment(run, text=text, author=author, initials=author[:2])
