"""Schema versions: a workspace written by schema 1 loads and is migrated; a newer one is left alone."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import SCHEMA_VERSION, CaseStatus, ChoiceAnswer, TextAnswer
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import ReadOnlyWorkspace, Workspace

V1 = Path(__file__).resolve().parents[1] / "data" / "workspaces" / "v1"


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    """A copy of the schema-1 workspace fixture (files as Bouwsteen 0.1 wrote them)."""
    return Path(shutil.copytree(V1, tmp_path / "ws"))


def test_schema_1_workspace_loads_with_every_answer(v1: Path) -> None:
    """Settings, role card, network map and both cases of schema 1 load without a problem."""
    workspace = Workspace(v1)
    assert workspace.load_settings().position.part_index == 2
    role = workspace.load_sheet("role")
    assert role is not None and role.answers["function"] == TextAnswer(text="zorgcoördinator")
    assert role.answers["way_of_working"] == ChoiceAnswer(selected=["guiding", "signalling"], primary="guiding")
    network = workspace.load_sheet("network")
    assert network is not None
    assert [c.code for c in workspace.load_cases()] == ["C-4HQ7", "C-9RT2"]
    assert workspace.problems == []


def test_closed_case_gets_its_closing_date_from_its_last_save(v1: Path) -> None:
    """Schema 2 records when a case was closed: a closed schema-1 case gets the day it was last saved."""
    workspace = Workspace(v1)
    closed = workspace.load_case("C-4HQ7")
    still_open = workspace.load_case("C-9RT2")
    assert closed is not None and still_open is not None
    assert closed.status is CaseStatus.CLOSED
    assert closed.closed_on == date(2026, 11, 18)
    assert still_open.closed_on is None


def test_saving_writes_the_current_schema(v1: Path) -> None:
    """Once saved, a migrated file carries the current schema version and loads again as it is."""
    with Workspace.open(v1) as workspace:
        case = workspace.load_case("C-4HQ7")
        assert case is not None
        workspace.save(case)
    text = (v1 / "cases" / "C-4HQ7.toml").read_text(encoding="utf-8")
    assert f"schema_version = {SCHEMA_VERSION}" in text
    assert "closed_on = 2026-11-18" in text
    again = Workspace(v1).load_case("C-4HQ7")
    assert again is not None and again.closed_on == date(2026, 11, 18)


def test_a_session_opens_a_schema_1_workspace(v1: Path) -> None:
    """The app's session lists the migrated cases from a freshly built index."""
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    session = Session(pack, Workspace.open(v1))
    try:
        summaries = {s.code: s for s in session.cases()}
        assert summaries["C-4HQ7"].closed_on == date(2026, 11, 18)
        assert summaries["C-9RT2"].next_report_back(date(2026, 12, 1)) == date(2026, 12, 10)
    finally:
        session.close()


def test_closing_and_reopening_a_case_sets_and_clears_its_closing_date(v1: Path) -> None:
    """Closing records the day; reopening clears it."""
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    session = Session(pack, Workspace.open(v1))
    try:
        session.set_case_status("C-9RT2", CaseStatus.CLOSED, today=date(2027, 1, 10))
        assert session.case("C-9RT2").closed_on == date(2027, 1, 10)
        session.set_case_status("C-9RT2", CaseStatus.OPEN)
        assert session.case("C-9RT2").closed_on is None
    finally:
        session.close()


def test_a_newer_schema_is_refused_and_left_untouched(v1: Path) -> None:
    """A case from a newer Bouwsteen is reported, not loaded, never written over."""
    path = v1 / "cases" / "C-9RT2.toml"
    newer = path.read_text(encoding="utf-8").replace("schema_version = 1", f"schema_version = {SCHEMA_VERSION + 1}")
    path.write_text(newer, encoding="utf-8")
    with Workspace.open(v1) as workspace:
        assert workspace.load_case("C-9RT2") is None
        assert [p.kind for p in workspace.problems] == ["newer"]
        case = workspace.load_case("C-4HQ7")
        assert case is not None
        case.code = "C-9RT2"
        with pytest.raises(ReadOnlyWorkspace):
            workspace.save(case)
    assert path.read_text(encoding="utf-8") == newer
