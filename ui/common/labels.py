"""What the interface shows for the core's enumerated values (statuses, kinds, scope rules).

The core keeps English values (they are stored and exchanged); the interface shows them through
the translation catalogue, context "labels". Each value is listed here once so that
``pyside6-lupdate`` finds it; ``tests/ui/test_i18n.py`` checks every member of these enums is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SOURCES = (
    # the side both countries share (briefing.model.BOTH), where it is shown, not edited
    QT_TRANSLATE_NOOP("labels", "Both"),
    # BookStatus, SectionStatus
    QT_TRANSLATE_NOOP("labels", "draft"),
    QT_TRANSLATE_NOOP("labels", "cleared"),
    QT_TRANSLATE_NOOP("labels", "final"),
    # steps of the clearance trail (briefing.model.Action; "cleared" is above)
    QT_TRANSLATE_NOOP("labels", "requested"),
    QT_TRANSLATE_NOOP("labels", "cleared with changes"),
    QT_TRANSLATE_NOOP("labels", "returned with comments"),
    QT_TRANSLATE_NOOP("labels", "withdrawn"),
    QT_TRANSLATE_NOOP("labels", "marked final"),
    QT_TRANSLATE_NOOP("labels", "marked final with sections not cleared"),
    QT_TRANSLATE_NOOP("labels", "back to draft"),
    QT_TRANSLATE_NOOP("labels", "sent for review"),
    QT_TRANSLATE_NOOP("labels", "review applied"),
    # Paper
    QT_TRANSLATE_NOOP("labels", "A4"),
    QT_TRANSLATE_NOOP("labels", "Letter"),
    # MeetingKind
    QT_TRANSLATE_NOOP("labels", "bilateral meeting"),
    QT_TRANSLATE_NOOP("labels", "official visit"),
    QT_TRANSLATE_NOOP("labels", "state visit"),
    QT_TRANSLATE_NOOP("labels", "working visit"),
    QT_TRANSLATE_NOOP("labels", "meeting on the margins"),
    QT_TRANSLATE_NOOP("labels", "phone call"),
    QT_TRANSLATE_NOOP("labels", "video call"),
    QT_TRANSLATE_NOOP("labels", "joint commission"),
    QT_TRANSLATE_NOOP("labels", "other"),
    # ItemKind
    QT_TRANSLATE_NOOP("labels", "statement"),
    QT_TRANSLATE_NOOP("labels", "agreement"),
    QT_TRANSLATE_NOOP("labels", "pledge"),
    QT_TRANSLATE_NOOP("labels", "request"),
    QT_TRANSLATE_NOOP("labels", "concern"),
    # CommitmentStatus
    QT_TRANSLATE_NOOP("labels", "pending"),
    QT_TRANSLATE_NOOP("labels", "in progress"),
    QT_TRANSLATE_NOOP("labels", "done"),
    QT_TRANSLATE_NOOP("labels", "stalled"),
    QT_TRANSLATE_NOOP("labels", "dropped"),
    # the labels of CommitmentRule, SourcesRule, TrackerRule and contents_label
    QT_TRANSLATE_NOOP("labels", "Open, and those closed within the period"),
    QT_TRANSLATE_NOOP("labels", "Open only"),
    QT_TRANSLATE_NOOP("labels", "Made within the period"),
    QT_TRANSLATE_NOOP("labels", "Every commitment recorded"),
    QT_TRANSLATE_NOOP("labels", "Leave out"),
    QT_TRANSLATE_NOOP("labels", "Meetings the book covers or recalls"),
    QT_TRANSLATE_NOOP("labels", "Meetings the book covers or cites"),
    QT_TRANSLATE_NOOP("labels", "Meetings the book cites"),
    QT_TRANSLATE_NOOP("labels", "Same commitments as the briefs"),
    QT_TRANSLATE_NOOP("labels", "The briefs' rule, every area"),
    QT_TRANSLATE_NOOP("labels", "Parts and briefs"),
    QT_TRANSLATE_NOOP("labels", "Parts, briefs and their headings"),
    QT_TRANSLATE_NOOP("labels", "Down to the third level"),
)


def label_of(value: object) -> str:
    """``value`` (an enum member or its English label) as the interface shows it."""
    return QCoreApplication.translate("labels", str(value))
