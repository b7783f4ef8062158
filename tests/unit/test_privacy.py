"""Tests for the identifier scanner (bouwsteen_tui.core.privacy).

All numbers are synthetic test values from DOMAIN.md or computed for these tests: they belong to no one.
"""

from __future__ import annotations

import dataclasses
import itertools
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.be import nn as stdnum_nn

from bouwsteen_tui.core.privacy import MASK, Finding, IdentifierKind, kind_label, mask, redact, scan

K = IdentifierKind


def kinds_and_values(text: str) -> list[tuple[IdentifierKind, str]]:
    """The findings in ``text`` as (kind, matched text) pairs, in order."""
    return [(finding.kind, text[finding.start : finding.end]) for finding in scan(text)]


def written_forms(digits: str) -> list[str]:
    """The ways an 11-digit national or BIS number is written: dotted, spaced, dashed, bare."""
    yy, mm, dd, sss, cc = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return [
        f"{yy}.{mm}.{dd}-{sss}.{cc}",
        f"{yy} {mm} {dd} {sss} {cc}",
        f"{yy}{mm}{dd} {sss} {cc}",
        f"{yy}-{mm}-{dd}-{sss}-{cc}",
        f"{yy}{mm}{dd}-{sss}-{cc}",
        f"{yy}.{mm}.{dd}-{sss} {cc}",
        digits,
    ]


NATIONAL_NUMBERS = {
    "85073003328": K.NATIONAL_NUMBER,  # born in the 1900s
    "12031512419": K.NATIONAL_NUMBER,  # born in the 2000s
    "09110200140": K.NATIONAL_NUMBER,  # born in the 2000s
    "90490101158": K.BIS_NUMBER,  # month + 40
    "05451200188": K.BIS_NUMBER,  # month + 40, born in the 2000s
}
BORN_FROM_2000 = ["12031512419", "09110200140", "05451200188"]


# --- national register and BIS numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "kind"),
    [(form, kind) for digits, kind in NATIONAL_NUMBERS.items() for form in written_forms(digits)],
)
def test_national_and_bis_numbers_are_found_in_every_written_form(written: str, kind: IdentifierKind) -> None:
    """A valid national register or BIS number is reported with its kind and exact span, however written."""
    text = f"Leerling ({written}) werd besproken."
    assert kinds_and_values(text) == [(kind, written)]


@pytest.mark.parametrize("digits", BORN_FROM_2000)
def test_numbers_of_children_born_from_2000_are_found(digits: str) -> None:
    """Numbers of children born from 2000 are found: their check digits only hold with the "2" prefix rule."""
    plain_check = 97 - int(digits[:9]) % 97
    born_2000_check = 97 - int("2" + digits[:9]) % 97
    assert plain_check != int(digits[9:])  # a check without the rule would miss this number
    assert born_2000_check == int(digits[9:])
    assert [finding.kind for finding in scan(f"rrn {digits}")] in ([K.NATIONAL_NUMBER], [K.BIS_NUMBER])


def test_stdnum_applies_the_born_from_2000_rule() -> None:
    """python-stdnum, which the scanner relies on, accepts the 2000s numbers and reports a 2000s birth date."""
    assert stdnum_nn.is_valid("12031512419")
    assert stdnum_nn.get_birth_year("12031512419") == 2012
    assert stdnum_nn.get_birth_year("09110200140") == 2009


@pytest.mark.parametrize("written", ["12345678901", "12.34.56-789.01", "85.07.30-033.29", "85073003327"])
def test_numbers_with_wrong_check_digits_are_not_found(written: str) -> None:
    """Eleven digits whose check digits do not hold are not a national number."""
    assert scan(f"nummer {written} hier") == []


@pytest.mark.parametrize("digits", ["85073000061", "85073099932"])
def test_sequence_numbers_outside_001_to_998_are_not_found(digits: str) -> None:
    """Sequence 000 or 999 is never issued, even when the check digits hold."""
    assert stdnum_nn.is_valid(digits)  # the library alone would accept it
    assert scan(f"nummer {digits}") == []


