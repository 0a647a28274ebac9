"""Composing: what a book says, from the book and the records, as an IR document."""

from briefing.compose.book import Options, compose

__all__ = ["Options", "compose"]
