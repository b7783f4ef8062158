"""The home screen's cache (core/home_cache.py): what it gives at start, and when it gives nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import Case, Position, Sheet, TextAnswer
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.home_cache import (
    CACHE_FILE,
    MAX_ENTRIES,
    HomeView,
    read_start,
    view_of,
    write_cache,
)
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.i18n import peek_settings


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    """A copy of the Dutch pack, so that a test may change its files."""
    folder = tmp_path / "pack"
    shutil.copytree(builtin_pack_dir("nl"), folder)
    return folder


def _session(root: Path, pack_dir: Path) -> Session:
    return Session(load_pack_or_raise(pack_dir), Workspace.open(root))


def _fill(session: Session) -> None:
    """A role card with an answer, two cases (one closed), the position in the first case's step."""
    role = session.sheet("role")
    role.set("function", TextAnswer(text="CLB-medewerker"))
    session.save(role)
    first = session.new_case("leerling 5e leerjaar")
    session.new_case("tweede casus")
    session.set_case_status(first.code, first.status.CLOSED)
    session.remember_position("case", 1, first.code)


def _written(root: Path, pack_dir: Path) -> HomeView:
    """Fill a workspace, close its session and cache its view as the app does; the view from the core."""
    session = _session(root, pack_dir)
    _fill(session)
    view = view_of(session)
    assert write_cache(root, pack_dir, "nl", view)
    session.close()
    return view


def _start(root: Path, pack_dir: Path) -> HomeView | None:
    return read_start(root, pack_dir, "nl", peek_settings(root))


def test_the_start_view_is_the_cores_view(tmp_path: Path, pack_dir: Path) -> None:
    """From the cache, the index and the settings: the same titles, progress, cases (in order) and resume point."""
    root = tmp_path / "ws"
    core = _written(root, pack_dir)
    start = _start(root, pack_dir)
    assert start is not None and not start.from_core
    assert (start.pack_id, start.brand, start.title, start.introduction) == (
        core.pack_id, core.brand, core.title, core.introduction)
    assert start.steps == core.steps
    assert start.steps[0].progress is not None and start.steps[0].progress.answered == 1
    assert start.steps[0].exported
    assert start.case_questions == core.case_questions
    assert [c.code for c in start.cases] == [c.code for c in core.cases]
    assert start.cases[-1].status.value == "closed"  # open cases first
    assert start.resume == core.resume and start.resume is not None and start.resume.part_index == 1


