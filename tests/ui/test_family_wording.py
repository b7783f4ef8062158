"""The record dialog warns while the words for the family hold an abbreviation they do not explain."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static, TextArea

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.dialogs.record import RecordDialog
from bouwsteen_tui.screens.step import StepScreen
from tests.ui.sample import CASE_CODE, write_sample


async def test_an_unexplained_abbreviation_in_the_words_for_the_family_is_flagged(tmp_path: Path) -> None:
    """'Het CLB belt u.' shows a warning under the field; explaining it makes the warning go away."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language="nl", background_saves=False, preload=True)
    async with app.run_test(size=(100, 40)) as pilot:
        step = app.pack.step("case")
        part = next(i for i, p in enumerate(step.parts) if any(q.id == "agreements" for q in p.questions))
        app.open_step("case", part, CASE_CODE)
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        app.screen.query_one("#q-agreements #records", OptionList).focus()
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        warning = dialog.query_one("#warn-family_wording", Static)
        assert not warning.display
        dialog.query_one("#in-family_wording", TextArea).text = "Het CLB en het CAW bellen u."
        await pilot.pause()
        assert warning.display
        assert str(warning.render()) == (
            "Ouders kennen ‘CLB’, ‘CAW’ misschien niet: zeg wat het is, of laat het weg."
        )
        dialog.query_one("#in-family_wording", TextArea).text = (
            "Het CLB (de dienst die leerlingen helpt) en de dienst die helpt bij geldzorgen (CAW) bellen u."
        )
        await pilot.pause()
        assert not warning.display
        assert not dialog.query("#warn-what")  # the partners' text gets no such warning
