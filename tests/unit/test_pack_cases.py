"""A case belongs to the pack it was made with (issue 15, part 4).

A workspace holding cases of the built-in pack and of the sample trainer pack (examples/warm-up, id ``opwarmer``):
each pack's session, ``bouwsteen list``, exports, calendars and bundles hold only its own cases, say how many cases
of the other pack there are and the command that opens them; a trainer pack's file names never take the built-in
pack's; nothing deletes or overwrites another pack's case or sheet; an index from before pack ids is read again.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import Case, CaseSummary, Record, RecordsAnswer, Sheet, TextAnswer, summarize
from bouwsteen_tui.core.case_index import INDEX_FILE
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.packs import (
    BUILTIN_PACK_ID,
    PACKS_FILE,
    OtherPack,
    count_other_packs,
    output_name,
    read_pack_folders,
    remember_pack_folder,
)
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export import export_outputs, workspace_outputs
from bouwsteen_tui.export.calendar_sync import CalendarMemory
from bouwsteen_tui.export.pack_calendar import pack_calendar

REPO = Path(__file__).resolve().parents[2]
WARM_UP = REPO / "examples" / "warm-up"
TODAY = date(2026, 12, 7)
BUILTIN_CODE, WARM_UP_CODE = "C-B2B2", "C-W3W3"
BUILTIN_AGREEMENT, WARM_UP_AGREEMENT = "Ingebouwde afspraak bellen", "Opwarmer afspraak ontbijt"


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(dates, "today", lambda: TODAY)
    monkeypatch.delenv("BOUWSTEEN_LANG", raising=False)
    monkeypatch.chdir(tmp_path)


def agreement(what: str, day: date) -> RecordsAnswer:
    return RecordsAnswer(items=[Record(values={"what": what, "report_date": day})])


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A workspace with one case of each pack (each with an agreement and a report-back date) and a sheet of each."""
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        ws.save_sheet(Sheet(pack_id=BUILTIN_PACK_ID, step_id="role", answers={"core_task": TextAnswer(text="taak")}))
        ws.save_sheet(Sheet(pack_id="opwarmer", step_id="kennismaking",
                            answers={"mijn_functie": TextAnswer(text="brugfiguur")}))
        ws.save_case(Case(pack_id=BUILTIN_PACK_ID, code=BUILTIN_CODE, description="ingebouwd",
                          answers={"agreements": agreement(BUILTIN_AGREEMENT, TODAY + timedelta(days=10))}))
        ws.save_case(Case(pack_id="opwarmer", code=WARM_UP_CODE, description="oefening",
                          answers={"agreements": agreement(WARM_UP_AGREEMENT, TODAY + timedelta(days=12))}))
    return root


def builtin_pack(language: str = "nl") -> Pack:
    return load_pack_or_raise(builtin_pack_dir(language))


def warm_up_pack() -> Pack:
    return load_pack_or_raise(WARM_UP)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --------------------------------------------------------------------------------------------- the core


def test_the_builtin_packs_share_the_builtin_id() -> None:
    """Dutch and English built-in packs have one id: a case made in Dutch is the same pack's in English."""
    assert builtin_pack("nl").id == builtin_pack("en").id == BUILTIN_PACK_ID
    assert warm_up_pack().id == "opwarmer"


def test_only_a_trainer_packs_names_carry_its_id() -> None:
    assert output_name(BUILTIN_PACK_ID, "kalender.ics") == "kalender.ics"
    assert output_name("opwarmer", "kalender.ics") == "opwarmer-kalender.ics"


def test_a_summary_keeps_its_pack_in_the_index() -> None:
    """``pack_id`` goes into the index entry and back; an entry without it (an older index) is no summary."""
    case = Case(pack_id="opwarmer", code=WARM_UP_CODE)
    entry = summarize(case).to_json()
    assert entry["pack_id"] == "opwarmer"
    assert CaseSummary.from_json(entry).pack_id == "opwarmer"
    del entry["pack_id"]
    with pytest.raises(ValueError, match="missing or wrongly typed"):
        CaseSummary.from_json(entry)


