"""``bouwsteen demo``: a complete fictional workspace in one command, never over someone's answers.

The demo workspace exports every output, and those exports pass the same markdownlint, pandoc and icalendar
checks as the outputs themselves (see test_external_tools.py; a missing tool skips, or fails under CI=true).
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from icalendar import Calendar

from bouwsteen_tui.cli import main
from bouwsteen_tui.core.answers import RecordsAnswer, Sheet, TextAnswer
from bouwsteen_tui.core.calendar_memory import workspace_id
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.lock import WriterLock
from bouwsteen_tui.core.workspace import Workspace
from tests.unit.test_external_tools import CONFIG, need


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_demo_fills_a_new_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A role card, a network map with seven partners and two cases are written; the message names the folder,
    what is in it and how to open it."""
    root = tmp_path / "demo"
    status, out, _ = run(["demo", "--workspace", str(root)], capsys)
    assert status == 0
    assert f"Het voorbeeld staat in {root}" in out and "7 partners" in out and "C-7K4Q, C-3MXR" in out
    assert f"bouwsteen --workspace {root}" in out
    with Workspace.open(root, read_only=True) as workspace:
        assert workspace.case_codes() == sorted(DEMO_CASE_CODES)
        assert workspace.load_sheet("role") is not None
        network = workspace.load_sheet("network")
        assert network is not None and isinstance(network.answers["partners"], RecordsAnswer)
        assert len(network.answers["partners"].items) == 7
        assert workspace.load_settings().language == "nl"


def test_demo_in_english_writes_english_answers_and_settings(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang en`` writes the English demo and remembers English as the workspace's language."""
    root = tmp_path / "demo"
    status, out, _ = run(["demo", "--workspace", str(root), "--lang", "en"], capsys)
    assert status == 0 and out.startswith("The example is in")
    with Workspace.open(root, read_only=True) as workspace:
        assert workspace.load_settings().language == "en"
        case = workspace.load_case(DEMO_CASE_CODES[0])
    assert case is not None and case.description.startswith("pupil")


def test_demo_goes_into_an_empty_existing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty folder (made for the training, say) is fine."""
    root = tmp_path / "empty"
    root.mkdir()
    assert run(["demo", "--workspace", str(root)], capsys)[0] == 0
    assert (root / "role.toml").is_file()


def test_demo_refuses_a_workspace_with_answers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A workspace that holds answers is never written over: exit 1, the folder named, every byte the same."""
    root = tmp_path / "mine"
    with Workspace.open(root) as workspace:
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="role",
                                   answers={"function": TextAnswer(text="zorgcoördinator")}))
    before = snapshot(root)
    status, out, err = run(["demo", "--workspace", str(root)], capsys)
    assert status == 1 and out == ""
    assert f"de werkmap {root} bevat al antwoorden" in err and "--workspace" in err
    assert snapshot(root) == before


def test_demo_refuses_a_second_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Running the demo twice does not write the example again over the first (which may have been edited)."""
    root = tmp_path / "demo"
    assert run(["demo", "--workspace", str(root)], capsys)[0] == 0
    before = snapshot(root)
    assert run(["demo", "--workspace", str(root), "--lang", "en"], capsys)[0] == 1
    assert snapshot(root) == before


def test_demo_refuses_a_folder_that_is_no_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with other files (someone's documents) is left alone, and the message names what is there."""
    root = tmp_path / "documents"
    root.mkdir()
    (root / "notes.txt").write_text("eigen notities", encoding="utf-8")
    status, _, err = run(["demo", "--workspace", str(root)], capsys)
    assert status == 1 and "notes.txt" in err
    assert sorted(p.name for p in root.iterdir()) == ["notes.txt"]


def test_demo_refuses_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that is a file is not a folder: exit 1, named."""
    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    status, _, err = run(["demo", "--workspace", str(path)], capsys)
    assert status == 1 and f"{path} is geen map" in err


def test_demo_refuses_while_another_window_holds_the_workspace(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """An empty workspace held by another window is not written to."""
    root = tmp_path / "busy"
    with Workspace.open(root):
        pass
    lock = WriterLock(root)
    assert lock.acquire()
    try:
        status, _, err = run(["demo", "--workspace", str(root)], capsys)
    finally:
        lock.release()
    assert status == 1 and "ander Bouwsteen-venster" in err
    assert not (root / "role.toml").exists()


def test_demo_rejects_an_unknown_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang fr`` is a usage error; nothing is written."""
    status, _, err = run(["demo", "--workspace", str(tmp_path / "d"), "--lang", "fr"], capsys)
    assert status == 2 and "ongeldige keuze: 'fr'" in err
    assert not (tmp_path / "d").exists()