@pytest.mark.parametrize("text", ["185073003328", "850730033280", "12031512419123", "9912031512419"])
def test_a_national_number_inside_a_longer_digit_run_is_not_found(text: str) -> None:
    """Eleven valid digits that are part of a longer run of digits are not reported."""
    assert [finding.kind for finding in scan(text)] == []


def test_month_and_day_zero_are_allowed() -> None:
    """A number with unknown birth month and day (00) is still a national number."""
    digits = "850000" + "123"
    number = digits + f"{97 - int(digits) % 97:02d}"
    assert kinds_and_values(f"nr {number}") == [(K.NATIONAL_NUMBER, number)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BE68 5390 0754 7034", [(K.IBAN, "BE68 5390 0754 7034")]),  # Belgian IBAN: an IBAN, not a national number
        ("BE68539007547034", [(K.IBAN, "BE68539007547034")]),
        ("0403.170.701", []),  # enterprise number
        ("BE0403170701", []),
        ("BE 0403.170.701", []),
        ("591-1234567-89", []),  # eID card number
        ("591123456789", []),
        ("0470 12 34 56", [(K.PHONE, "0470 12 34 56")]),  # mobile: a phone number
        ("0470123456", [(K.PHONE, "0470123456")]),
    ],
)
def test_look_alikes_are_not_reported_as_national_numbers(
    text: str, expected: list[tuple[IdentifierKind, str]]
) -> None:
    """IBANs, enterprise numbers, eID card numbers and mobile numbers are not national or BIS numbers."""
    assert kinds_and_values(f"zie {text} hierboven") == expected


# --- IBAN ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "iban",
    [
        "BE68 5390 0754 7034",
        "BE68539007547034",
        "be68 5390 0754 7034",
        "BE71 0961 2345 6769",
        "NL91 ABNA 0417 1643 00",
        "DE89 3704 0044 0532 0130 00",
        "GR16 0110 1050 0000 1054 7023 795",
        "FR14 2004 1010 0505 0001 3M02 606",
    ],
)
def test_valid_ibans_are_found_with_or_without_spaces(iban: str) -> None:
    """A valid IBAN of any country is reported with its exact span."""
    text = f"Rekening: {iban}. Dank."
    assert kinds_and_values(text) == [(K.IBAN, iban)]


@pytest.mark.parametrize(
    "text", ["BE68 5390 0754 7035", "BE69539007547034", "NL91 ABNA 0417 1643 01", "XX12 3456 7890 1234"]
)
def test_invalid_ibans_are_not_found(text: str) -> None:
    """An IBAN whose check digits fail is not reported."""
    assert [finding.kind for finding in scan(text)] == []


def test_an_iban_followed_by_words_ends_at_its_last_group() -> None:
    """The words after an IBAN are not part of the finding."""
    text = "BE68 5390 0754 7034 EN 12 AB"
    assert kinds_and_values(text) == [(K.IBAN, "BE68 5390 0754 7034")]


def test_an_iban_glued_to_letters_is_not_found() -> None:
    """A valid IBAN immediately followed by more letters is part of another word."""
    assert scan("BE68539007547034ABC") == []


# --- e-mail -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["jan.peeters@school.be", "an+clb@vclb-gent.be", "ZORG_coord@stad.antwerpen.be", "x@y.org"],
)
def test_email_addresses_are_found(address: str) -> None:
    """An e-mail address is reported with its exact span, without trailing punctuation."""
    text = f"Mail naar {address}, graag."
    assert kinds_and_values(text) == [(K.EMAIL, address)]


@pytest.mark.parametrize("text", ["@school.be", "jan@", "jan@school", "jan (at) school", "jan@.be"])
def test_incomplete_email_addresses_are_not_found(text: str) -> None:
    """Text with an @ that is not a complete address is not reported."""
    assert scan(text) == []


# --- phone numbers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "0470 12 34 56",
        "0470/12.34.56",
        "0470-12-34-56",
        "0470.12.34.56",
        "0470 123 456",
        "0470123456",
        "0499 / 12 34 56",
        "+32 470 12 34 56",
        "+32470123456",
        "+32 (0)470 12 34 56",
        "0032 470 12 34 56",
        "02 123 45 67",
        "02/123.45.67",
        "09 123 45 67",
        "091234567",
        "050 12 34 56",
        "011/23.45.67",
        "+32 2 123 45 67",
        "0032 9 123 45 67",
    ],
)
def test_belgian_phone_numbers_are_found(number: str) -> None:
    """Belgian mobile and landline numbers are reported in their usual written forms."""
    text = f"Bereikbaar op {number} na 16 uur."
    assert kinds_and_values(text) == [(K.PHONE, number)]


