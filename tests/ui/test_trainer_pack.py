"""The sample trainer pack in examples/warm-up: it checks, it is answerable in the wizard, and it exports.

The pack has four steps (two of scope ``profile``), parts without a number, and every question kind: a trainer's
pack runs like the built-in one, and its outputs use the generic layout for the questions the built-in sheets
do not know.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, RadioSet, SelectionList, TextArea

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.cli import main
from bouwsteen_tui.core.answers import (
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    PartnerAnswer,
    RecordsAnswer,
    ScaleAnswer,
    TextAnswer,
)
from bouwsteen_tui.core.content import QUESTION_KINDS, Scope
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.dialogs.record import RecordDialog
from bouwsteen_tui.export import export_outputs
from bouwsteen_tui.screens.step import StepScreen
from tests.unit.test_external_tools import CONFIG, need

REPO = Path(__file__).resolve().parents[2]
WARM_UP = REPO / "examples" / "warm-up"
SIZE = (110, 40)


def make_app(workspace: Path) -> BouwsteenApp:
    return BouwsteenApp(workspace, content=WARM_UP, background_saves=False, preload=True)


def test_the_sample_pack_passes_check_content(capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen check-content examples/warm-up`` exits 0 with one OK line naming the pack."""
    assert main(["check-content", str(WARM_UP)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: ") and "'opwarmer' (nl), 4 stappen" in out


def test_the_sample_pack_uses_every_question_kind_and_more_than_the_built_in_steps() -> None:
    """Every question kind occurs; there are four steps, two of them personal, and an unnumbered part."""
    pack = load_pack_or_raise(WARM_UP)
    kinds = {question.kind for _step, question in pack.questions()}
    assert kinds == set(QUESTION_KINDS)
    assert len(pack.steps) == 4
    assert [s.scope for s in pack.steps].count(Scope.PROFILE) == 2
    assert any(part.number is None for step in pack.steps for part in step.parts)


def test_the_examples_readme_explains_the_sample_pack() -> None:
    """examples/README.md names the pack and the commands to check and run it."""
    text = (REPO / "examples" / "README.md").read_text(encoding="utf-8")
    assert "warm-up" in text
    assert "bouwsteen check-content examples/warm-up" in text
    assert "bouwsteen --content examples/warm-up" in text


async def test_every_question_kind_of_the_sample_pack_is_answered_in_the_wizard(tmp_path: Path) -> None:
    """Text, choice (one and several, with a primary one), scale, records, partner, date and checklist answers
    typed in the wizard are saved in the workspace."""
    workspace = tmp_path / "ws"
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        # step 1, part 1: one-line text, multi-line text, a single choice
        app.open_step("kennismaking", 0)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        screen.query_one("#q-mijn_functie Input", Input).focus()
        await pilot.press(*"brugfiguur")
        area = screen.query_one("#q-mijn_werk TextArea", TextArea)
        area.focus()
        await pilot.press(*"aan de schoolpoort", "enter", *"huisbezoeken")
        screen.query_one("#q-mijn_sector RadioSet", RadioSet).focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        # step 1, part 2: several choices with the primary one, and a scale
        await screen.show_part(1)
        await pilot.pause()
        screen.query_one("#q-verwachtingen #options", SelectionList).focus()
        await pilot.press("space", "down", "space")
        await pilot.pause()
        screen.query_one("#q-verwachtingen #primary").value = "rol_helder"  # type: ignore[attr-defined]
        screen.query_one("#q-ervaring_samenwerken RadioSet", RadioSet).focus()
        await pilot.press("right", "enter")
        await pilot.pause()
        # step 2: a record on the network map
        app.open_step("tafel", 0)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        screen.query_one("#q-tafelgenoten #records").focus()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, RecordDialog)
        await pilot.press(*"CAW Oost")
        await pilot.press("ctrl+s")  # Klaar keeps what was typed
        await pilot.pause()
        # step 3: a case with a partner picked from the map and an idea
        case = app.session.new_case("oefening boterhammen")
        app.open_step("minicasus", 0, case.code)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        partners = screen.query_one("#q-betrokken #partners", SelectionList)
        assert partners.option_count == 2  # my own organisation, then the table's partner
        partners.focus()
        await pilot.press("down", "space")
        await pilot.pause()
        await screen.show_part(1)
        await pilot.pause()
        screen.query_one("#q-ideeen #records").focus()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"boterhammen via de school")
        await pilot.press("ctrl+s")
        await pilot.pause()
        # step 4 (a second personal step): a checklist and a date
        app.open_step("afronding", 0)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        screen.query_one("#q-voornemens SelectionList", SelectionList).focus()
        await pilot.press("space")
        screen.query_one("#q-terugkomdag Input", Input).focus()
        await pilot.press(*"15-01-2027")
        await pilot.pause()
        app.save_open_screens()
        code = case.code
    stored = Workspace(workspace)
    intro = stored.load_sheet("kennismaking")
    assert intro is not None
    assert intro.answers["mijn_functie"] == TextAnswer(text="brugfiguur")
    assert intro.answers["mijn_werk"] == TextAnswer(text="aan de schoolpoort\nhuisbezoeken")
    sector = intro.answers["mijn_sector"]
    assert isinstance(sector, ChoiceAnswer) and len(sector.selected) == 1
    assert intro.answers["verwachtingen"].model_copy(update={"labels": None}) == ChoiceAnswer(
        selected=["partners_kennen", "rol_helder"], primary="rol_helder"
    )
    assert intro.answers["ervaring_samenwerken"] == ScaleAnswer(value="wat", labels={"wat": "een beetje"})
    table = stored.load_sheet("tafel")
    assert table is not None
    partners_answer = table.answers["tafelgenoten"]
    assert isinstance(partners_answer, RecordsAnswer)
    assert [r.text("organisatie") for r in partners_answer.items] == ["CAW Oost"]
    stored_case = stored.load_case(code)
    assert stored_case is not None
    assert stored_case.answers["betrokken"] == PartnerAnswer(partners=[partners_answer.items[0].id])
    ideas = stored_case.answers["ideeen"]
    assert isinstance(ideas, RecordsAnswer) and [r.text("idee") for r in ideas.items] == ["boterhammen via de school"]
    closing = stored.load_sheet("afronding")
    assert closing is not None
    assert closing.answers["voornemens"].model_copy(update={"labels": None}) == ChecklistAnswer(
        checked=["contact_opnemen"]
    )
    assert closing.answers["terugkomdag"] == DateAnswer(value=date(2027, 1, 15))


