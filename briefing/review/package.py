"""What a review DOCX carries to be matched back with no server: custom document properties.

``docProps/custom.xml`` (File ▸ Properties ▸ Custom in Word; kept by Word and LibreOffice when
they save) holds, each value under 255 characters as Word keeps them:

* ``BriefingBook.Format``: ``briefing-book-review/1``
* ``BriefingBook.Review``: the review's token, recorded in the clearance trail with the text
  each section was sent with (the base of a three-way reconciliation)
* ``BriefingBook.Book``, ``BriefingBook.BookTitle``, ``BriefingBook.Version`` (the latest
  issued version when it was made, 0 before any)
* ``BriefingBook.Sections``: the section ids, comma-separated (in parts ``.1``, ``.2`` … when
  long), and ``BriefingBook.Hash.<id>``: SHA-256 of the text each section was sent with.

Each field of a section is a bookmark ``BB_<section id>_<field>`` around its paragraphs, and
follows its heading, which carries the writer's bookmark ``rv_s<id>_<field>``. Both are read:
LibreOffice may move the start of a bookmark that spans paragraphs to a later paragraph when
it saves, never the one-paragraph bookmark of a heading.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from lxml import etree

FORMAT = "briefing-book-review/1"
PREFIX = "BriefingBook."
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_PART = "/docProps/custom.xml"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
MAX_VALUE = 240
BOOKMARK = re.compile(r"^BB_(\d+)_(objective|points|if_raised|background)$")
#: the bookmarks the DOCX writer puts on the review's own headings (book, section, field)
HEADING = re.compile(r"^rv_(?:book|s(\d+)(?:_(objective|points|if_raised|background))?)$")


def bookmark(section_id: int, field: str) -> str:
    return f"BB_{section_id}_{field}"


def properties_xml(values: dict[str, str]) -> bytes:
    """``docProps/custom.xml`` with ``values`` (long ones split into ``.1``, ``.2`` …)."""
    items: list[tuple[str, str]] = []
    for name, value in values.items():
        if len(value) <= MAX_VALUE:
            items.append((name, value))
            continue
        for n, start in enumerate(range(0, len(value), MAX_VALUE), 1):
            items.append((f"{name}.{n}", value[start : start + MAX_VALUE]))
    props = "".join(
        f'<property fmtid="{FMTID}" pid="{pid}" name="{_attr(PREFIX + name)}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(items, 2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}">{props}</Properties>'
    ).encode()


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def read_properties(blob: bytes) -> dict[str, str]:
    """Our properties from a ``custom.xml`` (split values joined again); others ignored."""
    root = etree.fromstring(blob)
    raw: dict[str, str] = {}
    for prop in root.iter(f"{{{CUSTOM_NS}}}property"):
        name = prop.get("name") or ""
        if not name.startswith(PREFIX):
            continue
        raw[name[len(PREFIX) :]] = "".join(prop.itertext())
    out: dict[str, str] = {}
    for name in sorted(raw, key=_part_order):
        base, _, part = name.rpartition(".")
        if part.isdigit() and base and not base.startswith("Hash"):
            out[base] = out.get(base, "") + raw[name]
        else:
            out[name] = raw[name]
    return out


def _part_order(name: str) -> tuple[str, int]:
    base, _, part = name.rpartition(".")
    return (base, int(part)) if part.isdigit() else (name, 0)
