"""``bouwsteen list``: the cases of a workspace's current pack, one line each, read from its index; how many cases of
other packs there are, and the command that opens them."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, one_line, say, warn
from bouwsteen_tui.cli.pack import load_content
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.cli.workspace import cases_hidden, open_existing, report_problems
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import CaseStatus, CaseSummary
from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.core.packs import (
    BUILTIN_PACK_ID,
    count_other_packs,
    read_pack_folders,
    remember_pack_folder,
    split_by_pack,
)
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.packs import other_pack_lines

DESCRIPTION_WIDTH = 40


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen list``: code, description, status, next report-back and keep-until date of each case of the pack
    (``--content``, else the built-in one); then a line per other pack whose cases the workspace holds."""
    root = workspace_root(args)
    content = Path(args.content).expanduser() if getattr(args, "content", None) else None
    pack = load_content(content, t) if content is not None else None
    if content is not None and pack is None:
        return EXIT_FAILED
    pack_id = pack.id if pack is not None else BUILTIN_PACK_ID  # the built-in pack's id needs no pack loaded
    workspace = open_existing(root, t)
    if workspace is None:
        return EXIT_FAILED

    with workspace:
        # from the index: no case file is read unless it changed
        cases, others = split_by_pack(workspace.case_summaries(pack), pack_id)
        remember_pack_folder(workspace, pack_id, content)
        folders = read_pack_folders(workspace) if others else {}
    report_problems(workspace, t)
    today = dates.today()
    if not cases and not others and cases_hidden(workspace):
        warn(t("list.unreadable", folder=workspace.cases_dir))
        return EXIT_FAILED
    if not cases:
        say(t("packs.list_empty" if others else "list.empty", folder=root))
    else:
        _table(cases, today, t)
    for line in other_pack_lines(count_other_packs(others, today, folders), root, t):
        warn(line)
    return EXIT_OK


def _table(cases: list[CaseSummary], today: date, t: Catalog) -> None:
    """The cases as a table on stdout, and a warning for those past their keep-until date."""
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
