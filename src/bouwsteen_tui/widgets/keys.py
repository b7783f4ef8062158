"""Keys that never eat typing, and lists that always show where Enter acts.

A key that types a character (``a``, ``n``, ``p`` …) runs its command only where the user cannot be typing: each
such command says where in ``commands.py`` (``Command.typed``), and the widget or screen that binds it asks
:func:`typed_key_acts` in its ``check_action``. The rule is described in docs/architecture.md, "Keys".

A list that has the focus always has a highlighted row (:func:`highlight_a_row`), so Enter acts on something; the
screens call it when a list gets the focus, and the widgets that refill a list call it after.
"""

from __future__ import annotations

from functools import cache

from textual.binding import Binding
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import OptionList

from bouwsteen_tui import commands
from bouwsteen_tui.widgets.cases import CaseTable

# Where nothing is typed or pressed: lists, tables, tab rows and text that scrolls. A list of check boxes
# (``SelectionList``), a set of radio buttons and a text field scroll too, but are controls, as a button is.
# Textual's widgets are named, not imported: a widget is one of them when its class or a base is, and the home
# screen's first frame does not wait for DataTable, TextArea and the rest to load.
READING_PLACES = frozenset({"OptionList", "DataTable", "Tree", "Tabs", "ScrollableContainer"})
CONTROLS = frozenset({"SelectionList", "RadioSet", "Input", "TextArea"})


@cache
def _textual_kinds(cls: type[Widget]) -> frozenset[str]:
    """The names of Textual's own classes among ``cls`` and its bases."""
    return frozenset(base.__name__ for base in cls.__mro__ if base.__module__.startswith("textual."))


def is_reading_place(widget: Widget | None) -> bool:
    """Whether a character typed while ``widget`` has the focus cannot be meant as typing (``None``: no focus)."""
    if widget is None:
        return True
    kinds = _textual_kinds(type(widget))
    return (isinstance(widget, CaseTable) or bool(kinds & READING_PLACES)) and not kinds & CONTROLS


@cache
def _typed_commands(cls: type[DOMNode]) -> dict[str, commands.Command]:
    """The commands bound by ``cls`` whose key types a character, by action name."""
    found: dict[str, commands.Command] = {}
    for binding in Binding.make_bindings(getattr(cls, "BINDINGS", [])):
        command = commands.BY_ID.get(binding.id or "")
        if command is not None and command.typed:
            found[binding.action.partition("(")[0]] = command
    return found


def typed_key_acts(owner: DOMNode, action: str, own: Widget | None = None) -> bool:
    """For ``owner.check_action``: whether ``action``, if ``owner`` binds it to a key that types a character, may
    run with the focus where it is now. ``own`` is the list or table the command acts on (for ``ON_ITS_LIST``).

    An action that is not such a command always may.
    """
    command = _typed_commands(type(owner)).get(action)
    if command is None:
        return True
    focused = owner.screen.focused if owner.is_attached else None
    if command.typed == commands.ON_ITS_LIST:
        return own is not None and focused is own
    return is_reading_place(focused)


def highlight_a_row(widget: Widget, near: int | None = None) -> None:
    """Give an option list with no highlighted row one: the enabled option at or after ``near`` (else before it),
    else its first enabled one. A list without enabled options stays without."""
    if not isinstance(widget, OptionList) or widget.highlighted is not None:
        return
    count = widget.option_count
    start = min(max(near or 0, 0), max(count - 1, 0))
    order = [*range(start, count), *range(start - 1, -1, -1)]
    index = next((i for i in order if not widget.get_option_at_index(i).disabled), None)
    if index is not None:
        widget.highlighted = index
