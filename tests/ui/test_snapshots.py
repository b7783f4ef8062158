"""SVG snapshots of every screen at 80×24, 100×30 and 120×40 in Dutch, and of the step screen in English.

Review ``snapshot_report.html`` before running ``pytest --snapshot-update``.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, TextArea

from bouwsteen_tui.app import BouwsteenApp
from tests.ui.helpers import until
from tests.ui.sample import CASE_CODE, write_sample


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outputs are dated: the same day every run."""
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2026, 11, 28))


SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((100, 30), id="100x30"), pytest.param((120, 40), id="120x40")]


def freeze(pilot: Pilot[None]) -> None:
    """No blinking cursors: the same picture every run."""
    for screen in pilot.app.screen_stack:
        for widget in screen.query("Input, TextArea"):
            assert isinstance(widget, Input | TextArea)
            widget.cursor_blink = False


def sample_app(tmp_path: Path, language: str = "nl") -> BouwsteenApp:
    return BouwsteenApp(write_sample(tmp_path / "ws"), language=language, background_saves=False, preload=True)


async def _next_part(pilot: Pilot[None]) -> None:
    """Ctrl+N, then wait until the next part's first field has the focus (a loaded machine is slower to mount)."""
    await pilot.press("ctrl+n")
    for _ in range(200):
        await pilot.pause()
        if isinstance(pilot.app.focused, Input | TextArea):
            return
    raise AssertionError("the next part's first field never got the focus")


async def _open_step(pilot: Pilot[None], index: int) -> None:
    steps = pilot.app.screen.query_one("#steps", OptionList)
    steps.focus()
    steps.highlighted = index
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_home(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Home: steps with progress, the case table, outputs."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_step_role(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Step 1 at part 2 (the task), with answers filled in."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open_step(pilot, 0)
        await _next_part(pilot)
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_step_network_records(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Step 3, the partners as repeatable records."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open_step(pilot, 2)
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_step_case(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Step 2 for a case: partner picker and the case code in the header."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.open_step("case", 0, CASE_CODE)  # type: ignore[attr-defined]
        await pilot.pause()
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_record_dialog(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The dialog that edits a partner."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open_step(pilot, 2)
        pilot.app.screen.query_one("#q-partners #records", OptionList).focus()
        await pilot.press("enter")
        await pilot.pause()
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_review(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The review of step 1."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open_step(pilot, 0)
        await pilot.press("ctrl+o")
        await pilot.pause()

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_review_case(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The review of a case: under each answer, who reads it."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.open_step("case", 0, CASE_CODE)  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """F1 on a question."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open_step(pilot, 0)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_privacy(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The privacy screen."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.clear_notifications()
        pilot.app.action_privacy()  # type: ignore[attr-defined]
        await until(pilot, lambda: getattr(pilot.app.screen, "outside_loaded", False))  # read on a thread

    # the screen shows the workspace path: use the same path every run
    fixed = Path(tempfile.gettempdir()) / "bouwsteen-snapshot"
    shutil.rmtree(fixed, ignore_errors=True)
    app = sample_app(fixed)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_step_english(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The step screen in English."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open_step(pilot, 0)
        await _next_part(pilot)
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path, "en"), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_preview_case_sheet(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The preview of a case agreement sheet."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.clear_notifications()
        pilot.app.screen.preview(f"case:{CASE_CODE}")  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_network_map(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The drawn network map."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.clear_notifications()
        pilot.app.screen.preview("step:network")  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_new_case_dialog(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The dialog of a new case: the description and its advice."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.screen.query_one("#cases").focus()
        await pilot.press("n")
        await pilot.pause()
        assert pilot.app.screen.is_modal
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_delete_case_dialog(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The confirmation before a case is deleted."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.screen.query_one("#cases").focus()
        await pilot.press("delete")
        await pilot.pause()
        assert pilot.app.screen.is_modal
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_key_list(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The app's own key list ("Toetsen") over a step's text field."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open_step(pilot, 0)
        await _next_part(pilot)
        pilot.app.action_show_help_panel()  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.pause()
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_palette(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The palette, searching "deel 2": the parts of the steps, numbered as their screens number them."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"deel 2")
        for _ in range(20):
            await pilot.pause()
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)
