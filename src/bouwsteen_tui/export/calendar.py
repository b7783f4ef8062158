"""The calendar: the dates of the agreements and the case's next meeting, the standing meetings, informal moments.

Each date becomes an all-day event in an iCalendar (``.ics``) file written by the icalendar library (CRLF line
ends, folded lines): per agreement its date "by when", its report-back date and its adjustment date; per case its
next meeting (the question with role ``next_meeting``, when the pack has one); the network's meetings and informal
moments. Summaries name the case code and the agreement briefly; cases never hold a child's name.

So that importing a later export updates the events instead of doubling them, each UID is made of what the date is,
the case code (or ``network``), the record id and the workspace's own id: ``report-C-7K4Q-r-afspr1@<id>.bouwsteen``.
Its SEQUENCE goes up when the event says something else than in the last export, and an event that an earlier
export held and that is gone now (an agreement removed, a date cleared, a case deleted) comes back once more as
``STATUS:CANCELLED`` with a higher SEQUENCE: see :mod:`.calendar_sync` for the memory this needs.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import AnswerSet, Case, Sheet
from bouwsteen_tui.core.content import Pack, RecordsQuestion, field_for_role
from bouwsteen_tui.core.kinds.date import DateAnswer
from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.export.calendar_sync import CalendarMemory, fingerprint
from bouwsteen_tui.export.checks import role_records
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import one_line, output_language, shorten, t

UID_DOMAIN = "bouwsteen"
NETWORK = "network"  # the owner of the network's events, in their UIDs
SUMMARY_LIMIT = 60
# kind-owner[-record]@…: the owner is "network" or a case code (CASE_CODE_PATTERN), which holds no "-" after "C-"
UID_OWNER = re.compile(r"^[a-z]+-(network|C-[2-9A-HJKMNP-Z]{4,8})(?:-|@)")


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event; ``owner`` is the case code, or ``network``."""

    uid: str
    day: date
    summary: str
    description: str
    owner: str = NETWORK


@dataclass(frozen=True)
class PlannedEvent:
    """An event as it goes into the file: with its SEQUENCE, and whether it is a cancellation."""

    event: CalendarEvent
    sequence: int = 0
    cancelled: bool = False


def _ids(question: RecordsQuestion, *roles: str) -> list[str]:
    """The ids of the fields that play ``roles`` in ``question`` (``""`` for a role no field plays)."""
    return [f.id if f is not None else "" for f in (field_for_role(question, role) for role in roles)]


def _brief(text: str, limit: int = SUMMARY_LIMIT) -> str:
    return shorten(text, limit)


def uid(kind: str, owner: str, record_id: str = "", calendar_id: str = "") -> str:
    """``kind-owner-record@<calendar_id>.bouwsteen``: the same date of the same record of the same workspace has the
    same UID in every export; two workspaces never share one (without ``calendar_id``: ``…@bouwsteen``)."""
    parts = [kind, owner, record_id] if record_id else [kind, owner]
    domain = f"{calendar_id}.{UID_DOMAIN}" if calendar_id else UID_DOMAIN
    return "-".join(parts) + f"@{domain}"


def uid_owner(event_uid: str) -> str | None:
    """The case code or ``network`` a UID of :func:`uid` belongs to; ``None`` for another UID."""
    found = UID_OWNER.match(event_uid)
    return found.group(1) if found else None


def agreement_events(
    pack: Pack, case: Case, directory: PartnerDirectory, calendar_id: str = ""
) -> list[CalendarEvent]:
    """An event for every date of the case's agreements: by when, report back, adjust."""
    found = role_records(pack, case, "agreements")
    if found is None:
        return []
    question, records = found
    what_id, who_id, by_when_id, report_id, report_to, adjust_id, adjust_how = _ids(
        question, "what", "who", "by_when", "report_date", "report_to", "adjust_date", "adjust_how"
    )
    lang = directory.lang
    events: list[CalendarEvent] = []
    for record in records:
        what = one_line(record.text(what_id)) if what_id else ""
        owner = record.text(who_id) if who_id else ""
        common = [t(lang, "ics.agreement", what=what)] if what else []
        if owner:
            common.append(t(lang, "ics.who", who=directory.name(owner)))
        for date_id, detail_id, kind, summary_key, detail_key in (
            (by_when_id, "", "due", "ics.by_when", ""),
            (report_id, report_to, "report", "ics.report", "ics.report_to"),
            (adjust_id, adjust_how, "adjust", "ics.adjust", "ics.adjust_how"),
        ):
            day = record.date(date_id) if date_id else None
            if day is None:
                continue
            detail = one_line(record.text(detail_id)) if detail_id else ""
            lines = [*common, t(lang, detail_key, whom=detail, how=detail)] if detail else common
            events.append(
                CalendarEvent(
                    uid=uid(kind, case.code, record.id, calendar_id),
                    day=day,
                    summary=t(lang, summary_key, code=case.code, what=_brief(what) or "…"),
                    description="\n".join(lines),
                    owner=case.code,
                )
            )
    return events


