"""File ▸ Connect to Shared Library…: the library's address, the user and the password."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit, urlunsplit

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.sync.library import public_url

#: sslmode values that refuse an unencrypted connection
_ENCRYPTED = ("require", "verify-ca", "verify-full")


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None, url: str = "", problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("connect-library")
        self.setWindowTitle(self.tr("Connect to Shared Library"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A shared library keeps the desk's records on the ministry's PostgreSQL server. "
                "This workspace stays on this computer as your copy: you work offline, and it "
                "syncs whenever the library can be reached. Your administrator gives you the "
                "address and your user name."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(objectName="library-host")
        self.host.setPlaceholderText("library.mfa.example:5432")
        self.database = QLineEdit(objectName="library-database")
        self.database.setPlaceholderText("kh_cn_library")
        self.user = QLineEdit(objectName="library-user")
        self.password = QLineEdit(objectName="library-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(
            self.tr("Kept in memory while the app runs, never written anywhere")
        )
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Library:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        self.tls = QCheckBox(self.tr("&Require an encrypted connection (TLS)"), objectName="tls")
        self.tls.setToolTip(
            self.tr("Refuse to connect unless the server encrypts the connection (sslmode=require)")
        )
        form.addRow("", self.tls)
        self._query: dict[str, list[str]] = {}
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect and Sync"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel(objectName="connect-error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.error.setText(problem)
        if url:
            self._fill(url)
            self.password.setFocus()

    def _fill(self, url: str) -> None:
        parts = urlsplit(url)
        self.host.setText(parts.netloc.rsplit("@", 1)[-1])
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        self._query = parse_qs(parts.query)
        self.tls.setChecked(self._query.get("sslmode", [""])[0] in _ENCRYPTED)

    def url(self) -> str:
        """The library's address (without the password); other libpq options it had stay."""
        query = dict(self._query)
        if self.tls.isChecked():
            if query.get("sslmode", [""])[0] not in _ENCRYPTED:
                query["sslmode"] = ["require"]
        elif query.get("sslmode", [""])[0] in _ENCRYPTED:
            del query["sslmode"]
        user = quote(self.user.text().strip(), safe="")
        database = quote(self.database.text().strip(), safe="")
        return urlunsplit(
            ("postgresql", f"{user}@{self.host.text().strip()}", f"/{database}",
             urlencode(query, doseq=True), "")
        )  # fmt: skip

    def _accept(self) -> None:
        if not (self.host.text().strip() and self.database.text().strip() and self.user.text()):
            self.error.setText(self.tr("Give the server, the library and your user name."))
            return
        self.accept()

    @classmethod
    def get_connection(
        cls, parent: QWidget | None, url: str = "", problem: str = ""
    ) -> tuple[tuple[str, str | None], bool]:
        """((url without password, password or None), ok); ``problem``: why it is asked again."""
        dialog = cls(parent, url, problem)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return (public_url(dialog.url()), dialog.password.text() or None), ok
