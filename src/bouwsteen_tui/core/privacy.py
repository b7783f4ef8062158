"""Identifier scanner: finds personal identifiers in free text so the interface can warn before they are saved.

The tool must never knowingly store a Belgian national register number (rijksregisternummer) or BIS number, and
should warn about other direct identifiers in case text: e-mail addresses, phone numbers, IBANs and full dates
of birth. :func:`scan` returns where they are (never their values), :func:`redact` replaces them,
:func:`mask` hides them for the terminal and :func:`kind_label` names a kind in the interface language.

Before detection the text is normalised the way a reader sees it (:func:`_normalise`): Unicode NFKC, every dash
variant read as "-", every space variant (no-break, thin, figure space, tab) as one space, fraction and division
slashes as "/", invisible characters (soft hyphen, zero-width space) dropped, digits of any script as 0-9, and a
single line break between two parts of a number as a space. An offset map carries every finding back to its span
in the ORIGINAL text, so :func:`redact` and :func:`mask` act on what the user typed; the normalised text is never
written anywhere.

Every pattern is precompiled and built from bounded, unambiguous pieces, so scanning is linear in the length of
the text (no catastrophic backtracking). Numbers are confirmed by their check digits before they are reported
(national/BIS numbers and IBANs by mod 97, then python-stdnum).

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bouwsteen_tui.core.languages import language_index

# python-stdnum is imported only when a text holds a candidate number (most never do): importing it loads ssl,
# pydoc and inspect (1.5 MiB and 20 ms), which would otherwise be paid when the first step opens.

__all__ = ["Finding", "IdentifierKind", "kind_label", "mask", "redact", "scan"]


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

# --- normalising: read the text the way a reader sees it ---------------------------------------------------
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK_RE = re.compile(rf"\r\n|[{_LINE_BREAKS}]")
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters
_SLASHES = "\u2044\u2215\u29f8"  # fraction slash, division slash, big solidus
_DOTS = "\u00b7\u2027\u2219\u22c5"  # middle dot, hyphenation point, bullet operator, dot operator
_DASHES = "\u2212\u2043\ufe63"  # minus sign, hyphen bullet, small hyphen-minus (the other dashes are category Pd)
# What needs normalising: a run of two or more spaces or invisible characters, a single whitespace character
# that is not a plain space (tab, line break, no-break space...), an invisible character, any other non-ASCII
# character except the accented Latin letters and the euro sign (read as they are). Each alternative is a
# character class, so matching is linear.
_SPECIAL_RE = re.compile(rf"[\s{_INVISIBLE}]{{2,}}|[^\S ]|[{_INVISIBLE}]|[^\x00-\x7f\xc0-\xd6\xd8-\xf6\xf8-\xff€]")
_NUMBER_PUNCTUATION = frozenset("./-")


def _joins(char: str) -> bool:
    """Whether a line break next to ``char`` may fall inside a number: a letter, a digit, a dot, slash or dash."""
    return char.isalnum() or (char != "" and char in _NUMBER_PUNCTUATION)


def _fold(char: str) -> str:
    """One character of an NFKC form, read plainly: digits as 0-9, dashes as "-", slashes, dots, spaces."""
    category = unicodedata.category(char)
    if category == "Nd":
        return str(unicodedata.digit(char))
    if category == "Pd" or char in _DASHES:
        return "-"
    if char in _SLASHES:
        return "/"
    if char in _DOTS:
        return "."
    if category == "Zs":
        return " "
    if category in ("Mn", "Me") or char in _INVISIBLE:
        return ""  # a combining mark is read with its letter; an invisible character is not read at all
    return char


@functools.lru_cache(maxsize=4096)
def _read(char: str) -> str:
    """How a reader sees one non-ASCII character (may be several characters, or none)."""
    return "".join(_fold(c) for c in unicodedata.normalize("NFKC", char))


@dataclass(frozen=True)
class _Normalised:
    """A normalised text and the map back to the original.

    Piece ``k`` starts at ``norm_starts[k]`` in the normalised text and comes from ``text[orig_starts[k]:
    orig_ends[k]]``; an ``identity`` piece is a verbatim copy (index for index), another piece is the reading of
    one original chunk, every character of which maps to the whole chunk.
    """

    text: str
    norm_starts: list[int]
    orig_starts: list[int]
    orig_ends: list[int]
    identity: list[bool]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of the normalised span ``[start, end)`` (``end > start``)."""
        if not self.norm_starts:
            return start, end
        k = bisect.bisect_right(self.norm_starts, start) - 1
        first = self.orig_starts[k] + (start - self.norm_starts[k]) if self.identity[k] else self.orig_starts[k]
        k = bisect.bisect_right(self.norm_starts, end - 1) - 1
        last = self.orig_starts[k] + (end - self.norm_starts[k]) if self.identity[k] else self.orig_ends[k]
        return first, last


