"""Question definition → widget: one factory keyed on the question kind, for the screens to use.

It lives apart from the widgets so that the records widget (which builds on the question widgets) and the
question widgets need not import each other. The switch is exhaustive: a kind added to ``core.kinds`` without a
widget here fails mypy (``assert_never``).
"""

from __future__ import annotations

from typing import assert_never

from bouwsteen_tui.core.kinds import (
    Answer,
    ChecklistQuestion,
    ChoiceQuestion,
    DateQuestion,
    PartnerQuestion,
    Question,
    RecordsQuestion,
    ScaleQuestion,
    TextQuestion,
)
from bouwsteen_tui.widgets.base import Lookups
from bouwsteen_tui.widgets.partner import PartnerQuestionWidget
from bouwsteen_tui.widgets.questions import (
    ChecklistQuestionWidget,
    ChoiceQuestionWidget,
    DateQuestionWidget,
    QuestionWidget,
    ScaleQuestionWidget,
    TextQuestionWidget,
)
from bouwsteen_tui.widgets.records import RecordsQuestionWidget


def widget_class(question: Question) -> type[QuestionWidget]:
    """The widget class that asks ``question``, chosen by its kind."""
    match question:
        case TextQuestion():
            return TextQuestionWidget
        case ChoiceQuestion():
            return ChoiceQuestionWidget
        case ChecklistQuestion():
            return ChecklistQuestionWidget
        case DateQuestion():
            return DateQuestionWidget
        case ScaleQuestion():
            return ScaleQuestionWidget
        case RecordsQuestion():
            return RecordsQuestionWidget
        case PartnerQuestion():
            return PartnerQuestionWidget
        case _:
            assert_never(question)


def question_widget(question: Question, answer: Answer, lookups: Lookups | None = None) -> QuestionWidget:
    """The widget for ``question``, chosen by its kind."""
    return widget_class(question)(question, answer, lookups)
