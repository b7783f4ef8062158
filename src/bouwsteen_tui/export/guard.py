"""The identifier guard before an export, for the command line's ``export`` and the app's export dialog alike.

An export first scans the cases it would hold; a case in which an identifier is found is withheld
(``skip_cases``) unless the user allows it (``--allow-identifiers``, or the app's confirmation). This module says
which cases are in scope and what is found in them; each caller decides and then writes with ``skip_cases``.

Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

from bouwsteen_tui.core.guard import GuardFinding, scan_cases
from bouwsteen_tui.core.workspace import Workspace


def scan_before_export(
    workspace: Workspace, case_code: str | None = None, pack_id: str | None = None
) -> dict[str, list[GuardFinding]]:
    """What the guard finds in the cases an export of ``workspace`` holds: every case (of the pack ``pack_id``,
    when given: another pack's case is in no export of this one), or only ``case_code``.

    Keyed by case code; a case without findings, or one that cannot be loaded (the export leaves it out too), is
    not in it. Reads the cases from disk: the caller saves what is being typed first.
    """
    codes = [case_code] if case_code else workspace.case_codes()
    cases = (case for code in codes if (case := workspace.load_case(code)) is not None)
    return scan_cases(case for case in cases if pack_id is None or case.pack_id == pack_id)
