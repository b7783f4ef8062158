"""Every command is declared once (``commands.py``): its binding and its palette entry come from that declaration."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode

import bouwsteen_tui
from bouwsteen_tui.commands import BY_ID, COMMANDS, PALETTE_COMMANDS
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.ui import MESSAGES
from tests.ui.test_wizard import SIZE, make_app


def declared_bindings() -> list[tuple[str, Binding]]:
    """(class, binding) for every binding in the BINDINGS of a screen, dialog, widget or the app."""
    found = []
    for module_info in pkgutil.walk_packages(bouwsteen_tui.__path__, "bouwsteen_tui."):
        if module_info.name.startswith(("bouwsteen_tui.core", "bouwsteen_tui.export", "bouwsteen_tui.cli")):
            continue
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, DOMNode) and cls.__module__ == module.__name__ and "BINDINGS" in cls.__dict__:
                found += [(name, binding) for binding in Binding.make_bindings(cls.__dict__["BINDINGS"])]
    return found


def test_every_binding_has_the_id_of_a_declared_command() -> None:
    """No binding is written by hand: each has an id (a keymap can remap it) and comes from commands.py."""
    bindings = declared_bindings()
    assert len(bindings) > 30
    assert [(name, b.key) for name, b in bindings if b.id not in BY_ID] == []


def test_every_command_has_a_key_or_says_why_not() -> None:
    """A command without a key says why (``no_key``); one with a key does not also claim to have none."""
    assert [c.id for c in COMMANDS if bool(c.key) == bool(c.no_key)] == []


def test_every_command_is_in_the_palette_or_says_why_not() -> None:
    """A key that the palette does not offer says why (``no_palette``); a palette command has its texts and action."""
    assert [c.id for c in COMMANDS if bool(c.palette) == bool(c.no_palette)] == []
    assert [c.id for c in PALETTE_COMMANDS if not (c.palette_help and c.palette_action.startswith("app."))] == []


def test_every_command_with_a_key_is_bound_somewhere() -> None:
    """A declared key that no screen binds would be a promise the app does not keep."""
    bound = {binding.id for _name, binding in declared_bindings()}
    assert [c.id for c in COMMANDS if c.key and c.id not in bound] == []


def test_every_text_of_a_command_is_in_the_catalogue() -> None:
    """Footer and palette texts are catalogue keys, with Dutch and English text."""
    keys = [key for c in COMMANDS for key in (c.footer, c.palette, c.palette_help) if key]
    assert [key for key in keys if key not in MESSAGES] == []


def test_every_palette_action_exists_on_the_app() -> None:
    """What the palette runs is an action of the app."""
    from bouwsteen_tui.app import BouwsteenApp

    actions = [c.palette_action.removeprefix("app.") for c in PALETTE_COMMANDS]
    assert [a for a in actions if not callable(getattr(BouwsteenApp, f"action_{a}", None))] == []


async def test_the_palette_offers_the_declared_commands_and_the_packs_steps(workspace_dir: Path) -> None:
    """What the palette lists is the declared commands (in the interface language) plus a "go to" per step and
    part; nothing else is written beside the declarations."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE):
        titles = [command.title for command in app.get_system_commands(app.screen)]
    t = Catalog("nl", MESSAGES)
    declared = {t(c.palette, language=t("language.en")) for c in PALETTE_COMMANDS}
    go_to = [title for title in titles if title not in declared]
    assert declared <= set(titles)
    assert go_to and all(title.startswith(("Ga naar stap", "Stap ")) for title in go_to)


async def test_the_footer_follows_a_change_of_language(workspace_dir: Path) -> None:
    """The keys' texts are translated where they are shown: after Ctrl+L the home screen's footer is in English."""
    from textual.widgets import Footer

    from bouwsteen_tui.screens.home import HomeScreen

    def footer_text() -> str:
        return "".join(str(key.render()) for key in app.screen.query_one(Footer).children)

    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Nieuwe casus" in footer_text()
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.ui_language == "en"
        assert "New case" in footer_text() and "Nieuwe casus" not in footer_text()


def test_the_readme_names_every_command_with_a_key() -> None:
    """The README's table of key names lists every command a user can remap."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert [c.id for c in COMMANDS if c.key and f"`{c.id}`" not in readme] == []