def next_meeting_event(pack: Pack, case: Case, lang: str, calendar_id: str = "") -> CalendarEvent | None:
    """The case's next meeting, when the pack asks for it (role ``next_meeting``) and the case has a date."""
    question = pack.question_for_role("next_meeting")
    answer = case.get(question) if question is not None else None
    if not isinstance(answer, DateAnswer) or answer.value is None:
        return None
    summary = t(lang, "ics.next_meeting", code=case.code)
    return CalendarEvent(uid("next", case.code, "meeting", calendar_id), answer.value, summary, "", case.code)


def network_events(pack: Pack, network: AnswerSet | None, lang: str, calendar_id: str = "") -> list[CalendarEvent]:
    """An event for every standing meeting (summary: its aim) and every informal moment that has a date."""
    events: list[CalendarEvent] = []
    meetings = role_records(pack, network, "meetings")
    date_id, aim_id, agenda_id = _ids(meetings[0], "date", "aim", "agenda") if meetings else ("", "", "")
    if meetings is not None and date_id:
        for record in meetings[1]:
            day = record.date(date_id)
            if day is None:
                continue
            summary = (_brief(record.text(aim_id)) if aim_id else "") or t(lang, "ics.meeting_untitled")
            description = record.text(agenda_id).strip() if agenda_id else ""
            events.append(CalendarEvent(uid("meeting", NETWORK, record.id, calendar_id), day, summary, description))
    moments = role_records(pack, network, "informal_moments")
    date_id, what_id, purpose_id = _ids(moments[0], "date", "what", "purpose") if moments else ("", "", "")
    if moments is not None and date_id:
        for record in moments[1]:
            day = record.date(date_id)
            if day is None:
                continue
            summary = (_brief(record.text(what_id)) if what_id else "") or t(lang, "ics.informal_untitled")
            purpose = one_line(record.text(purpose_id)) if purpose_id else ""
            description = t(lang, "ics.purpose", purpose=purpose) if purpose else ""
            events.append(CalendarEvent(uid("informal", NETWORK, record.id, calendar_id), day, summary, description))
    return events


def calendar_events(
    pack: Pack,
    cases: Sequence[Case],
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None = None,
    *,
    include_network: bool = True,
    lang: str | None = None,
    calendar_id: str = "",
) -> list[CalendarEvent]:
    """Every event of the calendar, by date (then by uid, so the order is stable).

    ``lang``: as in :func:`render_calendar`. ``calendar_id``: the workspace's id, for the UIDs (see :func:`uid`).
    """
    lang = output_language(lang or pack.language)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, lang)
    events: list[CalendarEvent] = []
    for case in sorted(cases, key=lambda c: c.code):
        events += agreement_events(pack, case, directory, calendar_id)
        meeting = next_meeting_event(pack, case, lang, calendar_id)
        if meeting is not None:
            events.append(meeting)
    if include_network:
        events += network_events(pack, network_sheet, lang, calendar_id)
    return sorted(events, key=lambda e: (e.day, e.uid))


def _clean(event: CalendarEvent) -> CalendarEvent:
    """The event as the file holds it: without control characters (a fingerprint is taken of what is written)."""
    return CalendarEvent(event.uid, event.day, strip_control(event.summary), strip_control(event.description),
                         event.owner)


