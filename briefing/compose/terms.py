"""The workspace's own words that books print as written in the records, and so need a name
in each book language: the classification levels, the countries, the ministry, caveats,
places, office titles … (:attr:`briefing.model.Settings.terms` holds their names)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.store import Workspace


@dataclass(frozen=True)
class PrintedWord:
    kind: str  # "level", "country", "ministry" … (what the word is, for the listing)
    text: str  # as written in the records


def printed_words(ws: Workspace) -> list[PrintedWord]:
    """Each word a book of ``ws`` may print from its records or settings, once, in a stable
    order: the settings first, then the books', the meetings' and the counterparts'."""
    s = ws.settings
    found: dict[str, PrintedWord] = {}

    def add(kind: str, text: str) -> None:
        if text.strip() and text not in found:
            found[text] = PrintedWord(kind, text)

    for level in s.classification.levels:
        add("level", level)
    for country in s.countries:
        add("country", country)
    add("ministry", s.ministry)
    add("department", s.department)
    counterparts: set[int] = set()
    for book_id, *_rest in ws.books.summaries():
        book = ws.books.get(book_id)
        add("caveat", book.caveat)
        add("place", book.place)
        add("prepared by", book.prepared_by)
        counterparts.update(book.counterparts)
    for m in ws.meetings.summaries():
        add("city", m.city)
        add("country", m.country)
        add("occasion", m.occasion)
    for person in ws.people.all():
        if person.id not in counterparts:
            continue
        add("honorific", person.honorific)
        for office in person.offices:
            add("office", office.title)
    return list(found.values())
