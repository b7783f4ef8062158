"""Exercise cases and bundles: ``export --format case``, ``import``, ``export --bundle``.

A case travels as a ``case-exchange`` file with the partners it refers to; importing it gives an equal case under
a fresh code and resolves its partners against the network map. Anything else is refused and changes nothing.
"""

from __future__ import annotations

import os
import stat
import tomllib
import zipfile
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core.answers import PartnerAnswer, Record, RecordsAnswer, Sheet, TextAnswer, partners_of
from bouwsteen_tui.core.case_import import import_case
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES, write_demo
from bouwsteen_tui.core.exchange import (
    EXCHANGE_DOCUMENT,
    MAX_ANSWERS,
    MAX_FILE_SIZE,
    MAX_ITEMS,
    MAX_KEY_DEPTH,
    MAX_PARTNERS,
    MAX_RECORDS,
    MAX_TEXT,
    CaseExchange,
    ExchangeError,
    deepest_key,
    export_case,
    read_case_file,
    referenced_partners,
    remap_partners,
    write_case_file,
)
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.lock import WriterLock
from bouwsteen_tui.core.workspace import Workspace

CODE = DEMO_CASE_CODES[0]  # C-7K4Q: refers to the school, the CAW and the bridge figure


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


@pytest.fixture
def demo(tmp_path: Path, nl: Pack) -> Path:
    """A workspace with the demo: a role card, seven partners, two cases."""
    root = tmp_path / "demo"
    with Workspace.open(root) as workspace:
        write_demo(workspace, nl)
    return root


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes: to prove that a refused command changed nothing."""
    if not root.exists():
        return {}
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def case_file(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str = CODE) -> Path:
    """Export ``code`` of the demo as a case file through the CLI; return its path."""
    out = tmp_path / "handout"
    status, stdout, _ = run(["export", "--workspace", str(demo), "--case", code, "--format", "case",
                             "--out", str(out)], capsys)
    assert status == 0
    return Path(stdout.strip())


def strip_partner_ids(pack: Pack, answers: dict[str, object], network: Sheet | None, me: str = "") -> object:
    """The answers with every partner reference replaced by the partner's organisation name (``self`` by ``me``
    when given)."""
    from bouwsteen_tui.core.answers import AnswerSet

    names = {r.id: r.text("organisation") for r in partners_of(pack, network)} | ({"self": me} if me else {})
    holder = AnswerSet(answers=answers)  # type: ignore[arg-type]
    return {k: v.model_dump() for k, v in remap_partners(pack, holder, names).items()}


# --------------------------------------------------------------------------------------------- the file


def test_a_case_file_is_a_case_exchange_document(demo: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The file names its kind, schema version, pack and original code; it holds the answers and the partners
    the case refers to, and no other partner of the network map."""
    path = case_file(demo, tmp_path, capsys)
    assert path.name == f"casus-{CODE}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["document"] == EXCHANGE_DOCUMENT == "case-exchange"
    assert data["schema_version"] == 2
    assert data["author"]["values"] == {"organisation": "CLB Voorbeeldstad"}  # "my organisation" in the demo
    assert (data["pack_id"], data["source_code"]) == ("bouwsteen", CODE)
    assert data["case"]["description"].startswith("leerling 4e leerjaar")
    assert data["case"]["answers"]["shared_framing"]["kind"] == "text"
    assert [p["values"]["organisation"] for p in data["partners"]] == [
        "VBS De Linde", "CAW Noord", "Brugfiguur basisscholen"
    ]
    assert "created" not in data["case"] and "keep_until" not in data["case"]


