"""The command palette: the app's commands (``commands.py``) and the pack's steps and parts, shown literally."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits
from textual.system_commands import SystemCommandsProvider

from bouwsteen_tui.commands import PALETTE_COMMANDS, QUIT
from bouwsteen_tui.core.languages import next_language
from bouwsteen_tui.widgets.base import literal

if TYPE_CHECKING:
    from bouwsteen_tui.app import BouwsteenApp


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
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            content = literal(name)  # without control characters, so the offsets below fit what is shown
            score, offsets = matcher.fuzzy_search.match(query, content.plain)
            if score > 0:
                for offset in offsets:  # the letters that match, marked as the palette marks them
                    if not content.plain[offset].isspace():
                        content = content.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, content, callback, text=name, help=self.help_text(help_text))


def system_commands(app: BouwsteenApp) -> Iterable[SystemCommand]:
    """What the palette offers: a "go to" per step and part of the pack, then every command that has a palette
    title (before the workspace is loaded, only quit)."""
    from bouwsteen_tui.core.content import Scope

    t = app.catalog
    other = next_language(app.ui_language)
    values = {"language": t(f"language.{other}")}  # "switch language to …"
    if not app.ready:
        yield SystemCommand(t(QUIT.palette), t(QUIT.palette_help), partial(app.run_action, QUIT.palette_action))
        return
    for step in app.pack.steps:
        if step.scope is Scope.CASE:
            continue
        yield SystemCommand(t("cmd.goto_step", number=step.number, title=step.title), t("cmd.goto_step_help"),
                            partial(app.open_step, step.id, 0))
        for index, part in enumerate(step.parts):
            number = f"{part.number} " if part.number is not None else ""
            yield SystemCommand(t("cmd.goto_part", step=step.number, part=f"{number}{part.title}"),
                                t("cmd.goto_part_help"), partial(app.open_step, step.id, index), discover=False)
    for command in PALETTE_COMMANDS:
        yield SystemCommand(t(command.palette, **values), t(command.palette_help),
                            partial(app.run_action, command.palette_action))
