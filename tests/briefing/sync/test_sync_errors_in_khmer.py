"""A shared library that cannot be reached, a workspace not connected to one, an address that
is not one: provoked for real, each said in Khmer with no English template left and in English
exactly as before."""

from __future__ import annotations

import socket

import pytest

from briefing.store import Workspace
from briefing.sync import engine
from briefing.sync.library import Library, LibraryError, check_url


def _free_port() -> int:
    """A local port nothing listens on (bound, then released): connecting is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_sync_to_an_unreachable_server(in_khmer):
    url = f"postgresql://desk@127.0.0.1:{_free_port()}/library"
    with pytest.raises(LibraryError) as info:
        Library(url, connect_timeout=2)
    exc = info.value
    assert str(exc).startswith(f"{url}: cannot connect to the shared library (")
    text = in_khmer(exc)
    assert url in text and "បណ្ណាល័យរួម" in text  # "the shared library"


def test_a_workspace_not_connected_to_a_library(tmp_path, settings, in_khmer):
    ws = Workspace.create(tmp_path / "alone.briefing", settings)
    try:
        with pytest.raises(LibraryError) as info:
            engine.sync(ws, lib=None)  # type: ignore[arg-type]  # refused before any use
    finally:
        ws.close()
    assert str(info.value) == f"{ws.path}: is not connected to a shared library"
    assert str(ws.path) in in_khmer(info.value)


def test_an_address_that_is_not_a_library(in_khmer):
    with pytest.raises(LibraryError) as info:
        check_url("https://library.example/desk")
    assert str(info.value) == (
        "'https://library.example/desk' is not the address of a shared library; "
        "it starts with postgresql://"
    )
    assert "postgresql://" in in_khmer(info.value)
