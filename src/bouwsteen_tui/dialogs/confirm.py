"""Small modal dialogs: confirm, choose one of a few answers, and ask for one line of text."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static

from bouwsteen_tui import commands
from bouwsteen_tui.widgets.autosave import AutosaveTimer
from bouwsteen_tui.widgets.base import TranslatedModalScreen, default_css, literal, printable, tr

T = TypeVar("T")



class ConfirmDialog(TranslatedModalScreen[bool]):
    """Ask a yes/no question; Escape says no."""

    DEFAULT_CSS = default_css(__file__, "ConfirmDialog")
    BINDINGS: ClassVar[list[BindingType]] = [commands.CANCEL.binding(action="no")]

    def __init__(self, title: str, body: str, yes_label: str, *, danger: bool = False) -> None:
        super().__init__()
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


class ChoiceDialog(TranslatedModalScreen[str]):
    """Ask which of a few things to do; answers the chosen id, or ``""`` on Escape (do nothing)."""

    DEFAULT_CSS = default_css(__file__, "ChoiceDialog")
    BINDINGS: ClassVar[list[BindingType]] = [commands.BACK.binding()]

    def __init__(self, title: str, body: str, choices: list[tuple[str, str]], *, focus: str = "") -> None:
        super().__init__()
        self._title = title
        self._body = body
        self._choices = choices  # (id, label), the last one the primary
        self._focus = focus or choices[0][0]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._title, classes="title", markup=False)
            yield Static(self._body, classes="body", markup=False)
            with Horizontal(classes="buttons"):
                for number, (choice_id, label) in enumerate(self._choices, 1):
                    primary = number == len(self._choices)
                    yield Button(Content(label), id=f"choice-{choice_id}", compact=True,
                                 variant="primary" if primary else "default")

    def on_mount(self) -> None:
        self.query_one(f"#choice-{self._focus}", Button).focus()

    @on(Button.Pressed)
    def _chosen(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("choice-"))

    def action_back(self) -> None:
        self.dismiss("")


class LeavingDialog(TranslatedModalScreen[T]):
    """A dialog whose Esc and Annuleren close at once when nothing changed, and else ask: keep (as Klaar would),
    discard, or go on editing. Subclasses say what changed means, and how to keep and to discard."""

    _asking = False  # the question is open: Esc again does not ask twice

    def changed_since_open(self) -> bool:
        raise NotImplementedError

    def keep(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError

    def leave(self) -> None:
        if not self.changed_since_open():
            self.discard()
        elif not self._asking:
            self._ask_leave()

    @work(exclusive=True, group="leave")
    async def _ask_leave(self) -> None:
        t = tr(self)
        self._asking = True
        try:
            choice = await self.app.push_screen_wait(ChoiceDialog(
                t("leave.title"), t("leave.body"),
                [("back", t("leave.back")), ("discard", t("leave.discard")), ("keep", t("leave.keep"))],
            ))
        finally:
            self._asking = False
        if choice == "keep":
            self.keep()
        elif choice == "discard":
            self.discard()


class TextDialog(LeavingDialog[str | None]):
    """Ask for one line of text (a case's short description, a date).

    OK (Enter) refuses while the text is empty and ``required`` is given, or ``check`` finds a problem: the
    message shows under the field and the dialog stays open. Escape and Cancel close at once when nothing was
    changed, and otherwise ask: keep, discard or continue. ``on_draft`` receives the text shortly after each change
    (and ``None`` when the dialog closes), so that a crash loses nothing.
    """

    DEFAULT_CSS = default_css(__file__, "TextDialog")
    BINDINGS: ClassVar[list[BindingType]] = [commands.CANCEL.binding()]

    def __init__(
        self,
        title: str,
        body: str,
        value: str = "",
        placeholder: str = "",
        *,
        required: str = "",
        check: Callable[[str], str] | None = None,
        on_draft: Callable[[str | None], None] | None = None,
        original: str | None = None,
    ) -> None:
        super().__init__()
        self._title = title
        self._body = body
        self._value = value
        self._original = value if original is None else original  # what "unchanged" means (a restored draft)
        self._placeholder = placeholder
        self._required = required
        self._check = check
        self._on_draft = on_draft
        self._drafts = AutosaveTimer(self, self._save_draft)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(literal(self._title), classes="title")
            yield Static(literal(self._body), classes="body")
            yield Input(printable(self._value), placeholder=self._placeholder, id="value",
                        select_on_focus=False)
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(tr(self)("button.cancel"), id="no", compact=True)
                yield Button(tr(self)("button.ok"), id="yes", variant="primary", compact=True)

    @property
    def text(self) -> str:
        return self.query_one("#value", Input).value

    def problem(self) -> str:
        """Why the text cannot be kept as it is, or ``""``."""
        if self._required and not self.text.strip():
            return self._required
        return self._check(self.text) if self._check is not None else ""

    @on(Input.Changed, "#value")
    def _changed(self) -> None:
        self.query_one("#error", Static).update("")
        if self._on_draft is not None:
            self._drafts.changed()

    def save_now(self) -> None:
        """Save a waiting draft at once (the app quits or its terminal closes)."""
        self._drafts.flush()

    def _save_draft(self) -> None:
        if self._on_draft is not None:
            self._on_draft(self.text if self.text != self._original else None)

    def _finish(self, result: str | None) -> None:
        self._drafts.stop()
        if self._on_draft is not None:
            self._on_draft(None)
        self.dismiss(result)

    @on(Input.Submitted)
    @on(Button.Pressed, "#yes")
    def _ok(self) -> None:
        problem = self.problem()
        if problem:
            self.query_one("#error", Static).update(problem)
            self.query_one("#value", Input).focus()
            return
        self._finish(self.text)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.action_cancel()

    def action_cancel(self) -> None:
        self.leave()

    def changed_since_open(self) -> bool:
        return self.text != self._original

    def keep(self) -> None:
        self._ok()

    def discard(self) -> None:
        self._finish(None)
