"""Answers and record fields as short readable text, for the review, the records lists and kept answers."""

from __future__ import annotations

from datetime import date

from bouwsteen_tui.core.answers import (
    SELF_PARTNER,
    Answer,
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    FieldValue,
    OptionLabels,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    ScaleAnswer,
    TextAnswer,
    answer_fits,
    field_fits,
    option_label,
)
from bouwsteen_tui.core.content import (
    ChecklistQuestion,
    ChoiceQuestion,
    FieldKind,
    Question,
    RecordField,
    RecordsQuestion,
    ScaleQuestion,
)
from bouwsteen_tui.core.content import Option as PackOption
from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.widgets.base import Lookups


def answer_summary(question: Question | None, answer: Answer, lookups: Lookups) -> list[str]:
    """The answer as a few lines of text (empty when unanswered).

    It also reads an answer that no longer fits its question (the pack changed) or whose question is gone
    (``None``): an option the pack no longer has shows by the label it had when chosen, else by its id.
    """
    if question is not None and not answer_fits(question, answer):
        question = None  # the question's kind changed: its options say nothing about this answer
    match answer:
        case TextAnswer(text=text):
            return [line for line in text.strip().splitlines() if line.strip()]
        case ChoiceAnswer(selected=selected, other=other, primary=primary, labels=labels):
            options = question.options if isinstance(question, ChoiceQuestion) else []
            items = [option_label(s, options, labels) for s in selected] + [o for o in other if o.strip()]
            line = ", ".join(items)
            if primary:
                main = primary.removeprefix("other:") if primary.startswith("other:") else \
                    option_label(primary, options, labels)
                line += f"  (★ {main})"
            return [line] if items else []
        case ChecklistAnswer(checked=checked, labels=labels):
            ticks = question.items if isinstance(question, ChecklistQuestion) else []
            known = [i.id for i in ticks if i.id in checked]
            return [f"✓ {option_label(i, ticks, labels)}" for i in known + [c for c in checked if c not in known]]
        case DateAnswer(value=value):
            return [format_date(value)] if value else []
        case ScaleAnswer(value=value, labels=labels):
            options = question.options if isinstance(question, ScaleQuestion) else []
            return [option_label(value, options, labels)] if value else []
        case PartnerAnswer(partners=partners):
            names = dict(lookups.partners)
            return [", ".join(lookups.self_label if p == SELF_PARTNER else names.get(p, "?") for p in partners)] \
                if partners else []
        case RecordsAnswer(items=items):
            fields = question.fields if isinstance(question, RecordsQuestion) else None
            lines = []
            for number, record in enumerate(items, 1):
                values = _record_values(record, fields, lookups)
                if values or fields is not None:
                    lines.append(f"{number}. " + " · ".join(values))
            return lines
    return []


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
        title = " ".join(_record_values(record, [title_field], lookups)) if title_field not in wrong else ""
        values = [f"{f.label.rstrip('?.:')}: {kept_text(record.values[f.id], (record.labels or {}).get(f.id))}"
                  for f in wrong]
        lines.append(f"{number}. " + " · ".join([title, *values] if title else values))
    return lines


def _record_values(record: Record, fields: list[RecordField] | None, lookups: Lookups) -> list[str]:
    """A record's values in the order of its fields; all of them, as stored, when its question is gone."""
    if fields is None:
        return [v for fid, value in record.values.items() if (v := kept_text(value, (record.labels or {}).get(fid)))]
    texts = []
    for field in fields:
        value = record.values.get(field.id)
        if field_fits(field, value):
            text = field_text(field, value, lookups, lookups.self_label)
        else:
            text = kept_text(value, (record.labels or {}).get(field.id))
        if text:
            texts.append(text)
    return texts


def field_text(field: RecordField, value: FieldValue | None, lookups: Lookups, self_label: str,
               labels: OptionLabels | None = None) -> str:
    """A record field's value as a short text for lists; a value that no longer fits the field (a changed pack)
    as it was stored, options by the labels remembered with it (``labels``)."""
    if value is None:
        return ""
    if not field_fits(field, value):
        return kept_text(value, labels)
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, date):
        return format_date(value)
    labels = {o.id: o.label for o in field.options}
    if isinstance(value, list):
        return ", ".join(labels.get(v, v) for v in value)
    if field.kind is FieldKind.PARTNER:
        if value == SELF_PARTNER:
            return self_label
        return dict(lookups.partners).get(value, "?")
    if field.kind is FieldKind.RECORD:
        return dict(lookups.records.get(field.source, [])).get(value, "?")
    if field.kind in (FieldKind.SCALE, FieldKind.CHOICE):
        return labels.get(value, value)
    return " ".join(value.split())


def kept_text(value: FieldValue | None, labels: OptionLabels | None) -> str:
    """A stored value that fits no field: option ids by their remembered label, yes/no as ✓/✗."""
    no_options: list[PackOption] = []
    match value:
        case None:
            return ""
        case bool():
            return "✓" if value else "✗"
        case date():
            return format_date(value)
        case list():
            return ", ".join(option_label(v, no_options, labels) for v in value)
    return " ".join(option_label(value, no_options, labels).split())
