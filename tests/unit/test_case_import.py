"""Exercise cases arrive clean (issue 15, parts 2 and 3).

"My organisation" in a trainer's case becomes the trainer's organisation as a partner, never the participant's own
(unless asked); partners arrive with only what the case needs; an import can be undone, removing the case and the
partners it added that nothing else uses.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core.answers import (
    Case,
    Record,
    RecordsAnswer,
    Sheet,
    TextAnswer,
    partners_of,
)
from bouwsteen_tui.core.case_import import (
    IMPORTS_FILE,
    import_case,
    imported_codes,
    partners_added_by_imports,
    read_ledger,
    undo_import,
)
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES, write_demo
from bouwsteen_tui.core.exchange import CASE_FIELD_ROLES, ExchangeError, export_case, own_organisation_of
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace

CODE = DEMO_CASE_CODES[0]  # C-7K4Q: agreement 3 is the trainer's own ("who = self"), so is perspective 3
TRAINER_ORG = "CLB Voorbeeldstad"  # the demo's "my organisation"
MINE = "Sint-Jozefcollege"
CASE_FIELDS = {"organisation", "type", "contact"}


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def handout(tmp_path: Path, nl: Pack, capsys: pytest.CaptureFixture[str]) -> Path:
    """The trainer's demo case C-7K4Q as a case file, made with the command line."""
    trainer = tmp_path / "trainer"
    with Workspace.open(trainer) as workspace:
        write_demo(workspace, nl)
    status, out, _ = run(["export", "--workspace", str(trainer), "--case", CODE, "--format", "case",
                          "--out", str(tmp_path / "handout")], capsys)
    assert status == 0
    return Path(out.strip())


def participant_at(root: Path, organisation: str = MINE) -> Path:
    """A participant's workspace: their own organisation, and CAW Noord on their map with their own details."""
    with Workspace.open(root) as workspace:
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="role",
                                   answers={"organisation": TextAnswer(text=organisation)}))
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="network", answers={"partners": RecordsAnswer(
            items=[Record(id="p-mycaw001", values={"organisation": "caw noord", "strength": "strong",
                                                   "email": "onthaal@caw.example"})]
        )}))
    return root


@pytest.fixture
def participant(tmp_path: Path) -> Path:
    return participant_at(tmp_path / "participant")


def network_of(root: Path, nl: Pack) -> list[Record]:
    with Workspace.open(root, read_only=True) as workspace:
        return partners_of(nl, workspace.load_sheet("network"))


def only_case(root: Path) -> Case:
    with Workspace.open(root, read_only=True) as workspace:
        codes = workspace.case_codes()
        assert len(codes) == 1
        case = workspace.load_case(codes[0])
    assert case is not None
    return case


def agreement_owner(case: Case) -> str:
    agreements = case.answers["agreements"]
    assert isinstance(agreements, RecordsAnswer)
    who = next(r for r in agreements.items if r.id == "r-afspr3").values["who"]
    assert isinstance(who, str)
    return who


# --------------------------------------------------------------------------------------------- my organisation


