"""Free text: a question, its answer, and how it reads."""

from __future__ import annotations

from typing import Literal

from bouwsteen_tui.core.kinds.base import AnswerBase, Entry, Form, KindSpec, Names, QuestionBase, Shown


class TextAnswer(AnswerBase):
    """The answer to a free-text question."""

    kind: Literal["text"] = "text"
    text: str = ""

    def is_answered(self) -> bool:
        return bool(self.text.strip())

    def present(self, question: QuestionBase | None, names: Names) -> Shown:
        return Shown(Form.TEXT, (Entry(self.text),) if self.text.strip() else ())


class TextQuestion(QuestionBase):
    """Free text; multi-line unless ``multiline = false``."""

    kind: Literal["text"]
    multiline: bool = True

    def empty_answer(self) -> TextAnswer:
        return TextAnswer()

    def is_short(self) -> bool:
        return not self.multiline


SPEC = KindSpec("text", TextQuestion, TextAnswer)
