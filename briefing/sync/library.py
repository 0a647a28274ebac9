"""The connection to a shared library (PostgreSQL, through psycopg 3), and its administration.

psycopg is an optional dependency (``pip install 'briefing-book[server]'``): without it the
app works as a single file, and anything that needs the library says what to install.
Authentication and TLS are PostgreSQL's (the URL's ``sslmode``, ``~/.pgpass``, client
certificates): a password is never stored in the workspace.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from briefing.errors import BriefingError
from briefing.sync import words as w
from briefing.sync.server_schema import CURRENT_VERSION, MIGRATIONS

ROLES = ("desk", "contributor", "clearer", "reader")
#: SQLSTATEs raised by briefing.push
STALE, APPEND_ONLY, REFUSED = "BBST1", "BBAO1", "42501"
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
#: one push at a time in a library: sequence numbers are then committed in their order, so a
#: replica that pulled up to N never misses a change numbered below N
PUSH_LOCK = 18_1851


class LibraryError(BriefingError):
    """The library cannot be reached, refuses, or is not one."""


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise LibraryError(w.NO_PSYCOPG) from None
    return psycopg


def public_url(url: str) -> str:
    """The URL without its password (what a workspace may keep and a message may show)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def check_url(url: str) -> str:
    if not url.startswith(("postgresql://", "postgres://")):
        raise LibraryError(w.NOT_AN_ADDRESS, url=repr(url))
    return url


@dataclass
class Pulled:
    """What a pull brought: records (uid, kind, doc or None if deleted, seq) in the library's
    order, the uids of records this user may no longer read, the high-water sequence number
    of the snapshot and the user's grant epoch."""

    records: list[tuple[str, str, dict | None, int]]
    withdrawn: list[str]
    high_water: int
    epoch: int


class Library:
    """An open connection to a shared library as one user."""

    def __init__(self, url: str, password: str | None = None, *, connect_timeout: int = 10):
        psycopg = _psycopg()
        self.url = public_url(check_url(url))
        kwargs: dict[str, Any] = {"connect_timeout": connect_timeout, "autocommit": True}
        if password is not None:
            kwargs["password"] = password
        try:
            self.conn = psycopg.connect(url, **kwargs)
        except psycopg.OperationalError as exc:
            raise LibraryError(w.CANNOT_CONNECT, url=self.url, reason=_first(exc)) from None
        self.user = self.conn.info.user

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ checks

    def version(self) -> int:
        row = self._one(
            "SELECT CASE WHEN to_regclass('briefing.schema_version') IS NULL THEN -1 ELSE 0 END"
        )
        if row[0] < 0:
            return 0
        return self._one("SELECT version FROM briefing.schema_version")[0]

    def check_member(self) -> int:
        """The user's grant epoch, or a LibraryError saying why this user cannot sync."""
        version = self.version()
        if version == 0:
            raise LibraryError(w.NOT_A_LIBRARY, url=self.url)
        if version > CURRENT_VERSION:
            raise LibraryError(w.NEWER_LIBRARY, url=self.url, version=version)
        epoch = self._one("SELECT briefing.my_epoch()")[0]
        if epoch is None:
            raise LibraryError(w.NOT_A_MEMBER_HERE, url=self.url, user=self.user)
        return epoch

    def _one(self, sql: str, args: tuple = ()) -> tuple:
        return self._run(lambda cur: cur.execute(sql, args).fetchone())

    def _run(self, work: Any) -> Any:
        psycopg = _psycopg()
        try:
            with self.conn.cursor() as cur:
                return work(cur)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise LibraryError(w.NOT_ALLOWED, url=self.url, reason=_first(exc)) from None
        except psycopg.OperationalError as exc:
            raise LibraryError(w.CONNECTION_LOST, url=self.url, reason=_first(exc)) from None

    # ------------------------------------------------------------------ sync

    def pull(self, since: int) -> Pulled:
        """Every record this user may read changed after ``since``, in one snapshot."""
        psycopg = _psycopg()
        try:
            with self.conn.transaction():
                cur = self.conn.cursor()
                cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                cur.execute(
                    "SELECT uid::text, kind, doc, seq FROM briefing.records WHERE seq > %s "
                    "ORDER BY seq",
                    (since,),
                )
                found = [(u, k, d, s) for u, k, d, s in cur.fetchall()]
                cur.execute("SELECT w::text FROM briefing.withdrawn(%s) AS w", (since,))
                gone = [u for (u,) in cur.fetchall()]
                cur.execute("SELECT briefing.high_water(), briefing.my_epoch()")
                high, epoch = cur.fetchone()
        except psycopg.OperationalError as exc:
            raise LibraryError(w.CONNECTION_LOST, url=self.url, reason=_first(exc)) from None
        return Pulled(found, gone, high, epoch or 0)

    @contextmanager
    def pushing(self) -> Iterator[Pusher]:
        """One transaction of changes: all of them are in the library, or none."""
        psycopg = _psycopg()
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
                yield Pusher(self.conn)
        except psycopg.OperationalError as exc:
            raise LibraryError(w.CONNECTION_LOST, url=self.url, reason=_first(exc)) from None


