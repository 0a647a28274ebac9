"""A reviewer in LibreOffice: opens a DOCX in headless soffice over UNO and, with Track
Changes on, replaces words as named reviewers, then saves it as Word 2007+ (comments already
in the file are written again by LibreOffice's own DOCX export).

New comments are not added here: inserting an annotation over UNO and then storing the
document made soffice 7.4 (headless) crash on this machine, as a DOCX and as ODT alike.

Run with the system Python that has LibreOffice's ``uno`` module (not the project's venv):
``/usr/bin/python3 lo_reviewer.py IN.docx OUT.docx OPS.json PROFILE_DIR``. OPS is a list of
``{"author": …, "find": …, "replace": …}`` (a tracked replacement; ``"replace"`` may be
absent: a deletion).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def _prop(name, value):  # noqa: ANN001, ANN202
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def _connect(pipe: str, proc: subprocess.Popen):  # noqa: ANN202
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    for _ in range(240):  # up to 60 s for soffice to start on a busy machine
        if proc.poll() is not None:
            raise SystemExit(f"soffice exited with {proc.returncode}")
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            time.sleep(0.25)
    raise SystemExit("soffice did not answer")


def _set_author(ctx, name: str) -> None:  # noqa: ANN001
    provider = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx
    )
    node = _prop("nodepath", "/org.openoffice.UserProfile/Data")
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (node,)
    )
    first, _, last = name.partition(" ")
    access.setPropertyValue("givenname", first)
    access.setPropertyValue("sn", last)
    access.commitChanges()


def main(src: str, dst: str, ops_file: str, profile: str) -> None:
    ops = json.loads(Path(ops_file).read_text())
    pipe = f"bbreview{uuid.uuid4().hex[:12]}"
    proc = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # soffice runs soffice.bin: the group is ended together
    )
    try:
        ctx = _connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(Path(src).resolve().as_uri(), "_blank", 0, ())
        doc.RecordChanges = True
        for op in ops:
            _set_author(ctx, op["author"])
            search = doc.createSearchDescriptor()
            search.SearchString = op["find"]
            search.SearchCaseSensitive = True
            found = doc.findFirst(search)
            if found is None:
                raise SystemExit(f"not found: {op['find']!r}")
            found.setString(op.get("replace", ""))
        doc.storeToURL(
            Path(dst).resolve().as_uri(),
            (_prop("FilterName", "MS Word 2007 XML"), _prop("Overwrite", True)),
        )
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge goes as soffice ends
            pass
        proc.wait(timeout=60)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()


if __name__ == "__main__":
    main(*sys.argv[1:5])
