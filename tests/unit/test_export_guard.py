"""The scan before an export (bouwsteen_tui.export.guard), shared by ``bouwsteen export`` and the app's export
dialog. The number is synthetic (computed check digits): it belongs to no one."""

from __future__ import annotations

from pathlib import Path

from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES, write_demo
from bouwsteen_tui.core.loader import load_pack
from bouwsteen_tui.core.privacy import IdentifierKind
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export.guard import scan_before_export

NUMBER = "85073003328"  # a valid national register number


def demo_with_a_number(root: Path) -> Workspace:
    """The demo workspace, with a national register number in the first case's description."""
    pack, _ = load_pack(builtin_pack_dir("nl"))
    assert pack is not None
    workspace = Workspace.open(root)
    write_demo(workspace, pack)
    case = workspace.load_case(DEMO_CASE_CODES[0])
    assert case is not None
    case.description = f"rrn {NUMBER}"
    workspace.save_case(case)
    return workspace


def test_every_case_is_scanned_and_only_the_one_with_a_finding_is_named(workspace_dir: Path) -> None:
    """Without a case code, all cases are in scope; the clean case is not in the result."""
    with demo_with_a_number(workspace_dir) as workspace:
        found = scan_before_export(workspace)
    assert list(found) == [DEMO_CASE_CODES[0]]
    assert [(f.question_id, f.kind) for f in found[DEMO_CASE_CODES[0]]] == [
        ("description", IdentifierKind.NATIONAL_NUMBER)
    ]


def test_with_a_case_code_only_that_case_is_scanned(workspace_dir: Path) -> None:
    """An export of one case scans that case only: another case's finding does not withhold it."""
    with demo_with_a_number(workspace_dir) as workspace:
        assert scan_before_export(workspace, DEMO_CASE_CODES[1]) == {}
        assert list(scan_before_export(workspace, DEMO_CASE_CODES[0])) == [DEMO_CASE_CODES[0]]
