"""The screens' header: Textual's ``Header``, with the icon's tooltip in the interface language.

Textual's header icon (which opens the palette when clicked) says "Open the command palette" on hover, in English
whatever the interface language; this header gives it the catalogue's words (``i18n/textual_nl.py``).
"""

from __future__ import annotations

from textual.widgets import Header

from bouwsteen_tui.i18n.textual_nl import TEXTUAL
from bouwsteen_tui.widgets.base import tr


class AppHeader(Header):
    """A ``Header`` whose icon's tooltip speaks the interface language."""

    def on_mount(self) -> None:
        self.call_after_refresh(self.translate_tooltip)  # after the icon's own mount has set Textual's English

    def translate_tooltip(self) -> None:
        for icon in self.query("HeaderIcon"):  # Textual's icon class is private: found by its name
            if icon.tooltip:
                icon.tooltip = tr(self)(f"{TEXTUAL}Open the command palette")


__all__ = ["AppHeader"]
