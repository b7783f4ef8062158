"""The calendar between exports: what earlier exports wrote, so that calendar apps update events, never double them.

:func:`recall` reads the workspace's id and memory (:mod:`bouwsteen_tui.core.calendar_memory`) before the calendar
is made; the renderer (:mod:`.calendar`) stays a pure function of them. :func:`remember` records a calendar file
once it has been written: per UID its SEQUENCE, a fingerprint of its content, its date and whether it was
cancelled. A preview or a bundle remembers nothing.

Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from icalendar import Calendar

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import Case
from bouwsteen_tui.core.calendar_memory import (
    CalendarState,
    SentEvent,
    lost_floor,
    read_calendar_state,
    update_calendar_state,
    workspace_id,
)
from bouwsteen_tui.core.workspace import Workspace


@dataclass(frozen=True)
class CalendarMemory:
    """What the calendar of an export builds on.

    ``sent``: the events earlier exports wrote, by UID. ``floor``: the SEQUENCE of an event the memory does not
    know (0, or :func:`~bouwsteen_tui.core.calendar_memory.lost_floor` when the memory was lost). ``keep``: codes
    of cases that exist but are left out of this export (withheld by the identifier guard, unreadable): their
    events are neither repeated nor cancelled.
    """

    sent: Mapping[str, SentEvent] = field(default_factory=dict)
    floor: int = 0
    keep: frozenset[str] = frozenset()


def fingerprint(summary: str, description: str, day: date) -> str:
    """A short hash of what an event says: a new one means a new SEQUENCE."""
    text = "\x1f".join((day.isoformat(), summary, description))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def recall(workspace: Workspace, cases: Sequence[Case]) -> tuple[str, CalendarMemory]:
    """The workspace's id (made the first time) and the memory a calendar of ``cases`` builds on.

    Reading never fails: a corrupt memory is set aside and reported in ``workspace.problems``, and the export
    starts afresh above every sequence used before.
    """
    calendar_id = workspace_id(workspace)
    state, lost = read_calendar_state(workspace)
    keep = frozenset(workspace.case_codes()) - {case.code for case in cases}
    return calendar_id, CalendarMemory(state.events, lost_floor() if lost else 0, keep)


def sent_events(data: bytes) -> dict[str, SentEvent]:
    """The events of a calendar file as the memory keeps them."""
    found: dict[str, SentEvent] = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        day = event.decoded("DTSTART")
        found[str(event["UID"])] = SentEvent(
            sequence=int(event.get("SEQUENCE", 0)),
            fingerprint=fingerprint(str(event.get("SUMMARY", "")), str(event.get("DESCRIPTION", "")), day),
            day=day,
            cancelled=str(event.get("STATUS", "")).upper() == "CANCELLED",
        )
    return found


def remember(workspace: Workspace, data: bytes, today: date | None = None) -> bool:
    """Record the calendar file ``data`` that an export has just written; ``False`` when the memory cannot be
    written (another window holds the workspace, the disk is full): the file written stands.

    Events the file does not hold stay as they were (a calendar of one case says nothing about the others), except
    cancelled ones whose date is past: they are forgotten.
    """
    written = sent_events(data)
    day = today or dates.today()

    def change(state: CalendarState) -> CalendarState:
        events = {
            uid: sent
            for uid, sent in state.events.items()
            if uid not in written and not (sent.cancelled and sent.day < day)
        }
        events.update(written)
        return CalendarState(events=dict(sorted(events.items())))

    return update_calendar_state(workspace, change)