@pytest.mark.parametrize("text", ["12/03/2015", "02.03.2015", "0470 12 34", "04701234567890", "0403.170.701"])
def test_dates_and_other_digit_runs_are_not_phone_numbers(text: str) -> None:
    """Dates, too short and too long digit runs are not reported as phone numbers."""
    assert scan(f"op {text} gezien") == []


# --- dates of birth -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geboren op 12/03/2015", "12/03/2015"),
        ("Geboren op 12-03-2015", "12-03-2015"),
        ("°12.03.2015", "12.03.2015"),
        ("° 12.03.2015 te Gent", "12.03.2015"),
        ("geb. 1/3/2015", "1/3/2015"),
        ("geboortedatum: 12 maart 2015", "12 maart 2015"),
        ("Geboortedatum 2015-03-12", "2015-03-12"),
        ("born on 12 March 2015", "12 March 2015"),
        ("date of birth: March 12, 2015", "March 12, 2015"),
        ("DOB 12th of March 2015", "12th of March 2015"),
        ("birthday 3 sept. 2014", "3 sept. 2014"),
        ("verjaardag: 12 mrt 2015", "12 mrt 2015"),
    ],
)
def test_full_dates_after_a_birth_cue_are_dates_of_birth(text: str, date: str) -> None:
    """A full date within a few words after a birth cue is reported as a date of birth."""
    assert kinds_and_values(text) == [(K.BIRTH_DATE, date)]


@pytest.mark.parametrize(
    "text",
    [
        "Afspraak op 12/03/2025: evaluatie.",
        "We spreken af op 12 maart 2025.",
        "Overleg 2025-03-12 met de school.",
        "geboren in Gent, een stad waar ze tot 12/03/2015 woonde",  # the cue is too far away
        "geboren op 31/02/2015",  # no such day
        "geboren in maart 2015",  # not a full date
    ],
)
def test_dates_without_a_nearby_birth_cue_are_not_found(text: str) -> None:
    """Agreement dates and other dates without a birth cue close before them are not reported."""
    assert scan(text) == []


def test_dates_listed_after_a_date_of_birth_are_dates_of_birth() -> None:
    """In "geboren op A en B" both dates are dates of birth (siblings)."""
    text = "Kinderen geboren op 12/03/2015 en 14/05/2017; afspraak op 01/09/2025."
    assert kinds_and_values(text) == [(K.BIRTH_DATE, "12/03/2015"), (K.BIRTH_DATE, "14/05/2017")]


# --- overlaps, order and the finding itself -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weaker_part", "weaker_kind", "winner"),
    [
        # an IBAN whose digits also read as a mobile number
        ("NL55 ABNA 0470 1234 56", "0470 1234 56", K.PHONE, (K.IBAN, "NL55 ABNA 0470 1234 56")),
        # an e-mail address whose local part is a phone number
        ("0470123456@school.be", "0470123456", K.PHONE, (K.EMAIL, "0470123456@school.be")),
        # an e-mail address whose local part is a date after a birth cue
        ("geboren 12.03.2015@school.be", "geboren 12.03.2015", K.BIRTH_DATE, (K.EMAIL, "12.03.2015@school.be")),
        # an IBAN (Malta, alphanumeric) that contains a national number between letters
        ("MT33MALT01100X85073003328XXXXXX", "X85073003328X", K.NATIONAL_NUMBER, None),
    ],
)
def test_the_stronger_kind_wins_an_overlap(
    text: str,
    weaker_part: str,
    weaker_kind: IdentifierKind,
    winner: tuple[IdentifierKind, str] | None,
) -> None:
    """Where candidates overlap only the stronger kind is reported: national/BIS > IBAN > e-mail > phone > date."""
    assert weaker_kind in [finding.kind for finding in scan(weaker_part)]  # the part alone is a candidate
    if winner is None:  # the national number beats the IBAN around it
        assert kinds_and_values(text) == [(K.NATIONAL_NUMBER, "85073003328")]
    else:
        assert kinds_and_values(text) == [winner]


