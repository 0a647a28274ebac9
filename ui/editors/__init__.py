"""The central editors: meeting, person, commitments tracker, book (outline, sections)."""
