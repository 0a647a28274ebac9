"""``ws.people``: counterparts and officials, with their names in each script and offices."""

from __future__ import annotations

import sqlite3

from briefing.model import Person
from briefing.store import rows
from briefing.store.base import Repository
from briefing.store.errors import WorkspaceError
from briefing.store.search import SearchIndex

#: the columns of a person that a field edit may set alone
PERSON_FIELDS = ("side", "honorific", "biography")


class PeopleRepository(Repository):
    def __init__(self, db, search: SearchIndex) -> None:  # noqa: ANN001
        super().__init__(db)
        self._search = search

    def save(self, person: Person) -> int:
        with self._db.transaction():
            person.id = rows.upsert_record(
                self._conn,
                "people",
                person,
                {"side": person.side, "honorific": person.honorific, "biography": person.biography},
            )
            rows.replace_children(
                self._conn,
                "person_names",
                "person_id",
                person.id,
                [{"text": n.text, "script": n.script} for n in person.names],
            )
            rows.replace_children(
                self._conn,
                "offices",
                "person_id",
                person.id,
                [
                    {"title": o.title, "start": rows.iso(o.start), "end": rows.iso(o.end)}
                    for o in person.offices
                ],
            )
            self._index(person)
        return person.id

    def save_fields(self, person_id: int, values: dict[str, object]) -> None:
        """Set some of a person's own fields (side, honorific) and nothing else."""
        unknown = set(values) - set(PERSON_FIELDS)
        if unknown:
            raise TypeError(f"not fields of a person set alone: {', '.join(sorted(unknown))}")
        with self._db.transaction():
            sets = ", ".join(f"{name} = ?" for name in values)
            updated = self._conn.execute(
                f"UPDATE people SET {sets} WHERE id = ?", [*values.values(), person_id]
            ).rowcount
            if not updated:
                raise KeyError(f"no person {person_id}")
            self._index(self.get(person_id))

    def save_biography(self, person_id: int, biography: str) -> None:
        """Write a person's biography only (the people editor's autosave path)."""
        with self._db.transaction():
            updated = self._conn.execute(
                "UPDATE people SET biography = ? WHERE id = ?", (biography, person_id)
            ).rowcount
            if not updated:
                raise KeyError(f"no person {person_id}")
            self._index(self.get(person_id))

    def _index(self, person: Person) -> None:
        self._search.index(
            "person", person.id, person.display_name, rows.person_search_text(person)
        )

    def get(self, person_id: int) -> Person:
        return rows.load_person(self._conn, person_id)

    def all(self) -> list[Person]:
        ids = [i for (i,) in self._conn.execute("SELECT id FROM people ORDER BY id")]
        return [rows.load_person(self._conn, i) for i in ids]

    def delete(self, person_id: int) -> None:
        with self._db.transaction():
            try:
                self._conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            except sqlite3.IntegrityError:
                raise WorkspaceError(
                    "this person took part in recorded meetings; remove them from those first"
                ) from None
            self._search.unindex("person", person_id)
