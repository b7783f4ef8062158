"""Repeatable records with typed fields (partners, agreements, meetings …): a question, its answer, and how it
reads."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Callable
from typing import Literal

from pydantic import Field, model_validator

from bouwsteen_tui.core.kinds.base import (
    AnswerBase,
    AnswerModel,
    Entry,
    FieldKind,
    Form,
    GuardText,
    KindSpec,
    Names,
    OptionLabels,
    QuestionBase,
    RecordField,
    Shown,
    labels_of,
    strings_in,
)
from bouwsteen_tui.core.kinds.fields import FieldValue, field_fits, field_text, has_value, stored_text

RECORD_ID_PATTERN = r"^[a-z]-[0-9a-z]{4,16}$"
CHOSEN_FIELDS = ("scale", "choice", "choices")  # field kinds whose value is one or more option ids


def new_record_id(prefix: str = "r") -> str:
    """A random id for a record of a repeatable question (``p-…`` for partners)."""
    return f"{prefix}-{secrets.token_hex(4)}"


class Record(AnswerModel):
    """One record of a repeatable question: field id → value (text, date, option id, partner id, yes/no)."""

    id: str = Field(default_factory=new_record_id, pattern=RECORD_ID_PATTERN)
    values: dict[str, FieldValue] = Field(default_factory=dict)
    labels: dict[str, OptionLabels] | None = None  # field id → labels of its chosen options (see ChoiceAnswer)

    def text(self, field_id: str) -> str:
        value = self.values.get(field_id)
        return value if isinstance(value, str) else ""

    def date(self, field_id: str) -> datetime.date | None:
        value = self.values.get(field_id)
        return value if isinstance(value, datetime.date) else None

    def flag(self, field_id: str) -> bool:
        return self.values.get(field_id) is True

    def options(self, field_id: str) -> list[str]:
        value = self.values.get(field_id)
        return list(value) if isinstance(value, list) else []

    def has_values(self) -> bool:
        """Whether any of its fields holds a value."""
        return any(has_value(v) for v in self.values.values())

    def texts(self, fields: list[RecordField] | None, names: Names) -> tuple[tuple[str, str], ...]:
        """(field id, text) of each value, in the order of ``fields``; all values as stored when they are unknown."""
        kept = self.labels or {}
        if fields is None:
            pairs = [(fid, stored_text(value, names, kept.get(fid))) for fid, value in self.values.items()]
        else:
            pairs = [(f.id, field_text(f, self.values.get(f.id), names, kept.get(f.id))) for f in fields]
        return tuple((fid, text) for fid, text in pairs if text)


class RecordsAnswer(AnswerBase):
    """The records of a repeatable question, in the user's order."""

    kind: Literal["records"] = "records"
    items: list[Record] = Field(default_factory=list)

    def get(self, record_id: str) -> Record | None:
        for record in self.items:
            if record.id == record_id:
                return record
        return None

    def is_answered(self) -> bool:
        return any(r.has_values() for r in self.items)

    def guard_texts(self) -> list[GuardText]:
        """Every string of every record's values, named by field and record (never a record's id)."""
        return [
            (field_id, index, text)
            for index, record in enumerate(self.items)
            for field_id, value in record.values.items()
            for text in strings_in(value)
        ]

    def partner_ids(self, question: QuestionBase | None) -> list[str]:
        """The values of the question's partner fields, record by record."""
        found: list[str] = []
        for record in self.items:
            for field_id in _partner_fields(question):
                value = record.values.get(field_id)
                found += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
        return found

    def with_partners(self, question: QuestionBase | None, swap: Callable[[str], str]) -> RecordsAnswer:
        fields = _partner_fields(question)
        items = []
        for record in self.items:
            values = dict(record.values)
            for field_id in fields & values.keys():
                value = values[field_id]
                if isinstance(value, str):
                    values[field_id] = swap(value)
                elif isinstance(value, list):
                    values[field_id] = [swap(v) for v in value]
            items.append(Record(id=record.id, values=values))
        return RecordsAnswer(items=items)

    def present(self, question: QuestionBase | None, names: Names) -> Shown:
        """One entry per record, in the user's order: its title (the title field's text) and its fields' texts."""
        known = question if isinstance(question, RecordsQuestion) else None
        fields = known.fields if known is not None else None
        entries = []
        for record in self.items:
            texts = record.texts(fields, names)
            title = dict(texts).get(known.title_field_id, "") if known is not None else ""
            entries.append(Entry(title, fields=texts))
        return Shown(Form.RECORDS, tuple(entries))


def _partner_fields(question: QuestionBase | None) -> set[str]:
    """The ids of the partner fields of a records question (none when it is unknown)."""
    if not isinstance(question, RecordsQuestion):
        return set()
    return {f.id for f in question.fields if f.kind is FieldKind.PARTNER}


class RecordsQuestion(QuestionBase):
    """Repeatable records with typed fields (partners, agreements, meetings …)."""

    kind: Literal["records"]
    fields: list[RecordField] = Field(min_length=1)
    item_label: str = ""  # "partner", "afspraak": used in "add another …"
    title_field: str = ""  # the field that names a record in lists; default: the first field

    @model_validator(mode="after")
    def _fields_ok(self) -> RecordsQuestion:
        seen: set[str] = set()
        for field in self.fields:
            if field.id in seen:
                raise ValueError(f"duplicate field id {field.id!r}")
            seen.add(field.id)
        if self.title_field and self.title_field not in seen:
            raise ValueError(f"title_field {self.title_field!r} is not one of the fields")
        return self

    @property
    def title_field_id(self) -> str:
        return self.title_field or self.fields[0].id

    def empty_answer(self) -> RecordsAnswer:
        return RecordsAnswer()

    def fits(self, answer: AnswerBase) -> bool:
        return isinstance(answer, RecordsAnswer) and all(
            field_fits(f, r.values[f.id]) for r in answer.items for f in self.fields if f.id in r.values
        )

    def remember_labels(self, answer: AnswerBase, previous: AnswerBase | None) -> AnswerBase:
        """Each record with the labels of its chosen options (records are returned whole by ``fitting_part``: their
        dialog keeps the values that no longer fit, field by field)."""
        if not isinstance(answer, RecordsAnswer):
            return answer
        before = {r.id: r for r in previous.items} if isinstance(previous, RecordsAnswer) else {}
        return answer.model_copy(update={"items": [self._record_labels(r, before.get(r.id)) for r in answer.items]})

    def _record_labels(self, record: Record, previous: Record | None) -> Record:
        labels: dict[str, OptionLabels] = {}
        for field in self.fields:
            value = record.values.get(field.id)
            chosen = [value] if isinstance(value, str) else value if isinstance(value, list) else []
            if field.kind not in CHOSEN_FIELDS or not chosen:
                continue
            kept = labels_of(
                chosen, {o.id: o.label for o in field.options},
                (record.labels or {}).get(field.id), ((previous.labels if previous else None) or {}).get(field.id),
            )
            if kept:
                labels[field.id] = kept
        if labels == (record.labels or {}):
            return record
        return record.model_copy(update={"labels": labels or None})

    def is_short(self) -> bool:
        return False


SPEC = KindSpec("records", RecordsQuestion, RecordsAnswer)
