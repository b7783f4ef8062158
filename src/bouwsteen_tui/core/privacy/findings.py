"""What the identifier scanner reports: the kinds of identifier, a finding (a kind and a span, never the value),
and each kind's name in the interface languages.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bouwsteen_tui.core.languages import language_index


class IdentifierKind(StrEnum):
    """The kinds of personal identifier that :func:`scan` reports."""

    NATIONAL_NUMBER = "national_number"  # rijksregisternummer
    BIS_NUMBER = "bis_number"
    EMAIL = "email"
    PHONE = "phone"
    IBAN = "iban"
    BIRTH_DATE = "birth_date"  # a full date preceded by a birth cue ("geboren op", "°", "date of birth", ...)


@dataclass(frozen=True)
class Finding:
    """One identifier found in a text: its kind and its span ``text[start:end]``.

    The value itself is deliberately not kept, so a finding can be logged or shown without leaking it.
    """

    kind: IdentifierKind
    start: int
    end: int



_LABELS: dict[IdentifierKind, tuple[str, str]] = {
    IdentifierKind.NATIONAL_NUMBER: ("rijksregisternummer", "national register number"),
    IdentifierKind.BIS_NUMBER: ("BIS-nummer", "BIS number"),
    IdentifierKind.EMAIL: ("e-mailadres", "e-mail address"),
    IdentifierKind.PHONE: ("telefoonnummer", "phone number"),
    IdentifierKind.IBAN: ("IBAN-rekeningnummer", "IBAN"),
    IdentifierKind.BIRTH_DATE: ("geboortedatum", "date of birth"),
}


def kind_label(kind: IdentifierKind, language: str) -> str:
    """The name of ``kind`` in ``language`` ("nl" or "en"), for warnings such as "contains a phone number"."""
    return _LABELS[kind][language_index(language)]
