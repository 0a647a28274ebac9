"""``ws.settings`` and its repository: countries, ministry, classification levels, areas."""

from __future__ import annotations

import copy
import json

from briefing.model import Area, ClassificationScheme, Clearer, Settings
from briefing.store.base import Repository
from briefing.store.errors import WorkspaceError

#: tables whose rows carry a classification level, with how to name them to the user
CLASSIFIED = (("books", "book"), ("sections", "section"), ("items", "record item"))
#: tables whose rows carry a side (a country or "Both"), and the column
SIDES = (("people", "side"), ("items", "side"), ("commitments", "owed_by"))


class SettingsRepository(Repository):
    def __init__(self, db) -> None:  # noqa: ANN001
        super().__init__(db)
        self._cache: Settings | None = None

    def get(self) -> Settings:
        """A copy of the settings: change it, then :meth:`save`."""
        return copy.deepcopy(self.cached())

    def cached(self) -> Settings:
        """The settings as stored (do not change this object)."""
        if self._cache is None:
            self._cache = self._load()
        return self._cache

    def _load(self) -> Settings:
        meta = dict(self._conn.execute("SELECT key, value FROM meta"))
        areas = [
            Area(k, n, json.loads(names))
            for k, n, names in self._conn.execute(
                "SELECT key, name, names FROM areas ORDER BY position"
            )
        ]
        return Settings(
            countries=json.loads(meta.get("countries", "[]")),
            ministry=json.loads(meta.get("ministry", '""')),
            department=json.loads(meta.get("department", '""')),
            classification=ClassificationScheme(json.loads(meta["levels"]))
            if "levels" in meta
            else ClassificationScheme(),
            areas=areas,
            terms=json.loads(meta.get("terms", "{}")),
            clearers=[Clearer(**c) for c in json.loads(meta.get("clearers", "[]"))],
        )

    def save(self, settings: Settings) -> None:
        """Save settings; areas are matched by key, so renaming one keeps its items."""
        problems = settings.problems()
        if problems:
            where, problem = problems[0]
            raise WorkspaceError(f"the settings cannot be saved: {where}: {problem}")
        keys = [a.key for a in settings.areas]
        self._cache = None
        with self._db.transaction():
            values = {
                "countries": settings.countries,
                "ministry": settings.ministry,
                "department": settings.department,
                "levels": settings.classification.levels,
                "terms": settings.terms,
                "clearers": [
                    {"key": c.key, "name": c.name, "title": c.title} for c in settings.clearers
                ],
            }
            for key, value in values.items():
                self._conn.execute(
                    "INSERT INTO meta(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )
            existing = {k for (k,) in self._conn.execute("SELECT key FROM areas")}
            for position, area in enumerate(settings.areas):
                self._conn.execute(
                    "INSERT INTO areas(key, name, position, names) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
                    "position = excluded.position, names = excluded.names",
                    (area.key, area.name, position, json.dumps(area.names, ensure_ascii=False)),
                )
            for gone in existing - set(keys):
                if self.area_in_use(gone):
                    raise WorkspaceError(
                        f"the cooperation area '{gone}' is still used by records; "
                        "move them to another area first"
                    )
                self._conn.execute("DELETE FROM areas WHERE key = ?", (gone,))
        self._cache = None

    def rename_area_key(self, old: str, new: str) -> None:
        """Change an area's key; items, commitments and sections follow (ON UPDATE CASCADE)."""
        with self._db.transaction():
            self._conn.execute("UPDATE areas SET key = ? WHERE key = ?", (new, old))
        self._cache = None

    def area_in_use(self, key: str) -> bool:
        for table in ("items", "commitments", "sections"):
            if self._conn.execute(
                f"SELECT 1 FROM {table} WHERE area = ? LIMIT 1", (key,)
            ).fetchone():
                return True
        return False

    def check_area(self, key: str | None) -> None:
        if key is not None and key not in {a.key for a in self.cached().areas}:
            raise WorkspaceError(f"'{key}' is not a cooperation area of this workspace")

    def levels_in_use(self) -> dict[str, dict[str, int]]:
        """{level: {"book": n, "section": n, "record item": n}} for every level in use."""
        found: dict[str, dict[str, int]] = {}
        for table, label in CLASSIFIED:
            for level, count in self._conn.execute(
                f"SELECT classification, COUNT(*) FROM {table} "
                "WHERE classification != '' GROUP BY classification"
            ):
                found.setdefault(level, {})[label] = count
        return found

    def rename_levels(self, renames: dict[str, str]) -> None:
        """Carry records marked with a renamed level over to its new name; in two passes, so
        that swapping two names (A→B, B→A) does not merge them."""
        self._rename(renames, [(t, "classification") for t, _label in CLASSIFIED])

    def rename_sides(self, renames: dict[str, str]) -> None:
        """Carry the sides of people, items and commitments over to renamed countries."""
        self._rename(renames, list(SIDES))

    def _rename(self, renames: dict[str, str], columns: list[tuple[str, str]]) -> None:
        moves = [(o, n) for o, n in renames.items() if o and n and o != n]
        with self._db.transaction():
            for step in (0, 1):
                for old, new in moves:
                    for table, column in columns:
                        self._conn.execute(
                            f"UPDATE {table} SET {column} = ? WHERE {column} = ?",
                            ("\x01" + new, old) if step == 0 else (new, "\x01" + new),
                        )
