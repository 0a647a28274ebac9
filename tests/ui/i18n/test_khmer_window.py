"""The app started with the Khmer locale shows Khmer on the real window; Preferences ▸ Language
switches without losing what is typed; the core's values are shown in Khmer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from briefing.model import BookStatus, CommitmentStatus, ItemKind, MeetingKind, SectionStatus
from briefing.model.scope import CommitmentRule, SourcesRule, TrackerRule, contents_label
from briefing.store import Workspace
from ui import i18n
from ui.app import apply_font, create_window, register_fonts
from ui.common.labels import label_of
from ui.common.settings import AppSettings

KHMER_MENUS = ["ឯកសារ (&F)", "កែសម្រួល (&E)", "កំណត់ត្រា (&R)", "សៀវភៅ (&B)", "ទិដ្ឋភាព (&V)",
               "ជំនួយ (&H)"]  # fmt: skip


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def _khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def test_system_locale_chooses_the_language(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "km_KH:en")
    assert i18n.resolve("") == "km"
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "km_KH.UTF-8")
    assert i18n.resolve("") == "km"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # a language the interface lacks: English
    assert i18n.resolve("") in ("en", "km")  # (Qt's system locale decides then)
    assert i18n.resolve("en") == "en" and i18n.resolve("km") == "km"


def test_started_in_khmer_the_real_window_shows_khmer_menus(qtbot, monkeypatch, workspace_path):
    monkeypatch.setenv("LANGUAGE", "km")
    settings = AppSettings()
    assert settings.language == ""  # not chosen: the system's
    app = QApplication.instance()
    register_fonts()
    apply_font(app)
    assert i18n.install(i18n.resolve(settings.language)) == "km"
    window = create_window(str(workspace_path), settings)
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles == KHMER_MENUS
    texts = [a.text() for menu in window.menus.menus.values() for a in menu.actions()]
    texts = [t for t in texts if t and not t.startswith("&1 ")]  # recent files are paths
    english = [t for t in texts if not _khmer(t)]
    assert english == [], english
    assert window.new_action.text() == "លំហការងារថ្មី (&N)…"
    assert window.library_dock.windowTitle() == "បណ្ណាល័យ"
    assert _khmer(window.state_label.text())
    # Alt+letters kept, and distinct within each menu
    for menu in window.menus.menus.values():
        keys = [a.text().split("(&")[1][0] for a in menu.actions() if "(&" in a.text()]
        assert len(keys) == len(set(keys)), keys
    # the menus are set in the bundled Khmer face, first in the application font's families
    font = window.menuBar().font()
    assert font.families()[0] == "Noto Sans Khmer"
    assert QFontInfo(font).family() in ("Noto Sans Khmer", "Noto Sans")
    # dates and numbers of widgets follow the Khmer locale; Qt's own buttons are in Khmer too
    assert QLocale().name() == "km_KH"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "បោះបង់"
    assert window.close_workspace()


def test_the_core_values_are_shown_in_khmer(qapp):
    i18n.install("km")
    values = [*BookStatus, *SectionStatus, *MeetingKind, *ItemKind, *CommitmentStatus]
    labels = [r.label for r in (*CommitmentRule, *SourcesRule, *TrackerRule)]
    labels += [contents_label(d) for d in (1, 2, 3)]
    for value in [*values, *labels]:
        assert _khmer(label_of(value)), value
    i18n.install("en")
    assert label_of(CommitmentStatus.IN_PROGRESS) == "in progress"
    assert (
        QCoreApplication.translate("", "a string no catalogue has") == "a string no catalogue has"
    )


def test_switching_language_keeps_what_is_typed(qtbot, win, ids):
    win.resize(1100, 700)
    win.open_record("book", ids["book"])
    editor = win.editors["book"]
    editor.select_part(ids["trade"])
    field = editor.section.fields["objective"]
    field.setFocus()
    qtbot.keyClicks(field, " Typed just before the switch")  # not yet saved: no pause, no focus-out
    from ui.shell.language import switch_language

    khmer = switch_language(win, "km")
    qtbot.addWidget(khmer)
    assert khmer is not win and AppSettings().language == "km"
    assert [a.text() for a in khmer.menuBar().actions() if a.isVisible()] == KHMER_MENUS
    with Workspace.open(win.settings.last_workspace(), readonly=True) as ws:
        stored = ws.books.get(ids["book"]).sections
    assert any("Typed just before the switch" in s.objective for s in stored)
    # the same book is shown, its text in the field, and the workspace is open for writing
    assert khmer.current_editor() is khmer.editors["book"]
    assert khmer.editors["book"].record.id == ids["book"]
    assert khmer.session is not None and not khmer.session.readonly
    khmer.editors["book"].select_part(ids["trade"])
    assert (
        "Typed just before the switch"
        in khmer.editors["book"].section.fields["objective"].toPlainText()
    )
    english = switch_language(khmer, "en")
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.close_workspace()
