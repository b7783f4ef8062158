"""User text in the outputs: linear-time escaping of any length, bidi controls left out, typed characters kept.

No test here times anything: the export speed per megabyte is a figure of ``benchmarks/run.py --only exportmb``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from bouwsteen_tui.core.answers import Case, Record, RecordsAnswer, Sheet, TextAnswer
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.export import render_calendar, render_case_sheet, render_network
from bouwsteen_tui.export.model import LinkKind, link_spans
from bouwsteen_tui.export.network_sheet import mermaid_diagram
from bouwsteen_tui.export.strings import one_line, shorten
from bouwsteen_tui.export.writers.markdown import mermaid_text
from tests.unit.markdown_text import MarkdownDoc, heading_text, inline, text_blocks

TODAY = date(2026, 11, 28)
STAMP = datetime(2026, 11, 28, tzinfo=UTC)
RLO = "\u202e"  # right-to-left override
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
NBSP = "\u00a0"
NNBSP = "\u202f"

# The single link pattern of earlier versions: right, but quadratic on long text without spaces (issue 12, item 5).
FORMER_LINK = re.compile(
    r"(?P<url>\b(?:https?|ftp)://[^\s<>\"]+)"
    r"|(?P<www>\bwww\.[^\s<>\"`]+)"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
PIECES = ["a", "B", "7", "é", "ж", "_", "-", ".", "..", "@", "%", "+", "/", ":", " ", "<", '"', "`", ")", "www.",
          "http://", "https://", "ftp://", "be", ".org", "x9"]  # fmt: skip


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


def a_case(pack: Pack, **answers: object) -> Case:
    return Case(
        pack_id=pack.id, code="C-7K4Q", created=date(2026, 10, 1), keep_until=date(2027, 6, 30), answers=answers
    )


def a_network(pack: Pack, *partners: Record) -> Sheet:
    sheet = Sheet(pack_id=pack.id, step_id="network")
    sheet.set("partners", RecordsAnswer(items=list(partners)))
    return sheet


# --------------------------------------------------------------------------------------------- long text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_the_linear_link_scan_finds_what_the_former_pattern_found(text: str) -> None:
    """Links, www addresses and e-mail addresses are found exactly where the former single pattern found them."""
    former = [(m.start(), m.end(), m.lastgroup == "www") for m in FORMER_LINK.finditer(text)]
    assert [(start, end, kind is LinkKind.WWW) for start, end, kind in link_spans(text)] == former


def test_a_megabyte_of_unbroken_text_exports_whole_and_escaped(nl: Pack) -> None:
    """1 MB without a space (a path, a colon, ``[`` and ``-`` runs, an @ without a domain) exports, escaped.

    Every regular expression over user text is linear, so this finishes; every copy of the text is in the sheet.
    """
    unit, escaped = "a.b/c:[[--x@y-", "a.b/c:\\[\\[\\--x\\@y-"
    text = unit * (1_000_000 // len(unit))
    sheet = render_case_sheet(nl, a_case(nl, shared_framing=TextAnswer(text=text)), None, None, TODAY)
    assert f"\n\n{escaped * (len(text) // len(unit))}\n" in sheet


def test_a_megabyte_of_links_and_addresses_without_spaces_exports(nl: Pack) -> None:
    """1 MB of ``http://``, ``www.`` and e-mail-like runs without a space: one autolink from the first ``http://``."""
    unit = "a.b/c:http://x[[--www.y@z.be-"
    text = unit * (1_000_000 // len(unit))
    sheet = render_case_sheet(nl, a_case(nl, shared_framing=TextAnswer(text=text)), None, None, TODAY)
    assert f"\n\na.b/c:<{text[len('a.b/c:') :]}>\n" in sheet


def test_a_megabyte_of_addresses_without_spaces_becomes_autolinks() -> None:
    """1 MB of e-mail addresses glued together: each becomes an autolink (a domain ends at its last letter)."""
    (block,) = text_blocks("jan@x.be9" * 100_000)
    assert block == "<jan@x.be>" + "<9jan@x.be>" * 99_999 + "9"


def test_a_megabyte_of_unbroken_markup_is_escaped_character_by_character() -> None:
    """1 MB of dashes comes out with every dash but the last escaped (pandoc would print dashes otherwise)."""
    (block,) = text_blocks("-" * 1_000_000)
    assert block == "\\-" * 999_999 + "-"


def test_trailing_punctuation_of_a_long_link_stays_out_of_it() -> None:
    """A link followed by a long run of dots keeps the dots after the autolink (found in one pass)."""
    assert inline("https://x.be" + "." * 100_000, line_start=False) == "<https://x.be>" + "." * 100_000


def test_many_equal_headings_are_numbered_in_order() -> None:
    """Repeated headings count on: the thousandth copy of a title is numbered 1000."""
    doc = MarkdownDoc()
    for _ in range(1000):
        doc.heading(2, "Afspraak")
    assert doc.blocks[:2] == ["## Afspraak", "## Afspraak (2)"]
    assert doc.blocks[-1] == "## Afspraak (1000)"


# --------------------------------------------------------------------------------------------- typed characters kept


def test_a_no_break_space_stays_a_no_break_space_in_markdown() -> None:
    """A number typed with no-break spaces is exported with them (export does not rewrite what was typed)."""
    typed = f"85{NBSP}07{NBSP}30-033.61 en 1{NNBSP}000 euro"
    assert inline(typed) == typed
    assert heading_text(typed) == inline(typed, line_start=False)


def test_one_line_joins_lines_but_keeps_no_break_spaces() -> None:
    """Line breaks and runs of ordinary spaces become one space; no-break spaces are kept, also at the ends."""
    assert one_line(f"  a\n\n b{NBSP}c \t d{NBSP}") == f"a b{NBSP}c d{NBSP}"
    assert shorten(f"tel.{NBSP}0470{NBSP}12{NBSP}34{NBSP}56", 60) == f"tel.{NBSP}0470{NBSP}12{NBSP}34{NBSP}56"


def test_a_no_break_space_stays_in_the_calendar(nl: Pack) -> None:
    """An agreement's text with a no-break space reaches the calendar event with it."""
    agreement = Record(values={"what": f"Bel 0470{NBSP}12{NBSP}34{NBSP}56", "report_date": date(2026, 12, 11)})
    data = render_calendar(nl, [a_case(nl, agreements=RecordsAnswer(items=[agreement]))], None, stamp=STAMP)
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert f"0470{NBSP}12{NBSP}34{NBSP}56" in str(event["SUMMARY"])


# --------------------------------------------------------------------------------------------- bidi controls


def test_bidi_controls_are_left_out_of_markdown_text() -> None:
    """Overrides, embeddings, isolates and direction marks are removed from text, headings and cells."""
    typed = "".join(f"{char}x" for char in BIDI)
    assert inline(typed) == "x" * len(BIDI)
    assert heading_text(typed) == "x" * len(BIDI)
    assert text_blocks(f"a{RLO}b\n\n- c{RLO}d") == ["ab", "- cd"]


def test_a_right_to_left_override_does_not_reach_a_case_sheet(nl: Pack) -> None:
    """A sentence with U+202E in a case's answer, description and agreement reaches the sheet without it."""
    agreement = Record(values={"what": f"Moeder betaalt {RLO}000 1"})
    case = a_case(nl, shared_framing=TextAnswer(text=f"Niet {RLO}akkoord"), agreements=RecordsAnswer(items=[agreement]))
    case.description = f"Casus {RLO}X"
    sheet = render_case_sheet(nl, case, None, None, TODAY)
    assert not set(BIDI) & set(sheet)
    assert "Niet akkoord" in sheet and "Moeder betaalt 000 1" in sheet


def test_bidi_controls_do_not_reach_the_network_map_or_its_diagram(nl: Pack) -> None:
    """Partner names with bidi controls lose them in the tables and in the Mermaid labels."""
    partner = Record(id="p-caw1", values={"organisation": f"CAW {RLO}Noord{BIDI}"})
    net = a_network(nl, partner)
    assert mermaid_text(f"a{RLO}b") == "ab"
    assert "CAW Noord" in mermaid_diagram(nl, net, None, "nl")
    assert not set(BIDI) & set(mermaid_diagram(nl, net, None, "nl"))
    sheet = render_network(nl, net, None, today=TODAY)
    assert "CAW Noord" in sheet and not set(BIDI) & set(sheet)


def test_bidi_controls_do_not_reach_the_calendar(nl: Pack) -> None:
    """An event's summary and description hold no bidi controls (the .ics file as a whole holds none)."""
    agreement = Record(
        values={"what": f"Bel {RLO}moeder", "report_date": date(2026, 12, 11), "report_to": f"CLB{BIDI}"}
    )
    data = render_calendar(nl, [a_case(nl, agreements=RecordsAnswer(items=[agreement]))], None, stamp=STAMP)
    text = data.decode("utf-8")
    assert not set(BIDI) & set(text)
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert "Bel moeder" in str(event["SUMMARY"]) and "CLB" in str(event["DESCRIPTION"])
    assert strip_control(f"a{RLO}b\r\nc") == "ab\nc"
