"""The key list ("Toetsen" in the palette): the keys of the screen below, for what has the focus, in the interface
language.

It replaces Textual's key panel, which speaks English ("Scroll Up", "Move cursor left and select") and which the
palette could open but not close. This one closes with Escape and with the same palette command that opened it
(then called "Toetsen verbergen"). It lists what ``Screen.active_bindings`` holds, Textual's public view of the
keys that work now, with each description translated (``widgets.base.translated``, ``i18n/textual_nl.py``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from bouwsteen_tui import commands
from bouwsteen_tui.app.keymap import key_label
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.widgets.base import TranslatedModalScreen, tr, translated

_ARROWS = {"up": "↑", "down": "↓", "left": "←", "right": "→"}


def key_for_people(key: str, t: Catalog) -> str:
    """One Textual key name as people read it: "Ctrl+Shift+←", "Spatie", "PgDn", "Esc"."""
    *modifiers, name = key.strip().split("+")
    word = _ARROWS.get(name) or (t("key.space") if name == "space" else key_label(name))
    return "+".join([*(key_label(m) for m in modifiers), word])


def key_lines(screen: Screen[object], t: Catalog) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The keys that work on ``screen`` now, as (keys, what they do): first those of the focused widget (and the
    widgets around it), then those of the screen and the whole app. Keys that do the same are joined."""
    focused: dict[tuple[int, str, str], list[str]] = {}
    general: dict[tuple[int, str, str], list[str]] = {}
    for key, active in screen.active_bindings.items():
        binding: Binding = translated(active.binding, t)
        if not binding.description or not active.enabled:
            continue
        where = general if active.node is screen or active.node is screen.app else focused
        keys = where.setdefault((id(active.node), binding.action, binding.description), [])
        shown = key_for_people(key, t)
        if shown not in keys:
            keys.append(shown)
    return ([(", ".join(keys), what) for (_n, _a, what), keys in focused.items()],
            [(", ".join(keys), what) for (_n, _a, what), keys in general.items()])


def _table(lines: list[tuple[str, str]]) -> Table:
    """Keys and what they do in two columns; a long description wraps in its own column. Plain ``Text``: never
    read as markup."""
    table = Table(box=None, show_header=False, padding=(0, 1, 0, 0), expand=True)
    table.add_column(style="bold", ratio=2)
    table.add_column(ratio=3)
    for keys, what in lines:
        table.add_row(Text(keys), Text(what))
    return table


class KeysScreen(TranslatedModalScreen[None]):
    """The keys of the screen below, at the right; Escape or the palette's "Toetsen verbergen" closes it."""

    DEFAULT_CSS = """
    KeysScreen { align: right top; }
    KeysScreen > Vertical {
        width: 60%; min-width: 40; max-width: 72; height: 100%; border-left: thick $primary; background: $surface;
        padding: 0 1;
    }
    KeysScreen .title { text-style: bold; width: 1fr; }
    KeysScreen .group { text-style: bold; color: $accent; width: 1fr; margin-top: 1; }
    KeysScreen VerticalScroll { height: 1fr; }
    KeysScreen .close-hint { color: $text-muted; width: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [commands.CLOSE.binding()]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        t = tr(self)
        focused, general = key_lines(self.below, t)
        with Vertical():
            yield Label(t("keys.title"), classes="title")
            with VerticalScroll():
                for title, lines in ((t("keys.focused"), focused), (t("keys.screen"), general)):
                    if lines:
                        yield Label(title, classes="group")
                        yield Static(_table(lines), classes="keys")
                if not focused and not general:
                    yield Static(t("keys.none"))
            yield Label(t("keys.close_hint"), classes="close-hint")

    def action_close(self) -> None:
        self.dismiss(None)


def toggle_keys(app: App[Any], *, open_it: bool = True) -> None:
    """Close the key list when it is on top; else open it over the screen on top (when ``open_it``)."""
    if isinstance(app.screen, KeysScreen):
        app.screen.dismiss(None)
    elif open_it:
        app.push_screen(KeysScreen(app.screen))