def test_my_organisation_becomes_the_trainers_organisation_in_sheets_and_calendar(
    handout: Path, participant: Path, tmp_path: Path, nl: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    """The trainer's agreement "who = my organisation" is the trainer's organisation on the participant's laptop:
    a partner of their map, named so on the agreement sheet and in the calendar; their own organisation is not."""
    data = tomllib.loads(handout.read_text(encoding="utf-8"))
    assert data["author"]["values"] == {"organisation": TRAINER_ORG}
    status, out, _ = run(["import", str(handout), "--workspace", str(participant)], capsys)
    assert status == 0
    assert f"'Mijn organisatie' in de casus is nu {TRAINER_ORG}, de organisatie van wie het bestand maakte" in out
    case = only_case(participant)
    trainer = next(r for r in network_of(participant, nl) if r.text("organisation") == TRAINER_ORG)
    assert agreement_owner(case) == trainer.id
    assert "self" not in str(case.model_dump())
    out_dir = tmp_path / "out"
    status, _, _ = run(["export", "--workspace", str(participant), "--case", case.code, "--format", "md,ics",
                        "--out", str(out_dir)], capsys)
    assert status == 0
    sheet = (out_dir / f"afsprakenblad-{case.code}.md").read_text(encoding="utf-8")
    calendar = (out_dir / f"kalender-{case.code}.ics").read_text(encoding="utf-8")
    agreement_row = next(line for line in sheet.splitlines() if line.startswith("| 3 |"))
    assert TRAINER_ORG in agreement_row and MINE not in agreement_row
    assert f"Wie neemt het op: {TRAINER_ORG}" in calendar
    assert MINE not in calendar and MINE not in sheet


def test_self_is_me_keeps_my_own_organisation(handout: Path, participant: Path, nl: Pack,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """With ``--self-is-me`` the participant chooses to take the trainer's agreements as their own: "self" stays,
    and the trainer's organisation is not added to the map."""
    status, out, _ = run(["import", str(handout), "--workspace", str(participant), "--self-is-me"], capsys)
    assert status == 0
    assert "'Mijn organisatie' in de casus is je eigen organisatie." in out
    assert agreement_owner(only_case(participant)) == "self"
    assert TRAINER_ORG not in [r.text("organisation") for r in network_of(participant, nl)]


def test_the_same_organisation_as_mine_stays_mine(handout: Path, tmp_path: Path, nl: Pack,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A colleague of the trainer's own organisation (same name, ignoring case and spacing): "my organisation" is
    theirs too; no partner with their own name is added to their map."""
    root = participant_at(tmp_path / "colleague", organisation=" clb  VOORBEELDSTAD")
    status, out, _ = run(["import", str(handout), "--workspace", str(root)], capsys)
    assert status == 0
    assert "is je eigen organisatie" in out
    assert agreement_owner(only_case(root)) == "self"
    assert [r.text("organisation").casefold() for r in network_of(root, nl)].count("clb voorbeeldstad") == 0


def test_a_case_file_without_an_author_names_the_authors_organisation(tmp_path: Path, nl: Pack,
                                                                      participant: Path) -> None:
    """A file whose author typed no organisation (or a version-1 file, which has no author) still never makes
    the participant's organisation the owner: "self" becomes a partner named for the case's author."""
    with Workspace.open(tmp_path / "t") as workspace:
        write_demo(workspace, nl)
        exchange = export_case(nl, workspace.load_case(CODE), workspace.load_sheet("network"))  # type: ignore[arg-type]
    exchange.author = None
    with Workspace.open(participant) as workspace:
        result = import_case(workspace, nl, exchange, unnamed_author="Organisatie van de maker van de casus")
    assert result.author == "Organisatie van de maker van de casus" and not result.author_is_me
    named = {r.id: r.text("organisation") for r in network_of(participant, nl)}
    assert named[agreement_owner(result.case)] == "Organisatie van de maker van de casus"


# --------------------------------------------------------------------------------------------- minimal partners


def test_partners_arrive_with_only_what_the_case_needs(handout: Path, participant: Path, nl: Pack,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The trainer's e-mails, phones, relationship strength and expertise neither leave in the file nor arrive
    on the map; a partner the participant already has is reused as they typed it; the report says what was
    added and what was matched."""
    data = tomllib.loads(handout.read_text(encoding="utf-8"))
    assert set(CASE_FIELD_ROLES) == CASE_FIELDS
    assert all(set(p["values"]) <= CASE_FIELDS for p in data["partners"])
    assert {"strength", "email", "phone"} & set().union(*(p["values"] for p in data["partners"])) == set()
    status, out, _ = run(["import", str(handout), "--workspace", str(participant)], capsys)
    assert status == 0
    assert "Gekoppeld aan partners van je netwerkkaart: CAW Noord" in out
    assert f"Toegevoegd aan je netwerkkaart: VBS De Linde, Brugfiguur basisscholen, {TRAINER_ORG}" in out
    assert "enkel organisatie, soort en contactpersoon" in out
    partners = network_of(participant, nl)
    assert [r.text("organisation") for r in partners] == [
        "caw noord", "VBS De Linde", "Brugfiguur basisscholen", TRAINER_ORG
    ]
    assert partners[0].values == {"organisation": "caw noord", "strength": "strong", "email": "onthaal@caw.example"}
    for record in partners[1:]:
        assert set(record.values) <= CASE_FIELDS
    school = partners[1]
    assert school.values["type"] == "school" and school.text("contact")


def test_an_older_file_with_every_detail_is_trimmed_on_import(tmp_path: Path, nl: Pack, participant: Path) -> None:
    """A file made before this rule (all of a partner's fields) still adds only organisation, type and contact."""
    with Workspace.open(tmp_path / "t") as workspace:
        write_demo(workspace, nl)
        exchange = export_case(nl, workspace.load_case(CODE), workspace.load_sheet("network"))  # type: ignore[arg-type]
    exchange.partners[0].values |= {"strength": "strong", "email": "x@school.example", "gaps": "weinig tijd"}
    with Workspace.open(participant) as workspace:
        import_case(workspace, nl, exchange)
    school = next(r for r in network_of(participant, nl) if r.text("organisation") == "VBS De Linde")
    assert set(school.values) <= CASE_FIELDS


def test_the_english_report(handout: Path, participant: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["import", str(handout), "--workspace", str(participant), "--lang", "en"], capsys)
    assert status == 0
    assert f"'My organisation' in the case is now {TRAINER_ORG}, the organisation of whoever made the file" in out
    assert "Of added partners, only organisation, type and contact person are on your network map." in out
    assert "To undo: bouwsteen import --undo C-" in out


# --------------------------------------------------------------------------------------------- undo


def test_undo_removes_the_case_and_the_partners_it_added(handout: Path, participant: Path, nl: Pack,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """After an undo the workspace is as before the import: the case and the added partners are gone, the
    participant's own partner stays, and the record of the import is gone."""
    assert run(["import", str(handout), "--workspace", str(participant)], capsys)[0] == 0
    code = only_case(participant).code
    assert (participant / IMPORTS_FILE).is_file()
    status, out, _ = run(["import", "--undo", code, "--workspace", str(participant)], capsys)
    assert status == 0
    assert f"Import van casus {code} ongedaan gemaakt." in out
    assert f"Van je netwerkkaart verwijderd: VBS De Linde, Brugfiguur basisscholen, {TRAINER_ORG}" in out
    with Workspace.open(participant, read_only=True) as workspace:
        assert workspace.case_codes() == []
    assert [r.text("organisation") for r in network_of(participant, nl)] == ["caw noord"]
    assert network_of(participant, nl)[0].values["strength"] == "strong"
    assert not (participant / IMPORTS_FILE).exists()
    status, _, err = run(["import", "--undo", code, "--workspace", str(participant)], capsys)
    assert status == 1 and f"casus {code} werd niet door een import toegevoegd" in err


def test_undo_keeps_a_partner_another_case_uses(tmp_path: Path, nl: Pack, participant: Path) -> None:
    """The same case imported twice: the second import reuses the partners the first added. Undoing the first
    keeps them (the second case refers to them); undoing the second then removes them."""
    with Workspace.open(tmp_path / "t") as workspace:
        write_demo(workspace, nl)
        exchange = export_case(nl, workspace.load_case(CODE), workspace.load_sheet("network"),  # type: ignore[arg-type]
                               own_organisation_of(workspace, nl))
    with Workspace.open(participant) as workspace:
        first = import_case(workspace, nl, exchange, today=date(2027, 1, 4))
        second = import_case(workspace, nl, exchange, today=date(2027, 1, 4))
        assert second.added == [] and imported_codes(workspace) == [first.case.code, second.case.code]
        added = partners_added_by_imports(workspace)
        assert sorted(added.values()) == [first.case.code] * 3 and "p-mycaw001" not in added
        undone = undo_import(workspace, nl, first.case.code)
        assert undone.case_removed and undone.removed == []
        assert undone.kept_in_use == ["VBS De Linde", "Brugfiguur basisscholen", TRAINER_ORG]
        assert workspace.case_codes() == [second.case.code]
        assert undo_import(workspace, nl, second.case.code).removed == []  # the second added none itself
    assert len(network_of(participant, nl)) == 4


def test_undo_keeps_what_the_participant_changed(handout: Path, participant: Path, nl: Pack,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A case changed after the import is removed only with --yes; a partner the participant filled in after the
    import stays on the map, and the report says so."""
    assert run(["import", str(handout), "--workspace", str(participant)], capsys)[0] == 0
    case = only_case(participant)
    with Workspace.open(participant) as workspace:
        case.description = "mijn eigen oefening"
        workspace.save_case(case)
        network = workspace.load_sheet("network")
        assert network is not None
        answer = network.answers["partners"]
        assert isinstance(answer, RecordsAnswer)
        school = next(r for r in answer.items if r.text("organisation") == "VBS De Linde")
        school.values["strength"] = "strong"
        workspace.save_sheet(network)
    before = {p.name: p.read_bytes() for p in participant.rglob("*.toml")}
    status, _, err = run(["import", "--undo", case.code, "--workspace", str(participant)], capsys)
    assert status == 1
    assert f"Niet ongedaan gemaakt: casus {case.code} werd veranderd na de import" in err and "--yes" in err
    assert {p.name: p.read_bytes() for p in participant.rglob("*.toml")} == before
    status, out, _ = run(["import", "--undo", case.code, "--yes", "--workspace", str(participant)], capsys)
    assert status == 0
    assert "Op je netwerkkaart gebleven omdat je ze na de import aanvulde: VBS De Linde" in out
    assert [r.text("organisation") for r in network_of(participant, nl)] == ["caw noord", "VBS De Linde"]


def test_undo_refuses_a_case_of_my_own(participant: Path, nl: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """A case the participant made is not an import: undo refuses it, in English too, and deletes nothing."""
    with Workspace.open(participant) as workspace:
        workspace.save_case(Case(pack_id="bouwsteen", code="C-2222", description="eigen casus"))
        with pytest.raises(ExchangeError) as refused:
            undo_import(workspace, nl, "C-2222")
        assert refused.value.reason == "not_imported" and read_ledger(workspace).imports == []
    status, _, err = run(["import", "--undo", "c-2222", "--workspace", str(participant), "--lang", "en"], capsys)
    assert status == 1
    assert "Not undone: case C-2222 was not added by an import in this workspace" in err
    assert only_case(participant).code == "C-2222"


def test_a_file_and_undo_together_is_a_usage_error(handout: Path, participant: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["import", str(handout), "--undo", "C-2222", "--workspace", str(participant)], capsys)
    assert status == 2 and "niet allebei" in err


# --------------------------------------------------------------------------------------------- not UTF-8


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", "is niet als UTF-8-tekst bewaard (onleesbaar teken op byte 12). Een casusbestand is UTF-8"),
    ("en", "is not saved as UTF-8 text (unreadable character at byte 12). A case file is UTF-8"),
])
def test_a_file_in_another_encoding_is_named_with_the_fix(lang: str, expected: str, tmp_path: Path,
                                                          participant: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A case file saved as Windows-1252 gives a sentence naming the file and the fix, not the codec's words."""
    path = tmp_path / "casus-C-7K4Q.toml"
    path.write_bytes('note = "café"\n'.encode("cp1252"))
    status, out, err = run(["import", str(path), "--workspace", str(participant), "--lang", lang], capsys)
    assert status == 1 and out == ""
    assert str(path) in err and expected in err
    assert "codec" not in err and "0xe9" not in err
