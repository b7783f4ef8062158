"""A calendar date: a question, its answer, and how it reads."""

from __future__ import annotations

import datetime
from typing import Literal

from bouwsteen_tui.core.kinds.base import AnswerBase, Entry, Form, KindSpec, Names, QuestionBase, Shown


class DateAnswer(AnswerBase):
    """A date, or none yet."""

    kind: Literal["date"] = "date"
    value: datetime.date | None = None

    def is_answered(self) -> bool:
        return self.value is not None

    def present(self, question: QuestionBase | None, names: Names) -> Shown:
        return Shown(Form.VALUE, (Entry(names.date(self.value)),) if self.value is not None else ())


class DateQuestion(QuestionBase):
    """A calendar date."""

    kind: Literal["date"]

    def empty_answer(self) -> DateAnswer:
        return DateAnswer()

    def is_short(self) -> bool:
        return True


SPEC = KindSpec("date", DateQuestion, DateAnswer)
