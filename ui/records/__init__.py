"""The record editors: meeting, person and the commitments tracker, with their dialogs."""
