"""Answers as lines of plain text, from each kind's presentation (``core.kinds``), as the review and the exports
read them; here arranged for reading aloud: words instead of marks (a tick is "aangevinkt")."""

from __future__ import annotations

from typing import TYPE_CHECKING, assert_never

from bouwsteen_tui.core.kinds import Answer, Form, Names, Question, RecordsQuestion, present

if TYPE_CHECKING:
    from bouwsteen_tui.i18n import Catalog


def one_line(text: str) -> str:
    return " ".join(text.split())


def answer_lines(question: Question | None, answer: Answer, names: Names, t: Catalog) -> list[str]:
    """The answer as lines (none when unanswered); an option a changed pack dropped shows by its old label."""
    shown = present(question, answer, names)
    entries = shown.entries
    match shown.form:
        case Form.TEXT:
            return [line for e in entries for line in e.text.strip().splitlines() if line.strip()]
        case Form.VALUE | Form.LIST:
            if not entries:
                return []
            line = ", ".join(one_line(e.text) for e in entries)
            main = next((e.text for e in entries if e.primary), "")
            return [t("plain.primary_after", answer=line, primary=one_line(main)) if main else line]
        case Form.CHECKLIST:
            return [t("plain.ticked", item=one_line(e.text)) for e in entries if e.checked]
        case Form.RECORDS:
            labels = {f.id: f.label for f in question.fields} if isinstance(question, RecordsQuestion) else {}
            lines = []
            for number, entry in enumerate(entries, 1):
                values = "; ".join(
                    f"{labels[fid].rstrip(' ?.:')}: {one_line(text)}" if fid in labels else one_line(text)
                    for fid, text in entry.fields
                )
                lines.append(f"{number}. {values or t('record.untitled')}")
            return lines
        case _:
            assert_never(shown.form)
