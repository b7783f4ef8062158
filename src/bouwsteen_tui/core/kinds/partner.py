"""A reference to partners of the network map: a question, its answer, and how it reads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import Field

from bouwsteen_tui.core.kinds.base import AnswerBase, Entry, Form, KindSpec, Names, QuestionBase, Shown


class PartnerAnswer(AnswerBase):
    """Ids of partners of the network map (or :data:`~bouwsteen_tui.core.kinds.base.SELF_PARTNER`)."""

    kind: Literal["partner"] = "partner"
    partners: list[str] = Field(default_factory=list)

    def is_answered(self) -> bool:
        return bool(self.partners)

    def partner_ids(self, question: QuestionBase | None) -> list[str]:
        return list(self.partners)

    def with_partners(self, question: QuestionBase | None, swap: Callable[[str], str]) -> PartnerAnswer:
        return self.model_copy(update={"partners": [swap(p) for p in self.partners]})

    def present(self, question: QuestionBase | None, names: Names) -> Shown:
        several = not isinstance(question, PartnerQuestion) or question.multiple
        return Shown(Form.LIST if several else Form.VALUE, tuple(Entry(names.partner(p)) for p in self.partners))


class PartnerQuestion(QuestionBase):
    """A reference to one or more partners of the network map."""

    kind: Literal["partner"]
    multiple: bool = True

    def empty_answer(self) -> PartnerAnswer:
        return PartnerAnswer()

    def is_short(self) -> bool:
        return not self.multiple


SPEC = KindSpec("partner", PartnerQuestion, PartnerAnswer)