def test_a_case_file_is_readable_by_its_owner_only(demo: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The case file is written with mode 0600 and no temporary file is left beside it."""
    path = case_file(demo, tmp_path, capsys)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_referenced_partners_follow_partner_questions_and_partner_fields(demo: Path, nl: Pack) -> None:
    """Partners named in a partner question or in a partner field of a record are found, ``self`` is not."""
    with Workspace.open(demo, read_only=True) as workspace:
        case = workspace.load_case(CODE)
    assert case is not None
    found = referenced_partners(nl, case)
    assert found == ["p-delinde", "p-cawnoord", "p-brugfiguur"]
    case.answers = {"agreements": case.answers["agreements"]}  # only the agreements' owners are left
    assert set(referenced_partners(nl, case)) <= {"p-delinde", "p-cawnoord", "p-brugfiguur"}
    assert "self" not in referenced_partners(nl, case)


# --------------------------------------------------------------------------------------------- import


def test_export_then_import_gives_an_equal_case_under_a_new_code(
    demo: Path, tmp_path: Path, nl: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    """Imported into an empty workspace, the case has a fresh code and the same description, status and answers
    (partners compared by organisation); its partners are added to the new network map."""
    path = case_file(demo, tmp_path, capsys)
    target = tmp_path / "participant"
    status, out, _ = run(["import", str(path), "--workspace", str(target)], capsys)
    assert status == 0
    with Workspace.open(demo, read_only=True) as source, Workspace.open(target, read_only=True) as copy:
        original = source.load_case(CODE)
        codes = copy.case_codes()
        assert len(codes) == 1 and codes[0] != CODE
        imported = copy.load_case(codes[0])
        source_network = source.load_sheet("network")
        new_network = copy.load_sheet("network")
    assert original is not None and imported is not None
    assert f"Casus toegevoegd als {imported.code}" in out
    assert (imported.description, imported.status) == (original.description, original.status)
    assert set(imported.answers) == set(original.answers)
    assert strip_partner_ids(nl, dict(imported.answers), new_network) == strip_partner_ids(
        nl, dict(original.answers), source_network, me="CLB Voorbeeldstad"
    )
    assert [r.text("organisation") for r in partners_of(nl, new_network)] == [
        "VBS De Linde", "CAW Noord", "Brugfiguur basisscholen", "CLB Voorbeeldstad"
    ]


def test_import_never_overwrites_a_case(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Importing a case into the workspace it came from adds a third case; the two there stay byte for byte."""
    path = case_file(demo, tmp_path, capsys)
    before = snapshot(demo / "cases")
    assert run(["import", str(path), "--workspace", str(demo)], capsys)[0] == 0
    after = snapshot(demo / "cases")
    for name, data in before.items():
        if name != "index.jsonl":
            assert after[name] == data, name
    with Workspace.open(demo, read_only=True) as workspace:
        assert len(workspace.case_codes()) == 3


def test_import_matches_partners_by_organisation_name(
    demo: Path, tmp_path: Path, nl: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    """A partner whose organisation is already on the map (ignoring case and spacing) is reused, not doubled;
    the case then points at the existing record."""
    path = case_file(demo, tmp_path, capsys)
    target = tmp_path / "participant"
    with Workspace.open(target) as workspace:
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="network", answers={"partners": RecordsAnswer(
            items=[Record(id="p-mine0001", values={"organisation": "  vbs de   LINDE "})]
        )}))
    status, out, _ = run(["import", str(path), "--workspace", str(target)], capsys)
    assert status == 0
    assert "Gekoppeld aan partners van je netwerkkaart: VBS De Linde" in out
    assert "Toegevoegd aan je netwerkkaart: CAW Noord, Brugfiguur basisscholen, CLB Voorbeeldstad" in out
    with Workspace.open(target, read_only=True) as workspace:
        network = workspace.load_sheet("network")
        case = workspace.load_case(workspace.case_codes()[0])
    names = [r.text("organisation") for r in partners_of(nl, network)]
    assert names == ["  vbs de   LINDE ", "CAW Noord", "Brugfiguur basisscholen", "CLB Voorbeeldstad"]
    assert case is not None
    partners = case.answers["case_partners"]
    assert isinstance(partners, PartnerAnswer)
    author = next(r.id for r in partners_of(nl, network) if r.text("organisation") == "CLB Voorbeeldstad")
    assert partners.partners[:2] == [author, "p-mine0001"]  # the trainer's "my organisation", then the match


def test_import_gives_a_fresh_id_to_a_partner_whose_id_is_taken(demo: Path, nl: Pack, tmp_path: Path) -> None:
    """A partner of the file whose id is used on the map by another organisation gets a new id, and the case
    refers to that new id."""
    with Workspace.open(demo, read_only=True) as workspace:
        case = workspace.load_case(CODE)
        exchange = export_case(nl, case, workspace.load_sheet("network"))  # type: ignore[arg-type]
    target = tmp_path / "participant"
    with Workspace.open(target) as workspace:
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="network", answers={"partners": RecordsAnswer(
            items=[Record(id="p-delinde", values={"organisation": "Sportclub"})]
        )}))
        result = import_case(workspace, nl, exchange, today=date(2026, 11, 28))
        network = workspace.load_sheet("network")
    school = next(r for r in partners_of(nl, network) if r.text("organisation") == "VBS De Linde")
    assert school.id != "p-delinde"
    partners = result.case.answers["case_partners"]
    assert isinstance(partners, PartnerAnswer)
    assert school.id in partners.partners and "p-delinde" not in partners.partners


