"""Inputs that never cut what they show: a placeholder too long for its field, a row of choices too wide.

Textual cuts an ``Input``'s placeholder at the field's edge, draws only as much of an empty ``TextArea``'s
placeholder as the area's height allows, and squeezes a horizontal ``RadioSet`` until its labels are cut. The
packs' examples are often a sentence long, and the same field is 60 columns wide at 80×24 and 110 at 120×40; so
each of these widgets measures itself when its size changes:

- :class:`FittedInput`: a placeholder that does not fit is shown in full on a line under the field instead.
- :class:`FittedTextArea`: while empty, the area grows (up to its ``max-height``) to show the whole placeholder.
- :class:`FittedRadioSet`: a row of choices that does not fit is stacked, one choice per line.
- :func:`set_label`: a button whose label changes gets the width of its new label.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, RadioButton, RadioSet, Static, TextArea

from bouwsteen_tui.widgets.base import set_label as set_label  # where it lived before

# A toggle button draws "▐●▌" and a space before its label, and a space after it.
_TOGGLE_CHROME = 5


class FittedInput(Input):
    """An ``Input`` whose placeholder, when it does not fit, moves to the line under the field (``hint``)."""

    def __init__(self, value: str = "", *, placeholder: str = "", hint: Static | None = None,
                 **kwargs: object) -> None:
        super().__init__(value, placeholder=placeholder, **kwargs)  # type: ignore[arg-type]
        self.full_placeholder = placeholder
        self.hint = hint

    def on_resize(self, event: events.Resize) -> None:
        self.fit()

    def fit(self) -> None:
        """Show the placeholder in the field if it fits (a column is kept for the cursor), else under it."""
        width = self.content_region.width
        if width <= 0 or self.hint is None:
            return
        fits = cell_len(self.full_placeholder) < width
        self.placeholder = self.full_placeholder if fits else ""
        self.hint.display = not fits


def input_with_hint(value: str, *, placeholder: str, **kwargs: object) -> Iterator[Widget]:
    """A :class:`FittedInput` and the hidden line under it that shows its placeholder when the field is too
    narrow (text, never markup)."""
    hint = Static(placeholder, markup=False, classes="placeholder-hint")
    hint.display = False
    yield FittedInput(value, placeholder=placeholder, hint=hint, **kwargs)
    yield hint


class FittedTextArea(TextArea):
    """A ``TextArea`` that, while empty, is tall enough to show its whole placeholder, wrapped."""

    def on_resize(self, event: events.Resize) -> None:
        self.fit()

    def _on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.fit()

    def fit(self) -> None:
        """Set the height for the placeholder while the area is empty; the style sheet's height otherwise."""
        placeholder = self.placeholder
        text = placeholder.plain if isinstance(placeholder, Content) else str(placeholder)
        width = self.scrollable_content_region.width - 1  # the cursor's column at a line's end
        if self.text or not text or width <= 0:
            if self.styles.min_height is not None and "min_height" in self.styles.inline.get_rules():
                self.styles.min_height = None
            return
        lines = sum(max(1, len(Content(line).wrap(width))) for line in text.splitlines() or [""])
        chrome = self.region.height - self.scrollable_content_region.height
        self.styles.min_height = lines + chrome


class FittedRadioSet(RadioSet):
    """A ``RadioSet`` laid out in a row (by the style sheet) that stacks its choices when the row does not fit."""

    def on_resize(self, event: events.Resize) -> None:
        self.fit()

    def fit(self) -> None:
        parent = self.parent
        if not isinstance(parent, Widget):
            return
        available = parent.content_region.width - self.styles.gutter.width
        needed = sum(cell_len(str(button.label)) + _TOGGLE_CHROME for button in self.query(RadioButton))
        self.set_class(needed > available > 0, "-stacked")


__all__ = ["FittedInput", "FittedRadioSet", "FittedTextArea", "input_with_hint", "set_label"]
