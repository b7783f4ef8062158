"""The calendar's memory in the workspace: an id of the workspace's own, and what earlier exports put in a calendar.

A calendar app recognises an event by its UID and takes a new version of it only when its SEQUENCE is higher. So
that a later export updates the events of an earlier one, instead of doubling them or being ignored, the workspace
keeps two small files beside the answers::

    <root>/workspace-id.toml     a random id, made once (``secrets.token_hex(8)``): every UID ends in it, so two
                                 workspaces (two colleagues, the demo and a real one) never share a UID
    <root>/calendar-state.toml   per UID: the SEQUENCE last exported, a fingerprint of the event's content, its date,
                                 and whether it went out cancelled

Both are written as every file of the workspace (atomically, 0600, never through a link), and only by the window
that holds the workspace, or by a command-line export while no window holds it (it takes the lock for the moment,
as the case index does). A read-only window reads them and writes neither. A corrupt or foreign file is set aside
and replaced: by a fresh id (earlier exports' events are then not recognised), or by a fresh memory, whose
sequences start above any number kept before (:func:`lost_floor`), so that calendar apps still take the new
versions.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import SCHEMA_VERSION
from bouwsteen_tui.core.files import dump_document
from bouwsteen_tui.core.workspace import CALENDAR_STATE_FILE, WORKSPACE_ID_FILE, Workspace, WorkspaceError

ID_PATTERN = r"^[0-9a-f]{16}$"
MAX_SEQUENCE = 2**31 - 1  # SEQUENCE is a signed 32-bit integer in many calendar apps
FLOOR_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


class WorkspaceIdentity(BaseModel):
    """``workspace-id.toml``: the id every UID of the workspace's calendars ends in."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    document: Literal["workspace_id"] = "workspace_id"
    id: Annotated[str, Field(pattern=ID_PATTERN)]


class SentEvent(BaseModel):
    """One event as the last export that held it wrote it."""

    model_config = ConfigDict(extra="ignore")

    sequence: Annotated[int, Field(ge=0, le=MAX_SEQUENCE)]
    fingerprint: Annotated[str, Field(max_length=64)]
    day: date
    cancelled: bool = False


class CalendarState(BaseModel):
    """``calendar-state.toml``: what earlier exports put in a calendar, by UID."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    document: Literal["calendar_state"] = "calendar_state"
    events: dict[str, SentEvent] = Field(default_factory=dict)


@contextlib.contextmanager
def writer_for(workspace: Workspace) -> Iterator[Workspace | None]:
    """The workspace to write through: ``workspace`` when it holds the lock; else, when no other window holds it,
    the same folder opened with the lock for the moment (its problems are passed on); else ``None``."""
    if not workspace.read_only:
        yield workspace
        return
    if workspace.in_use:
        yield None
        return
    other = Workspace.open(workspace.root)
    try:
        yield None if other.read_only else other
    finally:
        other.close()
        known = {(p.file, p.kind) for p in workspace.problems}
        workspace.problems += [p for p in other.problems if (p.file, p.kind) not in known]


def provisional_id(workspace: Workspace) -> str:
    """An id for a workspace whose own cannot be read or stored (a read-only disk): derived from its folder, so
    that repeated exports from there agree with each other."""
    return hashlib.sha256(os.fsencode(workspace.root.resolve())).hexdigest()[:16]


def workspace_id(workspace: Workspace) -> str:
    """The workspace's id: read from ``workspace-id.toml``, made and stored the first time it is needed.

    A corrupt or foreign file is set aside (and reported in ``workspace.problems``) and a fresh id stored. When
    nothing can be stored (another window holds the workspace, the folder is read-only) the id is
    :func:`provisional_id`; it is never an error.
    """
    path = workspace.root / WORKSPACE_ID_FILE
    with writer_for(workspace) as writer:
        found = (writer or workspace)._load(path, WorkspaceIdentity, "workspace_id")
        if found is not None:
            return found.id
        if writer is not None and not os.path.lexists(path):
            fresh = secrets.token_hex(8)
            with contextlib.suppress(WorkspaceError, OSError):
                writer.write_bytes(path, dump_document(WorkspaceIdentity(id=fresh)))
                return fresh
    return provisional_id(workspace)


def lost_floor(now: datetime | None = None) -> int:
    """The first SEQUENCE after the memory was lost: the minutes since 2020, more than any count of edits kept
    before, so that calendar apps take the new versions of events they hold (they ignore a lower SEQUENCE)."""
    moment = (now or dates.now()).astimezone(UTC)
    return min(MAX_SEQUENCE, max(0, int((moment - FLOOR_EPOCH).total_seconds() // 60)))


def read_calendar_state(workspace: Workspace) -> tuple[CalendarState, bool]:
    """What earlier exports wrote, and whether that memory was lost (its file corrupt, foreign, unreadable or from
    a newer Bouwsteen: the file is set aside when it may be, and reported). No file yet is an empty memory."""
    path = workspace.root / CALENDAR_STATE_FILE
    with writer_for(workspace) as writer:
        reader = writer or workspace
        before = len(reader.problems)
        found = reader._load(path, CalendarState, "calendar_state")
        if found is not None:
            return found, False
        lost = os.path.lexists(path) or any(p.file == path for p in reader.problems[before:])
    return CalendarState(), lost


def update_calendar_state(workspace: Workspace, change: Callable[[CalendarState], CalendarState]) -> bool:
    """Read the memory, apply ``change`` and write the result; ``False`` when it cannot be written (another window
    holds the workspace, the disk is full …): the export stands, the memory stays as it was."""
    path = workspace.root / CALENDAR_STATE_FILE
    with writer_for(workspace) as writer:
        if writer is None:
            return False
        state = writer._load(path, CalendarState, "calendar_state") or CalendarState()
        try:
            writer.write_bytes(path, dump_document(change(state)))
        except (WorkspaceError, OSError):
            return False
    return True
