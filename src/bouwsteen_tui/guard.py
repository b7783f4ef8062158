"""The identifier guard for cases: find identifiers in a case's free text and replace them by the case code.

Contact details of partners (step 3) are expected and never scanned: only case documents are. Findings name
the question and field, never the value.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bouwsteen_tui.answers import Answer, Case, ChoiceAnswer, Record, RecordsAnswer, TextAnswer
from bouwsteen_tui.content import Pack, RecordsQuestion
from bouwsteen_tui.privacy import IdentifierKind, kind_label, redact, scan


@dataclass(frozen=True)
class GuardFinding:
    """An identifier in a case: which question (and record field), which kind. Never the value."""

    question_id: str
    kind: IdentifierKind
    field_id: str = ""
    record_index: int | None = None


def _texts(answer: Answer) -> list[tuple[str, int | None, str]]:
    """(field id, record index, text) of every free text in an answer."""
    match answer:
        case TextAnswer(text=text):
            return [("", None, text)]
        case ChoiceAnswer(other=other):
            return [("", None, o) for o in other]
        case RecordsAnswer(items=items):
            return [
                (field_id, index, value)
                for index, record in enumerate(items)
                for field_id, value in record.values.items()
                if isinstance(value, str)
            ]
    return []


def scan_answer(question_id: str, answer: Answer) -> list[GuardFinding]:
    """Identifiers in one answer."""
    return [
        GuardFinding(question_id, finding.kind, field_id, index)
        for field_id, index, text in _texts(answer)
        for finding in scan(text)
    ]


def scan_case(case: Case) -> list[GuardFinding]:
    """Identifiers anywhere in a case: its short description, every free-text answer and unfinished record."""
    findings = [GuardFinding("description", f.kind) for f in scan(case.description)]
    for question_id, answer in case.answers.items():
        findings += scan_answer(question_id, answer)
    for draft in case.drafts.values():  # a record dialog's unfinished content is case data too
        findings += [
            GuardFinding(draft.question_id, finding.kind, field_id)
            for field_id, value in draft.values.items()
            if isinstance(value, str)
            for finding in scan(value)
        ]
    return findings


def scan_cases(cases: Iterable[Case]) -> dict[str, list[GuardFinding]]:
    """Findings per case code, for the cases that have any."""
    found = {}
    for case in cases:
        findings = scan_case(case)
        if findings:
            found[case.code] = findings
    return found


def describe_findings(pack: Pack, found: dict[str, list[GuardFinding]], language: str) -> list[str]:
    """One line per place: the case, the question (and record field), the kind of identifier. Never the value."""
    description = {"nl": "korte beschrijving", "en": "short description"}.get(language, "short description")
    lines: list[str] = []
    for code, findings in found.items():
        for finding in findings:
            where = description if finding.question_id == "description" else finding.question_id
            try:
                question = pack.question(finding.question_id)
            except KeyError:
                question = None
            if question is not None:
                where = question.label
                if isinstance(question, RecordsQuestion) and finding.field_id:
                    field = next((f for f in question.fields if f.id == finding.field_id), None)
                    if field is not None:
                        where = f"{question.label} → {(finding.record_index or 0) + 1}. {field.label}"
            line = f"{code}: {where} ({kind_label(finding.kind, language)})"
            if line not in lines:
                lines.append(line)
    return lines


def replace_identifiers(answer: Answer, code: str) -> Answer:
    """A copy of ``answer`` with every identifier in its text replaced by ``code``."""

    def clean(text: str) -> str:
        return redact(text, scan(text), code)

    match answer:
        case TextAnswer(text=text):
            return TextAnswer(text=clean(text))
        case ChoiceAnswer():
            return answer.model_copy(update={"other": [clean(o) for o in answer.other]})
        case RecordsAnswer(items=items):
            return RecordsAnswer(
                items=[
                    Record(id=r.id, values={k: clean(v) if isinstance(v, str) else v for k, v in r.values.items()})
                    for r in items
                ]
            )
    return answer
