"""The wizard shows no identifier in full outside the fields where the user types: notifications, the step
screen's sub-title (the case description in the header) and the home screen's case table mask them.

The numbers are synthetic (computed check digits): they belong to no one.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Header

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.cases import CaseTable
from tests.ui.helpers import notices

SIZE = (100, 40)
DESCRIPTION = "RRN 85.07.30-033.28 gsm 0470123456"


def make_app(workspace: Path) -> BouwsteenApp:
    return BouwsteenApp(workspace, background_saves=False, preload=True)


async def test_notifications_mask_identifiers(workspace_dir: Path) -> None:
    """A notification that carries user text (a partner's name, say) shows its identifiers masked."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.notify("Toegevoegd: CAW 0470 12 34 56", title="jan@example.org")
        await pilot.pause()
        notice = notices(app)[-1]
        assert (notice.message, notice.title) == ("Toegevoegd: CAW •••• •• •• ••", "j••@•••••••.•••")


async def test_the_step_header_masks_the_case_description(workspace_dir: Path) -> None:
    """The step screen's sub-title, shown in the header, holds the description with its identifiers masked."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case(DESCRIPTION)
        app.open_step("case", 0, case.code)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        assert "RRN ••.••.••-•••.•• gsm ••••••••••" in screen.sub_title
        drawn = str(screen.query_one(Header).query_one("HeaderTitle").render())
        assert "••.••.••-•••.••" in drawn
        assert "033.28" not in drawn and "0470123456" not in drawn


async def test_the_case_table_masks_descriptions(workspace_dir: Path) -> None:
    """The home screen's table of cases shows a description with its identifiers masked."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.session.new_case(DESCRIPTION)
        app.screen.refresh_all()  # type: ignore[attr-defined]
        await pilot.pause()
        table = app.screen.query_one(CaseTable)
        drawn = "\n".join(table.render_line(y).text for y in range(table.scrollable_content_region.height))
        assert "RRN ••.••.••-•••.••" in drawn
        assert "033.28" not in drawn and "0470123456" not in drawn
