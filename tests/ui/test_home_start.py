"""The home screen at start (issue 17): drawn from its cache before the core loads, usable at once, nothing lost."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, OptionList

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import TextAnswer
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.home_cache import CACHE_FILE, read_start, view_of, write_cache
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.cases import CaseTable
from tests.ui.helpers import hold_loading, until
from tests.ui.sample import CASE_CODE, write_sample

SIZE = (100, 40)


def _cached(root: Path) -> Path:
    """The sample workspace with its home screen cached, as a window leaves it when it closes."""
    write_sample(root)
    session = Session(load_pack_or_raise(builtin_pack_dir("nl")), Workspace.open(root))
    assert write_cache(root, builtin_pack_dir("nl"), "nl", view_of(session))
    session.close()
    return root


def _prompts(home: HomeScreen) -> list[str]:
    steps = home.query_one("#steps", OptionList)
    return [str(steps.get_option_at_index(i).prompt) for i in range(steps.option_count)]


def _rows(table: CaseTable) -> str:
    return "\n".join(table.render_line(y).text for y in range(table.scrollable_content_region.height))


async def test_the_first_frame_is_the_usable_home(workspace_dir: Path) -> None:
    """With a cache, the steps (titles and progress), the cases and the outputs are drawn before the core loads;
    once it is loaded, the same screen shows the session."""
    app = BouwsteenApp(_cached(workspace_dir), background_saves=False)
    release = hold_loading(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.ready
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert not home.query("#steps-loading")
        before = _prompts(home)
        assert before[0].startswith("1  Verhelder je eigen rol en aanbod")
        assert "vragen beantwoord" in before[0]
        assert CASE_CODE in _rows(home.query_one(CaseTable))
        assert app.focused is home.query_one("#steps", OptionList)
        release.set()
        await until(pilot, lambda: app.ready)
        await pilot.pause()
        assert _prompts(home) == before  # the cache was right: nothing moves
        assert app.screen is home


async def test_enter_on_a_step_before_the_core_loads_opens_it_once_it_is(workspace_dir: Path) -> None:
    app = BouwsteenApp(_cached(workspace_dir), background_saves=False)
    release = hold_loading(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.ready
        await pilot.press("enter")  # the first step, highlighted
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)  # nothing can open before the core is there
        release.set()
        await until(pilot, lambda: isinstance(app.screen, StepScreen))
        assert isinstance(app.screen, StepScreen) and app.screen.step.id == "role"


async def test_a_button_pressed_before_the_core_loads_acts_once_it_is(workspace_dir: Path) -> None:
    """"Afsluiten" on the selected case, pressed while loading: the case is closed once the core is loaded."""
    app = BouwsteenApp(_cached(workspace_dir), background_saves=False)
    release = hold_loading(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#toggle-case", Button).press()
        await pilot.pause()
        assert not app.ready
        release.set()
        await until(pilot, lambda: app.ready and app.session.summary(CASE_CODE).status.value == "closed")
        assert app.session.summary(CASE_CODE).status.value == "closed"


async def test_a_step_whose_sheet_changed_says_its_progress_is_being_read(workspace_dir: Path) -> None:
    """The role card changed after the cache was written (a window killed, a command): its line says the progress
    is being read, and the core fills it in."""
    root = _cached(workspace_dir)
    with Workspace.open(root) as workspace:
        role = workspace.load_sheet("role")
        assert role is not None
        role.set("organisation", TextAnswer(text="CLB regio West"))
        workspace.save(role)
    app = BouwsteenApp(root, background_saves=False)
    release = hold_loading(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "voortgang wordt gelezen…" in _prompts(home)[0]
        release.set()
        await until(pilot, lambda: app.ready)
        await pilot.pause()
        assert "vragen beantwoord" in _prompts(home)[0]


async def test_the_cache_is_written_once_loaded_and_again_on_quit(workspace_dir: Path) -> None:
    """A first start draws a loading line (there is no cache yet), then writes the cache; an answer given during
    the session is in it after quitting."""
    root = write_sample(workspace_dir)
    pack = builtin_pack_dir("nl")
    app = BouwsteenApp(root, background_saves=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.ready)
        first = read_start(root, pack, "nl")
        assert first is not None
        answered = next(s for s in first.steps if s.id == "network").progress
        assert answered is not None
        network = app.session.sheet("network")
        network.set("network_gaps", TextAnswer(text="geen jeugdhulp in de regio"))
        app.session.save(network)
        await app.action_quit()
    after = read_start(root, pack, "nl")
    assert after is not None
    progress = next(s for s in after.steps if s.id == "network").progress
    assert progress is not None and progress.answered == answered.answered + 1


async def test_a_read_only_window_writes_no_cache(workspace_dir: Path) -> None:
    root = write_sample(workspace_dir)
    with Workspace.open(root):  # another window holds the workspace
        app = BouwsteenApp(root, background_saves=False)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: app.ready)
            assert app.workspace.read_only
            await app.action_quit()
    assert not (root / CACHE_FILE).exists()


async def test_descriptions_drawn_from_the_index_are_masked(workspace_dir: Path) -> None:
    """The first frame shows identifiers in a case's description masked, as the loaded screen does."""
    root = _cached(workspace_dir)
    session = Session(load_pack_or_raise(builtin_pack_dir("nl")), Workspace.open(root))
    session.new_case("RRN 85.07.30-033.28 thuis")
    session.close()
    app = BouwsteenApp(root, background_saves=False)
    release = hold_loading(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.ready
        drawn = _rows(app.screen.query_one(CaseTable))
        assert "RRN ••.••.••-•••.••" in drawn and "85.07.30" not in drawn
        release.set()
        await until(pilot, lambda: app.ready)


async def test_f1_before_the_core_loads_opens_the_help_once_it_is(workspace_dir: Path) -> None:
    from bouwsteen_tui.screens.help import HelpScreen

    app = BouwsteenApp(_cached(workspace_dir), background_saves=False)
    release = hold_loading(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert not app.ready and isinstance(app.screen, HomeScreen)
        release.set()
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert isinstance(app.screen, HelpScreen)
