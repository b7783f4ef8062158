"""Pilot tests: previewing outputs, the drawn network map, exporting from the app."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, Input, Markdown, OptionList

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import TextAnswer
from bouwsteen_tui.dialogs.confirm import ConfirmDialog
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.preview import ExportDialog, PreviewScreen
from bouwsteen_tui.widgets.network_map import GroupCard, NetworkMap
from tests.ui.helpers import messages, notices, until
from tests.ui.sample import CASE_CODE, write_sample

SIZE = (120, 40)


def sample_app(tmp_path: Path) -> BouwsteenApp:
    return BouwsteenApp(write_sample(tmp_path / "ws"), background_saves=False, preload=True)


async def test_home_lists_outputs_and_opens_a_preview(tmp_path: Path) -> None:
    """The outputs list names the role card, the case sheet and the network map; Enter previews one."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        outputs = home.query_one("#outputs", OptionList)
        ids = [outputs.get_option_at_index(i).id for i in range(outputs.option_count)]
        assert ids == ["step:role", f"case:{CASE_CODE}", "step:network"]
        outputs.focus()
        outputs.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, PreviewScreen)
        text = preview.query_one(Markdown).source
        assert CASE_CODE in text
        assert "Gesprek met ouders" in text
        assert not text.startswith("---")  # the front matter is for files, not for the preview


async def test_network_map_is_drawn_grouped_by_type(tmp_path: Path) -> None:
    """The network preview draws my organisation at the root and one card per partner type."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.preview("step:network")  # type: ignore[attr-defined]
        await pilot.pause()
        network_map = app.screen.query_one(NetworkMap)
        assert network_map.root_label == "CLB regio Oost"
        cards = list(app.screen.query(GroupCard))
        assert [c.group.title for c in cards] == ["school", "welzijn", "lokaal bestuur", "vrije tijd"]
        weak = cards[2].group.partners[0]
        assert (weak.name, weak.strength.value) == ("Sociaal Huis", "weak")
        assert "geen vaste contactpersoon" in str(cards[2].query_one(".partner").render())
        assert network_map.has_class("-two")  # 120 columns: two columns of cards


async def test_export_dialog_writes_the_files(tmp_path: Path) -> None:
    """Export from the preview writes Markdown and calendar into the chosen folder and names them."""
    out = tmp_path / "out"
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.preview("step:role")  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#folder", Input).value.endswith("Bouwsteen")  # the default is shown
        dialog.query_one("#folder", Input).value = str(out)
        dialog.query_one("#only", Checkbox).value = False  # everything, not only the role card
        await pilot.click("#go")
        await until(pilot, lambda: any("geschreven in" in m for m in messages(app)))  # the export's closing notice
        names = sorted(p.name for p in out.iterdir())
        assert names == ["afsprakenblad-C-7K4Q.md", "casusverslag-C-7K4Q.md", "gezinsblad-C-7K4Q.md", "kalender.ics",
                         "netwerkkaart.md", "rolkaart.md"]
        assert any("rolkaart.md" in n.message for n in notices(app))


async def test_export_withholds_a_case_with_identifiers_unless_confirmed(tmp_path: Path) -> None:
    """A case holding a national register number is not exported when the user does not confirm."""
    out = tmp_path / "out"
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.case(CASE_CODE)
        case.set("shared_framing", TextAnswer(text="rijksregisternummer 85.07.30-033.28"))
        app.session.save(case)
        app.action_export_all()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#folder", Input).value = str(out)
        dialog.query_one("#ics", Checkbox).value = False
        await pilot.click("#go")
        await pilot.pause()
        confirm = app.screen
        assert isinstance(confirm, ConfirmDialog)
        body = str(confirm.query_one(".body").render())
        assert CASE_CODE in body and "rijksregisternummer" in body
        assert "85.07.30" not in body  # the message names the field, never the value
        await pilot.click("#no")
        await until(pilot, lambda: any("geschreven in" in m for m in messages(app)))  # the export's closing notice
        names = sorted(p.name for p in out.iterdir())
        assert names == ["netwerkkaart.md", "rolkaart.md"]


async def test_export_only_the_previewed_sheet(tmp_path: Path) -> None:
    """From a preview, export can write just that document."""
    out = tmp_path / "out"
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.preview("step:network")  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#only", Checkbox).value
        dialog.query_one("#folder", Input).value = str(out)
        await pilot.click("#go")
        await until(pilot, lambda: any("geschreven in" in m for m in messages(app)))  # the export's closing notice
    assert sorted(p.name for p in out.iterdir()) == ["netwerkkaart.md"]


async def test_export_to_a_folder_that_cannot_be_made_says_so_and_keeps_running(tmp_path: Path) -> None:
    """A folder under a file cannot be created: a clear message names it, the app keeps running."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.action_export_all()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#folder", Input).value = str(blocker / "out")
        await pilot.click("#go")
        await until(pilot, lambda: any("mislukt" in m for m in messages(app)))
        assert app.is_running
        assert any("mislukt" in n.message and "a-file" in n.message for n in notices(app))
        assert isinstance(app.screen, ExportDialog)  # still open: the user can pick another folder


