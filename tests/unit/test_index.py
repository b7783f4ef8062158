"""The workspace index: lists of cases without parsing every case file."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import Case, CaseStatus, CaseSummary, Record, RecordsAnswer, TextAnswer, new_case_code
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace


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


def _index_lines(root: Path) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The index file's header and its entries, one a line."""
    header, *entries = (json.loads(line) for line in (root / "cases" / "index.jsonl").read_text("utf-8").splitlines())
    return header, entries


def _write_index_lines(root: Path, header: object, entries: list[object], extra: str = "") -> None:
    lines = [json.dumps(header), *(json.dumps(e) for e in entries)]
    (root / "cases" / "index.jsonl").write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")


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
    assert summaries[0].report_dates and summaries[0].answered == ("agreements", "shared_framing")


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
    (tmp_path / "cases" / "index.jsonl").write_text('{"nonsense": [', encoding="utf-8")
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


def test_a_summary_survives_the_index_file_unchanged(tmp_path: Path) -> None:
    """Every field of a summary, closed date included, comes back from the index as it went in."""
    codes = _fill(tmp_path, 2)
    with Workspace.open(tmp_path) as ws:
        case = ws.load_case(codes[0])
        assert case is not None
        case.status = CaseStatus.CLOSED
        case.closed_on = date(2026, 11, 2)
        ws.save(case)
        built = {s.code: s for s in ws.case_summaries()}
    header, entries = _index_lines(tmp_path)
    assert header == {"schema_version": 2, "document": "case-index"}
    read_back = {s.code: s for s in (CaseSummary.from_json(e) for e in entries)}
    assert read_back == built
    assert read_back[codes[0]].closed_on == date(2026, 11, 2)
    assert read_back[codes[0]].status is CaseStatus.CLOSED


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("code", 7),
        ("created", 20260901),
        ("keep_until", "2027-06-30T12:00:00"),
        ("closed_on", "gisteren"),
        ("status", "lost"),
        ("answered", "shared_framing"),
        ("report_dates", ["2027-01-01", "morgen"]),
        ("size", True),
    ],
)
def test_a_malformed_index_entry_is_read_again_from_its_case_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, value: object
) -> None:
    """One bad entry (wrong type, unknown status, a time where a date belongs) costs one case file read, no more,
    and the listing is right."""
    codes = _fill(tmp_path, 3)
    Workspace(tmp_path).case_summaries()
    header, entries = _index_lines(tmp_path)
    bad = sorted(codes)[1]
    entry = next(e for e in entries if e["code"] == bad)
    entry[field] = value
    _write_index_lines(tmp_path, header, entries)
    with pytest.raises(ValueError):
        CaseSummary.from_json(entry)
    parsed = _count_parses(monkeypatch)
    summaries = Workspace(tmp_path).case_summaries()
    assert [s.code for s in summaries] == sorted(codes)
    assert parsed == [bad]


def test_an_index_of_another_kind_or_version_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An index whose header is not Bouwsteen's index of this version is rebuilt from the case files."""
    codes = _fill(tmp_path, 2)
    Workspace(tmp_path).case_summaries()
    header, entries = _index_lines(tmp_path)
    for change in ({"document": "case"}, {"schema_version": 1}, None):
        _write_index_lines(tmp_path, {**header, **change} if change is not None else [header], entries)
        parsed = _count_parses(monkeypatch)
        assert [s.code for s in Workspace(tmp_path).case_summaries()] == sorted(codes)
        assert sorted(parsed) == sorted(codes)
        monkeypatch.undo()


def test_summaries_are_slotted_and_share_question_ids(tmp_path: Path) -> None:
    """A summary has no per-instance dict, and the question ids of different cases are the same string objects:
    a thousand cases cost a thousand small objects, not a thousand copies of every id."""
    _fill(tmp_path, 3)
    Workspace(tmp_path).case_summaries()
    first, second, _ = Workspace(tmp_path).case_summaries()
    assert not hasattr(first, "__dict__")
    assert first.answered == second.answered == ("agreements", "shared_framing")
    assert all(a is b for a, b in zip(first.answered, second.answered, strict=True))


@pytest.mark.parametrize("content", [b"\xff\xfe not utf-8", b"[1, 2, 3]", b"null", b"", b"\n\n"])
def test_an_unreadable_index_is_rebuilt(tmp_path: Path, content: bytes) -> None:
    """Bytes that are not UTF-8, JSON that is not an object, an empty file: the cases are listed from their files
    and a good index is written back."""
    codes = _fill(tmp_path, 2)
    index = tmp_path / "cases" / "index.jsonl"
    index.write_bytes(content)
    assert [s.code for s in Workspace.open(tmp_path).case_summaries()] == sorted(codes)
    assert _index_lines(tmp_path)[0]["document"] == "case-index"


def test_a_broken_line_costs_only_its_own_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line cut short (a full disk, an editor) or garbage between lines: the other cases come from the index."""
    codes = _fill(tmp_path, 4)
    Workspace(tmp_path).case_summaries()
    header, entries = _index_lines(tmp_path)
    lines = [json.dumps(header), json.dumps(entries[0]), "{not json", json.dumps(entries[2])[:-9], "\xff",
             json.dumps(entries[3])]
    (tmp_path / "cases" / "index.jsonl").write_bytes("\n".join(lines).encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    parsed = _count_parses(monkeypatch)
    assert [s.code for s in Workspace(tmp_path).case_summaries()] == sorted(codes)
    assert sorted(parsed) == sorted(e["code"] for e in (entries[1], entries[2]))


def test_an_old_toml_index_is_replaced(tmp_path: Path) -> None:
    """The TOML index of earlier builds is removed once the JSON index is written; the cases are all listed."""
    codes = _fill(tmp_path, 2)
    legacy = tmp_path / "cases" / "index.toml"
    legacy.write_text('schema_version = 2\ndocument = "case-index"\n', encoding="utf-8")
    earlier = tmp_path / "cases" / "index.json"
    earlier.write_text("{}", encoding="utf-8")
    (tmp_path / "cases" / "index.jsonl").unlink(missing_ok=True)
    with Workspace.open(tmp_path) as ws:
        assert [s.code for s in ws.case_summaries()] == sorted(codes)
    assert not legacy.exists()
    assert not earlier.exists()
    assert (tmp_path / "cases" / "index.jsonl").is_file()
    assert Workspace(tmp_path).case_codes() == sorted(codes)  # index.toml was never taken for a case


def test_a_deleted_case_leaves_nothing_in_the_index(tmp_path: Path) -> None:
    """Deleting a case removes its line from the index at once: its description is not kept anywhere."""
    codes = _fill(tmp_path, 3)
    with Workspace.open(tmp_path) as ws:
        ws.case_summaries()
        assert "casus 1" in (tmp_path / "cases" / "index.jsonl").read_text(encoding="utf-8")
        ws.delete_case(codes[1])
        text = (tmp_path / "cases" / "index.jsonl").read_text(encoding="utf-8")
    assert codes[1] not in text and "casus 1" not in text
    assert codes[0] in text and codes[2] in text