# --------------------------------------------------------------------------------------------- outputs


@pytest.fixture
def answered(tmp_path: Path) -> Path:
    """A workspace with every step of the sample pack answered, written through the answer models."""
    from bouwsteen_tui.core.answers import Case, Record, Sheet

    root = tmp_path / "ws"
    with Workspace.open(root) as workspace:
        workspace.save_sheet(Sheet(pack_id="opwarmer", step_id="kennismaking", answers={
            "mijn_functie": TextAnswer(text="brugfiguur"),
            "mijn_sector": ChoiceAnswer(selected=["lokaal_bestuur"]),
            "mijn_werk": TextAnswer(text="Ik sta 's ochtends aan de schoolpoort.\n- ouders\n- leerkrachten"),
            "verwachtingen": ChoiceAnswer(selected=["afspraken", "privacy"], other=["collega's ontmoeten"],
                                          primary="privacy"),
            "ervaring_samenwerken": ScaleAnswer(value="wat"),
        }))
        workspace.save_sheet(Sheet(pack_id="opwarmer", step_id="tafel", answers={
            "tafel_checklist": ChecklistAnswer(checked=["iedereen"]),
            "tafelgenoten": RecordsAnswer(items=[
                Record(id="p-cawoost", values={"organisatie": "CAW Oost", "sector": "welzijn", "band": "werkbaar",
                                               "kan_helpen_met": ["gesprekken", "materieel"],
                                               "eerder_samengewerkt": True, "bereikbaarheid": "ma–vr 9–12 u."}),
                Record(id="p-vbsdelinde", values={"organisatie": "VBS De Linde", "band": "sterk"}),
            ]),
        }))
        workspace.save_case(Case(pack_id="opwarmer", code="C-7K4Q", description="oefening boterhammen",
                                 answers={
            "betrokken": PartnerAnswer(partners=["self", "p-cawoost"]),
            "eerste_indruk": TextAnswer(text="Moe in de klas; we weten nog niet waarom."),
            "ideeen": RecordsAnswer(items=[
                Record(id="r-idee1", values={"idee": "ontbijt op school", "haalbaarheid": "hoog", "gekozen": True}),
                Record(id="r-idee2", values={"idee": "huisbezoek", "haalbaarheid": "laag", "gekozen": False}),
            ]),
            "agreements": RecordsAnswer(items=[
                Record(values={"what": "CAW Oost polst naar een ontbijtaanbod", "idee": "r-idee1", "who": "p-cawoost",
                               "report_date": date(2027, 1, 20)}),
            ]),
        }))
        workspace.save_sheet(Sheet(pack_id="opwarmer", step_id="afronding", answers={
            "inzicht": TextAnswer(text="Het CAW kan meer dan ik dacht."),
            "nut": ScaleAnswer(value="veel"),
            "voornemens": ChecklistAnswer(checked=["rolkaart"]),
            "terugkomdag": DateAnswer(value=date(2027, 2, 1)),
        }))
    return root