def test_findings_in_a_mixed_text_are_sorted_and_complete() -> None:
    """Every identifier in a longer text is found, in the order of the text."""
    text = (
        "Mama (jan.peeters@school.be, 0470/12.34.56) bevestigt: Emma, ° 12.03.2015, rrn 12.03.15-124.19, "
        "rekening BE68 5390 0754 7034. Volgende afspraak op 01/09/2025, bel de school op 09 123 45 67."
    )
    assert kinds_and_values(text) == [
        (K.EMAIL, "jan.peeters@school.be"),
        (K.PHONE, "0470/12.34.56"),
        (K.BIRTH_DATE, "12.03.2015"),
        (K.NATIONAL_NUMBER, "12.03.15-124.19"),
        (K.IBAN, "BE68 5390 0754 7034"),
        (K.PHONE, "09 123 45 67"),
    ]


def test_a_finding_does_not_hold_the_value() -> None:
    """A finding carries only its kind and span, so it can be passed around without leaking the identifier."""
    assert [field.name for field in dataclasses.fields(Finding)] == ["kind", "start", "end"]


def test_text_without_identifiers_gives_no_findings() -> None:
    """Ordinary case text, with an agreement date and numbers, gives no findings."""
    text = "Op 12/03/2025 spraken we af dat de leerkracht 3 keer per week 10 minuten voorziet (lokaal 2.14)."
    assert scan(text) == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(list("0123456789 .-/+()@°BEbeNLmaart")),
            st.characters(),
        ),
        max_size=200,
    )
)
def test_scan_returns_sorted_non_overlapping_findings_in_bounds(text: str) -> None:
    """On any text, scan never raises and returns sorted, non-overlapping, non-empty spans inside the text."""
    findings = scan(text)
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
    for before, after in itertools.pairwise(findings):
        assert before.end <= after.start


def test_scanning_a_few_kilobytes_of_adversarial_text_is_fast() -> None:
    """Long runs built to provoke backtracking are scanned quickly."""
    texts = [
        "a" * 5000,
        "a." * 2500 + "@",
        "a@" + "b-" * 2500,
        "1 " * 2500,
        "0470 " * 1000,
        "BE12 " * 1000,
        "geboren " * 600 + "12/03/2015",
    ]
    started = time.perf_counter()
    for text in texts:
        scan(text)
    assert time.perf_counter() - started < 2.0


# --- redact and labels --------------------------------------------------------------------------------------


def test_redact_replaces_every_finding() -> None:
    """Each found span is replaced by the replacement text; the rest stays as it was."""
    text = "Mail jan@school.be of bel 0470 12 34 56 (rrn 85.07.30-033.28)."
    assert redact(text, scan(text), "[…]") == "Mail […] of bel […] (rrn […])."


def test_redact_accepts_findings_in_any_order() -> None:
    """Findings need not be sorted."""
    text = "a@b.be en 0470123456"
    assert redact(text, list(reversed(scan(text))), "X") == "X en X"


def test_redact_without_findings_returns_the_text() -> None:
    """With no findings the text comes back unchanged."""
    assert redact("niets te zien", [], "[…]") == "niets te zien"


def test_redact_rejects_overlapping_findings() -> None:
    """Overlapping findings cannot be replaced unambiguously."""
    findings = [Finding(K.PHONE, 0, 5), Finding(K.EMAIL, 3, 8)]
    with pytest.raises(ValueError, match="overlap"):
        redact("0123456789", findings, "X")


@pytest.mark.parametrize(
    ("kind", "dutch", "english"),
    [
        (K.NATIONAL_NUMBER, "rijksregisternummer", "national register number"),
        (K.BIS_NUMBER, "BIS-nummer", "BIS number"),
        (K.EMAIL, "e-mailadres", "e-mail address"),
        (K.PHONE, "telefoonnummer", "phone number"),
        (K.IBAN, "IBAN-rekeningnummer", "IBAN"),
        (K.BIRTH_DATE, "geboortedatum", "date of birth"),
    ],
)
def test_kind_label_names_each_kind_in_both_languages(kind: IdentifierKind, dutch: str, english: str) -> None:
    """Every kind has a Dutch and an English label."""
    assert (kind_label(kind, "nl"), kind_label(kind, "en")) == (dutch, english)


