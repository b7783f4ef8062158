"""Answers: what the user typed, as pydantic models keyed by question id.

Three documents hold answers: the role card (a profile step), the network (a network step) and any number of
cases (case steps). Each is a :class:`Sheet` or a :class:`Case`; both carry a schema version and the id of the
content pack they answer. Answers to questions that the current pack no longer has are kept as they are.

This module is part of the core: it imports neither textual nor rich.
"""

from __future__ import annotations

import secrets
import sys
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeGuard

from pydantic import BaseModel, ConfigDict, Field

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.content import (
    ChecklistQuestion,
    ChoiceQuestion,
    DateQuestion,
    FieldKind,
    Option,
    Pack,
    PartnerQuestion,
    Question,
    RecordField,
    RecordsQuestion,
    ScaleQuestion,
    Scope,
    Step,
    TextQuestion,
)

# 1: the first release. 2: a closed case records when it was closed (``closed_on``), for retention.
SCHEMA_VERSION = 2

# Unambiguous letters and digits: no 0/O, 1/I/L, so a code can be read aloud in a meeting.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CASE_CODE_PATTERN = r"^C-[2-9A-HJKMNP-Z]{4,8}$"
RECORD_ID_PATTERN = r"^[a-z]-[0-9a-z]{4,16}$"

SELF_PARTNER = "self"  # a partner field may name the user's own organisation


