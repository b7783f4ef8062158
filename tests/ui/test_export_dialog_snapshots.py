"""SVG snapshots of the export dialog at 80×24, 100×30 and 120×40: everything, one sheet (with 'only this
document'), one case in English, and the progress bar of a long export.

Review ``snapshot_report.html`` before running ``pytest --snapshot-update``.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

import bouwsteen_tui.export as exports
from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.dialogs import export as export_dialog
from tests.ui.sample import CASE_CODE, write_sample
from tests.ui.test_snapshots import freeze

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((100, 30), id="100x30"),
         pytest.param((120, 40), id="120x40")]
FOLDER = Path("/home/lies/Documenten/Bouwsteen")  # the same in every run, whatever the machine's home folder


@pytest.fixture(autouse=True)
def _fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same day and the same default folder every run."""
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2026, 11, 28))
    monkeypatch.setattr(export_dialog, "default_export_dir", lambda: FOLDER)


def sample_app(tmp_path: Path, language: str = "nl") -> BouwsteenApp:
    return BouwsteenApp(write_sample(tmp_path / "ws"), language=language, background_saves=False, preload=True)


@pytest.mark.parametrize("size", SIZES)
def test_export_dialog_everything(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """Export everything (the palette's command): a checkbox per format, Markdown and calendar ticked."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.clear_notifications()
        pilot.app.action_export_all()  # type: ignore[attr-defined]
        await pilot.pause()
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_export_dialog_one_sheet(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    """From the role card's preview: the tallest form, with 'only this document'."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.clear_notifications()
        pilot.app.screen.preview("step:role")  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path), terminal_size=size, run_before=run_before)


def test_export_dialog_case_in_english(snap_compare, tmp_path: Path) -> None:
    """A case's documents, in English."""

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.clear_notifications()
        pilot.app.screen.preview(f"case:{CASE_CODE}")  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        freeze(pilot)

    assert snap_compare(sample_app(tmp_path, "en"), terminal_size=(100, 30), run_before=run_before)


def test_export_dialog_progress(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long export: the bar under the formats, 3 of 10 files written, the buttons disabled."""
    reported, finish = threading.Event(), threading.Event()

    def slow_export(*args: Any, progress: Any = None, **kwargs: Any) -> list[Path]:
        progress(3, 10)
        reported.set()
        finish.wait(5)
        return []

    monkeypatch.setattr(exports, "export_outputs", slow_export)
    monkeypatch.setattr(export_dialog, "PROGRESS_DELAY", 0.01)

    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.clear_notifications()
        pilot.app.action_export_all()  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.click("#go")
        for _ in range(500):  # ten seconds at most
            if reported.is_set() and pilot.app.screen.query_one("#busy").display:
                break
            await pilot.pause(0.02)
        await pilot.pause()
        freeze(pilot)

    try:
        assert snap_compare(sample_app(tmp_path), terminal_size=(80, 24), run_before=run_before)
    finally:
        finish.set()