def _normalise(text: str) -> _Normalised:
    """``text`` as a reader sees it (see the module docstring), with the map back to the original."""
    if _SPECIAL_RE.search(text) is None:
        return _Normalised(text, [], [], [], [])
    out: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    identity: list[bool] = []
    length = 0  # of the normalised text so far
    position = 0  # in the original: everything before it is in ``out``
    for match in _SPECIAL_RE.finditer(text):
        start, end = match.span()
        chunk = match.group()
        if chunk[0].isspace() or chunk[0] in _INVISIBLE:
            before = text[start - 1] if start > position else (out[-1][-1] if out else "")
            reading = _read_space(chunk, before, text, end)
        else:
            reading = _read(chunk)
        if reading == chunk:
            continue  # unchanged: copied with the verbatim text around it
        if start > position:
            norm_starts.append(length)
            orig_starts.append(position)
            orig_ends.append(start)
            identity.append(True)
            out.append(text[position:start])
            length += start - position
        if reading:
            norm_starts.append(length)
            orig_starts.append(start)
            orig_ends.append(end)
            identity.append(False)
            out.append(reading)
            length += len(reading)
        position = end
    if position < len(text):
        norm_starts.append(length)
        orig_starts.append(position)
        orig_ends.append(len(text))
        identity.append(True)
        out.append(text[position:])
    return _Normalised("".join(out), norm_starts, orig_starts, orig_ends, identity)


def _read_space(chunk: str, before: str, text: str, end: int) -> str:
    """A run of white space and invisible characters (``text[...:end]``): nothing, one space or one line break.

    A single line break between two parts of a number ("0470" at the end of a line, "12 34 56" on the next, or
    "NL80 ABNA" and "7833 4336 49") is read as a space; a blank line, or a break after other punctuation, stays
    a line break.
    """
    if len(chunk) == 1:
        if chunk in _INVISIBLE:
            return ""
        breaks = int(chunk in _LINE_BREAKS)
    else:
        if not chunk.strip(_INVISIBLE):
            return ""
        breaks = len(_LINE_BREAK_RE.findall(chunk))
    if not breaks:
        return " "
    if breaks == 1 and _joins(before) and end < len(text) and _joins(_read(text[end])[:1]):
        return " "
    return "\n"


# After normalising, white space between two parts is a single space.
_SEP = r"(?: ?[./-] ?| )"  # one separator: a space, or a dot, slash or dash with a space either side or not

# --- national register and BIS numbers --------------------------------------------------------------------
# YYMMDD SSS CC, usually written as YY.MM.DD-SSS.CC or 85/07/30-033.28, but any grouping of the 11 digits counts
# (8507 3003 328, 850 730 033 28): the birth date and the check digits confirm a candidate, and random digits
# rarely pass both. The digit boundaries keep an 11-digit window of a longer run (eID card number, account
# number) out, and so does a "+" before it (+32 470 12 34 56 is a phone number).
_NATIONAL_RE = re.compile(rf"(?<![\d+])(?<!\d[./-])\d(?:{_SEP}?\d){{10}}(?!\d)(?![./-]\d)")
_NON_DIGITS = re.compile(r"\D")

# --- IBAN ---------------------------------------------------------------------------------------------------
# A run that starts like an IBAN (country code, check digits) followed by up to 30 letters or digits, grouped by
# single separators in any way (BE68 5390 0754 7034, BE68-5390-0754-7034, BE 68 539...). The run may swallow a
# following word; _iban_end() tries the possible ends, longest first.
_IBAN_RUN_RE = re.compile(rf"(?<![A-Za-z0-9])[A-Za-z]{{2}}{_SEP}?[0-9]{{2}}(?:{_SEP}?[A-Za-z0-9]){{11,30}}")
_IBAN_MIN_LENGTH = 15  # Norway; the longest are 34
_IBAN_SEPARATORS = frozenset(" ./-")

# --- e-mail -------------------------------------------------------------------------------------------------
# Matches start only at the beginning of a run of local-part characters (the look-behind), and the domain labels
# cannot contain dots, so every piece is matched in one way only: linear time.
# The at sign may stand between spaces ("karim @ caw.be") or be written out as "(at)" or "[at]". An address
# needs a dot in its domain: "karim@localhost" is not an address people use.
_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+(?: ?@ ?| ?[(\[](?i:at)[)\]] ?)(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}"
    r"(?![\w-])",
)

