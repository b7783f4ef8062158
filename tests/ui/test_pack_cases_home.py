"""The home screen shows the current pack's cases only, and says under the list how to open the other packs' cases
(issue 15, part 4)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.widgets import Static

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import Case
from bouwsteen_tui.core.packs import BUILTIN_PACK_ID
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.widgets.cases import CaseTable

REPO = Path(__file__).resolve().parents[2]
WARM_UP = REPO / "examples" / "warm-up"
SIZE = (120, 50)
TODAY = date(2026, 12, 7)


@pytest.fixture
def mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two cases of the built-in pack and one of the warm-up pack, past its keep-until date."""
    monkeypatch.setattr(dates, "today", lambda: TODAY)
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        ws.save_case(Case(pack_id=BUILTIN_PACK_ID, code="C-B2B2", description="ingebouwd een"))
        ws.save_case(Case(pack_id=BUILTIN_PACK_ID, code="C-B3B3", description="ingebouwd twee"))
        ws.save_case(Case(pack_id="opwarmer", code="C-W3W3", description="oefening",
                          keep_until=TODAY - timedelta(days=1)))
    return root


def shown(app: BouwsteenApp) -> tuple[list[str], str]:
    """The codes in the home screen's case table, and the text under it about other packs ("" when hidden)."""
    home = app.screen
    assert isinstance(home, HomeScreen)
    table = home.query_one("#cases", CaseTable)
    codes = sorted(code for code in ("C-B2B2", "C-B3B3", "C-W3W3") if table.move_to_key(code))
    assert len(codes) == table.row_count
    notes = home.query("#other-packs")
    note = notes.first(Static) if notes else None
    return codes, str(note.render()) if note is not None and note.display else ""


async def test_the_builtin_home_lists_its_cases_and_says_how_to_open_the_warm_ups(mixed: Path) -> None:
    """The built-in pack lists its two cases; under the list: one case of pack opwarmer, past its date, and (once
    the warm-up was opened from its folder) the exact command."""
    app = BouwsteenApp(mixed, background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        codes, note = shown(app)
        assert codes == ["C-B2B2", "C-B3B3"]
        assert note.startswith("1 casus van pakket opwarmer staat niet in deze lijst (voorbij de bewaardatum).")
        assert f"bouwsteen --content MAP --workspace {mixed}" in note  # the folder is not known yet
    warm_up = BouwsteenApp(mixed, content=WARM_UP, background_saves=False, preload=True)
    async with warm_up.run_test(size=SIZE) as pilot:
        await pilot.pause()
        codes, note = shown(warm_up)
        assert codes == ["C-W3W3"]
        assert note == f"2 casussen van het ingebouwde pakket staan niet in deze lijst. Open ze met: bouwsteen " \
                       f"--workspace {mixed}"
    again = BouwsteenApp(mixed, language="en", background_saves=False, preload=True)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        codes, note = shown(again)
        assert codes == ["C-B2B2", "C-B3B3"]
        assert note == (f"1 case of pack opwarmer is not in this list (past its keep-until date). Open it with: "
                        f"bouwsteen --content {WARM_UP} --workspace {mixed}")


async def test_no_note_when_every_case_is_the_packs_own(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        ws.save_case(Case(pack_id=BUILTIN_PACK_ID, code="C-B2B2", description="ingebouwd"))
    app = BouwsteenApp(tmp_path / "ws", background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        codes, note = shown(app)
        assert codes == ["C-B2B2"] and note == ""
