"""What every question kind shares: the bases of its question and answer, options, record fields, and the small
format-neutral value a kind presents an answer as.

A kind's question class says what an input for it starts from and whether an answer fits it; its answer class
says whether it is answered, which of its texts the identifier guard scans and how it reads as plain text. The
preview, the review, the home screen and every export take an answer's text from :meth:`AnswerBase.present`:
they only escape and arrange it.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Protocol, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
Label = Annotated[str, Field(min_length=1)]

SELF_PARTNER = "self"  # a partner field may name the user's own organisation

# Option id → the option's label when the user chose it. A trainer may later remove or rename the option; the
# answer then no longer fits its question but is kept, and shown by this label rather than by its internal id.
# Written only when there is a label to keep (older files, without it, load as they are).
OptionLabels = dict[str, str]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Model):
    """One option of a choice, scale or choice field."""

    id: Id
    label: Label
    help: str = ""


def _unique_option_ids(options: list[Option], what: str) -> None:
    seen: set[str] = set()
    for option in options:
        if option.id in seen:
            raise ValueError(f"duplicate {what} id {option.id!r}")
        seen.add(option.id)


def option_label(option_id: str, options: list[Option], labels: OptionLabels | None) -> str:
    """An option's label: as the pack has it, else as remembered when it was chosen, else its id."""
    for option in options:
        if option.id == option_id:
            return option.label
    return (labels or {}).get(option_id, option_id)


def labels_of(chosen: list[str], current: dict[str, str], *known: OptionLabels | None) -> OptionLabels | None:
    """The label of each chosen id: as the pack has it now, else as remembered in ``known`` (first wins)."""
    labels: OptionLabels = {}
    for option_id in chosen:
        label = current.get(option_id) or next((k[option_id] for k in known if k and option_id in k), "")
        if label:
            labels[option_id] = label
    return labels or None


class FieldKind(StrEnum):
    """The kinds of a field inside a repeatable record."""

    TEXT = "text"  # multi-line
    LINE = "line"  # one line
    EMAIL = "email"
    PHONE = "phone"
    DATE = "date"
    SCALE = "scale"
    CHOICE = "choice"  # one option
    CHOICES = "choices"  # several options
    PARTNER = "partner"  # a partner of the network map
    RECORD = "record"  # a record of another records question of the same step (``source``)
    YESNO = "yesno"


class RecordField(_Model):
    """A typed field of a repeatable record (e.g. the e-mail of a partner)."""

    id: Id
    kind: FieldKind
    label: Label
    help: str = ""
    placeholder: str = ""
    options: list[Option] = Field(default_factory=list)
    source: str = ""  # for kind "record": the id of the records question referred to
    required: bool = False
    role: str = ""  # what the field means to its question's role (core/roles.py), e.g. "by_when"

    @model_validator(mode="after")
    def _options_fit_kind(self) -> RecordField:
        if self.kind is FieldKind.RECORD and not self.source:
            raise ValueError("a record field needs a source (the id of a records question)")
        if self.kind is not FieldKind.RECORD and self.source:
            raise ValueError(f"a {self.kind.value} field takes no source")
        if self.kind in (FieldKind.SCALE, FieldKind.CHOICE, FieldKind.CHOICES):
            if not self.options:
                raise ValueError(f"a {self.kind.value} field needs options")
            _unique_option_ids(self.options, "option")
        elif self.options:
            raise ValueError(f"a {self.kind.value} field takes no options")
        return self


# --------------------------------------------------------------------------------------------- presentation


class Names(Protocol):
    """What a reader of answers supplies to present them: partner names, record titles, dates, yes/no.

    The wizard's lookups and the exports each implement it in their own words and language.
    """

    def partner(self, partner_id: str) -> str: ...

    def record(self, source: str, record_id: str) -> str: ...

    def date(self, value: date) -> str: ...

    def flag(self, value: bool) -> str: ...


