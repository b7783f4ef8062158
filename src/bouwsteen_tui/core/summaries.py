"""What the lists of cases show, without the cases' content (the summaries kept in the case index), and a step's
progress.

Plain Python (no pydantic): the home screen draws its list of cases from the index before the core's models are
loaded (:mod:`.home_cache`). :mod:`.answers` makes the summaries from cases and names them too.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeGuard

# The version of every document the workspace holds (answers.py's models carry it).
# 1: the first release. 2: a closed case records when it was closed (``closed_on``), for retention.
SCHEMA_VERSION = 2


class CaseStatus(StrEnum):
    """Whether a case is being worked on."""

    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What lists of cases show, without the case's content: kept in the workspace index.

    A slotted dataclass rather than a pydantic model: the home screen keeps one per case in memory, and a workspace
    of a few school years holds thousands (about 0.3 KB each, against 1.4 KB for a model).
    """

    code: str
    created: date
    keep_until: date
    pack_id: str  # the pack the case belongs to (core/packs.py): lists show the current pack's cases only
    description: str = ""
    status: CaseStatus = CaseStatus.OPEN
    closed_on: date | None = None
    answered: tuple[str, ...] = ()  # ids of answered questions
    report_dates: tuple[date, ...] = ()
    mtime_ns: int = 0
    size: int = 0

    def next_report_back(self, today: date) -> date | None:
        """The earliest report-back date from ``today`` on, if any."""
        upcoming = [d for d in self.report_dates if d >= today]
        return min(upcoming) if upcoming else None

    def expired(self, today: date) -> bool:
        return self.keep_until < today

    def to_json(self) -> dict[str, Any]:
        """The summary as an entry of the index file (dates as ISO text)."""
        return {
            "code": self.code,
            "pack_id": self.pack_id,
            "description": self.description,
            "status": self.status.value,
            "created": self.created.isoformat(),
            "keep_until": self.keep_until.isoformat(),
            "closed_on": self.closed_on.isoformat() if self.closed_on is not None else None,
            "answered": list(self.answered),
            "report_dates": [d.isoformat() for d in self.report_dates],
            "mtime_ns": self.mtime_ns,
            "size": self.size,
        }

    @classmethod
    def from_json(cls, entry: object) -> CaseSummary:
        """An index entry as a summary; ``ValueError`` (its case file is read) when it is not one or has no pack."""
        if not isinstance(entry, dict):
            raise ValueError("an index entry is an object")
        answered = entry.get("answered", [])
        report_dates = entry.get("report_dates", [])
        closed_on = entry.get("closed_on")
        if not (
            isinstance(code := entry.get("code"), str)
            and isinstance(pack_id := entry.get("pack_id"), str)
            and isinstance(description := entry.get("description", ""), str)
            and isinstance(answered, list)
            and all(isinstance(a, str) for a in answered)
            and isinstance(report_dates, list)
            and _is_int(mtime_ns := entry.get("mtime_ns", 0))
            and _is_int(size := entry.get("size", 0))
        ):
            raise ValueError("an index entry has a missing or wrongly typed field")
        return cls(
            code=code,
            pack_id=sys.intern(pack_id),
            description=description,
            status=_status(entry.get("status", "open")),
            created=_iso_date(entry.get("created")),
            keep_until=_iso_date(entry.get("keep_until")),
            closed_on=None if closed_on is None else _iso_date(closed_on),
            answered=tuple(sys.intern(a) for a in answered),  # the same few question ids in every case
            report_dates=tuple(map(_iso_date, report_dates)),
            mtime_ns=mtime_ns,
            size=size,
        )


_STATUSES = {status.value: status for status in CaseStatus}


def _status(value: object) -> CaseStatus:
    """A status by its value; ``ValueError`` for anything else (a dict lookup: faster than ``CaseStatus(value)``)."""
    found = _STATUSES.get(value) if isinstance(value, str) else None
    if found is None:
        raise ValueError(f"not a case status: {value!r}")
    return found


_DATES: dict[object, date] = {}  # each date read once: a workspace's cases share a few hundred dates, not thousands


def _iso_date(value: object) -> date:
    """``YYYY-MM-DD`` as a date; ``ValueError`` for anything else."""
    found = _DATES.get(value) if isinstance(value, str) else None
    if found is None:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(f"not a date: {value!r}")
        found = _DATES[value] = date.fromisoformat(value)
    return found


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True, slots=True)
class StepProgress:
    """Questions answered of total, checklist items ticked of total; ``kept``: questions whose answer no longer fits
    (the pack changed since), not counted as answered but still there to show and export."""

    answered: int
    total: int
    checked: int
    checklist_total: int
    kept: int = 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.answered == self.total
