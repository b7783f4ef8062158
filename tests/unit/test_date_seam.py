"""One date seam: the app asks ``core.dates.today`` and ``core.dates.now`` what day and time it is, nowhere else.

A test that fixes the date replaces those two and knows every part of the app (screens, exports, cases, saved
documents, the CLI) follows.
"""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import Case, Sheet, default_keep_until
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export import list_outputs

SRC = Path(__file__).resolve().parents[2] / "src" / "bouwsteen_tui"
SEAM = SRC / "core" / "dates.py"
DAY = date(2031, 2, 3)
MOMENT = datetime(2031, 2, 3, 4, 5, 6, tzinfo=UTC)


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "today", lambda: DAY)
    monkeypatch.setattr(dates, "now", lambda: MOMENT)


def test_only_the_seam_asks_the_system_for_the_date() -> None:
    """No module but ``core/dates.py`` names ``date.today``, ``datetime.now``, ``datetime.today`` or
    ``datetime.utcnow`` (called or passed on, as a pydantic ``default_factory``)."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path == SEAM:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and (node.value.id, node.attr) in {("date", "today"), ("datetime", "now"),
                                                       ("datetime", "today"), ("datetime", "utcnow")}):
                found.append(f"{path.relative_to(SRC)}:{node.lineno} {node.value.id}.{node.attr}")
    assert found == []


def test_a_new_case_is_dated_by_the_seam(fixed_clock: None) -> None:
    """A case made now is created on the seam's day and kept for the default term counted from it."""
    case = Case(pack_id="bouwsteen", code="C-7K4Q")
    assert case.created == DAY
    assert case.keep_until == default_keep_until(DAY)
    assert case.updated == MOMENT


def test_a_saved_document_is_stamped_by_the_seam(fixed_clock: None, tmp_path: Path) -> None:
    """Saving stamps a document as updated at the seam's moment."""
    with Workspace.open(tmp_path / "ws") as workspace:
        sheet = Sheet(pack_id="bouwsteen", step_id="role")
        workspace.save(sheet)
        assert workspace.load_sheet("role").updated == MOMENT


def test_outputs_are_dated_by_the_seam(fixed_clock: None) -> None:
    """Outputs listed without an explicit day carry the seam's day."""
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    outputs = list_outputs(pack, {}, [], formats={"md"})
    assert outputs
    assert all(f"date: \"{DAY.isoformat()}\"" in output.data().decode() for output in outputs)
