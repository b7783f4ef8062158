"""Items to tick off as a self-check: a question, its answer, and how it reads."""

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


class ChecklistAnswer(AnswerBase):
    """Ticked checklist item ids."""

    kind: Literal["checklist"] = "checklist"
    checked: list[str] = Field(default_factory=list)
    labels: OptionLabels | None = None  # the ticked items' labels, shown if a changed pack drops an item

    def is_answered(self) -> bool:
        return bool(self.checked)

    def present(self, question: QuestionBase | None, names: Names) -> Shown:
        """Every item of the question, ticked or not, in its order; then ticked items it no longer has."""
        items = question.items if isinstance(question, ChecklistQuestion) else []
        known = {i.id for i in items}
        entries = [Entry(i.label, checked=i.id in self.checked) for i in items]
        entries += [Entry(option_label(c, items, self.labels)) for c in self.checked if c not in known]
        return Shown(Form.CHECKLIST, tuple(entries))


class ChecklistQuestion(QuestionBase):
    """Items the user ticks off as a self-check."""

    kind: Literal["checklist"]
    items: list[Option] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> ChecklistQuestion:
        _unique_option_ids(self.items, "item")
        return self

    def empty_answer(self) -> ChecklistAnswer:
        return ChecklistAnswer()

    def fits(self, answer: AnswerBase) -> bool:
        return isinstance(answer, ChecklistAnswer) and set(answer.checked) <= {i.id for i in self.items}

    def fitting_part(self, answer: AnswerBase) -> AnswerBase:
        if isinstance(answer, ChecklistAnswer):
            ids = {i.id for i in self.items}
            return answer.model_copy(update={"checked": [c for c in answer.checked if c in ids]})
        return answer

    def remember_labels(self, answer: AnswerBase, previous: AnswerBase | None) -> AnswerBase:
        if not isinstance(answer, ChecklistAnswer):
            return answer
        old = previous.labels if isinstance(previous, ChecklistAnswer) else None
        current = {i.id: i.label for i in self.items}
        return answer.model_copy(update={"labels": labels_of(answer.checked, current, answer.labels, old)})

    def is_short(self) -> bool:
        return False


SPEC = KindSpec("checklist", ChecklistQuestion, ChecklistAnswer)
