"""Identifier scanner: finds personal identifiers in free text so the interface can warn before they are saved.

The tool must never knowingly store a Belgian national register number (rijksregisternummer) or BIS number, and
should warn about other direct identifiers in case text: e-mail addresses, phone numbers, IBANs and full dates
of birth. :func:`scan` returns where they are (never their values), :func:`redact` replaces them,
:func:`mask` hides them for the terminal and :func:`kind_label` names a kind in the interface language.

Before detection the text is normalised the way a reader sees it (:mod:`.reading`): Unicode NFKC, every dash
variant read as "-", every space variant (no-break, thin, figure space, tab) as one space, fraction and division
slashes as "/", invisible characters (soft hyphen, zero-width space) dropped, digits of any script as 0-9, and a
single line break between two parts of a number as a space. An offset map carries every finding back to its span
in the ORIGINAL text, so :func:`redact` and :func:`mask` act on what the user typed; the normalised text is never
written anywhere.

Every pattern is precompiled and built from bounded, unambiguous pieces, so scanning is linear in the length of
the text (no catastrophic backtracking). Numbers are confirmed by their check digits before they are reported
(national/BIS numbers and IBANs by mod 97, then python-stdnum).

The package: :mod:`.findings` (what is reported), :mod:`.reading` (the text as a reader sees it), :mod:`.detectors`
(one per kind of identifier); this module combines them, and masks.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from bouwsteen_tui.core.privacy.detectors import birth_dates, emails, ibans, national_numbers, phones
from bouwsteen_tui.core.privacy.findings import Finding, IdentifierKind, kind_label
from bouwsteen_tui.core.privacy.reading import normalise

__all__ = ["MASK", "Finding", "IdentifierKind", "kind_label", "mask", "redact", "scan"]

# When two candidates overlap, the stronger kind wins (lower rank = stronger): the digits of a national number
# may also look like a phone number, those of an IBAN may hide a phone number, and so on.
_STRENGTH: dict[IdentifierKind, int] = {
    IdentifierKind.NATIONAL_NUMBER: 0,
    IdentifierKind.BIS_NUMBER: 0,
    IdentifierKind.IBAN: 1,
    IdentifierKind.EMAIL: 2,
    IdentifierKind.PHONE: 3,
    IdentifierKind.BIRTH_DATE: 4,
}


def scan(text: str) -> list[Finding]:
    """Find the personal identifiers in ``text``.

    Reports national register and BIS numbers (check digits validated, including the rule for births from 2000),
    valid IBANs of any country, e-mail addresses, Belgian and international phone numbers and full dates that
    follow a birth cue, however they are written (see the module docstring). Spans are in ``text`` itself.
    The findings are sorted by ``start`` and do not overlap: where candidates overlap, the stronger kind wins
    (national/BIS number > IBAN > e-mail > phone > date of birth).
    """
    normalised = normalise(text)
    read = normalised.text
    candidates = [
        *national_numbers(read),
        *ibans(read),
        *emails(read),
        *phones(read),
        *birth_dates(read),
    ]
    candidates.sort(key=lambda f: (_STRENGTH[f.kind], f.start, -f.end))
    starts: list[int] = []  # accepted findings, kept sorted by start
    accepted: list[Finding] = []
    for candidate in candidates:
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and accepted[index - 1].end > candidate.start:
            continue
        if index < len(accepted) and accepted[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        accepted.insert(index, candidate)
    if not normalised.norm_starts:
        return accepted
    return [Finding(f.kind, *normalised.span(f.start, f.end)) for f in accepted]


def redact(text: str, findings: Sequence[Finding], replacement: str) -> str:
    """Return ``text`` with the span of every finding replaced by ``replacement``.

    ``findings`` may come in any order but must not overlap (as :func:`scan` returns them).
    """
    parts: list[str] = []
    position = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < position:
            raise ValueError("findings overlap")
        parts.append(text[position : finding.start])
        parts.append(replacement)
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


MASK = "•"


def mask(text: str) -> str:
    """``text`` with every identifier hidden, for a terminal: its letters and digits become ``•``.

    Separators stay, so the shape shows what was there (``••.••.••-•••.••``, ``j••.•••••••@••••••.••``); an IBAN
    keeps its country code, check digits and last two characters (``BE68 •••• •••• ••34``) and an e-mail address
    its first character. The length does not change, so a masked text fits the same table column.
    """
    findings = scan(text)
    if not findings:
        return text
    parts: list[str] = []
    position = 0
    for finding in findings:
        parts.append(text[position : finding.start])
        parts.append(_mask_value(text[finding.start : finding.end], finding.kind))
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


def _mask_value(value: str, kind: IdentifierKind) -> str:
    """One identifier with its letters and digits masked, except what :func:`mask` keeps."""
    places = [index for index, char in enumerate(value) if char.isalnum()]
    keep: set[int] = set()
    if kind is IdentifierKind.IBAN:
        keep = {*places[:4], *places[-2:]}
    elif kind is IdentifierKind.EMAIL:
        keep = set(places[:1])
    return "".join(MASK if char.isalnum() and index not in keep else char for index, char in enumerate(value))

