"""Undoable edits of a workspace: small Qt-free objects with ``apply`` and ``revert``, each
returning the :class:`Changes` it made. See :mod:`briefing.edits.base`."""

from briefing.edits.autosave import save_biography, save_section_text
from briefing.edits.base import Changes, Edit, EditRefused, dry_run
from briefing.edits.books import (
    FREE_KINDS,
    add_counterpart,
    move_counterpart,
    move_section,
    remove_counterpart,
    set_counterparts,
    set_section_property,
)
from briefing.edits.imports import ImportMeetingEdit, new_person_ref
from briefing.edits.records import (
    BookEdit,
    CommitmentEdit,
    FieldEdit,
    MeetingEdit,
    PersonEdit,
    RecordEdit,
    add_note,
    change_status,
    track_commitment,
)
from briefing.edits.settings import SettingsEdit, area_key, describe_use, levels_in_use

__all__ = [
    "FREE_KINDS",
    "BookEdit",
    "Changes",
    "CommitmentEdit",
    "Edit",
    "EditRefused",
    "FieldEdit",
    "ImportMeetingEdit",
    "MeetingEdit",
    "PersonEdit",
    "RecordEdit",
    "SettingsEdit",
    "add_counterpart",
    "add_note",
    "area_key",
    "change_status",
    "describe_use",
    "dry_run",
    "levels_in_use",
    "move_counterpart",
    "move_section",
    "new_person_ref",
    "remove_counterpart",
    "save_biography",
    "save_section_text",
    "set_counterparts",
    "set_section_property",
    "track_commitment",
]
