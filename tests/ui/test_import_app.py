"""Importing a case file from the app (issue 15, part 5): the palette's "Casus importeren" and the button under the
case list open a file picker; the file is checked before anything changes (not a case file, another pack's, not
UTF-8, identifiers); the import adds the case (listed and selected) and reports what it added, as the command line
does; the read-only window refuses; the checkbox maps "my organisation" to the importer's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Checkbox, Input, Static

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import RecordsAnswer, partners_of
from bouwsteen_tui.core.case_import import imported_codes
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES, write_demo
from bouwsteen_tui.core.exchange import export_case, write_case_file
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.dialogs.confirm import ChoiceDialog
from bouwsteen_tui.dialogs.import_case import ImportCaseDialog
from bouwsteen_tui.widgets.cases import CaseTable
from tests.ui.helpers import messages, until
from tests.ui.sample import CASE_CODE, write_sample

TRAINER_ORG = "CLB Voorbeeldstad"
HANDOUT_CODE = DEMO_CASE_CODES[0]  # C-7K4Q in the trainer's workspace: "who = self" in one agreement


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of its own, with a Downloads folder where the handouts land."""
    folder = tmp_path / "home"
    (folder / "Downloads").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(folder / "Downloads"))
    return folder


def handout(nl: Pack, folder: Path, *, trainer: Path, name: str = "casus-C-7K4Q.toml") -> Path:
    """The trainer's demo case C-7K4Q as a case file made with the core (``export_case``), in ``folder``."""
    with Workspace.open(trainer) as workspace:
        _, network, cases = write_demo(workspace, nl)
    case = next(c for c in cases if c.code == HANDOUT_CODE)
    path = folder / name
    write_case_file(path, export_case(nl, case, network, author=TRAINER_ORG))
    return path


def participant_app(root: Path, **kwargs: Any) -> BouwsteenApp:
    return BouwsteenApp(write_sample(root), language="nl", background_saves=False, preload=True, **kwargs)


def files_of(root: Path) -> dict[str, bytes]:
    """Every file of a workspace but its settings (which remember the import folder) and the lock, by path."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name not in {"settings.toml", ".lock"}}


async def open_dialog(pilot: Pilot[None]) -> ImportCaseDialog:
    """The palette's "Casus importeren"."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    for key in "Casus importeren":
        await pilot.press("space" if key == " " else key)
    await pilot.pause()
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, ImportCaseDialog))
    return pilot.app.screen  # type: ignore[return-value]


async def choose(pilot: Pilot[None], dialog: ImportCaseDialog, path: Path) -> None:
    """Type the file's path and press Enter in the field."""
    field = dialog.query_one("#file", Input)
    field.value = str(path)
    field.focus()
    await pilot.pause()
    await pilot.press("enter")


async def message_after(pilot: Pilot[None], dialog: ImportCaseDialog) -> str:
    message = dialog.query_one("#message", Static)
    await until(pilot, lambda: bool(str(message.render())) and not dialog.busy)
    return str(message.render())


