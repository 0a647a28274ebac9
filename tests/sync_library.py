"""The shared library in the tests (a pytest plugin, see tests/conftest.py): a throwaway
PostgreSQL cluster for the session, a new library (database) for each test that asks for
one, its users and replicas.

The cluster: initdb in a temporary folder, a free port on 127.0.0.1, password authentication
over TCP (as a ministry's server would have it), stopped and deleted at the end. initdb
refuses to run as root: as root, the cluster runs as the ``postgres`` system user (Debian's
package makes it; created here if missing)."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from briefing.model import Settings
from briefing.store import Workspace

ADMIN, ADMIN_PASSWORD = "library_owner", "owner-secret"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: Debian keeps them in /usr/lib/postgresql/NN/bin (not
    on PATH; the newest is taken), other systems on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).resolve().parent if on_path else None


def required() -> bool:
    """Whether the tests of the shared library must run (CI, which installs PostgreSQL: see
    .ci/run): then a missing server or psycopg fails them instead of skipping them."""
    return bool(os.environ.get("CI") or os.environ.get("BRIEFING_REQUIRE_POSTGRES"))


def _version(path: str) -> float:
    try:
        return float(Path(path).parent.parent.name)
    except ValueError:
        return 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _system_user() -> str | None:
    if os.getuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"],
            check=True,
        )
    return "postgres"


class Cluster:
    def __init__(self) -> None:
        bin_dir = binaries()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (.ci/system-deps installs it)")
        self.bin = bin_dir
        self.user = _system_user()
        self.folder = Path(tempfile.mkdtemp(prefix="briefing-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        pwfile = self.folder / "pw"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        if self.user:
            shutil.chown(self.folder, self.user)
            shutil.chown(pwfile, self.user)
        self._run(
            "initdb", "-D", str(self.data), "-U", ADMIN, f"--pwfile={pwfile}",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync",
        )  # fmt: skip
        self.start()

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin / tool), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, cwd=self.folder)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "start")  # fmt: skip

    def kill(self) -> None:
        """The server dies at once (as on a power cut: no shutdown, running work lost)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    def url(self, user: str = ADMIN, db: str = "postgres", password: str | None = None) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{db}"

    def admin_url(self, db: str = "postgres") -> str:
        return self.url(ADMIN, db, ADMIN_PASSWORD)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


_numbers = itertools.count(1)


def _psycopg():
    if required() or binaries() is not None:
        import psycopg  # the server extra is installed with the tests: its absence fails

        return psycopg
    return pytest.importorskip("psycopg")


@pytest.fixture(scope="session")
def cluster():
    if binaries() is None and not required():
        pytest.skip("PostgreSQL is not installed here (.ci/system-deps installs it)")
    _psycopg()
    c = Cluster()
    yield c
    c.close()


class LibraryUnderTest:
    """A fresh library: its database, owner connection and users (with passwords)."""

    def __init__(self, cluster: Cluster, tmp_path: Path) -> None:
        self.cluster = cluster
        self.n = next(_numbers)
        self.db = f"library_{os.getpid()}_{self.n}"
        from briefing.sync.library import Admin

        psycopg = _psycopg()
        with psycopg.connect(cluster.admin_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.db}"')
        self.admin_url = cluster.admin_url(self.db)
        with Admin(self.admin_url) as admin:
            admin.init()
        self.tmp = tmp_path

    def add_user(self, role: str, ceiling: str | None = None, name: str = "") -> str:
        from briefing.sync.library import Admin

        name = f"{name or role}_{os.getpid()}_{self.n}"
        with Admin(self.admin_url) as admin:
            admin.add_user(name, role, ceiling, password=f"{name}-pw")
        return name

    def url(self, user: str) -> str:
        return self.cluster.url(user, self.db)

    def open(self, user: str):  # noqa: ANN201
        from briefing.sync.library import Library

        return Library(self.url(user), password=f"{user}-pw")

    def replica(self, user: str, name: str, settings: Settings | None = None) -> Workspace:
        """A new replica file of ``user`` (with ``settings``: a workspace of its own that
        joins the library, else an empty one that takes the library's)."""
        path = self.tmp / f"{name}.briefing"
        ws = Workspace.create(path, settings or Settings())
        from briefing.sync import engine

        engine.connect(ws, self.url(user), new_replica=settings is None)
        return ws

    def sync(self, ws: Workspace, user: str):  # noqa: ANN201
        from briefing.sync import engine

        with self.open(user) as lib:
            return engine.sync(ws, lib)

    def sql(self, query: str, args: tuple = ()) -> list[tuple]:
        with _psycopg().connect(self.admin_url, autocommit=True) as conn:
            cur = conn.execute(query, args)
            return cur.fetchall() if cur.description else []


@pytest.fixture
def library(cluster, tmp_path):
    return LibraryUnderTest(cluster, tmp_path)
