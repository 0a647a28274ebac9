"""Offline by construction: app start, a full export and an import with sockets forbidden.

Two ways, because each misses what the other catches:

- in this process, ``socket.socket``, ``socket.create_connection`` and the name look-ups are
  replaced by functions that record the attempt and raise (an attempt that some code catches
  and hides still fails the test);
- in a fresh interpreter, an audit hook installed before the project is imported refuses the
  creation of any socket and every connect, bind and name look-up, whatever module asks and
  however it imported ``socket``.
"""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from offline_run import run_all

RUNNER = Path(__file__).with_name("offline_run.py")


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name: str):  # noqa: ANN202
        def blocked(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            attempts.append(f"{name}{args[:2]}")
            raise OSError(f"network access attempted in an offline test: {name}")

        return blocked

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            refuse("socket.socket")(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


@pytest.fixture
def folders(tmp_path, monkeypatch):
    for var, sub in (("BRIEFING_BOOK_CONFIG_DIR", "config"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    (tmp_path / "config").mkdir()
    return tmp_path


def _check(result: dict) -> None:  # noqa: ANN001
    assert result["title"].startswith("cambodia-china.briefing")
    assert result["pdf_pages"] > 5
    assert result["docx_bytes"] > 10_000
    assert result["items"] > 5


def test_offline_in_process(qapp, folders, no_network):
    result = run_all(folders)
    assert no_network == []
    _check(result)


_GUARD = r"""
import sys

FORBIDDEN = {
    "socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto",
}
attempts = []

def hook(event, args):
    if event in FORBIDDEN:
        attempts.append(event)
        raise PermissionError(f"network access attempted in an offline run: {event}")

sys.addaudithook(hook)  # first, before anything of the project is imported

import runpy
sys.argv = [sys.argv[1], sys.argv[2]]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
finally:
    print(f"network attempts: {len(attempts)} {sorted(set(attempts))}", flush=True)
"""


def test_offline_in_a_fresh_interpreter(folders):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFING_BOOK_CONFIG_DIR": str(folders / "config"),
        "BRIEFING_DATA_DIR": str(folders / "data"),
        "XDG_CONFIG_HOME": str(folders / "config"),
        "XDG_DATA_HOME": str(folders / "data"),
        "PYTHONPATH": str(RUNNER.parent),
    }
    done = subprocess.run(
        [sys.executable, "-c", _GUARD, str(RUNNER), str(folders)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "network attempts: 0 []" in done.stdout, done.stdout
    result = ast.literal_eval(done.stdout.splitlines()[0])
    _check(result)


def test_the_guard_would_notice(folders):
    """The audit hook really stops a socket (so a pass above means something)."""
    probe = folders / "probe.py"
    probe.write_text("import socket\nsocket.create_connection(('192.0.2.1', 80), timeout=1)\n")
    done = subprocess.run(
        [sys.executable, "-c", _GUARD, str(probe), str(folders)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "network access attempted in an offline run: socket." in done.stderr
    assert "network attempts: 1" in done.stdout or "network attempts: 2" in done.stdout