def test_an_imported_case_starts_today_with_the_default_keep_until(demo: Path, nl: Pack, tmp_path: Path) -> None:
    """The copy does not inherit the original's dates: created today, kept until 30 June of the school year."""
    with Workspace.open(demo, read_only=True) as workspace:
        exchange = export_case(nl, workspace.load_case(CODE), workspace.load_sheet("network"))  # type: ignore[arg-type]
    with Workspace.open(tmp_path / "p") as workspace:
        result = import_case(workspace, nl, exchange, today=date(2027, 3, 1))
    assert (result.case.created, result.case.keep_until) == (date(2027, 3, 1), date(2027, 6, 30))


def test_import_creates_a_missing_workspace(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On a participant's fresh laptop the workspace does not exist yet: import creates it."""
    path = case_file(demo, tmp_path, capsys)
    target = tmp_path / "new" / "workspace"
    assert run(["import", str(path), "--workspace", str(target)], capsys)[0] == 0
    assert len(list((target / "cases").glob("C-*.toml"))) == 1


def test_import_speaks_english(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With ``--lang en`` the messages are English."""
    path = case_file(demo, tmp_path, capsys)
    status, out, _ = run(["import", str(path), "--workspace", str(tmp_path / "p"), "--lang", "en"], capsys)
    assert status == 0
    assert out.startswith("Case added as C-") and "Added to your network map: VBS De Linde" in out


# --------------------------------------------------------------------------------------------- refusals


@pytest.fixture
def participant(tmp_path: Path) -> Path:
    """A participant's workspace with a role card, a partner and a case: what a refused import must not touch."""
    root = tmp_path / "participant"
    with Workspace.open(root) as workspace:
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="role", answers={"function": TextAnswer(text="x")}))
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="network", answers={"partners": RecordsAnswer(
            items=[Record(id="p-mine0001", values={"organisation": "CLB Oost"})]
        )}))
    with Workspace.open(root) as workspace:
        from bouwsteen_tui.core.answers import Case

        workspace.save_case(Case(pack_id="bouwsteen", code="C-2222", description="eigen casus"))
    return root


HEAD = b"schema_version = 1\ndocument = \"case-exchange\"\npack_id = \"bouwsteen\"\n"

BROKEN_FILES = {
    "not-toml": b"document = \"case-exchange\nschema_version = 1\n",
    "not-utf8": b"document = \"case-exchange\"\nnote = \"\xff\xfe\"\n",
    "no-kind": b"title = \"een ander bestand\"\n",
    "settings": b"schema_version = 1\ndocument = \"settings\"\nlanguage = \"nl\"\n",
    "case-itself": b"schema_version = 1\ndocument = \"case\"\npack_id = \"bouwsteen\"\ncode = \"C-7K4Q\"\n",
    "no-version": b"document = \"case-exchange\"\npack_id = \"bouwsteen\"\nsource_code = \"C-7K4Q\"\n",
    "newer": b"schema_version = 99\ndocument = \"case-exchange\"\npack_id = \"bouwsteen\"\nsource_code = \"C-7K4Q\"\n",
    "bad-answer": HEAD + b"source_code = \"C-7K4Q\"\n[case.answers.shared_framing]\nkind = \"poem\"\ntext = \"x\"\n",
    "bad-code": b"schema_version = 1\ndocument = \"case-exchange\"\npack_id = \"bouwsteen\"\nsource_code = \"Jan\"\n",
    "unknown-key": (b"schema_version = 1\ndocument = \"case-exchange\"\npack_id = \"bouwsteen\"\n"
                    b"source_code = \"C-7K4Q\"\nchild_name = \"x\"\n"),
    "empty": b"",
}

