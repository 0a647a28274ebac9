"""The sample relationship, shipped as ``briefing.samples`` (see briefing.files.samples)."""
