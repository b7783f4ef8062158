"""The calendar between exports: calendar apps update events instead of doubling them.

UIDs hold the workspace's own id (``workspace-id.toml``); SEQUENCE goes up when an event changes; an event that is
gone comes back once more as cancelled; the memory (``calendar-state.toml``) is written by an export only, never by
a preview nor by a read-only window; a corrupt memory or id is set aside, reported and replaced, never a crash.
"""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from bouwsteen_tui.cli import main
from bouwsteen_tui.core.answers import Case, DateAnswer, Record, RecordsAnswer
from bouwsteen_tui.core.calendar_memory import WorkspaceIdentity, lost_floor, read_calendar_state, workspace_id
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import write_demo
from bouwsteen_tui.core.files import dump_document
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import CALENDAR_STATE_FILE, WORKSPACE_ID_FILE, Workspace
from bouwsteen_tui.export import export_outputs, render_calendar, workspace_outputs

TODAY = date(2026, 11, 28)
CODE = "C-7K4Q"


@pytest.fixture(scope="module")
def nl() -> Pack:
    return load_pack_or_raise(builtin_pack_dir("nl"))


def demo(root: Path, pack: Pack) -> Path:
    with Workspace.open(root) as workspace:
        write_demo(workspace, pack)
    return root


def export(root: Path, pack: Pack, out: Path, *, today: date = TODAY, **options: object) -> dict[str, Calendar]:
    """Export as the command line does (the workspace opened read-only); the calendar's events by UID."""
    with Workspace.open(root, read_only=True) as workspace:
        paths = export_outputs(workspace, pack, out, today=today, **options)  # type: ignore[arg-type]
    ics = next(p for p in paths if p.suffix == ".ics")
    return {str(e["UID"]): e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}


def sequences(found: dict[str, Calendar]) -> dict[str, int]:
    return {uid: int(e["SEQUENCE"]) for uid, e in found.items()}


def edit_case(root: Path, pack: Pack, change: object) -> None:
    """Load the demo case, let ``change(records)`` change its agreements, save it."""
    with Workspace.open(root) as workspace:
        case = workspace.load_case(CODE)
        assert case is not None
        agreements = case.get(pack.question("agreements"))
        assert isinstance(agreements, RecordsAnswer)
        change(agreements.items)  # type: ignore[operator]
        case.set("agreements", agreements)
        workspace.save_case(case)


def first_agreement(root: Path, pack: Pack) -> Record:
    with Workspace.open(root, read_only=True) as workspace:
        case = workspace.load_case(CODE)
    assert case is not None
    return case.get(pack.question("agreements")).items[0]  # type: ignore[union-attr]


# --------------------------------------------------------------------------------------------- UIDs


def test_uids_hold_the_workspace_id_and_are_stable_across_exports(nl: Pack, tmp_path: Path) -> None:
    """The id is made once and kept in the workspace; two exports give the same UIDs, all ending in it."""
    root = demo(tmp_path / "ws", nl)
    first = export(root, nl, tmp_path / "a")
    with Workspace.open(root, read_only=True) as workspace:
        calendar_id = workspace_id(workspace)
    assert (root / WORKSPACE_ID_FILE).is_file() and len(calendar_id) == 16
    assert all(uid.endswith(f"@{calendar_id}.bouwsteen") for uid in first)
    agreement = first_agreement(root, nl)
    assert f"report-{CODE}-{agreement.id}@{calendar_id}.bouwsteen" in first
    assert set(export(root, nl, tmp_path / "b")) == set(first)


def test_two_workspaces_never_share_a_uid(nl: Pack, tmp_path: Path) -> None:
    """The same demo in two workspaces gives two sets of UIDs with nothing in common."""
    one = export(demo(tmp_path / "one", nl), nl, tmp_path / "a")
    two = export(demo(tmp_path / "two", nl), nl, tmp_path / "b")
    assert len(one) == len(two) == 20
    assert not set(one) & set(two)


