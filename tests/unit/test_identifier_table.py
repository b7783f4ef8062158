"""The identifier table (tests/data/identifiers/identifiers.tsv): recall and false alarms of the scanner by kind.

The table holds synthetic strings with computed check digits (tests/data/identifiers/make_table.py makes it).
Print the figures with ``python -m tests.unit.test_identifier_table``.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from bouwsteen_tui.core.privacy import IdentifierKind, scan

TABLE = Path(__file__).parents[1] / "data" / "identifiers" / "identifiers.tsv"
TARGETS = {  # the least recall each kind must reach
    IdentifierKind.NATIONAL_NUMBER: 1.0,
    IdentifierKind.BIS_NUMBER: 1.0,
    IdentifierKind.IBAN: 1.0,
    IdentifierKind.EMAIL: 1.0,
    IdentifierKind.PHONE: 0.95,
}


@dataclass(frozen=True)
class Row:
    text: str
    kind: IdentifierKind | None
    found: str
    note: str


def unescape(text: str) -> str:
    return text.encode("ascii").decode("unicode_escape")


def load_table() -> list[Row]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return [
            Row(
                unescape(r["text"]),
                None if r["kind"] == "none" else IdentifierKind(r["kind"]),
                unescape(r["found"]),
                r["note"],
            )
            for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def is_found(row: Row) -> bool:
    """Whether the scanner reports the row's identifier: its kind, exactly its span."""
    return any(f.kind is row.kind and row.text[f.start : f.end] == row.found for f in scan(row.text))


@dataclass(frozen=True)
class Figures:
    positives: Counter[IdentifierKind]
    found: Counter[IdentifierKind]
    negatives: int
    false_alarms: Counter[IdentifierKind]  # kinds reported in strings that hold no identifier

    def recall(self, kind: IdentifierKind) -> float:
        return self.found[kind] / self.positives[kind]


def measure(rows: list[Row]) -> Figures:
    positives: Counter[IdentifierKind] = Counter()
    found: Counter[IdentifierKind] = Counter()
    false_alarms: Counter[IdentifierKind] = Counter()
    negatives = 0
    for row in rows:
        if row.kind is None:
            negatives += 1
            false_alarms.update(f.kind for f in scan(row.text))
        else:
            positives[row.kind] += 1
            found[row.kind] += is_found(row)
    return Figures(positives, found, negatives, false_alarms)


ROWS = load_table()
FIGURES = measure(ROWS)


def test_the_table_holds_at_least_100_positive_and_100_negative_strings() -> None:
    """The figures rest on enough strings: at least 100 with an identifier, 100 without, every kind present."""
    assert sum(FIGURES.positives.values()) >= 100
    assert FIGURES.negatives >= 100
    assert set(TARGETS) <= set(FIGURES.positives)


@pytest.mark.parametrize("kind", list(TARGETS))
def test_recall_meets_the_target_for_each_kind(kind: IdentifierKind) -> None:
    """Register/BIS numbers, IBANs and e-mail addresses are all found; phone numbers at least 95 %."""
    missed = [row.text for row in ROWS if row.kind is kind and not is_found(row)]
    assert FIGURES.recall(kind) >= TARGETS[kind], missed


def test_strings_without_identifiers_give_no_false_alarm() -> None:
    """Enterprise numbers, amounts, dates, times, postcodes, case codes and other look-alikes are left alone."""
    alarms = [(row.text, row.note) for row in ROWS if row.kind is None and scan(row.text)]
    assert alarms == []


if __name__ == "__main__":
    print(f"{'kind':<18}{'strings':>8}{'found':>8}{'recall':>9}")
    for kind in TARGETS:
        print(f"{kind.value:<18}{FIGURES.positives[kind]:>8}{FIGURES.found[kind]:>8}{FIGURES.recall(kind):>9.1%}")
    alarms = sum(FIGURES.false_alarms.values())
    print(f"{'none':<18}{FIGURES.negatives:>8}  false alarms: {alarms} {dict(FIGURES.false_alarms) or ''}")
