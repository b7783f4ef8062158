"""Plain language for the family sheet: abbreviations a parent will not understand unless the text explains them.

A text for parents and a young person avoids abbreviations, or says what they are (DOMAIN: about level B1).
:func:`unexplained_abbreviations` finds the ones a text leaves unexplained: the known abbreviations of Flemish
education and welfare (CLB, CAW, OCMW, …) and any other word of two to five capitals. An abbreviation counts as
explained when the text holds its long form (Dutch or English, any case), when brackets right after it say what it
is ("het CLB (centrum voor leerlingenbegeleiding)"), or when it stands in brackets right after its explanation
("de dienst die helpt bij schulden (CAW)"). Once explained, every use of it in the text is.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import re

# Known abbreviations → their long forms, Dutch and English (a text that holds any of them explains the abbreviation).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "CLB": ("centrum voor leerlingenbegeleiding", "pupil guidance centre", "pupil guidance center"),
    "CAW": ("centrum algemeen welzijnswerk", "centrum voor algemeen welzijnswerk", "centre for general welfare work",
            "center for general welfare work"),
    "OCMW": ("openbaar centrum voor maatschappelijk welzijn", "public centre for social welfare",
             "public center for social welfare"),
    "CGG": ("centrum voor geestelijke gezondheidszorg", "centrum geestelijke gezondheidszorg", "mental health centre",
            "mental health center"),
    "MDO": ("multidisciplinair overleg", "multidisciplinary meeting", "multidisciplinary consultation"),
    "JAC": ("jongerenadviescentrum", "jongeren advies centrum", "youth advice centre", "youth advice center"),
    "OCJ": ("ondersteuningscentrum jeugdzorg", "youth care support centre", "youth care support center"),
    "VK": ("vertrouwenscentrum kindermishandeling", "confidential centre for child abuse",
           "confidential center for child abuse"),
    "GON": ("geïntegreerd onderwijs", "integrated education"),
    "ION": ("inclusief onderwijs", "inclusive education"),
    "IJH": ("integrale jeugdhulp", "integrated youth care"),
    "CKG": ("centrum voor kinderzorg en gezinsondersteuning", "centre for childcare and family support",
            "center for childcare and family support"),
    "OKAN": ("onthaalklas voor anderstalige nieuwkomers", "reception class for non-dutch-speaking newcomers",
             "reception class for newcomers"),
    "VAPH": ("vlaams agentschap voor personen met een handicap", "flemish agency for persons with disabilities"),
    "ITP": ("intersectorale toegangspoort", "intersectoral gateway"),
    "LVS": ("leerlingvolgsysteem", "pupil monitoring system"),
    "BuO": ("buitengewoon onderwijs", "special needs education", "special education"),
    "BuSO": ("buitengewoon secundair onderwijs", "special needs secondary education", "special secondary education"),
    "BuBaO": ("buitengewoon basisonderwijs", "special needs primary education", "special primary education"),
    "RRN": ("rijksregisternummer", "national register number"),
}

# Words in capitals that every reader knows: not worth a warning.
COMMON = frozenset({"OK", "TV", "WC", "PC", "GSM", "SMS"})

_CAPITALS = re.compile(r"(?<!\w)[A-Z]{2,}(?!\w)")
_KNOWN = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)) + r")(?!\w)")
_SPACES = re.compile(r"\s+")
_ARTICLE = r"(?:(?i:het|de|een|the|a|an)\s+)?"


def _candidates(text: str) -> list[str]:
    """Every abbreviation in ``text``, in order: known ones (also mixed case, as BuSO) and capitals of 2–5 letters.

    Capitals next to other capitals (only spaces between) are a phrase in capitals ("LET OP"), not abbreviations,
    unless they are known ones.
    """
    found = {m.start(): m.group() for m in _KNOWN.finditer(text)}
    capitals = [m for m in _CAPITALS.finditer(text) if m.group() not in ABBREVIATIONS]
    for index, m in enumerate(capitals):
        if len(m.group()) > 5 or m.group() in COMMON:
            continue
        neighbours = capitals[index - 1: index] + capitals[index + 1: index + 2]
        if any(not text[min(m.end(), n.end()): max(m.start(), n.start())].strip() for n in neighbours):
            continue
        found[m.start()] = m.group()
    return [found[start] for start in sorted(found)]


def _explained_by_brackets(text: str, abbreviation: str) -> bool:
    """Brackets right after the abbreviation that say something, or the abbreviation alone in brackets after text."""
    name = re.escape(abbreviation)
    after = re.compile(r"(?<!\w)" + name + r"(?:'s|-\w+)?\s*[(\[]([^)\]]*)[)\]]")
    if any(any(not word.isupper() for word in re.findall(r"[^\W\d_]{2,}", m.group(1))) for m in after.finditer(text)):
        return True
    alone = re.compile(r"[(\[]\s*" + _ARTICLE + name + r"\s*[)\]]")
    for m in alone.finditer(text):
        words = re.findall(r"[^\W\d_]{2,}", text[: m.start()])
        if words and not words[-1].isupper():  # "… bij schulden (CAW)", not "CAW (CLB)"
            return True
    return False


def is_explained(text: str, abbreviation: str) -> bool:
    """Whether ``text`` explains ``abbreviation``: its long form, or brackets after it or around it."""
    flat = _SPACES.sub(" ", text).casefold()
    if any(long.casefold() in flat for long in ABBREVIATIONS.get(abbreviation, ())):
        return True
    return _explained_by_brackets(text, abbreviation)


def unexplained_abbreviations(text: str) -> list[str]:
    """The abbreviations ``text`` uses without explaining them, each once, in the order they first appear."""
    out: list[str] = []
    for abbreviation in _candidates(text):
        if abbreviation not in out and not is_explained(text, abbreviation):
            out.append(abbreviation)
    return out
