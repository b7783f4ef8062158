"""A small ordered scale: a question, its answer, and how it reads."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from bouwsteen_tui.core.kinds.base import (
    AnswerBase,
    Entry,
    Form,
    KindSpec,
    Names,
    Option,
    OptionLabels,
    QuestionBase,
    Shown,
    _unique_option_ids,
    labels_of,
    option_label,
)


class ScaleAnswer(AnswerBase):
    """The chosen option id of a scale."""

    kind: Literal["scale"] = "scale"
    value: str = ""
    labels: OptionLabels | None = None  # the chosen step's label, shown if a changed pack drops the step

    def is_answered(self) -> bool:
        return bool(self.value)

    def present(self, question: QuestionBase | None, names: Names) -> Shown:
        options = question.options if isinstance(question, ScaleQuestion) else []
        return Shown(Form.VALUE, (Entry(option_label(self.value, options, self.labels)),) if self.value else ())


class ScaleQuestion(QuestionBase):
    """A small ordered scale (1–3; none/weak/workable/strong)."""

    kind: Literal["scale"]
    options: list[Option] = Field(min_length=2)

    @model_validator(mode="after")
    def _unique(self) -> ScaleQuestion:
        _unique_option_ids(self.options, "option")
        return self

    def empty_answer(self) -> ScaleAnswer:
        return ScaleAnswer()

    def fits(self, answer: AnswerBase) -> bool:
        return isinstance(answer, ScaleAnswer) and (not answer.value or answer.value in {o.id for o in self.options})

    def fitting_part(self, answer: AnswerBase) -> AnswerBase:
        if isinstance(answer, ScaleAnswer) and answer.value not in {o.id for o in self.options}:
            return answer.model_copy(update={"value": ""})
        return answer

    def remember_labels(self, answer: AnswerBase, previous: AnswerBase | None) -> AnswerBase:
        if not isinstance(answer, ScaleAnswer):
            return answer
        old = previous.labels if isinstance(previous, ScaleAnswer) else None
        current = {o.id: o.label for o in self.options}
        chosen = [answer.value] if answer.value else []
        return answer.model_copy(update={"labels": labels_of(chosen, current, answer.labels, old)})

    def is_short(self) -> bool:
        return True


SPEC = KindSpec("scale", ScaleQuestion, ScaleAnswer)
