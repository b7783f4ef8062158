"""The workspace index: lists of cases without parsing every case file."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.answers import Case, Record, RecordsAnswer, TextAnswer, new_case_code
from bouwsteen_tui.content import builtin_pack_dir, load_pack_or_raise
from bouwsteen_tui.session import Session
from bouwsteen_tui.workspace import Workspace


def _fill(root: Path, count: int) -> list[str]:
    codes: list[str] = []
    with Workspace.open(root) as ws:
        for i in range(count):
            case = Case(pack_id="bouwsteen", code=new_case_code(set(codes)), description=f"casus {i}")
            case.set("shared_framing", TextAnswer(text="tekst"))
            case.set("agreements", RecordsAnswer(items=[Record(values={"report_date": date(2030, 1, i % 28 + 1)})]))
            ws.save(case)
            codes.append(case.code)
    return codes


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    original = Workspace.load_case

    def counting(self: Workspace, code: str) -> Case | None:
        parsed.append(code)
        return original(self, code)

    monkeypatch.setattr(Workspace, "load_case", counting)
    return parsed


def test_second_listing_parses_no_case_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the index exists, listing 30 cases reads none of their files."""
    _fill(tmp_path, 30)
    Workspace(tmp_path).case_summaries()  # builds the index
    parsed = _count_parses(monkeypatch)
    summaries = Workspace(tmp_path).case_summaries()
    assert len(summaries) == 30
    assert parsed == []
    assert summaries[0].report_dates and summaries[0].answered == ["agreements", "shared_framing"]


def test_changed_case_file_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case file changed behind the index's back (other size or time) is read again, and only that one."""
    codes = _fill(tmp_path, 5)
    Workspace(tmp_path).case_summaries()
    with Workspace.open(tmp_path) as ws:
        case = ws.load_case(codes[2])
        assert case is not None
        case.description = "nieuwe beschrijving"
        ws.save(case)
    parsed = _count_parses(monkeypatch)
    summaries = {s.code: s for s in Workspace(tmp_path).case_summaries()}
    assert parsed == [codes[2]]
    assert summaries[codes[2]].description == "nieuwe beschrijving"


def test_corrupt_index_is_rebuilt(tmp_path: Path) -> None:
    """The index is a cache: garbage in it is ignored and the cases are listed from their files."""
    _fill(tmp_path, 3)
    (tmp_path / "cases" / "index.toml").write_text("nonsense = [", encoding="utf-8")
    workspace = Workspace(tmp_path)
    assert len(workspace.case_summaries()) == 3
    assert workspace.problems == []


def test_deleted_case_disappears_from_the_index(tmp_path: Path) -> None:
    """A case file removed outside the app is no longer listed."""
    codes = _fill(tmp_path, 3)
    Workspace(tmp_path).case_summaries()
    os.remove(tmp_path / "cases" / f"{codes[0]}.toml")
    assert [s.code for s in Workspace(tmp_path).case_summaries()] == sorted(codes[1:])


def test_session_opens_cases_lazily(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A session lists cases from the index and reads a case file only when that case is opened."""
    codes = _fill(tmp_path, 10)
    Workspace(tmp_path).case_summaries()
    parsed = _count_parses(monkeypatch)
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    session = Session(pack, Workspace.open(tmp_path))
    try:
        assert len(session.cases()) == 10
        assert parsed == []
        assert session.case(codes[4]).description == "casus 4"
        assert parsed == [codes[4]]
    finally:
        session.close()
