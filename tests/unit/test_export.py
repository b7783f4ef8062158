"""The outputs: Markdown building blocks, the three built-in sheets, the generic layout, the export API, golden files.

Golden files live in ``tests/data/golden/<language>/``: the demo workspace exported with ``today`` fixed. After an
intended change of the outputs, regenerate them with::

    BOUWSTEEN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/unit/test_export.py -k golden

and review the diff before committing.
"""

from __future__ import annotations

import os
import re
import stat
import string
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import (
    SELF_PARTNER,
    Case,
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    ScaleAnswer,
    Sheet,
    TextAnswer,
)
from bouwsteen_tui.core.calendar_memory import WorkspaceIdentity
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import build_demo, write_demo
from bouwsteen_tui.core.files import dump_document
from bouwsteen_tui.core.ledger import LEDGER_DIR
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import CALENDAR_STATE_FILE, WORKSPACE_ID_FILE, Workspace
from bouwsteen_tui.export import (
    Output,
    OutputKind,
    export_outputs,
    list_outputs,
    render_case_sheet,
    render_generic_step,
    render_network,
    render_role_card,
)
from bouwsteen_tui.export.network_map import (
    LinkStrength,
    group_partners,
    link_strength,
    strength_field,
)
from bouwsteen_tui.export.network_sheet import mermaid_diagram
from bouwsteen_tui.export.strings import STRINGS, format_date
from bouwsteen_tui.export.writers.markdown import mermaid_text
from tests.unit.markdown_text import MarkdownDoc, cell, heading_text, inline, text_blocks, text_inline

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN = DATA / "golden"
TODAY = date(2026, 11, 28)
MD_ICS = {"md", "ics"}  # the listings below name the Markdown files and the calendar; HTML follows each document


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


@pytest.fixture(scope="module")
def en() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("en"))


@pytest.fixture(scope="module")
def every_kind() -> Pack:
    return load_pack_or_raise(DATA / "packs" / "every-kind")


@pytest.fixture(scope="module")
def minimal() -> Pack:
    return load_pack_or_raise(DATA / "packs" / "minimal")


def role(pack: Pack, **answers: object) -> Sheet:
    return Sheet(pack_id=pack.id, step_id="role", answers=answers)


def network(pack: Pack, *partners: Record, **answers: object) -> Sheet:
    sheet = Sheet(pack_id=pack.id, step_id="network", answers=answers)
    sheet.set("partners", RecordsAnswer(items=list(partners)))
    return sheet


def case(pack: Pack, **answers: object) -> Case:
    return Case(
        pack_id=pack.id, code="C-7K4Q", created=date(2026, 10, 1), keep_until=date(2027, 6, 30), answers=answers
    )


def body(markdown: str) -> str:
    """The Markdown without its front matter and its title line."""
    return markdown.split("\n---\n", 1)[1].lstrip("\n").split("\n", 1)[1]


def headings(markdown: str) -> list[str]:
    return [line for line in body(markdown).splitlines() if line.startswith("#")]


# --------------------------------------------------------------------------------------------- escaping


def test_inline_escapes_markup_so_it_renders_as_typed() -> None:
    """Stars, underscores, brackets, pipes and angle brackets in user text are escaped, not interpreted."""
    assert inline("*vet* en _schuin_ [link](x) a|b <b>") == r"\*vet\* en \_schuin\_ \[link\](x) a\|b \<b\>"


def test_inline_turns_email_addresses_and_links_into_autolinks() -> None:
    """E-mail addresses and URLs are wrapped in angle brackets (markdownlint MD034), trailing punctuation kept out."""
    text = inline("Mail a.peeters@example.org of zie https://example.be/info.")
    assert text == "Mail <a.peeters@example.org> of zie <https://example.be/info>."


def test_inline_escapes_what_would_start_a_heading_or_list() -> None:
    """A line typed as ``# x``, ``- x`` or ``1. x`` stays text."""
    assert inline("# geen kop") == r"\# geen kop"
    assert inline("- geen lijst") == r"\- geen lijst"
    assert inline("1. geen lijst") == r"1\. geen lijst"


def test_text_blocks_keep_line_breaks_and_typed_lists() -> None:
    """Lines become hard line breaks; typed bullets and numbers become lists; blank lines separate paragraphs."""
    blocks = text_blocks("Eerste regel\ntweede regel\n\nWe doen:\n- ontbijt\n* gesprek\n\n1. een\n3. twee")
    assert blocks == ["Eerste regel\\\ntweede regel", "We doen:", "- ontbijt\n- gesprek", "1. een\n2. twee"]


def test_text_inside_a_list_item_nests_typed_lists() -> None:
    """In a list item, typed bullets become a nested list below the lead text."""
    assert text_inline("Procedures:\n- draaiboek\n- privacy") == "Procedures:\n- draaiboek\n- privacy"