class Form(StrEnum):
    """How an answer's entries are arranged: every reader knows these five forms, not the kinds."""

    TEXT = "text"  # one free text with its own lines (one entry)
    VALUE = "value"  # one short value, or a few joined on one line
    LIST = "list"  # several items, one under the other
    CHECKLIST = "checklist"  # every item of a checklist, ticked or not
    RECORDS = "records"  # records, each with its fields' texts


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a presented answer: plain text, never markup; readers escape it for their format."""

    text: str
    primary: bool = False  # the item marked as the main one (a choice with ``ask_primary``)
    checked: bool = True  # for a checklist: ticked
    fields: tuple[tuple[str, str], ...] = ()  # for a record: (field id, text) of each value, in the fields' order


@dataclass(frozen=True, slots=True)
class Shown:
    """An answer as plain text: its entries and how to arrange them. Empty entries: nothing to show."""

    form: Form
    entries: tuple[Entry, ...] = ()


# --------------------------------------------------------------------------------------------- guard

GuardText = tuple[str, int | None, str]  # (record field id or "", record index or None, text)


def strings_in(value: object) -> Iterator[str]:
    """Every string in ``value``, whatever its shape: a string, a list, a dict (keys and values), a model, nested.

    Nothing is skipped: a value of a shape not foreseen here is scanned as its text. Only values that cannot hold
    text (yes/no, dates and None) give nothing.
    """
    match value:
        case str():
            yield value
        case bool() | date() | None:
            return
        case BaseModel():
            for name in type(value).model_fields:
                yield from strings_in(getattr(value, name))
        case dict():
            for key, item in value.items():
                yield from strings_in(key)
                yield from strings_in(item)
        case list() | tuple() | set() | frozenset():
            for item in value:
                yield from strings_in(item)
        case _:
            yield str(value)


# --------------------------------------------------------------------------------------------- the bases


class AnswerModel(BaseModel):
    """What the user's files hold: unknown keys are refused."""

    model_config = ConfigDict(extra="forbid")


class AnswerBase(AnswerModel):
    """The answer to a question of one kind; its ``kind`` is the question's."""

    kind: str

    @abstractmethod
    def is_answered(self) -> bool:
        """Whether the user has given any answer at all."""

    def guard_texts(self) -> list[GuardText]:
        """The texts the identifier guard scans: by default every string in the answer, so that nothing is missed."""
        return [("", None, text) for text in strings_in(self)]

    def partner_ids(self, question: QuestionBase | None) -> list[str]:
        """The ids of the network's partners this answer refers to (a case file carries those partners along).
        ``question`` is ``None`` when it is gone or of another kind. None by default."""
        return []

    def with_partners(self, question: QuestionBase | None, swap: Callable[[str], str]) -> Self:
        """A copy with every partner reference ``p`` replaced by ``swap(p)`` (an imported case's partners)."""
        return self.model_copy(deep=True)

    @abstractmethod
    def present(self, question: QuestionBase | None, names: Names) -> Shown:
        """The answer as plain text. ``question`` is ``None`` when it is gone or of another kind (a changed pack):
        options then show by the labels remembered when chosen, else by their ids."""


class _QuestionBase(_Model):
    id: Id
    label: Label
    help: str = ""
    placeholder: str = ""
    example: str = ""
    short_label: str = ""  # the label in the outputs, where the full question would be too long
    role: str = ""  # what the question means to the method (core/roles.py), e.g. "agreements"
    # who besides the professional reads this answer (core/roles.py READERS): "partners" puts it on the agreement
    # sheet, "family" on the family sheet; the professional's own record always holds every answer
    readers: list[str] = Field(default_factory=list)

    @property
    def output_label(self) -> str:
        """The label the outputs print: the short label if the pack gives one, else the question."""
        return self.short_label or self.label

    if TYPE_CHECKING:  # each kind declares its own ``kind`` literal; the base adds no field (same fields, same order)
        kind: str

    @abstractmethod
    def empty_answer(self) -> AnswerBase:
        """A fresh, empty answer of this question's kind."""

    def fits(self, answer: AnswerBase) -> bool:
        """Whether ``answer`` still fits: its kind, and every option, step, item or field value in it."""
        return answer.kind == self.kind

    def fitting_part(self, answer: AnswerBase) -> AnswerBase:
        """What of ``answer`` (of this kind) still fits: what an input for the question starts from."""
        return answer

    def remember_labels(self, answer: AnswerBase, previous: AnswerBase | None) -> AnswerBase:
        """``answer`` (of this kind) with the labels of its chosen options, so they show if the pack drops one."""
        return answer

    @abstractmethod
    def is_short(self) -> bool:
        """Whether its answer is one short value (the exports list those together as ``Label: value``)."""


QuestionBase = _QuestionBase


@dataclass(frozen=True, slots=True)
class KindSpec:
    """One question kind: its name in a pack, its question class and its answer class."""

    kind: str
    question: type[_QuestionBase]
    answer: type[AnswerBase]
