"""Generate identifiers.tsv: synthetic strings with and without personal identifiers, for the guard's figures.

Every number is made up here, with computed check digits; none belongs to anyone. Run it again after changing it:

    python tests/data/identifiers/make_table.py

Columns: ``text`` (the string the scanner reads), ``kind`` (the kind it must report, or ``none``), ``found`` (the
exact part it must report; empty for ``none``) and ``note``. ``text`` and ``found`` are written with Python
backslash escapes (``\\u00a0``, ``\\n``), so invisible characters stay visible in the file.
"""

from __future__ import annotations

import random
from pathlib import Path

TABLE = Path(__file__).with_name("identifiers.tsv")
NBSP, NNBSP, EN_DASH, NB_HYPHEN, MINUS = "\u00a0", "\u202f", "\u2013", "\u2011", "\u2212"


def escape(text: str) -> str:
    """``text`` in ASCII with backslash escapes (the table's notation)."""
    return text.encode("unicode_escape").decode("ascii").replace("\t", "\\t")


def fullwidth(text: str) -> str:
    """Digits and letters as their full-width forms (what some keyboards and PDFs produce)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


# --- national register and BIS numbers ----------------------------------------------------------------------


def national(rng: random.Random, *, bis: int = 0, from_2000: bool = False) -> str:
    """An 11-digit national register number (bis=0) or BIS number (bis=20 or 40 added to the month)."""
    year = rng.randrange(2000, 2024) if from_2000 else rng.randrange(1950, 2000)
    month, day, sequence = rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(1, 999)
    first = f"{year % 100:02d}{month + bis:02d}{day:02d}{sequence:03d}"
    check = 97 - int(("2" if from_2000 else "") + first) % 97
    return first + f"{check:02d}"


NATIONAL_FORMS = [
    ("dotted", lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"),
    ("bare", lambda d: d),
    ("spaced", lambda d: f"{d[:6]} {d[6:9]} {d[9:]}"),
    ("all spaced", lambda d: f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}"),
    ("dashes", lambda d: f"{d[:6]}-{d[6:9]}-{d[9:]}"),
    ("slashes", lambda d: f"{d[:2]}/{d[2:4]}/{d[4:6]}-{d[6:9]}.{d[9:]}"),
    ("spaced dash", lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]} - {d[6:9]}.{d[9:]}"),
    ("en dash", lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]}{EN_DASH}{d[6:9]}.{d[9:]}"),
    ("no-break spaces", lambda d: f"{d[:6]}{NBSP}{d[6:9]}{NBSP}{d[9:]}"),
    ("narrow no-break spaces", lambda d: f"{d[:2]}{NNBSP}{d[2:4]}{NNBSP}{d[4:6]}{NNBSP}{d[6:9]}{NNBSP}{d[9:]}"),
    ("line break", lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]}-\n{d[6:9]}.{d[9:]}"),
    ("line break CRLF", lambda d: f"{d[:6]}\r\n{d[6:9]} {d[9:]}"),
    ("non-breaking hyphen", lambda d: f"{d[:6]}{NB_HYPHEN}{d[6:9]}{NB_HYPHEN}{d[9:]}"),
    ("minus sign", lambda d: f"{d[:6]}{MINUS}{d[6:9]}{MINUS}{d[9:]}"),
    ("full-width digits", lambda d: fullwidth(f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}")),
    ("double spaces", lambda d: f"{d[:6]}  {d[6:9]}  {d[9:]}"),
    ("tab", lambda d: f"{d[:6]}\t{d[6:9]}.{d[9:]}"),
    ("regrouped 4 4 3", lambda d: f"{d[:4]} {d[4:8]} {d[8:]}"),
    ("regrouped 3 3 3 2", lambda d: f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"),
    ("regrouped 5 6, dots", lambda d: f"{d[:5]}.{d[5:]}"),
]
CONTEXTS = ["{}", "RRN {}", "rijksregisternummer: {}.", "(nr {})", "Leerling {} besproken"]

# --- IBAN ---------------------------------------------------------------------------------------------------


def iban(country: str, bban: str) -> str:
    """An IBAN with computed check digits."""
    rearranged = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in rearranged)) % 97
    return f"{country}{check:02d}{bban}"


def belgian_bban(rng: random.Random) -> str:
    first = f"{rng.randrange(1, 1000):03d}{rng.randrange(0, 10**7):07d}"
    check = int(first) % 97 or 97
    return first + f"{check:02d}"


def grouped(value: str, separator: str = " ", size: int = 4) -> str:
    return separator.join(value[i : i + size] for i in range(0, len(value), size))


IBAN_FORMS = [
    ("groups of 4", lambda v: grouped(v)),
    ("bare", lambda v: v),
    ("dashes", lambda v: grouped(v, "-")),
    ("lower case", lambda v: grouped(v).lower()),
    ("no-break spaces", lambda v: grouped(v, NBSP)),
    ("line break", lambda v: grouped(v[:8]) + "\n" + grouped(v[8:])),
    ("country apart", lambda v: f"{v[:2]} {v[2:4]} " + grouped(v[4:])),
    ("dots", lambda v: grouped(v, ".")),
]

# --- e-mail and phone ---------------------------------------------------------------------------------------

EMAILS = [
    ("jan.peeters@school.be", "plain"),
    ("an+clb@vclb-gent.be", "plus tag"),
    ("ZORG_coord@stad.antwerpen.be", "upper case, subdomain"),
    ("x@y.org", "shortest"),
    ("mama.emma1985@gmail.com", "digits"),
    ("leerlingenbegeleiding@basisschool-de-regenboog.be", "long"),
    ("j.de-smet@ocmw.gent.be", "dash"),
    ("info@kinderopvang.brussels", "long top level"),
    ("sofie.vandamme@telenet.be", "provider"),
    ("k.janssens@student.kuleuven.be", "two dots in domain"),
    ("jan.peeters＠school.be", "full-width at sign"),
    ("ｊａｎ＠ｓｃｈｏｏｌ．ｂｅ", "full-width"),
    ("els.de.wolf@hotmail.com", "several dots"),
    ("papa_tom@skynet.be", "underscore"),
    ("zorgteam@go-atheneum.be", "dash in domain"),
    ("noor.el-amrani@outlook.com", "dash in name"),
    ("m.dubois@cpas-bruxelles.be", "French"),
    ("Tine.Claes@Katholiekonderwijs.Vlaanderen", "capitals"),
    ("ouders2b@school.be", "digit in name"),
    ("a.b@c.de", "short"),
    ("karim @ caw.be", "spaces around the at sign"),
    ("karim(at)caw.be", "(at)"),
    ("karim [at] caw.be", "[at] with spaces"),
    ("Lies.Wouters [AT] telenet.be", "[AT] in capitals"),
]
EMAIL_CONTEXTS = ["{}", "mail: {}", "Mail naar {}, graag.", "(contact: {})", "mama <{}>"]


def mobile(rng: random.Random) -> str:
    return f"04{rng.choice('5789')}{rng.randrange(0, 10**7):07d}"


def landline(rng: random.Random) -> str:
    zone = rng.choice(["2", "3", "9", "4", "50", "51", "56", "11", "13", "14", "15", "16", "52", "53", "89"])
    return "0" + zone + f"{rng.randrange(0, 10 ** (8 - len(zone))):0{8 - len(zone)}d}"


MOBILE_FORMS = [
    ("4 2 2 2", lambda d: f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}"),
    ("slash and dots", lambda d: f"{d[:4]}/{d[4:6]}.{d[6:8]}.{d[8:]}"),
    ("dashes", lambda d: f"{d[:4]}-{d[4:6]}-{d[6:8]}-{d[8:]}"),
    ("dots 2 2 2", lambda d: f"{d[:4]}.{d[4:6]}.{d[6:8]}.{d[8:]}"),
    ("4 3 3", lambda d: f"{d[:4]} {d[4:7]} {d[7:]}"),
    ("bare", lambda d: d),
    ("spaced slash", lambda d: f"{d[:4]} / {d[4:6]} {d[6:8]} {d[8:]}"),
    ("+32", lambda d: f"+32 {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}"),
    ("+32 bare", lambda d: f"+32{d[1:]}"),
    ("+32 (0)", lambda d: f"+32 (0){d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}"),
    ("0032", lambda d: f"0032 {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}"),
    ("2 2 2 2 2", lambda d: " ".join(d[i : i + 2] for i in range(0, 10, 2))),
    ("no-break spaces", lambda d: f"{d[:4]}{NBSP}{d[4:6]}{NBSP}{d[6:8]}{NBSP}{d[8:]}"),
    ("line break", lambda d: f"{d[:4]}\n{d[4:6]} {d[6:8]} {d[8:]}"),
    ("en dashes", lambda d: f"{d[:4]}{EN_DASH}{d[4:6]}{EN_DASH}{d[6:8]}{EN_DASH}{d[8:]}"),
    ("full-width", lambda d: fullwidth(f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}")),
    ("one-digit groups", lambda d: " ".join(d)),
    ("4 2 2 1 1", lambda d: f"{d[:4]} {d[4:6]} {d[6:8]} {d[8]} {d[9]}"),
]
LANDLINE_FORMS = [
    (
        "spaced",
        lambda d: (
            f"{d[:-7]} {d[-7:-4]} {d[-4:-2]} {d[-2:]}" if len(d) - 7 == 2 else f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"
        ),
    ),
    (
        "slash and dots",
        lambda d: (
            f"{d[:-7]}/{d[-7:-4]}.{d[-4:-2]}.{d[-2:]}" if len(d) - 7 == 2 else f"{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}"
        ),
    ),
    ("bare", lambda d: d),
    ("+32", lambda d: f"+32 {d[1:-6]} {d[-6:-4]} {d[-4:-2]} {d[-2:]}"),
]
INTERNATIONAL = [
    ("+31 6 12345678", "Netherlands mobile"),
    ("+31 20 123 4567", "Amsterdam"),
    ("0031 6 2345 6789", "Netherlands, 00"),
    ("+33 6 12 34 56 78", "France mobile"),
    ("+33 (0)1 42 68 53 00", "Paris with (0)"),
    ("+49 30 1234567", "Berlin"),
    ("+49 171 2345678", "Germany mobile"),
    ("+44 20 7946 0958", "London"),
    ("+352 621 123 456", "Luxembourg mobile"),
    ("+212 6 12 34 56 78", "Morocco mobile"),
    ("+90 532 123 45 67", "Turkey mobile"),
    ("+48 512 345 678", "Poland mobile"),
]
PHONE_CONTEXTS = ["{}", "gsm {}", "Bereikbaar op {} na 16 uur.", "tel.: {}", "(mama: {})"]

# --- look-alikes that are not identifiers -------------------------------------------------------------------


def kbo(rng: random.Random, first: str = "0") -> str:
    """A 10-digit enterprise number that passes the KBO check."""
    base = first + f"{rng.randrange(2 * 10**6 if first == '0' else 0, 10**7):07d}"
    return base + f"{97 - int(base) % 97:02d}"


def kbo_mobile(rng: random.Random) -> str:
    """A 10-digit 04xx number that passes the KBO check (an enterprise number or, after a cue, a mobile)."""
    number = f"04{rng.choice('5789')}{rng.randrange(0, 10**5):05d}"
    return number + f"{97 - int(number) % 97:02d}"


def fails_national_check(digits: str) -> bool:
    """Whether 11 digits are not a national or BIS number (wrong check digits, or no birth date in them)."""
    month, day = int(digits[2:4]), int(digits[4:6])
    month -= 40 if month > 40 else 20 if month > 20 else 0
    check = int(digits[9:])
    return not (month <= 12 and day <= 31 and check in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97))


def main() -> None:
    rng = random.Random(20261201)
    rows: list[tuple[str, str, str, str]] = []

    def add(text: str, kind: str, found: str, note: str) -> None:
        rows.append((text, kind, found, note))

    for index, (name, form) in enumerate(NATIONAL_FORMS):
        for bis, from_2000 in ((0, False), (0, True), (20, False), (40, True)):
            digits = national(rng, bis=bis, from_2000=from_2000)
            kind = "bis_number" if bis else "national_number"
            written = form(digits)
            context = CONTEXTS[(index + bis) % len(CONTEXTS)]
            add(
                context.format(written),
                kind,
                written,
                f"{name}{', born from 2000' if from_2000 else ''}{f', month +{bis}' if bis else ''}",
            )

    countries = [("BE", None), ("NL", "ABNA"), ("DE", None), ("LU", None), ("FR", None)]
    for index, (name, form) in enumerate(IBAN_FORMS):
        for country, bank in countries:
            if country == "BE":
                bban = belgian_bban(rng)
            elif country == "NL":
                bban = bank + f"{rng.randrange(10**9, 10**10)}"
            elif country == "DE":
                bban = f"{rng.randrange(10**17, 10**18)}"
            elif country == "LU":
                bban = f"{rng.randrange(100, 1000)}{rng.randrange(10**12, 10**13)}"
            else:
                bban = f"{rng.randrange(10**22, 10**23)}"
            written = form(iban(country, bban))
            add(
                ["Rekening {}.", "{}", "IBAN: {}", "stort op {} aub"][index % 4].format(written),
                "iban",
                written,
                f"{country}, {name}",
            )

    for index, (address, note) in enumerate(EMAILS):
        add(EMAIL_CONTEXTS[index % len(EMAIL_CONTEXTS)].format(address), "email", address, note)

    phone_index = 0
    for name, form in MOBILE_FORMS:
        for _ in range(2):
            written = form(mobile(rng))
            add(PHONE_CONTEXTS[phone_index % len(PHONE_CONTEXTS)].format(written), "phone", written, f"mobile, {name}")
            phone_index += 1
    for name, form in LANDLINE_FORMS:
        for _ in range(3):
            written = form(landline(rng))
            add(
                PHONE_CONTEXTS[phone_index % len(PHONE_CONTEXTS)].format(written), "phone", written, f"landline, {name}"
            )
            phone_index += 1
    for written, note in INTERNATIONAL:
        add(PHONE_CONTEXTS[phone_index % len(PHONE_CONTEXTS)].format(written), "phone", written, note)
        phone_index += 1
    for cue in ["gsm", "tel", "GSM", "telnr", "mobiel"]:
        written = mobile(rng)
        add(f"{cue}{written}", "phone", written, "mobile, cue glued to the number")
    for cue in ["gsm", "tel"]:  # a phone cue wins over the KBO check
        number = kbo_mobile(rng)
        written = f"{number[:4]}-{number[4:7]}-{number[7:]}"
        add(f"{cue} {written}", "phone", written, "mobile after a cue, 4-3-3 dashes, KBO check holds")
    for country, bban in [("BE", belgian_bban(rng)), ("NL", "ABNA" + f"{rng.randrange(10**9, 10**10)}")]:
        written = grouped(iban(country, bban))
        add(f"{written}X", "iban", written, f"{country}, groups of 4, a letter glued to the end")

    # Look-alikes. Enterprise numbers: the KBO's dotted form, bare or spaced with a valid check, after a cue.
    add("0456.789.012", "none", "", "enterprise number from the issue (dotted 4.3.3)")
    for first in "0011":
        number = kbo(rng, first)
        add(f"KBO {number[:4]}.{number[4:7]}.{number[7:]}", "none", "", "enterprise number, dotted")
        add(f"ondernemingsnummer {number}", "none", "", "enterprise number after a cue")
        add(f"BE {number[:4]}.{number[4:7]}.{number[7:]}", "none", "", "VAT number, BE and dots")
        add(f"BE{number}", "none", "", "VAT number, bare")
    for _ in range(6):
        number = "04" + kbo(rng)[2:]
        number = number[:8] + f"{97 - int(number[:8]) % 97:02d}"
        add(f"{number[:4]}.{number[4:7]}.{number[7:]}", "none", "", "enterprise number 04xx, dotted")
        add(number, "none", "", "enterprise number 04xx, bare, KBO check holds")
        add(f"{number[:4]} {number[4:7]} {number[7:]}", "none", "", "enterprise number 04xx, spaced 4 3 3, KBO check")
    for number, note in [
        ("0456-789-034", "from the issue"),
        ("0456/789/034", "from the issue"),
        ("0471-234-512", "from the issue"),
        ("0456.789.\n034", "from the issue, line break"),
    ]:
        add(number, "none", "", f"enterprise number 04xx, 4-3-3, KBO check holds, {note}")
    for index in range(12):
        number = kbo_mobile(rng)
        separator = ["-", "/", ".\n", " - ", "\n", "\u2013"][index % 6]
        add(
            f"onderneming {number[:4]}{separator}{number[4:7]}{separator}{number[7:]}",
            "none",
            "",
            f"enterprise number 04xx, 4-3-3 with {escape(separator)!r}, KBO check holds",
        )
    for _ in range(12):
        digits = f"{rng.randrange(10**10, 10**11)}"
        while not fails_national_check(digits):
            digits = f"{rng.randrange(10**10, 10**11)}"
        add(f"code {digits[:4]} {digits[4:8]} {digits[8:]}", "none", "", "11 digits 4 4 3, no national number")
    for _ in range(4):
        digits = national(rng)
        wrong = digits[:9] + f"{(int(digits[9:]) + 1) % 100:02d}"
        add(
            f"nummer {wrong[:2]}.{wrong[2:4]}.{wrong[4:6]}-{wrong[6:9]}.{wrong[9:]}",
            "none",
            "",
            "national number with a wrong check",
        )
        account = iban("BE", belgian_bban(rng))
        add(grouped(account[:-1] + str((int(account[-1]) + 1) % 10)), "none", "", "IBAN with a wrong check")
    for _ in range(12):
        day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2015, 2027)
        add(f"Afspraak op {day:02d}/{month:02d}/{year}", "none", "", "date, slashes")
        add(
            f"{day:02d}.{month:02d}.{year} om {rng.randrange(8, 18)}u{rng.choice(['00', '30'])}",
            "none",
            "",
            "date and time",
        )
        add(
            f"overleg {year}-{month:02d}-{day:02d} {rng.randrange(8, 18):02d}:{rng.choice(['00', '15', '30'])}",
            "none",
            "",
            "ISO date and time",
        )
    for _ in range(10):
        euros = rng.randrange(1, 100000)
        add(f"€ {euros:,}".replace(",", ".") + f",{rng.randrange(0, 100):02d}", "none", "", "amount, Belgian notation")
        add(f"{euros:,} euro".replace(",", " "), "none", "", "amount with spaces")
        add(
            f"{rng.randrange(1000, 10000)} {rng.choice(['Gent', 'Antwerpen', 'Brugge', 'Hasselt', 'Leuven'])}",
            "none",
            "",
            "postcode and town",
        )
    for text, note in [
        ("B-2000 Antwerpen", "postcode with country"),
        ("09.30-10.30", "time range"),
        ("08:30 - 12:00 en 13:00 - 15:30", "school hours"),
        ("9u30", "time"),
        ("C-7K4Q", "case code"),
        ("C-M3P9X2", "long case code"),
        ("Casus C-7K4Q en C-2HJ8", "two case codes"),
        ("+++090/9337/55493+++", "structured payment reference (OGM)"),
        ("591-1234567-89", "eID card number"),
        ("591123456789", "eID card number, bare"),
        ("schooljaar 2025-2026", "school year"),
        ("score 12/20 en 15/20", "marks"),
        ("lokaal 2.14", "room"),
        ("3 keer per week 10 minuten", "plain numbers"),
        ("dossier 2025/0123", "file number"),
        ("0470 12 34", "too short for a phone number"),
        ("04701234567890", "too long for a phone number"),
        ("bel 1712 of 112", "helplines"),
        ("versie 2.14.3", "version"),
        ("ISBN 978-90-223-1234-5", "ISBN"),
        ("1.234.567", "large number"),
        ("0,5 FTE", "fraction"),
        ("12,5 %", "percentage"),
        ("2015-2016-2017", "years"),
        ("1/3 van de klas", "fraction"),
        ("van 01.09.2025 tot 30.06.2026", "period"),
        ("geboren in maart 2015", "birth month only"),
        ("klas 3B, 24 leerlingen, 2 zorgleerkrachten", "class"),
        ("1.234.567,89", "amount with thousands dots"),
        ("€ 12.345.678,90", "large amount"),
        ("30-07-1985", "date with dashes"),
        ("30/07/1985 om 14:35", "date and time"),
        ("van 8u30 tot 15u45", "times"),
        ("14.35 - 15.20 uur", "times with dots"),
        ("9000 Gent, 1000 Brussel, 2000 Antwerpen", "postcodes"),
        ("B-9000 Gent", "postcode with country"),
        ("C-4X9Z, C-Q7M2 en C-88KD", "case codes"),
        ("karim@localhost", "no dot in the domain: not an address people use"),
        ("mail @ school", "at sign without an address"),
    ]:
        add(text, "none", "", note)

    lines = ["text\tkind\tfound\tnote"]
    lines += [f"{escape(text)}\t{kind}\t{escape(found)}\t{note}" for text, kind, found, note in rows]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    positives = sum(kind != "none" for _, kind, _, _ in rows)
    print(f"{TABLE}: {positives} positive and {len(rows) - positives} negative strings")


if __name__ == "__main__":
    main()
