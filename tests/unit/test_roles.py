"""Roles: what a question means to the method is declared in the pack (``role``, ``sheet``), never read from ids.

The strongest check renames every step, question and field id of the built-in English pack, keeps its roles, and
expects the demo's outputs to stay byte for byte the golden files: every table, check, calendar entry and title
follows the roles. The other tests cover a pack that declares no roles, and each problem check-content reports.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from bouwsteen_tui.core import roles
from bouwsteen_tui.core.answers import (
    AnswerSet,
    Case,
    ChecklistAnswer,
    ChoiceAnswer,
    Record,
    RecordsAnswer,
    Sheet,
    TextAnswer,
    summarize,
)
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import build_demo
from bouwsteen_tui.core.loader import load_pack, load_pack_or_raise
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export import cross_checks, group_partners, list_outputs

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN = DATA / "golden"
NO_ROLES = DATA / "packs" / "no-roles"
MINIMAL = DATA / "packs" / "minimal"
TODAY = date(2026, 11, 28)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "content-format.md"


def renamed(text: str) -> str:
    """A step file with every step, question and field id (and the ids that refer to them) prefixed ``t_``."""
    out, header = [], None
    for line in text.split("\n"):
        if line.startswith("["):
            header = line.strip()
        elif re.match(r'^(id|title_field|source) = "', line) and header != "[parts]" and header != "[[parts]]":
            line = re.sub(r'= "([a-z0-9_]+)"', r'= "t_\1"', line)
        out.append(line)
    return "\n".join(out)


def rename_answers(answers: AnswerSet) -> dict[str, object]:
    """The answers keyed by the renamed ids, with record values and labels too."""
    out: dict[str, object] = {}
    for question_id, answer in answers.answers.items():
        if isinstance(answer, RecordsAnswer):
            answer = answer.model_copy(update={"items": [
                record.model_copy(update={
                    "values": {f"t_{k}": v for k, v in record.values.items()},
                    "labels": {f"t_{k}": v for k, v in record.labels.items()} if record.labels else record.labels,
                })
                for record in answer.items
            ]})
        out[f"t_{question_id}"] = answer
    return out


@pytest.fixture(scope="module")
def other_ids(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """The built-in English pack with every step, question and field id renamed; roles kept."""
    folder = tmp_path_factory.mktemp("pack") / "en"
    shutil.copytree(builtin_pack_dir("en"), folder)
    for path in folder.glob("step*.toml"):
        path.write_text(renamed(path.read_text(encoding="utf-8")), encoding="utf-8")
    pack = load_pack_or_raise(folder)
    assert "agreements" not in pack.question_ids() and "t_agreements" in pack.question_ids()
    return pack


def demo_outputs(pack: Pack, rename: bool) -> dict[str, bytes]:
    """The demo's outputs as the export writes them, for ``pack`` (its answers renamed when ``rename``)."""
    builtin = load_pack_or_raise(builtin_pack_dir("en"))
    profile, network, cases = build_demo(builtin)
    if rename:
        profile = Sheet(pack_id=pack.id, step_id=f"t_{profile.step_id}", answers=rename_answers(profile))
        network = Sheet(pack_id=pack.id, step_id=f"t_{network.step_id}", answers=rename_answers(network))
        cases = [case.model_copy(update={"answers": rename_answers(case)}) for case in cases]
    sheets = {profile.step_id: profile, network.step_id: network}
    stamp = datetime.combine(TODAY, time(), UTC)
    # the golden calendar's workspace id (test_export.py, test_golden_outputs)
    outputs = list_outputs(pack, sheets, cases, today=TODAY, skip_empty=True, stamp=stamp,
                           calendar_id="0123456789abcdef", formats={"md", "html", "ics"})
    return {output.filename: output.data() for output in outputs}


def test_a_pack_with_other_ids_gives_the_same_outputs(other_ids: Pack) -> None:
    """With every id renamed and the roles kept, the role card, case sheets, network map and calendar are the
    golden files byte for byte: every table, check, calendar event and title follows the roles, not the ids."""
    expected = {path.name: path.read_bytes() for path in (GOLDEN / "en").iterdir()}
    assert demo_outputs(other_ids, rename=True) == expected