def test_a_corrupt_or_foreign_id_file_gets_a_fresh_id(nl: Pack, tmp_path: Path) -> None:
    """A broken id file is set aside untouched and reported; a fresh id is stored; no crash."""
    for number, junk in enumerate((b"id = [broken", b'document = "sheet"\nschema_version = 2\n')):
        root = demo(tmp_path / f"ws{number}", nl)
        (root / WORKSPACE_ID_FILE).write_bytes(junk)
        with Workspace.open(root, read_only=True) as workspace:
            export_outputs(workspace, nl, tmp_path / f"out{number}", today=TODAY)
            assert [p.file.name for p in workspace.problems] == [WORKSPACE_ID_FILE]
        (aside,) = (root / "set-aside").iterdir()
        assert aside.read_bytes() == junk
        with Workspace.open(root, read_only=True) as workspace:
            fresh = workspace_id(workspace)
            assert not workspace.problems
        assert f'id = "{fresh}"' in (root / WORKSPACE_ID_FILE).read_text(encoding="utf-8")
        assert all(uid.endswith(f"@{fresh}.bouwsteen") for uid in export(root, nl, tmp_path / f"again{number}"))


# --------------------------------------------------------------------------------------------- SEQUENCE


def test_sequence_goes_up_after_an_edit_and_only_then(nl: Pack, tmp_path: Path) -> None:
    """An agreement's text changed: its events get SEQUENCE 1; the others keep 0; exporting again changes nothing."""
    root = demo(tmp_path / "ws", nl)
    before = sequences(export(root, nl, tmp_path / "a"))
    assert set(before.values()) == {0}
    agreement = first_agreement(root, nl)

    def reword(items: list[Record]) -> None:
        items[0].values["what"] = "Een ander gesprek"

    edit_case(root, nl, reword)
    after = sequences(export(root, nl, tmp_path / "b"))
    changed = {uid for uid, seq in after.items() if seq == 1}
    assert changed and all(f"-{agreement.id}@" in uid for uid in changed)
    assert {seq for uid, seq in after.items() if uid not in changed} == {0}
    assert sequences(export(root, nl, tmp_path / "c")) == after


def test_a_moved_date_is_a_new_sequence_on_the_new_day(nl: Pack, tmp_path: Path) -> None:
    """Moving a report-back date updates the same event (same UID, SEQUENCE 1, the new day)."""
    root = demo(tmp_path / "ws", nl)
    export(root, nl, tmp_path / "a")
    agreement = first_agreement(root, nl)

    def move(items: list[Record]) -> None:
        items[0].values["report_date"] = date(2027, 2, 3)

    edit_case(root, nl, move)
    found = export(root, nl, tmp_path / "b")
    (event,) = [e for uid, e in found.items() if uid.startswith(f"report-{CODE}-{agreement.id}@")]
    assert event.decoded("DTSTART") == date(2027, 2, 3) and int(event["SEQUENCE"]) == 1


def test_a_preview_remembers_nothing(nl: Pack, tmp_path: Path) -> None:
    """Listing and rendering the outputs (a preview, a bundle) writes no memory: only an export does."""
    root = demo(tmp_path / "ws", nl)
    with Workspace.open(root, read_only=True) as workspace:
        for output in workspace_outputs(workspace, nl, today=TODAY):
            output.data()
    assert not (root / CALENDAR_STATE_FILE).exists()
    export(root, nl, tmp_path / "out")
    assert (root / CALENDAR_STATE_FILE).is_file()


# --------------------------------------------------------------------------------------------- cancellations


def test_a_removed_agreement_comes_back_cancelled_until_its_dates_are_past(nl: Pack, tmp_path: Path) -> None:
    """Its events stay in the file as STATUS:CANCELLED with SEQUENCE 1 on their old days; repeated unchanged; once
    their dates are past they are left out and forgotten. Brought back, they are confirmed with SEQUENCE 2."""
    root = demo(tmp_path / "ws", nl)
    before = export(root, nl, tmp_path / "a")
    removed: list[Record] = []
    edit_case(root, nl, lambda items: removed.append(items.pop(0)))
    ours = {uid for uid in before if f"-{removed[0].id}@" in uid and f"-{CODE}-" in uid}
    assert len(ours) >= 2
    after = export(root, nl, tmp_path / "b")
    for uid in ours:
        assert str(after[uid]["STATUS"]) == "CANCELLED" and int(after[uid]["SEQUENCE"]) == 1
        assert after[uid].decoded("DTSTART") == before[uid].decoded("DTSTART")
        assert str(after[uid]["SUMMARY"]) == f"{CODE}: vervallen"
    assert {str(e["STATUS"]) for uid, e in after.items() if uid not in ours} == {"CONFIRMED"}
    assert sequences(export(root, nl, tmp_path / "c")) == sequences(after)
    edit_case(root, nl, lambda items: items.insert(0, removed[0]))
    back = export(root, nl, tmp_path / "d")
    assert {(str(back[uid]["STATUS"]), int(back[uid]["SEQUENCE"])) for uid in ours} == {("CONFIRMED", 2)}
    edit_case(root, nl, lambda items: items.pop(0))
    export(root, nl, tmp_path / "e")
    late = export(root, nl, tmp_path / "f", today=date(2030, 1, 1))
    assert not ours & set(late)
    assert not ours & set(export(root, nl, tmp_path / "g", today=TODAY))  # forgotten: not cancelled again