# --- phone numbers ------------------------------------------------------------------------------------------
# Belgian numbers in any grouping, down to one digit a group: the trunk 0 and 8 or 9 more digits (landline
# 0x xxx xx xx, mobile 04xx xx xx xx), or +32 / 0032, an optional (0) or 0, and 8 or 9 digits. _is_phone()
# checks the digits and the grouping. Not after a letter, digit, "+" or a digit with a separator (a part of a
# longer number), except a phone cue glued to the number ("gsm0470123456").
_GLUED_CUE = "".join(
    f"|(?<=(?i:{cue}))" for cue in ("gsm", "tel", "telnr", "gsmnr", "telefoon", "mobiel", "mobile", "phone")
)
_PHONE_START = rf"(?=[+0])(?:(?<![\w+]){_GLUED_CUE})"  # the look-ahead fails fast where no number starts
_PHONE_BE_RE = re.compile(
    rf"{_PHONE_START}(?<!\d[./-])(?:(?P<intl>(?:\+|00)32 ?(?:\(0\) ?|0{_SEP}?)?)|0 ?)"
    rf"(?P<rest>\d(?:{_SEP}?\d){{7,8}})(?!\d)"
)
# Other countries: "+" or "00", a country code and 8 to 15 digits in all (E.164), in any grouping.
_PHONE_INTL_RE = re.compile(
    rf"{_PHONE_START}(?:\+|00)(?!32)(?P<digits>[1-9]\d{{0,2}}(?: ?\(0\))?(?:{_SEP}?\d){{5,13}})(?!\d)"
)
# A date at the start of a candidate (02.03.2015 9...) is a date, not a phone number.
_DATE_PREFIX_RE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d")
# A 10-digit 04xx number is a mobile number or an enterprise (KBO) number. It is taken for an enterprise number
# if a cue says so ("KBO", "BE", "btw"...), if it is written the KBO's way (0456.789.012: dots in groups of 4, 3
# and 3), or if it is written bare or grouped 4, 3 and 3 in any way (0456 789 034, 0456-789-034, 0456/789/034,
# a line break between groups) and passes the KBO check (last two digits = 97 - the first eight mod 97). A
# phone cue right before it ("gsm", "tel"...) makes it a phone number in any case.
_KBO_DOTTED_RE = re.compile(r"\d{4}\.\d{3}\.\d{3}")
_KBO_GROUPED_RE = re.compile(rf"\d{{4}}{_SEP}?\d{{3}}{_SEP}?\d{{3}}")
_PHONE_CUE_RE = re.compile(
    r"\b(?:gsm|gsmnr|tel|telnr|telefoon|telefoonnummer|phone|mobile|mobiel|bel|call)\W{0,3}$|☎\W{0,3}$", re.IGNORECASE
)
_ENTERPRISE_CUE_RE = re.compile(
    r"\b(?:KBO|KBO-nr|ondernemingsnummer|ondernemingsnr|btw|btw-nr|vat|enterprise(?: number)?)\W{0,3}$"
    r"|(?-i:\bBE) ?$",  # a VAT number: BE 0456.789.012 (upper case: "be, " ends a web address)
    re.IGNORECASE,
)
_CUE_BEFORE = 24  # how far before a number a cue is looked for

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
_BIRTH_LIST_GAP_RE = re.compile(r"\s*(?:,|;|/|&|en\b|and\b|of\b|or\b)\s*", re.IGNORECASE)


def scan(text: str) -> list[Finding]:
    """Find the personal identifiers in ``text``.

    Reports national register and BIS numbers (check digits validated, including the rule for births from 2000),
    valid IBANs of any country, e-mail addresses, Belgian and international phone numbers and full dates that
    follow a birth cue, however they are written (see the module docstring). Spans are in ``text`` itself.
    The findings are sorted by ``start`` and do not overlap: where candidates overlap, the stronger kind wins
    (national/BIS number > IBAN > e-mail > phone > date of birth).
    """
    normalised = _normalise(text)
    read = normalised.text
    candidates = [
        *_national_numbers(read),
        *_ibans(read),
        *_emails(read),
        *_phones(read),
        *_birth_dates(read),
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


def kind_label(kind: IdentifierKind, language: str) -> str:
    """The name of ``kind`` in ``language`` ("nl" or "en"), for warnings such as "contains a phone number"."""
    return _LABELS[kind][language_index(language)]


def _mod97_holds(digits: str) -> bool:
    """Whether the last two digits of an 11-digit national/BIS number are its check digits (either century)."""
    check = int(digits[9:])
    return check in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97)


