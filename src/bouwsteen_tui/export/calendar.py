"""The calendar: every report-back and adjustment date of the agreements, the standing meetings, informal moments.

Each date becomes an all-day event in an iCalendar (``.ics``) file written by the icalendar library (CRLF line
ends, folded lines). UIDs derive from the case code or the network, the record id and which date it is, so that
importing a later export updates the events instead of doubling them. Summaries name the case code and the
agreement briefly; cases never hold a child's name.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import AnswerSet, Case, Sheet
from bouwsteen_tui.core.content import Pack, RecordsQuestion, field_for_role
from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.export.checks import role_records
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import one_line, output_language, shorten, t

UID_DOMAIN = "bouwsteen"
SUMMARY_LIMIT = 60


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event."""

    uid: str
    day: date
    summary: str
    description: str


def _ids(question: RecordsQuestion, *roles: str) -> list[str]:
    """The ids of the fields that play ``roles`` in ``question`` (``""`` for a role no field plays)."""
    return [f.id if f is not None else "" for f in (field_for_role(question, role) for role in roles)]


def _brief(text: str, limit: int = SUMMARY_LIMIT) -> str:
    return shorten(text, limit)


def _uid(*parts: str) -> str:
    return "-".join(parts) + f"@{UID_DOMAIN}"


def agreement_events(pack: Pack, case: Case, directory: PartnerDirectory) -> list[CalendarEvent]:
    """An event for every report-back date and every adjustment date of the case's agreements."""
    found = role_records(pack, case, "agreements")
    if found is None:
        return []
    question, records = found
    what_id, who_id, report_id, report_to, adjust_id, adjust_how = _ids(
        question, "what", "who", "report_date", "report_to", "adjust_date", "adjust_how"
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
                    uid=_uid(case.code, record.id, kind),
                    day=day,
                    summary=t(lang, summary_key, code=case.code, what=_brief(what) or "…"),
                    description="\n".join(lines),
                )
            )
    return events


def network_events(pack: Pack, network: AnswerSet | None, lang: str) -> list[CalendarEvent]:
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
            events.append(CalendarEvent(_uid("network", record.id, "meeting"), day, summary, description))
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
            events.append(CalendarEvent(_uid("network", record.id, "informal"), day, summary, description))
    return events


def calendar_events(
    pack: Pack,
    cases: Sequence[Case],
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None = None,
    *,
    include_network: bool = True,
    lang: str | None = None,
) -> list[CalendarEvent]:
    """Every event of the calendar, by date (then by uid, so the order is stable).

    ``lang``: as in :func:`render_calendar`.
    """
    lang = output_language(lang or pack.language)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, lang)
    events: list[CalendarEvent] = []
    for case in sorted(cases, key=lambda c: c.code):
        events += agreement_events(pack, case, directory)
    if include_network:
        events += network_events(pack, network_sheet, lang)
    return sorted(events, key=lambda e: (e.day, e.uid))


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
) -> bytes:
    """The calendar as an iCalendar file: all-day events for agreements, meetings and informal moments.

    ``stamp`` is the DTSTAMP of every event (default: now, in UTC); fix it for reproducible files. ``lang`` is the
    language of the fixed words (default: the pack's if Bouwsteen speaks it, else Dutch).
    """
    lang = output_language(lang or pack.language)
    stamp = (stamp or dates.now()).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//Bouwsteen//Bouwsteen//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_title(pack))
    for item in calendar_events(pack, cases, network_sheet, profile_sheet, include_network=include_network, lang=lang):
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", strip_control(item.summary))
        if item.description:
            event.add("description", strip_control(item.description))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
