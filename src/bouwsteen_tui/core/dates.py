"""Dates as the user types and reads them: dd-mm-jjjj (Flemish habit), ISO accepted too.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from datetime import date

_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> date | None:
    """``dd-mm-jjjj`` (also with / or .) or ``jjjj-mm-dd``; ``None`` for empty text.

    Raises :class:`ValueError` for text that is not a valid date.
    """
    if not text.strip():
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError(f"not a date: {text!r}")


def format_date(value: date | None) -> str:
    """``dd-mm-jjjj``, or the empty string."""
    return value.strftime("%d-%m-%Y") if value is not None else ""