def new_case_code(taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A fresh random pseudonymous case code such as ``C-7K4Q`` that is not in ``taken``."""
    length = 4
    for attempt in range(10_000):
        if attempt and attempt % 100 == 0:
            length += 1  # the 4-letter space (~920,000 codes) is crowded: use longer codes
        code = "C-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
        if code not in taken:
            return code
    raise RuntimeError("no free case code found")  # pragma: no cover - astronomically unlikely


def new_record_id(prefix: str = "r") -> str:
    """A random id for a record of a repeatable question (``p-…`` for partners)."""
    return f"{prefix}-{secrets.token_hex(4)}"


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Option id → the option's label when the user chose it. A trainer may later remove or rename the option; the
# answer then no longer fits its question but is kept, and shown by this label rather than by its internal id.
# Written only when there is a label to keep (older files, without it, load as they are).
OptionLabels = dict[str, str]


class TextAnswer(_Answer):
    """The answer to a free-text question."""

    kind: Literal["text"] = "text"
    text: str = ""


class ChoiceAnswer(_Answer):
    """Selected option ids, the user's own additions, and optionally the primary one."""

    kind: Literal["choice"] = "choice"
    selected: list[str] = Field(default_factory=list)
    other: list[str] = Field(default_factory=list)
    primary: str = ""
    labels: OptionLabels | None = None  # the chosen options' labels, shown if a changed pack drops an option
    # An own addition being typed, not yet added with Enter: saved like any typing, so that closing the window or
    # a crash does not lose it, and put back in its field on the next start. Not part of the answer until added.
    adding: str | None = None


class ChecklistAnswer(_Answer):
    """Ticked checklist item ids."""

    kind: Literal["checklist"] = "checklist"
    checked: list[str] = Field(default_factory=list)
    labels: OptionLabels | None = None  # the ticked items' labels, shown if a changed pack drops an item


class DateAnswer(_Answer):
    """A date, or none yet."""

    kind: Literal["date"] = "date"
    value: date | None = None


class ScaleAnswer(_Answer):
    """The chosen option id of a scale."""

    kind: Literal["scale"] = "scale"
    value: str = ""
    labels: OptionLabels | None = None  # the chosen step's label, shown if a changed pack drops the step


FieldValue = bool | date | str | list[str]


class Record(_Answer):
    """One record of a repeatable question: field id → value (text, date, option id, partner id, yes/no)."""

    id: str = Field(default_factory=new_record_id, pattern=RECORD_ID_PATTERN)
    values: dict[str, FieldValue] = Field(default_factory=dict)
    labels: dict[str, OptionLabels] | None = None  # field id → labels of its chosen options (see ChoiceAnswer)

    def text(self, field_id: str) -> str:
        value = self.values.get(field_id)
        return value if isinstance(value, str) else ""

    def date(self, field_id: str) -> date | None:
        value = self.values.get(field_id)
        return value if isinstance(value, date) else None

    def flag(self, field_id: str) -> bool:
        return self.values.get(field_id) is True

    def options(self, field_id: str) -> list[str]:
        value = self.values.get(field_id)
        return list(value) if isinstance(value, list) else []


class RecordsAnswer(_Answer):
    """The records of a repeatable question, in the user's order."""

    kind: Literal["records"] = "records"
    items: list[Record] = Field(default_factory=list)

    def get(self, record_id: str) -> Record | None:
        for record in self.items:
            if record.id == record_id:
                return record
        return None


DraftValue = bool | str | list[str]


class RecordDraft(_Answer):
    """A record dialog's content as typed (invalid dates as text), saved while the dialog is open.

    Kept in the document that owns the record, so that a crash loses nothing: the dialog offers it back when
    the record (or, for a new record, its question) is opened again. Removed when the dialog closes.
    """

    question_id: str
    record_id: str = ""  # empty while the record is new
    values: dict[str, DraftValue] = Field(default_factory=dict)
    saved: datetime = Field(default_factory=lambda: _now())


# Where a case keeps its short description while it is being edited: not a question id (those match [a-z][a-z0-9_]*),
# so no records widget takes it for one of its own drafts.
DESCRIPTION_DRAFT = "~description"


def draft_key(question_id: str, record_id: str = "") -> str:
    """Where the draft of a record lives in :attr:`AnswerSet.drafts`: question id and record id (or "new")."""
    return f"{question_id}:{record_id or 'new'}"


class PartnerAnswer(_Answer):
    """Ids of partners of the network map (or :data:`SELF_PARTNER`)."""

    kind: Literal["partner"] = "partner"
    partners: list[str] = Field(default_factory=list)


Answer = Annotated[
    TextAnswer | ChoiceAnswer | ChecklistAnswer | DateAnswer | ScaleAnswer | RecordsAnswer | PartnerAnswer,
    Field(discriminator="kind"),
]

_ANSWER_FOR: dict[type, type[BaseModel]] = {
    TextQuestion: TextAnswer,
    ChoiceQuestion: ChoiceAnswer,
    ChecklistQuestion: ChecklistAnswer,
    DateQuestion: DateAnswer,
    ScaleQuestion: ScaleAnswer,
    RecordsQuestion: RecordsAnswer,
    PartnerQuestion: PartnerAnswer,
}


def empty_answer(question: Question) -> Answer:
    """A fresh, empty answer of the kind that ``question`` asks for."""
    answer: Answer = _ANSWER_FOR[type(question)]()  # type: ignore[assignment]
    return answer


def answer_fits(question: Question, answer: Answer) -> bool:
    """Whether ``answer`` is of the kind ``question`` asks for (a pack may change a question's kind)."""
    return isinstance(answer, _ANSWER_FOR[type(question)])


def is_answered(answer: Answer | None) -> bool:
    """Whether the user has given any answer at all."""
    match answer:
        case None:
            return False
        case TextAnswer(text=text):
            return bool(text.strip())
        case ChoiceAnswer(selected=selected, other=other):
            return bool(selected or [o for o in other if o.strip()])
        case ChecklistAnswer(checked=checked):
            return bool(checked)
        case DateAnswer(value=value):
            return value is not None
        case ScaleAnswer(value=value):
            return bool(value)
        case RecordsAnswer(items=items):
            return any(any(_has_value(v) for v in r.values.values()) for r in items)
        case PartnerAnswer(partners=partners):
            return bool(partners)
    return False  # pragma: no cover


def _has_value(value: FieldValue) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return True


# --------------------------------------------------------------------------------------------- fit
#
# A trainer may change a content pack after answers were given: remove an option or a scale step, change a
# question's kind. An answer that no longer fits its question is kept untouched (it is never counted as
# answered, and is written over only when the user changes that question).


def _option_ids(question: Question) -> set[str]:
    return {o.id for o in _options_of(question)}


def field_fits(field: RecordField, value: FieldValue | None) -> bool:
    """Whether a record's ``value`` is one that ``field`` can hold (an empty value always fits)."""
    if value is None or (isinstance(value, str | list) and not _has_value(value)):
        return True
    match field.kind:
        case FieldKind.TEXT | FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE | FieldKind.RECORD:
            return isinstance(value, str)
        case FieldKind.DATE:
            return isinstance(value, date)
        case FieldKind.YESNO:
            return isinstance(value, bool)
        case FieldKind.SCALE | FieldKind.CHOICE:
            return isinstance(value, str) and value in {o.id for o in field.options}
        case FieldKind.CHOICES:
            return isinstance(value, list) and set(value) <= {o.id for o in field.options}
        case FieldKind.PARTNER:
            return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
    return False  # pragma: no cover - every kind is matched above


def fits(question: Question, answer: Answer) -> bool:
    """Whether ``answer`` still fits ``question``: its kind, and every option, step, item or field value in it.

    An answer that does not fit (the pack changed since) is kept as it is, but never counts as answered.
    """
    if not answer_fits(question, answer):
        return False
    match question, answer:
        case ChoiceQuestion(), ChoiceAnswer(selected=selected, other=other):
            others = [o for o in other if o.strip()]
            if not set(selected) <= _option_ids(question) or (others and not question.allow_other):
                return False
            return question.multiple or (len(selected) <= 1 and len(others) <= 1)
        case ScaleQuestion(), ScaleAnswer(value=value):
            return not value or value in _option_ids(question)
        case ChecklistQuestion(), ChecklistAnswer(checked=checked):
            return set(checked) <= _option_ids(question)
        case RecordsQuestion(fields=fields), RecordsAnswer(items=items):
            return all(field_fits(f, r.values[f.id]) for r in items for f in fields if f.id in r.values)
    return True


def answers_question(question: Question, answer: Answer | None) -> bool:
    """Whether ``answer`` counts as an answer to ``question``: given, and still fitting it."""
    return answer is not None and is_answered(answer) and fits(question, answer)


def fitting_part(question: Question, answer: Answer) -> Answer:
    """What of ``answer`` still fits ``question``: what an input for the question starts from.

    An answer of another kind gives an empty one; removed options, steps and items are left out. Records are
    returned whole: their dialog keeps the values that no longer fit, field by field.
    """
    if not answer_fits(question, answer):
        return empty_answer(question)
    ids = _option_ids(question)
    match question, answer:
        case ChoiceQuestion(), ChoiceAnswer():
            selected = [s for s in answer.selected if s in ids]
            other = [o for o in answer.other if o.strip()] if question.allow_other else []
            if not question.multiple:
                selected, other = selected[:1], other[:1]
            primary = answer.primary if answer.primary in [*selected, *(f"other:{o}" for o in other)] else ""
            return answer.model_copy(update={"selected": selected, "other": other, "primary": primary})
        case ScaleQuestion(), ScaleAnswer(value=value) if value not in ids:
            return answer.model_copy(update={"value": ""})
        case ChecklistQuestion(), ChecklistAnswer(checked=checked):
            return answer.model_copy(update={"checked": [c for c in checked if c in ids]})
    return answer


def _labels_of(chosen: list[str], current: dict[str, str], *known: OptionLabels | None) -> OptionLabels | None:
    """The label of each chosen id: as the pack has it now, else as remembered in ``known`` (first wins)."""
    labels: OptionLabels = {}
    for option_id in chosen:
        label = current.get(option_id) or next((k[option_id] for k in known if k and option_id in k), "")
        if label:
            labels[option_id] = label
    return labels or None


def _record_labels(fields: list[RecordField], record: Record, previous: Record | None) -> Record:
    labels: dict[str, OptionLabels] = {}
    for field in fields:
        value = record.values.get(field.id)
        chosen = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        if field.kind not in (FieldKind.SCALE, FieldKind.CHOICE, FieldKind.CHOICES) or not chosen:
            continue
        kept = _labels_of(
            chosen, {o.id: o.label for o in field.options},
            (record.labels or {}).get(field.id), ((previous.labels if previous else None) or {}).get(field.id),
        )
        if kept:
            labels[field.id] = kept
    if labels == (record.labels or {}):
        return record
    return record.model_copy(update={"labels": labels or None})


def remember_labels(question: Question, answer: Answer, previous: Answer | None = None) -> Answer:
    """``answer`` with the labels of its chosen options, so they can still be shown if the pack drops them.

    Labels of options the pack no longer has are taken over from ``answer`` itself or from ``previous``.
    """
    current = {o.id: o.label for o in _options_of(question)}
    old = getattr(previous, "labels", None) if previous is not None and previous.kind == answer.kind else None
    match answer:
        case ChoiceAnswer(selected=chosen) | ChecklistAnswer(checked=chosen):
            return answer.model_copy(update={"labels": _labels_of(chosen, current, answer.labels, old)})
        case ScaleAnswer(value=value):
            return answer.model_copy(update={"labels": _labels_of([value] if value else [], current,
                                                                   answer.labels, old)})
        case RecordsAnswer(items=items) if isinstance(question, RecordsQuestion):
            before = {r.id: r for r in previous.items} if isinstance(previous, RecordsAnswer) else {}
            return answer.model_copy(
                update={"items": [_record_labels(question.fields, r, before.get(r.id)) for r in items]}
            )
    return answer


def _options_of(question: Question) -> list[Option]:
    match question:
        case ChoiceQuestion(options=options) | ScaleQuestion(options=options):
            return options
        case ChecklistQuestion(items=items):
            return items
    return []


def option_label(option_id: str, options: list[Option], labels: OptionLabels | None) -> str:
    """An option's label: as the pack has it, else as remembered when it was chosen, else its id."""
    for option in options:
        if option.id == option_id:
            return option.label
    return (labels or {}).get(option_id, option_id)


def _now() -> datetime:
    return dates.now()


class AnswerSet(BaseModel):
    """Answers keyed by question id, shared by sheets and cases."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    answers: dict[str, Answer] = Field(default_factory=dict)
    # half-filled record dialogs (see RecordDraft); left out of the file when there are none
    drafts: dict[str, RecordDraft] = Field(default_factory=dict, exclude_if=lambda drafts: not drafts)

    def get(self, question: Question) -> Answer:
        """The stored answer to ``question``, or a fresh empty one of the right kind."""
        answer = self.answers.get(question.id)
        if answer is None or not answer_fits(question, answer):
            return empty_answer(question)
        return answer

    def stored(self, question: Question) -> Answer:
        """The stored answer to ``question`` as it is, even if it no longer fits; else a fresh empty one."""
        answer = self.answers.get(question.id)
        return empty_answer(question) if answer is None else answer

    def set(self, question_id: str, answer: Answer) -> None:
        self.answers[question_id] = answer

    def orphans(self, pack: Pack) -> dict[str, Answer]:
        """Answers kept for questions the pack no longer has (or whose kind changed)."""
        known = {q.id: q for _s, q in pack.questions()}
        return {
            qid: a
            for qid, a in self.answers.items()
            if qid not in known or not answer_fits(known[qid], a)
        }


class Sheet(AnswerSet):
    """The answers to a profile or network step: the role card, the network map."""

    schema_version: int = SCHEMA_VERSION
    document: Literal["sheet"] = "sheet"
    pack_id: str
    step_id: str
    updated: datetime = Field(default_factory=_now)


class CaseStatus(StrEnum):
    """Whether a case is being worked on."""

    OPEN = "open"
    CLOSED = "closed"


def default_keep_until(today: date) -> date:
    """30 June of the current school year (a Flemish school year runs 1 September – 30 June)."""
    year = today.year if today.month < 9 else today.year + 1
    return date(year, 6, 30)


class Case(AnswerSet):
    """One case of step 2, named by a pseudonymous code, never by a child's name."""

    schema_version: int = SCHEMA_VERSION
    document: Literal["case"] = "case"
    pack_id: str
    code: str = Field(pattern=CASE_CODE_PATTERN)
    description: str = ""
    status: CaseStatus = CaseStatus.OPEN
    created: date = Field(default_factory=lambda: dates.today())  # asked when made: tests replace dates.today
    keep_until: date = Field(default_factory=lambda: default_keep_until(dates.today()))
    closed_on: date | None = None  # when the case was closed (retention: delete what was closed long ago)
    updated: datetime = Field(default_factory=_now)


class Position(BaseModel):
    """Where the user was: a step, a part within it, and for case steps the case."""

    model_config = ConfigDict(extra="ignore")

    step_id: str = ""
    part_index: int = 0
    case_code: str = ""


class TextDraft(BaseModel):
    """One line typed into a dialog that was not closed yet (a new case's short description)."""

    model_config = ConfigDict(extra="ignore")

    text: str = ""
    saved: datetime = Field(default_factory=lambda: _now())


class Settings(BaseModel):
    """Per-workspace preferences: language, theme and the last position."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    document: Literal["settings"] = "settings"
    language: str = ""
    theme: str = ""
    position: Position = Field(default_factory=Position)
    case_draft: TextDraft | None = None  # the description of a new case being typed (see TextDraft)


# --------------------------------------------------------------------------------------------- progress


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


def step_progress(step: Step, answers: AnswerSet) -> StepProgress:
    """Progress of ``step`` given ``answers``: the checklist counts apart from the questions."""
    questions = [q for part in step.parts for q in part.questions]
    answered = sum(1 for q in questions if answers_question(q, answers.answers.get(q.id)))
    given = sum(1 for q in questions if (a := answers.answers.get(q.id)) is not None and is_answered(a))
    checklist = answers.get(step.checklist)  # a ticked item the pack no longer has is not counted
    checked = len(set(checklist.checked) & {i.id for i in step.checklist.items}) if isinstance(
        checklist, ChecklistAnswer
    ) else 0
    return StepProgress(
        answered=answered, total=len(questions), checked=checked, checklist_total=len(step.checklist.items),
        kept=given - answered,
    )


def partners_of(pack: Pack, network: AnswerSet | None) -> list[Record]:
    """The partners of the network map, in the user's order."""
    source = pack.partner_records()
    if source is None or network is None:
        return []
    answer = network.get(source)
    return list(answer.items) if isinstance(answer, RecordsAnswer) else []


def scope_steps(pack: Pack, scope: Scope) -> list[Step]:
    """The steps of ``pack`` whose answers live in a document of ``scope``."""
    return [s for s in pack.steps if s.scope is scope]


# --------------------------------------------------------------------------------------------- summaries

REPORT_DATE_FIELD = "report_date"  # record fields with this id hold report-back dates (agreements)


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What lists of cases show, without the case's content: kept in the workspace index.

    A slotted dataclass rather than a pydantic model: the home screen keeps one per case in memory, and a
    workspace of a few school years holds thousands (about 0.3 KB each, against 1.4 KB for a model).
    """

    code: str
    created: date
    keep_until: date
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
        """An index entry back as a summary; ``ValueError`` when it is not one (its case file is then read)."""
        if not isinstance(entry, dict):
            raise ValueError("an index entry is an object")
        answered = entry.get("answered", [])
        report_dates = entry.get("report_dates", [])
        closed_on = entry.get("closed_on")
        if not (
            isinstance(code := entry.get("code"), str)
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
            description=description,
            status=CaseStatus(entry.get("status", CaseStatus.OPEN.value)),
            created=_iso_date(entry.get("created")),
            keep_until=_iso_date(entry.get("keep_until")),
            closed_on=None if closed_on is None else _iso_date(closed_on),
            answered=tuple(sys.intern(a) for a in answered),  # the same few question ids in every case
            report_dates=tuple(_iso_date(d) for d in report_dates),
            mtime_ns=mtime_ns,
            size=size,
        )


def _iso_date(value: object) -> date:
    """``YYYY-MM-DD`` as a date; ``ValueError`` for anything else."""
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError(f"not a date: {value!r}")
    return date.fromisoformat(value)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def summarize(case: Case, mtime_ns: int = 0, size: int = 0, pack: Pack | None = None) -> CaseSummary:
    """The summary of ``case`` for lists and the index.

    Given the ``pack``, an answer that no longer fits its question does not count as answered.
    """
    questions = {q.id: q for _s, q in pack.questions()} if pack is not None else {}
    report_dates = sorted(
        d
        for answer in case.answers.values()
        if isinstance(answer, RecordsAnswer)
        for record in answer.items
        if (d := record.date(REPORT_DATE_FIELD)) is not None
    )
    return CaseSummary(
        code=case.code,
        description=case.description,
        status=case.status,
        created=case.created,
        keep_until=case.keep_until,
        closed_on=case.closed_on,
        answered=tuple(sorted(
            sys.intern(qid) for qid, answer in case.answers.items()
            if is_answered(answer) and (qid not in questions or fits(questions[qid], answer))
        )),
        report_dates=tuple(report_dates),
        mtime_ns=mtime_ns,
        size=size,
    )