def test_kind_label_rejects_an_unknown_language() -> None:
    """Only the interface languages have labels."""
    with pytest.raises(ValueError, match="unknown language"):
        kind_label(K.EMAIL, "fr")


def test_privacy_imports_neither_textual_nor_rich() -> None:
    """The scanner is part of the core and runs without the user interface libraries."""
    code = "import sys, bouwsteen_tui.core.privacy; print(sorted({'textual', 'rich'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_stdnum_loads_only_when_a_text_holds_a_candidate_number() -> None:
    """Plain text, an e-mail address and a phone number are scanned without python-stdnum (whose import costs
    1.5 MiB and 20 ms); a national-number-shaped or IBAN-shaped run loads it to check the digits."""
    code = (
        "import sys\n"
        "from bouwsteen_tui.core.privacy import scan\n"
        "scan('Gesprek met de ouders op dinsdag; mail a.peeters@example.org of bel 0470 12 34 56.')\n"
        "print('stdnum' in sys.modules)\n"
        "scan('rijksregisternummer 85.07.30-033.28')\n"
        "print('stdnum' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]
    iban = (
        "import sys\nfrom bouwsteen_tui.core.privacy import scan\n"
        "scan('BE68 5390 0754 7034')\nprint('stdnum' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", iban], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True"]


# --- written the way people write (issue 12, item 2) --------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("85/07/30-033.28", K.NATIONAL_NUMBER),  # slashes
        ("85.07.30 - 033.28", K.NATIONAL_NUMBER),  # spaces around the dash
        ("85.07.30\u2013033.28", K.NATIONAL_NUMBER),  # en dash
        ("85.07.30\u2011033.28", K.NATIONAL_NUMBER),  # non-breaking hyphen
        ("850730\u00a0033\u00a028", K.NATIONAL_NUMBER),  # no-break spaces
        ("850730\u202f033\u202f28", K.NATIONAL_NUMBER),  # narrow no-break spaces
        ("85.07.30-\n033.28", K.NATIONAL_NUMBER),  # a line break inside the number
        ("85.07.30\u200b-033.28", K.NATIONAL_NUMBER),  # a zero-width space
        ("\uff18\uff15\uff10\uff17\uff13\uff10\uff10\uff13\uff13\uff12\uff18", K.NATIONAL_NUMBER),  # full width
        ("BE68-5390-0754-7034", K.IBAN),
        ("BE68\u00a05390\u00a00754\u00a07034", K.IBAN),
        ("NL91 ABNA\n0417 1643 00", K.IBAN),
        ("04 70 12 34 56", K.PHONE),
        ("0470\n12 34 56", K.PHONE),
        ("0470\u201312\u201334\u201356", K.PHONE),
        ("+31 6 12345678", K.PHONE),
        ("+44 20 7946 0958", K.PHONE),
        ("jan\uff20school.be", K.EMAIL),
    ],
)
def test_identifiers_are_found_as_a_reader_sees_them(written: str, kind: IdentifierKind) -> None:
    """Dash and space variants, slashes, a line break, invisible and full-width characters do not hide an
    identifier; the finding is the span the user typed."""
    text = f"Zie {written} hier."
    assert kinds_and_values(text) == [(kind, written)]