def test_the_checks_follow_the_roles(other_ids: Pack) -> None:
    """The cross-step checks find the same points in a pack with other ids, pointing at its own questions."""
    builtin = load_pack_or_raise(builtin_pack_dir("en"))
    profile, network, cases = build_demo(builtin)
    expected = cross_checks(builtin, profile, network, cases, TODAY)
    renamed_network = Sheet(pack_id=builtin.id, step_id="t_network", answers=rename_answers(network))
    renamed_profile = Sheet(pack_id=builtin.id, step_id="t_role", answers=rename_answers(profile))
    renamed_cases = [case.model_copy(update={"answers": rename_answers(case)}) for case in cases]
    found = cross_checks(other_ids, renamed_profile, renamed_network, renamed_cases, TODAY)
    assert expected, "the demo has points to check"
    assert [(f.kind, f.where, f.message, f.record_id) for f in found] == [
        (f.kind, f.where, f.message, f.record_id) for f in expected
    ]
    assert {f.question_id for f in found} <= other_ids.question_ids()


def test_the_builtin_packs_declare_every_role() -> None:
    """The built-in packs declare every role of the table, each field role of it, and the three sheets."""
    for language in ("nl", "en"):
        pack = load_pack_or_raise(builtin_pack_dir(language))
        for role in roles.ROLES:
            question = pack.question_for_role(role.name)
            assert question is not None, (language, role.name)
            declared = {f.role for f in getattr(question, "fields", []) if f.role}
            assert declared == {f.name for f in role.fields}, (language, role.name)
        assert [step.sheet for step in pack.steps] == ["role_card", "case_sheet", "network_map"]


# --------------------------------------------------------------------------------------------- a pack without roles


def no_roles_outputs() -> dict[str, str]:
    pack = load_pack_or_raise(NO_ROLES)
    profile = Sheet(pack_id=pack.id, step_id="profiel", answers={
        "organisation": TextAnswer(text="CLB Voorbeeldstad"),
        "sector": ChoiceAnswer(selected=["onderwijs"]),
        "profiel_checklist": ChecklistAnswer(checked=["voorstellen"]),
    })
    network = Sheet(pack_id=pack.id, step_id="netwerk", answers={
        "meetings": RecordsAnswer(items=[Record(values={"date": date(2027, 1, 12), "aim": "kennismaking"})]),
    })
    case = Case(pack_id=pack.id, code="C-7K4Q", answers={
        "agreements": RecordsAnswer(items=[Record(values={"what": "bellen", "report_date": date(2027, 1, 20)})]),
    })
    outputs = list_outputs(pack, {"profiel": profile, "netwerk": network}, [case], today=TODAY,
                           stamp=datetime.combine(TODAY, time(), UTC), formats={"md", "ics"})
    prefix = f"{pack.id}-"  # a trainer's pack's files carry its id (core/packs.py): checked once here
    assert all(output.filename.startswith(prefix) for output in outputs)
    return {output.filename.removeprefix(prefix): output.render() for output in outputs}


def test_a_pack_without_roles_gets_sheets_named_after_its_steps() -> None:
    """No role card, case sheet or network map: each sheet is named after its step's id and titled by the step."""
    files = no_roles_outputs()
    assert list(files) == ["profiel.md", "casus-C-7K4Q.md", "netwerk.md", "kalender.ics"]
    assert "\n# Wie ben ik aan deze tafel?\n" in files["profiel.md"]
    assert "\n# Een verzonnen casus C-7K4Q\n" in files["casus-C-7K4Q.md"]
    assert "\n# Ons kleine netwerk\n" in files["netwerk.md"]


def test_a_pack_without_roles_never_gets_the_methods_names() -> None:
    """'Rolkaart', 'Casuscode', 'Netwerkkaart en organisatieafspraken' and the method's calendar name appear in no
    output of a pack that does not ask for them; the calendar is named after the pack."""
    files = no_roles_outputs()
    for name in ("Rolkaart", "Casuscode", "Netwerkkaart en organisatieafspraken", "terugkoppeling, bijsturing"):
        assert not [f for f, text in files.items() if name in text], name
    assert "X-WR-CALNAME:Oefenpakket zonder rollen" in files["kalender.ics"]


def test_ids_of_the_builtin_pack_mean_nothing_without_roles() -> None:
    """A question with id 'agreements' or 'meetings' but no role puts no date in the calendar."""
    assert "BEGIN:VEVENT" not in no_roles_outputs()["kalender.ics"]


def test_labels_come_from_the_pack_not_from_the_id() -> None:
    """A question with id 'sector' is labelled as the pack says, not 'Sector' (the built-in short label)."""
    profile = no_roles_outputs()["profiel.md"]
    assert "In welke sector werk ik?" in profile
    assert "Sector:" not in profile
    assert "Voor welke organisatie werk ik?" in profile


