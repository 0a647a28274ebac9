"""The frozen Linux release, unpacked from its .tar.gz and run with no network and a read-only
folder: the app starts on the sample and quits cleanly, ``briefing export`` prints what the
source prints, the layout process behind the preview and preflight lays a book out, the
desktop integration registers the .briefing type, and nothing is written into the folder.

Run by ``make dist-test`` after ``make dist`` (not part of ``make test``: the build takes
minutes). Needs root for the mount namespace (as CI and this project's machines run).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from frozen_helpers import (
    SAMPLE_JSON,
    SOURCE_CLI,
    pdf_pages,
    pdf_text,
    release_archive,
    run,
    sandboxed,
    snapshot,
    unpack,
    user_env,
)

from ui.preview.render_process import LAYOUT_FLAG, receive


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    folder = unpack(release_archive(), tmp_path_factory.mktemp("opt"))
    before = snapshot(folder)
    yield folder
    assert snapshot(folder) == before, "something was written into the install folder"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample workspace, made by the source command line."""
    path = tmp_path_factory.mktemp("work") / "cambodia-china.briefing"
    subprocess.run([str(SOURCE_CLI), "load", str(SAMPLE_JSON), str(path)], check=True)
    return path


def frozen(release: Path, name: str) -> str:
    return str(release / "briefing-book" / name)