def test_cells_hold_one_escaped_line_or_a_dash() -> None:
    """A table cell collapses line breaks, escapes ``|`` and shows a dash when empty."""
    assert cell("a | b\nc", "nl") == r"a \| b c"
    assert cell("  ", "nl") == "–"


def test_heading_text_drops_trailing_punctuation() -> None:
    """Headings lose a trailing period or colon (markdownlint MD026) but keep a question mark."""
    assert heading_text("Formuleer afspraken concreet.") == "Formuleer afspraken concreet"
    assert heading_text("Wie ben ik?") == "Wie ben ik?"


def test_repeated_headings_are_made_unique() -> None:
    """The same heading twice gets a number the second time (markdownlint MD024)."""
    doc = MarkdownDoc()
    doc.heading(2, "Partner")
    doc.heading(2, "Partner")
    assert doc.blocks == ["## Partner", "## Partner (2)"]


def test_heading_levels_are_never_skipped() -> None:
    """A heading more than one level deeper than the previous one is lifted (markdownlint MD001)."""
    doc = MarkdownDoc()
    doc.heading(4, "Diep")
    assert doc.blocks == ["## Diep"]


def test_front_matter_holds_the_facts_and_the_title_is_a_visible_heading(nl: Pack) -> None:
    """The YAML front matter holds date and language; a visible ``# title`` follows (a paste into an e-mail starts
    with the title), and every other heading is level two or deeper."""
    markdown = render_role_card(nl, role(nl, function=TextAnswer(text="leerkracht")), None, today=TODAY)
    assert markdown.startswith('---\ndate: "2026-11-28"\nlang: "nl-BE"\n---\n\n# Rolkaart\n\n## ')
    assert [line for line in markdown.splitlines() if line.startswith("# ")] == ["# Rolkaart"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_demo_outputs_have_clean_whitespace(language: str) -> None:
    """No trailing spaces, no tabs, no double blank lines, exactly one final newline, in every demo sheet."""
    pack = load_pack_or_raise(builtin_pack_dir(language))
    profile, net, cases = build_demo(pack)
    outputs = [render_role_card(pack, profile, net, today=TODAY), render_network(pack, net, profile, today=TODAY)]
    outputs += [render_case_sheet(pack, c, net, profile, TODAY) for c in cases]
    for markdown in outputs:
        assert markdown.endswith("\n") and not markdown.endswith("\n\n")
        assert "\n\n\n" not in markdown
        assert "\t" not in markdown
        assert not [line for line in markdown.splitlines() if line != line.rstrip()]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_demo_headings_are_unique(language: str) -> None:
    """No two headings of a demo sheet are the same."""
    pack = load_pack_or_raise(builtin_pack_dir(language))
    profile, net, cases = build_demo(pack)
    for markdown in [render_network(pack, net, profile), *(render_case_sheet(pack, c, net, profile) for c in cases)]:
        found = headings(markdown)
        texts = [h.lstrip("#").strip().casefold() for h in found]
        assert len(texts) == len(set(texts)), found


# --------------------------------------------------------------------------------------------- role card


def test_role_card_lists_who_i_am_with_short_labels(nl: Pack) -> None:
    """Function, organisation, sector and secrecy appear as a labelled list under 'Wie ben ik?'."""
    sheet = role(
        nl,
        function=TextAnswer(text="zorgcoördinator"),
        organisation=TextAnswer(text="VBS De Linde"),
        sector=ChoiceAnswer(selected=["education"]),
        secrecy=ChoiceAnswer(selected=["discretion"]),
    )
    text = body(render_role_card(nl, sheet, None))
    assert "## 1. Wie ben ik?\n\n- **Functie:** zorgcoördinator\n- **Organisatie:** VBS De Linde\n" in text
    assert "- **Sector:** onderwijs\n- **Beroepsgeheim of discretieplicht:** discretieplicht" in text


def test_role_card_marks_the_primary_way_of_working(nl: Pack) -> None:
    """The way of working the user marked as primary says so."""
    sheet = role(nl, way_of_working=ChoiceAnswer(selected=["preventive", "signalling"], primary="signalling"))
    assert "- **Werkwijze:** preventief, signalerend (vooral)" in render_role_card(nl, sheet, None)


def test_role_card_includes_own_additions(nl: Pack) -> None:
    """Own additions to the offer are listed after the options."""
    sheet = role(nl, offer_actions=ChoiceAnswer(selected=["conversations"], other=["huisbezoek"]))
    assert "- **Wat ik kan opnemen:** gesprekken, huisbezoek" in render_role_card(nl, sheet, None)


def test_role_card_leaves_out_unanswered_questions_and_parts(nl: Pack) -> None:
    """Only what was answered is shown: no empty labels, no parts without answers."""
    text = render_role_card(nl, role(nl, core_task=TextAnswer(text="Leerlingen begeleiden.")), None)
    assert headings(text) == ["## 2. Wat is mijn opdracht?"]
    assert "Werkwijze" not in text and "Functie" not in text


def test_role_card_shows_the_message_for_partners_as_a_paragraph(nl: Pack) -> None:
    """The message for partners is a paragraph under its own heading, not a labelled item."""
    text = render_role_card(nl, role(nl, partner_message=TextAnswer(text="Ik ben er voor jullie.")), None)
    assert body(text).strip().endswith("## 8. Mijn boodschap voor partners\n\nIk ben er voor jullie.")


def test_empty_role_card_says_nothing_was_filled_in(nl: Pack) -> None:
    """An unanswered role card says so instead of being blank."""
    assert body(render_role_card(nl, None, None)).strip() == "Er is nog niets ingevuld voor deze stap."


def test_role_card_leaves_out_the_self_check(nl: Pack) -> None:
    """The step's checklist is the author's self-check and is not printed on the card for partners."""
    sheet = role(nl, role_checklist=ChecklistAnswer(checked=["offer"]), core_task=TextAnswer(text="x"))
    assert "[x]" not in render_role_card(nl, sheet, None)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_demo_role_card_stays_within_one_page(language: str) -> None:
    """The filled-in demo card stays as short as the version that printed on one A4 page.

    Checked by hand: pandoc to DOCX (A4, 11 pt, 2 cm margins), LibreOffice to PDF, one page in both languages at
    about 2,100 characters; the budget leaves a little room.
    """
    pack = load_pack_or_raise(builtin_pack_dir(language))
    profile, net, _cases = build_demo(pack)
    assert len(body(render_role_card(pack, profile, net, today=TODAY))) <= 2300


def test_english_pack_gives_an_english_role_card(en: Pack) -> None:
    """The outputs follow the pack's language: English title, labels and language tag."""
    text = render_role_card(en, role(en, function=TextAnswer(text="teacher")), None, today=TODAY)
    assert "\n# Role card\n" in text and 'lang: "en-GB"' in text
    assert "- **Job title:** teacher" in text


# --------------------------------------------------------------------------------------------- case sheet

PEETERS = Record(
    id="p-school",
    values={
        "organisation": "VBS De Linde",
        "type": "school",
        "contact": "Mevr. A. Peeters",
        "email": "zorg@delinde.example.be",
        "strength": "strong",
    },
)
CAW = Record(id="p-cawnoord", values={"organisation": "CAW Noord", "type": "welfare", "strength": "weak"})


def test_case_sheet_names_the_case_code_and_date(nl: Pack) -> None:
    """Title and front matter carry the case code; the overview lists code and date."""
    text = render_case_sheet(nl, case(nl), None, None, TODAY)
    assert "\n# Casusverslag C-7K4Q\n" in text and 'case: "C-7K4Q"' in text
    assert "- **Casuscode:** C-7K4Q\n- **Datum:** 28-11-2026" in text


def test_case_sheet_resolves_partners_from_the_network_map(nl: Pack) -> None:
    """The partners involved are named from the network map with their contact; 'self' is my organisation."""
    net = network(nl, PEETERS, CAW)
    profile = role(nl, organisation=TextAnswer(text="CLB Voorbeeldstad"))
    text = render_case_sheet(nl, case(nl, case_partners=PartnerAnswer(partners=[SELF_PARTNER, "p-school"])), net,
                             profile, TODAY)
    assert "| CLB Voorbeeldstad | – | – | – |" in text
    assert "| VBS De Linde | Mevr. A. Peeters | <zorg@delinde.example.be> | – |" in text
    assert "CAW Noord" not in text


def test_case_sheet_shows_agreements_as_a_table(nl: Pack) -> None:
    """Each agreement is a row: what, who, by when, report back (when, to whom), adjust (when, how)."""
    agreement = Record(values={
        "what": "Gesprek met moeder", "who": "p-school", "by_when": date(2026, 12, 4),
        "report_date": date(2026, 12, 11), "report_to": "CLB", "adjust_date": date(2027, 1, 15),
        "adjust_how": "nieuw overleg",
    })
    text = render_case_sheet(nl, case(nl, agreements=RecordsAnswer(items=[agreement])), network(nl, PEETERS), None)
    assert (
        "| Nr. | Wat | Wie | Tegen wanneer | Terugkoppeling (wanneer, aan wie) | Bijsturing (wanneer, hoe) |" in text
    )
    row = "| 1 | Gesprek met moeder | VBS De Linde | 04-12-2026 | 11-12-2026, aan CLB | 15-01-2027: nieuw overleg |"
    assert row in text


def test_long_agreements_are_written_out_below_the_table(nl: Pack) -> None:
    """A long or multi-line agreement is shortened in its cell and written in full in a list below the table."""
    what = "Het CLB volgt de afwezigheden op.\nBij meer dan vijf halve dagen volgt een gesprek."
    text = render_case_sheet(nl, case(nl, agreements=RecordsAnswer(items=[Record(values={"what": what})])), None, None)
    assert "(zie afspraak 1 voluit)" in text
    assert "#### Afspraken voluit\n\n- **Afspraak 1:** Het CLB volgt de afwezigheden op.\\\n  Bij meer dan" in text


def test_chosen_actions_show_who_takes_each_on(nl: Pack) -> None:
    """Chosen actions form a table with who takes them on; the other ideas are listed apart."""
    actions = RecordsAnswer(items=[
        Record(id="r-actie1", values={"idea": "ontbijt op school", "feasibility": "high", "chosen": True}),
        Record(id="r-actie2", values={"idea": "huiswerkklas", "chosen": True}),
        Record(id="r-actie3", values={"idea": "jeugdhulp", "impact": "high", "chosen": False}),
    ])
    tasks = RecordsAnswer(items=[Record(values={"action": "r-actie1", "partner": "p-school"})])
    text = render_case_sheet(nl, case(nl, actions=actions, task_division=tasks), network(nl, PEETERS), None)
    assert "| ontbijt op school | 3 – goed haalbaar | – | VBS De Linde |" in text
    assert "| huiswerkklas | – | – | nog niemand |" in text
    assert "- jeugdhulp (haalbaarheid: –; impact: 3 – groot)" in text


def test_perspectives_are_a_sub_section_per_partner(nl: Pack) -> None:
    """Each perspective is headed by its partner, with observations and interpretations apart."""
    perspectives = RecordsAnswer(items=[
        Record(values={"partner": "p-school", "observations": "Komt te laat.", "interpretations": "Moe."}),
    ])
    text = render_case_sheet(nl, case(nl, perspectives=perspectives), network(nl, PEETERS), None)
    assert "#### Invalshoek 1: VBS De Linde\n\n- **Observaties:** Komt te laat.\n- **Interpretaties:** Moe." in text


def test_a_partner_no_longer_on_the_map_reads_as_unknown(nl: Pack) -> None:
    """A reference to a deleted partner is shown as 'onbekende partner', never as its internal id."""
    agreement = Record(values={"what": "Bellen", "who": "p-wegweg"})
    text = render_case_sheet(nl, case(nl, agreements=RecordsAnswer(items=[agreement])), network(nl, PEETERS), None)
    assert "onbekende partner" in text and "p-wegweg" not in text


def test_case_sheet_lists_its_points_to_check(nl: Pack) -> None:
    """The case's cross-step findings appear under 'Aandachtspunten'."""
    agreement = Record(values={"what": "Bellen"})
    text = render_case_sheet(nl, case(nl, agreements=RecordsAnswer(items=[agreement])), None, None, TODAY)
    section = body(text).split("## Aandachtspunten\n", 1)[1]
    assert "- **C-7K4Q, afspraak 1:** Niemand neemt deze afspraak op" in section
    assert "Er is geen datum om terug te koppelen" in section


def test_case_sheet_without_answers_says_so(nl: Pack) -> None:
    """A case without answers shows its code and says nothing was filled in."""
    text = body(render_case_sheet(nl, case(nl), None, None, TODAY))
    assert "Er is nog niets ingevuld voor deze stap." in text


def test_unknown_agreement_shapes_fall_back_to_the_generic_layout(minimal: Pack) -> None:
    """A pack whose agreements have other fields gets a sub-section per agreement instead of the table."""
    agreement = Record(values={"what": "Bellen", "report_date": date(2026, 12, 1)})
    text = render_case_sheet(minimal, case(minimal, agreements=RecordsAnswer(items=[agreement])), None, None, TODAY)
    assert "| Nr. |" not in text
    assert "#### Agreement 1: Bellen\n\n- **Report back when?** 1 December 2026" in text


# --------------------------------------------------------------------------------------------- network map


def test_partners_tables_hold_role_expertise_strength_and_contact_details(nl: Pack) -> None:
    """One table says who each partner is (type, role, expertise, strength), one how to reach them."""
    partner = Record(id="p-school", values={
        "organisation": "VBS De Linde", "type": "school", "contact": "Mevr. A. Peeters",
        "email": "zorg@delinde.example.be", "phone": "050 12 34 56", "role": "zorg", "reachability": "ma–vr",
        "expertise": ["pedagogical", "psychosocial"], "strength": "strong",
    })
    text = render_network(nl, network(nl, partner), None)
    assert "| VBS De Linde | school | zorg | pedagogisch, psychosociaal | sterk |" in text
    assert "| VBS De Linde | Mevr. A. Peeters | <zorg@delinde.example.be> | 050 12 34 56 | ma–vr |" in text


def test_network_map_has_a_mermaid_diagram_with_my_organisation_at_the_root(nl: Pack) -> None:
    """The diagram starts at my organisation, groups partners per type and draws strength on the edges."""
    profile = role(nl, organisation=TextAnswer(text="CLB Voorbeeldstad"))
    text = render_network(nl, network(nl, PEETERS, CAW), profile)
    diagram = text.split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    assert diagram.splitlines()[:2] == ["flowchart LR", '    me(["CLB Voorbeeldstad"])']
    assert '    subgraph type_welfare["welzijn"]' in diagram
    assert "    me ==>|sterk| p_school" in diagram
    assert "    me -.->|zwak| p_cawnoord" in diagram


def test_network_gaps_collect_partner_gaps_missing_links_and_missing_expertise(nl: Pack) -> None:
    """The gaps section holds the network's gaps, each partner's gaps, unlinked partners and uncovered expertise."""
    lonely = Record(id="p-jeugd", values={"organisation": "Jeugdhulp", "strength": "none"})
    gappy = Record(id="p-shuis", values={"organisation": "Sociaal Huis", "gaps": "geen vaste contactpersoon"})
    net = network(nl, lonely, gappy, network_gaps=TextAnswer(text="Alles via één collega."),
                  needed_expertise=ChoiceAnswer(selected=["medical"]))
    section = body(render_network(nl, net, None)).split("### Hiaten\n\n", 1)[1].split("\n\n##", 1)[0]
    assert section == (
        "Alles via één collega.\n\n- **Sociaal Huis:** geen vaste contactpersoon\n"
        "- **Nog geen relatie met:** Jeugdhulp\n- **Expertise die nog geen partner inbrengt:** medisch"
    )


def test_needed_expertise_shows_who_brings_it_in(nl: Pack) -> None:
    """Each needed expertise lists the partners that bring it in, or says none does yet."""
    net = network(nl, Record(values={"organisation": "CAW", "expertise": ["psychosocial"]}),
                  needed_expertise=ChoiceAnswer(selected=["psychosocial", "legal"], other=["verslaving"]))
    text = render_network(nl, net, None)
    assert "| psychosociaal | CAW |" in text
    assert "| juridisch | nog geen enkele partner |" in text
    assert "| verslaving | eigen aanvulling, niet nagekeken |" in text


def test_meetings_are_a_table_by_date_with_their_agendas(nl: Pack) -> None:
    """Standing meetings are sorted by date; an agenda follows under its own heading."""
    meetings = RecordsAnswer(items=[
        Record(values={"date": date(2027, 2, 9), "aim": "evaluatie", "period": "term2"}),
        Record(values={"date": date(2026, 10, 13), "aim": "start", "agenda": "1. wie is wie\n2. aanbod"}),
    ])
    text = render_network(nl, network(nl, meetings=meetings), None)
    assert text.index("| 13-10-2026 | – | start |") < text.index("| 09-02-2027 | 2e trimester | evaluatie |")
    assert "#### Agenda van het overleg van 13-10-2026\n\n1. wie is wie\n2. aanbod" in text


def test_mandates_form_a_register(nl: Pack) -> None:
    """Mandates are a table: decision, who decides, when to align."""
    mandates = RecordsAnswer(items=[Record(values={"decision": "aanmelding CLB", "who_decides": "zorgcoördinator"})])
    text = render_network(nl, network(nl, mandates=mandates), None)
    header, _dashes, row = body(text).split("### Mandatenregister\n\n", 1)[1].splitlines()[:3]
    assert header == "| Beslissing | Wie beslist | Wanneer afstemmen |"
    assert row == "| aanmelding CLB | zorgcoördinator | – |"


def test_partners_are_grouped_by_type_in_option_order(nl: Pack) -> None:
    """Groups follow the order of the type options; partners without a type come last as 'other partners'."""
    sport = Record(id="p-sport", values={"organisation": "Sportclub", "type": "leisure", "strength": "weak"})
    untyped = Record(id="p-xxxx", values={"organisation": "Buurthuis"})
    groups = group_partners(nl, network(nl, sport, untyped, CAW, PEETERS), "nl")
    assert [(g.type_id, g.title, [p.name for p in g.partners]) for g in groups] == [
        ("school", "school", ["VBS De Linde"]),
        ("welfare", "welzijn", ["CAW Noord"]),
        ("leisure", "vrije tijd", ["Sportclub"]),
        ("", "Andere partners", ["Buurthuis"]),
    ]
    assert [p.strength for g in groups for p in g.partners] == [
        LinkStrength.STRONG, LinkStrength.WEAK, LinkStrength.WEAK, LinkStrength.UNKNOWN,
    ]


def test_other_strength_scales_map_by_position(every_kind: Pack) -> None:
    """A trainer's scale (here weak/strong) maps its last option to strong and unknown values to unknown."""
    scale = strength_field(every_kind)
    assert link_strength(scale, "strong") is LinkStrength.STRONG
    assert link_strength(scale, "weak") is LinkStrength.WEAK
    assert link_strength(scale, "bogus") is LinkStrength.UNKNOWN


def test_mermaid_labels_are_made_safe() -> None:
    """Quotes, angle brackets and pipes in names cannot break the diagram."""
    assert mermaid_text('De "Linde" <b> | x') == "De #quot;Linde#quot; #lt;b#gt; #124; x"


def test_a_partner_without_strength_gets_a_plain_line(nl: Pack) -> None:
    """A relationship whose strength is not filled in is drawn as a plain, unlabelled line."""
    diagram = mermaid_diagram(nl, network(nl, Record(id="p-xxxx", values={"organisation": "X"})), None, "nl")
    assert diagram.splitlines()[-1] == "    me --- p_xxxx"


# --------------------------------------------------------------------------------------------- generic layout


def every_kind_sheet() -> Sheet:
    return Sheet(pack_id="every_kind", step_id="profile", answers={
        "profile_checklist": ChecklistAnswer(checked=["two"]),
        "long_text": TextAnswer(text="Regel een\nregel twee"),
        "short_text": TextAnswer(text="kort"),
        "many": ChoiceAnswer(selected=["a", "c"], other=["eigen"], primary="c"),
        "one": ChoiceAnswer(selected=["y"]),
        "when": DateAnswer(value=date(2026, 11, 28)),
        "how_much": ScaleAnswer(value="mid"),
        "tick": ChecklistAnswer(checked=["q"]),
    })


def test_generic_step_shows_each_answer_in_the_form_of_its_kind(every_kind: Pack) -> None:
    """Text as paragraphs, choices as a list with own additions, checklist as [x]/[ ], date, scale as its label."""
    text = render_generic_step(every_kind, every_kind.step("profile"), every_kind_sheet(), today=TODAY)
    assert "### Lange tekst\n\nRegel een\\\nregel twee" in text
    assert "- **Korte tekst:** kort" in text
    assert "### Meerdere keuzes\n\n- Optie A\n- Optie C (vooral)\n- eigen" in text
    assert "- **Eén keuze:** Optie Y" in text
    assert "- **Datum:** 28-11-2026\n- **Schaal:** 2" in text
    assert "### Losse checklist\n\n- [ ] Punt P\n- [x] Punt Q" in text
    assert "## Checklist\n\n- [ ] Eerste punt\n- [x] Tweede punt" in text


def test_generic_step_headings_follow_the_parts(every_kind: Pack) -> None:
    """Each answered part is a level-2 heading with its number."""
    text = render_generic_step(every_kind, every_kind.step("profile"), every_kind_sheet())
    assert [h for h in headings(text) if h.startswith("## ")] == [
        "## 1. Tekst", "## 2. Keuzes", "## 3. Overige", "## Checklist",
    ]


def test_generic_records_resolve_partners_and_referenced_records(every_kind: Pack) -> None:
    """Record fields show partner names and the title of the record they refer to, never internal ids."""
    net = Sheet(pack_id="every_kind", step_id="network", answers={"partners": RecordsAnswer(items=[
        Record(id="p-clb1", values={"organisation": "CLB Oost"})])})
    answers = case(every_kind,
                   ideas=RecordsAnswer(items=[Record(id="r-idee1", values={"idea": "Ontbijt", "chosen": True})]),
                   tasks=RecordsAnswer(items=[Record(values={"idea": "r-idee1", "who": "p-clb1"})]))
    text = render_generic_step(every_kind, every_kind.step("case"), answers, net, case_code="C-7K4Q")
    assert "#### Idee 1: Ontbijt\n\n- **Gekozen:** ja" in text
    assert "#### Taak 1: Ontbijt\n\n- **Wie:** CLB Oost" in text
    assert "r-idee1" not in text and "p-clb1" not in text


def test_dates_follow_the_language() -> None:
    """Dutch dates read dd-mm-jjjj, English ones '28 November 2026'."""
    assert format_date(date(2026, 11, 28), "nl") == "28-11-2026"
    assert format_date(date(2027, 1, 5), "en") == "5 January 2027"


def test_every_string_exists_in_both_languages_with_the_same_placeholders() -> None:
    """The catalogue is complete: no empty string, and Dutch and English fill in the same ``{names}``."""

    def names(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, (dutch, english) in STRINGS.items():
        assert dutch.strip() and english.strip(), key
        assert names(dutch) == names(english), key


# --------------------------------------------------------------------------------------------- export API


def test_outputs_are_named_per_language(nl: Pack, en: Pack) -> None:
    """File names follow the language: rolkaart.md / role-card.md and so on."""
    for pack, names in (
        (nl, ["rolkaart.md", "casusverslag-C-3MXR.md", "afsprakenblad-C-3MXR.md", "gezinsblad-C-3MXR.md",
              "casusverslag-C-7K4Q.md", "afsprakenblad-C-7K4Q.md", "gezinsblad-C-7K4Q.md", "netwerkkaart.md",
              "kalender.ics"]),
        (en, ["role-card.md", "case-record-C-3MXR.md", "agreement-sheet-C-3MXR.md", "family-sheet-C-3MXR.md",
              "case-record-C-7K4Q.md", "agreement-sheet-C-7K4Q.md", "family-sheet-C-7K4Q.md", "network-map.md",
              "calendar.ics"]),
    ):
        profile, net, cases = build_demo(pack)
        outputs = list_outputs(pack, {"role": profile, "network": net}, cases, today=TODAY, formats=MD_ICS)
        assert [o.filename for o in outputs] == names


def test_outputs_describe_themselves_and_render(nl: Pack) -> None:
    """Each output has an id, a title and a kind, and renders to text for a preview."""
    profile, net, cases = build_demo(nl)
    outputs = {o.id: o for o in list_outputs(nl, {"role": profile, "network": net}, cases, today=TODAY, formats=MD_ICS)}
    cases_ids = {f"case:{code}{reader}" for code in ("C-7K4Q", "C-3MXR") for reader in ("", ":partners", ":family")}
    assert set(outputs) == {"role", "network", "calendar", *cases_ids}
    sheet = outputs["case:C-7K4Q"]
    assert (sheet.title, sheet.kind, sheet.case_code) == ("Casusverslag C-7K4Q", OutputKind.MARKDOWN, "C-7K4Q")
    assert sheet.render().startswith('---\ndate: "2026-11-28"\ncase: "C-7K4Q"')
    assert outputs["calendar"].render().startswith("BEGIN:VCALENDAR\r\n")


def test_list_outputs_keeps_empty_sheets_unless_asked(nl: Pack) -> None:
    """Without answers the app can still preview the sheets; ``skip_empty`` leaves them out."""
    assert [o.id for o in list_outputs(nl, {}, [], formats=MD_ICS)] == ["role", "network", "calendar"]
    assert list_outputs(nl, {}, [], skip_empty=True) == []


def test_unknown_formats_are_refused(nl: Pack) -> None:
    """Asking for a format that does not exist is an error, not an empty export."""
    with pytest.raises(ValueError, match="pdf"):
        list_outputs(nl, {}, [], formats={"pdf"})


def demo_workspace(root: Path, pack: Pack) -> Path:
    with Workspace.open(root) as workspace:
        write_demo(workspace, pack)
    return root


def test_export_writes_private_files_and_returns_their_paths(nl: Pack, tmp_path: Path) -> None:
    """Every output is written into the folder, readable by the owner only, and its path returned."""
    root = demo_workspace(tmp_path / "ws", nl)
    with Workspace.open(root, read_only=True) as workspace:
        paths = export_outputs(workspace, nl, tmp_path / "out", formats=MD_ICS, today=TODAY)
    assert [p.name for p in paths] == [
        "rolkaart.md", "casusverslag-C-3MXR.md", "afsprakenblad-C-3MXR.md", "gezinsblad-C-3MXR.md",
        "casusverslag-C-7K4Q.md", "afsprakenblad-C-7K4Q.md", "gezinsblad-C-7K4Q.md",
        "netwerkkaart.md", "kalender.ics",
    ]
    for path in paths:
        assert path.parent == tmp_path / "out"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


def test_export_of_one_case_writes_only_that_case(nl: Pack, tmp_path: Path) -> None:
    """With a case code only its three documents and a calendar of its dates are written."""
    root = demo_workspace(tmp_path / "ws", nl)
    with Workspace.open(root, read_only=True) as workspace:
        paths = export_outputs(workspace, nl, tmp_path / "out", case_code="C-3MXR", formats=MD_ICS, today=TODAY)
    assert [p.name for p in paths] == [
        "casusverslag-C-3MXR.md", "afsprakenblad-C-3MXR.md", "gezinsblad-C-3MXR.md", "kalender-C-3MXR.ics",
    ]
    calendar = paths[1].read_text(encoding="utf-8")
    assert "C-3MXR" in calendar and "C-7K4Q" not in calendar and "-network-" not in calendar


def test_export_only_markdown(nl: Pack, tmp_path: Path) -> None:
    """``formats={'md'}`` writes no calendar."""
    root = demo_workspace(tmp_path / "ws", nl)
    with Workspace.open(root, read_only=True) as workspace:
        paths = export_outputs(workspace, nl, tmp_path / "out", formats={"md"}, today=TODAY)
    assert paths and all(p.suffix == ".md" for p in paths)


def test_export_of_an_empty_workspace_writes_nothing(nl: Pack, tmp_path: Path) -> None:
    """Without answers there is nothing to export, so nothing is written."""
    with Workspace.open(tmp_path / "ws") as workspace:
        assert export_outputs(workspace, nl, tmp_path / "out", today=TODAY) == []


def test_export_of_an_unknown_case_is_an_error(nl: Pack, tmp_path: Path) -> None:
    """A case code the workspace does not hold raises KeyError (the CLI checks it first)."""
    with Workspace.open(tmp_path / "ws") as workspace, pytest.raises(KeyError):
        export_outputs(workspace, nl, tmp_path / "out", case_code="C-ZZZZ")


def test_an_english_pack_exports_english_sheets(en: Pack, tmp_path: Path) -> None:
    """An English pack writes English file names and English headings."""
    root = demo_workspace(tmp_path / "ws", en)
    with Workspace.open(root, read_only=True) as workspace:
        paths = export_outputs(workspace, en, tmp_path / "out", formats={"md"}, today=TODAY)
    network_map = next(p for p in paths if p.name == "network-map.md").read_text(encoding="utf-8")
    assert "\n# Network map and organisation agreements\n" in network_map
    assert "## Points to check" in network_map and "Aandachtspunten" not in network_map


def test_export_does_not_change_the_workspace(nl: Pack, tmp_path: Path) -> None:
    """Exporting reads the answers only: their files stay byte for byte the same. It adds the calendar's memory
    (the workspace's id and what the calendar held: see test_calendar_sync.py) and the ledger of what it wrote
    outside the workspace (test_ledger.py), and nothing else."""
    root = demo_workspace(tmp_path / "ws", nl)
    before = {p: p.read_bytes() for p in root.rglob("*.toml")}
    with Workspace.open(root, read_only=True) as workspace:
        export_outputs(workspace, nl, tmp_path / "out", today=TODAY)
    after = {p: p.read_bytes() for p in root.rglob("*.toml")}
    added = {p.relative_to(root).parts[0] if p.parent != root else p.name for p in set(after) - set(before)}
    assert added == {WORKSPACE_ID_FILE, CALENDAR_STATE_FILE, LEDGER_DIR}
    assert {p: data for p, data in after.items() if p in before} == before


# --------------------------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("language", ["nl", "en"])
def test_golden_outputs(language: str, tmp_path: Path) -> None:
    """The demo workspace exports exactly the golden files (regenerate: BOUWSTEEN_UPDATE_GOLDEN=1)."""
    pack = load_pack_or_raise(builtin_pack_dir(language))
    root = demo_workspace(tmp_path / "ws", pack)
    # the calendar's UIDs end in the workspace's id, random for every workspace: the golden one has a fixed id
    (root / WORKSPACE_ID_FILE).write_bytes(dump_document(WorkspaceIdentity(id="0123456789abcdef")))
    with Workspace.open(root, read_only=True) as workspace:
        paths = export_outputs(workspace, pack, tmp_path / "out", formats={"md", "html", "ics"}, today=TODAY)
    folder = GOLDEN / language
    if os.environ.get("BOUWSTEEN_UPDATE_GOLDEN") == "1":
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for path in paths:
            (folder / path.name).write_bytes(path.read_bytes())
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)
    for path in paths:
        expected = (folder / path.name).read_bytes()
        assert path.read_bytes() == expected, f"{path.name} differs from {folder / path.name}"


def test_golden_files_hold_no_dates_relative_to_the_run() -> None:
    """The golden files are dated by the fixed 'today' only, so they do not change from day to day."""
    dated = re.compile(r"\d{4}-\d{2}-\d{2}")
    for path in GOLDEN.glob("*/*.md"):
        front = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        assert dated.findall(front) == [TODAY.isoformat()], path


def test_output_is_a_frozen_description(nl: Pack) -> None:
    """An Output can be compared and hashed without rendering it."""
    output = list_outputs(nl, {}, [])[0]
    assert isinstance(output, Output)
    assert hash(output) == hash(list_outputs(nl, {}, [])[0])
