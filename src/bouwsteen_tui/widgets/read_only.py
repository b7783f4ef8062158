"""The read-only mark: a tag in the header of every screen for as long as this window may not write.

Like the exercise timer it belongs to the app, not to a screen: it follows the user from screen to screen and
puts its tag in the header of whichever screen is showing (each screen composes its own ``Header``).
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from bouwsteen_tui.widgets.base import default_css


class ReadOnlyTag(Static):
    """"ALLEEN LEZEN" at the right of the header."""

    DEFAULT_CSS = default_css(__file__, "ReadOnlyTag")


class ReadOnlyMark:
    """Shows :class:`ReadOnlyTag` in the header of the current screen while :attr:`active`."""

    def __init__(self, app: App[Any], text: str) -> None:
        self.app = app
        self.text = text
        self.active = False

    def start(self) -> None:
        self.active = True
        self.app.screen_change_signal.subscribe(self.app, self._screen_changed)
        self.app.call_after_refresh(self.show)

    def stop(self) -> None:
        """The window may write again: remove the tag from every screen."""
        self.active = False
        for screen in self.app.screen_stack:
            for tag in screen.query(ReadOnlyTag):
                tag.remove()

    def _screen_changed(self, screen: Screen[Any]) -> None:
        self.app.call_after_refresh(self.show)

    def show(self) -> None:
        """Put the tag in the current screen's header (once)."""
        if not self.active:
            return
        try:
            screen = self.app.screen
        except Exception:  # no screen yet, or none any more
            return
        headers = list(screen.query(Header))
        if not headers or not headers[0].is_mounted or headers[0].query(ReadOnlyTag):
            return
        headers[0].mount(ReadOnlyTag(Content(self.text), id="read-only-tag"))
