"""Password protection of a PDF: AES-256 (security handler revision 6) through pikepdf/qpdf.

Works on bytes in memory, so the unprotected PDF never touches the disk. The password opens
the file (user password) and also owns it (owner password): there is one password to keep.
"""

from __future__ import annotations

import io

import pikepdf


def protect_pdf(data: bytes, password: str) -> bytes:
    """``data`` (a PDF) encrypted with ``password``; every permission is granted once open."""
    if not password:
        raise ValueError("an empty password does not protect a PDF")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(
            out,
            encryption=pikepdf.Encryption(owner=password, user=password, R=6, aes=True),
        )
    return out.getvalue()
