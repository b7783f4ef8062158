"""The help of the highlighted option, shown under a question's options while they have the focus.

A pack may give each option of a choice or scale, and each item of a checklist, a ``help`` line ("bv. CAW,
gezinsondersteuning"). :class:`OptionHelp` shows the help of the option the cursor is on, as plain text (pack text
is data, never markup), and nothing when the options do not have the focus or the option has no help.
:class:`OptionRadioSet` is a ``RadioSet`` that says which button the cursor moved to (Textual's own says so only
when a button is pressed).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.message import Message
from textual.widget import Widget
from textual.widgets import RadioButton, RadioSet, SelectionList, Static

from bouwsteen_tui.core.kinds.base import Option
from bouwsteen_tui.widgets.base import literal
from bouwsteen_tui.widgets.fitted import FittedRadioSet


class OptionRadioSet(RadioSet):
    """A ``RadioSet`` that posts :class:`Highlighted` when the cursor moves to another button."""

    class Highlighted(Message):
        """The cursor of an :class:`OptionRadioSet` moved (to the button named ``name``, or to none)."""

        def __init__(self, name: str | None) -> None:
            super().__init__()
            self.name = name

    @property
    def highlighted_name(self) -> str | None:
        """The name of the button the cursor is on (Textual marks it with the class ``-selected``)."""
        return next((button.name for button in self.query(RadioButton) if button.has_class("-selected")), None)

    def action_next_button(self) -> None:
        super().action_next_button()
        self.post_message(self.Highlighted(self.highlighted_name))

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self.post_message(self.Highlighted(self.highlighted_name))


class FittedOptionRadioSet(FittedRadioSet, OptionRadioSet):
    """A scale's row of options: stacked when the row does not fit (``FittedRadioSet``), telling where its cursor
    is (``OptionRadioSet``)."""


def highlighted_option(options: Widget) -> str | None:
    """The id of the option the cursor is on in a question's ``SelectionList`` or ``OptionRadioSet``."""
    if isinstance(options, SelectionList):
        index = options.highlighted
        if index is None or not 0 <= index < options.option_count:
            return None
        value = options.get_option_at_index(index).value
        return value if isinstance(value, str) else None
    if isinstance(options, OptionRadioSet):
        return options.highlighted_name
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

    def follow(self) -> None:
        """Show the help of the option the cursor is on now, if the options have the focus and it has help."""
        option = highlighted_option(self.owner) if self.owner.has_focus else None
        found = self.helps.get(option) if option is not None else None
        if found is not None:
            label, text = found
            self.update(literal(f"{label}: {' '.join(text.split())}"))
        self.set_class(found is not None, "-shown")


def option_help(options: Sequence[Option], owner: Widget) -> list[OptionHelp]:
    """The help line for ``owner``'s options, or none when no option has help."""
    return [OptionHelp(options, owner)] if any(option.help.strip() for option in options) else []
