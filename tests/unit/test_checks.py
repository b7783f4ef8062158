"""Cross-step checks: one test per check, plus what a finding carries and when checks stay silent."""

from __future__ import annotations

from datetime import date

import pytest

from bouwsteen_tui.core.answers import (
    SELF_PARTNER,
    Case,
    CaseStatus,
    ChoiceAnswer,
    Record,
    RecordsAnswer,
    Sheet,
)
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import build_demo
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.export import CheckFinding, CheckKind, cross_checks

TODAY = date(2026, 11, 28)
SCHOOL = Record(id="p-school", values={"organisation": "VBS De Linde", "contact": "Mevr. A. Peeters"})


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


@pytest.fixture(scope="module")
def en() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("en"))


def network(*partners: Record, **answers: object) -> Sheet:
    sheet = Sheet(pack_id="bouwsteen", step_id="network", answers=answers)
    sheet.set("partners", RecordsAnswer(items=list(partners)))
    return sheet


def case(**answers: object) -> Case:
    return Case(pack_id="bouwsteen", code="C-7K4Q", keep_until=date(2027, 6, 30), answers=answers)


def agreement(**values: object) -> Record:
    return Record(id="r-afspr1", values={"what": "Gesprek met moeder", "report_date": date(2026, 12, 11), **values})


def kinds(findings: list[CheckFinding]) -> list[CheckKind]:
    return [f.kind for f in findings]


def test_agreement_without_owner_is_found(nl: Pack) -> None:
    """An agreement that nobody takes on is a point to check, with a message that says what to do."""
    findings = cross_checks(nl, None, network(SCHOOL), [case(agreements=RecordsAnswer(items=[agreement()]))], TODAY)
    assert kinds(findings) == [CheckKind.AGREEMENT_OWNER]
    assert findings[0].message == "Niemand neemt deze afspraak op: duid aan wie ze opneemt."
    assert findings[0].where == "C-7K4Q, afspraak 1"


def test_agreement_owned_by_a_partner_not_on_the_map_is_found(nl: Pack) -> None:
    """An owner id that is not (or no longer) a partner of the network map is a point to check."""
    answers = RecordsAnswer(items=[agreement(who="p-verdwenen")])
    findings = cross_checks(nl, None, network(SCHOOL), [case(agreements=answers)], TODAY)
    assert kinds(findings) == [CheckKind.AGREEMENT_OWNER]
    assert "staat niet (meer) op de netwerkkaart" in findings[0].message


@pytest.mark.parametrize("owner", ["p-school", SELF_PARTNER])
def test_agreement_owned_by_a_known_partner_or_myself_is_fine(nl: Pack, owner: str) -> None:
    """A partner of the map, or my own organisation ('self'), is a known owner."""
    answers = RecordsAnswer(items=[agreement(who=owner)])
    assert cross_checks(nl, None, network(SCHOOL), [case(agreements=answers)], TODAY) == []


def test_chosen_action_nobody_takes_on_is_found(nl: Pack) -> None:
    """A chosen action that no task of 'who takes on what' refers to is a point to check."""
    actions = RecordsAnswer(items=[
        Record(id="r-actie1", values={"idea": "ontbijt op school", "chosen": True}),
        Record(id="r-actie2", values={"idea": "huiswerkklas", "chosen": True}),
        Record(id="r-actie3", values={"idea": "jeugdhulp", "chosen": False}),
    ])
    tasks = RecordsAnswer(items=[Record(values={"action": "r-actie1", "partner": "p-school"})])
    findings = cross_checks(nl, None, network(SCHOOL), [case(actions=actions, task_division=tasks)], TODAY)
    assert kinds(findings) == [CheckKind.ACTION_UNASSIGNED]
    assert findings[0].record_id == "r-actie2"
    assert "‘huiswerkklas’" in findings[0].message


def test_report_back_date_missing_is_found(nl: Pack) -> None:
    """An agreement without a report-back date is a point to check."""
    answers = RecordsAnswer(items=[Record(values={"what": "Bellen", "who": "p-school"})])
    findings = cross_checks(nl, None, network(SCHOOL), [case(agreements=answers)], TODAY)
    assert kinds(findings) == [CheckKind.REPORT_DATE_MISSING]


def test_report_back_date_in_the_past_is_found(nl: Pack) -> None:
    """A report-back date before today is a point to check, naming the date; today itself is not past."""
    past = RecordsAnswer(items=[agreement(who="p-school", report_date=date(2026, 11, 27))])
    findings = cross_checks(nl, None, network(SCHOOL), [case(agreements=past)], TODAY)
    assert kinds(findings) == [CheckKind.REPORT_DATE_PAST]
    assert "(27-11-2026) is voorbij" in findings[0].message
    today = RecordsAnswer(items=[agreement(who="p-school", report_date=TODAY)])
    assert cross_checks(nl, None, network(SCHOOL), [case(agreements=today)], TODAY) == []


def test_partner_without_contact_details_is_found(nl: Pack) -> None:
    """A partner with no contact person, e-mail, phone or reachability is a point to check."""
    lonely = Record(id="p-jeugd", values={"organisation": "Jeugdhulp", "type": "youth_care"})
    findings = cross_checks(nl, None, network(SCHOOL, lonely), [], TODAY)
    assert kinds(findings) == [CheckKind.PARTNER_WITHOUT_CONTACT]
    assert (findings[0].where, findings[0].record_id) == ("netwerkkaart, Jeugdhulp", "p-jeugd")


def test_reachability_alone_counts_as_contact_details(nl: Pack) -> None:
    """Knowing how to reach a partner is enough, even without a named contact person."""
    reachable = Record(id="p-sport", values={"organisation": "Sportclub", "reachability": "zaterdagvoormiddag"})
    assert cross_checks(nl, None, network(reachable), [], TODAY) == []