def test_a_blank_line_between_two_numbers_does_not_join_them() -> None:
    """Only a single line break inside a number is read as a space: a blank line separates."""
    assert scan("lokaal 0470\n\n12 34 56") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0456.789.012", []),  # the false alarm: written the KBO's way
        ("0456.789.034", []),  # dotted, KBO check holds
        ("0456789034", []),  # bare, KBO check holds
        ("0456 789 034", []),  # spaced 4 3 3, KBO check holds
        ("KBO 0470123456", []),  # an enterprise cue
        ("BE 0470.123.456", []),  # a VAT number
        ("0456 78 90 34", [K.PHONE]),  # grouped like a phone number: a phone number
        ("gsm 0456789034", [K.PHONE]),  # a phone cue
        ("0470123456", [K.PHONE]),  # bare, KBO check fails: a phone number
        ("0470 123 456", [K.PHONE]),  # spaced 4 3 3, KBO check fails
    ],
)
def test_enterprise_numbers_are_told_apart_from_mobile_numbers(text: str, expected: list[IdentifierKind]) -> None:
    """A 10-digit 04xx number is an enterprise number when a cue, the KBO's dotted form or (bare or 4 3 3) the
    KBO check says so; otherwise, and always after a phone cue, it is a mobile number."""
    digits = "".join(c for c in text if c.isdigit())
    if text in ("0456.789.034", "0456789034", "0456 789 034"):
        assert int(digits[8:]) == 97 - int(digits[:8]) % 97  # the KBO check holds
    assert [f.kind for f in scan(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "+++090/9337/55493+++",  # structured payment reference
        "Afspraak 01/09/2025 9u30",
        "02.03.2015 93 leerlingen",
        "€ 1.234,56 en 12 345 euro",
        "9000 Gent, B-2000 Antwerpen",
        "C-7K4Q en C-M3P9X2",
        "09:30 - 10:30",
    ],
)
def test_amounts_dates_times_postcodes_and_codes_are_not_identifiers(text: str) -> None:
    """Look-alikes of phone and register numbers are left alone."""
    assert scan(text) == []


VARIANTS = st.sampled_from([" ", "\u00a0", "\u202f", "\u2009", ".", "-", "\u2013", "\u2011", "/", " - ", "\n", ""])


@settings(max_examples=200, deadline=None)
@given(separators=st.lists(VARIANTS, min_size=4, max_size=4), before=st.text(alphabet="abc ,:(ﬁé", max_size=8))
def test_findings_map_back_to_the_users_text(separators: list[str], before: str) -> None:
    """However a national number is separated, and whatever precedes it (a ligature that NFKC widens, accents),
    the finding spans exactly the number as typed."""
    groups = ["85", "07", "30", "033", "28"]
    written = groups[0] + "".join(sep + group for sep, group in zip(separators, groups[1:], strict=True))
    text = f"{before} {written}."
    assert kinds_and_values(text) == [(K.NATIONAL_NUMBER, written)]


# --- issue 12, item 2: the tester's findings ----------------------------------------------------------------


def kbo_check_holds(number: str) -> bool:
    """Whether a 10-digit number passes the KBO check (last two digits = 97 - the first eight mod 97)."""
    digits = "".join(c for c in number if c.isdigit())
    return int(digits[8:]) == 97 - int(digits[:8]) % 97


@pytest.mark.parametrize("text", ["0456-789-034", "0456/789/034", "0471-234-512", "0456.789.\n034", "0456 - 789 - 034"])
def test_enterprise_numbers_grouped_4_3_3_in_any_way_are_not_phone_numbers(text: str) -> None:
    """A 04xx number grouped 4, 3 and 3 by dashes, slashes or a line break that passes the KBO check is an
    enterprise number, not a phone number."""
    assert kbo_check_holds(text)
    assert scan(f"onderneming {text} ingeschreven") == []


def test_a_phone_cue_makes_a_dashed_enterprise_lookalike_a_phone_number() -> None:
    """After a phone cue, a 4-3-3 number passing the KBO check is still a mobile number."""
    assert kbo_check_holds("0456-789-034")
    assert kinds_and_values("gsm 0456-789-034") == [(K.PHONE, "0456-789-034")]


def national_digits(first_nine: str) -> str:
    """Nine digits and their check digits (born before 2000)."""
    return first_nine + f"{97 - int(first_nine) % 97:02d}"


