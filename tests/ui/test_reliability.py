"""Pilot tests for what the user typed surviving: steady typing, signals, read-only windows, failed saves."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from bouwsteen_tui.answers import TextAnswer
from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.screens.step import SAVE_CEILING, SAVE_DELAY, StepScreen
from tests.ui.test_wizard import SIZE, make_app, open_step, stored


async def test_steady_typing_is_saved_within_the_ceiling(workspace_dir: Path) -> None:
    """Keys closer together than the debounce delay never let it fire; the ceiling still saves within a second."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        screen.query_one("#q-function Input", Input).focus()
        typed = "zorgcoordinator-van-de-school"
        gap = SAVE_DELAY / 4  # always faster than the debounce: without a ceiling nothing is ever saved
        for index, key in enumerate(typed):
            await pilot.press(key)
            await pilot.pause(gap)
            if gap * index > SAVE_CEILING + 0.5:
                break
        # still typing (no pause of SAVE_DELAY has happened), yet an earlier state is on disk
        answer = stored(workspace_dir, "role").get("function")
        assert isinstance(answer, TextAnswer)
        assert typed.startswith(answer.text)
        assert len(answer.text) >= 3
        assert isinstance(app.screen, StepScreen)


def test_ceiling_is_one_second_at_most() -> None:
    """The promise in docs/reliability.md: at most one second of typing waits for its save."""
    assert SAVE_DELAY < SAVE_CEILING <= 1.0
