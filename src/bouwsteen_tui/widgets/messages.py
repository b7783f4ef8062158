"""Messages that widgets post up to their screen (past-tense events)."""

from __future__ import annotations

from textual.message import Message

from bouwsteen_tui.core.answers import Answer


class AnswerChanged(Message):
    """The user changed an answer; ``settled`` when it is a discrete change (not a keystroke in text)."""

    def __init__(self, question_id: str, answer: Answer, *, settled: bool = True) -> None:
        super().__init__()
        self.question_id = question_id
        self.answer = answer
        self.settled = settled


class NewPartnerRequested(Message):
    """A partner picker asked to add a new partner to the network map."""

    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id


class ReplaceIdentifiersRequested(Message):
    """The user asked to replace the identifiers found in an answer by the case code."""

    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id
