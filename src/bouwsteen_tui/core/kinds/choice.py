"""One or several options with the user's own additions: a question, its answer, and how it reads."""

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

OTHER_PREFIX = "other:"  # ``primary`` names an own addition as "other:<text>"


class ChoiceAnswer(AnswerBase):
    """Selected option ids, the user's own additions, and optionally the primary one."""

    kind: Literal["choice"] = "choice"
    selected: list[str] = Field(default_factory=list)
    other: list[str] = Field(default_factory=list)
    primary: str = ""
    labels: OptionLabels | None = None  # the chosen options' labels, shown if a changed pack drops an option
    # An own addition being typed, not yet added with Enter: saved like any typing, so that closing the window or
    # a crash does not lose it, and put back in its field on the next start. Not part of the answer until added.
    adding: str | None = None

    def is_answered(self) -> bool:
        return bool(self.selected or [o for o in self.other if o.strip()])

    def present(self, question: QuestionBase | None, names: Names) -> Shown:
        """The chosen options by label (a removed one by the label it had), then own additions; the primary one
        marked where the question asks for one (or is unknown)."""
        known = question if isinstance(question, ChoiceQuestion) else None
        options = known.options if known is not None else []
        marks = known is None or known.ask_primary
        entries = [Entry(option_label(s, options, self.labels), primary=marks and self.primary == s)
                   for s in self.selected]
        entries += [Entry(o, primary=marks and self.primary == OTHER_PREFIX + o) for o in self.other if o.strip()]
        return Shown(Form.VALUE if known is not None and not known.multiple else Form.LIST, tuple(entries))


class ChoiceQuestion(QuestionBase):
    """One or several options, with the user's own additions when ``allow_other``."""

    kind: Literal["choice"]
    options: list[Option] = Field(min_length=1)
    multiple: bool = True
    allow_other: bool = True
    other_label: str = ""
    ask_primary: bool = False

    @model_validator(mode="after")
    def _unique(self) -> ChoiceQuestion:
        _unique_option_ids(self.options, "option")
        return self

    def empty_answer(self) -> ChoiceAnswer:
        return ChoiceAnswer()

    def fits(self, answer: AnswerBase) -> bool:
        if not isinstance(answer, ChoiceAnswer):
            return False
        others = [o for o in answer.other if o.strip()]
        if not set(answer.selected) <= {o.id for o in self.options} or (others and not self.allow_other):
            return False
        return self.multiple or (len(answer.selected) <= 1 and len(others) <= 1)

    def fitting_part(self, answer: AnswerBase) -> AnswerBase:
        if not isinstance(answer, ChoiceAnswer):
            return answer
        ids = {o.id for o in self.options}
        selected = [s for s in answer.selected if s in ids]
        other = [o for o in answer.other if o.strip()] if self.allow_other else []
        if not self.multiple:
            selected, other = selected[:1], other[:1]
        primary = answer.primary if answer.primary in [*selected, *(OTHER_PREFIX + o for o in other)] else ""
        return answer.model_copy(update={"selected": selected, "other": other, "primary": primary})

    def remember_labels(self, answer: AnswerBase, previous: AnswerBase | None) -> AnswerBase:
        if not isinstance(answer, ChoiceAnswer):
            return answer
        old = previous.labels if isinstance(previous, ChoiceAnswer) else None
        current = {o.id: o.label for o in self.options}
        return answer.model_copy(update={"labels": labels_of(answer.selected, current, answer.labels, old)})

    def is_short(self) -> bool:
        return not self.multiple


SPEC = KindSpec("choice", ChoiceQuestion, ChoiceAnswer)
