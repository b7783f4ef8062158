"""The demo workspace: complete, fictional, anonymised, fixed in time, in the pack's language."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import (
    CASE_CODE_PATTERN,
    SELF_PARTNER,
    AnswerSet,
    Case,
    ChecklistAnswer,
    FieldValue,
    PartnerAnswer,
    RecordsAnswer,
    TextAnswer,
    answer_fits,
    is_answered,
    partners_of,
)
from bouwsteen_tui.core.content import FieldKind, Pack, RecordsQuestion, Scope, builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES, build_demo, write_demo
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.privacy import IdentifierKind, scan
from bouwsteen_tui.core.workspace import Workspace

SCHOOL_YEAR = (date(2026, 9, 1), date(2027, 6, 30))


@pytest.fixture(scope="module", params=["nl", "en"])
def pack(request: pytest.FixtureRequest) -> Pack:
    return load_pack_or_raise(builtin_pack_dir(request.param))


def texts(answers: AnswerSet) -> list[str]:
    """Every piece of text in ``answers``."""
    out: list[str] = []
    for answer in answers.answers.values():
        if isinstance(answer, TextAnswer):
            out.append(answer.text)
        elif isinstance(answer, RecordsAnswer):
            out += [v for r in answer.items for v in r.values.values() if isinstance(v, str)]
    return out


def values(answers: AnswerSet) -> list[FieldValue]:
    records = [r for a in answers.answers.values() if isinstance(a, RecordsAnswer) for r in a.items]
    return [v for r in records for v in r.values.values()]


def test_every_role_card_question_is_answered(pack: Pack) -> None:
    """The role card answers every question of step 1, each with an answer of the right kind."""
    profile, _network, _cases = build_demo(pack)
    step = pack.step(profile.step_id)
    for part in step.parts:
        for question in part.questions:
            answer = profile.answers.get(question.id)
            assert answer is not None and answer_fits(question, answer) and is_answered(answer), question.id


def test_role_card_checklist_is_partly_ticked(pack: Pack) -> None:
    """Some checklist items are ticked, not all."""
    profile, _network, _cases = build_demo(pack)
    checklist = profile.answers[pack.step(profile.step_id).checklist.id]
    assert isinstance(checklist, ChecklistAnswer)
    assert 0 < len(checklist.checked) < len(pack.step(profile.step_id).checklist.items)


def test_network_has_seven_partners_of_several_types_and_strengths(pack: Pack) -> None:
    """Seven partners: school, welfare, local government, youth care, leisure; strong, weak and no links."""
    _profile, network, _cases = build_demo(pack)
    partners = partners_of(pack, network)
    assert len(partners) == 7
    assert {p.text("type") for p in partners} >= {"school", "welfare", "local_government", "youth_care", "leisure"}
    assert {p.text("strength") for p in partners} >= {"strong", "workable", "weak", "none"}


def test_every_network_question_is_answered(pack: Pack) -> None:
    """The network sheet answers every question of step 3."""
    _profile, network, _cases = build_demo(pack)
    for part in pack.step(network.step_id).parts:
        for question in part.questions:
            assert is_answered(network.answers.get(question.id)), question.id


def test_contact_details_are_fictional(pack: Pack) -> None:
    """E-mail addresses are at example.be or example.org; phone numbers follow the 050 12 34 56 pattern."""
    _profile, network, _cases = build_demo(pack)
    for partner in partners_of(pack, network):
        if partner.text("email"):
            assert re.fullmatch(r"[a-z.-]+@([a-z-]+\.)*example\.(be|org)", partner.text("email"))
        if partner.text("phone"):
            assert re.fullmatch(r"050 \d\d \d\d \d\d", partner.text("phone"))


def test_contact_persons_are_named_by_initial_only(pack: Pack) -> None:
    """A contact person is a title and an initial with a common surname, or a role: never a full name."""
    _profile, network, _cases = build_demo(pack)
    for partner in partners_of(pack, network):
        contact = partner.text("contact")
        if contact and contact[0].isupper():
            assert re.match(r"(Mevr\.|Dhr\.|Ms|Mr) [A-Z]\. [A-Z][a-z]+", contact), contact


def test_case_texts_hold_no_identifiers(pack: Pack) -> None:
    """No national register number, e-mail, phone, IBAN or birth date appears in any case."""
    _profile, _network, cases = build_demo(pack)
    for case in cases:
        for text in texts(case):
            assert scan(text) == [], text


def test_no_national_numbers_anywhere(pack: Pack) -> None:
    """Not even the role card or the network map holds a national register or BIS number."""
    profile, network, _cases = build_demo(pack)
    for text in texts(profile) + texts(network):
        kinds = {f.kind for f in scan(text)}
        assert not kinds & {IdentifierKind.NATIONAL_NUMBER, IdentifierKind.BIS_NUMBER}, text


def test_two_cases_with_fixed_valid_codes(pack: Pack) -> None:
    """The cases are C-7K4Q and C-3MXR, valid pseudonymous codes."""
    _profile, _network, cases = build_demo(pack)
    assert [c.code for c in cases] == list(DEMO_CASE_CODES) == ["C-7K4Q", "C-3MXR"]
    assert all(re.fullmatch(CASE_CODE_PATTERN, c.code) for c in cases)


def test_cases_have_perspectives_actions_tasks_parents_and_agreements(pack: Pack) -> None:
    """Each case answers the questions the agreement sheet is built from; some actions are chosen, some not."""
    _profile, _network, cases = build_demo(pack)
    for case in cases:
        for question_id in ("case_partners", "shared_framing", "perspectives", "strengths", "actions",
                            "task_division", "involvement", "capacity", "agreements"):
            assert is_answered(case.answers.get(question_id)), (case.code, question_id)
        actions = case.answers["actions"]
        assert isinstance(actions, RecordsAnswer)
        assert {r.flag("chosen") for r in actions.items} == {True, False}


def test_every_partner_reference_names_a_partner_of_the_map(pack: Pack) -> None:
    """Partner fields and the case's partners point at partners of the network map or at my organisation."""
    _profile, network, cases = build_demo(pack)
    known = {p.id for p in partners_of(pack, network)} | {SELF_PARTNER}
    for case in cases:
        involved = case.answers["case_partners"]
        assert isinstance(involved, PartnerAnswer) and set(involved.partners) <= known
        for step in pack.steps:
            if step.scope is not Scope.CASE:
                continue
            for part in step.parts:
                for question in part.questions:
                    if not isinstance(question, RecordsQuestion):
                        continue
                    answer = case.get(question)
                    assert isinstance(answer, RecordsAnswer)
                    for record_field in question.fields:
                        refs = [r.text(record_field.id) for r in answer.items if r.text(record_field.id)]
                        if record_field.kind is FieldKind.PARTNER:
                            assert set(refs) <= known, (case.code, question.id)
                        if record_field.kind is FieldKind.RECORD:
                            source = case.answers[record_field.source]
                            assert isinstance(source, RecordsAnswer)
                            assert set(refs) <= {r.id for r in source.items}, (case.code, question.id)


