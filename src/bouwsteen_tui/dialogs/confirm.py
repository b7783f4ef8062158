"""Small modal dialogs: confirm, and ask for one line of text."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from bouwsteen_tui.widgets.base import literal, localize_bindings, printable, tr

_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 70; max-width: 95%; height: auto; border: thick $primary; background: $surface; padding: 1 2;
}}
{name} .title {{ text-style: bold; width: 1fr; }}
{name} .body {{ width: 1fr; margin: 1 0; }}
{name} .buttons {{ height: auto; align-horizontal: right; }}
{name} .buttons Button {{ margin-left: 1; }}
"""


class ConfirmDialog(ModalScreen[bool]):
    """Ask a yes/no question; Escape says no."""

    DEFAULT_CSS = _CSS.format(name="ConfirmDialog")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "no", "key.cancel")]

    def __init__(self, title: str, body: str, yes_label: str, *, danger: bool = False) -> None:
        super().__init__()
        localize_bindings(self)
        self._title = title
        self._body = body
        self._yes = yes_label
        self._danger = danger

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(literal(self._title), classes="title")
            yield Static(literal(self._body), classes="body")
            with Horizontal(classes="buttons"):
                yield Button(tr(self)("button.cancel"), id="no", compact=True)
                yield Button(literal(self._yes), id="yes", variant="error" if self._danger else "primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes_pressed(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no_pressed(self) -> None:
        self.dismiss(False)

    def action_no(self) -> None:
        self.dismiss(False)


class TextDialog(ModalScreen[str | None]):
    """Ask for one line of text (a case's short description); Escape cancels."""

    DEFAULT_CSS = _CSS.format(name="TextDialog")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.cancel")]

    def __init__(self, title: str, body: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        localize_bindings(self)
        self._title = title
        self._body = body
        self._value = value
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(literal(self._title), classes="title")
            yield Static(literal(self._body), classes="body")
            yield Input(printable(self._value), placeholder=self._placeholder, id="value")
            with Horizontal(classes="buttons"):
                yield Button(tr(self)("button.cancel"), id="no", compact=True)
                yield Button(tr(self)("button.ok"), id="yes", variant="primary", compact=True)

    @on(Input.Submitted)
    @on(Button.Pressed, "#yes")
    def _ok(self) -> None:
        self.dismiss(self.query_one("#value", Input).value)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
