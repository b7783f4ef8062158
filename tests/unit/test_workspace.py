"""The workspace: answers survive saving and loading, crashes, bad files, newer versions and a second window."""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import (
    CASE_CODE_PATTERN,
    SCHEMA_VERSION,
    Case,
    CaseStatus,
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    PartnerAnswer,
    Position,
    Record,
    RecordsAnswer,
    ScaleAnswer,
    Settings,
    Sheet,
    TextAnswer,
    new_case_code,
)
from bouwsteen_tui.core.content import Pack
from bouwsteen_tui.core.loader import load_pack
from bouwsteen_tui.core.workspace import ReadOnlyWorkspace, Workspace, WorkspaceError

MINIMAL = Path(__file__).resolve().parents[1] / "data" / "packs" / "minimal"


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture
def pack() -> Pack:
    loaded, problems = load_pack(MINIMAL)
    assert loaded is not None, problems
    return loaded


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(root: Path) -> Iterator[Workspace]:
    ws = Workspace.open(root)
    yield ws
    ws.close()


def reopen(root: Path) -> Workspace:
    """A fresh instance, as after a restart (the first must have been closed)."""
    return Workspace.open(root)


def every_answer_kind() -> dict[str, object]:
    """One answer of every kind, with every field value type in a record."""
    return {
        "core_task": TextAnswer(text="Leerlingen begeleiden.\nTweede regel — met ‘aanhalingstekens’ en \"quotes\"."),
        "way_of_working": ChoiceAnswer(
            selected=["guiding", "referring"], other=["outreachend werken"], primary="guiding"
        ),
        "role_checklist": ChecklistAnswer(checked=["describe", "limits"]),
        "since": DateAnswer(value=date(2024, 9, 1)),
        "confidence": ScaleAnswer(value="high"),
        "case_partners": PartnerAnswer(partners=["p-0a1b2c3d", "self"]),
        "agreements": RecordsAnswer(
            items=[
                Record(
                    id="r-00aa11bb",
                    values={
                        "what": "Gesprek met moeder plannen",  # text
                        "report_date": date(2025, 1, 15),  # date
                        "chosen": True,  # yes/no
                        "declined": False,
                        "who": "p-0a1b2c3d",  # partner id
                        "expertise": ["pedagogical", "psychosocial"],  # several options
                        "none_yet": [],
                        "empty": "",
                        "looks_like_a_date": "2025-01-15",  # stays text
                    },
                ),
                Record(id="r-11223344"),
            ]
        ),
        "empty_date": DateAnswer(),
    }


# --------------------------------------------------------------------------------------------- round trips


def test_sheet_round_trip_every_answer_kind(workspace: Workspace, root: Path) -> None:
    """A sheet with an answer of every kind, saved and loaded, equals itself."""
    sheet = Sheet(pack_id="minimal", step_id="role", answers=every_answer_kind())
    workspace.save_sheet(sheet)
    workspace.close()
    loaded = reopen(root).load_sheet("role")
    assert loaded == sheet
    assert loaded is not None
    record = loaded.answers["agreements"].items[0]  # type: ignore[union-attr]
    assert record.values["looks_like_a_date"] == "2025-01-15"
    assert record.values["report_date"] == date(2025, 1, 15)
    assert record.values["declined"] is False


def test_case_round_trip_every_answer_kind(workspace: Workspace, root: Path) -> None:
    """A case with its metadata and an answer of every kind, saved and loaded, equals itself."""
    case = Case(
        pack_id="minimal",
        code="C-7K4Q",
        description="leerling 5e leerjaar, veel afwezig",
        status=CaseStatus.CLOSED,
        created=date(2024, 10, 1),
        keep_until=date(2025, 6, 30),
        answers=every_answer_kind(),
    )
    workspace.save_case(case)
    workspace.close()
    fresh = reopen(root)
    assert fresh.case_codes() == ["C-7K4Q"]
    assert fresh.load_case("C-7K4Q") == case
    assert fresh.problems == []


