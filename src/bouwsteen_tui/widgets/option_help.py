"""The help of the highlighted option, shown under a question's options while they have the focus.

A pack may give each option of a choice or scale, and each item of a checklist, a ``help`` line ("bv. CAW,
gezinsondersteuning"). :class:`OptionHelp` shows the help of the option the cursor is on, as plain text (pack text
is data, never markup), and nothing when the options do not have the focus or the option has no help.
:class:`OptionRadioSet` is a ``RadioSet`` that says which button the cursor is on (Textual's own says so only when
a button is pressed). The line follows the focus and the cursor by itself (it watches them), so a question widget
or a dialog only places it under the options.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.reactive import var
from textual.widget import Widget
from textual.widgets import RadioButton, RadioSet, Select, SelectionList, Static

from bouwsteen_tui.core.kinds.base import Option
from bouwsteen_tui.widgets.base import literal
from bouwsteen_tui.widgets.fitted import FittedRadioSet


class OptionRadioSet(RadioSet):
    """A ``RadioSet`` whose :attr:`cursor` says which button the cursor is on (Textual's says so only when a
    button is pressed)."""

    cursor: var[str | None] = var(None)
    """The name of the button under the cursor."""

    def _cursor_now(self) -> str | None:
        # Textual marks the button under the cursor with the class ``-selected`` (its stylesheet's own)
        return next((button.name for button in self.query(RadioButton) if button.has_class("-selected")), None)

    def action_next_button(self) -> None:
        super().action_next_button()
        self.cursor = self._cursor_now()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self.cursor = self._cursor_now()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self.cursor = event.pressed.name  # a click moves the cursor too (the event goes on to the question)


class FittedOptionRadioSet(FittedRadioSet, OptionRadioSet):
    """A scale's row of options: stacked when the row does not fit (``FittedRadioSet``), telling where its cursor
    is (``OptionRadioSet``)."""


def highlighted_option(options: Widget) -> str | None:
    """The id of the option the cursor is on in a ``SelectionList`` or an ``OptionRadioSet``, or chosen in a
    ``Select``."""
    if isinstance(options, SelectionList):
        index = options.highlighted
        if index is None or not 0 <= index < options.option_count:
            return None
        value = options.get_option_at_index(index).value
        return value if isinstance(value, str) else None
    if isinstance(options, OptionRadioSet):
        return options.cursor
    if isinstance(options, Select):
        return options.value if isinstance(options.value, str) else None
    return None


class OptionHelp(Static):
    """One line under the options: "<option>: <its help>", for the highlighted option while the options have the
    focus (hidden otherwise)."""

    DEFAULT_CSS = """
    OptionHelp { color: $text-muted; text-style: italic; width: 1fr; height: auto; display: none; }
    OptionHelp.-shown { display: block; }
    """

    def __init__(self, options: Sequence[Option], owner: Widget) -> None:
        super().__init__("", classes="q-option-help", markup=False)
        self.helps = {option.id: (option.label, option.help) for option in options if option.help.strip()}
        self.owner = owner

    def on_mount(self) -> None:
        """Follow the focus (Textual's ``Screen.focused``) and the cursor of the options (their public reactive)."""
        self.watch(self.screen, "focused", self._moved, init=False)
        cursor = {SelectionList: "highlighted", OptionRadioSet: "cursor", Select: "value"}
        for kind, attribute in cursor.items():
            if isinstance(self.owner, kind):
                self.watch(self.owner, attribute, self._moved, init=False)
                break

    def _moved(self, _value: object = None) -> None:
        self.call_after_refresh(self.follow)

    def follow(self) -> None:
        """Show the help of the option the cursor is on now, if the options have the focus and it has help."""
        option = highlighted_option(self.owner) if self.owner.has_focus_within else None
        found = self.helps.get(option) if option is not None else None
        if found is not None:
            label, text = found
            self.update(literal(f"{label}: {' '.join(text.split())}"))
        self.set_class(found is not None, "-shown")


def option_help(options: Sequence[Option], owner: Widget) -> list[OptionHelp]:
    """The help line for ``owner``'s options, or none when no option has help."""
    return [OptionHelp(options, owner)] if any(option.help.strip() for option in options) else []
