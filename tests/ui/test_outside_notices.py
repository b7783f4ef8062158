"""The files Bouwsteen writes outside the workspace, in the app: an export the ledger cannot record is told (wipe
will not know it), and the privacy screen reads the ledger on a thread, never on the event loop."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Markdown

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core import ledger
from bouwsteen_tui.dialogs.export import ExportDialog
from tests.ui.helpers import notices, until
from tests.ui.sample import write_sample

SIZE = (100, 30)


def sample_app(tmp_path: Path, language: str = "nl") -> BouwsteenApp:
    return BouwsteenApp(write_sample(tmp_path / "ws"), language=language, background_saves=False, preload=True)


def refuse_ledger_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write into the ledger's folder fails as on a full disk; other writes (the exports) succeed."""
    write = ledger.atomic_write

    def failing(path: Path, data: bytes, *args: Any, **kwargs: Any) -> None:
        if ledger.LEDGER_DIR in Path(path).parts:
            raise OSError(28, "No space left on device", str(path))
        write(path, data, *args, **kwargs)

    monkeypatch.setattr(ledger, "atomic_write", failing)


@pytest.mark.parametrize("only_one", [False, True], ids=["everything", "one-sheet"])
async def test_an_export_the_ledger_cannot_record_is_told(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         only_one: bool) -> None:
    """The export stands; a warning names the export folder and the ledger's folder, and says wipe will not
    know those files."""
    refuse_ledger_writes(monkeypatch)
    app = sample_app(tmp_path)
    out = tmp_path / "out"
    async with app.run_test(size=SIZE) as pilot:
        if only_one:
            app.screen.preview("step:role")  # type: ignore[attr-defined]
            await pilot.pause()
            await pilot.press("x")
        else:
            app.action_export_all()
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        await pilot.pause()
        app.screen.query_one("#folder", Input).value = str(out)
        await pilot.click("#go")
        await until(pilot, lambda: any(n.severity == "warning" and "wipe" in n.message for n in notices(app)))
        warning = next(n for n in notices(app) if "wipe" in n.message)
        text = " ".join(warning.message.split())
        assert str(out) in text
        assert str(app.workspace.root / ledger.LEDGER_DIR) in text
        assert "'bouwsteen wipe' kent die bestanden dus niet" in text
        assert warning.title == "Niet genoteerd voor wissen"
    assert any(out.iterdir())  # the files stand
    assert not ledger.read(tmp_path / "ws").files  # indeed not recorded


async def test_an_export_the_ledger_records_gives_no_such_warning(tmp_path: Path) -> None:
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.action_export_all()
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        await pilot.pause()
        app.screen.query_one("#folder", Input).value = str(tmp_path / "out")
        await pilot.click("#go")
        await until(pilot, lambda: not isinstance(app.screen, ExportDialog))
        assert not any("wipe" in n.message for n in notices(app))
    assert ledger.read(tmp_path / "ws").files


async def test_the_privacy_screen_reads_the_ledger_on_a_thread(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen opens with "…" under "Outside the workspace" while a thread reads the ledger; then the list."""
    release = threading.Event()
    readers: list[threading.Thread] = []
    read = ledger.read

    def slow_read(root: Path) -> ledger.Ledger:
        readers.append(threading.current_thread())
        release.wait(10)
        return read(root)

    monkeypatch.setattr(ledger, "read", slow_read)
    app = sample_app(tmp_path, "en")
    async with app.run_test(size=SIZE) as pilot:
        app.action_privacy()
        await until(pilot, lambda: bool(readers))
        screen = app.screen
        source = screen.query_one(Markdown).source
        assert "Outside the workspace" in source
        assert "…" in source
        assert not screen.outside_loaded  # type: ignore[attr-defined]
        release.set()
        await until(pilot, lambda: screen.outside_loaded)  # type: ignore[attr-defined]
        assert "Bouwsteen wrote no files outside the workspace" in screen.query_one(Markdown).source
    assert readers and all(thread is not threading.main_thread() for thread in readers)
