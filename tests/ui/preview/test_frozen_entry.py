"""One entry point for the frozen build (ui/launcher.py): the editor, the command line, or the
layout process behind the preview and preflight when started with --layout-process, since a
frozen build has no ``python -m``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ui import launcher
from ui.preview import render_process
from ui.preview.render_process import LAYOUT_FLAG, receive

ROOT = Path(__file__).resolve().parents[3]


def test_the_role_follows_the_executable_and_the_flag():
    assert launcher.role("/opt/bb/briefing-book", []) == "gui"
    assert launcher.role("/opt/bb/briefing-book", ["kh.briefing"]) == "gui"
    assert launcher.role("/opt/bb/briefing", ["info", "kh.briefing"]) == "cli"
    assert launcher.role(r"C:\Program Files\Briefing Book\briefing.exe", ["info"]) == "cli"
    assert launcher.role("/opt/bb/briefing-book", [LAYOUT_FLAG]) == "layout"
    assert launcher.role("/opt/bb/briefing", [LAYOUT_FLAG]) == "layout"


def test_the_layout_process_is_started_frozen_or_from_source(monkeypatch):
    assert render_process.command() == [sys.executable, "-m", "ui.preview.render_process"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/bb/briefing-book")
    assert render_process.command() == ["/opt/bb/briefing-book", LAYOUT_FLAG]


def test_the_cli_role_runs_the_command_line(monkeypatch, capsys):
    monkeypatch.setattr(sys, "executable", "/opt/bb/briefing")
    try:
        launcher.main(["--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert "export" in capsys.readouterr().out


def test_the_launcher_with_the_flag_lays_out_a_book(ids, workspace_path, tmp_path):
    """The launcher started as the frozen build starts it (here by the source interpreter)."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "ui" / "launcher.py"), LAYOUT_FLAG],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        book_id = ids["book"]
        for message in (
            {"open": str(workspace_path), "passphrase": None},
            {"render": book_id, "serial": 1},
        ):
            proc.stdin.write(json.dumps(message).encode() + b"\n")
        proc.stdin.flush()
        while True:
            answer = receive(proc.stdout)
            assert answer is not None, proc.stderr.read().decode()[-2000:]
            header, payload = answer
            if header.get("serial") == 1 and ("size" in header or "error" in header):
                break
        assert "error" not in header, header
        assert payload.startswith(b"%PDF") and header["pages"] >= 1
    finally:
        proc.stdin.close()
        assert proc.wait(30) == 0
