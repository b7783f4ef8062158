"""Plain mode with cases: a new case, an agreement with a date, the identifier guard, review, export, read-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core import ledger
from bouwsteen_tui.core.answers import PartnerAnswer, RecordsAnswer
from bouwsteen_tui.core.roles import OWN_READER, READERS
from bouwsteen_tui.core.workspace import Workspace
from tests.plain.helpers import EVERY_KIND, cases, dialogue, sheet

CODE = "C-7K4Q"


@pytest.fixture(autouse=True)
def _fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    """One case code and one date, so that the transcripts can be read."""
    monkeypatch.setattr("bouwsteen_tui.core.session.new_case_code", lambda _taken=frozenset(): CODE)
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2026, 12, 7))


NEW_CASE = ["4", "nieuw", "leerling 5e leerjaar, veel afwezig"]  # cases, new, its description: the step opens
PARTNER = ["3", "", "toevoegen", "CLB Noord", "2", "", "", "", "", "", "", "menu"]  # a partner on the network map


def test_a_new_case_with_an_agreement_and_its_date(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [
        *PARTNER,
        *NEW_CASE, "",
        "1, 2",  # case partners: my organisation and CLB Noord
        "toevoegen", "Huisbezoek plannen", "ja",  # an idea, chosen
        "",  # next question: tasks
        "toevoegen", "1", "2", "15-01-2027",  # the idea, by whom, by when
        "",  # next: the checklist
        "1",
        "stoppen",
    ])
    assert run.code == 0
    assert "Casus C-7K4Q aangemaakt." in run.lines
    assert "Stap 2: Casus (casus C-7K4Q)" in run.lines
    [case] = cases(workspace_dir)
    assert case.description == "leerling 5e leerjaar, veel afwezig"
    partner_id = sheet(workspace_dir, "network").answers["partners"]
    assert isinstance(partner_id, RecordsAnswer)
    clb = partner_id.items[0].id
    assert case.answers["case_partners"] == PartnerAnswer(partners=["self", clb])
    tasks = case.answers["tasks"]
    assert isinstance(tasks, RecordsAnswer)
    ideas = case.answers["ideas"]
    assert isinstance(ideas, RecordsAnswer)
    assert tasks.items[0].values == {"idea": ideas.items[0].id, "who": clb, "due": date(2027, 1, 15)}


@pytest.mark.parametrize(("choice", "kept"), [
    ("1", f"Bellen naar {CODE}"),  # replaced with the case code
    ("2", "Bellen naar 0470 12 34 56"),  # kept anyway
])
def test_the_guard_finds_a_phone_number_and_makes_the_apps_offer(workspace_dir: Path, choice: str,
                                                                  kept: str) -> None:
    run = dialogue(workspace_dir, [*NEW_CASE, "", "", "toevoegen", "Bellen naar 0470 12 34 56", "", choice,
                                   "stoppen"])
    assert any("(telefoonnummer)" in line for line in run.lines)
    assert f"  1. Vervangen door de casuscode {CODE}" in run.lines
    ideas = cases(workspace_dir)[0].answers["ideas"]
    assert isinstance(ideas, RecordsAnswer)
    assert ideas.items[0].values["idea"] == kept


def test_typing_it_again_edits_the_record(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [*NEW_CASE, "", "", "toevoegen", "mail jan@school.be", "", "3",
                                   "bewerken 1", "Mail de school", "", "stoppen"])
    assert "Typ bewerken en het nummer om het aan te passen." in run.lines
    ideas = cases(workspace_dir)[0].answers["ideas"]
    assert isinstance(ideas, RecordsAnswer)
    assert ideas.items[0].values["idea"] == "Mail de school"


def test_typing_a_text_again_asks_the_question_again(workspace_dir: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    import shutil

    shutil.copytree(EVERY_KIND, pack)
    case_toml = pack / "case.toml"
    case_toml.write_text(case_toml.read_text(encoding="utf-8") + (
        '\n[[parts.questions]]\nid = "notes"\nkind = "text"\nlabel = "Notities"\n'), encoding="utf-8")
    run = dialogue(workspace_dir, [*NEW_CASE, "", "", "", "", "Mail naar jan@school.be", ".", "3",
                                   "Mail naar de school", ".", "stoppen"], content=pack)
    assert run.output.count("Notities") >= 2
    assert cases(workspace_dir)[0].answers["notes"].model_dump()["text"] == "Mail naar de school"


def test_a_description_with_an_identifier_is_checked_too(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, ["4", "nieuw", "kind van 0470 12 34 56", "1", "menu", "stoppen"])
    assert any("(telefoonnummer)" in line for line in run.lines)
    assert cases(workspace_dir)[0].description == f"kind van {CODE}"


def test_closing_and_reopening_a_case(workspace_dir: Path) -> None:
    dialogue(workspace_dir, [*NEW_CASE, "menu", "4", "afsluiten 1", "stoppen"])
    assert cases(workspace_dir)[0].status.value == "closed"
    run = dialogue(workspace_dir, ["4", "heropenen 1", ""])
    assert "Casus C-7K4Q is heropend." in run.lines
    assert cases(workspace_dir)[0].status.value == "open"


def test_review_lists_the_answers_and_who_reads_them(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [
        "1", "", "Lange tekst hier", ".", "Mijn school", "menu",
        "5", "1",  # review step 1
        "stoppen",
    ])
    text = run.output
    assert "Overzicht stap 1: Profiel" in text
    assert "  Lange tekst\n    Lange tekst hier\n" in text
    assert "  Korte tekst\n    Mijn school\n" in text
    assert "  Datum\n    nog niet ingevuld\n" in text
    assert "Einde van het overzicht." in run.lines


def test_review_of_a_case_from_within_the_step(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [*NEW_CASE, "", "1", "overzicht", "stoppen"])
    assert "Overzicht stap 2: Casus" in run.lines
    assert "    Mijn organisatie" in run.lines  # the answer just given
    assert f"    {READERS[OWN_READER][0]}" in run.lines  # who reads it: the review screen's words


def test_export_writes_the_files_and_records_them_in_the_ledger(workspace_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "uitvoer"
    run = dialogue(workspace_dir, [
        "1", "", "Lange tekst", ".", "Mijn school", "menu",
        *NEW_CASE, "", "", "toevoegen", "Bellen naar 0470 12 34 56", "", "2", "menu",
        "6",  # export
        "",  # everything
        str(out),
        "1, 2",  # Markdown and HTML
        "nee",  # the case with a phone number is left out
        "stoppen",
    ])
    assert run.code == 0
    written = sorted(p.name for p in out.iterdir())
    assert written and all(name.endswith((".md", ".html")) for name in written)
    assert not any(CODE in name for name in written)  # withheld
    assert f"Niet geëxporteerd (identificerende gegevens): {CODE}" in run.lines
    recorded = {Path(entry.path).name for entry in ledger.read(workspace_dir).files}
    assert set(written) <= recorded
    with Workspace.open(workspace_dir, read_only=True) as opened:
        settings = opened.load_settings()
    assert (settings.export_folder, settings.export_formats) == (str(out), ["md", "html"])


def test_a_second_instance_is_read_only(workspace_dir: Path) -> None:
    dialogue(workspace_dir, ["1", "", "Eerste", ".", "stoppen"])
    holder = Workspace.open(workspace_dir)  # another window holds the workspace
    try:
        run = dialogue(workspace_dir, ["1", "4", "nieuw", "", "5", "1", "stoppen"])
    finally:
        holder.close()
    assert any("open in een ander Bouwsteen-venster" in line for line in run.lines)
    assert any(line.startswith("Dit venster is alleen-lezen") for line in run.lines)
    assert "    Eerste" in run.lines  # it can still read
    assert run.lines[-1] == "Gestopt. Deze werkmap was alleen te lezen: er is niets gewijzigd."
    assert cases(workspace_dir) == []


def test_the_end_of_the_input_mid_step_ends_cleanly_with_the_answers_saved(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, ["1", "", "Al getypt", ".", "Mijn school"])  # no more input: mid-step
    assert run.code == 0
    assert run.lines[-1] == "Alles is bewaard. Tot ziens."
    saved = sheet(workspace_dir, "profile")
    assert saved.answers["short_text"].model_dump()["text"] == "Mijn school"


def test_no_input_at_all_ends_cleanly(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [])
    assert run.code == 0
    assert run.lines[-1] == "Alles is bewaard. Tot ziens."


def test_a_broken_pack_gives_the_loaders_message(workspace_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.toml").write_text('id = "x"\nlanguage = "nl"\n', encoding="utf-8")
    run = dialogue(workspace_dir, ["stoppen"], content=broken)
    assert run.code == 1
    said = " ".join(run.output.split())
    assert f"Het inhoudspakket in {broken} kan niet gebruikt worden:" in said
    assert any("pack.toml" in line for line in run.lines[1:])


def test_the_output_holds_no_escape_sequence(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, ["3", "", "toevoegen", "CLB \x1b[2J\x1b[31mRood", "", "", "", "", "", "", "",
                                   "", "5", "3", "stoppen"])
    assert "CLB [2J[31mRood" in run.output  # shown, without its escape characters
    assert b"\x1b" not in run.output.encode()


def test_a_damaged_file_is_named_and_set_aside(workspace_dir: Path) -> None:
    dialogue(workspace_dir, ["1", "", "Eerste", ".", "stoppen"])
    (workspace_dir / "profile.toml").write_text("this is [not toml", encoding="utf-8")
    run = dialogue(workspace_dir, ["stoppen"])
    said = " ".join(run.output.split())
    assert "is beschadigd (geen geldige TOML)" in said
    assert "Het bestand is onaangeroerd opzij gezet naar" in said


def test_a_broken_pack_through_the_command_line(workspace_dir: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from bouwsteen_tui.cli import main

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.toml").write_text('id = "x"\nlanguage = "nl"\n', encoding="utf-8")
    assert main(["--plain", "--workspace", str(workspace_dir), "--content", str(broken)]) == 1
    captured = capsys.readouterr()
    assert "pack.toml" in captured.out  # the loader's lines, as check-content prints them
    assert str(broken) in captured.err