def _national_numbers(text: str) -> Iterator[Finding]:
    """Valid national register numbers and BIS numbers."""
    position = 0
    while match := _NATIONAL_RE.search(text, position):
        position = match.start() + 1  # a candidate that fails may hide one that starts later
        digits = _NON_DIGITS.sub("", match.group())
        # The register hands out sequence numbers 001-998; stdnum does not check this.
        if not 1 <= int(digits[6:9]) <= 998 or not _mod97_holds(digits):
            continue
        from stdnum.be import bis as stdnum_bis
        from stdnum.be import nn as stdnum_nn

        # stdnum applies the rule for births from 2000 (check over "2" + the first 9 digits) and checks the birth
        # date; a test guards it.
        if stdnum_nn.is_valid(digits):
            yield Finding(IdentifierKind.NATIONAL_NUMBER, match.start(), match.end())
            position = match.end()
        elif stdnum_bis.is_valid(digits):
            yield Finding(IdentifierKind.BIS_NUMBER, match.start(), match.end())
            position = match.end()


def _ibans(text: str) -> Iterator[Finding]:
    """Valid IBANs, in any grouping."""
    position = 0
    while match := _IBAN_RUN_RE.search(text, position):
        end = _iban_end(text, match.start(), match.end())
        if end is None:
            position = match.start() + 1
            continue
        yield Finding(IdentifierKind.IBAN, match.start(), match.start() + end)
        position = match.start() + end


