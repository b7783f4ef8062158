"""A record's fields in the record dialog: per field kind, its input, what it holds, and which values fit it.

Everything here is per field, keyed on :class:`~bouwsteen_tui.core.content.FieldKind`; the dialog
(:mod:`bouwsteen_tui.dialogs.record`) puts the fields together, checks them and keeps the record.
"""

from __future__ import annotations

from datetime import date
from typing import assert_never

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import (
    Checkbox,
    Input,
    RadioButton,
    RadioSet,
    Select,
    SelectionList,
    Static,
    TextArea,
)
from textual.widgets.selection_list import Selection

from bouwsteen_tui.core.answers import SELF_PARTNER, DraftValue, FieldValue
from bouwsteen_tui.core.content import FieldKind, RecordField
from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.widgets.base import Lookups, literal, printable
from bouwsteen_tui.widgets.fitted import FittedTextArea, input_with_hint
from bouwsteen_tui.widgets.option_help import FittedOptionRadioSet, option_help


def empty_value(kind: FieldKind) -> DraftValue:
    """What an empty input of ``kind`` holds."""
    if kind is FieldKind.CHOICES:
        return []
    if kind is FieldKind.YESNO:
        return False
    return ""


def field_options(field: RecordField, lookups: Lookups) -> set[str]:
    """The ids a pick field offers: its options, the network's partners, or the records it refers to."""
    match field.kind:
        case FieldKind.PARTNER:
            return {SELF_PARTNER, *(pid for pid, _name in lookups.partners)}
        case FieldKind.RECORD:
            return {rid for rid, _title in lookups.records.get(field.source, [])}
    return {o.id for o in field.options}


def value_fits(field: RecordField, value: FieldValue, lookups: Lookups) -> bool:
    """Whether a stored value can be shown and edited by this field as the pack now defines it."""
    match field.kind:
        case FieldKind.DATE:
            return isinstance(value, date)
        case FieldKind.YESNO:
            return isinstance(value, bool)
        case FieldKind.CHOICES:
            return isinstance(value, list) and set(value) <= field_options(field, lookups)
        case FieldKind.SCALE | FieldKind.CHOICE | FieldKind.PARTNER | FieldKind.RECORD:
            return isinstance(value, str) and value in field_options(field, lookups)
        case FieldKind.TEXT | FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE:
            return isinstance(value, str)
        case _:
            assert_never(field.kind)


def draft_fits(field: RecordField, typed: DraftValue) -> bool:
    """Whether a draft's value can go back into this field's input."""
    if field.kind is FieldKind.CHOICES:
        return isinstance(typed, list)
    if field.kind is FieldKind.YESNO:
        return isinstance(typed, bool)
    return isinstance(typed, str)


def shown_value(field: RecordField, value: FieldValue | None) -> DraftValue:
    """A stored value as its input shows it (dates as text)."""
    if value is None:
        return empty_value(field.kind)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, str):
        return printable(value)  # an editor shows no control character (it would reach the terminal)
    return value


def literal_value(value: FieldValue, t: Catalog) -> str:
    """A stored value as text (a value that no longer fits its field is shown so)."""
    if isinstance(value, bool):
        return t("yes") if value else t("form.no")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(value)
    return value


def typed_value(dialog: Widget, field: RecordField) -> DraftValue:
    """What a field's input (``#in-<field id>`` in ``dialog``) now holds, as typed."""
    wid = f"#in-{field.id}"
    match field.kind:
        case FieldKind.TEXT:
            return dialog.query_one(wid, TextArea).text
        case FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE | FieldKind.DATE:
            return dialog.query_one(wid, Input).value
        case FieldKind.SCALE:
            pressed = [b.name for b in dialog.query_one(wid, RadioSet).query(RadioButton) if b.value]
            return pressed[0] or "" if pressed else ""
        case FieldKind.CHOICES:
            return list(dialog.query_one(wid, SelectionList).selected)
        case FieldKind.YESNO:
            return dialog.query_one(wid, Checkbox).value
        case FieldKind.CHOICE | FieldKind.PARTNER | FieldKind.RECORD:
            selected = dialog.query_one(wid, Select).value
            return selected if isinstance(selected, str) else ""
        case _:
            assert_never(field.kind)


def field_input(field: RecordField, typed: DraftValue, lookups: Lookups, t: Catalog) -> ComposeResult:
    """The input of ``field`` (id ``in-<field id>``), holding ``typed``; for a pick field without anything to
    pick, a line that says so."""
    wid = f"in-{field.id}"
    text = typed if isinstance(typed, str) else ""
    match field.kind:
        case FieldKind.TEXT:
            area = FittedTextArea(text, id=wid, tab_behavior="focus", placeholder=literal(field.placeholder))
            area.border_subtitle = t("hint.textarea")
            yield area
        case FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE:
            yield from input_with_hint(text, id=wid, placeholder=printable(field.placeholder), select_on_focus=False)
        case FieldKind.DATE:
            yield Input(text, id=wid, placeholder=t("date.placeholder"), classes="date", max_length=10,
                        select_on_focus=False)
        case FieldKind.SCALE:
            with FittedOptionRadioSet(id=wid) as radio:
                for option in field.options:
                    yield RadioButton(literal(option.label), value=option.id == text, name=option.id)
            yield from option_help(field.options, radio)  # an option's help, under the options (option_help.py)
        case FieldKind.CHOICE:
            select = Select[str]([(literal(o.label), o.id) for o in field.options],
                                 value=text if text in field_options(field, lookups) else Select.NULL,
                                 id=wid, prompt=t("select.prompt"))
            yield select
            yield from option_help(field.options, select)
        case FieldKind.CHOICES:
            chosen = set(typed) if isinstance(typed, list) else set()
            choices = SelectionList[str](
                *(Selection(literal(o.label), o.id, o.id in chosen) for o in field.options), id=wid
            )
            yield choices
            yield from option_help(field.options, choices)
        case FieldKind.PARTNER:
            options = [(lookups.self_label or t("partner.self"), SELF_PARTNER), *(
                (name, pid) for pid, name in lookups.partners)]
            yield Select[str]([(literal(n), v) for n, v in options],
                              value=text if text in field_options(field, lookups) else Select.NULL,
                              id=wid, prompt=t("select.partner"))
            if not lookups.partners:
                yield Static(lookups.no_partners_hint(t), classes="f-help")
        case FieldKind.RECORD:
            options = [(title or t("record.untitled"), rid) for rid, title in lookups.records.get(field.source, [])]
            yield Select[str]([(literal(n), v) for n, v in options],
                              value=text if text in field_options(field, lookups) else Select.NULL, id=wid,
                              prompt=t("select.prompt"))
            if not options:
                yield Static(t("record.source_empty"), classes="f-help")
        case FieldKind.YESNO:
            yield Checkbox(t("yes"), value=typed is True, id=wid)
        case _:
            assert_never(field.kind)
