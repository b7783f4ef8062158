"""The hint on an empty network map names the pack's own network step (issue 15.9): the warm-up pack's table is
its step 2 (part 1), so its mini-case says "vul stap 2 aan", not the built-in pack's "stap 3"."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import ChecklistAnswer, Sheet
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.ui import MESSAGES
from bouwsteen_tui.screens.preview import PreviewScreen
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.base import Lookups, network_place
from bouwsteen_tui.widgets.network_map import NetworkMap

REPO = Path(__file__).resolve().parents[2]
WARM_UP = REPO / "examples" / "warm-up"
SIZE = (110, 40)


def test_the_network_step_is_the_packs_own() -> None:
    """The warm-up pack fills in its partners in step 2, part 1; the built-in packs in step 3, part 1; a pack
    without a partner list has no such place."""
    assert network_place(load_pack_or_raise(WARM_UP)) == (2, 1)
    for language in ("nl", "en"):
        assert network_place(load_pack_or_raise(builtin_pack_dir(language))) == (3, 1)
    assert network_place(load_pack_or_raise(REPO / "tests" / "data" / "packs" / "no-roles")) is None


def test_without_a_network_step_the_hint_names_no_step() -> None:
    """Lookups built without a pack (or for a pack without a network) say only "add one here"."""
    t = Catalog("nl", MESSAGES)
    assert Lookups().no_partners_hint(t) == "Nog geen partners op je netwerkkaart. Voeg er hier een toe."
    assert "stap" not in Lookups().no_partners_hint(Catalog("en", MESSAGES))


async def test_the_warm_up_packs_partner_question_points_to_its_step_2(tmp_path: Path) -> None:
    """The mini-case's partner question, with an empty map: the hint names step 2, the table."""
    app = BouwsteenApp(tmp_path / "ws", content=WARM_UP, background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("oefening")
        app.open_step("minicasus", 0, case.code)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        hint = str(screen.query_one("#q-betrokken .empty", Static).render())
        assert hint == "Nog geen partners op je netwerkkaart. Voeg er hier een toe of vul stap 2 aan."


async def test_the_built_in_packs_hint_still_says_step_3(tmp_path: Path) -> None:
    """The built-in pack's network is its step 3: the case's partner question says so, as before."""
    app = BouwsteenApp(tmp_path / "ws", background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("oefening")
        app.open_step("case", 0, case.code)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        hint = str(screen.query_one("#q-case_partners .empty", Static).render())
        assert hint == "Nog geen partners op je netwerkkaart. Voeg er hier een toe of vul stap 3 aan."


async def test_the_warm_up_packs_empty_map_points_to_its_step_2(tmp_path: Path) -> None:
    """The preview of the warm-up's table, with no partners yet: the map says where to add them, step 2 part 1."""
    with Workspace.open(tmp_path / "ws") as workspace:  # a ticked checklist item: a sheet, with no partners
        workspace.save_sheet(Sheet(pack_id="opwarmer", step_id="tafel",
                                   answers={"tafel_checklist": ChecklistAnswer(checked=["banden"])}))
    app = BouwsteenApp(tmp_path / "ws", content=WARM_UP, background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(PreviewScreen("step:tafel"))
        await pilot.pause()
        network_map = app.screen.query_one(NetworkMap)
        assert network_map.empty_label == "Nog geen partners: voeg ze toe in stap 2, deel 1."
