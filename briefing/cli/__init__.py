"""The ``briefing`` command line (entry point :func:`main`)."""

from briefing.cli.main import main

__all__ = ["main"]
