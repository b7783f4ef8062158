"""Cross-step checks: what the three steps say together that no single question can see.

:func:`cross_checks` returns structured findings (kind, where, message in the pack's language, and the step,
question, record and case they concern, so the app can take the user there). The Markdown export lists them under
"Aandachtspunten" / "Points to check". A check whose questions the pack lacks is skipped.

Closed cases are not checked: their agreements are done.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bouwsteen_tui.core.answers import (
    AnswerSet,
    Case,
    CaseStatus,
    ChoiceAnswer,
    Record,
    RecordsAnswer,
    Sheet,
    is_answered,
)
from bouwsteen_tui.core.content import ChoiceQuestion, FieldKind, Pack, RecordsQuestion, Scope, field_for_role
from bouwsteen_tui.core.plain_language import unexplained_abbreviations
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import format_date, output_language, shorten, t

CONTACT_FIELDS = ("contact", "email", "phone", "reachability")  # field roles of the partner list


class CheckKind(StrEnum):
    """What a finding is about."""

    AGREEMENT_OWNER = "agreement_owner"  # nobody, or a partner not on the map, takes on an agreement
    ACTION_UNASSIGNED = "action_unassigned"  # a chosen action that no task refers to
    REPORT_DATE_MISSING = "report_date_missing"
    REPORT_DATE_PAST = "report_date_past"
    PARTNER_WITHOUT_CONTACT = "partner_without_contact"
    EXPERTISE_NOT_COVERED = "expertise_not_covered"
    FAMILY_WORDING_UNCLEAR = "family_wording_unclear"  # words for the family with an unexplained abbreviation


@dataclass(frozen=True)
class CheckFinding:
    """One point to check: what kind, where (readable), the message, and the place in the answers."""

    kind: CheckKind
    where: str
    message: str
    step_id: str = ""
    question_id: str = ""
    record_id: str = ""
    case_code: str = ""


def filled_records(
    pack: Pack, answers: AnswerSet | None, question_id: str
) -> tuple[RecordsQuestion, list[Record]] | None:
    """The records question ``question_id`` with the non-empty records of ``answers``; ``None`` if absent."""
    try:
        question = pack.question(question_id)
    except KeyError:
        return None
    if not isinstance(question, RecordsQuestion) or answers is None:
        return None
    answer = answers.get(question)
    assert isinstance(answer, RecordsAnswer)
    return question, [r for r in answer.items if is_answered(RecordsAnswer(items=[r]))]


def role_records(pack: Pack, answers: AnswerSet | None, role: str) -> tuple[RecordsQuestion, list[Record]] | None:
    """The records question that plays ``role`` with the non-empty records of ``answers``; ``None`` if absent."""
    question = pack.records_for_role(role)
    return filled_records(pack, answers, question.id) if question is not None else None


def _field_id(question: RecordsQuestion, role: str) -> str:
    """The id of the field that plays ``role`` in ``question``, or ``""``."""
    found = field_for_role(question, role)
    return found.id if found is not None else ""


def _item(question: RecordsQuestion, number: int, lang: str) -> str:
    return f"{question.item_label or t(lang, 'item')} {number}"


def case_checks(pack: Pack, case: Case, directory: PartnerDirectory, today: date) -> list[CheckFinding]:
    """The checks of one case: chosen actions nobody takes on, agreements without owner or report-back date."""
    if case.status is CaseStatus.CLOSED:
        return []
    lang = directory.lang
    findings: list[CheckFinding] = []
    actions = role_records(pack, case, "actions")
    chosen_id = _field_id(actions[0], "chosen") if actions is not None else ""
    if actions is not None and chosen_id:
        question, records = actions
        step_id = pack.step_of(question.id).id
        referring = [
            (q, f.id)
            for step in pack.steps
            if step.scope is Scope.CASE
            for part in step.parts
            for q in part.questions
            if isinstance(q, RecordsQuestion)
            for f in q.fields
            if f.kind is FieldKind.RECORD and f.source == question.id
        ]
        if referring:
            taken = {
                record.text(field_id)
                for task_question, field_id in referring
                for record in (filled_records(pack, case, task_question.id) or (task_question, []))[1]
            }
            for number, record in enumerate(records, 1):
                if record.flag(chosen_id) and record.id not in taken:
                    item = _item(question, number, lang)
                    title = shorten(record.text(question.title_field_id), 80) or item
                    findings.append(
                        CheckFinding(
                            kind=CheckKind.ACTION_UNASSIGNED,
                            where=t(lang, "check.where.case", code=case.code, item=item),
                            message=t(lang, "check.action_unassigned", action=title),
                            step_id=step_id,
                            question_id=question.id,
                            record_id=record.id,
                            case_code=case.code,
                        )
                    )
    agreements = role_records(pack, case, "agreements")
    if agreements is not None:
        question, records = agreements
        step_id = pack.step_of(question.id).id
        owner_id, report_id = _field_id(question, "who"), _field_id(question, "report_date")
        for number, record in enumerate(records, 1):
            where = t(lang, "check.where.case", code=case.code, item=_item(question, number, lang))

            def finding(kind: CheckKind, message: str, record: Record = record, where: str = where) -> CheckFinding:
                return CheckFinding(kind, where, message, step_id, question.id, record.id, case.code)

            if owner_id:
                owner = record.text(owner_id)
                if not owner:
                    findings.append(finding(CheckKind.AGREEMENT_OWNER, t(lang, "check.agreement_no_owner")))
                elif not directory.known(owner):
                    findings.append(finding(CheckKind.AGREEMENT_OWNER, t(lang, "check.agreement_unknown_owner")))
            if report_id:
                report = record.date(report_id)
                if report is None:
                    findings.append(finding(CheckKind.REPORT_DATE_MISSING, t(lang, "check.report_date_missing")))
                elif report < today:
                    message = t(lang, "check.report_date_past", date=format_date(report, lang))
                    findings.append(finding(CheckKind.REPORT_DATE_PAST, message))
            unclear = family_abbreviations(question, record)
            if unclear is not None:
                key, found = unclear
                message = t(lang, key, abbreviations=", ".join(f"‘{a}’" for a in found))
                findings.append(finding(CheckKind.FAMILY_WORDING_UNCLEAR, message))
    return findings


def family_abbreviations(question: RecordsQuestion, record: Record) -> tuple[str, list[str]] | None:
    """The abbreviations an agreement's words for the family leave unexplained, with the message's key.

    Those words are its ``family_wording`` field; when that is empty and the agreement involves the family
    (``involves_family``), the family sheet shows its ``what`` instead, so that text is checked. ``None`` if all
    is clear.
    """
    wording_id, involves_id = _field_id(question, "family_wording"), _field_id(question, "involves_family")
    wording = record.text(wording_id) if wording_id else ""
    if wording.strip():
        found, key = unexplained_abbreviations(wording), "check.family_wording_abbreviation"
    elif involves_id and record.flag(involves_id):
        what_id = _field_id(question, "what") or question.title_field_id
        found, key = unexplained_abbreviations(record.text(what_id)), "check.family_what_abbreviation"
    else:
        return None
    return (key, found) if found else None


def network_checks(pack: Pack, network: Sheet | None, directory: PartnerDirectory) -> list[CheckFinding]:
    """The checks of the network map: partners without contact details, needed expertise no partner brings in."""
    lang = directory.lang
    findings: list[CheckFinding] = []
    partners = role_records(pack, network, "partners")
    if partners is None:
        return findings
    question, records = partners
    step_id = pack.step_of(question.id).id
    contact_fields = [f.id for f in question.fields if f.role in CONTACT_FIELDS]
    if contact_fields:
        for record in records:
            if not any(record.text(f).strip() for f in contact_fields):
                name = directory.title(record) or t(lang, "unknown_partner")
                findings.append(
                    CheckFinding(
                        kind=CheckKind.PARTNER_WITHOUT_CONTACT,
                        where=t(lang, "check.where.partner", name=name),
                        message=t(lang, "check.partner_no_contact"),
                        step_id=step_id,
                        question_id=question.id,
                        record_id=record.id,
                    )
                )
    needed = pack.question_for_role("needed_expertise")
    for option_id, label in uncovered_expertise(pack, network):
        assert needed is not None  # uncovered_expertise finds nothing without it
        findings.append(
            CheckFinding(
                kind=CheckKind.EXPERTISE_NOT_COVERED,
                where=t(lang, "check.where.expertise"),
                message=t(lang, "check.expertise_not_covered", expertise=label),
                step_id=pack.step_of(needed.id).id,
                question_id=needed.id,
                record_id=option_id,
            )
        )
    return findings


def expertise_coverage(pack: Pack, network: AnswerSet | None) -> list[tuple[str, str, list[Record]]] | None:
    """Per needed expertise option (id, label) the partners that bring it in; ``None`` when the pack cannot tell."""
    needed = pack.question_for_role("needed_expertise")
    source = pack.partner_records()
    if not isinstance(needed, ChoiceQuestion) or source is None or network is None:
        return None
    expertise = _field_id(source, "expertise")
    if not expertise:
        return None
    answer = network.get(needed)
    assert isinstance(answer, ChoiceAnswer)
    partners = filled_records(pack, network, source.id)
    records = partners[1] if partners is not None else []
    labels = {o.id: o.label for o in needed.options}
    return [
        (option_id, labels[option_id], [r for r in records if option_id in r.options(expertise)])
        for option_id in answer.selected
        if option_id in labels
    ]


def uncovered_expertise(pack: Pack, network: AnswerSet | None) -> list[tuple[str, str]]:
    """Needed expertise options (id, label) that no partner of the map brings in."""
    return [(oid, label) for oid, label, partners in expertise_coverage(pack, network) or [] if not partners]


def cross_checks(
    pack: Pack,
    profile: Sheet | None,
    network: Sheet | None,
    cases: Sequence[Case],
    today: date,
    lang: str | None = None,
) -> list[CheckFinding]:
    """Every finding of every check, in ``lang`` (default: the pack's language if Bouwsteen speaks it, else Dutch):
    the cases (by code) first, then the network map."""
    directory = PartnerDirectory(pack, network, profile, output_language(lang or pack.language))
    findings: list[CheckFinding] = []
    for case in sorted(cases, key=lambda c: c.code):
        findings += case_checks(pack, case, directory, today)
    findings += network_checks(pack, network, directory)
    return findings