_IBAN_COMPACT = str.maketrans("", "", " ./-")
# ISO 13616 reads letters as numbers: A=10 ... Z=35.
_IBAN_LETTERS = str.maketrans({c: str(int(c, 36)) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"})


def _iban_end(text: str, start: int, stop: int) -> int | None:
    """The length of the longest valid IBAN in ``text[start:stop]`` that starts at ``start``, or None.

    An IBAN ends where a word ends, so only the ends before a separator are tried, and the end of the run if no
    letter or digit follows it. In a grouped IBAN a group may also have a letter glued to it ("BE68 5390 0754
    7034X", a slip of the keyboard): the ends before such a letter are tried too. A bare run glued to letters
    stays one word. The ISO 13616 check (mod 97, computed in one pass over the run) sorts out the ends;
    python-stdnum confirms the longest that holds.
    """
    run = text[start:stop]
    head = ""  # the country code and check digits, which ISO 13616 moves to the end
    tail = factor = 0  # head read as digits, mod 97, and 10 ** its number of digits, mod 97
    remainder = 0  # what follows the head so far, read as digits (A=10 ... Z=35), mod 97
    length = 0  # letters and digits so far
    grouped = False
    ends: list[int] = []  # where the check holds, ascending
    for index, char in enumerate(run):
        if char in _IBAN_SEPARATORS or (grouped and char.isalpha() and run[index - 1].isdigit()):
            if run[index - 1].isalnum() and length >= _IBAN_MIN_LENGTH and (remainder * factor + tail) % 97 == 1:
                ends.append(index)
            if char in _IBAN_SEPARATORS:
                grouped = True
                continue
        length += 1
        if length <= 4:
            head += char
            if length == 4:
                digits = head.translate(_IBAN_LETTERS)
                tail, factor = int(digits) % 97, pow(10, len(digits), 97)
            continue
        value = int(char, 36)
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    word_ends = stop == len(text) or not text[stop].isascii() or not text[stop].isalnum()
    if word_ends and length >= _IBAN_MIN_LENGTH and (remainder * factor + tail) % 97 == 1:
        ends.append(len(run))
    for end in reversed(ends):
        compact = run[:end].translate(_IBAN_COMPACT)
        from stdnum import iban as stdnum_iban

        # check_country=False: the ISO 13616 checks (length and structure for the country, mod-97 check digits)
        # decide; stdnum's national extras also reject numbers of banks missing from its bank list, and a
        # warning should rather err on the side of flagging.
        if stdnum_iban.is_valid(compact.upper(), check_country=False):
            return end
    return None


def _emails(text: str) -> Iterator[Finding]:
    """E-mail addresses."""
    for match in _EMAIL_RE.finditer(text):
        yield Finding(IdentifierKind.EMAIL, match.start(), match.end())


_GROUP_RE = re.compile(r"[^ ./()-]+")  # a group of digits in a phone number


def _phones(text: str) -> Iterator[Finding]:
    """Belgian mobile and landline numbers, national or international (+32, 0032), and international numbers."""
    for regex in (_PHONE_BE_RE, _PHONE_INTL_RE):
        position = 0
        while match := regex.search(text, position):
            end = _phone_end(text, match)
            if end is None:
                position = match.start() + 1
                continue
            yield Finding(IdentifierKind.PHONE, match.start(), end)
            position = end


def _phone_end(text: str, match: re.Match[str]) -> int | None:
    """Where the phone number of a candidate ends, or None if it is not one.

    The candidate as matched is tried first, then without its last group of digits ("02 123 45 67 8"), and so
    on; only the ends that leave a possible number of digits are tried (a run of short groups such as
    "04 04 04 ..." is a candidate at every third character, so this keeps scanning it cheap).
    """
    start, end = match.span()
    international = "digits" in match.re.groupindex
    if international:
        prefix_end = match.start("digits")
        fewest, most = 8, 15
    elif match.group("intl"):
        prefix_end = match.end("intl")
        fewest, most = 8, 10  # with or without the trunk 0
    elif match.group("rest")[0] == "0":
        return None  # 00...: neither a zone nor a mobile prefix follows the trunk 0
    else:
        prefix_end = start
        fewest, most = 9, 10
    spans = [group.span() for group in _GROUP_RE.finditer(text, prefix_end, end)]
    groups = [text[first:last] for first, last in spans]
    count = sum(map(len, groups))
    for index in range(len(groups), 0, -1):
        if fewest <= count <= most and _is_phone(
            text, start, prefix_end, spans[index - 1][1], groups[:index], international
        ):
            return spans[index - 1][1]
        count -= len(groups[index - 1])
    return None


def _is_phone(text: str, start: int, prefix_end: int, end: int, groups: list[str], international: bool) -> bool:
    """Whether the digits ``groups`` (after the prefix at ``text[start:prefix_end]``) make a phone number."""
    digits = "".join(groups)
    if not digits.isdigit() or _DATE_PREFIX_RE.match(text, prefix_end, end):
        return False
    if international:  # a country code and the number: 8 to 15 digits, the last group not a lone digit
        return 8 <= len(digits) <= 15 and len(groups[-1]) >= 2
    if prefix_end > start:  # +32 or 0032: the number without its trunk 0
        digits = digits.removeprefix("0")
        if len(digits) == 9:
            return digits[0] == "4" and digits[1] in "56789"
        return len(digits) == 8 and digits[0] != "0"
    if len(digits) == 9:  # landline: 0 and a zone of one or two digits
        return digits[1] != "0"
    if len(digits) != 10 or digits[1] != "4" or digits[2] not in "56789":
        return False
    # 04xx xxx xxx: a mobile number, unless it is an enterprise (KBO) number (see _KBO_DOTTED_RE)
    before = text[max(0, start - _CUE_BEFORE) : start]
    if _PHONE_CUE_RE.search(before):
        return True
    if _ENTERPRISE_CUE_RE.search(before) or _KBO_DOTTED_RE.fullmatch(text, start, end):
        return False
    passes_kbo_check = int(digits[8:]) == 97 - int(digits[:8]) % 97
    return not (passes_kbo_check and _KBO_GROUPED_RE.fullmatch(text, start, end))


def _birth_dates(text: str) -> Iterator[Finding]:
    """Full dates that follow a birth cue within a few words, and dates listed right after those.

    Dates are looked for only where they may start, close after a cue, and each place once: linear time.
    """
    done = 0  # end of the last date of birth reported
    tried = 0  # places before this have been tried as the start of a date
    for cue in _BIRTH_CUE_RE.finditer(text):
        match = _cued_date(text, max(cue.end(), done, tried), cue.end() + _CUE_REACH)
        tried = cue.end() + _CUE_REACH + 1
        while match is not None:
            done = match.end()
            yield Finding(IdentifierKind.BIRTH_DATE, match.start(), match.end())
            # "geboren op 12/03/2015 en 14/05/2017": a date right after a date of birth is one as well (siblings)
            gap = _BIRTH_LIST_GAP_RE.match(text, done)
            match = _DATE_RE.match(text, gap.end()) if gap is not None else None
            if match is not None and not _is_real_date(match):
                match = None


def _cued_date(text: str, first: int, last: int) -> re.Match[str] | None:
    """The first real date in ``text`` that starts between ``first`` and ``last``."""
    for start in range(first, min(last + 1, len(text))):
        char = text[start]
        if not char.isdigit() and not (char.isalpha() and (start == 0 or not text[start - 1].isalpha())):
            continue  # a date starts with a digit or a word
        match = _DATE_RE.match(text, start)
        if match is not None and _is_real_date(match):
            return match
    return None


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
