"""A complete fictional example: the role card of a CLB worker, a network of seven partners and two cases.

The example itself is data, one file per language (``nl.toml``, ``en.toml`` next to this module); this module reads
it and validates it through the same models as a workspace's files. Everything in it is invented and anonymised,
and its dates are fixed in the school year 2026–2027, so that outputs made from the demo are stable: trainers use
it to show what the outputs look like, and the tests build their golden files from it.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from bouwsteen_tui.core.answers import Case, Sheet, scope_steps
from bouwsteen_tui.core.content import Pack, Scope
from bouwsteen_tui.core.workspace import Workspace

DEMO_DIR = Path(__file__).resolve().parent
DEMO_CASE_CODES = ("C-7K4Q", "C-3MXR")


def demo_file(language: str) -> Path:
    """The example in ``language``: Dutch for a Dutch pack, English for any other."""
    return DEMO_DIR / ("nl.toml" if language == "nl" else "en.toml")


def _step_id(pack: Pack, scope: Scope, default: str) -> str:
    steps = scope_steps(pack, scope)
    return steps[0].id if steps else default


def build_demo(pack: Pack) -> tuple[Sheet, Sheet, list[Case]]:
    """The demo in the pack's language: (role card, network map, cases), each a validated model of ``pack``."""
    with demo_file(pack.language).open("rb") as file:
        data: dict[str, Any] = tomllib.load(file)
    profile = Sheet.model_validate(
        {**data["role_card"], "pack_id": pack.id, "step_id": _step_id(pack, Scope.PROFILE, "role")}
    )
    network = Sheet.model_validate(
        {**data["network"], "pack_id": pack.id, "step_id": _step_id(pack, Scope.NETWORK, "network")}
    )
    cases = [Case.model_validate({**case, "pack_id": pack.id}) for case in data["cases"]]
    return profile, network, cases


def write_demo(workspace: Workspace, pack: Pack) -> tuple[Sheet, Sheet, list[Case]]:
    """Save the demo into ``workspace`` (replacing a role card, network map or case with the same id)."""
    profile, network, cases = build_demo(pack)
    workspace.save_sheet(profile)
    workspace.save_sheet(network)
    for case in cases:
        workspace.save_case(case)
    return profile, network, cases