def test_settings_round_trip(workspace: Workspace, root: Path) -> None:
    """Settings with language, theme and position, saved and loaded, equal themselves."""
    settings = Settings(language="en", theme="bouwsteen-contrast", position=Position(step_id="case", part_index=3,
                                                                                       case_code="C-7K4Q"))
    workspace.save_settings(settings)
    workspace.close()
    assert reopen(root).load_settings() == settings


def test_missing_documents_load_as_nothing(workspace: Workspace) -> None:
    """A new workspace has default settings, no sheets and no cases, and no problems."""
    assert workspace.load_settings() == Settings()
    assert workspace.load_sheet("role") is None
    assert workspace.load_cases() == []
    assert workspace.problems == []


# --------------------------------------------------------------------------------------------- crashes


def good_case(workspace: Workspace, code: str = "C-GUUD") -> tuple[Case, bytes]:
    case = Case(pack_id="minimal", code=code, answers={"core_task": TextAnswer(text="the good version")})
    workspace.save_case(case)
    return case, workspace.case_path(code).read_bytes()


def test_leftover_temp_file_never_replaces_a_good_file(workspace: Workspace, root: Path) -> None:
    """A temp file left by a save that was killed mid-way does not replace the good file and is cleaned up."""
    case, good = good_case(workspace)
    workspace.close()
    leftover = root / "cases" / f".{case.code}.toml.abc.tmp"
    leftover.write_bytes(b"garbage \x00\xff [[[ not toml")
    fresh = reopen(root)
    try:
        assert fresh.case_path(case.code).read_bytes() == good
        assert fresh.load_case(case.code) == case
        assert fresh.problems == []
        assert not leftover.exists()
        assert fresh.case_codes() == [case.code]
    finally:
        fresh.close()


