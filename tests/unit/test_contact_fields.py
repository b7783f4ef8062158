"""E-mail and phone fields: a value that does not look like one gets a warning (the app's dialog and plain mode)."""

from __future__ import annotations

import pytest

from bouwsteen_tui.core.content import FieldKind, RecordField
from bouwsteen_tui.core.kinds.fields import contact_warning_key, looks_like_email, looks_like_phone


@pytest.mark.parametrize(("text", "right"), [
    ("info@huis.be", True), (" a.b@c.org ", True), ("info-at-huis", False), ("a@b", False), ("a b@c.be", False),
])
def test_looks_like_email(text: str, right: bool) -> None:
    assert looks_like_email(text) is right


@pytest.mark.parametrize(("text", "right"), [
    ("050 12 34 56", True), ("+32 470 12 34 56", True), ("(050) 12.34.56", True), ("12345", False),
    ("geen", False), ("050 12 34 56 of 0470", False),
])
def test_looks_like_phone(text: str, right: bool) -> None:
    assert looks_like_phone(text) is right


def test_the_warning_key_per_kind() -> None:
    email = RecordField(id="e", label="E-mail", kind=FieldKind.EMAIL)
    phone = RecordField(id="p", label="Telefoon", kind=FieldKind.PHONE)
    line = RecordField(id="l", label="Naam", kind=FieldKind.LINE)
    assert contact_warning_key(email, "info-at-huis") == "form.email_warning"
    assert contact_warning_key(phone, "geen") == "form.phone_warning"
    assert contact_warning_key(email, "info@huis.be") == ""
    assert contact_warning_key(email, "  ") == ""  # empty: nothing to warn about
    assert contact_warning_key(line, "geen") == ""