def test_the_profile_steps_checklist_is_on_its_sheet() -> None:
    """A profile step that is not the role card shows its checklist on its sheet, like any other step."""
    profile = no_roles_outputs()["profiel.md"]
    assert "## Wat doe je in deze stap?" in profile
    assert "- [x] Stel jezelf voor in twee zinnen." in profile
    assert "- [ ] Luister naar je tafelgenoten." in profile


# --------------------------------------------------------------------------------------------- check-content


def broken(tmp_path: Path, file: str, old: str, new: str) -> list[str]:
    """Copy the no-roles pack, replace ``old`` by ``new`` in ``file``, and return the problems as text."""
    folder = tmp_path / "pack"
    shutil.copytree(NO_ROLES, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    pack, problems = load_pack(folder)
    assert pack is None
    return [without_line(str(p).replace(str(folder) + "/", "")) for p in problems]


def without_line(problem: str) -> str:
    """A problem as text without its line number (one test checks the line)."""
    return re.sub(r"^([^:]+):\d+:", r"\1:", problem)


SECTOR = 'id = "sector"\nkind = "choice"\n'
AGREEMENTS = 'id = "agreements"\nkind = "records"\n'
REPORT = 'id = "report_date"\nkind = "date"\n'
WHAT = 'id = "what"\nkind = "line"\n'
MEETINGS = 'id = "meetings"\nkind = "records"\n'


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        pytest.param("profiel.toml", SECTOR, SECTOR + 'role = "sectr"\n',
                     "profiel.toml: question sector.role: onbekende rol 'sectr'; kies een van: 'own_organisation'",
                     id="unknown role"),
        pytest.param("profiel.toml", SECTOR, SECTOR + 'role = "own_organisation"\n',
                     "profiel.toml: question sector.role: de rol 'own_organisation' hoort bij een vraag van soort "
                     "'text', niet 'choice'; verander de soort of haal de rol weg", id="wrong kind"),
        pytest.param("netwerk.toml", MEETINGS, MEETINGS + 'role = "agreements"\n',
                     "netwerk.toml: question meetings.role: de rol 'agreements' hoort in een stap met scope 'case', "
                     "niet 'network'; verplaats de vraag of haal de rol weg", id="wrong scope"),
        pytest.param("casus.toml", REPORT, REPORT + 'role = "report_date"\n',
                     "casus.toml: question agreements.fields.report_date.role: een veld kan de rol 'report_date' "
                     "alleen hebben als zijn vraag een rol heeft", id="field role without question role"),
        pytest.param("casus.toml", AGREEMENTS + 'label = "Onze afspraken"\n',
                     AGREEMENTS + 'role = "agreements"\nlabel = "Onze afspraken"\n',
                     None, id="valid"),
    ],
)
def test_check_content_reports_a_wrong_role(tmp_path: Path, file: str, old: str, new: str,
                                           expected: str | None) -> None:
    """Each wrong role is one problem naming the file, line, field path and the fix, in the pack's language."""
    if expected is None:
        folder = tmp_path / "pack"
        shutil.copytree(NO_ROLES, folder)
        path = folder / file
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
        assert load_pack(folder)[1] == []
        return
    problems = broken(tmp_path, file, old, new)
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_a_problem_names_the_line_of_the_role(tmp_path: Path) -> None:
    """The problem points at the line of the wrong ``role = …``, so that a trainer finds it at once."""
    folder = tmp_path / "pack"
    shutil.copytree(NO_ROLES, folder)
    path = folder / "profiel.toml"
    text = path.read_text(encoding="utf-8").replace(SECTOR, SECTOR + 'role = "own_organisation"\n')
    path.write_text(text, encoding="utf-8")
    (problem,) = load_pack(folder)[1]
    assert problem.line == text.split("\n").index('role = "own_organisation"') + 1
    assert problem.field == "question sector.role"


def test_a_role_declared_twice_is_reported(tmp_path: Path) -> None:
    """Two questions with the same role: the second is reported, naming the first."""
    problems = broken(tmp_path, "netwerk.toml", 'label = "Doel"\n',
                      'label = "Doel"\n\n[[parts.questions]]\nid = "tweede"\nkind = "text"\n'
                      'role = "network_gaps"\nlabel = "Hiaten"\n\n[[parts.questions]]\nid = "derde"\nkind = "text"\n'
                      'role = "network_gaps"\nlabel = "Nog eens hiaten"\n')
    assert problems == [
        "netwerk.toml: question derde.role: de rol 'network_gaps' staat ook op vraag 'tweede'; een rol mag maar "
        "één keer in een pakket"
    ]


