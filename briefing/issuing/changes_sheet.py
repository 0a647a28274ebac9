"""The "changes" sheet as an IR document: which parts of a book to reprint, and why.

One heading per changed part with the pages it prints on in the newer version, then what was
removed and added, each line shortened to the words around the change, so the sheet usually
fits one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing import ir
from briefing.ir import Heading, ListBlock, Paragraph, runs
from briefing.model import IssuedVersion, format_date

if TYPE_CHECKING:
    from briefing.issuing.versions import Reprint, SectionChange

LINE_LIMIT = 160  # characters of one added or removed line on the sheet
CONTEXT = 45  # characters kept either side of what changed in a long line
LINES_SHOWN = 5  # per list; the rest is counted


@dataclass
class SheetInfo:
    book_title: str
    marking: str
    paper: str
    since: IssuedVersion
    until: IssuedVersion | None  # None: the book as it stands now
    ministry: str = ""


def sheet_document(
    info: SheetInfo, found: list[SectionChange], plan: Reprint | None = None
) -> ir.Document:
    since = info.since.number
    if info.until is None:
        title = f"Changes since version {since}"
        against = "compared with the book as it stands now"
        newer = "the current book"
    else:
        title = f"Changes between version {since} and version {info.until.number}"
        against = f"version {info.until.number} issued {_issued(info.until)}"
        newer = f"version {info.until.number}"
    blocks: list[ir.Block] = [
        Heading(1, runs(title), "changes", in_contents=False),
        Paragraph(runs(info.book_title, bold=True)),
        Paragraph(runs(f"Version {since} issued {_issued(info.since)}; {against}."), "note"),
    ]
    if not found:
        blocks.append(
            Paragraph(
                runs(
                    f"Nothing has changed since version {since}: no part of "
                    "the book needs reprinting."
                )
            )
        )
    elif plan is None:
        parts = "part" if len(found) == 1 else f"{len(found)} parts"
        blocks.append(
            Paragraph(
                runs(
                    f"Reprint only the {parts} below from {newer}; the rest of "
                    f"version {since} stands."
                )
            )
        )
    if plan is not None and (found or plan.whole_book):
        blocks += _plan(plan, newer)
    elif found and info.until is None:
        blocks.append(
            Paragraph(runs("Issue the new version to see which pages to reprint."), "note")
        )
    for n, change in enumerate(found, 1):
        blocks += _change(change, n)
    return ir.Document(
        meta=ir.Metadata(
            title=f"{title}: {info.book_title}",
            subject="Changes sheet",
            author=info.ministry,
            classification=info.marking,
        ),
        marking=info.marking,
        paper=info.paper,
        draft=False,
        footer_note=title,
        blocks=blocks,
    )


def _plan(plan: Reprint, newer: str) -> list[ir.Block]:
    """The pages to reprint, first, in bold: what staff act on."""
    if plan.whole_book:
        return [Paragraph(runs(plan.note, bold=True))]
    lead = runs(f"Reprint pages {plan.ranges_text()} of {newer}: ", bold=True)
    items = [
        runs(f"{a}" if a == b else f"{a}–{b}", bold=True) + runs(f": {why}")
        for (a, b), why in zip(plan.pages, plan.reasons, strict=True)
    ]
    return [Paragraph(lead + runs("the rest stands.")), ListBlock(items)]


def _issued(version: IssuedVersion) -> str:
    """Local date and time: two versions are often issued on one day."""
    local = version.issued_at.astimezone()
    return f"{format_date(local.date())}, {local:%H:%M}"


def _change(change: SectionChange, n: int) -> list[ir.Block]:
    """A heading with where to reprint, then removed and added lines, old before new."""
    state = {"added": " (new)", "removed": " (taken out)"}.get(change.state, "")
    where = ""
    if change.pages:
        first, last = change.pages
        where = f" · page {first}" if first == last else f" · pages {first}–{last}"
    out: list[ir.Block] = [Heading(2, runs(change.title + state + where), f"change-{n}", False)]
    if change.state == "removed":
        return out + [Paragraph(runs("Taken out of the book: remove its pages."), "note")]
    added = change.added[1:] if change.state == "added" else change.added  # [0]: its title
    items = _items("Removed", change.removed, change.added)
    items += _items("Added", added, change.removed)
    return out + ([ListBlock(items)] if items else [])


def _items(label: str, lines: list[str], others: list[str]) -> list[list[ir.Run]]:
    shown = [_shorten(_unbullet(line), _closest(line, others)) for line in lines[:LINES_SHOWN]]
    if len(lines) > LINES_SHOWN:
        shown.append(f"… and {len(lines) - LINES_SHOWN} more")
    return [runs(f"{label}: ", bold=True) + runs(text) for text in shown]


def _unbullet(line: str) -> str:
    """A list item without its bullet: the sheet lists lines as bullets of its own."""
    return line.removeprefix("• ")


def _closest(line: str, others: list[str]) -> str | None:
    """The line of the other side that this one most likely replaced."""
    best, score = None, 0.5
    for other in others:
        ratio = sum(_ends(line, other)) / max(len(line), len(other), 1)
        if ratio > score:
            best, score = _unbullet(other), ratio
    return best


def _ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common beginning and (not overlapping it) the common end."""
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def _shorten(line: str, counterpart: str | None) -> str:
    """``line`` cut to the words around where it differs from ``counterpart``."""
    if len(line) <= LINE_LIMIT:
        return line
    start, end = 0, len(line)
    if counterpart is not None:
        prefix, suffix = _ends(line, counterpart)
        start = max(0, prefix - CONTEXT)
        end = min(len(line), len(line) - suffix + CONTEXT)
    if end - start > LINE_LIMIT:
        end = start + LINE_LIMIT
    start = _word_start(line, start)
    end = _word_end(line, end)
    return ("… " if start > 0 else "") + line[start:end].strip() + (" …" if end < len(line) else "")


def _word_start(text: str, i: int) -> int:
    if i <= 0:
        return 0
    space = text.find(" ", i)
    return space + 1 if 0 <= space < i + 15 else i


def _word_end(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    space = text.rfind(" ", 0, i)
    return space if space > i - 15 else i
