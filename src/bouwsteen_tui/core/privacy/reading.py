"""Reading a text the way a reader sees it, before the identifier detectors run.

Unicode NFKC, every dash variant read as "-", every space variant (no-break, thin, figure space, tab) as one space,
fraction and division slashes as "/", invisible characters (soft hyphen, zero-width space) dropped, digits of any
script as 0-9, and a single line break between two parts of a number as a space. An offset map carries every span
found in the read text back to its span in the ORIGINAL text; the read text is never written anywhere.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

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
class Normalised:
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


def normalise(text: str) -> Normalised:
    """``text`` as a reader sees it (see the module docstring), with the map back to the original."""
    if _SPECIAL_RE.search(text) is None:
        return Normalised(text, [], [], [], [])
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
    return Normalised("".join(out), norm_starts, orig_starts, orig_ends, identity)


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


