"""UI tests drive the real widgets offscreen, each with its own config folder and workspace."""

from __future__ import annotations

import datetime as dt
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

import pytest  # noqa: E402

from briefing.model import (  # noqa: E402
    Item,
    ItemKind,
    Meeting,
    MeetingKind,
    Name,
    Office,
    Participant,
    Person,
    Settings,
)
from briefing.store import Workspace  # noqa: E402


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_BOOK_CONFIG_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return folder


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """A message box would block a test: record them instead; ``asked`` answers questions."""
    from ui import messages

    shown: list[tuple[str, str, str]] = []
    answers: list[bool] = []

    def error(parent, title, text):  # noqa: ANN001
        shown.append(("error", title, text))

    def ask(parent, title, text, yes, no):  # noqa: ANN001
        shown.append(("ask", title, text))
        return answers.pop(0) if answers else True

    monkeypatch.setattr(messages, "error", error)
    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(messages, "info", lambda *a: shown.append(("info", a[1], a[2])))
    return shown, answers


@pytest.fixture(autouse=True)
def passphrases(monkeypatch):
    """The passphrase dialog would block a test: it answers from this list, then cancels."""
    from ui.dialogs.passphrase import PassphraseDialog

    answers: list[str] = []
    asked: list[str] = []

    def get_passphrase(cls, parent, title, text, new=False):  # noqa: ANN001
        asked.append(text)
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(PassphraseDialog, "get_passphrase", classmethod(get_passphrase))
    return answers, asked


def make_workspace(path) -> None:  # noqa: ANN001
    ws = Workspace.create(
        path, Settings(countries=["Cambodia", "China"], ministry="Ministry of Foreign Affairs")
    )
    manet = Person(
        [Name("HUN Manet"), Name("ហ៊ុន ម៉ាណែត", "Khmr")],
        side="Cambodia",
        honorific="Samdech Moha Borvor Thipadei",
        offices=[Office("Prime Minister", dt.date(2023, 8, 22))],
    )
    li = Person(
        [Name("LI Qiang"), Name("李强", "Hans")],
        side="China",
        honorific="H.E.",
        offices=[Office("Premier of the State Council", dt.date(2023, 3, 11))],
    )
    ws.save_person(manet)
    ws.save_person(li)
    ws.save_meeting(
        Meeting(
            date=dt.date(2024, 10, 10),
            kind=MeetingKind.MARGINS,
            city="Vientiane",
            country="Lao PDR",
            occasion="44th and 45th ASEAN Summits",
            participants=[Participant(manet.id, "head of delegation"), Participant(li.id)],
            items=[
                Item(
                    "trade",
                    "China",
                    ItemKind.PLEDGE,
                    "Increase imports of Cambodian agricultural products.",
                ),
                Item(
                    "energy",
                    "Both",
                    ItemKind.AGREEMENT,
                    "Strengthen cooperation on clean energy, solar and hydropower.",
                ),
                Item("political", "Both", ItemKind.STATEMENT, "Reaffirmed traditional friendship."),
            ],
        )
    )
    ws.save_meeting(
        Meeting(
            date=dt.date(2023, 9, 15),
            city="Beijing",
            country="China",
            items=[Item("trade", "Cambodia", ItemKind.REQUEST, "Asked for more rice quotas.")],
        )
    )
    ws.close()


@pytest.fixture
def workspace_path(tmp_path):
    path = tmp_path / "test.briefing"
    make_workspace(path)
    return path


@pytest.fixture
def window(qtbot, workspace_path):
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    assert win.open_workspace(workspace_path)
    win.show()
    yield win
    if win.session is not None:
        win.close_workspace()