async def test_previewing_the_role_card_reads_no_case_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The role card and network map need no case: previewing them opens none, however many there are."""
    from bouwsteen_tui.core.workspace import Workspace

    app = sample_app(tmp_path)
    opened: list[str] = []
    original = Workspace.load_case
    monkeypatch.setattr(Workspace, "load_case", lambda self, code: opened.append(code) or original(self, code))
    async with app.run_test(size=SIZE) as pilot:
        app.screen.preview("step:role")  # type: ignore[attr-defined]
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        assert "CLB regio Oost" in app.screen.query_one(Markdown).source
    assert opened == []


async def test_the_outputs_list_the_sheet_of_the_selected_case(tmp_path: Path) -> None:
    """However many cases there are, the outputs name one case sheet: that of the case under the cursor; a case
    without answers has none to show."""
    app = sample_app(tmp_path)
    second = app.session.new_case("tweede casus")
    second.set("shared_framing", TextAnswer(text="Een tweede situering."))
    app.session.save(second)
    empty = app.session.new_case("nog leeg")
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        outputs = home.query_one("#outputs", OptionList)
        order = [case.code for case in app.session.cases()]

        def listed() -> list[str | None]:
            return [outputs.get_option_at_index(i).id for i in range(outputs.option_count)]

        home.query_one("#cases").focus()
        for index, code in enumerate(order):
            if index:
                await pilot.press("down")
                await pilot.pause()
            expected = [] if code == empty.code else [f"case:{code}"]
            assert listed() == ["step:role", *expected, "step:network"], code


async def test_the_cases_table_fits_an_80_column_terminal(tmp_path: Path) -> None:
    """At 80 and 100 columns every column of the cases table is on screen (the description is cut short with …);
    at 120 the description is shown whole."""
    from bouwsteen_tui.widgets.cases import CaseTable

    for size, whole in (((80, 24), False), ((100, 30), True), ((120, 40), True)):
        app = sample_app(tmp_path / str(size[0]))
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            table = app.screen.query_one("#cases", CaseTable)
            assert table.virtual_size.width <= table.scrollable_content_region.width, size
            row = table.render_line(1).text
            assert ("leerling 5e leerjaar, vaak afwezig" in row) is whole, row
            assert "30-06-2040" in row


async def test_a_case_preview_shows_its_three_documents_in_tabs(tmp_path: Path) -> None:
    """A case's preview has a tab per document (record, agreement sheet, family sheet); the header names the
    document on show and its file, and the record's confidential note is not on the agreement sheet."""
    from textual.widgets import TabbedContent

    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.preview(f"case:{CASE_CODE}")  # type: ignore[attr-defined]
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, PreviewScreen)
        tabs = preview.query_one(TabbedContent)
        labels = [str(tab.label) for tab in tabs.query("ContentTab")]
        assert labels == [f"Casusverslag {CASE_CODE}", f"Afsprakenblad {CASE_CODE}", f"Gezinsblad {CASE_CODE}"]
        assert (preview.title, preview.sub_title) == (f"Casusverslag {CASE_CODE}", f"casusverslag-{CASE_CODE}.md")
        record, sheet, family = (md.source for md in preview.query(Markdown).results(Markdown))
        assert "Vertrouwelijk" in record and "Vertrouwelijk" not in sheet
        assert family.startswith("# Onze afspraken")
        await pilot.press("right")
        await pilot.pause()
        assert (preview.title, preview.sub_title) == (f"Afsprakenblad {CASE_CODE}", f"afsprakenblad-{CASE_CODE}.md")


async def test_p_focuses_the_outputs_with_the_first_highlighted_so_enter_opens_it(tmp_path: Path) -> None:
    """'p Uitvoer bekijken' with nothing highlighted focuses the outputs list on its first output (a focused list
    always has a highlighted row), so the Enter that follows opens that output's preview."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        outputs = app.screen.query_one("#outputs", OptionList)
        assert outputs.highlighted is None
        await pilot.press("p")
        await pilot.pause()
        assert outputs.has_focus and outputs.highlighted == 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
