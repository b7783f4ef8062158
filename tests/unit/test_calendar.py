"""The calendar export: a valid iCalendar file with an all-day event for every dated agreement and meeting.

What the calendar remembers between exports (SEQUENCE, cancellations, the workspace's id) is tested in
``test_calendar_sync.py``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from bouwsteen_tui.core.answers import Case, Record, RecordsAnswer, Sheet
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import build_demo
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.export import render_calendar
from bouwsteen_tui.export.calendar import uid_owner

STAMP = datetime(2026, 11, 28, tzinfo=UTC)


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


@pytest.fixture(scope="module")
def en() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("en"))


def demo_calendar(pack: Pack) -> tuple[bytes, Sheet, list[Case]]:
    profile, network, cases = build_demo(pack)
    return render_calendar(pack, cases, network, profile, stamp=STAMP), network, cases


def events(data: bytes) -> list[Calendar]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_calendar_parses_with_version_and_prodid(nl: Pack) -> None:
    """The file is iCalendar 2.0 with a PRODID, as icalendar reads it back."""
    calendar = Calendar.from_ical(demo_calendar(nl)[0])
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Bouwsteen//Bouwsteen//NL"


def test_every_date_of_an_agreement_is_an_event(nl: Pack) -> None:
    """Each agreement's date "by when", report-back date and adjustment date becomes an event on that day."""
    data, _network, cases = demo_calendar(nl)
    expected = {
        (f"{kind}-{c.code}-{r.id}@bouwsteen", r.date(field))
        for c in cases
        for r in c.get(nl.question("agreements")).items  # type: ignore[union-attr]
        for kind, field in (("due", "by_when"), ("report", "report_date"), ("adjust", "adjust_date"))
        if r.date(field) is not None
    }
    found = {(str(e["UID"]), e.decoded("DTSTART")) for e in events(data)}
    assert len(expected) == 13  # five by-when dates and 8 report-back or adjustment dates
    assert expected <= found


def test_the_by_when_event_names_the_case_the_agreement_and_who(nl: Pack) -> None:
    """The date "by when" is an event of its own: "uiterste datum", the agreement and who takes it on."""
    case = Case(pack_id="bouwsteen", code="C-7K4Q", keep_until=date(2027, 6, 30))
    case.set("agreements", RecordsAnswer(items=[
        Record(id="r-afspr1", values={"what": "Gesprek met moeder", "by_when": date(2026, 12, 4), "who": "Mira"}),
    ]))
    (event,) = events(render_calendar(nl, [case], None, stamp=STAMP))
    assert str(event["UID"]) == "due-C-7K4Q-r-afspr1@bouwsteen"
    assert event.decoded("DTSTART") == date(2026, 12, 4)
    assert str(event["SUMMARY"]) == "C-7K4Q: uiterste datum – Gesprek met moeder"
    assert str(event["DESCRIPTION"]).startswith("Afspraak: Gesprek met moeder\nWie neemt het op: ")


def test_every_dated_meeting_and_informal_moment_is_an_event(nl: Pack) -> None:
    """Standing meetings and informal moments with a date are events; a moment without date is not."""
    data, network, _cases = demo_calendar(nl)
    meetings = network.get(nl.question("meetings")).items  # type: ignore[union-attr]
    moments = network.get(nl.question("informal_moments")).items  # type: ignore[union-attr]
    uids = {str(e["UID"]): e for e in events(data)}
    for record in meetings:
        event = uids[f"meeting-network-{record.id}@bouwsteen"]
        assert event.decoded("DTSTART") == record.date("date")
        assert str(event["SUMMARY"]) == record.text("aim")
    dated = [r for r in moments if r.date("date") is not None]
    informal = {uid for uid in uids if uid.startswith("informal-")}
    assert {f"informal-network-{r.id}@bouwsteen" for r in dated} == informal
    assert len(dated) < len(moments)


def test_events_are_all_day(nl: Pack) -> None:
    """Every event starts on a date (VALUE=DATE) and ends the next day."""
    for event in events(demo_calendar(nl)[0]):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and end == start + timedelta(days=1)


def test_events_carry_uid_and_dtstamp(nl: Pack) -> None:
    """Every event has a unique UID and the DTSTAMP given."""
    found = events(demo_calendar(nl)[0])
    assert len({str(e["UID"]) for e in found}) == len(found) == 20  # 13 agreement dates, 2 next meetings, 5 network
    assert {e.decoded("DTSTAMP") for e in found} == {STAMP}


def test_lines_end_in_crlf_and_are_folded(nl: Pack) -> None:
    """Every line ends in CRLF (no bare LF) and no line is longer than 75 octets."""
    data = demo_calendar(nl)[0]
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_uids_are_stable_across_exports(nl: Pack) -> None:
    """Exporting twice (even at another time) gives the same UIDs, so calendars update instead of doubling."""
    profile, network, cases = build_demo(nl)
    first = render_calendar(nl, cases, network, profile, stamp=STAMP)
    second = render_calendar(nl, cases, network, profile, stamp=STAMP + timedelta(days=3))
    assert [str(e["UID"]) for e in events(first)] == [str(e["UID"]) for e in events(second)]


def test_summary_names_the_case_and_the_agreement(nl: Pack) -> None:
    """A report-back event says which case and, briefly, which agreement; the description says who."""
    case = Case(pack_id="bouwsteen", code="C-7K4Q", keep_until=date(2027, 6, 30))
    long_text = "De brugfiguur plant met moeder een gesprek met het CAW op school, liefst op een woensdag."
    case.set("agreements", RecordsAnswer(items=[
        Record(id="r-afspr1", values={"what": long_text, "report_date": date(2026, 12, 11), "report_to": "CLB"}),
    ]))
    (event,) = events(render_calendar(nl, [case], None, stamp=STAMP))
    summary = str(event["SUMMARY"])
    assert summary.startswith("C-7K4Q: terugkoppeling – De brugfiguur plant met moeder")
    assert summary.endswith("…") and len(summary) < 90
    assert str(event["DESCRIPTION"]) == f"Afspraak: {long_text}\nTerugkoppelen aan: CLB"


def test_calendar_follows_the_pack_language(en: Pack) -> None:
    """An English pack writes English summaries."""
    summaries = {str(e["SUMMARY"]) for e in events(demo_calendar(en)[0])}
    assert any(s.startswith("C-7K4Q: report back – ") for s in summaries)
    assert "review the cooperation with the CAW" in summaries


def test_a_case_only_calendar_leaves_out_the_meetings(nl: Pack) -> None:
    """With ``include_network=False`` only agreement dates are in the calendar."""
    profile, network, cases = build_demo(nl)
    data = render_calendar(nl, cases[:1], network, profile, stamp=STAMP, include_network=False)
    assert {uid_owner(str(e["UID"])) for e in events(data)} == {cases[0].code}


def test_control_characters_never_reach_the_calendar(nl: Pack) -> None:
    """An escape sequence pasted into an agreement is dropped, not written into the file."""
    case = Case(pack_id="bouwsteen", code="C-7K4Q", keep_until=date(2027, 6, 30))
    case.set("agreements", RecordsAnswer(items=[
        Record(values={"what": "Bellen\x1b[31m", "report_date": date(2026, 12, 11)}),
    ]))
    data = render_calendar(nl, [case], None, stamp=STAMP)
    assert b"\x1b" not in data
