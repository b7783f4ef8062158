"""The kinds of identifier the guard finds, named for a sentence: "a phone number and an e-mail address".

Each kind has its own phrase with its article (an English "an e-mail address", "an IBAN" cannot come from
putting "a" in front of a name), and :func:`identifier_phrase` joins them the way each language lists things.
Spread into the app's catalogue (``ui.MESSAGES``). The keys are the values of ``core.privacy.IdentifierKind``,
written out rather than imported: the catalogue loads with the first screen, the scanner's patterns later (a test
checks that every kind has its phrase). Imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Iterable

from bouwsteen_tui.i18n import Catalog

# key "identifier.<IdentifierKind value>" → (Flemish Dutch, English), each with its article
IDENTIFIER_MESSAGES: dict[str, tuple[str, str]] = {
    "identifier.national_number": ("een rijksregisternummer", "a national register number"),
    "identifier.bis_number": ("een BIS-nummer", "a BIS number"),
    "identifier.email": ("een e-mailadres", "an e-mail address"),
    "identifier.phone": ("een telefoonnummer", "a phone number"),
    "identifier.iban": ("een IBAN-rekeningnummer", "an IBAN"),
    "identifier.birth_date": ("een geboortedatum", "a date of birth"),
    "identifier.list": ("{first} en {last}", "{first} and {last}"),
}


def identifier_phrase(t: Catalog, kinds: Iterable[str]) -> str:
    """The kinds (``IdentifierKind`` values) as one phrase in ``t``'s language, each once, in the order given:
    "een telefoonnummer, een e-mailadres en een IBAN-rekeningnummer", "a phone number and an e-mail address"."""
    names = [t(f"identifier.{kind}") for kind in dict.fromkeys(kinds)]
    if len(names) < 2:
        return "".join(names)
    return t("identifier.list", first=", ".join(names[:-1]), last=names[-1])
