"""The command line and languages: a book's language (``briefing book``), the workspace's
words in other languages (``briefing names``), ``export --language``, and the command's own
messages in the locale's language."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from briefing import interchange
from briefing.cli import main
from briefing.store import Workspace

ROOT = Path(__file__).resolve().parents[3]
SAMPLE_JSON = ROOT / "samples" / "cambodia-china.json"


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "sample.briefing"
    interchange.load(json.loads(SAMPLE_JSON.read_text()), path).close()
    return path


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_book_shows_and_sets_the_language_and_digits(sample, capsys):
    code, out, _ = run(capsys, "book", sample, "--book", "1")
    assert code == 0 and out.endswith(": language en (English)\n")
    code, out, _ = run(
        capsys, "book", sample, "--book", "1", "--language", "km", "--digits", "native"
    )
    assert code == 0 and "language km (ខ្មែរ (Khmer)), its own digits" in out
    with Workspace.open(sample, readonly=True) as ws:
        book = ws.books.get(1)
        assert (book.language, book.native_digits) == ("km", True)
    code, _, err = run(capsys, "book", sample, "--book", "1", "--language", "de")
    assert code == 1 and "--language takes one of en, km, fr, zh, not 'de'" in err


def test_export_language_is_for_one_run(sample, tmp_path, capsys):
    pdf = tmp_path / "zh.pdf"
    code, out, err = run(capsys, "export", sample, "--book", "1", "--pdf", pdf, "--language", "zh")
    assert code == 0, err
    assert "marked 机密 // 仅限柬方" in out  # the workspace's names for its level and caveat
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    assert "目录" in text and "第1页，共" in text
    with Workspace.open(sample, readonly=True) as ws:
        assert ws.books.get(1).language == "en"  # the book itself is unchanged


def test_export_digits_for_one_run(sample, tmp_path, capsys):
    run(capsys, "book", sample, "--book", "1", "--language", "km")
    pdf = tmp_path / "km.pdf"
    code, _, err = run(capsys, "export", sample, "--book", "1", "--pdf", pdf, "--digits", "native")
    assert code == 0, err
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    assert "ទំព័រ ១ នៃ" in text


def test_names_lists_and_sets_the_workspace_words(sample, capsys):
    code, out, _ = run(capsys, "names", sample, "--language", "km")
    assert code == 0
    assert "CONFIDENTIAL = រក្សាការសម្ងាត់" in out
    assert "area trade: Trade & investment = ពាណិជ្ជកម្ម និងវិនិយោគ" in out
    code, out, _ = run(
        capsys, "names", sample, "--language", "fr", "--set", "Vientiane=Vientiane (Laos)",
        "--area", "energy=Énergie et mines", "--unset", "Beijing",
    )  # fmt: skip
    assert code == 0
    with Workspace.open(sample, readonly=True) as ws:
        s = ws.settings
        assert s.term("Vientiane", "fr") == "Vientiane (Laos)"
        assert s.term("Beijing", "fr") == "Beijing" and s.term("Beijing", "km") == "ប៉េកាំង"
        assert s.area_name("energy", "fr") == "Énergie et mines"
    assert "Beijing = (none: printed as written)" in out


def test_names_refuses_what_it_cannot_save(sample, capsys):
    code, _, err = run(capsys, "names", sample, "--set", "SECRET=X")
    assert code == 1 and "say which language the names are in" in err
    code, _, err = run(capsys, "names", sample, "--language", "km", "--set", "SECRET")
    assert code == 1 and "--set takes WORD=NAME" in err
    code, _, err = run(capsys, "names", sample, "--language", "km", "--area", "nope=X")
    assert code == 1 and "'nope' is not a cooperation area" in err


def test_messages_follow_the_locale(sample, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "km_KH.UTF-8")
    code, out, _ = run(capsys, "info", sample)
    assert code == 0
    assert "កិច្ចប្រជុំ៖ 1" in out and "ការប្តេជ្ញាចិត្ត៖ 5" in out
    assert "កំពុងអនុវត្ត" in out  # the statuses in Khmer
    code, _, err = run(capsys, "export", sample, "--book", "1")
    assert code == 1 and err.startswith("briefing៖ កំហុស៖ សូមប្រាប់កន្លែងសរសេរឯកសារ៖ --pdf")

    monkeypatch.setenv("LANGUAGE", "fr")  # LANGUAGE comes first
    pdf = tmp_path / "b.pdf"
    code, _, err = run(capsys, "export", sample, "--book", "1", "--pdf", pdf, "--paper", "B5")
    assert code == 1 and "--paper attend A4 ou Letter, pas 'B5'" in err

    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    monkeypatch.delenv("LANGUAGE")
    code, out, _ = run(capsys, "export", sample, "--book", "1", "--pdf", pdf)
    assert code == 0 and "已写入" in out and "页，A4，密级" in out

    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # a language we lack: English
    code, out, _ = run(capsys, "info", sample)
    assert "meetings: 1" in out


def test_a_subprocess_speaks_the_locale_language(sample):
    env = {"PATH": "/usr/bin:/bin", "LANG": "zh_CN.UTF-8", "HOME": str(sample.parent)}
    done = subprocess.run(
        [str(Path(__import__("sys").executable)), "-m", "briefing.cli", "versions", sample,
         "--book", "1"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "尚无印发版本" in done.stdout