def test_dates_are_fixed_in_the_school_year(pack: Pack) -> None:
    """Every date is a fixed day of the school year 2026–2027, so outputs do not depend on today."""
    profile, network, cases = build_demo(pack)
    dates = [v for doc in (profile, network, *cases) for v in values(doc) if isinstance(v, date)]
    dates += [d for c in cases for d in (c.created, c.keep_until)]
    assert len(dates) > 20
    assert all(SCHOOL_YEAR[0] <= d <= SCHOOL_YEAR[1] for d in dates)


def test_demo_is_deterministic(pack: Pack) -> None:
    """Building the demo twice gives the same answers."""
    first, second = build_demo(pack), build_demo(pack)
    assert first[0].answers == second[0].answers and first[1].answers == second[1].answers
    def dump(cases: list[Case]) -> list[dict[str, object]]:
        return [c.model_dump(exclude={"updated"}) for c in cases]

    assert dump(first[2]) == dump(second[2])


def test_demo_speaks_the_pack_language() -> None:
    """The Dutch and the English demo have the same structure but different texts."""
    nl_pack, en_pack = (load_pack_or_raise(builtin_pack_dir(lang)) for lang in ("nl", "en"))
    nl_profile, nl_network, _ = build_demo(nl_pack)
    en_profile, en_network, _ = build_demo(en_pack)
    assert set(nl_profile.answers) == set(en_profile.answers) and set(nl_network.answers) == set(en_network.answers)
    message_nl, message_en = nl_profile.answers["partner_message"], en_profile.answers["partner_message"]
    assert isinstance(message_nl, TextAnswer) and isinstance(message_en, TextAnswer)
    assert "Ik ben CLB-medewerker" in message_nl.text and "I am a CLB worker" in message_en.text


def test_write_demo_saves_what_loads_back(pack: Pack, tmp_path: Path) -> None:
    """``write_demo`` saves the role card, network and cases; the workspace reads them back unchanged."""
    with Workspace.open(tmp_path / "ws") as workspace:
        profile, network, cases = write_demo(workspace, pack)
        loaded_profile = workspace.load_sheet(profile.step_id)
        loaded_network = workspace.load_sheet(network.step_id)
        loaded_cases = workspace.load_cases()
    assert loaded_profile is not None and loaded_profile.answers == profile.answers
    assert loaded_network is not None and loaded_network.answers == network.answers
    assert sorted(c.code for c in loaded_cases) == sorted(DEMO_CASE_CODES)
    assert {c.code: c.answers for c in loaded_cases} == {c.code: c.answers for c in cases}
    assert workspace.problems == []


# What the demo files hold that is not text: ids, kinds, the ids of choices, references to partners and records.
_ID_KEYS = frozenset({"action", "checked", "code", "expertise", "feasibility", "format", "id", "impact", "kind",
                      "partner", "partners", "period", "primary", "selected", "strength", "type", "who"})


def _shape(value: object, key: str = "") -> object:
    """``value`` with every text replaced by ``str``: ids, choices, dates and the nesting stay."""
    if isinstance(value, dict):
        return {k: _shape(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(item, key) for item in value]
    return str if isinstance(value, str) and key not in _ID_KEYS else value


def test_the_dutch_and_english_demo_files_differ_only_in_their_texts() -> None:
    """nl.toml and en.toml hold the same documents, questions, ids, choices and dates: only the texts differ."""
    import tomllib

    from bouwsteen_tui.core.demo import demo_file

    nl, en = (tomllib.loads(demo_file(lang).read_text(encoding="utf-8")) for lang in ("nl", "en"))
    assert _shape(nl) == _shape(en)
    assert nl != en


def test_a_pack_in_another_language_gets_the_english_demo() -> None:
    """The Dutch example is for a Dutch pack only; any other language reads the English file."""
    from bouwsteen_tui.core.demo import demo_file

    assert (demo_file("nl").name, demo_file("en").name, demo_file("fr").name) == ("nl.toml", "en.toml", "en.toml")
