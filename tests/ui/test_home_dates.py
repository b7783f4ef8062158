"""The home screen asks the date seam (``core.dates.today``) what day it is, like the rest of the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.widgets.cases import CaseTable
from tests.ui.helpers import until
from tests.ui.sample import CASE_CODE, write_sample

SIZE = (120, 40)


def drawn_rows(table: CaseTable) -> str:
    return "\n".join(table.render_line(y).text for y in range(table.scrollable_content_region.height))


async def test_the_case_table_marks_expiry_by_the_workspace_date(workspace_dir: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample case is kept until 30/06/2040: on a (seam) day after that, its row says it has expired."""
    write_sample(workspace_dir)
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2041, 1, 1))
    app = BouwsteenApp(workspace_dir, background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen)
                    and CASE_CODE in drawn_rows(app.screen.query_one(CaseTable)))
        row = next(line for line in drawn_rows(app.screen.query_one(CaseTable)).splitlines() if CASE_CODE in line)
        assert "(verlopen)" in row
