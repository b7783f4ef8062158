"""``bouwsteen list``: the cases of a workspace, one line each, read from its index."""

from __future__ import annotations

import argparse

from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, one_line, say, warn
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.cli.workspace import cases_hidden, open_existing, report_problems
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import CaseStatus
from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.i18n import Catalog

DESCRIPTION_WIDTH = 40


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen list``: code, description, status, next report-back and keep-until date of each case."""
    root = workspace_root(args)
    workspace = open_existing(root, t)
    if workspace is None:
        return EXIT_FAILED

    with workspace:
        cases = workspace.case_summaries()  # from the index: no case file is read unless it changed
    report_problems(workspace, t)
    if not cases and cases_hidden(workspace):
        warn(t("list.unreadable", folder=workspace.cases_dir))
        return EXIT_FAILED
    if not cases:
        say(t("list.empty", folder=root))
        return EXIT_OK
    today = dates.today()
    none = t("none")
    header = [t(f"list.col.{name}") for name in ("code", "description", "status", "report_back", "keep_until")]
    rows = []
    expired = 0
    for case in cases:
        keep = format_date(case.keep_until)
        if case.keep_until < today:
            keep += f" ({t('list.expired')})"
            expired += 1
        status = t("list.status.closed" if case.status is CaseStatus.CLOSED else "list.status.open")
        rows.append(
            [
                case.code,
                one_line(case.description, DESCRIPTION_WIDTH) or none,
                status,
                format_date(case.next_report_back(today)) or none,
                keep,
            ]
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        # the description cell is masked already; masking the row could take a date column for a date of birth
        say("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(), already_masked=True)
    if expired:
        warn(t("list.expired_hint", count=expired))
    return EXIT_OK
