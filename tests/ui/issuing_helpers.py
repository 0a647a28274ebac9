"""A book to issue: briefs with text, one left empty, a counterpart without a biography and an
overdue commitment, so that preflight has something of every kind to say."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from briefing.model import Book, Commitment, Section
from briefing.store import Workspace


def add_book(path: Path) -> dict[str, int]:
    """Add the book to the workspace file; the ids of what preflight will name."""
    ws = Workspace.open(path)
    try:
        li = next(p for p in ws.people.all() if p.display_name == "LI Qiang")
        meeting = next(
            m for m in (ws.meetings.get(s.id) for s in ws.meetings.summaries()) if m.items
        )
        next(i for i in meeting.items if i.area == "energy").classification = "SECRET"
        ws.meetings.save(meeting)
        energy_id = next(i.id for i in ws.meetings.get(meeting.id).items if i.area == "energy")
        overdue = Commitment(  # tracked from the SECRET item: two findings
            "Build two solar parks in Kampong Chhnang.",
            "China",
            "energy",
            meeting_id=meeting.id,
            item_id=energy_id,
            due=dt.date(2020, 1, 1),
        )
        ws.commitments.save(overdue)
        book = Book(
            "Visit to Beijing",
            place="Beijing",
            start_date=dt.date(2025, 6, 14),
            classification="CONFIDENTIAL",
            counterparts=[li.id],
            sections=[
                Section(
                    "Trade",
                    area="trade",
                    objective="Grow rice exports.",
                    points="- Thank China for the rice quota.\n- Ask for faster inspections.",
                    background="Trade grew by a tenth last year.",
                ),
                Section("Culture", area="people"),  # empty: a finding
                Section(
                    "Energy",
                    area="energy",
                    objective="Clean energy.",
                    points="- Welcome the solar parks.",
                ),
            ],
        )
        ws.books.save(book)
        return {
            "book": book.id,
            "trade": book.sections[0].id,
            "culture": book.sections[1].id,
            "energy": book.sections[2].id,
            "person": li.id,
            "commitment": overdue.id,
            "item": energy_id,
            "meeting": meeting.id,
        }
    finally:
        ws.close()


def pdf_text(path: Path, password: str | None = None) -> subprocess.CompletedProcess:
    argv = ["pdftotext", "-layout"]
    if password is not None:
        argv += ["-upw", password]
    return subprocess.run([*argv, str(path), "-"], capture_output=True, text=True, timeout=60)


def export_from_dialog(qtbot, dialog, timeout: int = 30_000) -> None:  # noqa: ANN001
    """Press Export and wait for the summary of what was written."""
    assert dialog.export_button.isEnabled(), dialog.status.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.summary, timeout=timeout)