def test_failing_replace_keeps_the_good_file(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the final rename fails mid-save, the good file is untouched, loads, and no temp file is left."""
    case, good = good_case(workspace)

    def crash(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "simulated crash during the rename")

    monkeypatch.setattr(os, "replace", crash)
    changed = case.model_copy(update={"answers": {"core_task": TextAnswer(text="the new version")}})
    with pytest.raises(WorkspaceError):
        workspace.save_case(changed)
    monkeypatch.undo()
    path = workspace.case_path(case.code)
    assert path.read_bytes() == good
    assert list(path.parent.glob(".*.tmp")) == []
    assert workspace.load_case(case.code) == case


def test_interrupt_during_write_keeps_the_good_file(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even an interrupt (not an OSError) in the middle of a save leaves the good file and no temp file."""
    case, good = good_case(workspace)

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        workspace.save_case(case.model_copy(update={"description": "changed"}))
    monkeypatch.undo()
    assert workspace.case_path(case.code).read_bytes() == good
    assert list(workspace.cases_dir.glob(".*.tmp")) == []


def test_disk_full_names_the_file_and_the_fix(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk raises WorkspaceError naming the file and what to do; the good file is kept."""
    case, good = good_case(workspace)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(WorkspaceError) as caught:
        workspace.save_case(case.model_copy(update={"description": "changed"}))
    monkeypatch.undo()
    message = str(caught.value)
    assert str(workspace.case_path(case.code)) in message
    assert os.strerror(errno.ENOSPC) in message
    assert "disk space" in message
    assert not isinstance(caught.value, ReadOnlyWorkspace)
    assert workspace.case_path(case.code).read_bytes() == good
    assert list(workspace.cases_dir.glob(".*.tmp")) == []


# --------------------------------------------------------------------------------------------- bad files


BAD_CASE_FILES = {
    "bad TOML": b'schema_version = 1\ndocument = "case"\ncode = "C-BAD2\n',
    "not UTF-8": b"\xff\xfe\x00garbage",
    "foreign document": b'schema_version = 1\ndocument = "sheet"\npack_id = "x"\nstep_id = "role"\n',
    "no document key": b'title = "my shopping list"\nitems = ["bread"]\n',
    "invalid case": b'schema_version = 1\ndocument = "case"\npack_id = "x"\ncode = "C-BAD2"\nstatus = "maybe"\n',
    "wrong answer shape": b'schema_version = 1\ndocument = "case"\npack_id = "x"\ncode = "C-BAD2"\n'
    b'[answers.core_task]\nkind = "text"\ntext = 42\n',
    "no schema version": b'document = "case"\npack_id = "x"\ncode = "C-BAD2"\n',
}


@pytest.mark.parametrize("content", BAD_CASE_FILES.values(), ids=BAD_CASE_FILES.keys())
def test_bad_case_file_is_set_aside_untouched(workspace: Workspace, content: bytes) -> None:
    """A corrupt, foreign or invalid case file moves to set-aside/ byte for byte; the other cases load."""
    case, _good = good_case(workspace)
    bad = workspace.cases_dir / "C-BAD2.toml"
    bad.write_bytes(content)

    assert workspace.load_cases() == [case]
    assert not bad.exists()
    aside = list(workspace.set_aside_dir.iterdir())
    assert len(aside) == 1
    assert aside[0].read_bytes() == content
    assert aside[0].name.startswith("cases__C-BAD2.toml.")
    assert len(workspace.problems) == 1
    problem = workspace.problems[0]
    assert problem.file == bad
    assert problem.set_aside_to == aside[0]
    assert str(bad) in str(problem)


def test_bad_file_is_set_aside_only_once(workspace: Workspace) -> None:
    """After a bad file is set aside, the next load finds nothing to complain about and saving works again."""
    bad = workspace.cases_dir / "C-BAD2.toml"
    bad.write_bytes(b"[[[")
    assert workspace.load_cases() == []
    workspace.problems.clear()
    assert workspace.load_cases() == []
    assert workspace.problems == []
    workspace.save_case(Case(pack_id="minimal", code="C-BAD2"))
    assert workspace.load_case("C-BAD2") is not None


def test_corrupt_sheet_and_settings_are_set_aside(workspace: Workspace) -> None:
    """Sheets and settings get the same care as cases: set aside untouched, defaults load."""
    workspace.sheet_path("role").write_bytes(b"answers = [")
    workspace.settings_path.write_bytes(b'document = "case"\nschema_version = 1\n')
    assert workspace.load_sheet("role") is None
    assert workspace.load_settings() == Settings()
    assert {p.file.name for p in workspace.problems} == {"role.toml", "settings.toml"}
    assert sorted(p.read_bytes() for p in workspace.set_aside_dir.iterdir()) == sorted(
        [b"answers = [", b'document = "case"\nschema_version = 1\n']
    )


def test_read_only_workspace_does_not_move_bad_files(root: Path) -> None:
    """A read-only window reports a bad file but leaves it where it is: only the writer moves files."""
    first = Workspace.open(root)
    try:
        bad = first.cases_dir / "C-BAD2.toml"
        bad.write_bytes(b"[[[")
        second = Workspace.open(root)
        assert second.read_only
        assert second.load_cases() == []
        assert bad.read_bytes() == b"[[["
        assert [p.file for p in second.problems] == [bad]
        assert second.problems[0].set_aside_to is None
    finally:
        first.close()


# --------------------------------------------------------------------------------------------- schema versions


def test_newer_schema_version_is_left_untouched_and_never_overwritten(workspace: Workspace) -> None:
    """A case from a newer Bouwsteen stays in place, byte for byte, is reported, and cannot be saved over."""
    newer = workspace.cases_dir / "C-NEW2.toml"
    content = f'schema_version = {SCHEMA_VERSION + 1}\ndocument = "case"\ncode = "C-NEW2"\nfuture = true\n'.encode()
    newer.write_bytes(content)
    case, _ = good_case(workspace)

    assert workspace.load_cases() == [case]
    assert newer.read_bytes() == content
    assert not workspace.set_aside_dir.exists()
    assert len(workspace.problems) == 1
    assert workspace.problems[0].file == newer
    assert "newer" in workspace.problems[0].reason
    with pytest.raises(ReadOnlyWorkspace) as caught:
        workspace.save_case(Case(pack_id="minimal", code="C-NEW2"))
    assert str(newer) in str(caught.value)
    assert newer.read_bytes() == content


# --------------------------------------------------------------------------------------------- permissions


def test_files_are_0600_and_folders_0700(workspace: Workspace, root: Path) -> None:
    """Everything Bouwsteen creates is readable by the user only."""
    workspace.save_settings(Settings(language="nl"))
    workspace.save_sheet(Sheet(pack_id="minimal", step_id="role"))
    good_case(workspace)
    (workspace.cases_dir / "C-BAD2.toml").write_bytes(b"[[[")
    workspace.load_cases()  # creates set-aside/
    for folder in (root, workspace.cases_dir, workspace.set_aside_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for file in (workspace.settings_path, workspace.sheet_path("role"), workspace.case_path("C-GUUD")):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_files_stay_0600_under_a_permissive_umask(root: Path) -> None:
    """The file mode does not depend on the user's umask."""
    old = os.umask(0)
    try:
        with Workspace.open(root) as ws:
            ws.save_case(Case(pack_id="minimal", code="C-UMSK"))
            assert stat.S_IMODE(ws.case_path("C-UMSK").stat().st_mode) == 0o600
    finally:
        os.umask(old)


# --------------------------------------------------------------------------------------------- one writer


def test_second_open_is_read_only(workspace: Workspace, root: Path) -> None:
    """A second window on the same folder can read but not write, and says why."""
    workspace.save_case(Case(pack_id="minimal", code="C-7K4Q"))
    second = Workspace.open(root)
    assert second.read_only
    assert "another" in second.read_only_reason
    assert [c.code for c in second.load_cases()] == ["C-7K4Q"]
    with pytest.raises(ReadOnlyWorkspace):
        second.save_case(Case(pack_id="minimal", code="C-8K4Q"))
    with pytest.raises(ReadOnlyWorkspace):
        second.delete_case("C-7K4Q")
    assert workspace.case_path("C-7K4Q").exists()


def test_lock_is_released_on_close(root: Path) -> None:
    """After the first window closes, the next one may write."""
    Workspace.open(root).close()
    with Workspace.open(root) as ws:
        assert not ws.read_only


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_lock_of_a_killed_process_does_not_block(root: Path) -> None:
    """A process that holds the workspace and is killed with SIGKILL leaves no lock that blocks the next start."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sys, time
                from pathlib import Path
                from bouwsteen_tui.core.workspace import Workspace
                ws = Workspace.open(Path(sys.argv[1]))
                print("read_only" if ws.read_only else "holding", flush=True)
                time.sleep(120)
                """
            ),
            str(root),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        blocked = Workspace.open(root)
        assert blocked.read_only, "the lock should hold while the other process lives"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert holder.returncode == -signal.SIGKILL
    with Workspace.open(root) as after:
        assert not after.read_only
        after.save_case(Case(pack_id="minimal", code="C-7K4Q"))


# --------------------------------------------------------------------------------------------- orphans


def test_answers_to_unknown_questions_are_kept_and_listed(workspace: Workspace, root: Path, pack: Pack) -> None:
    """Answers the pack no longer asks for (or asks in another kind) survive load and save and are listed."""
    sheet = Sheet(
        pack_id="minimal",
        step_id="role",
        answers={
            "core_task": TextAnswer(text="known"),
            "retired_question": TextAnswer(text="from an older pack"),
            "since": TextAnswer(text="was a text question once"),  # the pack now asks a date
        },
    )
    workspace.save_sheet(sheet)
    workspace.close()
    with reopen(root) as ws:
        loaded = ws.load_sheet("role")
        assert loaded is not None
        assert set(loaded.orphans(pack)) == {"retired_question", "since"}
        loaded.set("core_task", TextAnswer(text="edited"))
        ws.save_sheet(loaded)
    with reopen(root) as ws:
        again = ws.load_sheet("role")
        assert again is not None
        assert again.answers["retired_question"] == TextAnswer(text="from an older pack")
        assert again.answers["since"] == TextAnswer(text="was a text question once")
        assert again.answers["core_task"] == TextAnswer(text="edited")
        assert set(again.orphans(pack)) == {"retired_question", "since"}


# --------------------------------------------------------------------------------------------- case codes


def test_new_case_codes_are_unique_and_match_the_pattern() -> None:
    """Codes are fresh, never one already taken, and only use unambiguous letters and digits."""
    taken: set[str] = set()
    for _ in range(3000):
        code = new_case_code(taken)
        assert re.match(CASE_CODE_PATTERN, code), code
        assert not set(code[2:]) & set("01ILO"), code
        assert code not in taken
        taken.add(code)
    assert len(taken) == 3000


def test_case_path_refuses_anything_but_a_code(workspace: Workspace) -> None:
    """A case file name can only come from a case code: no path tricks."""
    for bad in ("../settings", "C-7K4Q/../../x", "c-7k4q", ""):
        with pytest.raises(ValueError):
            workspace.case_path(bad)


def test_updated_is_stamped_on_save(workspace: Workspace) -> None:
    """Saving records when (UTC, whole seconds) the document changed."""
    case = Case(pack_id="minimal", code="C-7K4Q", updated=datetime(2000, 1, 1, tzinfo=UTC))
    workspace.save_case(case)
    assert case.updated.year >= 2024
    assert case.updated.microsecond == 0


@pytest.mark.skipif(sys.platform == "win32", reason="the folder lock is POSIX")
def test_deleting_files_does_not_let_a_second_writer_in(root: Path) -> None:
    """The lock is on the folder itself: removing a `.lock` file (or anything else) lets no second writer in."""
    with Workspace.open(root) as first:
        assert not first.read_only
        for name in (".lock", "settings.toml"):
            (root / name).unlink(missing_ok=True)
        with Workspace.open(root) as second:
            assert second.read_only and second.in_use


def test_read_only_window_takes_over_when_the_writer_closes(root: Path) -> None:
    """A window that opened read-only because another held the workspace can become the writer after it closes."""
    first = Workspace.open(root)
    second = Workspace.open(root)
    assert second.read_only
    assert not second.take_over(), "the first window still holds the workspace"
    first.close()
    assert second.take_over()
    assert not second.read_only
    second.save_case(Case(pack_id="minimal", code="C-7K4Q"))
    third = Workspace.open(root)
    assert third.read_only, "the window that took over now holds the lock"
    third.close()
    second.close()


@pytest.mark.skipif(sys.platform == "win32", reason="the folder lock is POSIX")
def test_a_window_whose_folder_was_swapped_stops_writing(root: Path) -> None:
    """The folder is moved away and a copy put in its place: a new window locks the copy, so the old window may
    no longer write there (it would overwrite the new window's work); its saves fail with the reason."""
    first = Workspace.open(root)
    first.save_case(Case(pack_id="minimal", code="C-7K4Q", description="eerst"))
    moved = root.with_name("moved-away")
    root.rename(moved)
    shutil.copytree(moved, root)
    second = Workspace.open(root)
    assert not second.read_only, "the copy is a workspace of its own, free to open"
    second.save_case(Case(pack_id="minimal", code="C-7K4Q", description="van het tweede venster"))
    with pytest.raises(WorkspaceError) as refused:
        first.save_case(Case(pack_id="minimal", code="C-7K4Q", description="van het eerste venster"))
    assert refused.value.kind == "moved"
    case = Workspace(root).load_case("C-7K4Q")
    assert case is not None and case.description == "van het tweede venster"
    first.close()
    second.close()