def test_an_index_from_before_pack_ids_is_read_again_not_guessed(mixed: Path) -> None:
    """An index whose entries lack ``pack_id`` (an older Bouwsteen) still lists every case: each case file is read
    again, so each summary gets its case's own pack, and the index is written back with it."""
    with Workspace.open(mixed) as ws:
        summaries = ws.case_summaries()
        index = ws.index_path
    header, *entries = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines()]
    for entry in entries:
        entry.pop("pack_id")
        entry["description"] = "uit de oude index"  # if the entry were used, this would show
    index.write_text("\n".join(json.dumps(item) for item in (header, *entries)) + "\n", encoding="utf-8")
    with Workspace.open(mixed) as ws:
        again = {s.code: s for s in ws.case_summaries()}
    assert {code: s.pack_id for code, s in again.items()} == {BUILTIN_CODE: BUILTIN_PACK_ID, WARM_UP_CODE: "opwarmer"}
    assert {s.description for s in again.values()} == {s.description for s in summaries}
    rewritten = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines()[1:]]
    assert {entry["pack_id"] for entry in rewritten} == {BUILTIN_PACK_ID, "opwarmer"}


def test_each_packs_session_lists_only_its_own_cases_and_counts_the_others(mixed: Path) -> None:
    """The built-in pack's session lists and opens its case only; the trainer's case is counted, with its folder
    once the trainer's pack was opened from it; the other way round the built-in pack needs no folder."""
    with Workspace.open(mixed) as ws:
        session = Session(builtin_pack(), ws)
        assert [c.code for c in session.cases()] == [BUILTIN_CODE]
        assert not session.has_case(WARM_UP_CODE)
        with pytest.raises(KeyError):
            session.case(WARM_UP_CODE)
        assert session.other_packs() == [OtherPack("opwarmer", 1, 0, "")]  # its folder is not known yet
        session.close()
    with Workspace.open(mixed) as ws:
        session = Session(warm_up_pack(), ws, content_dir=WARM_UP)
        assert [c.code for c in session.cases()] == [WARM_UP_CODE]
        assert session.other_packs() == [OtherPack(BUILTIN_PACK_ID, 1, 0, None)]
        assert session.sheet("kennismaking").answers  # its own sheet
        session.close()
    assert read_pack_folders(Workspace(mixed)) == {"opwarmer": str(WARM_UP)}
    with Workspace.open(mixed) as ws:
        session = Session(builtin_pack("en"), ws)  # the same pack in English
        assert [c.code for c in session.cases()] == [BUILTIN_CODE]
        assert session.other_packs() == [OtherPack("opwarmer", 1, 0, str(WARM_UP))]
        session.close()


def test_a_session_never_deletes_or_drops_another_packs_case(mixed: Path) -> None:
    """Deleting every case the built-in pack lists (retention's only way: cases past their date are deleted one by
    one in their own pack) leaves the trainer's case file, and the index written on close still holds it."""
    with Workspace.open(mixed) as ws:
        session = Session(builtin_pack(), ws)
        with pytest.raises(KeyError):
            session.delete_case(WARM_UP_CODE)
        for summary in session.cases():
            session.delete_case(summary.code)
        session.close()
    assert (mixed / "cases" / f"{WARM_UP_CODE}.toml").is_file()
    assert not (mixed / "cases" / f"{BUILTIN_CODE}.toml").exists()
    entries = (mixed / "cases" / INDEX_FILE).read_text(encoding="utf-8")
    assert WARM_UP_CODE in entries and BUILTIN_CODE not in entries


def test_expired_cases_of_another_pack_are_counted_never_listed(mixed: Path) -> None:
    """A trainer's case past its keep-until date shows up in the count (so it is not forgotten), not in the list."""
    with Workspace.open(mixed) as ws:
        case = ws.load_case(WARM_UP_CODE)
        assert case is not None
        case.keep_until = TODAY - timedelta(days=1)
        ws.save_case(case)
        session = Session(builtin_pack(), ws)
        assert session.other_packs() == [OtherPack("opwarmer", 1, 1, "")]
        session.close()
    assert count_other_packs([], TODAY, {}) == []


def test_a_sheet_of_another_pack_is_neither_shown_nor_overwritten(tmp_path: Path) -> None:
    """A trainer's pack with a step id the built-in pack uses ("role") does not take over the built-in sheet: it is
    not shown, a save is refused (said, not silent), and the file stays as it was."""
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        ws.save_sheet(Sheet(pack_id="opwarmer", step_id="role",
                            answers={"core_task": TextAnswer(text="van de opwarmer")}))
    before = (root / "role.toml").read_bytes()
    with Workspace.open(root) as ws:
        session = Session(builtin_pack(), ws)
        assert not session.sheet("role").answers
        assert [p.kind for p in ws.problems] == ["other_pack"]
        sheet = session.sheet("role")
        sheet.set("core_task", TextAnswer(text="mijn taak"))
        session.save(sheet)
        assert "left untouched" in session.last_error
        session.close()
    assert (root / "role.toml").read_bytes() == before


