"""The identifier detectors: national register and BIS numbers, IBANs, e-mail addresses, phone numbers and dates
of birth, each run over a text already read by :func:`~bouwsteen_tui.core.privacy.reading.normalise`.

Every pattern is precompiled and built from bounded, unambiguous pieces, so scanning is linear in the length of
the text (no catastrophic backtracking). Numbers are confirmed by their check digits before they are reported
(national/BIS numbers and IBANs by mod 97, then python-stdnum).

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from bouwsteen_tui.core.privacy.findings import Finding, IdentifierKind

# python-stdnum is imported only when a text holds a candidate number (most never do): importing it loads ssl,
# pydoc and inspect (1.5 MiB and 20 ms), which would otherwise be paid when the first step opens.

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


def _mod97_holds(digits: str) -> bool:
    """Whether the last two digits of an 11-digit national/BIS number are its check digits (either century)."""
    check = int(digits[9:])
    return check in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97)


def national_numbers(text: str) -> Iterator[Finding]:
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


def ibans(text: str) -> Iterator[Finding]:
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


def emails(text: str) -> Iterator[Finding]:
    """E-mail addresses."""
    for match in _EMAIL_RE.finditer(text):
        yield Finding(IdentifierKind.EMAIL, match.start(), match.end())


_GROUP_RE = re.compile(r"[^ ./()-]+")  # a group of digits in a phone number


def phones(text: str) -> Iterator[Finding]:
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


def birth_dates(text: str) -> Iterator[Finding]:
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
