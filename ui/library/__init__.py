"""The library (meetings, people, commitments, books) and Find in workspace."""
