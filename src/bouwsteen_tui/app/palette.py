"""The command palette: the app's commands (``commands.py``) and the pack's steps and parts, shown literally."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.binding import ActiveBinding
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits
from textual.system_commands import SystemCommandsProvider

from bouwsteen_tui.app.keys import KeysScreen
from bouwsteen_tui.commands import KEYS, PALETTE_COMMANDS, QUIT
from bouwsteen_tui.core.languages import next_language
from bouwsteen_tui.widgets.base import literal, tr, translated_bindings

if TYPE_CHECKING:
    from textual.screen import Screen

    from bouwsteen_tui.app import BouwsteenApp


class Palette(CommandPalette):
    """Textual's command palette, its keys described in the interface language (its own: "Exit the command
    palette"), as ``widgets.base.TranslatedScreen`` describes a screen's."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated_bindings(super().active_bindings, tr(self))


class LiteralCommands(SystemCommandsProvider):
    """The app's commands in the palette, shown literally.

    Textual's own provider reads a command's name and help as markup; ours hold pack text (a step's or a part's
    title), which is data: ``[regio Noord]`` must show as typed, ``[/]`` must not raise.
    """

    @staticmethod
    def help_text(text: str) -> str:
        # the palette reads help with Content.from_markup, which passes Content through unchanged
        return cast(str, literal(text))

    async def discover(self) -> Hits:
        commands = sorted(self.app.get_system_commands(self.screen), key=lambda command: command[0])
        for name, help_text, callback, discover in commands:
            if discover:
                yield DiscoveryHit(literal(name), callback, text=name, help=self.help_text(help_text))

    async def search(self, query: str) -> Hits:
        """The commands that match ``query``; when none does, one line that says so in the interface language
        (the only provider: Textual's own "No matches found" then never shows)."""
        found = False
        async for hit in self._matches(query):
            found = True
            yield hit
        if not found and query.strip():
            t = tr(self.app)
            yield Hit(1.0, literal(t("palette.no_matches", query=" ".join(query.split()))), _nothing,
                      help=self.help_text(t("palette.no_matches_help")))

    async def _matches(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            content = literal(name)  # without control characters, so the offsets below fit what is shown
            score, offsets = matcher.fuzzy_search.match(query, content.plain)
            if score > 0:
                for offset in offsets:  # the letters that match, marked as the palette marks them
                    if not content.plain[offset].isspace():
                        content = content.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, content, callback, text=name, help=self.help_text(help_text))


def _nothing() -> None:
    """What choosing "Niets gevonden" does: nothing (the palette closes)."""


def system_commands(app: BouwsteenApp, screen: Screen[object] | None = None) -> Iterable[SystemCommand]:
    """What the palette offers: a "go to" per step and part of the pack (a case's step while ``screen`` shows
    that case), then every command that has a palette title (before the workspace is loaded, only quit)."""
    from bouwsteen_tui.core.content import Scope

    t = app.catalog
    other = next_language(app.ui_language)
    values = {"language": t(f"language.{other}")}  # "switch language to …"
    if not app.ready:
        yield SystemCommand(t(QUIT.palette), t(QUIT.palette_help), partial(app.run_action, QUIT.palette_action))
        return
    case_code = getattr(screen, "case_code", "")  # a step screen of a case: its case's steps are offered too
    for step in app.pack.steps:
        code = case_code if step.scope is Scope.CASE else ""
        if step.scope is Scope.CASE and not code:
            continue
        yield SystemCommand(t("cmd.goto_step", number=step.number, title=step.title), t("cmd.goto_step_help"),
                            partial(app.open_step, step.id, 0, code))
        for index, part in enumerate(step.parts):  # numbered as the step screen says: "Deel 6 van 8"
            yield SystemCommand(t("cmd.goto_part", step=step.number, part=index + 1, title=part.title),
                                t("cmd.goto_part_help"), partial(app.open_step, step.id, index, code), discover=False)
    keys_open = any(isinstance(screen, KeysScreen) for screen in app.screen_stack)
    for command in PALETTE_COMMANDS:
        name, help_text = command.palette, command.palette_help
        if command is KEYS and keys_open:  # the key list is open: the same command closes it
            name, help_text = "cmd.keys_hide", "cmd.keys_hide_help"
        yield SystemCommand(t(name, **values), t(help_text), partial(app.run_action, command.palette_action))
