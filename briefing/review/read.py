"""A returned review DOCX read back: each field's text, the tracked changes' authors, the
comments with the words they are on, and any text outside the fields.

Word and LibreOffice both keep bookmarks, custom properties, tracked changes (``w:ins``,
``w:del``, ``w:moveFrom``/``w:moveTo``, a deleted or inserted paragraph mark in
``w:pPr/w:rPr``) and comments (``comments.xml``; Word's replies in ``commentsExtended.xml``).
Each field is read twice: with every tracked change accepted (what the reviewer proposes) and
with every one rejected (what they saw before), into IR blocks and then canonical Markdown
(:mod:`briefing.review.markdown`), so it compares with the book's text whatever the markup.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field, replace

from lxml import etree

from briefing import ir
from briefing.errors import BriefingError
from briefing.review import package
from briefing.review import refusals as no
from briefing.review.markdown import to_markdown

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAX_PART = 200 * 1024 * 1024  # a part larger than this is refused, not read into memory


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class ReviewFileError(BriefingError):
    """A file that is not a review DOCX of this workspace, or is damaged; says which."""


@dataclass
class FieldText:
    section_id: int
    field: str
    accepted: str  # canonical Markdown with every tracked change accepted
    rejected: str  # … and with every one rejected
    line_authors: list[set[str]] = field(default_factory=list)  # per line of ``accepted``
    plain: str = ""  # the accepted text's words, as comments are anchored


@dataclass
class ReturnedComment:
    docx_id: str
    author: str
    date: dt.datetime | None
    text: str
    section_id: int | None = None
    field: str | None = None
    start: int = 0
    end: int = 0
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    parent: str | None = None  # docx id of the comment this one replies to
    after: str = ""  # the heading before it, when outside any field


@dataclass
class Returned:
    properties: dict[str, str]
    fields: dict[tuple[int, str], FieldText]
    comments: list[ReturnedComment]
    outside: list[tuple[str, str]]  # (the heading before it, the text) outside any field
    authors: set[str]  # of tracked changes

    @property
    def token(self) -> str:
        return self.properties.get("Review", "")

    @property
    def book_id(self) -> int:
        return int(self.properties.get("Book", "0") or 0)

    @property
    def section_ids(self) -> list[int]:
        return [int(s) for s in self.properties.get("Sections", "").split(",") if s.strip()]


# ---------------------------------------------------------------------- the package


def _open(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        bad = z.testzip()
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise ReviewFileError(no.NOT_WORD_OR_DAMAGED, name=name, error=exc) from None
    if bad is not None:
        raise ReviewFileError(no.BAD_PART, name=name, part=bad)
    if "word/document.xml" not in z.namelist():
        raise ReviewFileError(no.NO_DOCUMENT, name=name)
    return z


def _part(z: zipfile.ZipFile, path: str, name: str) -> etree._Element | None:
    if path not in z.namelist():
        return None
    if z.getinfo(path).file_size > MAX_PART:
        raise ReviewFileError(no.PART_TOO_LARGE, name=name, part=path)
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        return etree.fromstring(z.read(path), parser)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError) as exc:
        raise ReviewFileError(no.DAMAGED_PART, name=name, part=path, error=exc) from None


def _custom_path(z: zipfile.ZipFile) -> str:
    rels = _part(z, "_rels/.rels", "")
    if rels is not None:
        for rel in rels:
            if rel.get("Type") == package.CUSTOM_REL:
                return rel.get("Target", "").lstrip("/")
    return package.CUSTOM_PART.lstrip("/")


def _properties(z: zipfile.ZipFile, name: str) -> dict[str, str]:
    custom = _part(z, _custom_path(z), name)
    props = package.read_properties(etree.tostring(custom)) if custom is not None else {}
    if props.get("Format") != package.FORMAT or not props.get("Review"):
        raise ReviewFileError(no.NOT_A_REVIEW, name=name)
    return props


def read_properties(data: bytes, name: str) -> dict[str, str]:
    """What the file says it is (book, review token, version, hashes); refused when it is
    not a Word document, is damaged, or is not a review DOCX."""
    return _properties(_open(data, name), name)


# ---------------------------------------------------------------------- paragraphs


@dataclass
class _Para:
    kind: str  # p | heading | item | table
    accepted: list[ir.Run] = field(default_factory=list)
    rejected: list[ir.Run] = field(default_factory=list)
    level: int = 0
    numbered: bool = False
    mark_deleted: bool = False  # its paragraph mark is a tracked deletion (joins the next)
    mark_inserted: bool = False
    authors: set[str] = field(default_factory=set)
    rows: list[list[list[ir.Run]]] = field(default_factory=list)  # a table's, accepted
    marks: list[tuple[str, str, int]] = field(default_factory=list)  # (start|end, id, offset)


def _on(el: etree._Element | None, tag: str) -> bool:
    if el is None:
        return False
    found = el.find(w(tag))
    return found is not None and found.get(w("val"), "true") not in ("false", "0", "off")


def _run_text(r: etree._Element) -> str:
    out = []
    for child in r:
        tag = etree.QName(child).localname
        if tag in ("t", "delText"):
            out.append(child.text or "")
        elif tag in ("tab", "br", "cr"):
            out.append(" ")
        elif tag == "noBreakHyphen":
            out.append("-")
    return "".join(out)


class _Numbering:
    """numId + level -> numbered or bullet, from numbering.xml."""

    def __init__(self, root: etree._Element | None) -> None:
        self.abstract: dict[str, dict[int, str]] = {}
        self.nums: dict[str, str] = {}
        if root is None:
            return
        for a in root.iter(w("abstractNum")):
            levels = {}
            for lvl in a.iter(w("lvl")):
                fmt = lvl.find(w("numFmt"))
                levels[int(lvl.get(w("ilvl"), "0"))] = (
                    fmt.get(w("val"), "decimal") if fmt is not None else "decimal"
                )
            self.abstract[a.get(w("abstractNumId"), "")] = levels
        for n in root.iter(w("num")):
            ref = n.find(w("abstractNumId"))
            if ref is not None:
                self.nums[n.get(w("numId"), "")] = ref.get(w("val"), "")

    def numbered(self, num_id: str, level: int) -> bool:
        fmt = self.abstract.get(self.nums.get(num_id, ""), {}).get(level, "decimal")
        return fmt not in ("bullet", "none")


class _Reader:
    def __init__(self, numbering: _Numbering, styles: dict[str, str]) -> None:
        self.numbering = numbering
        self.styles = styles  # style id -> name
        self.authors: set[str] = set()

    def paragraph(self, p: etree._Element, offset: int) -> _Para:
        ppr = p.find(w("pPr"))
        style_id = ""
        para = _Para("p")
        if ppr is not None:
            ps = ppr.find(w("pStyle"))
            style_id = ps.get(w("val"), "") if ps is not None else ""
            rpr = ppr.find(w("rPr"))
            if rpr is not None:
                for tag, attr in (("del", "mark_deleted"), ("ins", "mark_inserted")):
                    mark = rpr.find(w(tag))
                    if mark is not None:
                        setattr(para, attr, True)
                        para.authors.add(mark.get(w("author"), ""))
            num = ppr.find(w("numPr"))
            if num is not None and num.find(w("numId")) is not None:
                num_id = num.find(w("numId")).get(w("val"), "0")
                ilvl = num.find(w("ilvl"))
                level = int(ilvl.get(w("val"), "0")) if ilvl is not None else 0
                if num_id != "0":
                    para.kind, para.level = "item", level
                    para.numbered = self.numbering.numbered(num_id, level)
        name = (self.styles.get(style_id, style_id) or "").replace(" ", "").lower()
        if para.kind == "p" and name.startswith("listbullet"):
            para.kind = "item"
        elif para.kind == "p" and name.startswith("listnumber"):
            para.kind, para.numbered = "item", True
        elif para.kind == "p" and name.startswith("heading"):
            para.kind = "heading"
        self._runs(p, para, False, False, offset)
        para.authors.discard("")
        self.authors |= para.authors
        return para

    def _runs(self, el, para: _Para, deleted: bool, inserted: bool, offset: int) -> None:  # noqa: ANN001
        for child in el:
            tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if tag == "r":
                text = _run_text(child)
                if not text:
                    continue
                rpr = child.find(w("rPr"))
                run = ir.runs(text, bold=_on(rpr, "b"), italic=_on(rpr, "i"))
                if not deleted:
                    para.accepted += run
                if not inserted:
                    para.rejected += run
            elif tag in ("ins", "moveTo"):
                para.authors.add(child.get(w("author"), ""))
                self._runs(child, para, deleted, True, offset)
            elif tag in ("del", "moveFrom"):
                para.authors.add(child.get(w("author"), ""))
                self._runs(child, para, True, inserted, offset)
            elif tag in ("hyperlink", "smartTag", "fldSimple", "customXml"):
                self._runs(child, para, deleted, inserted, offset)
            elif tag == "sdt":
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._runs(content, para, deleted, inserted, offset)
            elif tag in ("commentRangeStart", "commentRangeEnd"):
                at = offset + len(ir.plain(para.accepted))
                kind = "start" if tag.endswith("Start") else "end"
                para.marks.append((kind, child.get(w("id")), at))

    def table(self, tbl: etree._Element, offset: int) -> _Para:
        para = _Para("table")
        for tr in tbl.iter(w("tr")):
            row = []
            for tc in tr.iter(w("tc")):
                cell: list[ir.Run] = []
                for p in tc.iter(w("p")):
                    inner = self.paragraph(p, offset)
                    if cell and inner.accepted:
                        cell += ir.runs(" ")
                    cell += inner.accepted
                    para.authors |= inner.authors
                row.append(cell)
            para.rows.append(row)
        if para.rows:  # the header row is bold by the writer's style, not by the text's
            para.rows[0] = [[replace(r, bold=False) for r in cell] for cell in para.rows[0]]
        return para


def _blocks(paras: list[_Para], view: str) -> tuple[list[ir.Block], list[set[str]]]:
    """Paragraphs of one view as IR blocks, with each block's (each list item's) authors."""
    blocks: list[ir.Block] = []
    authors: list[set[str]] = []
    joined: list[_Para] = []
    carry: _Para | None = None
    for para in paras:
        if carry is not None and para.kind != "table":
            runs = getattr(carry, view) + getattr(para, view)
            merged = _Para(para.kind, level=para.level, numbered=para.numbered)
            setattr(merged, view, runs)
            merged.authors = carry.authors | para.authors
            merged.mark_deleted, merged.mark_inserted = para.mark_deleted, para.mark_inserted
            para, carry = merged, None
        joins = para.mark_deleted if view == "accepted" else para.mark_inserted
        if joins and para.kind != "table":
            carry = para
            continue
        joined.append(para)
    if carry is not None:
        joined.append(carry)
    for para in joined:
        runs = getattr(para, view)
        if para.kind == "table":
            rows = para.rows
            if rows:
                blocks.append(ir.Table(rows[0], rows[1:], []))  # widths from the content
                authors.append(set(para.authors))
            continue
        if not ir.plain(runs).strip():
            continue
        if para.kind == "item":
            last = blocks[-1] if blocks else None
            if not isinstance(last, ir.ListBlock):
                last = ir.ListBlock([], ordered=para.numbered)
                blocks.append(last)
                authors.append(set())
            last.items.append(runs)
            last.levels.append(para.level)
            last.numbered.append(para.numbered)
            authors.append(set(para.authors))  # one entry per item, after the list's own
        elif para.kind == "heading":
            blocks.append(ir.Heading(3, runs, "h", in_contents=False))
            authors.append(set(para.authors))
        else:
            blocks.append(ir.Paragraph(runs))
            authors.append(set(para.authors))
    return blocks, authors


def _markdown(paras: list[_Para], view: str) -> tuple[str, list[set[str]]]:
    """Canonical Markdown of one view, and the authors of each of its lines."""
    blocks, authors = _blocks(paras, view)
    lines: list[str] = []
    line_authors: list[set[str]] = []
    queue = iter(authors)
    for block in blocks:
        own = next(queue)
        text = to_markdown([block])
        if isinstance(block, ir.ListBlock):
            item_authors = [next(queue) for _ in block.items]
        if not text:
            continue
        if lines:
            lines.append("")
            line_authors.append(set())
        block_lines = text.split("\n")
        for i, line in enumerate(block_lines):
            lines.append(line)
            if isinstance(block, ir.ListBlock):
                line_authors.append(item_authors[i] if i < len(item_authors) else own)
            else:
                line_authors.append(own)
    return "\n".join(lines), line_authors


def _plain(paras: list[_Para]) -> str:
    """The accepted text's words, one line per paragraph, list item or table row (as
    :func:`briefing.markup.plain_text` gives them, which anchors are kept over)."""
    lines = []
    for para in paras:
        if para.kind == "table":
            lines += [" ".join(ir.plain(c) for c in row) for row in para.rows]
        elif ir.plain(para.accepted).strip():
            lines.append(ir.plain(para.accepted))
    return "\n".join(lines)


# ---------------------------------------------------------------------- the body


def _blocks_of(body: etree._Element):  # noqa: ANN202 - paragraphs and tables in order
    for el in body:
        tag = etree.QName(el).localname if isinstance(el.tag, str) else ""
        if tag in ("p", "tbl", "bookmarkStart", "bookmarkEnd"):
            yield el
        elif tag in ("sdt", "customXml", "ins", "del", "moveTo", "moveFrom"):
            inner = el.find(w("sdtContent")) if tag == "sdt" else el
            if inner is not None:
                yield from _blocks_of(inner)


def read_review(data: bytes, name: str, ours: set[str]) -> Returned:
    """Read a returned review DOCX. ``ours``: the texts the review put outside the fields
    (title, instructions, headings), which are not reported as added text."""
    z = _open(data, name)
    props = _properties(z, name)
    document = _part(z, "word/document.xml", name)
    body = document.find(w("body")) if document is not None else None
    if body is None:
        raise ReviewFileError(no.NO_BODY, name=name)
    styles_root = _part(z, "word/styles.xml", name)
    styles = {}
    if styles_root is not None:
        for s in styles_root.iter(w("style")):
            n = s.find(w("name"))
            styles[s.get(w("styleId"), "")] = n.get(w("val"), "") if n is not None else ""
    reader = _Reader(_Numbering(_part(z, "word/numbering.xml", name)), styles)

    open_ids: dict[str, tuple[int, str]] = {}  # bookmark id -> field
    current: tuple[int, str] | None = None
    paras: dict[tuple[int, str], list[_Para]] = {}
    offsets: dict[tuple[int, str], int] = {}
    outside: list[tuple[str, str]] = []
    outside_marks: list[tuple[str, str, str]] = []  # (start|end, id, heading)
    heading = ""
    for el in _blocks_of(body):
        starts = list(el.iter(w("bookmarkStart")))
        ends = list(el.iter(w("bookmarkEnd")))
        heads = [m for b in starts if (m := package.HEADING.match(b.get(w("name"), "")))]
        opens: tuple[int, str] | None = None  # the field a heading of ours opens
        if heads:  # one of the review's headings: outside every field
            current = None
            field_head = next((m for m in heads if m.group(2)), None)
            if field_head is not None:
                opens = (int(field_head.group(1)), field_head.group(2))
            starts = []
        for b in starts:
            match = package.BOOKMARK.match(b.get(w("name"), ""))
            if match:
                key = (int(match.group(1)), match.group(2))
                open_ids[b.get(w("id"), "")] = key
                current = key
                paras.setdefault(key, [])
                offsets.setdefault(key, 0)
        tag = etree.QName(el).localname
        if tag in ("p", "tbl"):
            if current is not None:
                before = _plain(paras[current])
                offset = len(before) + (1 if before else 0)
                para = reader.table(el, offset) if tag == "tbl" else reader.paragraph(el, offset)
                paras[current].append(para)
            else:
                para = reader.table(el, 0) if tag == "tbl" else reader.paragraph(el, 0)
                text = (
                    "\n".join(" | ".join(ir.plain(c) for c in r) for r in para.rows)
                    if tag == "tbl"
                    else ir.plain(para.accepted)
                ).strip()
                for kind, cid, _at in para.marks:
                    outside_marks.append((kind, cid, heading))
                if text and text not in ours:
                    outside.append((heading, text))
                elif text:
                    heading = text
        for b in ends:
            key = open_ids.pop(b.get(w("id"), ""), None)
            if key is not None and key == current:
                current = None
        if opens is not None:
            current = opens
            paras.setdefault(opens, [])

    fields: dict[tuple[int, str], FieldText] = {}
    positions: dict[str, tuple[tuple[int, str], str, int]] = {}
    for key, items in paras.items():
        accepted, line_authors = _markdown(items, "accepted")
        rejected, _ = _markdown(items, "rejected")
        plain = _plain(items)
        fields[key] = FieldText(key[0], key[1], accepted, rejected, line_authors, plain)
        for para in items:
            for kind, cid, at in para.marks:
                positions[f"{kind}:{cid}"] = (key, plain, at)
    comments = _comments(z, name, positions, outside_marks)
    return Returned(props, fields, comments, outside, reader.authors)


def _comments(z, name, positions, outside_marks) -> list[ReturnedComment]:  # noqa: ANN001
    root = _part(z, "word/comments.xml", name)
    if root is None:
        return []
    extended = _part(z, "word/commentsExtended.xml", name)
    parents: dict[str, str] = {}  # paraId -> parent paraId
    if extended is not None:
        for ex in extended.iter(f"{{{W15}}}commentEx"):
            parent = ex.get(f"{{{W15}}}paraIdParent")
            if parent:
                parents[ex.get(f"{{{W15}}}paraId", "")] = parent
    by_para: dict[str, str] = {}
    out = []
    for c in root.iter(w("comment")):
        cid = c.get(w("id"), "")
        texts = ["".join(_run_text(r) for r in p.iter(w("r"))) for p in c.iter(w("p"))]
        for p in c.iter(w("p")):
            pid = p.get(f"{{{W14}}}paraId")
            if pid:
                by_para[pid] = cid
        when = c.get(w("date"))
        try:
            date = dt.datetime.fromisoformat(when.replace("Z", "+00:00")) if when else None
            if date is not None and date.tzinfo is None:
                date = date.replace(tzinfo=dt.UTC)
            if date is not None and date.year < 1900:
                date = None
        except ValueError:
            date = None
        comment = ReturnedComment(
            cid, c.get(w("author"), ""), date, "\n".join(t for t in texts if t.strip())
        )
        last_para = [p.get(f"{{{W14}}}paraId") for p in c.iter(w("p"))]
        if last_para and last_para[-1] in parents:
            comment.parent = parents[last_para[-1]]
        start, end = positions.get(f"start:{cid}"), positions.get(f"end:{cid}")
        if start is not None:
            key, plain, at = start
            stop = end[2] if end is not None and end[0] == key else at
            comment.section_id, comment.field = key
            comment.start, comment.end = at, max(at, stop)
            comment.quote = plain[at:stop]
            comment.prefix = plain[max(0, at - 32) : at]
            comment.suffix = plain[stop : stop + 32]
        else:
            comment.after = next((h for k, i, h in outside_marks if i == cid), "")
        out.append(comment)
    for comment in out:  # a reply's parent by its comment id
        if comment.parent is not None:
            comment.parent = by_para.get(comment.parent)
    return out