EXPECTED_REASON = {
    "not-toml": "geen leesbare TOML",
    "not-utf8": "is niet als UTF-8-tekst bewaard (onleesbaar teken op byte 36). Een casusbestand is UTF-8",
    "no-kind": "is geen Bouwsteen-casusbestand",
    "settings": "van de soort 'settings'",
    "case-itself": "van de soort 'case'",
    "no-version": "beschadigd of onvolledig (bij schema_version",
    "newer": "nieuwere Bouwsteen (schemaversie 99",
    "bad-answer": "beschadigd of onvolledig (bij case.answers.shared_framing",
    "bad-code": "beschadigd of onvolledig (bij source_code",
    "unknown-key": "beschadigd of onvolledig (bij child_name",
    "empty": "is geen Bouwsteen-casusbestand",
}


@pytest.mark.parametrize("name", sorted(BROKEN_FILES))
def test_a_broken_or_foreign_file_is_refused_and_changes_nothing(
    name: str, participant: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each broken or foreign file is refused with exit 1 and a message naming the file and what is wrong; the
    workspace stays byte for byte the same."""
    path = tmp_path / f"{name}.toml"
    path.write_bytes(BROKEN_FILES[name])
    before = snapshot(participant)
    status, out, err = run(["import", str(path), "--workspace", str(participant)], capsys)
    assert status == 1
    assert out == ""
    assert err.startswith(f"Niet geïmporteerd: {path} ")
    assert EXPECTED_REASON[name] in err
    assert "Er is niets veranderd." in err
    assert snapshot(participant) == before


def test_a_missing_file_is_refused(participant: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist is named; nothing changes."""
    before = snapshot(participant)
    status, _, err = run(["import", str(tmp_path / "nope.toml"), "--workspace", str(participant)], capsys)
    assert status == 1
    assert f"{tmp_path / 'nope.toml'} kan niet gelezen worden" in err
    assert snapshot(participant) == before


def test_a_huge_file_is_refused_without_reading_it_all(participant: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A file larger than any case file is refused as such, naming its size and the limit in kilobytes."""
    path = tmp_path / "huge.toml"
    path.write_bytes(b"#" * (6 * 1024 * 1024))
    status, _, err = run(["import", str(path), "--workspace", str(participant)], capsys)
    assert status == 1
    assert f"is 6144 kB groot, meer dan de {MAX_FILE_SIZE // 1024} kB die een casusbestand hoogstens mag zijn" in err


def test_a_case_of_another_pack_is_refused(demo: Path, participant: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A case file of another content pack is refused, naming both packs and --content; nothing changes."""
    path = case_file(demo, tmp_path, capsys)
    minimal = Path(__file__).resolve().parents[1] / "data" / "packs" / "minimal"
    before = snapshot(participant)
    status, _, err = run(["import", str(path), "--workspace", str(participant), "--content", str(minimal)], capsys)
    assert status == 1
    assert "'bouwsteen'" in err and "'minimal'" in err and "--content" in err
    assert snapshot(participant) == before


def test_import_into_a_folder_that_is_no_workspace_is_refused(demo: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with other people's files is not turned into a workspace."""
    path = case_file(demo, tmp_path, capsys)
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "verslag.docx").write_bytes(b"x")
    status, _, err = run(["import", str(path), "--workspace", str(folder)], capsys)
    assert status == 1
    assert "verslag.docx" in err
    assert sorted(p.name for p in folder.iterdir()) == ["verslag.docx"]


def test_import_while_another_window_writes_is_refused(demo: Path, participant: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """When another Bouwsteen window holds the workspace, the import says so and changes nothing."""
    path = case_file(demo, tmp_path, capsys)
    lock = WriterLock(participant)
    assert lock.acquire()
    try:
        before = snapshot(participant)
        status, _, err = run(["import", str(path), "--workspace", str(participant)], capsys)
    finally:
        lock.release()
    assert status == 1
    assert "Bouwsteen is open op deze werkmap" in err and "in een ander venster" in err
    assert snapshot(participant) == before


def test_read_case_file_raises_with_a_reason(tmp_path: Path) -> None:
    """The core reader raises ExchangeError with a reason key the interface translates."""
    path = tmp_path / "x.toml"
    path.write_text('document = "sheet"\n', encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        read_case_file(path)
    assert caught.value.reason == "foreign" and caught.value.values == {"kind": "sheet"}


def test_import_case_refuses_another_pack_before_writing(demo: Path, nl: Pack, tmp_path: Path) -> None:
    """``import_case`` itself checks the pack id and writes nothing when it differs."""
    with Workspace.open(demo, read_only=True) as workspace:
        exchange = export_case(nl, workspace.load_case(CODE), workspace.load_sheet("network"))  # type: ignore[arg-type]
    foreign = CaseExchange.model_validate({**exchange.model_dump(), "pack_id": "andere"})
    with Workspace.open(tmp_path / "p") as workspace, pytest.raises(ExchangeError) as caught:
        import_case(workspace, nl, foreign)
    assert caught.value.reason == "pack_mismatch"
    assert list((tmp_path / "p" / "cases").iterdir()) == []


# --------------------------------------------------------------------------------------------- limits


def demo_exchange(demo: Path, nl: Pack) -> CaseExchange:
    with Workspace.open(demo, read_only=True) as workspace:
        return export_case(nl, workspace.load_case(CODE), workspace.load_sheet("network"))  # type: ignore[arg-type]


def many_partners(count: int) -> list[Record]:
    return [Record(values={"organisation": f"Partner {n}"}) for n in range(count)]


def over_limit(exchange: CaseExchange, what: str) -> CaseExchange:
    """``exchange`` with one thing just over its limit."""
    data = exchange.model_copy(deep=True)
    if what == "partners":
        data.partners = many_partners(MAX_PARTNERS + 1)
    elif what == "answers":
        data.case.answers.update({f"extra{n}": TextAnswer(text="x") for n in range(MAX_ANSWERS)})
    elif what == "records":
        data.case.answers["agreements"] = RecordsAnswer(items=[Record(values={"what": "x"})] * (MAX_ITEMS + 1))
    elif what == "all-records":  # every question within its limit, the case as a whole over it
        for n in range(MAX_RECORDS // MAX_ITEMS + 1):
            data.case.answers[f"extra{n}"] = RecordsAnswer(items=[Record(values={"what": "x"})] * MAX_ITEMS)
    elif what == "text":
        data.case.answers["shared_framing"] = TextAnswer(text="x" * (MAX_TEXT + 1))
    elif what == "field":
        agreements = data.case.answers["agreements"]
        assert isinstance(agreements, RecordsAnswer)
        agreements.items[1].values["what"] = "x" * (MAX_TEXT + 1)
    elif what == "partner-field":
        data.partners[0].values["organisation"] = "x" * (MAX_TEXT + 1)
    return data


LIMIT_MESSAGES = {
    "partners": f"brengt {MAX_PARTNERS + 1} partners mee, meer dan de {MAX_PARTNERS} die een casusbestand",
    "answers": f"meer dan de {MAX_ANSWERS} die een casus hoogstens mag hebben",
    "records": f"bevat bij case.answers.agreements {MAX_ITEMS + 1} items, meer dan de {MAX_ITEMS} die",
    "all-records": f"items in totaal, meer dan de {MAX_RECORDS} die een casus hoogstens mag hebben",
    "text": f"bij case.answers.shared_framing.text een tekst van {MAX_TEXT + 1} tekens, meer dan de {MAX_TEXT} tekens",
    "field": f"bij case.answers.agreements.items.1.values.what een tekst van {MAX_TEXT + 1} tekens",
    "partner-field": f"bij partners.0.values.organisation een tekst van {MAX_TEXT + 1} tekens",
}


@pytest.mark.parametrize("what", sorted(LIMIT_MESSAGES))
def test_a_case_file_over_a_limit_is_refused_whole(
    what: str, demo: Path, nl: Pack, participant: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Too many partners, answers or records, or too long a text: the import is refused with a message naming
    the limit and what was found, and the workspace stays byte for byte the same (no partner added)."""
    path = tmp_path / "big.toml"
    write_case_file(path, over_limit(demo_exchange(demo, nl), what))
    before = snapshot(participant)
    status, out, err = run(["import", str(path), "--workspace", str(participant)], capsys)
    assert (status, out) == (1, "")
    assert err.startswith(f"Niet geïmporteerd: {path} ") and "Er is niets veranderd." in err
    assert LIMIT_MESSAGES[what] in err
    assert snapshot(participant) == before


def test_a_limit_is_named_in_english(demo: Path, nl: Pack, participant: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """With ``--lang en`` the refusal names the limit in English."""
    path = tmp_path / "big.toml"
    write_case_file(path, over_limit(demo_exchange(demo, nl), "partners"))
    status, _, err = run(["import", str(path), "--workspace", str(participant), "--lang", "en"], capsys)
    assert status == 1
    assert f"brings {MAX_PARTNERS + 1} partners, more than the {MAX_PARTNERS} a case file may bring" in err


def test_a_case_file_at_the_partner_limit_is_imported(demo: Path, nl: Pack, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Exactly as many partners as the limit allows is fine: all of them reach the network map (and the author's
    organisation, which the case names as "my organisation")."""
    exchange = demo_exchange(demo, nl)
    exchange.partners = many_partners(MAX_PARTNERS)
    path = tmp_path / "full.toml"
    write_case_file(path, exchange)
    status, _, _ = run(["import", str(path), "--workspace", str(tmp_path / "p")], capsys)
    assert status == 0
    with Workspace.open(tmp_path / "p", read_only=True) as workspace:
        assert len(partners_of(nl, workspace.load_sheet("network"))) == MAX_PARTNERS + 1


def test_import_case_checks_the_limits_before_writing(demo: Path, nl: Pack, tmp_path: Path) -> None:
    """``import_case`` itself refuses a case over a limit (for callers that skip read_case_file); nothing is
    written."""
    with Workspace.open(tmp_path / "p") as workspace, pytest.raises(ExchangeError) as caught:
        import_case(workspace, nl, over_limit(demo_exchange(demo, nl), "partners"))
    assert caught.value.reason == "too_many_partners"
    assert caught.value.values == {"found": str(MAX_PARTNERS + 1), "limit": str(MAX_PARTNERS)}
    assert list((tmp_path / "p" / "cases").iterdir()) == []
    assert not (tmp_path / "p" / "sheets").exists() or list((tmp_path / "p" / "sheets").iterdir()) == []


def test_a_deeply_dotted_key_is_refused_before_parsing(tmp_path: Path) -> None:
    """A key with thousands of dots (which the TOML parser reads in quadratic time and memory) is refused as
    nested too deeply, without being parsed."""
    path = tmp_path / "deep.toml"
    path.write_bytes(HEAD + b"a." * 3000 + b"b = 1\n")
    with pytest.raises(ExchangeError) as caught:
        read_case_file(path)
    assert caught.value.reason == "too_deep" and caught.value.values == {"limit": str(MAX_KEY_DEPTH)}


def test_deeply_nested_arrays_are_refused_cleanly(participant: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Arrays nested deeper than the parser can recurse give a message, not a crash; nothing changes."""
    path = tmp_path / "nested.toml"
    path.write_bytes(HEAD + b"a = " + b"[" * 50_000 + b"]" * 50_000 + b"\n")
    before = snapshot(participant)
    status, _, err = run(["import", str(path), "--workspace", str(participant)], capsys)
    assert status == 1
    assert f"dieper genest dan de {MAX_KEY_DEPTH} niveaus" in err
    assert snapshot(participant) == before


def test_dots_inside_quoted_text_do_not_count_as_depth() -> None:
    """Dotted leaders typed in a text (also on a line of a multi-line array, with an = after them) are not key
    depth; quoted key parts still count, escaped quotes included."""
    assert deepest_key('other = [\n    "Naam: ' + "." * 40 + ' = handtekening",\n]\n') == 0
    assert deepest_key('text = "' + "." * 40 + '"\n') == 0
    assert deepest_key('a."\\"".a."\\"".a.a = 1\n') == 5


def test_the_case_files_own_keys_stay_within_the_depth_limit(demo: Path, nl: Pack, tmp_path: Path) -> None:
    """A case file Bouwsteen writes (agreements with their fields, partners) reads back under the depth limit."""
    path = tmp_path / "own.toml"
    write_case_file(path, demo_exchange(demo, nl))
    assert deepest_key(path.read_text(encoding="utf-8")) <= MAX_KEY_DEPTH // 2
    assert read_case_file(path).case == demo_exchange(demo, nl).case


# --------------------------------------------------------------------------------------------- identifier guard


def put_identifier(root: Path) -> None:
    with Workspace.open(root) as workspace:
        case = workspace.load_case(CODE)
        assert case is not None
        case.set("shared_framing", TextAnswer(text="mama: mama.peeters@example.org"))
        workspace.save_case(case)


def test_exporting_a_case_file_with_identifiers_is_refused(demo: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Without --allow-identifiers no case file is written; the message names case and field, never the value."""
    put_identifier(demo)
    out = tmp_path / "handout"
    status, stdout, err = run(["export", "--workspace", str(demo), "--case", CODE, "--format", "case",
                               "--out", str(out)], capsys)
    assert status == 1
    assert f"{CODE}: Start met een gedeelde situering van de casus. (e-mailadres)" in err
    assert "--allow-identifiers" in err
    assert "peeters" not in stdout + err
    assert not out.exists() or list(out.iterdir()) == []
    status, stdout, _ = run(["export", "--workspace", str(demo), "--case", CODE, "--format", "case",
                             "--out", str(out), "--allow-identifiers"], capsys)
    assert status == 0 and Path(stdout.strip()).is_file()


def test_importing_a_case_file_with_identifiers_is_refused(demo: Path, participant: Path, tmp_path: Path,
                                                           nl: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """A case file whose text holds an identifier is refused unless --allow-identifiers; refused, it changes
    nothing; the message never shows the value."""
    put_identifier(demo)
    with Workspace.open(demo, read_only=True) as workspace:
        exchange = export_case(nl, workspace.load_case(CODE), workspace.load_sheet("network"))  # type: ignore[arg-type]
    path = tmp_path / "with-identifier.toml"
    write_case_file(path, exchange)
    before = snapshot(participant)
    status, out, err = run(["import", str(path), "--workspace", str(participant)], capsys)
    assert status == 1
    assert "gedeelde situering van de casus. (e-mailadres)" in err and "--allow-identifiers" in err
    assert "peeters" not in out + err
    assert snapshot(participant) == before
    assert run(["import", str(path), "--workspace", str(participant), "--allow-identifiers"], capsys)[0] == 0
    with Workspace.open(participant, read_only=True) as workspace:
        assert len(workspace.case_codes()) == 2


# --------------------------------------------------------------------------------------------- bad arguments


def test_format_case_needs_a_case_code(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``export --format case`` without ``--case`` is a usage error that says what to add."""
    status, _, err = run(["export", "--workspace", str(demo), "--format", "case"], capsys)
    assert status == 2 and "--case CODE" in err


def test_format_case_refuses_an_unknown_case(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown code is named and nothing is written."""
    status, _, err = run(["export", "--workspace", str(demo), "--case", "C-9999", "--format", "case",
                          "--out", str(tmp_path / "o")], capsys)
    assert status == 1 and "C-9999" in err
    assert not (tmp_path / "o").exists()


def test_import_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen import`` without a file (or --undo CODE) is a usage error, in Dutch."""
    status, _, err = run(["import"], capsys)
    assert status == 2 and "Geef een casusbestand op (bouwsteen import BESTAND)" in err


# --------------------------------------------------------------------------------------------- bundles


def test_a_bundle_holds_exactly_the_files_export_writes(demo: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The zip has the same names and the same bytes as a folder export of the same workspace (in Markdown and the
    calendar: ``--format all`` adds every other document format)."""
    folder = tmp_path / "folder"
    assert run(["export", "--workspace", str(demo), "--out", str(folder), "--format", "md,ics"], capsys)[0] == 0
    bundle = tmp_path / "mee-naar-huis.zip"
    status, out, _ = run(["export", "--workspace", str(demo), "--bundle", str(bundle), "--format", "md,ics"], capsys)
    assert status == 0
    assert out.startswith(f"Bundel geschreven naar {bundle}, met 9 bestand(en):")
    exported = {p.name: p.read_bytes() for p in folder.iterdir()}
    with zipfile.ZipFile(bundle) as archive:
        zipped = {name: archive.read(name) for name in archive.namelist()}
    assert set(zipped) == set(exported) == {
        "rolkaart.md", "netwerkkaart.md", "kalender.ics",
        *(f"{doc}-{code}.md" for doc in ("casusverslag", "afsprakenblad", "gezinsblad")
          for code in (DEMO_CASE_CODES[1], CODE)),
    }
    for name, data in exported.items():
        if name.endswith(".ics"):  # DTSTAMP is the moment of writing
            strip = lambda b: b"".join(line for line in b.split(b"\r\n") if not line.startswith(b"DTSTAMP"))  # noqa: E731
            assert strip(zipped[name]) == strip(data)
        else:
            assert zipped[name] == data, name


def test_a_bundle_is_private_and_written_atomically(demo: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The zip is mode 0600, its entries too, and no temporary file is left in the folder."""
    bundle = tmp_path / "out" / "werk.zip"
    assert run(["export", "--workspace", str(demo), "--bundle", str(bundle)], capsys)[0] == 0
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    assert [p.name for p in bundle.parent.iterdir()] == ["werk.zip"]
    with zipfile.ZipFile(bundle) as archive:
        assert all(stat.S_IMODE(info.external_attr >> 16) == 0o600 for info in archive.infolist())
        assert archive.testzip() is None


def test_a_bundle_replaces_an_old_one_whole(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Writing a bundle over an older file replaces it: the result is a valid zip, not a mix."""
    bundle = tmp_path / "werk.zip"
    bundle.write_bytes(b"oud bestand, geen zip" * 1000)
    assert run(["export", "--workspace", str(demo), "--bundle", str(bundle)], capsys)[0] == 0
    assert zipfile.is_zipfile(bundle)


def test_a_bundle_with_an_identifier_is_not_written(demo: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A bundle is all or nothing: a case with an identifier stops it whole (no zip, exit 1); the last words name
    the case and both fixes. --allow-identifiers writes every output (the case's sheets too)."""
    put_identifier(demo)
    bundle = tmp_path / "werk.zip"
    status, out, err = run(["export", "--workspace", str(demo), "--bundle", str(bundle)], capsys)
    assert status == 1 and out == ""
    assert not bundle.exists() and list(tmp_path.iterdir()) == [demo]
    last = err.strip().splitlines()[-1]
    assert f"Geen bundel geschreven naar {bundle}: {CODE}" in last
    assert "Ctrl+R" in last and "--allow-identifiers" in last
    assert "mama.peeters" not in out + err
    status, _, _ = run(["export", "--workspace", str(demo), "--bundle", str(bundle), "--allow-identifiers"], capsys)
    assert status == 0
    with zipfile.ZipFile(bundle) as archive:
        assert f"afsprakenblad-{CODE}.md" in archive.namelist()


def test_a_bundle_cannot_be_a_folder(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--bundle`` naming a folder is refused with a hint to give a zip file name."""
    status, _, err = run(["export", "--workspace", str(demo), "--bundle", str(tmp_path)], capsys)
    assert status == 1 and "is een map" in err and ".zip" in err


@pytest.mark.parametrize("extra", [["--out", "x"], ["--format", "case", "--case", CODE]])
def test_a_bundle_does_not_combine_with_out_or_format_case(extra: list[str], demo: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """``--bundle`` with ``--out`` or ``--format case`` is a usage error; nothing is written."""
    bundle = tmp_path / "werk.zip"
    status, _, err = run(["export", "--workspace", str(demo), "--bundle", str(bundle), *extra], capsys)
    assert status == 2 and "--bundle" in err
    assert not bundle.exists()


def test_a_bundle_in_an_unwritable_folder_names_it(demo: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """When the zip cannot be written the message names it; exit 1."""
    if os.geteuid() == 0:
        blocker = tmp_path / "file"
        blocker.write_text("x", encoding="utf-8")
        target = blocker / "werk.zip"  # a file where a folder should be: fails for root too
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "werk.zip"
    status, _, err = run(["export", "--workspace", str(demo), "--bundle", str(target)], capsys)
    assert status == 1 and str(target) in err


# --------------------------------------------------------------------------------------------- no interface


@pytest.mark.parametrize(
    "code",
    [
        "import bouwsteen_tui.core.exchange",
        "from bouwsteen_tui.cli import main; main(['import', '/nonexistent.toml'])",
        "from bouwsteen_tui.cli import main; main(['demo', '--workspace', {tmp!r}])",
    ],
    ids=["module", "import-command", "demo-command"],
)
def test_exchange_and_its_commands_load_no_interface(code: str, tmp_path: Path) -> None:
    """The exchange core and the headless commands import neither textual nor rich (checked in a fresh process)."""
    import subprocess
    import sys

    code = code.format(tmp=str(tmp_path / "demo"))
    probe = f"{code}\nimport sys\nprint('LOADED:', *(m for m in ('textual', 'rich') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert result.stdout.splitlines()[-1] == "LOADED:", result.stdout + result.stderr


def test_import_refuses_a_workspace_that_is_a_file(demo: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A --workspace that is a file is named; the file stays as it was."""
    path = case_file(demo, tmp_path, capsys)
    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    status, _, err = run(["import", str(path), "--workspace", str(target)], capsys)
    assert status == 1 and f"{target} is geen map" in err
    assert target.read_text(encoding="utf-8") == "x"