def field_problems(tmp_path: Path, what_role: str, report_role: str, extra: str = "") -> list[str]:
    """The problems of the no-roles pack with role "agreements" on its agreements and the given field roles."""
    folder = tmp_path / "pack"
    shutil.copytree(NO_ROLES, folder)
    path = folder / "casus.toml"
    text = path.read_text(encoding="utf-8").replace(AGREEMENTS, AGREEMENTS + 'role = "agreements"\n')
    text = text.replace(WHAT, WHAT + f'role = "{what_role}"\n').replace(REPORT, REPORT + f'role = "{report_role}"\n')
    path.write_text(text + extra, encoding="utf-8")
    return [without_line(str(p).replace(str(folder) + "/", "")) for p in load_pack(folder)[1]]


def test_a_field_role_of_the_wrong_kind_is_reported(tmp_path: Path) -> None:
    """A date field role on a one-line field names the kinds it needs."""
    assert field_problems(tmp_path, "by_when", "report_date") == [
        "casus.toml: question agreements.fields.what.role: de veldrol 'by_when' hoort bij een veld van soort "
        "'date', niet 'line'; verander de soort of haal de rol weg"
    ]


def test_an_unknown_field_role_is_reported(tmp_path: Path) -> None:
    """A field role its question's role does not have lists the ones it has."""
    problems = field_problems(tmp_path, "wat", "report_date")
    assert len(problems) == 1
    assert problems[0].startswith(
        "casus.toml: question agreements.fields.what.role: onbekende veldrol 'wat' voor de rol 'agreements'; "
        "kies een van: 'what', 'who', 'by_when', 'report_date'"
    )


def test_a_field_role_declared_twice_is_reported(tmp_path: Path) -> None:
    """Two fields of one question with the same field role: the second is reported, naming the first."""
    extra = '\n[[parts.questions.fields]]\nid = "nog_eens_wat"\nkind = "text"\nrole = "what"\nlabel = "Wat nog?"\n'
    assert field_problems(tmp_path, "what", "report_date", extra) == [
        "casus.toml: question agreements.fields.nog_eens_wat.role: de veldrol 'what' staat ook op veld 'what' "
        "van deze vraag; geef hem aan één veld"
    ]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("profiel.toml", 'scope = "profile"\n', 'scope = "profile"\nsheet = "rolkaart"\n',
         "profiel.toml: sheet: onbekend blad 'rolkaart'; kies een van: 'role_card', 'case_sheet', 'network_map'"),
        ("profiel.toml", 'scope = "profile"\n', 'scope = "profile"\nsheet = "network_map"\n',
         "profiel.toml: sheet: het blad 'network_map' hoort bij een stap met scope 'network', niet 'profile'"),
    ],
)
def test_a_wrong_sheet_is_reported(tmp_path: Path, file: str, old: str, new: str, expected: str) -> None:
    """A step's sheet must be one of the method's sheets, in a step of its scope."""
    assert broken(tmp_path, file, old, new) == [expected]


def test_partner_source_and_the_partners_role_must_agree(tmp_path: Path) -> None:
    """The older partner_source naming another question than role = "partners" is a problem in pack.toml."""
    folder = tmp_path / "pack"
    shutil.copytree(MINIMAL, folder)
    network = folder / "network.toml"
    text = network.read_text(encoding="utf-8")
    network.write_text(text.replace('id = "partners"\nkind = "records"\n',
                                    'id = "partners"\nkind = "records"\nrole = "partners"\n', 1), encoding="utf-8")
    pack_toml = folder / "pack.toml"
    pack_toml.write_text(pack_toml.read_text(encoding="utf-8").replace('partner_source = "partners"',
                                                                       'partner_source = "meetings"'),
                         encoding="utf-8")
    problems = [str(p).replace(str(folder) + "/", "") for p in load_pack(folder)[1]]
    assert "pack.toml: partner_source: partner_source names 'meetings' but role 'partners' is on 'partners'; make " \
           "them agree" in problems


def test_role_problems_follow_the_packs_language(tmp_path: Path) -> None:
    """An English pack gets the role problems in English."""
    folder = tmp_path / "pack"
    shutil.copytree(MINIMAL, folder)
    role = folder / "role.toml"
    role.write_text(role.read_text(encoding="utf-8").replace('id = "core_task"\nkind = "text"\n',
                                                             'id = "core_task"\nkind = "text"\nrole = "meetings"\n'),
                    encoding="utf-8")
    problems = [p.message for p in load_pack(folder)[1]]
    assert problems == ["role 'meetings' needs a question of kind 'records', not 'text'; change the kind or remove "
                        "the role"]


