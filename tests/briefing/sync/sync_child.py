"""A laptop's sync as a process of its own, for the tests that kill it: syncs the replica
``argv[1]`` as user ``argv[2]`` (password ``argv[3]``), in chunks of ``argv[4]`` records, and
prints a line after each chunk is stored ("sending 200/1501"), so a test kills it mid-sync."""

import sys

from briefing.store import Workspace
from briefing.sync import engine
from briefing.sync.library import Library


def main() -> None:
    path, user_url, password, chunk = sys.argv[1:5]
    engine.CHUNK = int(chunk)

    def progress(phase: str, done: int, total: int) -> None:
        print(f"{phase} {done}/{total}", flush=True)

    with Workspace.open(path) as ws, Library(user_url, password) as lib:
        engine.sync(ws, lib, progress=progress)
    print("done", flush=True)


if __name__ == "__main__":
    main()
