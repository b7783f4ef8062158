"""SVG snapshots of the import dialog at 80×24: the file picker in ~/Downloads, and the tallest state, a file with
identifiers named and "import anyway" offered.

Review ``snapshot_report.html`` before running ``pytest --snapshot-update``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES, write_demo
from bouwsteen_tui.core.exchange import export_case, write_case_file
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.dialogs.import_case import ImportCaseDialog
from tests.ui.helpers import until
from tests.ui.sample import write_sample
from tests.ui.test_snapshots import freeze

# the dialog shows the folder it starts in: the same home folder every run, whatever the machine's
FIXED = Path(tempfile.gettempdir()) / "bouwsteen-import-snapshot"


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.rmtree(FIXED, ignore_errors=True)
    folder = FIXED / "home"
    downloads = folder / "Downloads"
    (downloads / "workshop").mkdir(parents=True)
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    with Workspace.open(FIXED / "trainer") as workspace:
        _, network, cases = write_demo(workspace, pack)
    case = next(c for c in cases if c.code == DEMO_CASE_CODES[0])
    case.description = "bel 0470 12 34 56 " + case.description
    write_case_file(downloads / "casus-C-7K4Q.toml", export_case(pack, case, network, author="CLB Voorbeeldstad"))
    (downloads / "notities.txt").write_text("niet getoond", encoding="utf-8")
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(downloads))
    return folder


def app_at(tmp_path: Path) -> BouwsteenApp:
    return BouwsteenApp(write_sample(tmp_path / "ws"), language="nl", background_saves=False, preload=True)


async def _open(pilot: Pilot[None]) -> ImportCaseDialog:
    pilot.app.clear_notifications()
    pilot.app.action_import_case()  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(pilot.app.screen, ImportCaseDialog))
    dialog = pilot.app.screen
    assert isinstance(dialog, ImportCaseDialog)
    tree = dialog.query_one("#tree")
    await until(pilot, lambda: len(tree.root.children) == 2)  # type: ignore[attr-defined]
    await pilot.pause()
    return dialog


SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((100, 30), id="100x30"),
         pytest.param((120, 40), id="120x40")]


@pytest.mark.parametrize("size", SIZES)
def test_import_dialog(snap_compare, tmp_path: Path, home: Path, size: tuple[int, int]) -> None:
    """The picker in ~/Downloads: a folder and the one .toml file, the path field, the checkbox, the buttons."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open(pilot)
        await pilot.press("down")  # the folder, then the file: its path in the field
        await pilot.press("down")
        await pilot.pause()
        freeze(pilot)

    assert snap_compare(app_at(tmp_path), terminal_size=size, run_before=run_before)


def test_import_dialog_identifiers(snap_compare, tmp_path: Path, home: Path) -> None:
    """The file holds a phone number: where it is (never the value), and "Toch importeren"."""

    async def run_before(pilot: Pilot[None]) -> None:
        dialog = await _open(pilot)
        field = dialog.query_one("#file", Input)
        field.value = str(home / "Downloads" / "casus-C-7K4Q.toml")
        field.focus()
        await pilot.press("enter")
        await until(pilot, lambda: bool(dialog.query_one("#anyway").display) and not dialog.busy)
        await pilot.pause()
        freeze(pilot)

    assert snap_compare(app_at(tmp_path), terminal_size=(80, 24), run_before=run_before)
