"""Dates as the user types and reads them: dd-mm-jjjj (Flemish habit), ISO accepted too; and the one place the
app asks the system what day and time it is (:func:`today`, :func:`now`), so tests fix the date in one spot.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime


def today() -> date:
    """Today's date: every part of the app (screens, exports, cases, the CLI) asks here, nowhere else."""
    return date.today()


def now() -> datetime:
    """The current moment in UTC, to the second (when a document was saved, an export made, a copy set aside)."""
    return datetime.now(UTC).replace(microsecond=0)


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