async def test_palette_import_adds_the_case_selects_it_and_reports(tmp_path: Path, home: Path, nl: Pack) -> None:
    """Palette → dialog (starting in ~/Downloads, where the file is listed) → Enter on the file: the case is in the
    list and selected, the report names the author's organisation and the partners added, the network map has
    them with only what the case needs; Undo in the report takes it all back."""
    handout(nl, home / "Downloads", trainer=tmp_path / "trainer")
    (home / "Downloads" / "notes.txt").write_text("x", encoding="utf-8")
    root = tmp_path / "ws"
    app = participant_app(root)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = await open_dialog(pilot)
        tree = dialog.query_one("#tree")
        await until(pilot, lambda: len(tree.root.children) > 0)  # type: ignore[attr-defined]
        names = [str(node.label) for node in tree.root.children]  # type: ignore[attr-defined]
        assert names == ["casus-C-7K4Q.toml"]  # .toml files only, no notes.txt
        assert str(tree.root.label) == "~/Downloads"  # type: ignore[attr-defined]
        tree.focus()
        await pilot.press("down", "enter")  # the file, Enter: checked and imported
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        report = str(app.screen.query_one(".body", Static).render())
        codes = imported_codes(app.workspace)
        assert len(codes) == 1
        code = codes[0]
        assert code != CASE_CODE
        assert f"Casus toegevoegd als {code} (in het bestand: {HANDOUT_CODE})" in report
        assert TRAINER_ORG in report
        assert "Toegevoegd aan je netwerkkaart:" in report
        assert "enkel organisatie, soort en contactpersoon" in report
        assert f"bouwsteen import --undo {code}" in report
        # behind the report: the case is listed and selected; the network map in memory has the added partners
        table = app.screen_stack[-2].query_one("#cases", CaseTable)
        assert table.cursor_key == code
        names_now = [r.values.get("organisation") for r in app.session.partners()]
        assert TRAINER_ORG in names_now
        added = next(r for r in app.session.partners() if r.values.get("organisation") == TRAINER_ORG)
        assert "strength" not in added.values
        assert app.session.settings.import_folder == str(home / "Downloads")
        # undo from the report: the case and the partners it added are gone, on disk and in the list
        app.screen.query_one("#choice-undo", Button).press()
        await until(pilot, lambda: not imported_codes(app.workspace))
        await until(pilot, lambda: not app.session.has_case(code))
        assert table.cursor_key != code
        assert TRAINER_ORG not in [r.values.get("organisation") for r in app.session.partners()]
        assert any(f"Import van casus {code} ongedaan gemaakt" in m for m in messages(app))
    with Workspace.open(root, read_only=True) as workspace:
        assert workspace.load_case(code) is None
        network = workspace.load_sheet("network")
        assert TRAINER_ORG not in [r.values.get("organisation") for r in partners_of(nl, network)]


async def test_the_home_button_opens_the_dialog_in_the_last_import_folder(tmp_path: Path, home: Path) -> None:
    """The button under the case list opens the same dialog; it starts where the last import came from."""
    elsewhere = tmp_path / "handouts"
    elsewhere.mkdir()
    root = tmp_path / "ws"
    app = participant_app(root)
    async with app.run_test(size=(100, 40)) as pilot:
        app.session.settings.import_folder = str(elsewhere)
        button = app.screen.query_one("#import-case", Button)
        button.press()
        await until(pilot, lambda: isinstance(app.screen, ImportCaseDialog))
        assert app.screen.start == elsewhere  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(b"this is [not toml", "geen geldig casusbestand", id="broken"),
        pytest.param(b'document = "settings"\nschema_version = 1\n', "van de soort 'settings'", id="not-a-case"),
        pytest.param("schema_version = 2\n# caf\u00e9\n".encode("cp1252"), "niet als UTF-8-tekst bewaard",
                     id="not-utf8"),
        pytest.param(b"x" * (1024 * 1024 + 1), "kB groot", id="too-big"),
    ],
)
async def test_a_file_that_is_no_case_file_is_refused_and_nothing_changes(
    tmp_path: Path, home: Path, content: bytes, expected: str
) -> None:
    """A broken, foreign, non-UTF-8 or too big file: the dialog names the file and why, and nothing changes."""
    path = home / "Downloads" / "casus.toml"
    path.write_bytes(content)
    root = tmp_path / "ws"
    app = participant_app(root)
    async with app.run_test(size=(100, 40)) as pilot:
        before = files_of(root)
        dialog = await open_dialog(pilot)
        await choose(pilot, dialog, path)
        text = await message_after(pilot, dialog)
        assert f"Niet geïmporteerd: {path}" in text
        assert expected in text
        assert "Er is niets veranderd" in text
        assert app.screen is dialog
        assert not dialog.query_one("#anyway").display
        assert files_of(root) == before
        assert imported_codes(app.workspace) == []