def test_packs_toml_is_not_answers(mixed: Path, tmp_path: Path) -> None:
    """The file that remembers pack folders does not make an empty workspace count as holding answers."""
    root = tmp_path / "empty"
    with Workspace.open(root) as ws:
        assert remember_pack_folder(ws, "opwarmer", WARM_UP)
        assert (root / PACKS_FILE).is_file()
        assert not ws.has_data()
        assert remember_pack_folder(ws, BUILTIN_PACK_ID, WARM_UP)  # the built-in pack needs no folder
    assert read_pack_folders(Workspace(root)) == {"opwarmer": str(WARM_UP)}


# --------------------------------------------------------------------------------------------- exports


def test_each_packs_export_and_calendar_hold_only_its_own_cases(mixed: Path, tmp_path: Path) -> None:
    """Both packs exported into one folder: no name is written twice, the built-in names are the usual ones, the
    trainer's all start with its id, and neither calendar holds the other pack's agreement."""
    out = tmp_path / "out"
    with Workspace.open(mixed, read_only=True) as ws:
        builtin = export_outputs(ws, builtin_pack(), out, formats={"md", "ics"}, today=TODAY)
        warm_up = export_outputs(ws, warm_up_pack(), out, formats={"md", "ics"}, today=TODAY)
    builtin_names, warm_up_names = {p.name for p in builtin}, {p.name for p in warm_up}
    assert not builtin_names & warm_up_names
    assert {"rolkaart.md", f"casusverslag-{BUILTIN_CODE}.md", "kalender.ics"} <= builtin_names
    assert all(name.startswith("opwarmer-") for name in warm_up_names)
    assert "opwarmer-kalender.ics" in warm_up_names
    assert not [name for name in builtin_names | warm_up_names if WARM_UP_CODE in name and BUILTIN_CODE in name]
    assert not [name for name in builtin_names if WARM_UP_CODE in name]
    assert not [name for name in warm_up_names if BUILTIN_CODE in name]
    builtin_calendar = (out / "kalender.ics").read_text(encoding="utf-8")
    warm_up_calendar = (out / "opwarmer-kalender.ics").read_text(encoding="utf-8")
    assert BUILTIN_AGREEMENT in builtin_calendar and WARM_UP_AGREEMENT not in builtin_calendar
    assert WARM_UP_AGREEMENT in warm_up_calendar and BUILTIN_AGREEMENT not in warm_up_calendar
    assert "CANCELLED" not in builtin_calendar + warm_up_calendar


def test_a_case_of_another_pack_is_no_output(mixed: Path) -> None:
    with Workspace.open(mixed, read_only=True) as ws, pytest.raises(KeyError, match="no case C-W3W3 of pack bouwsteen"):
        workspace_outputs(ws, builtin_pack(), case_code=WARM_UP_CODE)


def test_each_packs_calendar_builds_on_its_own_events_only() -> None:
    """The built-in calendar keeps the workspace's id and its events; a trainer's gets an id of its own and never
    sees (so never repeats or cancels) the built-in pack's events."""
    memory = CalendarMemory(sent={"report-network-r-1@0123456789abcdef.bouwsteen": None,  # type: ignore[dict-item]
                                  "report-network-r-2@opwarmer-0123456789abcdef.bouwsteen": None})
    builtin_id, builtin_memory = pack_calendar(BUILTIN_PACK_ID, "0123456789abcdef", memory)
    warm_up_id, warm_up_memory = pack_calendar("opwarmer", "0123456789abcdef", memory)
    assert builtin_id == "0123456789abcdef" and list(builtin_memory.sent) == [
        "report-network-r-1@0123456789abcdef.bouwsteen"]
    assert warm_up_id == "opwarmer-0123456789abcdef" and list(warm_up_memory.sent) == [
        "report-network-r-2@opwarmer-0123456789abcdef.bouwsteen"]


# --------------------------------------------------------------------------------------------- the command line


