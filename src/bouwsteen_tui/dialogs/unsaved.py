"""Asked on quit when some answers could not be saved: write a rescue copy, try again, stay, or quit anyway."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static

from bouwsteen_tui import commands
from bouwsteen_tui.widgets.base import TranslatedModalScreen, app_state, default_css, tr

if TYPE_CHECKING:
    from bouwsteen_tui.core.session import Session


class UnsavedDialog(TranslatedModalScreen[Path | bool]):
    """What to do with answers that could not be written.

    Dismisses with the folder of a rescue copy that was written, ``True`` when everything is saved after all or
    the user chose to quit without saving, and ``False`` to stay in the app. Escape stays.
    """

    DEFAULT_CSS = default_css(__file__, "UnsavedDialog")
    BINDINGS: ClassVar[list[BindingType]] = [commands.CANCEL.binding(action="stay")]

    def __init__(self, default_folder: Path) -> None:
        super().__init__()
        self.default_folder = default_folder

    @property
    def session(self) -> Session:
        return app_state(self).session

    def _body(self) -> str:
        unsaved = self.session.unsaved()
        root = self.session.workspace.root
        names = []
        for path in unsaved:
            try:
                names.append(path.relative_to(root).as_posix())
            except ValueError:
                names.append(str(path))
        return tr(self)("unsaved.body", files=", ".join(sorted(names)), reason=self._reason())

    def _reason(self) -> str:
        """Why the last save failed, in the interface's language (the error itself is in the system's)."""
        return str(getattr(self.app, "last_save_reason", "")) or self.session.last_error or "?"

    def compose(self) -> ComposeResult:
        t = tr(self)
        with Vertical():
            yield Label(t("unsaved.title"), classes="title")
            yield Static(Content(self._body()), classes="body", id="body")
            yield Label(t("unsaved.folder"))
            yield Input(str(self.default_folder), id="folder")
            yield Static("", id="status")
            # two rows, so that every label fits at 80 columns: what most people want first
            with Horizontal(classes="buttons"):
                yield Button(t("unsaved.retry"), id="retry", compact=True)
                yield Button(t("unsaved.rescue"), id="rescue", variant="primary", compact=True)
            with Horizontal(classes="buttons second"):
                yield Button(t("unsaved.discard"), id="discard", variant="error", compact=True)
                yield Button(t("unsaved.stay"), id="stay", compact=True)

    def on_mount(self) -> None:
        self.query_one("#rescue", Button).focus()

    def _status(self, text: str) -> None:
        self.query_one("#status", Static).update(Content(text))

    @on(Button.Pressed, "#rescue")
    @on(Input.Submitted, "#folder")
    def _rescue(self) -> None:
        t = tr(self)
        folder = Path(self.query_one("#folder", Input).value.strip() or str(self.default_folder)).expanduser()
        from bouwsteen_tui.core import ledger

        created = ledger.new_folders(folder)  # the folders the copy makes: wipe removes them when empty
        try:
            written = self.session.write_rescue_copy(folder, prefix=t("unsaved.prefix"))
        except OSError as error:
            self._status(t("unsaved.rescue_failed", folder=folder, reason=error.strerror or error))
            self.query_one("#folder", Input).focus()
            return
        ledger.record_tree(self.session.workspace.root, written, "rescue", created)  # so that wipe clears it too
        self.dismiss(written)

    @on(Button.Pressed, "#retry")
    def _retry(self) -> None:
        if self.session.retry_saves():
            self.dismiss(True)
            return
        self._status(tr(self)("unsaved.still", reason=self._reason()))
        self.query_one("#body", Static).update(Content(self._body()))

    @on(Button.Pressed, "#discard")
    def _discard(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#stay")
    def action_stay(self) -> None:
        self.dismiss(False)
