"""``bouwsteen import FILE``: add a case file to a workspace under a fresh code."""

from __future__ import annotations

import argparse
from pathlib import Path

from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, one_line, say, warn
from bouwsteen_tui.cli.pack import load_content
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.cli.workspace import not_a_workspace, read_only_message, report_problems, why
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.exchange import ExchangeError, draft_case, import_case, read_case_file
from bouwsteen_tui.core.guard import describe_findings, scan_case
from bouwsteen_tui.core.workspace import Workspace, WorkspaceError
from bouwsteen_tui.i18n import Catalog, peek_language


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen import FILE``: add a case file to a workspace under a fresh code."""
    source = Path(args.file).expanduser()
    root = workspace_root(args)

    def refuse(error: ExchangeError) -> int:
        key = f"import.reason.{error.reason}"
        if error.reason == "foreign" and not error.values.get("kind"):
            key = "import.reason.not_bouwsteen"
        values = dict(error.values)
        if error.reason == "unreadable" and isinstance(error.__cause__, OSError):
            values["error"] = why(error.__cause__, t, with_file=False)  # the sentence names the file
        warn(t("import.refused", file=source, reason=t(key, **values)))
        return EXIT_FAILED

    # Everything is checked before the workspace is opened: a refused file changes nothing.
    try:
        exchange = read_case_file(source)
    except ExchangeError as error:
        return refuse(error)
    if root.exists() and not root.is_dir():
        warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    if root.is_dir() and any(root.iterdir()):
        reason = not_a_workspace(root, t)
        if reason:
            warn(t("import.not_workspace", folder=root, reason=reason))
            return EXIT_FAILED
    if args.content:
        pack = load_content(Path(args.content).expanduser(), t)
    else:
        language = args.lang or peek_language(root) or t.language
        pack = load_content(builtin_pack_dir(language), t)
    if pack is None:
        return EXIT_FAILED
    if exchange.pack_id != pack.id:
        return refuse(ExchangeError("pack_mismatch", file_pack=exchange.pack_id, pack=pack.id))
    if not args.allow_identifiers:
        found = scan_case(draft_case(exchange, exchange.source_code, dates.today()))
        if found:
            for line in describe_findings(pack, {exchange.source_code: found}, t.language):
                warn(t("export.identifier", where=line))
            warn(t("import.withheld", file=source))
            return EXIT_FAILED
    workspace = Workspace.open(root)
    with workspace:
        if workspace.read_only:
            warn(read_only_message(workspace, t, "import"))
            return EXIT_FAILED
        try:
            result = import_case(workspace, pack, exchange)
        except ExchangeError as error:
            return refuse(error)
        except (WorkspaceError, OSError) as error:
            report_problems(workspace, t)
            warn(t("import.failed", reason=why(error, t)))
            return EXIT_FAILED
    report_problems(workspace, t)
    say(t("import.done", code=result.case.code, folder=root, source=exchange.source_code))
    if result.matched:
        say(t("import.partners_matched", names=", ".join(one_line(n, 60) for n in result.matched)))
    if result.added:
        say(t("import.partners_added", names=", ".join(one_line(n, 60) or t("none") for n in result.added)))
    return EXIT_OK
