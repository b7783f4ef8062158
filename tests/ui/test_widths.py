"""Every width: nothing the user must read is cut at 80×24, 100×30 or 120×40 (issue 16, part 5).

The walk opens every part of every step of the sample workspace and the record dialog of every list, and measures
what Textual would cut: a button narrower than its label, a radio button narrower than its label, an ``Input``
placeholder longer than its field, an empty ``TextArea`` lower than its wrapped placeholder. The symbols the
interface draws must be one cell wide for Rich and for the terminal alike (``☰`` was two for Rich and one for
tmux, and the step list drew stray characters at 100 columns).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.app import App
from textual.content import Content
from textual.widgets import Button, Input, OptionList, TextArea
from textual.widgets._header import HeaderTitle
from textual.widgets._toggle_button import ToggleButton

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.fitted import FittedInput
from bouwsteen_tui.widgets.records import RecordsQuestionWidget
from tests.ui.sample import CASE_CODE, write_sample

SRC = Path(__file__).resolve().parents[2] / "src" / "bouwsteen_tui"
CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2026, 11, 28))


def cut(app: App[None]) -> list[str]:
    """What the current screen cuts, one line per widget."""
    found: list[str] = []
    for widget in app.screen.query("*"):
        if not widget.display or widget.region.width == 0:
            continue
        if isinstance(widget, FittedInput) and widget.hint is not None and widget.hint.display:
            continue  # the placeholder is shown whole under the field
        if isinstance(widget, Input) and widget.placeholder and not widget.value:
            if cell_len(str(widget.placeholder)) >= widget.content_region.width:
                found.append(f"placeholder cut: {widget.placeholder!r}")
        elif isinstance(widget, TextArea) and widget.placeholder and not widget.text:
            area = widget.scrollable_content_region
            lines = len(Content(str(widget.placeholder)).wrap(area.width - 1))
            if lines > area.height:
                found.append(f"placeholder cut after {area.height} of {lines} lines: {widget.placeholder!s:.40}")
        elif isinstance(widget, Button | ToggleButton):
            chrome = 4 if isinstance(widget, ToggleButton) else 2
            if cell_len(str(widget.label)) + chrome > widget.region.width:
                found.append(f"{type(widget).__name__} cut to {widget.region.width}: {widget.label!s}")
    return found


async def _open_step(app: App[None], pilot, index: int) -> StepScreen:  # type: ignore[no-untyped-def]
    steps = app.screen.query_one("#steps", OptionList)
    steps.focus()
    steps.highlighted = index
    await pilot.press("enter")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, StepScreen)
    return screen


SIZES = [(80, 24), (100, 30), (120, 40)]
# Dutch at every size and English at the smallest in the default run; the rest of English in the slow group.
WALKS = [
    pytest.param(size, lang, id=f"{size[0]}x{size[1]}-{lang}",
                 marks=[pytest.mark.slow] if lang == "en" and size != SIZES[0] else [])
    for size in SIZES for lang in ("nl", "en")
]


@pytest.mark.parametrize(("size", "language"), WALKS)
async def test_no_part_and_no_record_dialog_cuts_anything(tmp_path: Path, size: tuple[int, int],
                                                          language: str) -> None:
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language=language, background_saves=False, preload=True)
    problems: list[str] = []
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        problems += [f"home: {p}" for p in cut(app)]
        for step_index in range(3):
            screen = await _open_step(app, pilot, step_index)
            for part in range(len(screen.step.parts)):
                await screen.show_part(part)
                await pilot.pause()
                problems += [f"step {step_index + 1}, part {part + 1}: {p}" for p in cut(app)]
                for records in list(screen.query(RecordsQuestionWidget)):
                    records.query_one("#records", OptionList).focus()
                    await pilot.press("a")
                    await pilot.pause()
                    assert app.screen is not screen, "the record dialog did not open"
                    problems += [f"dialog {records.question.id}: {p}" for p in cut(app)]
                    await pilot.press("escape")
                    await pilot.pause()
                    assert app.screen is screen
            await pilot.press("escape")
            await pilot.pause()
    assert problems == []


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_header_of_a_case_step_shows_the_case_code_at_80_columns(tmp_path: Path, language: str) -> None:
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language=language, background_saves=False, preload=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await _open_step(app, pilot, 1)
        assert screen.case_code == CASE_CODE
        header = app.screen.query_one(HeaderTitle)
        text = str(header.render())
        assert CASE_CODE in text, text
        assert "…" not in text.split(CASE_CODE)[0]


async def test_a_button_whose_label_grows_grows_with_it(tmp_path: Path) -> None:
    """The last part's "Naar het overzicht →" was cut to the width of "Volgend deel →"."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language="nl", background_saves=False, preload=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = await _open_step(app, pilot, 1)
        await screen.show_part(len(screen.step.parts) - 1)
        await pilot.pause()
        button = screen.query_one("#next", Button)
        assert str(button.label) == "Naar het overzicht →"
        assert button.region.width >= cell_len(str(button.label)) + 2


# Letters, digits, punctuation and spaces of Dutch and English text are one cell wide everywhere; the symbols
# below that range are what terminals disagree on.
_TEXT = re.compile(r"[\x20-\x7e\u00a0-\u024f\u2010-\u2027\u20ac]")


def _symbols() -> dict[str, str]:
    """Every character outside plain text that the interface or the packs can draw, with a file that has it."""
    found: dict[str, str] = {}
    files = [*SRC.rglob("*.py"), *SRC.rglob("*.tcss"), *CONTENT.rglob("*.toml")]
    for path in files:
        if "export" in path.relative_to(SRC.parent).parts if path.is_relative_to(SRC) else False:
            continue  # documents are not drawn in the terminal
        for char in path.read_text(encoding="utf-8"):
            if char.isspace() or _TEXT.match(char):
                continue
            found.setdefault(char, str(path))
    return found


def test_every_symbol_drawn_is_one_cell_wide_for_rich_and_for_the_terminal() -> None:
    symbols = _symbols()
    assert "≡" in symbols  # the walk sees the step list's symbols
    wrong = {
        char: (cell_len(char), unicodedata.east_asian_width(char), where)
        for char, where in symbols.items()
        if unicodedata.combining(char) == 0
        and (cell_len(char) != 1 or unicodedata.east_asian_width(char) in ("W", "F"))
    }
    assert wrong == {}
