"""Fixtures of the sync tests: one throwaway PostgreSQL cluster for the session
(:mod:`pg_cluster`), a new library (database) for each test, users, replicas."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from pg_cluster import Cluster, binaries

from briefing.model import Settings
from briefing.store import Workspace
from briefing.sync import engine
from briefing.sync.library import Admin, Library

psycopg = pytest.importorskip("psycopg") if not os.environ.get("CI") else __import__("psycopg")

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def cluster():
    if binaries() is None and not os.environ.get("CI"):
        pytest.skip("PostgreSQL is not installed here (.ci/system-deps installs it)")
    c = Cluster()
    yield c
    c.close()


class LibraryUnderTest:
    """A fresh library: its database, owner connection and users (with passwords)."""

    def __init__(self, cluster: Cluster, tmp_path: Path) -> None:
        self.cluster = cluster
        self.n = next(_numbers)
        self.db = f"library_{os.getpid()}_{self.n}"
        with psycopg.connect(cluster.admin_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.db}"')
        self.admin_url = cluster.admin_url(self.db)
        with Admin(self.admin_url) as admin:
            admin.init()
        self.tmp = tmp_path

    def add_user(self, role: str, ceiling: str | None = None, name: str = "") -> str:
        name = f"{name or role}_{os.getpid()}_{self.n}"
        with Admin(self.admin_url) as admin:
            admin.add_user(name, role, ceiling, password=f"{name}-pw")
        return name

    def url(self, user: str) -> str:
        return self.cluster.url(user, self.db)

    def open(self, user: str) -> Library:
        return Library(self.url(user), password=f"{user}-pw")

    def replica(self, user: str, name: str, settings: Settings | None = None) -> Workspace:
        """A new replica file of ``user`` (with ``settings``: a workspace of its own that
        joins the library, else an empty one that takes the library's)."""
        path = self.tmp / f"{name}.briefing"
        ws = Workspace.create(path, settings or Settings())
        engine.connect(ws, self.url(user), new_replica=settings is None)
        return ws

    def sync(self, ws: Workspace, user: str) -> engine.Report:
        with self.open(user) as lib:
            return engine.sync(ws, lib)

    def sql(self, query: str, args: tuple = ()) -> list[tuple]:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            cur = conn.execute(query, args)
            return cur.fetchall() if cur.description else []


@pytest.fixture
def library(cluster, tmp_path):
    return LibraryUnderTest(cluster, tmp_path)