def test_list_shows_the_builtin_cases_and_the_command_for_the_others(mixed: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen list``: the built-in case only, then how many cases the trainer's pack holds and, once that pack
    was opened from its folder, the exact command; ``list --content`` the other way round."""
    code, out, err = run(["list", "--workspace", str(mixed)], capsys)
    assert code == 0
    assert BUILTIN_CODE in out and WARM_UP_CODE not in out
    assert "1 casus van pakket opwarmer staat niet in deze lijst" in err
    assert f"bouwsteen --content MAP --workspace {mixed}" in err  # the folder is not known yet
    code, out, err = run(["list", "--workspace", str(mixed), "--content", str(WARM_UP)], capsys)
    assert code == 0
    assert WARM_UP_CODE in out and BUILTIN_CODE not in out
    assert "1 casus van het ingebouwde pakket staat niet in deze lijst" in err
    assert f"Open hem met: bouwsteen --workspace {mixed}" in err
    code, out, err = run(["list", "--workspace", str(mixed), "--lang", "en"], capsys)
    assert BUILTIN_CODE in out and WARM_UP_CODE not in out
    assert f"1 case of pack opwarmer is not in this list. Open it with: bouwsteen --content {WARM_UP} " \
           f"--workspace {mixed}" in err


def test_list_says_no_cases_of_this_pack_when_all_are_another_packs(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        ws.save_case(Case(pack_id="opwarmer", code=WARM_UP_CODE, keep_until=TODAY - timedelta(days=3)))
    code, out, err = run(["list", "--workspace", str(root), "--lang", "en"], capsys)
    assert code == 0
    assert out.strip() == f"No cases of this pack in {root}."
    assert "1 case of pack opwarmer is not in this list (past its keep-until date)" in err


def test_export_and_bundles_of_both_packs_never_share_a_name(mixed: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Two bundles, one per pack, unzipped into one folder overwrite nothing; each holds only its pack's cases."""
    builtin_zip, warm_up_zip = tmp_path / "ingebouwd.zip", tmp_path / "opwarmer.zip"
    assert run(["export", "--workspace", str(mixed), "--bundle", str(builtin_zip)], capsys)[0] == 0
    assert run(["export", "--workspace", str(mixed), "--content", str(WARM_UP), "--bundle", str(warm_up_zip)],
               capsys)[0] == 0
    builtin_names = set(zipfile.ZipFile(builtin_zip).namelist())
    warm_up_names = set(zipfile.ZipFile(warm_up_zip).namelist())
    assert builtin_names and warm_up_names and not builtin_names & warm_up_names
    assert all(name.startswith("opwarmer-") for name in warm_up_names)
    assert not [name for name in builtin_names if WARM_UP_CODE in name]
    assert not [name for name in warm_up_names if BUILTIN_CODE in name]


def test_export_of_a_trainer_pack_goes_to_its_own_default_folder(mixed: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "--workspace", str(mixed), "--content", str(WARM_UP), "--format", "md"], capsys)[0] == 0
    assert (tmp_path / "opwarmer-bouwsteen-export" / f"opwarmer-minicasus-{WARM_UP_CODE}.md").is_file()
    assert not (tmp_path / "bouwsteen-export").exists()
    assert read_pack_folders(Workspace(mixed)) == {"opwarmer": str(WARM_UP)}  # the export remembered the folder


def test_export_refuses_a_case_of_another_pack(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["export", "--workspace", str(mixed), "--case", WARM_UP_CODE, "--lang", "en"], capsys)
    assert code == 1 and not out
    assert f"Case {WARM_UP_CODE} belongs to pack opwarmer, not to bouwsteen" in err


def test_an_identifier_in_another_packs_case_does_not_stop_this_packs_bundle(
    mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The guard scans the cases the bundle holds: a phone number in the trainer's case is no reason to withhold
    the built-in pack's bundle (and the trainer's bundle is still refused)."""
    with Workspace.open(mixed) as ws:
        case = ws.load_case(WARM_UP_CODE)
        assert case is not None
        case.set("eerste_indruk", TextAnswer(text="bel mama op 0470 12 34 56"))
        ws.save_case(case)
    assert run(["export", "--workspace", str(mixed), "--bundle", str(tmp_path / "a.zip")], capsys)[0] == 0
    code, _, _ = run(["export", "--workspace", str(mixed), "--content", str(WARM_UP), "--bundle",
                      str(tmp_path / "b.zip")], capsys)
    assert code == 1 and not (tmp_path / "b.zip").exists()