async def test_another_packs_case_file_is_refused(tmp_path: Path, home: Path, nl: Pack) -> None:
    """A case file of another content pack names both packs and how to import it; nothing changes."""
    path = handout(nl, home / "Downloads", trainer=tmp_path / "trainer")
    path.write_text(path.read_text(encoding="utf-8").replace('pack_id = "bouwsteen"', 'pack_id = "opwarmer"'),
                    encoding="utf-8")
    root = tmp_path / "ws"
    app = participant_app(root)
    async with app.run_test(size=(100, 40)) as pilot:
        before = files_of(root)
        dialog = await open_dialog(pilot)
        await choose(pilot, dialog, path)
        text = await message_after(pilot, dialog)
        assert "'opwarmer'" in text and "'bouwsteen'" in text and "--content" in text
        assert files_of(root) == before


async def test_identifiers_are_named_and_can_be_imported_anyway(tmp_path: Path, home: Path, nl: Pack) -> None:
    """A phone number in the case: the dialog names where (never the value), offers "import anyway"; that
    imports it."""
    path = handout(nl, home / "Downloads", trainer=tmp_path / "trainer")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('description = "', 'description = "bel 0470 12 34 56 ', 1), encoding="utf-8")
    root = tmp_path / "ws"
    app = participant_app(root)
    async with app.run_test(size=(100, 40)) as pilot:
        before = files_of(root)
        dialog = await open_dialog(pilot)
        await choose(pilot, dialog, path)
        message = await message_after(pilot, dialog)
        assert "identificerende gegevens" in message
        assert "korte beschrijving" in message
        assert "0470" not in message
        assert "Ctrl+R" in message
        assert files_of(root) == before
        anyway = dialog.query_one("#anyway", Button)
        assert anyway.display
        anyway.press()
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        assert len(imported_codes(app.workspace)) == 1


async def test_the_checkbox_maps_my_organisation_to_mine(tmp_path: Path, home: Path, nl: Pack) -> None:
    """Ticked, "my organisation" in the file stays the importer's own: no author partner is added."""
    path = handout(nl, home / "Downloads", trainer=tmp_path / "trainer")
    root = tmp_path / "ws"
    app = participant_app(root)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = await open_dialog(pilot)
        dialog.query_one("#self-is-me", Checkbox).value = True
        await choose(pilot, dialog, path)
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        report = str(app.screen.query_one(".body", Static).render())
        assert "'Mijn organisatie' in de casus is je eigen organisatie." in report
        assert TRAINER_ORG not in [r.values.get("organisation") for r in app.session.partners()]
        code = imported_codes(app.workspace)[0]
        agreements = app.session.case(code).answers["agreements"]
        assert isinstance(agreements, RecordsAnswer)
        assert "self" in [item.values.get("who") for item in agreements.items]


async def test_the_read_only_window_refuses(tmp_path: Path, home: Path) -> None:
    """A window opened while another holds the workspace says why and opens no dialog."""
    root = write_sample(tmp_path / "ws")
    with Workspace.open(root) as holder:
        assert not holder.read_only
        app = BouwsteenApp(root, language="nl", background_saves=False, preload=True)
        async with app.run_test(size=(100, 40)) as pilot:
            assert app.workspace.read_only
            app.clear_notifications()
            app.action_import_case()
            await pilot.pause()
            assert not isinstance(app.screen, ImportCaseDialog)
            assert messages(app) == [app.catalog("read_only.refused")]
            assert imported_codes(app.workspace) == []


async def test_the_dialog_and_the_report_speak_english(tmp_path: Path, home: Path, nl: Pack) -> None:
    """In English the palette offers "Import a case"; the dialog and the report are in English."""
    path = handout(nl, home / "Downloads", trainer=tmp_path / "trainer")
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language="en", background_saves=False, preload=True)
    async with app.run_test(size=(100, 40)) as pilot:
        assert "Import a case" in [command.title for command in app.get_system_commands(app.screen)]
        app.action_import_case()
        await until(pilot, lambda: isinstance(app.screen, ImportCaseDialog))
        await pilot.pause()
        dialog = app.screen
        assert str(dialog.query_one("#self-is-me", Checkbox).label) == "The author's organisation is my organisation"
        await choose(pilot, dialog, path)  # type: ignore[arg-type]
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        report = str(app.screen.query_one(".body", Static).render())
        assert "Case added as" in report and "Added to your network map:" in report
        assert "Of added partners, only organisation, type and contact person" in report