def test_a_changed_pack_gives_no_view(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    step1 = pack_dir / "step1.toml"
    step1.write_bytes(step1.read_bytes() + b"\n")
    assert _start(root, pack_dir) is None


def test_another_language_or_pack_folder_gives_no_view(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    assert read_start(root, pack_dir, "en") is None
    assert read_start(root, builtin_pack_dir("nl"), "nl") is None


def test_a_sheet_changed_since_shows_its_step_without_progress(tmp_path: Path, pack_dir: Path) -> None:
    """The role card was saved after the cache was written (a window killed before it closed): its progress is not
    known until the core counts it; the other steps keep theirs."""
    root = tmp_path / "ws"
    _written(root, pack_dir)
    with Workspace.open(root) as workspace:
        role = workspace.load_sheet("role")
        assert role is not None
        role.set("organisation", TextAnswer(text="CLB regio Oost"))
        workspace.save(role)
    start = _start(root, pack_dir)
    assert start is not None
    by_id = {step.id: step for step in start.steps}
    assert by_id["role"].progress is None and not by_id["role"].exported
    assert by_id["role"].title  # the title is still there
    assert by_id["network"].progress is not None  # its sheet (none) is unchanged


def test_a_sheet_made_since_counts_as_changed(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    with Workspace.open(root) as workspace:
        network = Sheet(pack_id="bouwsteen", step_id="network")
        network.set("network_gaps", TextAnswer(text="samen"))
        workspace.save(network)
    start = _start(root, pack_dir)
    assert start is not None
    assert next(s for s in start.steps if s.id == "network").progress is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        json.dumps({"document": "settings", "format": 1, "entries": {}}).encode(),
        json.dumps({"document": "home-cache", "format": 999, "entries": {}}).encode(),
        json.dumps({"document": "home-cache", "format": 1, "entries": []}).encode(),
        b"[" * 100_000 + b"]" * 100_000,  # nested too deeply for the parser
    ],
    ids=["empty", "text", "not-utf8", "a-list", "foreign", "newer-format", "no-entries", "too-deep"],
)
def test_a_corrupt_or_foreign_cache_gives_no_view(tmp_path: Path, pack_dir: Path, content: bytes) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    (root / CACHE_FILE).write_bytes(content)
    assert _start(root, pack_dir) is None


@pytest.mark.parametrize(
    "change",
    [
        lambda entry: entry.update(title=5),
        lambda entry: entry.update(case_questions="agreements"),
        lambda entry: entry.update(steps="role"),
        lambda entry: entry["steps"].append({"id": "x"}),
        lambda entry: entry["steps"][0].update(parts=0),
        lambda entry: entry["steps"][0].update(number="1"),
    ],
    ids=["title", "questions", "steps", "step-fields", "no-parts", "number-text"],
)
def test_a_malformed_entry_gives_no_view(tmp_path: Path, pack_dir: Path, change: object) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    data = json.loads((root / CACHE_FILE).read_text())
    (entry,) = data["entries"].values()
    change(entry)  # type: ignore[operator]
    (root / CACHE_FILE).write_text(json.dumps(data))
    assert _start(root, pack_dir) is None


def test_malformed_progress_is_not_known(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    data = json.loads((root / CACHE_FILE).read_text())
    (entry,) = data["entries"].values()
    entry["steps"][0]["progress"] = [1, 2, "3", 4, 0]
    (root / CACHE_FILE).write_text(json.dumps(data))
    start = _start(root, pack_dir)
    assert start is not None and start.steps[0].progress is None


def test_a_link_in_place_of_the_cache_is_not_followed(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    elsewhere = tmp_path / "elsewhere.json"
    (root / CACHE_FILE).rename(elsewhere)
    (root / CACHE_FILE).symlink_to(elsewhere)
    assert _start(root, pack_dir) is None


def test_an_unchanged_view_is_not_written_again(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    before = os.stat(root / CACHE_FILE)
    session = _session(root, pack_dir)
    assert not write_cache(root, pack_dir, "nl", view_of(session))
    session.close()
    after = os.stat(root / CACHE_FILE)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_the_file_is_private_and_holds_no_answer(tmp_path: Path, pack_dir: Path) -> None:
    """Titles and counts only: neither an answer nor a case's description is in it."""
    root = tmp_path / "ws"
    _written(root, pack_dir)
    path = root / CACHE_FILE
    assert path.stat().st_mode & 0o777 == 0o600
    text = path.read_text()
    for typed in ("CLB-medewerker", "leerling 5e leerjaar", "tweede casus"):
        assert typed not in text


def test_a_view_made_at_start_is_never_written(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    (root / CACHE_FILE).unlink()
    session = _session(root, pack_dir)
    write_cache(root, pack_dir, "nl", view_of(session))
    session.close()
    start = _start(root, pack_dir)
    assert start is not None
    (root / CACHE_FILE).unlink()
    assert not write_cache(root, pack_dir, "nl", start)
    assert not (root / CACHE_FILE).exists()


def test_a_few_packs_are_remembered_the_oldest_dropped(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    view = _written(root, pack_dir)
    folders = []
    for number in range(MAX_ENTRIES):
        folder = tmp_path / f"pack{number}"
        shutil.copytree(pack_dir, folder)
        folders.append(folder)
        assert write_cache(root, folder, "nl", view)
    assert read_start(root, pack_dir, "nl") is None  # the first, dropped
    assert all(read_start(root, folder, "nl") is not None for folder in folders)


def test_only_this_packs_cases_are_listed(tmp_path: Path, pack_dir: Path) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    with Workspace.open(root) as workspace:
        workspace.save(Case(code="C-2222", pack_id="opwarmer"))
        workspace.case_summaries()  # the index, as any listing writes it
    start = _start(root, pack_dir)
    assert start is not None
    assert "C-2222" not in {case.code for case in start.cases} and len(start.cases) == 2


@pytest.mark.parametrize(
    ("position", "found"),
    [
        ({"step_id": "role", "part_index": 99}, ("role", 99)),  # kept within the step's parts (its last)
        ({"step_id": "nope", "part_index": 0}, None),
        ({"step_id": "case", "part_index": 0, "case_code": "C-ZZZZ"}, None),  # the case is gone
        ({"step_id": "role", "part_index": "1"}, None),
        ("role", None),
    ],
)
def test_the_resume_point_is_found_as_the_session_finds_it(
    tmp_path: Path, pack_dir: Path, position: object, found: tuple[str, int] | None
) -> None:
    root = tmp_path / "ws"
    _written(root, pack_dir)
    settings = peek_settings(root) | {"position": position}
    start = read_start(root, pack_dir, "nl", settings)
    assert start is not None
    if found is None:
        assert start.resume is None
    else:
        assert start.resume is not None and (start.resume.step.id, start.resume.part_index) == (
            found[0], min(found[1], start.resume.step.parts - 1))
        session = _session(root, pack_dir)
        session.settings.position = Position.model_validate(position)
        core = view_of(session).resume
        session.close()
        assert core is not None and core.part_index == start.resume.part_index


def test_reading_the_start_view_loads_no_pydantic(tmp_path: Path, pack_dir: Path) -> None:
    """What the app does before its first frame: read the settings and the start view, import the home screen."""
    root = tmp_path / "ws"
    _written(root, pack_dir)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "import bouwsteen_tui.cli, bouwsteen_tui.app, bouwsteen_tui.screens.home\n"
        "from bouwsteen_tui.core.home_cache import read_start\n"
        "from bouwsteen_tui.i18n import peek_settings\n"
        f"root, pack = Path({str(root)!r}), Path({str(pack_dir)!r})\n"
        "view = read_start(root, pack, 'nl', peek_settings(root))\n"
        "print(len(view.cases), *(m for m in ('pydantic', 'bouwsteen_tui.core.answers') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2"]


def test_the_session_takes_the_index_read_at_start_and_still_checks_it(tmp_path: Path, pack_dir: Path) -> None:
    """The summaries the first frame read are the session's (one copy in memory); an entry whose case file changed
    since is read again from that file."""
    from dataclasses import replace

    from bouwsteen_tui.core.home_cache import read_start_index

    root = tmp_path / "ws"
    _written(root, pack_dir)
    index = read_start_index(root)
    stale_code, kept_code = sorted(index)
    stale = replace(index[stale_code], description="verouderd", mtime_ns=1)
    session = Session(load_pack_or_raise(pack_dir), Workspace.open(root), index={**index, stale_code: stale})
    assert session.summary(stale_code).description != "verouderd"
    assert session.summary(kept_code) is index[kept_code]
    session.close()
    assert read_start_index(tmp_path / "nowhere") == {}
