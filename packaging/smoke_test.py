"""The frozen build's smoke test, on any of the three systems (CI runs it after each build;
``make dist-test`` runs it on Linux beside the fuller packaging/tests).

    python packaging/smoke_test.py APP CLI [--source-cli CLI]

APP is the editor (``dist/briefing-book/briefing-book``, ``…\\briefing-book.exe``,
``dist/Briefing Book.app/Contents/MacOS/briefing-book``), CLI the ``briefing`` beside it.
Checks, with settings and data in a fresh folder: the app starts offscreen on the sample and
quits cleanly; the frozen ``briefing export`` gives a PDF of the same pages and text as the
source command (pypdf, so no poppler is needed); the layout process behind the preview lays the
book out; nothing is written into the install folder. Prints what it checked; exit 1 on the
first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYOUT_FLAG = "--layout-process"  # ui.preview.render_process.LAYOUT_FLAG


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", BRIEFING_DATA_DIR=str(home / "data"))
    env["BRIEFING_BOOK_CONFIG_DIR"] = str(home / "config")
    return env


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def pdf_facts(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def check(ok: bool, what: str, detail: str = "") -> None:
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        if detail:
            print(detail[-3000:], file=sys.stderr)
        raise SystemExit(1)


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def layout(app: Path, sample: Path, env: dict[str, str]) -> tuple[dict, bytes]:
    from ui.preview.render_process import receive

    proc = subprocess.Popen(
        [str(app), LAYOUT_FLAG], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
    )
    try:
        for message in ({"open": str(sample), "passphrase": None}, {"render": 1, "serial": 1}):
            proc.stdin.write(json.dumps(message).encode() + b"\n")
        proc.stdin.flush()
        while True:
            answer = receive(proc.stdout)
            if answer is None:
                return {"error": "the process ended without an answer"}, b""
            if answer[0].get("serial") == 1 and ("size" in answer[0] or "error" in answer[0]):
                return answer
    finally:
        proc.stdin.close()
        proc.wait(60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("app", type=Path)
    parser.add_argument("cli", type=Path)
    parser.add_argument("--source-cli", default=None, help="default: briefing on PATH")
    args = parser.parse_args(argv)
    install = args.app.resolve().parent
    while install.parent != install and install.name not in ("briefing-book", "Contents"):
        install = install.parent
    before = snapshot(install)
    work = Path(tempfile.mkdtemp(prefix="smoke-"))
    env = env_for(work / "home")
    source_cli = args.source_cli or "briefing"

    sample = work / "cambodia-china.briefing"
    done = run(
        [str(args.cli), "load", str(ROOT / "samples" / "cambodia-china.json"), str(sample)], env
    )
    check(done.returncode == 0 and sample.exists(), "frozen briefing load", done.stderr)

    start = time.perf_counter()
    done = run([str(args.app), str(sample), "--quit-after", "2"], env)
    took = time.perf_counter() - start
    log = work / "home" / "data" / "logs" / "briefing-book.log"
    shown = log.exists() and "window shown after" in log.read_text(encoding="utf-8")
    detail = done.stderr + (log.read_text(encoding="utf-8") if log.exists() else "")
    check(
        done.returncode == 0 and shown,
        f"the app starts on the sample and quits ({took:.1f} s)",
        detail,
    )

    facts = {}
    for name, cli in (("frozen", str(args.cli)), ("source", source_cli)):
        pdf = work / f"{name}.pdf"
        docx = work / f"{name}.docx"
        command = [
            cli,
            "export",
            str(sample),
            "--book",
            "1",
            "--pdf",
            str(pdf),
            "--docx",
            str(docx),
        ]
        done = run(command, env)
        check(
            done.returncode == 0 and pdf.exists() and docx.exists(), f"{name} export", done.stderr
        )
        facts[name] = pdf_facts(pdf)
    pages = (facts["frozen"][0], facts["source"][0])
    check(pages[0] == pages[1] > 5, f"the same pages ({pages[0]} and {pages[1]})")
    check(facts["frozen"][1] == facts["source"][1], "the same text")

    header, pdf = layout(args.app, sample, env)
    laid_out = "error" not in header and pdf.startswith(b"%PDF") and header.get("pages", 0) > 5
    check(
        laid_out, f"the layout process lays the book out ({header.get('pages')} pages)", str(header)
    )

    check(snapshot(install) == before, f"nothing written into {install}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