def test_the_app_starts_on_the_sample_and_quits_cleanly(release, sample, tmp_path):
    env = user_env(tmp_path / "home")
    done = run(
        sandboxed(release, [frozen(release, "briefing-book"), str(sample), "--quit-after", "1"]),
        env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    log = (tmp_path / "home/.local/share/briefing-book/logs/briefing-book.log").read_text()
    assert "window shown after" in log
    assert f"opened {sample}" in log or str(sample) in log
    # the settings went to the platform's config folder, the recent list has the sample
    ini = (tmp_path / "home/.config/briefing-book/briefing-book.ini").read_text()
    assert str(sample) in ini


def test_the_apprun_and_the_cli_symlink_start_it_too(release, sample, tmp_path):
    env = user_env(tmp_path / "home")
    done = run(sandboxed(release, [str(release / "AppRun"), str(sample), "--quit-after", "0"]), env)
    assert done.returncode == 0, done.stderr[-3000:]
    done = run(sandboxed(release, [frozen(release, "briefing"), "info", str(sample)]), env)
    assert done.returncode == 0, done.stderr
    assert "commitments" in done.stdout.lower()


def test_frozen_export_gives_the_pages_and_text_of_the_source_run(release, sample, tmp_path):
    env = user_env(tmp_path / "home")
    out = tmp_path / "out"
    out.mkdir()
    for name, cli in (("frozen", [frozen(release, "briefing")]), ("source", [str(SOURCE_CLI)])):
        command = [*cli, "export", str(sample), "--book", "1"]
        command += ["--pdf", str(out / f"{name}.pdf"), "--docx", str(out / f"{name}.docx")]
        done = run(sandboxed(release, command) if name == "frozen" else command, env)
        assert done.returncode == 0, f"{name}: {done.stderr[-3000:]}"
    assert pdf_pages(out / "frozen.pdf") == pdf_pages(out / "source.pdf") > 5
    assert pdf_text(out / "frozen.pdf") == pdf_text(out / "source.pdf")
    assert _docx_text(out / "frozen.docx") == _docx_text(out / "source.docx")


def _docx_text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return [p.text for p in document.paragraphs] + cells


def test_the_frozen_layout_process_lays_out_and_checks_a_book(release, sample, tmp_path):
    """The preview's and preflight's process: the frozen executable with the flag."""
    env = user_env(tmp_path / "home")
    proc = subprocess.Popen(
        sandboxed(release, [frozen(release, "briefing-book"), LAYOUT_FLAG]),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        for message in ({"open": str(sample), "passphrase": None}, {"render": 1, "serial": 1}):
            proc.stdin.write(json.dumps(message).encode() + b"\n")
        proc.stdin.flush()
        rendering = _answer(proc, lambda h: h.get("serial") == 1 and ("size" in h or "error" in h))
        header, pdf = rendering
        assert "error" not in header, header
        assert pdf.startswith(b"%PDF")
        pdf_path = tmp_path / "preview.pdf"
        pdf_path.write_bytes(pdf)
        assert pdf_pages(pdf_path) > 5
        assert "Objective" in pdf_text(pdf_path)

        proc.stdin.write(json.dumps({"check": 1, "serial": 2}).encode() + b"\n")
        proc.stdin.flush()
        check, _ = _answer(proc, lambda h: h.get("check") == 2 and h.get("complete"))
        assert isinstance(check["findings"], list)
    finally:
        proc.stdin.close()
        assert proc.wait(30) == 0, proc.stderr.read().decode()[-3000:]


def _answer(proc, wanted):  # noqa: ANN001, ANN202
    while True:
        message = receive(proc.stdout)
        assert message is not None, proc.stderr.read().decode()[-3000:]
        if wanted(message[0]):
            return message


def test_no_internet_socket_is_ever_made(release, sample, tmp_path):
    """Beyond the empty network namespace: strace sees no IPv4/IPv6 socket at all."""
    if shutil.which("strace") is None:
        pytest.fail("strace is needed (packaging/linux/dist-deps installs it)")
    env = user_env(tmp_path / "home")
    trace = tmp_path / "trace"
    control = ["python3", "-c", "import socket; socket.socket(socket.AF_INET)"]
    run(["strace", "-f", "-e", "trace=socket", "-o", str(trace), *control], env)
    assert "AF_INET" in trace.read_text()  # the trace would see one
    for command in (
        [frozen(release, "briefing-book"), str(sample), "--quit-after", "1"],
        [frozen(release, "briefing"), "export", str(sample), "--book", "1", "--pdf",
         str(tmp_path / "b.pdf")],
    ):  # fmt: skip
        done = run(
            sandboxed(release, ["strace", "-f", "-e", "trace=socket", "-o", str(trace), *command]),
            env,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        calls = trace.read_text()
        assert "AF_INET" not in calls, calls  # AF_INET and AF_INET6


def test_desktop_integration_opens_a_briefing_file_in_the_app(release, sample, tmp_path):
    """install.sh as a user runs it; then the desktop's own tools resolve a .briefing file to
    the app, and the menu entry's command opens it."""
    env = user_env(tmp_path / "home")
    data = tmp_path / "home/.local/share"
    env["XDG_DATA_DIRS"] = "/usr/share"
    done = run([str(release / "install.sh")], env)
    assert done.returncode == 0, done.stderr
    entry = data / "applications" / "briefing-book.desktop"
    for desktop_file in (entry, release / "briefing-book.desktop"):
        check = run(["desktop-file-validate", str(desktop_file)], env)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    workspace = tmp_path / "My visit.briefing"
    shutil.copy(sample, workspace)
    kind = run(["gio", "info", "-a", "standard::content-type", str(workspace)], env)
    assert "application/x-briefing-book" in kind.stdout, kind.stdout + kind.stderr
    default = run(["gio", "mime", "application/x-briefing-book"], env)
    assert "briefing-book.desktop" in default.stdout.split("\n")[0], default.stdout
    for size in (16, 32, 48, 256, 512):
        assert (data / f"icons/hicolor/{size}x{size}/apps/briefing-book.png").is_file()
    # the double-click: the entry's Exec line with %f replaced by the file
    exec_line = next(s for s in entry.read_text().splitlines() if s.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split(" %f")[0].strip('"')
    done = run(sandboxed(release, [program, str(workspace), "--quit-after", "1"]), env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert str(workspace) in (tmp_path / "home/.config/briefing-book/briefing-book.ini").read_text()
    assert (tmp_path / "home/.local/bin/briefing").resolve() == Path(
        frozen(release, "briefing")
    ).resolve()
    done = run([str(release / "install.sh"), "--uninstall"], env)
    assert done.returncode == 0 and not entry.exists(), done.stderr


def test_every_module_of_the_runtime_libraries_is_in_the_bundle(release):
    """Including those imported in ways PyInstaller cannot follow (reportlab's C accelerator)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import bundle

    inside = release / "briefing-book" / "_internal"
    for module in bundle.top_level_modules():
        found = (inside / module).is_dir() or any(inside.glob(f"{module}.*"))
        assert found, module
