"""The user's own keys: a ``[keymap]`` table in the workspace's settings.toml remaps commands by their binding id."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.app.keymap import checked_keymap, is_key, key_label
from bouwsteen_tui.core.answers import SCHEMA_VERSION
from bouwsteen_tui.screens.help import HelpScreen
from bouwsteen_tui.screens.review import ReviewScreen
from bouwsteen_tui.screens.step import StepScreen
from tests.ui.helpers import notices
from tests.ui.test_wizard import SIZE, make_app, open_step


def write_keymap(workspace: Path, lines: str) -> None:
    """A settings.toml with only a [keymap] table (``lines`` as written by hand)."""
    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / "settings.toml").write_text(
        f'schema_version = {SCHEMA_VERSION}\ndocument = "settings"\n\n[keymap]\n{lines}\n', encoding="utf-8")


async def test_a_remapped_key_opens_the_overview(workspace_dir: Path) -> None:
    """``"bouwsteen.review" = "f5"``: F5 opens a step's overview, and the footer names F5."""
    write_keymap(workspace_dir, '"bouwsteen.review" = "f5"')
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_step(pilot, app, 1)
        assert "f5 Overzicht" in "".join(str(key.render()) for key in app.screen.query_one(Footer).children)
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


async def test_the_help_names_the_users_own_keys(workspace_dir: Path) -> None:
    """With the overview on F5 and quitting on Ctrl+X, F1's list of keys says F5 and Ctrl+X, not Ctrl+O and Ctrl+Q;
    the keys the user left alone keep their usual names."""
    write_keymap(workspace_dir, '"bouwsteen.review" = "f5"\n"bouwsteen.quit" = "ctrl+x"')
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_step(pilot, app, 1)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.markdown()
        assert "**F5**: overzicht van de stap" in text and "**Ctrl+X**: stoppen" in text
        assert "Ctrl+O" not in text and "Ctrl+Q" not in text
        assert "**Ctrl+N / Ctrl+T**" in text and "**Esc**" in text


def test_keys_are_written_as_people_write_them() -> None:
    """Textual's key names become the usual spelling; of several keys, the first is named."""
    assert [key_label(k) for k in ("ctrl+o", "escape", "f1", "shift+tab", "a,insert", "delete", "ctrl+shift+x")] == [
        "Ctrl+O", "Esc", "F1", "Shift+Tab", "A", "Del", "Ctrl+Shift+X"]


async def test_a_remapped_command_no_longer_answers_its_old_key(workspace_dir: Path) -> None:
    """Once the overview is on F5, Ctrl+O does nothing on a step."""
    write_keymap(workspace_dir, '"bouwsteen.review" = "f5"')
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_step(pilot, app, 1)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)


async def test_an_unknown_command_is_reported_and_the_rest_applies(workspace_dir: Path) -> None:
    """A name that is no command gets a notice naming settings.toml and the name; the good entry still works."""
    write_keymap(workspace_dir, '"bouwsteen.reviw" = "f6"\n"bouwsteen.review" = "f5"')
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        said = [n for n in notices(app) if "bouwsteen.reviw" in n.message]
        assert len(said) == 1
        assert "settings.toml" in said[0].message and "README" in said[0].message
        assert said[0].severity == "warning"
        await open_step(pilot, app, 1)
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


async def test_a_bad_key_is_reported_in_english_and_the_usual_key_stays(workspace_dir: Path) -> None:
    """A key that does not exist is reported (here in English) and the command keeps its own key."""
    write_keymap(workspace_dir, '"bouwsteen.review" = "ctrl+oo"')
    app = BouwsteenApp(workspace_dir, language="en", background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        said = [n.message for n in notices(app) if "bouwsteen.review" in n.message]
        assert len(said) == 1
        assert "settings.toml" in said[0] and "ctrl+oo" in said[0] and "does not exist" in said[0]
        await open_step(pilot, app, 1)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


def test_a_keymap_entry_that_is_no_text_is_left_out() -> None:
    """A number, a list or an empty text is no key: reported, not applied; the file itself stays valid."""
    keymap, problems = checked_keymap({"bouwsteen.review": 5, "bouwsteen.help": "", "bouwsteen.quit": "ctrl+x"})
    assert keymap == {"bouwsteen.quit": "ctrl+x"}
    assert [(p.kind, p.name) for p in problems] == [("bad_key", "bouwsteen.review"), ("bad_key", "bouwsteen.help")]


def test_keys_are_read_as_textual_names_them() -> None:
    """Letters, function keys, named keys and modifiers are keys; a typo or an unknown modifier is not."""
    assert all(is_key(key) for key in ("a", "?", "f5", "ctrl+o", "shift+up", "delete", "question_mark", "ctrl+slash"))
    assert not any(is_key(key) for key in ("", "ctrl+", "ctrl+oo", "strg+o", "f99", "page down"))


def test_the_keymap_survives_a_rewrite_of_settings_toml(workspace_dir: Path) -> None:
    """Bouwsteen rewrites settings.toml (language, theme, position): the user's [keymap] stays, bad entries too."""
    from bouwsteen_tui.core.workspace import Workspace

    write_keymap(workspace_dir, '"bouwsteen.review" = "f5"\n"bouwsteen.reviw" = 7')
    with Workspace.open(workspace_dir) as workspace:
        settings = workspace.load_settings()
        settings.theme = "bouwsteen-contrast"
        workspace.save_settings(settings)
    with Workspace.open(workspace_dir) as workspace:
        assert workspace.load_settings().keymap == {"bouwsteen.review": "f5", "bouwsteen.reviw": 7}