def test_needed_expertise_no_partner_covers_is_found(nl: Pack) -> None:
    """A needed expertise that no partner of the map brings in is a point to check; own additions are not."""
    caw = Record(id="p-cawnoord", values={"organisation": "CAW", "contact": "onthaal", "expertise": ["psychosocial"]})
    net = network(caw, needed_expertise=ChoiceAnswer(selected=["psychosocial", "medical"], other=["verslaving"]))
    findings = cross_checks(nl, None, net, [], TODAY)
    assert kinds(findings) == [CheckKind.EXPERTISE_NOT_COVERED]
    assert findings[0].message == "Nog geen enkele partner brengt de nodige expertise ‘medisch’ in."
    assert (findings[0].question_id, findings[0].record_id) == ("needed_expertise", "medical")


def test_findings_say_where_to_go(nl: Pack) -> None:
    """A finding names the step, question, record and case, so the app can take the user there."""
    finding = cross_checks(nl, None, network(SCHOOL), [case(agreements=RecordsAnswer(items=[agreement()]))], TODAY)[0]
    assert (finding.step_id, finding.question_id, finding.record_id, finding.case_code) == (
        "case", "agreements", "r-afspr1", "C-7K4Q",
    )


def test_findings_follow_the_pack_language(en: Pack) -> None:
    """An English pack gives English messages and places."""
    findings = cross_checks(en, None, network(SCHOOL), [case(agreements=RecordsAnswer(items=[agreement()]))], TODAY)
    assert findings[0].message == "Nobody takes on this agreement: say who does."
    assert findings[0].where == "C-7K4Q, agreement 1"


def test_closed_cases_are_not_checked(nl: Pack) -> None:
    """A closed case's old agreements raise no points to check."""
    closed = case(agreements=RecordsAnswer(items=[Record(values={"what": "Bellen"})]))
    closed.status = CaseStatus.CLOSED
    assert cross_checks(nl, None, network(SCHOOL), [closed], TODAY) == []


def test_empty_records_are_not_checked(nl: Pack) -> None:
    """A record the user added but left empty is no agreement yet."""
    answers = RecordsAnswer(items=[Record(values={"what": "  "})])
    assert cross_checks(nl, None, network(SCHOOL), [case(agreements=answers)], TODAY) == []


def test_checks_without_their_questions_are_skipped(nl: Pack) -> None:
    """Without a network map or cases nothing is reported."""
    assert cross_checks(nl, None, None, [], TODAY) == []


def test_demo_findings(nl: Pack) -> None:
    """The demo shows each kind of check it was built to show: one unassigned action, one agreement for the family
    with an abbreviation, one partner, one gap."""
    profile, net, cases = build_demo(nl)
    findings = cross_checks(nl, profile, net, cases, TODAY)
    assert [(f.kind, f.where) for f in findings] == [
        (CheckKind.ACTION_UNASSIGNED, "C-3MXR, actie 2"),
        (CheckKind.FAMILY_WORDING_UNCLEAR, "C-7K4Q, afspraak 3"),
        (CheckKind.PARTNER_WITHOUT_CONTACT, "netwerkkaart, Jeugdhulp regio Noord"),
        (CheckKind.EXPERTISE_NOT_COVERED, "netwerkkaart, expertise"),
    ]


# --------------------------------------------------------------------------------------------- plain language


def family_findings(pack: Pack, **values: object) -> list[CheckFinding]:
    answers = RecordsAnswer(items=[agreement(who="p-school", **values)])
    findings = cross_checks(pack, None, network(SCHOOL), [case(agreements=answers)], TODAY)
    return [f for f in findings if f.kind is CheckKind.FAMILY_WORDING_UNCLEAR]


def test_words_for_the_family_with_an_unexplained_abbreviation_are_found(nl: Pack) -> None:
    """The family wording is checked; the message names each abbreviation and says what to do."""
    (finding,) = family_findings(nl, involves_family=True, family_wording="Het CLB en het CAW bellen u.")
    assert finding.where == "C-7K4Q, afspraak 1"
    assert finding.message == (
        "De tekst voor het gezin gebruikt ‘CLB’, ‘CAW’ zonder uitleg: zeg wat het betekent of laat de afkorting weg."
    )
    assert (finding.question_id, finding.record_id) == ("agreements", "r-afspr1")


def test_without_family_wording_the_agreements_text_is_checked_when_it_involves_the_family(nl: Pack) -> None:
    """The family sheet shows the agreement's own text when there are no words for the family: that is checked."""
    (finding,) = family_findings(nl, what="Het CLB belt moeder.", involves_family=True)
    assert finding.message.startswith("Deze afspraak komt op het gezinsblad en gebruikt ‘CLB’ zonder uitleg")
    assert family_findings(nl, what="Het CLB belt moeder.", involves_family=False) == []
    assert family_findings(nl, what="Het CLB belt moeder.") == []


def test_explained_or_plain_words_for_the_family_are_fine(nl: Pack) -> None:
    explained = "Het CLB (centrum voor leerlingenbegeleiding) belt u. Het CLB helpt op school."
    assert family_findings(nl, what="CLB belt", involves_family=True, family_wording=explained) == []
    assert family_findings(nl, what="CLB belt", involves_family=True, family_wording="Meneer Maes belt u.") == []


def test_the_plain_language_finding_follows_the_pack_language(en: Pack) -> None:
    (finding,) = family_findings(en, involves_family=True, family_wording="The MDO meets on Friday.")
    assert finding.message == (
        "The text for the family uses ‘MDO’ without explaining it: say what it means or leave it out."
    )
