"""Each pack's calendar of its own: a trainer's pack never repeats or cancels the built-in pack's events.

Every UID ends in the workspace's id (:mod:`.calendar`), and the workspace keeps one memory of what calendars held
(:mod:`.calendar_sync`). A workspace may hold the answers of two packs; without this, the built-in pack's calendar
would cancel the events of the trainer's network meetings it does not know, and the other way round.

Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

from bouwsteen_tui.core.packs import output_name
from bouwsteen_tui.export.calendar import UID_DOMAIN
from bouwsteen_tui.export.calendar_sync import CalendarMemory


def pack_calendar(pack_id: str, calendar_id: str, memory: CalendarMemory) -> tuple[str, CalendarMemory]:
    """The calendar id and memory of ``pack_id``'s calendar: a trainer's pack has an id of its own
    (``opwarmer-<workspace id>``) and builds only on its own events; the built-in pack keeps the workspace's id
    (and so its UIDs), and builds only on the events under it."""
    own = output_name(pack_id, calendar_id)
    domain = f"@{own}.{UID_DOMAIN}"
    sent = {uid: event for uid, event in memory.sent.items() if uid.endswith(domain)}
    return own, CalendarMemory(sent, memory.floor, memory.keep)
