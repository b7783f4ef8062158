"""Identifier scanner: finds personal identifiers in free text so the interface can warn before they are saved.

The tool must never knowingly store a Belgian national register number (rijksregisternummer) or BIS number, and
should warn about other direct identifiers in case text: e-mail addresses, phone numbers, IBANs and full dates
of birth. :func:`scan` returns where they are (never their values), :func:`redact` replaces them and
:func:`kind_label` names a kind in the interface language.

Every pattern is precompiled and built from bounded, unambiguous pieces, so scanning is linear in the length of
the text (no catastrophic backtracking). Numbers are confirmed by their check digits (python-stdnum) before they
are reported.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# python-stdnum is imported only when a text holds a candidate number (most never do): importing it loads ssl,
# pydoc and inspect (1.5 MiB and 20 ms), which would otherwise be paid when the first step opens.

__all__ = ["Finding", "IdentifierKind", "kind_label", "redact", "scan"]


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

_LABELS: dict[IdentifierKind, tuple[str, str]] = {
    IdentifierKind.NATIONAL_NUMBER: ("rijksregisternummer", "national register number"),
    IdentifierKind.BIS_NUMBER: ("BIS-nummer", "BIS number"),
    IdentifierKind.EMAIL: ("e-mailadres", "e-mail address"),
    IdentifierKind.PHONE: ("telefoonnummer", "phone number"),
    IdentifierKind.IBAN: ("IBAN-rekeningnummer", "IBAN"),
    IdentifierKind.BIRTH_DATE: ("geboortedatum", "date of birth"),
}
_LANGUAGES = ("nl", "en")

# --- national register and BIS numbers --------------------------------------------------------------------
# YYMMDD SSS CC, written as YY.MM.DD-SSS.CC, with spaces, dashes, dots or nothing between the groups. The digit
# boundaries keep an 11-digit window of a longer run (eID card number, account number) out.
_NATIONAL_RE = re.compile(r"(?<!\d)\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{3}[ .-]?\d{2}(?!\d)")
_NON_DIGITS = re.compile(r"\D")

# --- IBAN ---------------------------------------------------------------------------------------------------
# A run that starts like an IBAN (country code, check digits) followed by up to 30 letters or digits, single
# spaces allowed. The run may swallow a following word; _iban_end() tries the possible ends, longest first.
_IBAN_RUN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}")
_IBAN_MIN_LENGTH = 15  # Norway; the longest are 34

# --- e-mail -------------------------------------------------------------------------------------------------
# Matches start only at the beginning of a run of local-part characters (the look-behind), and the domain labels
# cannot contain dots, so every piece is matched in one way only: linear time.
_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}(?![\w-])",
)

# --- Belgian phone numbers ----------------------------------------------------------------------------------
_SEP = r"(?:[ \t]?[./-][ \t]?|[ \t])"  # one separator: space, dot, slash or dash (with spaces around)
_SUBSCRIBER_6 = rf"(?:{_SEP}?\d{{2}}{_SEP}?\d{{2}}{_SEP}?\d{{2}}|{_SEP}?\d{{3}}{_SEP}?\d{{3}})"
_MOBILE = rf"4[5-9]\d{_SUBSCRIBER_6}"  # 04xx xx xx xx: 10 digits with the trunk 0
_LANDLINE_ONE_DIGIT_ZONE = rf"[2349](?:{_SEP}?\d{{3}}{_SEP}?\d{{2}}{_SEP}?\d{{2}}|{_SEP}?\d{{3}}{_SEP}?\d{{4}})"
_LANDLINE_TWO_DIGIT_ZONE = rf"[15678]\d{_SUBSCRIBER_6}"  # 0xx xx xx xx: 9 digits with the trunk 0
_PHONE_RE = re.compile(
    rf"(?<![\w+])(?:0|(?:\+|00)32{_SEP}?(?:\(0\){_SEP}?)?)"
    rf"(?:{_MOBILE}|{_LANDLINE_ONE_DIGIT_ZONE}|{_LANDLINE_TWO_DIGIT_ZONE})(?!\d)",
)

# --- dates of birth -----------------------------------------------------------------------------------------
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari january jan",
        "februari february feb",
        "maart march mrt maa mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "augustus august aug",
        "september sept sep",
        "oktober october okt oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Longest first, so "september" is not matched as "sep" followed by garbage.
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORDINAL = r"(?:ste|de|e|st|nd|rd|th)?"
_DATE_RE = re.compile(
    rf"(?<!\d)(?<!\d[./-])(?P<d1>{_DAY})(?P<sep>[/.-])(?P<m1>{_MONTH})(?P=sep)(?P<y1>{_YEAR})(?![\d])"
    rf"|(?<!\d)(?<!\d[./-])(?P<y2>{_YEAR})-(?P<m2>{_MONTH})-(?P<d2>{_DAY})(?![\d])"
    rf"|(?<!\d)(?P<d3>{_DAY}){_ORDINAL}\.?[ \t]+(?:of[ \t]+)?(?P<n3>{_MONTH_NAMES})\.?,?[ \t]+(?P<y3>{_YEAR})(?!\d)"
    rf"|(?<![^\W\d_])(?P<n4>{_MONTH_NAMES})\.?[ \t]+(?P<d4>{_DAY}){_ORDINAL},?[ \t]+(?P<y4>{_YEAR})(?!\d)",
    re.IGNORECASE,
)
_BIRTH_CUE_RE = re.compile(
    r"°"
    r"|\bgeb\b\.?"
    r"|\bgeboren\b"
    r"|\bgeboorte\w*"  # geboortedatum, geboortedag, geboorte:
    r"|\bverjaardag\w*"
    r"|\bborn\b"
    r"|\bbirth\w*"  # birthday, birthdate, birth date, date of birth
    r"|\bd\.?o\.?b\b",
    re.IGNORECASE,
)
_CUE_REACH = 20  # a date counts as a date of birth if a cue ends at most this many characters before it
# "geboren op 12/03/2015 en 14/05/2017": a date right after a date of birth is one as well (siblings).
_BIRTH_LIST_GAP_RE = re.compile(r"\s*(?:,|;|/|&|en|and|of|or)\s*", re.IGNORECASE)


def scan(text: str) -> list[Finding]:
    """Find the personal identifiers in ``text``.

    Reports national register and BIS numbers (check digits validated, including the rule for births from 2000),
    valid IBANs of any country, e-mail addresses, Belgian phone numbers and full dates that follow a birth cue.
    The findings are sorted by ``start`` and do not overlap: where candidates overlap, the stronger kind wins
    (national/BIS number > IBAN > e-mail > phone > date of birth).
    """
    candidates = [
        *_national_numbers(text),
        *_ibans(text),
        *_emails(text),
        *_phones(text),
        *_birth_dates(text),
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
    return accepted


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


def kind_label(kind: IdentifierKind, language: str) -> str:
    """The name of ``kind`` in ``language`` ("nl" or "en"), for warnings such as "contains a phone number"."""
    if language not in _LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(_LANGUAGES)}")
    return _LABELS[kind][_LANGUAGES.index(language)]


def _national_numbers(text: str) -> Iterator[Finding]:
    """Valid national register numbers and BIS numbers."""
    for match in _NATIONAL_RE.finditer(text):
        digits = _NON_DIGITS.sub("", match.group())
        # The register hands out sequence numbers 001-998; stdnum does not check this.
        if not 1 <= int(digits[6:9]) <= 998:
            continue
        from stdnum.be import bis as stdnum_bis
        from stdnum.be import nn as stdnum_nn

        # stdnum applies the rule for births from 2000 (check over "2" + the first 9 digits); a test guards it.
        if stdnum_nn.is_valid(digits):
            yield Finding(IdentifierKind.NATIONAL_NUMBER, match.start(), match.end())
        elif stdnum_bis.is_valid(digits):
            yield Finding(IdentifierKind.BIS_NUMBER, match.start(), match.end())


def _ibans(text: str) -> Iterator[Finding]:
    """Valid IBANs, with or without spaces."""
    position = 0
    while match := _IBAN_RUN_RE.search(text, position):
        end = _iban_end(text, match.start(), match.end())
        if end is None:
            position = match.start() + 1
            continue
        yield Finding(IdentifierKind.IBAN, match.start(), match.start() + end)
        position = match.start() + end


def _iban_end(text: str, start: int, stop: int) -> int | None:
    """The length of the longest valid IBAN in ``text[start:stop]`` that starts at ``start``, or None.

    An IBAN ends where a word ends, so only the ends before a space are tried, and the end of the run if no letter
    or digit follows it.
    """
    from stdnum import iban as stdnum_iban

    run = text[start:stop]
    ends = [index for index, char in enumerate(run) if char == " "]
    if stop == len(text) or not text[stop].isascii() or not text[stop].isalnum():
        ends.append(len(run))
    for end in reversed(ends):
        compact = run[:end].replace(" ", "").upper()
        if len(compact) < _IBAN_MIN_LENGTH:
            break
        # check_country=False: the ISO 13616 checks (length and structure for the country, mod-97 check digits)
        # decide; stdnum's national extras also reject numbers of banks missing from its bank list, and a
        # warning should rather err on the side of flagging.
        if stdnum_iban.is_valid(compact, check_country=False):
            return end
    return None


def _emails(text: str) -> Iterator[Finding]:
    """E-mail addresses."""
    for match in _EMAIL_RE.finditer(text):
        yield Finding(IdentifierKind.EMAIL, match.start(), match.end())


def _phones(text: str) -> Iterator[Finding]:
    """Belgian mobile and landline numbers, national or international (+32, 0032)."""
    for match in _PHONE_RE.finditer(text):
        yield Finding(IdentifierKind.PHONE, match.start(), match.end())


def _birth_dates(text: str) -> Iterator[Finding]:
    """Full dates that follow a birth cue within a few words."""
    cue_ends = [match.end() for match in _BIRTH_CUE_RE.finditer(text)]
    previous_end = -1  # end of the previous date of birth
    for match in _DATE_RE.finditer(text):
        if not _is_real_date(match):
            continue
        start = match.start()
        index = bisect.bisect_right(cue_ends, start)
        cued = index > 0 and start - cue_ends[index - 1] <= _CUE_REACH
        listed = previous_end >= 0 and _BIRTH_LIST_GAP_RE.fullmatch(text, previous_end, start) is not None
        if cued or listed:
            previous_end = match.end()
            yield Finding(IdentifierKind.BIRTH_DATE, start, match.end())


def _is_real_date(match: re.Match[str]) -> bool:
    """Whether a match of ``_DATE_RE`` names a day that exists (no 31 February)."""
    groups = match.groupdict()
    for suffix in "1234":  # the four alternatives of _DATE_RE
        year = groups["y" + suffix]
        if year is None:
            continue
        name = groups.get("n" + suffix)
        month = _MONTHS[name.lower()] if name else int(groups["m" + suffix])
        try:
            date(int(year), month, int(groups["d" + suffix]))
        except ValueError:
            return False
        return True
    return False
