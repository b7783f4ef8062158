"""The three case documents, each for its reader: the case record, the agreement sheet, the family sheet.

The built-in packs declare with ``readers = [...]`` which answers the partners and the family read; the documents
are built once as a tree (export/model.py) and written by the writers. These tests read the documents through
the Markdown writer and through the tree itself.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import (
    SELF_PARTNER,
    Case,
    DateAnswer,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    Sheet,
    TextAnswer,
)
from bouwsteen_tui.core.content import Pack, builtin_pack_dir, field_for_role
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.export import build_case_document, build_family_sheet, render_case_sheet, render_family_sheet
from bouwsteen_tui.export.model import Builder, Heading, ListBlock, Notice, Paragraph, Table, Tone, plain_text
from bouwsteen_tui.export.writers.markdown import write_markdown

TODAY = date(2026, 11, 28)
SRC = Path(__file__).resolve().parents[2] / "src" / "bouwsteen_tui"

PEETERS = Record(id="p-school", values={
    "organisation": "VBS De Linde", "type": "school", "contact": "Mevr. A. Peeters",
    "email": "zorg@delinde.example.be", "phone": "050 12 34 56", "reachability": "ma-vr 8u-16u",
})
OBSERVATION = "Mogelijk somberheid; verder onderzoek nodig"
MONEY = "Het gezin heeft geldzorgen"


@pytest.fixture(scope="module", params=["nl", "en"])
def pack(request: pytest.FixtureRequest) -> Pack:
    return load_pack_or_raise(builtin_pack_dir(request.param))


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


def agreements(pack: Pack, *rows: dict[str, object]) -> RecordsAnswer:
    """Agreement records with values by field role (the tests do not rely on the pack's field ids)."""
    question = pack.records_for_role("agreements")
    assert question is not None
    items = []
    for row in rows:
        values = {}
        for role, value in row.items():
            found = field_for_role(question, role)
            assert found is not None, role
            values[found.id] = value
        items.append(Record(values=values))
    return RecordsAnswer(items=items)


def question_id(pack: Pack, role: str) -> str:
    question = pack.question_for_role(role)
    assert question is not None, role
    return question.id


def full_case(pack: Pack) -> Case:
    """A case with something in every sensitive answer and two agreements, one of which involves the family."""
    answers: dict[str, object] = {
        "shared_framing": TextAnswer(text=MONEY),
        "differences": TextAnswer(text="Verschillende visies"),
        "capacity": TextAnswer(text="Beperkte draagkracht van moeder"),
        "perspectives": RecordsAnswer(items=[Record(values={"partner": "p-school", "observations": OBSERVATION,
                                                            "interpretations": "Interpretatie X"})]),
        "priorities": RecordsAnswer(items=[Record(values={"partner": "p-school", "concerns": "Bezorgdheid Y"})]),
        question_id(pack, "case_partners"): PartnerAnswer(partners=[SELF_PARTNER, "p-school"]),
        question_id(pack, "agreements"): agreements(
            pack,
            {"what": "De zorgcoördinator belt het CLB over de afwezigheden.", "who": "p-school",
             "by_when": date(2026, 12, 4), "report_date": date(2026, 12, 11), "report_to": "aan de klastitularis",
             "involves_family": False},
            {"what": "Huisbezoek door het CAW (intern: ivm schulden)", "who": SELF_PARTNER,
             "by_when": date(2027, 1, 15), "adjust_date": date(2027, 2, 5), "involves_family": True,
             "family_wording": "Iemand komt bij jullie thuis op bezoek om te praten."},
        ),
        question_id(pack, "next_meeting"): DateAnswer(value=date(2027, 1, 22)),
    }
    return Case(pack_id=pack.id, code="C-7K4Q", created=date(2026, 10, 1), keep_until=date(2027, 6, 30),
                answers={k: v for k, v in answers.items() if k in pack.question_ids()})


def profile(pack: Pack) -> Sheet:
    answers = {question_id(pack, "own_organisation"): TextAnswer(text="CLB Voorbeeldstad"),
               question_id(pack, "own_function"): TextAnswer(text="maatschappelijk werker"),
               question_id(pack, "own_name"): TextAnswer(text="Sam Peeters"),
               question_id(pack, "own_email"): TextAnswer(text="sam@clb.example.be"),
               question_id(pack, "own_phone"): TextAnswer(text="050 99 88 77")}
    step = pack.step_for_role("own_organisation")
    assert step is not None
    return Sheet(pack_id=pack.id, step_id=step.id, answers=answers)


def network(pack: Pack) -> Sheet:
    step = pack.step_for_role("partners")
    assert step is not None
    sheet = Sheet(pack_id=pack.id, step_id=step.id)
    sheet.set(question_id(pack, "partners"), RecordsAnswer(items=[PEETERS]))
    return sheet


# --------------------------------------------------------------------------------------------- the record


def test_the_case_record_holds_everything_and_is_marked_confidential(pack: Pack) -> None:
    document = build_case_document(pack, full_case(pack), network(pack), profile(pack), TODAY)
    assert isinstance(document.blocks[0], Notice) and document.blocks[0].tone is Tone.CONFIDENTIAL
    text = write_markdown(document)
    for typed in (OBSERVATION, MONEY, "Beperkte draagkracht van moeder", "Bezorgdheid Y"):
        assert typed in text


# --------------------------------------------------------------------------------------------- the agreement sheet


def test_the_agreement_sheet_leaves_out_observations_priorities_framing_and_capacity(pack: Pack) -> None:
    text = render_case_sheet(pack, full_case(pack), network(pack), profile(pack), TODAY, reader="partners")
    for private in (OBSERVATION, "Interpretatie X", MONEY, "Beperkte draagkracht van moeder", "Bezorgdheid Y",
                    "Verschillende visies"):
        assert private not in text
    assert "De zorgcoördinator belt het CLB over de afwezigheden." in text  # the agreements are there
    assert "VBS De Linde" in text and "zorg@delinde.example.be" in text  # partners and contacts
    assert "22-01-2027" in text or "22 January 2027" in text  # the next meeting


def test_the_agreement_sheet_has_no_confidential_notice_and_no_points_to_check(nl: Pack) -> None:
    document = build_case_document(nl, full_case(nl), network(nl), profile(nl), TODAY, reader="partners")
    assert document.title == "Afsprakenblad C-7K4Q"
    assert not [b for b in document.blocks if isinstance(b, Notice)]
    assert "Aandachtspunten" not in [b.text for b in document.blocks if isinstance(b, Heading)]


def test_my_own_row_in_the_partner_table_has_my_name_e_mail_and_phone(nl: Pack) -> None:
    text = render_case_sheet(nl, full_case(nl), network(nl), profile(nl), TODAY, reader="partners")
    row = "| CLB Voorbeeldstad | Sam Peeters, maatschappelijk werker | <sam@clb.example.be> | 050 99 88 77 |"
    assert row in text


def test_report_back_to_whom_says_aan_once(nl: Pack) -> None:
    """The placeholder invites "de klastitularis" and the sheet writes "aan …": a typed "aan" is not doubled."""
    text = render_case_sheet(nl, full_case(nl), network(nl), profile(nl), TODAY)
    assert "11-12-2026, aan de klastitularis" in text
    assert "aan aan" not in text


# --------------------------------------------------------------------------------------------- the family sheet


def test_the_family_sheet_holds_only_agreements_that_involve_the_family_in_their_words(nl: Pack) -> None:
    text = render_family_sheet(nl, full_case(nl), network(nl), profile(nl), TODAY)
    assert "Iemand komt bij jullie thuis op bezoek om te praten." in text
    assert "ivm schulden" not in text  # the professional's wording is replaced by the family's
    assert "belt het CLB" not in text  # an agreement that does not involve the family
    for private in (OBSERVATION, MONEY, "Beperkte draagkracht van moeder"):
        assert private not in text


def test_the_family_sheet_writes_dates_out_and_names_the_contact_person(nl: Pack) -> None:
    text = render_family_sheet(nl, full_case(nl), network(nl), profile(nl), TODAY)
    assert "vrijdag 15 januari 2027" in text
    assert "vrijdag 22 januari 2027" in text  # the next meeting
    assert "Sam Peeters" in text and "sam@clb.example.be" in text and "050 99 88 77" in text


def test_the_family_contact_can_be_a_partner(nl: Pack) -> None:
    case = full_case(nl)
    case.set(question_id(nl, "family_contact"), PartnerAnswer(partners=["p-school"]))
    text = render_family_sheet(nl, case, network(nl), profile(nl), TODAY)
    assert "Mevr. A. Peeters" in text and "ma-vr 8u-16u" in text and "Sam Peeters" not in text


def test_the_family_sheets_fixed_texts_avoid_the_words_parents_do_not_know(nl: Pack) -> None:
    """The fixed texts of the family sheet use none of the words DOMAIN.md lists, and no abbreviation."""
    document = build_family_sheet(nl, Case(pack_id=nl.id, code="C-7K4Q", created=TODAY, keep_until=TODAY), None,
                                  None, TODAY)
    words = " ".join([document.title, *(plain_text(b.content) for b in document.blocks if isinstance(b, Paragraph)),
                      *(b.text for b in document.blocks if isinstance(b, Heading))]).casefold()
    for jargon in ("casus ", "terugkoppel", "bijstur", "draagkracht", "mandaat", "invalshoek", "interpretatie",
                   "situering", "haalbaarheid", "impact", "complementariteit", "medeweten", "trekker",
                   "clb", "caw", "ocmw", "cgg", "mdo"):
        assert jargon not in words, jargon


def test_an_empty_family_sheet_says_there_is_no_agreement_yet(nl: Pack) -> None:
    case = Case(pack_id=nl.id, code="C-7K4Q", created=TODAY, keep_until=TODAY)
    text = render_family_sheet(nl, case, None, None, TODAY)
    assert "Er staat nog geen afspraak voor u of uw gezin op dit blad." in text


# --------------------------------------------------------------------------------------------- the tree and writers


def test_the_markdown_starts_with_a_visible_title_after_the_front_matter(nl: Pack) -> None:
    text = render_family_sheet(nl, full_case(nl), network(nl), profile(nl), TODAY)
    front, rest = text.split("\n---\n\n", 1)
    assert front.startswith("---\n") and rest.startswith("# Onze afspraken\n")


def test_a_table_and_lists_are_blocks_of_the_tree(nl: Pack) -> None:
    document = build_case_document(nl, full_case(nl), network(nl), profile(nl), TODAY, reader="partners")
    kinds = {type(b) for b in document.blocks}
    assert {Heading, Paragraph, ListBlock, Table} <= kinds


def test_the_builder_makes_headings_unique_and_never_skips_a_level() -> None:
    builder = Builder()
    builder.heading(4, "Afspraak.")
    builder.heading(2, "Afspraak")
    assert [(b.level, b.text) for b in builder.blocks if isinstance(b, Heading)] == [(2, "Afspraak"),
                                                                                    (2, "Afspraak (2)")]


def test_no_writer_reads_the_pack_or_the_answers() -> None:
    """The writers import the document model and text helpers only: never the pack, the answers or the kinds."""
    for path in (SRC / "export" / "writers").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        for module in imported:
            assert not module.startswith(("bouwsteen_tui.core.answers", "bouwsteen_tui.core.content",
                                          "bouwsteen_tui.core.kinds", "bouwsteen_tui.core.workspace")), (path, module)


def test_export_writes_each_document_in_every_format(nl: Pack, tmp_path: Path) -> None:
    """``formats`` md, html and docx give each document three files; the Word file opens with its title as the
    first heading, the web page holds no script."""
    from docx import Document as WordDocument

    from bouwsteen_tui.core.demo import write_demo
    from bouwsteen_tui.core.workspace import Workspace
    from bouwsteen_tui.export import export_outputs

    with Workspace.open(tmp_path / "ws") as workspace:
        write_demo(workspace, nl)
        paths = export_outputs(workspace, nl, tmp_path / "out", formats={"md", "html", "docx"}, today=TODAY)
    stems = {p.stem for p in paths}
    assert len(paths) == 3 * len(stems) == 3 * 8  # role card, network map, three documents of each of two cases
    for path in paths:
        if path.suffix == ".docx":
            title = (path.with_suffix(".md")).read_text(encoding="utf-8").split("\n# ", 1)[1].split("\n", 1)[0]
            first = WordDocument(str(path)).paragraphs[0]
            assert first.style is not None and first.style.name == "Heading 1" and first.text == title
        elif path.suffix == ".html":
            assert "<script" not in path.read_text(encoding="utf-8").casefold()


def test_the_export_knows_which_family_words_hold_an_unexplained_abbreviation(nl: Pack) -> None:
    from bouwsteen_tui.export.family_sheet import unexplained

    case = full_case(nl)
    assert unexplained(nl, case) == []  # the family's wording of the agreement that involves them is plain
    case.set(question_id(nl, "agreements"), agreements(
        nl, {"what": "Gesprek", "involves_family": True, "family_wording": "Het CLB belt u."},
        {"what": "Intern", "involves_family": False, "family_wording": "Het CAW komt langs."},
        {"what": "Het OCMW (het sociaal huis) helpt", "involves_family": True},
    ))
    assert unexplained(nl, case) == [(1, ["CLB"])]