# --------------------------------------------------------------------------------------------- the docs


def test_the_docs_list_exactly_the_roles_of_the_code() -> None:
    """docs/content-format.md holds the roles table generated from core/roles.py (regenerate it from
    ``roles.docs_table()`` after a change)."""
    text = DOCS.read_text(encoding="utf-8")
    between = text.split("<!-- roles:start -->\n", 1)[1].split("\n<!-- roles:end -->", 1)[0]
    assert between == roles.docs_table()


def test_the_docs_describe_every_sheet() -> None:
    """Every sheet a step can declare is in the docs' table of sheets."""
    text = DOCS.read_text(encoding="utf-8")
    for sheet in roles.SHEETS:
        assert f"| `{sheet}` |" in text, sheet


# --------------------------------------------------------------------------------------------- the app's side


def renamed_demo(pack: Pack) -> tuple[Sheet, Sheet]:
    builtin = load_pack_or_raise(builtin_pack_dir("en"))
    profile, network, _cases = build_demo(builtin)
    return (Sheet(pack_id=pack.id, step_id="t_role", answers=rename_answers(profile)),
            Sheet(pack_id=pack.id, step_id="t_network", answers=rename_answers(network)))


def test_the_drawn_map_follows_the_roles(other_ids: Pack) -> None:
    """The app's map groups partners by the field with role 'type', draws the 'strength', shows 'contact' and
    'gaps', whatever the fields' ids."""
    builtin = load_pack_or_raise(builtin_pack_dir("en"))
    _profile, network, _cases = build_demo(builtin)
    expected = group_partners(builtin, network, "en")
    found = group_partners(other_ids, renamed_demo(other_ids)[1], "en")
    assert [(g.type_id, g.title, [(p.name, p.strength, p.contact, p.gaps) for p in g.partners]) for g in found] == [
        (g.type_id, g.title, [(p.name, p.strength, p.contact, p.gaps) for p in g.partners]) for g in expected
    ]
    assert any(p.gaps for g in found for p in g.partners) and any(p.contact for g in found for p in g.partners)


def test_the_session_finds_the_organisation_and_partners_by_role(other_ids: Pack, tmp_path: Path) -> None:
    """The session's own organisation (the map's centre) and partner list come from the roles, not the ids."""
    profile, network = renamed_demo(other_ids)
    with Workspace.open(tmp_path / "ws") as workspace:
        workspace.save_sheet(profile)
        workspace.save_sheet(network)
        session = Session(other_ids, workspace)
        assert session.own_organisation() == "CLB Voorbeeldstad"
        sheet = session.network_sheet()
        assert sheet is not None and sheet.step_id == "t_network"
        assert len(session.partners()) == 7


def test_the_case_list_finds_report_back_dates_by_role(other_ids: Pack) -> None:
    """A case's next report-back date (home screen, case list) comes from the field with role 'report_date'."""
    builtin = load_pack_or_raise(builtin_pack_dir("en"))
    _profile, _network, cases = build_demo(builtin)
    case = cases[0]
    expected = summarize(case, pack=builtin).report_dates
    assert expected
    assert summarize(case.model_copy(update={"answers": rename_answers(case)}), pack=other_ids).report_dates == expected


def test_a_field_called_report_date_without_role_is_no_report_back_date() -> None:
    """In a pack without roles a field with id 'report_date' is just a date: not a report-back date."""
    pack = load_pack_or_raise(NO_ROLES)
    case = Case(pack_id=pack.id, code="C-7K4Q", answers={
        "agreements": RecordsAnswer(items=[Record(values={"what": "bellen", "report_date": date(2027, 1, 20)})]),
    })
    assert summarize(case, pack=pack).report_dates == ()


def test_check_content_prints_a_wrong_role(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen check-content`` prints a wrong role as file:line: field: message and fails."""
    from bouwsteen_tui.cli import main

    folder = tmp_path / "pack"
    shutil.copytree(NO_ROLES, folder)
    path = folder / "casus.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(AGREEMENTS, AGREEMENTS + 'role = "agreemnts"\n'),
                    encoding="utf-8")
    code = main(["check-content", str(folder)])
    out = capsys.readouterr().out
    assert code != 0
    assert f"{path}:21: question agreements.role: onbekende rol 'agreemnts'" in out
