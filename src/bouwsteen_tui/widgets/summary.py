"""Answers and record fields as short readable text, for the review, the records lists and kept answers.

The text comes from each kind's presentation (``core.kinds``), as in the exports; this module only arranges it
in lines.
"""

from __future__ import annotations

from typing import assert_never

from bouwsteen_tui.core.kinds import (
    Answer,
    FieldValue,
    Form,
    OptionLabels,
    Question,
    RecordField,
    RecordsAnswer,
    RecordsQuestion,
    field_fits,
    present,
    stored_text,
)
from bouwsteen_tui.core.kinds import field_text as kind_field_text
from bouwsteen_tui.widgets.base import Lookups


def _one_line(text: str) -> str:
    return " ".join(text.split())


def answer_summary(question: Question | None, answer: Answer, lookups: Lookups) -> list[str]:
    """The answer as a few lines of text (empty when unanswered).

    It also reads an answer that no longer fits its question (the pack changed) or whose question is gone
    (``None``): an option the pack no longer has shows by the label it had when chosen, else by its id.
    """
    shown = present(question, answer, lookups)
    entries = shown.entries
    match shown.form:
        case Form.TEXT:
            return [line for e in entries for line in e.text.strip().splitlines() if line.strip()]
        case Form.VALUE | Form.LIST:
            line = ", ".join(e.text for e in entries)
            main = next((e.text for e in entries if e.primary), "")
            return [f"{line}  (★ {main})" if main else line] if entries else []
        case Form.CHECKLIST:
            return [f"✓ {e.text}" for e in entries if e.checked]
        case Form.RECORDS:
            known = question is not None and question.kind == answer.kind
            return [f"{number}. " + " · ".join(_one_line(text) for _fid, text in e.fields)
                    for number, e in enumerate(entries, 1) if e.fields or known]
        case _:
            assert_never(shown.form)


def kept_summary(question: Question, answer: Answer, lookups: Lookups) -> list[str]:
    """What of ``answer`` no longer fits ``question``, as lines: for records only the values that no longer fit
    (numbered as in the list, with the field's label); for any other answer the whole answer."""
    if not (isinstance(question, RecordsQuestion) and isinstance(answer, RecordsAnswer)):
        return answer_summary(question, answer, lookups)
    title_field = next(f for f in question.fields if f.id == question.title_field_id)
    lines = []
    for number, record in enumerate(answer.items, 1):
        wrong = [f for f in question.fields if f.id in record.values and not field_fits(f, record.values[f.id])]
        if not wrong:
            continue
        title = "" if title_field in wrong else " ".join(_one_line(t) for _f, t in record.texts([title_field], lookups))
        values = [f"{f.label.rstrip('?.:')}: {kept_text(record.values[f.id], (record.labels or {}).get(f.id))}"
                  for f in wrong]
        lines.append(f"{number}. " + " · ".join([title, *values] if title else values))
    return lines


def field_text(
    field: RecordField, value: FieldValue | None, lookups: Lookups, labels: OptionLabels | None = None
) -> str:
    """A record field's value as a short text for lists (the kinds' text, on one line); a value that no longer fits
    the field (a changed pack) as it was stored, options by the labels remembered with it (``labels``)."""
    return _one_line(kind_field_text(field, value, lookups, labels))


def kept_text(value: FieldValue | None, labels: OptionLabels | None) -> str:
    """A stored value that fits no field: option ids by their remembered label, yes/no as ✓/✗."""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return _one_line(stored_text(value, Lookups(), labels))