def test_a_cleared_date_cancels_only_that_date(nl: Pack, tmp_path: Path) -> None:
    """Clearing an adjustment date cancels its event; the agreement's other events stay as they were."""
    root = demo(tmp_path / "ws", nl)
    before = export(root, nl, tmp_path / "a")
    agreement = first_agreement(root, nl)
    assert agreement.date("adjust_date") is not None
    edit_case(root, nl, lambda items: items[0].values.pop("adjust_date"))
    after = export(root, nl, tmp_path / "b")
    (cancelled,) = [uid for uid, e in after.items() if str(e["STATUS"]) == "CANCELLED"]
    assert cancelled.startswith(f"adjust-{CODE}-{agreement.id}@")
    assert sequences(after) == {**sequences(before), cancelled: 1}


def test_a_deleted_case_is_cancelled_and_a_withheld_one_left_alone(nl: Pack, tmp_path: Path) -> None:
    """Deleting a case cancels its events; a case the identifier guard withholds keeps them (neither repeated nor
    cancelled); a calendar of one case says nothing about the other case or the network."""
    root = demo(tmp_path / "ws", nl)
    before = export(root, nl, tmp_path / "a")
    other = "C-3MXR"
    withheld = export(root, nl, tmp_path / "b", skip_cases={other})
    assert not [uid for uid in withheld if f"-{other}-" in uid]
    one = export(root, nl, tmp_path / "c", case_code=CODE)
    assert {str(e["STATUS"]) for e in one.values()} == {"CONFIRMED"}
    with Workspace.open(root) as workspace:
        workspace.delete_case(other)
    after = export(root, nl, tmp_path / "d")
    gone = {uid for uid in before if f"-{other}-" in uid}
    assert gone and {str(after[uid]["STATUS"]) for uid in gone} == {"CANCELLED"}
    assert {int(after[uid]["SEQUENCE"]) for uid in gone} == {1}
    assert {str(e["STATUS"]) for uid, e in after.items() if uid not in gone} == {"CONFIRMED"}


# --------------------------------------------------------------------------------------------- the memory on disk


def test_a_corrupt_memory_is_set_aside_and_sequences_start_above_it(nl: Pack, tmp_path: Path) -> None:
    """A memory that cannot be read is reported and set aside untouched; the export is written with sequences above
    any kept before; from then on the fresh memory counts as usual. The id is not touched."""
    root = demo(tmp_path / "ws", nl)
    export(root, nl, tmp_path / "a")
    calendar_id = (root / WORKSPACE_ID_FILE).read_bytes()
    (root / CALENDAR_STATE_FILE).write_bytes(b"\x00\xff not toml")
    floor = lost_floor()
    with Workspace.open(root, read_only=True) as workspace:
        paths = export_outputs(workspace, nl, tmp_path / "b", today=TODAY)
        assert [(p.file.name, p.kind) for p in workspace.problems] == [(CALENDAR_STATE_FILE, "corrupt")]
    found = Calendar.from_ical(paths[-1].read_bytes()).walk("VEVENT")
    assert min(int(e["SEQUENCE"]) for e in found) >= floor > 3_000_000
    (aside,) = (root / "set-aside").iterdir()
    assert aside.read_bytes() == b"\x00\xff not toml"
    assert (root / WORKSPACE_ID_FILE).read_bytes() == calendar_id
    again = export(root, nl, tmp_path / "c")
    assert sequences(again) == {str(e["UID"]): int(e["SEQUENCE"]) for e in found}