class Pusher:
    """Changes pushed inside :meth:`Library.pushing`; each in a savepoint, so a refused one
    leaves the others."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def push(
        self, uid: str, kind: str, base: int, doc: dict | None, replica: str
    ) -> tuple[int | None, str | None, str]:
        """(new sequence number, None, "") or (None, SQLSTATE, message) when refused."""
        psycopg = _psycopg()
        try:
            with self.conn.transaction():
                row = self.conn.execute(
                    "SELECT briefing.push(%s, %s, %s, %s, %s)",
                    (uid, kind, base, json.dumps(doc) if doc is not None else None, replica),
                ).fetchone()
            return row[0], None, ""
        except psycopg.errors.DatabaseError as exc:
            if isinstance(exc, psycopg.OperationalError) and exc.sqlstate is None:
                raise
            return None, exc.sqlstate or "", _first(exc)


def _first(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# ---------------------------------------------------------------------- administration


def group_role(dbname: str) -> str:
    """The group role of the library in database ``dbname`` (roles are cluster-wide)."""
    return "briefing_" + re.sub(r"[^a-z0-9_]", "_", dbname.lower())[:50] + "_members"


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise LibraryError(w.BAD_NAME, name=repr(name))
    return name


class Admin:
    """What ``briefing server`` does, connected as the library's owner (a role that may create
    roles: the ministry's database administrator)."""

    def __init__(self, url: str, password: str | None = None) -> None:
        self.lib = Library(url, password)
        self.conn = self.lib.conn
        self.group = group_role(self.conn.info.dbname)

    def close(self) -> None:
        self.lib.close()

    def __enter__(self) -> Admin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sql(self, sql: Any, args: tuple | None = None) -> Any:
        psycopg = _psycopg()
        try:
            return self.conn.execute(sql, args)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise LibraryError(
                w.MAY_NOT, url=self.lib.url, user=self.lib.user, reason=_first(exc)
            ) from None
        except psycopg.errors.DatabaseError as exc:
            raise LibraryError(f"{self.lib.url}: {_first(exc)}") from None

    def init(self) -> tuple[int, int]:
        """Create or upgrade the library's schema: (version before, version now)."""
        from psycopg import sql

        before = self.lib.version()
        if before > CURRENT_VERSION:
            raise LibraryError(w.NEWER_LIBRARY, url=self.lib.url, version=before)
        with self.conn.transaction():
            if not self._sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (self.group,)).fetchone():
                self._sql(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(self.group)))
            for version in range(before, CURRENT_VERSION):
                script = MIGRATIONS[version].replace("{members}", f'"{self.group}"')
                self._sql(script)
                self._sql("UPDATE briefing.schema_version SET version = %s", (version + 1,))
        return before, CURRENT_VERSION

    def _check_ready(self) -> None:
        if self.lib.version() == 0:
            raise LibraryError(w.NOT_A_LIBRARY, url=self.lib.url)

    def _levels(self) -> list[str] | None:
        row = self._sql(
            "SELECT doc -> 'levels' FROM briefing.records "
            "WHERE uid = '00000000-0000-4000-8000-000000000000'"
        ).fetchone()
        return list(row[0]) if row and row[0] is not None else None

    def _check_ceiling(self, ceiling: str | None) -> None:
        levels = self._levels()
        if ceiling is not None and levels is not None and ceiling not in levels:
            raise LibraryError(w.NOT_A_LEVEL, ceiling=ceiling, levels=", ".join(levels))

    def add_user(
        self, name: str, role: str, ceiling: str | None = None, password: str | None = None
    ) -> None:
        from psycopg import sql

        self._check_ready()
        check_name(name)
        if role not in ROLES:
            raise LibraryError(w.NOT_A_ROLE, role=role, roles=", ".join(ROLES))
        self._check_ceiling(ceiling)
        with self.conn.transaction():
            if self._sql("SELECT 1 FROM briefing.members WHERE name = %s", (name,)).fetchone():
                raise LibraryError(w.ALREADY_MEMBER, name=name)
            ident = sql.Identifier(name)
            if self._sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                self._sql(sql.SQL("ALTER ROLE {} LOGIN").format(ident))
            else:
                self._sql(sql.SQL("CREATE ROLE {} LOGIN").format(ident))
            if password is not None:
                self._sql(sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(password)))
            self._sql(sql.SQL("GRANT {} TO {}").format(sql.Identifier(self.group), ident))
            self._sql(
                "INSERT INTO briefing.members(name, role, ceiling) VALUES (%s, %s, %s)",
                (name, role, ceiling),
            )

    def grant(
        self,
        name: str,
        *,
        role: str | None = None,
        ceiling: str | None = None,
        no_ceiling: bool = False,
        sections: list[str] = (),  # type: ignore[assignment]
        book: str | None = None,
    ) -> list[str]:
        """Change a member's role or ceiling, or assign sections (by uid, or by title within
        ``book``, itself a uid or title); returns what was done, in words. The member's
        replicas pull everything again at their next sync."""
        self._check_ready()
        if role is not None and role not in ROLES:
            raise LibraryError(w.NOT_A_ROLE, role=role, roles=", ".join(ROLES))
        self._check_ceiling(ceiling)
        done = []
        with self.conn.transaction():
            if not self._sql("SELECT 1 FROM briefing.members WHERE name = %s", (name,)).fetchone():
                raise LibraryError(w.NOT_A_MEMBER, name=name)
            if role is not None:
                self._sql("UPDATE briefing.members SET role = %s WHERE name = %s", (role, name))
                done.append(f"{name} is now {role}")
            if ceiling is not None or no_ceiling:
                self._sql(
                    "UPDATE briefing.members SET ceiling = %s WHERE name = %s", (ceiling, name)
                )
                done.append(f"{name}'s ceiling is now {ceiling or 'none'}")
            for ref in sections:
                uid, title = self._section(ref, book)
                self._sql(
                    "INSERT INTO briefing.assignments(section, member) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING",
                    (uid, name),
                )
                done.append(f"“{title}” assigned to {name}")
            self._sql("UPDATE briefing.members SET epoch = epoch + 1 WHERE name = %s", (name,))
        return done

    def _section(self, ref: str, book: str | None) -> tuple[str, str]:
        if _is_uuid(ref):
            row = self._sql(
                "SELECT uid::text, doc ->> 'title' FROM briefing.records WHERE uid = %s "
                "AND kind = 'section' AND doc IS NOT NULL",
                (ref,),
            ).fetchone()
        else:
            if book is None:
                raise LibraryError(w.NAME_THE_BOOK)
            books = self._sql(
                "SELECT uid FROM briefing.records WHERE kind = 'book' AND doc IS NOT NULL AND "
                "(uid::text = %s OR lower(doc ->> 'title') = lower(%s))",
                (book, book),
            ).fetchall()
            if len(books) != 1:
                raise LibraryError(w.MANY_BOOKS if books else w.NO_BOOK, book=book)
            row = self._sql(
                "SELECT uid::text, doc ->> 'title' FROM briefing.records WHERE kind = 'section' "
                "AND doc IS NOT NULL AND book = %s AND lower(doc ->> 'title') = lower(%s)",
                (books[0][0], ref),
            ).fetchone()
        if row is None:
            raise LibraryError(w.NO_SECTION, ref=ref)
        return row[0], row[1]

    def revoke(self, name: str) -> None:
        """A lost laptop: the user can no longer log in, and their sessions are ended."""
        from psycopg import sql

        with self.conn.transaction():
            if not self._sql(
                "UPDATE briefing.members SET revoked = true WHERE name = %s RETURNING 1", (name,)
            ).fetchone():
                raise LibraryError(w.NOT_A_MEMBER, name=name)
            self._sql(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(name)))
        self._sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (name,)
        )

    def members(self) -> list[tuple[str, str, str | None, bool]]:
        self._check_ready()
        return list(
            self._sql("SELECT name, role, ceiling, revoked FROM briefing.members ORDER BY name")
        )


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