# --------------------------------------------------------------------------------------------- its outputs


@pytest.fixture(scope="module", params=["nl", "en"])
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[Path]]:
    """The demo workspace made by ``bouwsteen demo`` and exported by ``bouwsteen export``, in each language."""
    language = request.param
    base = tmp_path_factory.mktemp(f"demo-{language}")
    assert main(["demo", "--workspace", str(base / "ws"), "--lang", language]) == 0
    out = base / "out"
    assert main(["export", "--workspace", str(base / "ws"), "--out", str(out)]) == 0
    return language, sorted(out.iterdir())


def test_the_demo_exports_every_output(exported: tuple[str, list[Path]]) -> None:
    """Role card, the three documents of both cases and network map, each in every document format (``all``, the
    default), and the calendar are written."""
    from bouwsteen_tui.export import DOCUMENT_FORMATS

    language, files = exported
    names = {p.name for p in files}
    codes = ("C-7K4Q", "C-3MXR")
    if language == "nl":
        stems = {"rolkaart", "netwerkkaart",
                 *(f"{doc}-{code}" for doc in ("casusverslag", "afsprakenblad", "gezinsblad") for code in codes)}
        calendar = "kalender.ics"
    else:
        stems = {"role-card", "network-map",
                 *(f"{doc}-{code}" for doc in ("case-record", "agreement-sheet", "family-sheet") for code in codes)}
        calendar = "calendar.ics"
    assert names == {calendar, *(f"{stem}.{fmt}" for stem in stems for fmt in DOCUMENT_FORMATS)}


def test_the_demo_exports_pass_markdownlint(exported: tuple[str, list[Path]]) -> None:
    """markdownlint-cli2 with the project's configuration reports nothing on the demo's sheets."""
    command = need("markdownlint-cli2")
    _language, files = exported
    markdown = [p.name for p in files if p.suffix == ".md"]
    result = subprocess.run([*command, "--config", str(CONFIG), *markdown], cwd=files[0].parent,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pandoc_turns_the_demo_exports_into_docx(exported: tuple[str, list[Path]], tmp_path: Path) -> None:
    """pandoc converts every demo sheet to a DOCX with the document title from the front matter."""
    command = need("pandoc")
    _language, files = exported
    for path in (p for p in files if p.suffix == ".md"):
        target = tmp_path / f"{path.stem}.docx"
        result = subprocess.run([*command, str(path), "-o", str(target)], capture_output=True, text=True,
                                timeout=120, check=False)
        assert result.returncode == 0, f"{path}: {result.stderr}"
        with zipfile.ZipFile(target) as docx:
            assert "<dc:title>" in docx.read("docProps/core.xml").decode("utf-8")


def test_the_demo_calendar_has_an_event_for_every_dated_agreement_and_meeting(
    exported: tuple[str, list[Path]],
) -> None:
    """icalendar reads the demo's calendar; every date of an agreement and every meeting date is an event."""
    language, files = exported
    pack = load_pack_or_raise(builtin_pack_dir(language))
    ics = next(p for p in files if p.suffix == ".ics")
    calendar = Calendar.from_ical(ics.read_bytes())
    assert str(calendar["VERSION"]) == "2.0"
    found = {(str(e["UID"]), e.decoded("DTSTART")) for e in calendar.walk("VEVENT")}
    with Workspace.open(files[0].parents[1] / "ws", read_only=True) as workspace:
        cases = workspace.load_cases()
        network = workspace.load_sheet("network")
        domain = f"{workspace_id(workspace)}.bouwsteen"
    expected = set()
    for case in cases:
        agreements = case.get(pack.question("agreements"))
        assert isinstance(agreements, RecordsAnswer)
        for record in agreements.items:
            for kind, field in (("due", "by_when"), ("report", "report_date"), ("adjust", "adjust_date")):
                if (day := record.date(field)) is not None:
                    expected.add((f"{kind}-{case.code}-{record.id}@{domain}", day))
    assert network is not None
    meetings = network.get(pack.question("meetings"))
    assert isinstance(meetings, RecordsAnswer)
    for record in meetings.items:
        if (day := record.date("date")) is not None:
            expected.add((f"meeting-network-{record.id}@{domain}", day))
    assert len(expected) >= 10
    assert expected <= found
