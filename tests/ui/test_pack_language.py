"""The app and a pack in a language Bouwsteen does not speak: the rule of core/languages.py.

The interface speaks the language the user chose; the preview and the exports put the words of that language
around the pack's own texts (tests/unit/test_languages.py checks the exports and the CLI).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import Record, RecordsAnswer, TextAnswer
from bouwsteen_tui.dialogs.confirm import ConfirmDialog
from bouwsteen_tui.screens.preview import ExportDialog, PreviewScreen
from bouwsteen_tui.screens.step import StepScreen
from tests.ui.helpers import messages, until
from tests.unit.test_languages import german_pack

SIZE = (120, 40)


def german_app(tmp_path: Path, language: str) -> BouwsteenApp:
    app = BouwsteenApp(tmp_path / "ws", content=german_pack(tmp_path / "de-pack"), language=language,
                       background_saves=False, preload=True)
    sheet = app.session.sheet("role")
    sheet.set("core_task", TextAnswer(text="Begleitung"))
    app.session.save(sheet)
    return app


@pytest.mark.parametrize(("language", "title", "filename"), [
    ("en", "Role card", "minimal-role-card.md"),  # a trainer's pack: its id first (core/packs.py)
    ("nl", "Rolkaart", "minimal-rolkaart.md"),
])
async def test_preview_of_a_pack_in_another_language_speaks_the_interface_language(
    tmp_path: Path, language: str, title: str, filename: str
) -> None:
    """A German pack's role card is previewed under the title and file name of the interface's language."""
    app = german_app(tmp_path, language)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.preview("step:role")  # type: ignore[attr-defined]
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, PreviewScreen)
        assert (preview.title, preview.sub_title) == (title, filename)


async def test_export_from_the_app_of_a_pack_in_another_language_names_files_in_the_interface_language(
    tmp_path: Path,
) -> None:
    """Exporting a German pack from an English interface writes minimal-role-card.md, as the CLI would."""
    out = tmp_path / "out"
    app = german_app(tmp_path, "en")
    async with app.run_test(size=SIZE) as pilot:
        app.action_export_all()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#folder", Input).value = str(out)
        dialog.query_one("#ics", Checkbox).value = False
        await pilot.click("#go")
        await until(pilot, lambda: any("written in" in m for m in messages(app)))  # the export's closing notice
    assert [p.name for p in out.iterdir()] == ["minimal-role-card.md"]


async def test_the_identifier_guard_names_kinds_in_the_interface_language(tmp_path: Path) -> None:
    """Exporting a German pack's case that holds a phone number, in an English interface, the guard's question
    says "phone number" (the interface's word), as the CLI does, not the Dutch "telefoonnummer"."""
    app = german_app(tmp_path, "en")
    case = app.session.new_case("practice")
    case.set("agreements", RecordsAnswer(items=[Record(id="a-0001", values={"what": "bel 0470 12 34 56"})]))
    app.session.save(case)
    async with app.run_test(size=SIZE) as pilot:
        app.action_export_all()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#folder", Input).value = str(tmp_path / "out")
        await pilot.click("#go")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        body = str(app.screen.query_one(".body").render())
        assert "phone number" in body and "telefoonnummer" not in body


async def test_the_step_screen_warns_in_the_interface_language(tmp_path: Path) -> None:
    """A German pack's case answer holding a phone number: the warning at its field, in an English interface,
    names a "phone number" (was the Dutch word for any pack neither Dutch nor English)."""
    app = german_app(tmp_path, "en")
    case = app.session.new_case("practice")
    case.set("agreements", RecordsAnswer(items=[Record(id="a-0001", values={"what": "bel 0470 12 34 56"})]))
    app.session.save(case)
    async with app.run_test(size=SIZE) as pilot:
        app.open_step("case", 0, case.code)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        screen.save_now()
        await pilot.pause()
        warning = str(screen.query_one("#q-agreements .q-warning").render())
        assert "may contain a phone number." in warning and "telefoonnummer" not in warning