@pytest.mark.parametrize(
    ("grouping", "kind"),
    [
        ((4, 4, 3), K.NATIONAL_NUMBER),
        ((3, 3, 3, 2), K.NATIONAL_NUMBER),
        ((5, 6), K.NATIONAL_NUMBER),
        ((4, 7), K.BIS_NUMBER),
    ],
)
def test_register_numbers_are_found_in_any_grouping(grouping: tuple[int, ...], kind: IdentifierKind) -> None:
    """Eleven digits grouped in any way whose birth date and check digits hold are a register or BIS number."""
    digits = national_digits("850730033" if kind is K.NATIONAL_NUMBER else "852730033")
    cuts = list(itertools.accumulate(grouping))
    written = " ".join(digits[a:b] for a, b in zip([0, *cuts[:-1]], cuts, strict=True))
    assert kinds_and_values(f"nr {written} besproken") == [(kind, written)]


def test_regrouped_digits_without_a_birth_date_are_not_register_numbers() -> None:
    """Eleven regrouped digits with valid check digits but month 13 (no birth date, no BIS month) are left alone."""
    digits = national_digits("851330033")
    assert scan(f"code {digits[:4]} {digits[4:8]} {digits[8:]}") == []


def test_a_plus_32_mobile_number_is_not_read_as_a_register_number() -> None:
    """ "+32" and nine digits make 11 digits; after a "+" they are a phone number even when they pass as a BIS
    number (month 47, check digits holding)."""
    digits = national_digits("324701234")
    written = f"+{digits[:2]} {digits[2:5]} {digits[5:7]} {digits[7:9]} {digits[9:]}"
    assert kinds_and_values(written.replace("+", "")) == [(K.BIS_NUMBER, written[1:])]  # without the "+"
    assert kinds_and_values(written) == [(K.PHONE, written)]


@pytest.mark.parametrize("cue", ["gsm", "GSM", "tel", "telnr", "mobiel"])
def test_a_phone_number_glued_to_its_cue_is_found(cue: str) -> None:
    """ "gsm0470123456": a phone cue glued to the number does not hide it."""
    assert kinds_and_values(f"{cue}0470123456") == [(K.PHONE, "0470123456")]


@pytest.mark.parametrize("number", ["0 4 7 0 1 2 3 4 5 6", "0470 12 34 5 6", "0 470 12 34 56", "02 123 4 5 6 7"])
def test_phone_numbers_in_one_digit_groups_are_found(number: str) -> None:
    """Phone numbers written with groups of a single digit are found."""
    assert kinds_and_values(f"Bereikbaar op {number} na 16 uur.") == [(K.PHONE, number)]


@pytest.mark.parametrize("address", ["karim @ caw.be", "karim(at)caw.be", "karim [at] caw.be", "Karim (AT) caw.be"])
def test_email_addresses_with_a_spaced_or_written_out_at_sign_are_found(address: str) -> None:
    """An at sign between spaces or written as "(at)" / "[at]" still makes an e-mail address."""
    assert kinds_and_values(f"Mail naar {address}, graag.") == [(K.EMAIL, address)]


def test_an_address_without_a_dot_in_its_domain_is_not_an_email_address() -> None:
    """ "karim@localhost" is not an address people use: left alone (a deliberate choice, see docs/privacy.md)."""
    assert scan("karim@localhost") == []


@pytest.mark.parametrize("text", ["BE68 5390 0754 7034X", "BE68-5390-0754-7034x"])
def test_a_grouped_iban_with_a_letter_glued_to_it_is_found(text: str) -> None:
    """A grouped IBAN followed directly by a letter (a slip of the keyboard) is found without the letter."""
    assert kinds_and_values(text) == [(K.IBAN, text[:-1])]


@pytest.mark.parametrize(
    "text",
    ["1.234.567,89", "€ 12.345.678,90", "30-07-1985", "14:35 - 15:20", "14.35 uur", "B-9000 Gent", "C-4X9Z en C-88KD"],
)
def test_more_amounts_dates_times_postcodes_and_case_codes_are_not_identifiers(text: str) -> None:
    """Amounts with thousands dots, dashed dates, times, postcodes and case codes are left alone."""
    assert scan(text) == []


def test_masking_hides_a_dashed_phone_number_and_keeps_its_shape() -> None:
    """mask() works on the new forms: the digits of "0 4 7 0 1 2 3 4 5 6" become dots, the spaces stay."""
    assert mask("gsm 0 4 7 0 1 2 3 4 5 6.") == "gsm " + " ".join(MASK * 10) + "."