def export(workspace_dir: Path, out: Path) -> list[Path]:
    pack = load_pack_or_raise(WARM_UP)
    with Workspace.open(workspace_dir, read_only=True) as workspace:
        return export_outputs(workspace, pack, out, formats={"md", "ics"}, today=date(2026, 11, 28))


def test_every_step_of_the_sample_pack_becomes_a_sheet(answered: Path, tmp_path: Path) -> None:
    """The export writes a sheet per personal and network step, one per case, and the calendar; the pack
    declares none of the method's sheets, so each is named after its step. It shares the mini-case's partners and
    agreement with partners (``readers``), so the case also has an agreement sheet; nothing is for the family."""
    names = [p.name for p in export(answered, tmp_path / "out")]
    assert names == ["opwarmer-kennismaking.md", "opwarmer-afronding.md", "opwarmer-minicasus-C-7K4Q.md",
                     "opwarmer-afsprakenblad-C-7K4Q.md", "opwarmer-tafel.md", "opwarmer-kalender.ics"]


def test_each_answer_is_shown_in_the_form_of_its_kind(answered: Path, tmp_path: Path) -> None:
    """Generic sheets show choices as lists, the primary one marked, checklists as ticks, records as sections,
    partners by name, scales and dates by their label."""
    written = export(answered, tmp_path / "out")
    files = {p.name.removeprefix("opwarmer-"): p.read_text(encoding="utf-8") for p in written}
    closing = files["afronding.md"]
    assert "- [x] Ik vul mijn volledige rolkaart in." in closing
    assert "- [ ] Ik neem contact op met een tafelgenoot." in closing
    assert "veel" in closing and "01-02-2027" in closing
    case = files["minicasus-C-7K4Q.md"]
    assert "CAW Oost" in case  # the partner by name, not by id
    assert "p-cawoost" not in case
    assert "ontbijt op school" in case and "3 – goed haalbaar" in case
    assert "**Bij welk idee hoort het?** ontbijt op school" in case  # a record field names the record it refers to
    network = files["tafel.md"]
    assert "CAW Oost" in network and "werkbaar" in network and "materiële of financiële hulp" in network
    role = files["kennismaking.md"]
    assert "weten wat ik mag delen" in role and "collega's ontmoeten" in role
    assert "DTSTART;VALUE=DATE:20270120" in files["kalender.ics"]  # the agreement's report-back date


def test_the_sample_pack_outputs_pass_markdownlint(answered: Path, tmp_path: Path) -> None:
    """markdownlint-cli2 (default rules, line length off) reports nothing on the sample pack's sheets."""
    command = need("markdownlint-cli2")
    out = tmp_path / "out"
    files = [p.name for p in export(answered, out) if p.suffix == ".md"]
    assert len(files) == 5
    result = subprocess.run([*command, "--config", str(CONFIG), *files], cwd=out, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


async def test_home_heading_counts_the_packs_steps(tmp_path: Path) -> None:
    """The sample pack has four steps: the home screen does not call them "the three steps"."""
    app = make_app(tmp_path / "ws")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        title = str(app.screen.query_one("#steps-title").render())
        assert title == "De stappen (4)"
