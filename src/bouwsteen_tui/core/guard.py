"""The identifier guard for cases: find identifiers in a case's free text and replace them by the case code.

Contact details of partners (step 3) are expected and never scanned: only case documents are. Findings name
the question and field, never the value.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar, cast

from pydantic import BaseModel

from bouwsteen_tui.core.answers import DESCRIPTION_DRAFT, Answer, Case
from bouwsteen_tui.core.content import Pack, RecordsQuestion
from bouwsteen_tui.core.kinds import guard_texts
from bouwsteen_tui.core.kinds.base import strings_in
from bouwsteen_tui.core.languages import language_index
from bouwsteen_tui.core.privacy import IdentifierKind, kind_label, redact, scan

T = TypeVar("T")


@dataclass(frozen=True)
class GuardFinding:
    """An identifier in a case: which question (and record field), which kind. Never the value."""

    question_id: str
    kind: IdentifierKind
    field_id: str = ""
    record_index: int | None = None


def scan_answer(question_id: str, answer: Answer) -> list[GuardFinding]:
    """Identifiers in one answer: in the texts its kind gives the guard (by default every string in it)."""
    return [
        GuardFinding(question_id, finding.kind, field_id, index)
        for field_id, index, text in guard_texts(answer)
        for finding in scan(text)
    ]


def scan_case(case: Case) -> list[GuardFinding]:
    """Identifiers anywhere in a case: its short description, every string of every answer and of every draft."""
    findings = [GuardFinding("description", f.kind) for f in scan(case.description)]
    for question_id, answer in case.answers.items():
        findings += scan_answer(question_id, answer)
    for draft in case.drafts.values():  # a record dialog's unfinished content is case data too
        findings += [
            GuardFinding("description" if draft.question_id == DESCRIPTION_DRAFT else draft.question_id,
                         finding.kind, field_id)
            for field_id, value in draft.values.items()
            for text in strings_in(value)
            for finding in scan(text)
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
    description = ("korte beschrijving", "short description")[language_index(language)]
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


def _cleaned(value: T, code: str) -> T:
    """A copy of ``value`` with every identifier in every string replaced by ``code``, whatever its shape."""
    cleaned: object
    match value:
        case str():
            cleaned = redact(value, scan(value), code)
        case BaseModel():
            cleaned = value.model_copy(
                update={name: _cleaned(getattr(value, name), code) for name in type(value).model_fields}
            )
        case dict():
            cleaned = {key: _cleaned(item, code) for key, item in value.items()}
        case list():
            cleaned = [_cleaned(item, code) for item in value]
        case _:
            cleaned = value
    return cast(T, cleaned)


def replace_identifiers(answer: Answer, code: str) -> Answer:
    """A copy of ``answer`` with every identifier in its text replaced by ``code``, in strings of any shape."""
    return _cleaned(answer, code)