def test_a_read_only_window_writes_no_memory(nl: Pack, tmp_path: Path) -> None:
    """While another window holds the workspace, an export still writes its calendar (with the right SEQUENCEs) but
    neither the memory nor a new id; the command line, with no window open, writes both."""
    root = demo(tmp_path / "ws", nl)
    export(root, nl, tmp_path / "a")
    state = (root / CALENDAR_STATE_FILE).read_bytes()
    edit_case(root, nl, lambda items: items[0].values.update(what="Iets anders"))
    with Workspace.open(root) as holder, Workspace.open(root) as window:
        assert not holder.read_only and window.in_use
        paths = export_outputs(window, nl, tmp_path / "b", today=TODAY)
    found = Calendar.from_ical(paths[-1].read_bytes()).walk("VEVENT")
    assert {int(e["SEQUENCE"]) for e in found} == {0, 1}
    assert (root / CALENDAR_STATE_FILE).read_bytes() == state
    fresh = demo(tmp_path / "fresh", nl)
    with Workspace.open(fresh) as holder, Workspace.open(fresh) as window:
        export_outputs(window, nl, tmp_path / "c", today=TODAY)
    assert not (fresh / WORKSPACE_ID_FILE).exists() and not (fresh / CALENDAR_STATE_FILE).exists()
    export(root, nl, tmp_path / "d")
    assert (root / CALENDAR_STATE_FILE).read_bytes() != state


def test_the_memory_files_are_private_and_not_answers(nl: Pack, tmp_path: Path) -> None:
    """The id and the memory are 0600 files; a workspace that holds only them counts as empty (``demo`` fills it)."""
    root = demo(tmp_path / "ws", nl)
    export(root, nl, tmp_path / "out")
    for name in (WORKSPACE_ID_FILE, CALENDAR_STATE_FILE):
        assert (root / name).stat().st_mode & 0o777 == 0o600
    empty = tmp_path / "empty"
    with Workspace.open(empty) as workspace:
        (empty / WORKSPACE_ID_FILE).write_bytes(dump_document(WorkspaceIdentity(id="0123456789abcdef")))
        (empty / CALENDAR_STATE_FILE).write_bytes(b'document = "calendar_state"\nschema_version = 2\n')
        assert not workspace.has_data()
        assert workspace_id(workspace) == "0123456789abcdef"


# --------------------------------------------------------------------------------------------- the next meeting


def next_meeting_pack(tmp_path: Path, *, with_role: bool = True) -> Pack:
    """The built-in pack with a case question "next meeting" (with or without its role)."""
    folder = tmp_path / ("pack" if with_role else "pack-no-role")
    shutil.copytree(builtin_pack_dir("nl"), folder)
    step = folder / "step2.toml"
    role = 'role = "next_meeting"\n' if with_role else ""
    if "next_meeting" not in step.read_text(encoding="utf-8"):
        step.write_text(step.read_text(encoding="utf-8") + '\n[[parts.questions]]\nid = "next_meeting"\n'
                        f'kind = "date"\n{role}label = "Wanneer zitten we opnieuw samen?"\n', encoding="utf-8")
    return load_pack_or_raise(folder)


def test_the_next_meeting_of_a_case_is_an_event(tmp_path: Path) -> None:
    """The date of the question with role next_meeting is an event; without the role, no event."""
    pack = next_meeting_pack(tmp_path)
    case = Case(pack_id=pack.id, code=CODE, keep_until=date(2027, 6, 30))
    case.answers["next_meeting"] = DateAnswer(value=date(2027, 1, 15))
    (event,) = Calendar.from_ical(render_calendar(pack, [case], None, calendar_id="0123456789abcdef")).walk("VEVENT")
    assert str(event["UID"]) == f"next-{CODE}-meeting@0123456789abcdef.bouwsteen"
    assert str(event["SUMMARY"]) == f"{CODE}: volgend overleg" and event.decoded("DTSTART") == date(2027, 1, 15)
    plain = next_meeting_pack(tmp_path, with_role=False)
    if plain.question_for_role("next_meeting") is None:
        assert not Calendar.from_ical(render_calendar(plain, [case], None)).walk("VEVENT")


def test_a_bundle_counts_as_an_export(nl: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen export --bundle`` writes the calendar into a zip to take home: it is remembered as an export."""
    root = demo(tmp_path / "ws", nl)
    assert main(["export", "--workspace", str(root), "--bundle", str(tmp_path / "mee.zip")]) == 0
    capsys.readouterr()
    with zipfile.ZipFile(tmp_path / "mee.zip") as archive:
        zipped = Calendar.from_ical(archive.read("kalender.ics")).walk("VEVENT")
    with Workspace.open(root, read_only=True) as workspace:
        state, lost = read_calendar_state(workspace)
    assert not lost and set(state.events) == {str(e["UID"]) for e in zipped}