def plan_events(
    events: Sequence[CalendarEvent],
    memory: CalendarMemory | None,
    *,
    case_codes: frozenset[str],
    include_network: bool,
    today: date,
    lang: str,
) -> list[PlannedEvent]:
    """The events with their SEQUENCE, and a cancellation for each event of an earlier export that is gone.

    An event keeps its SEQUENCE while it says the same, and gets the next one when it changed or comes back after a
    cancellation. An event of the memory that is not in ``events`` is cancelled (with the next SEQUENCE; repeated
    unchanged by later exports until its date is past) when this calendar speaks for its owner: a case of
    ``case_codes``, the network with ``include_network``, and, in a calendar of the whole workspace
    (``include_network``), a case that no longer exists (not in ``memory.keep``).
    """
    memory = memory or CalendarMemory()
    planned: list[PlannedEvent] = []
    for event in map(_clean, events):
        sent = memory.sent.get(event.uid)
        if sent is None:
            sequence = memory.floor
        elif sent.cancelled or sent.fingerprint != fingerprint(event.summary, event.description, event.day):
            sequence = sent.sequence + 1
        else:
            sequence = sent.sequence
        planned.append(PlannedEvent(event, sequence))
    current = {event.uid for event in events}
    for event_uid, sent in memory.sent.items():
        owner = uid_owner(event_uid)
        if event_uid in current or owner is None or (sent.cancelled and sent.day < today):
            continue
        if owner == NETWORK:
            speaks = include_network
        else:
            speaks = owner in case_codes or (include_network and owner not in memory.keep)
        if not speaks:
            continue
        summary = t(lang, "ics.cancelled_network") if owner == NETWORK else t(lang, "ics.cancelled", code=owner)
        gone = CalendarEvent(event_uid, sent.day, summary, t(lang, "ics.cancelled_note"), owner)
        planned.append(PlannedEvent(gone, sent.sequence if sent.cancelled else sent.sequence + 1, cancelled=True))
    return sorted(planned, key=lambda p: (p.event.day, p.event.uid))


def calendar_plan(
    pack: Pack,
    cases: Sequence[Case],
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None = None,
    *,
    include_network: bool = True,
    lang: str | None = None,
    calendar_id: str = "",
    memory: CalendarMemory | None = None,
    today: date | None = None,
) -> list[PlannedEvent]:
    """What :func:`render_calendar` writes: every event with its SEQUENCE, and the cancellations."""
    lang = output_language(lang or pack.language)
    events = calendar_events(pack, cases, network_sheet, profile_sheet, include_network=include_network, lang=lang,
                             calendar_id=calendar_id)
    return plan_events(events, memory, case_codes=frozenset(c.code for c in cases), include_network=include_network,
                       today=today or dates.today(), lang=lang)


def calendar_title(pack: Pack) -> str:
    """The calendar's name: the pack's ``calendar_title``, else its title."""
    return pack.calendar_title or pack.title


def render_calendar(
    pack: Pack,
    cases: Sequence[Case],
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None = None,
    *,
    stamp: datetime | None = None,
    include_network: bool = True,
    lang: str | None = None,
    calendar_id: str = "",
    memory: CalendarMemory | None = None,
    today: date | None = None,
) -> bytes:
    """The calendar as an iCalendar file: all-day events for agreements, meetings and informal moments.

    ``stamp`` is the DTSTAMP of every event (default: now, in UTC); fix it for reproducible files. ``lang`` is the
    language of the fixed words (default: the pack's if Bouwsteen speaks it, else Dutch). ``calendar_id`` (the
    workspace's id) goes into every UID; ``memory`` (what earlier exports wrote) gives the SEQUENCEs and the
    cancellations; ``today`` (default: today) is the day before which cancellations are no longer repeated.
    """
    lang = output_language(lang or pack.language)
    stamp = (stamp or dates.now()).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//Bouwsteen//Bouwsteen//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_title(pack))
    for item in calendar_plan(pack, cases, network_sheet, profile_sheet, include_network=include_network, lang=lang,
                              calendar_id=calendar_id, memory=memory, today=today):
        event = Event()
        event.add("uid", item.event.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.event.day)
        event.add("dtend", item.event.day + timedelta(days=1))
        event.add("summary", item.event.summary)
        if item.event.description:
            event.add("description", item.event.description)
        event.add("sequence", item.sequence)
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
