"""The choices of an export: files, paper and marks, numbered copies, password, issuing.

A form, nothing more: :meth:`ExportOptions.request` turns what is chosen into an
:class:`~briefing.issuing.ExportRequest`; the core checks it (:meth:`ExportJob.prepare`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing.export import registry
from briefing.export.writer import Writer
from briefing.files.targets import ProtectedTarget, check_target
from briefing.issuing.checks import MAX_COPIES, PROTECTED_FORMAT, copy_path
from briefing.issuing.job import ExportRequest
from briefing.model import Book, BookStatus
from ui.i18n import said, tr
from ui.issuing.recipients import RecipientsTable


def file_stem(title: str) -> str:
    """A file name from a book title: letters, digits and a few signs; others become '-'."""
    stem = re.sub(r"[^\w\s().,'-]+", "-", title, flags=re.UNICODE)
    stem = re.sub(r"\s+", " ", stem).strip(" .-")
    if len(stem) > 60:  # a whole visit's title is too long for a file name
        stem = stem[:60].rsplit(" ", 1)[0]
    return stem.rstrip(" .,-") or "briefing-book"


class _FileRow:
    """[x] PDF  [path …………]  [Choose…]: one export format of the registry."""

    def __init__(self, owner: ExportOptions, writer: Writer, path: Path) -> None:
        self.owner, self.writer = owner, writer
        fmt = self.fmt = writer.name
        self.pattern = f"{writer.label} (*{writer.suffix})"
        self.check = QCheckBox(writer.label)
        self.check.setObjectName(f"export-{fmt}")
        self.path = QLineEdit(str(path))
        self.path.setObjectName(f"export-{fmt}-path")
        self.path.setMinimumWidth(320)
        self.choose = QPushButton(tr("Choose…"))
        self.choose.setObjectName(f"export-{fmt}-choose")
        self.choose.clicked.connect(self._choose)
        self.check.toggled.connect(self._toggled)
        self.check.toggled.connect(owner.changed)
        self.path.textChanged.connect(owner.changed)

    def _toggled(self, on: bool) -> None:
        self.path.setEnabled(on)
        self.choose.setEnabled(on)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.owner,
            tr("Write the %s as") % self.writer.label,
            self.path.text(),
            self.pattern,
        )
        if name:
            if not name.lower().endswith(self.writer.suffix):
                name += self.writer.suffix
            self.path.setText(name)
            self.owner.folder_chosen.emit(str(Path(name).parent))

    def target(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if self.check.isChecked() and text else None


class ExportOptions(QWidget):
    changed = Signal()
    folder_chosen = Signal(str)

    def __init__(self, book: Book, next_version: int, folder: Path, readonly: bool) -> None:
        super().__init__()
        self.book = book
        stem = file_stem(book.title)
        #: one row per export format, in the registry's order (the PDF first, ticked)
        self.rows = {
            w.name: _FileRow(self, w, folder / f"{stem}{w.suffix}") for w in registry.writers()
        }
        for name, line in self.rows.items():
            line.check.setChecked(name == PROTECTED_FORMAT)
            line._toggled(name == PROTECTED_FORMAT)  # unticked: the row greyed out
        self._wanted: dict[str, bool] = {}

        files = QGroupBox(self.tr("Files"))
        grid = QGridLayout(files)
        for row, line in enumerate(self.rows.values()):
            grid.addWidget(line.check, row, 0)
            grid.addWidget(line.path, row, 1)
            grid.addWidget(line.choose, row, 2)
        grid.setColumnStretch(1, 1)
        after = len(self.rows)
        self.protect_reason = QLabel()
        self.protect_reason.setObjectName("protect-reason")
        self.protect_reason.setWordWrap(True)
        self.protect_reason.hide()
        grid.addWidget(self.protect_reason, after, 1, 1, 2)
        self.names = QLabel()
        self.names.setObjectName("copy-names")
        self.names.setWordWrap(True)
        grid.addWidget(self.names, after + 1, 1, 1, 2)

        marks = QGroupBox(self.tr("Printing"))
        form = QFormLayout(marks)
        self.paper = QComboBox()
        self.paper.setObjectName("export-paper")
        self.paper.addItem(self.tr("The book's own (%s)") % book.paper, None)
        self.paper.addItem("A4", "A4")
        self.paper.addItem("Letter", "Letter")
        form.addRow(self.tr("&Paper:"), self.paper)
        self.draft = QCheckBox(self.tr("&DRAFT watermark on every page"))
        self.draft.setObjectName("export-draft")
        self.draft.setChecked(book.status is BookStatus.DRAFT)
        form.addRow(self.draft)
        self.portion = QCheckBox(self.tr("P&ortion marks: the level before each paragraph"))
        self.portion.setObjectName("export-portion")
        form.addRow(self.portion)
        self.clearance_block = QCheckBox(
            self.tr("Clearance &block: drafted by, cleared by, after each brief")
        )
        self.clearance_block.setObjectName("export-clearance-block")
        form.addRow(self.clearance_block)

        protect = QGroupBox(self.tr("Protection"))
        pform = QFormLayout(protect)
        self.protect = QCheckBox(self.tr("Protect the PDF with a pass&word (AES-256)"))
        self.protect.setObjectName("export-protect")
        self.password = QLineEdit()
        self.password.setObjectName("export-password")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("export-confirm")
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self.changed)
        self.password_problem = QLabel()
        self.password_problem.setObjectName("password-problem")
        pform.addRow(self.protect)
        pform.addRow(self.tr("Password:"), self.password)
        pform.addRow(self.tr("Again:"), self.confirm)
        pform.addRow(self.password_problem)
        self.protect.toggled.connect(self._protect_toggled)

        issue = QGroupBox(self.tr("Issuing"))
        iform = QVBoxLayout(issue)
        self.issue = QCheckBox(self.tr("&Record as issued version v%d") % next_version)
        self.issue.setObjectName("export-issue")
        self.issue.setToolTip(
            self.tr(
                "The workspace keeps exactly what is issued; Book ▸ Versions… shows it, "
                "and what changed since"
            )
        )
        iform.addWidget(self.issue)

        copies = QGroupBox(self.tr("Numbered copies"))
        cbox = QVBoxLayout(copies)
        row = QHBoxLayout()
        self.copies = QSpinBox()
        self.copies.setObjectName("export-copies")
        self.copies.setRange(0, MAX_COPIES)
        self.copies.setSpecialValueText(self.tr("none"))
        count_label = QLabel(self.tr("&Copies:"))
        count_label.setBuddy(self.copies)
        row.addWidget(count_label)
        row.addWidget(self.copies)
        self.paste = QPushButton(self.tr("Paste &Names"))
        self.paste.setObjectName("paste-names")
        self.paste.setToolTip(self.tr("Fill the recipients from a list on the clipboard"))
        row.addStretch(1)
        row.addWidget(self.paste)
        cbox.addLayout(row)
        self.copies_hint = QLabel(
            self.tr(
                "Each copy carries “Copy n of N — recipient” on its cover and in its footer, "
                "and is listed in the distribution log."
            )
        )
        self.copies_hint.setWordWrap(True)
        cbox.addWidget(self.copies_hint)
        self.recipients = RecipientsTable()
        cbox.addWidget(self.recipients, 1)
        self.copies.valueChanged.connect(self._copies_changed)
        self.recipients.count_wanted.connect(self.copies.setValue)
        self.paste.clicked.connect(self.recipients.paste_clipboard)

        if readonly:
            reason = self.tr(
                "The workspace is open read-only: numbered copies and issued versions "
                "cannot be recorded in it."
            )
            for w in (self.copies, self.paste, self.issue):
                w.setEnabled(False)
                w.setToolTip(reason)

        left = QVBoxLayout()
        for box in (files, marks, protect, issue):
            left.addWidget(box)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        copies.setMinimumWidth(300)
        layout.addWidget(copies, 2)
        self._protect_toggled(False)
        self._copies_changed(0)
        self.changed.connect(self._update)
        self._update()

    # ------------------------------------------------------------------ behaviour

    def _protect_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.confirm.setEnabled(on)
        others = [r for n, r in self.rows.items() if n != PROTECTED_FORMAT]
        if on:
            self._wanted = {r.fmt: r.check.isChecked() for r in others}
            for r in others:
                r.check.setChecked(False)
            self.protect_reason.setText(
                self.tr(
                    "Only the PDF while it has a password: the other formats cannot be locked "
                    "this way, and an open copy beside the locked PDF would defeat it."
                )
            )
            self.password.setFocus()
        else:
            for r in others:
                r.check.setChecked(self._wanted.get(r.fmt, False))
        for r in others:
            r.check.setEnabled(not on)
        self.protect_reason.setVisible(on)
        self.changed.emit()

    def _copies_changed(self, count: int) -> None:
        self.recipients.set_count(count)
        self.recipients.setEnabled(count > 0)
        self.paste.setEnabled(self.copies.isEnabled())
        self.changed.emit()

    def _update(self) -> None:
        self.password_problem.setText(self.password_error())
        self.password_problem.setVisible(bool(self.password_problem.text()))
        self.names.setText(self._names_text())
        self.names.setVisible(bool(self.names.text()))

    def _names_text(self) -> str:
        """How the numbered files are named, after the name typed above."""
        count = self.copies.value()
        paths = [p for p in self.chosen().values()]
        if not count or not paths:
            return ""
        stem = len(paths[0].stem)
        first = copy_path(paths[0], 1, count).name[stem:]
        last = copy_path(paths[0], count, count).name[stem:]
        if count == 1:
            return self.tr("The file is named …%s") % first
        return self.tr("One file per copy, named …%s to …%s") % (first, last)

    def password_error(self) -> str:
        if not self.protect.isChecked():
            return ""
        if not self.password.text():
            return self.tr("Type the password twice.")
        if self.password.text() != self.confirm.text():
            return self.tr("The two passwords differ.")
        return ""

    def problem(self) -> str:
        """Why the export cannot start yet ("" when it can)."""
        if not self.chosen():
            return self.tr("Choose a PDF, a DOCX or both, with a file name.")
        if self.protect.isChecked() and PROTECTED_FORMAT not in self.chosen():
            return self.tr("A password protects the PDF: tick PDF and name it.")
        for target in self.targets():  # never over the workspace, its sidecars or backups
            try:
                check_target(target)
            except ProtectedTarget as exc:
                return said(exc)
        return self.password_error()

    def request(self, book_id: int) -> ExportRequest:
        return ExportRequest(
            book_id=book_id,
            targets=self.chosen(),
            paper=self.paper.currentData(),
            draft_mark=self.draft.isChecked(),
            portion_marks=self.portion.isChecked(),
            clearance_block=self.clearance_block.isChecked(),
            copies=self.copies.value(),
            recipients=self.recipients.names() if self.copies.value() else [],
            password=self.password.text() if self.protect.isChecked() else None,
            issue=self.issue.isChecked(),
        )

    def targets(self) -> list[Path]:
        """Every file the export would write."""
        count = self.copies.value()
        out = []
        for path in self.chosen().values():
            out += [copy_path(path, n, count) for n in range(1, count + 1)] if count else [path]
        return out

    def chosen(self) -> dict[str, Path]:
        """The ticked formats with their files."""
        return {n: p for n, r in self.rows.items() if (p := r.target()) is not None}
