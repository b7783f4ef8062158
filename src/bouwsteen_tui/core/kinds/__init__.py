"""The registry of question kinds: one module per kind holds its question, its answer, whether it is answered,
whether an answer fits it, the texts the identifier guard scans and its plain-text presentation.

To add a kind, see "Adding a question kind" in docs/content-format.md: a module here, its entry in
:data:`KINDS` and in the two unions below, its widget (``widgets/factory.py``) and its section in the docs.
``tests/unit/test_kinds.py`` checks that these agree.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from bouwsteen_tui.core.kinds import checklist, choice, date, partner, records, scale, text
from bouwsteen_tui.core.kinds.base import (
    SELF_PARTNER,
    AnswerBase,
    Entry,
    FieldKind,
    Form,
    GuardText,
    KindSpec,
    Names,
    Option,
    OptionLabels,
    QuestionBase,
    RecordField,
    Shown,
    option_label,
)
from bouwsteen_tui.core.kinds.checklist import ChecklistAnswer, ChecklistQuestion
from bouwsteen_tui.core.kinds.choice import OTHER_PREFIX, ChoiceAnswer, ChoiceQuestion
from bouwsteen_tui.core.kinds.date import DateAnswer, DateQuestion
from bouwsteen_tui.core.kinds.fields import FieldValue, field_fits, field_text, has_value, stored_text
from bouwsteen_tui.core.kinds.partner import PartnerAnswer, PartnerQuestion
from bouwsteen_tui.core.kinds.records import RECORD_ID_PATTERN, Record, RecordsAnswer, RecordsQuestion, new_record_id
from bouwsteen_tui.core.kinds.scale import ScaleAnswer, ScaleQuestion
from bouwsteen_tui.core.kinds.text import TextAnswer, TextQuestion

# Every kind, in the order the docs describe them. A pack names a question's kind with these keys.
KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (text.SPEC, choice.SPEC, checklist.SPEC, date.SPEC, scale.SPEC, records.SPEC, partner.SPEC)
}
QUESTION_KINDS = tuple(KINDS)

# The unions pydantic reads a question or an answer by (its ``kind``), and mypy checks every switch against.
Question = Annotated[
    TextQuestion
    | ChoiceQuestion
    | ChecklistQuestion
    | DateQuestion
    | ScaleQuestion
    | RecordsQuestion
    | PartnerQuestion,
    Field(discriminator="kind"),
]
Answer = Annotated[
    TextAnswer | ChoiceAnswer | ChecklistAnswer | DateAnswer | ScaleAnswer | RecordsAnswer | PartnerAnswer,
    Field(discriminator="kind"),
]


def empty_answer(question: Question) -> Answer:
    """A fresh, empty answer of the kind that ``question`` asks for."""
    return question.empty_answer()


def answer_fits(question: Question, answer: Answer) -> bool:
    """Whether ``answer`` is of the kind ``question`` asks for (a pack may change a question's kind)."""
    return answer.kind == question.kind


def is_answered(answer: Answer | None) -> bool:
    """Whether the user has given any answer at all."""
    return answer is not None and answer.is_answered()


def fits(question: Question, answer: Answer) -> bool:
    """Whether ``answer`` still fits ``question``: its kind, and every option, step, item or field value in it.

    An answer that does not fit (the pack changed since) is kept as it is, but never counts as answered.
    """
    return question.fits(answer)


def answers_question(question: Question, answer: Answer | None) -> bool:
    """Whether ``answer`` counts as an answer to ``question``: given, and still fitting it."""
    return answer is not None and answer.is_answered() and question.fits(answer)


def fitting_part(question: Question, answer: Answer) -> Answer:
    """What of ``answer`` still fits ``question``: what an input for the question starts from.

    An answer of another kind gives an empty one; removed options, steps and items are left out. Records are
    returned whole: their dialog keeps the values that no longer fit, field by field.
    """
    if not answer_fits(question, answer):
        return empty_answer(question)
    part: Answer = question.fitting_part(answer)  # type: ignore[assignment]  # of the answer's own kind
    return part


def remember_labels(question: Question, answer: Answer, previous: Answer | None = None) -> Answer:
    """``answer`` with the labels of its chosen options, so they can still be shown if the pack drops them.

    Labels of options the pack no longer has are taken over from ``answer`` itself or from ``previous``.
    """
    if previous is not None and previous.kind != answer.kind:
        previous = None
    remembered: Answer = question.remember_labels(answer, previous)  # type: ignore[assignment]  # same kind
    return remembered


def guard_texts(answer: Answer) -> list[GuardText]:
    """(record field id, record index, text) of every text in ``answer`` that the identifier guard scans."""
    return answer.guard_texts()


def present(question: Question | None, answer: Answer, names: Names) -> Shown:
    """``answer`` as plain text; a ``question`` of another kind (a changed pack) is taken as unknown."""
    if question is not None and not answer_fits(question, answer):
        question = None
    return answer.present(question, names)


__all__ = [
    "KINDS",
    "OTHER_PREFIX",
    "QUESTION_KINDS",
    "RECORD_ID_PATTERN",
    "SELF_PARTNER",
    "Answer",
    "AnswerBase",
    "ChecklistAnswer",
    "ChecklistQuestion",
    "ChoiceAnswer",
    "ChoiceQuestion",
    "DateAnswer",
    "DateQuestion",
    "Entry",
    "FieldKind",
    "FieldValue",
    "Form",
    "GuardText",
    "KindSpec",
    "Names",
    "Option",
    "OptionLabels",
    "PartnerAnswer",
    "PartnerQuestion",
    "Question",
    "QuestionBase",
    "Record",
    "RecordField",
    "RecordsAnswer",
    "RecordsQuestion",
    "ScaleAnswer",
    "ScaleQuestion",
    "Shown",
    "TextAnswer",
    "TextQuestion",
    "answer_fits",
    "answers_question",
    "empty_answer",
    "field_fits",
    "field_text",
    "fits",
    "fitting_part",
    "guard_texts",
    "has_value",
    "is_answered",
    "new_record_id",
    "option_label",
    "present",
    "remember_labels",
    "stored_text",
]
