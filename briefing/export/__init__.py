"""Export formats: one :class:`~briefing.export.writer.Writer` per format, in a registry."""
