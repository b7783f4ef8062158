"""The values of a record's fields: whether one fits its field, and one plain text for it that the records list,
the review and the exports all use.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from datetime import date
from typing import assert_never

from bouwsteen_tui.core.kinds.base import FieldKind, Names, OptionLabels, RecordField

FieldValue = bool | date | str | list[str]

TEXT_FIELDS = (FieldKind.TEXT, FieldKind.LINE, FieldKind.EMAIL, FieldKind.PHONE)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[0-9+()/.\-\s]+$")


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def looks_like_phone(text: str) -> bool:
    """Digits with the usual separators, at least six digits (``050 12 34 56``, ``+32 470 12 34 56``)."""
    text = text.strip()
    return bool(_PHONE_CHARS.match(text)) and sum(c.isdigit() for c in text) >= 6


def contact_warning_key(field: RecordField, typed: str) -> str:
    """The catalogue key of the warning for an e-mail or phone field whose text does not look like one, else "".

    A warning, not an error: the app's record dialog and plain mode both accept the value as typed.
    """
    if field.kind not in (FieldKind.EMAIL, FieldKind.PHONE) or not typed.strip():
        return ""
    if field.kind is FieldKind.EMAIL:
        return "" if looks_like_email(typed) else "form.email_warning"
    return "" if looks_like_phone(typed) else "form.phone_warning"


def has_value(value: FieldValue) -> bool:
    """Whether a stored value says anything (blank text and an empty list do not)."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return True


def field_fits(field: RecordField, value: FieldValue | None) -> bool:
    """Whether a record's ``value`` is one that ``field`` can hold (an empty value always fits)."""
    if value is None or (isinstance(value, str | list) and not has_value(value)):
        return True
    match field.kind:
        case FieldKind.TEXT | FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE | FieldKind.RECORD:
            return isinstance(value, str)
        case FieldKind.DATE:
            return isinstance(value, date)
        case FieldKind.YESNO:
            return isinstance(value, bool)
        case FieldKind.SCALE | FieldKind.CHOICE:
            return isinstance(value, str) and value in {o.id for o in field.options}
        case FieldKind.CHOICES:
            return isinstance(value, list) and set(value) <= {o.id for o in field.options}
        case FieldKind.PARTNER:
            return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
        case _:
            assert_never(field.kind)


def field_text(field: RecordField, value: FieldValue | None, names: Names, kept: OptionLabels | None = None) -> str:
    """A record field's value as plain text (text as typed, not yet escaped); ``""`` when empty.

    A value that no longer fits the field (the pack changed since) shows as it was stored, options by the labels
    remembered with them (``kept``), else by their ids.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return names.flag(value)
    if isinstance(value, date):
        return names.date(value)
    labels = {o.id: o.label for o in field.options}
    fits = field_fits(field, value)
    if not fits:
        labels = {**(kept or {}), **labels}
    if isinstance(value, list):
        if field.kind is FieldKind.PARTNER:
            return ", ".join(names.partner(v) for v in value)
        return ", ".join(labels.get(v, v) for v in value)
    if not value.strip():
        return ""
    if not fits:
        return labels.get(value, value)
    match field.kind:
        case FieldKind.PARTNER:
            return names.partner(value)
        case FieldKind.RECORD:
            return names.record(field.source, value)
        case FieldKind.SCALE | FieldKind.CHOICE | FieldKind.CHOICES:
            return labels.get(value, value)
        case FieldKind.TEXT | FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE | FieldKind.DATE | FieldKind.YESNO:
            return value
        case _:
            assert_never(field.kind)


def stored_text(value: FieldValue | None, names: Names, kept: OptionLabels | None = None) -> str:
    """A stored value whose field is unknown (its question is gone): option ids by their remembered labels."""
    match value:
        case None:
            return ""
        case bool():
            return names.flag(value)
        case date():
            return names.date(value)
        case list():
            return ", ".join((kept or {}).get(v, v) for v in value)
    return (kept or {}).get(value, value)
