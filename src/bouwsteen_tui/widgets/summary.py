"""Answers as short readable text, for the review screen."""

from __future__ import annotations

from bouwsteen_tui.answers import (
    SELF_PARTNER,
    Answer,
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    PartnerAnswer,
    RecordsAnswer,
    ScaleAnswer,
    TextAnswer,
)
from bouwsteen_tui.content import ChecklistQuestion, ChoiceQuestion, Question, RecordsQuestion, ScaleQuestion
from bouwsteen_tui.dates import format_date
from bouwsteen_tui.widgets.base import Lookups
from bouwsteen_tui.widgets.records import field_text


def answer_summary(question: Question, answer: Answer, lookups: Lookups) -> list[str]:
    """The answer as a few lines of text (empty when unanswered)."""
    match answer:
        case TextAnswer(text=text):
            return [line for line in text.strip().splitlines() if line.strip()]
        case ChoiceAnswer(selected=selected, other=other, primary=primary):
            labels = {o.id: o.label for o in question.options} if isinstance(question, ChoiceQuestion) else {}
            items = [labels.get(s, s) for s in selected] + list(other)
            line = ", ".join(items)
            if primary:
                line += f"  (★ {labels.get(primary, primary.removeprefix('other:'))})"
            return [line] if items else []
        case ChecklistAnswer(checked=checked):
            if not isinstance(question, ChecklistQuestion):
                return []
            return [f"✓ {i.label}" for i in question.items if i.id in checked]
        case DateAnswer(value=value):
            return [format_date(value)] if value else []
        case ScaleAnswer(value=value):
            labels = {o.id: o.label for o in question.options} if isinstance(question, ScaleQuestion) else {}
            return [labels.get(value, value)] if value else []
        case PartnerAnswer(partners=partners):
            names = dict(lookups.partners)
            return [", ".join(lookups.self_label if p == SELF_PARTNER else names.get(p, "?") for p in partners)] \
                if partners else []
        case RecordsAnswer(items=items):
            if not isinstance(question, RecordsQuestion):
                return []
            lines = []
            for number, record in enumerate(items, 1):
                values = [
                    field_text(f, record.values.get(f.id), lookups, lookups.self_label)
                    for f in question.fields
                ]
                lines.append(f"{number}. " + " · ".join(v for v in values if v))
            return lines
    return []
