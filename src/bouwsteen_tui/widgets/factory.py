"""Question definition → widget: one factory keyed on the question kind, for the screens to use.

It lives apart from the widgets so that the records widget (which builds on the question widgets) and the
question widgets need not import each other.
"""

from __future__ import annotations

from bouwsteen_tui.core.answers import Answer
from bouwsteen_tui.core.content import (
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


def question_widget(question: Question, answer: Answer, lookups: Lookups | None = None) -> QuestionWidget:
    """The widget for ``question``, chosen by its kind."""
    factories: dict[type, type[QuestionWidget]] = {
        TextQuestion: TextQuestionWidget,
        ChoiceQuestion: ChoiceQuestionWidget,
        ChecklistQuestion: ChecklistQuestionWidget,
        DateQuestion: DateQuestionWidget,
        ScaleQuestion: ScaleQuestionWidget,
        RecordsQuestion: RecordsQuestionWidget,
        PartnerQuestion: PartnerQuestionWidget,
    }
    return factories[type(question)](question, answer, lookups)
