"""Drafts of open dialogs: kept in the document that owns them, saved like answers, seen by the guard."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bouwsteen_tui.core.answers import Case, RecordDraft, Sheet, TextAnswer, draft_key
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.guard import scan_case
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.privacy import IdentifierKind
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace

CODE = "C-2345"


def _case() -> Case:
    return Case(pack_id="bouwsteen", code=CODE, description="leerling 5e leerjaar")


def test_a_document_without_drafts_writes_no_drafts_table(tmp_path: Path) -> None:
    """Files stay as they were before drafts existed when there is no draft (older versions read them)."""
    workspace = Workspace(tmp_path)
    case = _case()
    case.set("shared_framing", TextAnswer(text="tekst"))
    workspace.save(case)
    assert "drafts" not in tomllib.loads(workspace.case_path(CODE).read_text("utf-8"))


def test_a_file_from_before_drafts_loads_with_none(tmp_path: Path) -> None:
    """A case file written without a drafts table loads, with no drafts."""
    workspace = Workspace(tmp_path)
    workspace.save(_case())
    loaded = workspace.load_case(CODE)
    assert loaded is not None
    assert loaded.drafts == {}
    assert workspace.problems == []


def test_a_draft_survives_a_save_and_load_as_typed(tmp_path: Path) -> None:
    """Invalid dates stay text, lists and yes/no keep their type; nothing is set aside."""
    workspace = Workspace(tmp_path)
    case = _case()
    values = {"what": "gesprek met moeder", "report_date": "8-1-27", "chosen": True, "kinds": ["a", "b"]}
    case.drafts[draft_key("agreements")] = RecordDraft(question_id="agreements", values=values)
    workspace.save(case)
    loaded = workspace.load_case(CODE)
    assert loaded is not None
    assert loaded.drafts[draft_key("agreements")].values == values
    assert workspace.problems == []


def test_session_keeps_a_draft_on_disk_through_the_background_saver(tmp_path: Path) -> None:
    """``keep_draft`` saves the owning document like any answer: after a flush the draft is in the file."""
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    session = Session(pack, Workspace.open(tmp_path), background=True)
    try:
        sheet = session.sheet("network")
        session.keep_draft(sheet, RecordDraft(question_id="partners", values={"organisation": "CAW"}))
        assert session.flush()
        on_disk = Workspace(tmp_path).load_sheet("network")
        assert on_disk is not None
        assert on_disk.drafts[draft_key("partners")].values == {"organisation": "CAW"}
    finally:
        session.close()


def test_session_drops_a_draft_and_saves(tmp_path: Path) -> None:
    """``drop_draft`` removes the draft of one record from memory and from the file."""
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    session = Session(pack, Workspace.open(tmp_path))
    try:
        sheet = session.sheet("network")
        session.keep_draft(sheet, RecordDraft(question_id="partners", record_id="p-0001", values={"x": "y"}))
        session.drop_draft(sheet, "partners", "p-0001")
        assert sheet.drafts == {}
        on_disk = Workspace(tmp_path).load_sheet("network")
        assert isinstance(on_disk, Sheet)
        assert on_disk.drafts == {}
    finally:
        session.close()


def test_session_keeps_and_forgets_a_new_cases_description(tmp_path: Path) -> None:
    """The description typed into the new-case dialog goes to the settings file, and away again."""
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    session = Session(pack, Workspace.open(tmp_path))
    try:
        session.keep_case_draft("leerling 3e leerjaar")
        saved = Workspace(tmp_path).load_settings().case_draft
        assert saved is not None
        assert saved.text == "leerling 3e leerjaar"
        session.keep_case_draft(None)
        assert Workspace(tmp_path).load_settings().case_draft is None
    finally:
        session.close()


def test_guard_scans_the_drafts_of_a_case() -> None:
    """An identifier typed into an unfinished record is found, named by its question and field."""
    case = _case()
    case.drafts[draft_key("agreements")] = RecordDraft(
        question_id="agreements", values={"what": "mail naar jan.peeters@school.be"}
    )
    findings = scan_case(case)
    assert [(f.question_id, f.field_id, f.kind) for f in findings] == [
        ("agreements", "what", IdentifierKind.EMAIL)
    ]
