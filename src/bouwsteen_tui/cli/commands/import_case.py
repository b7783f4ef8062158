"""``bouwsteen import FILE``: add a case file to a workspace under a fresh code; ``--undo CODE`` takes it back."""

from __future__ import annotations

import argparse
from pathlib import Path

from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, one_line, say, warn
from bouwsteen_tui.cli.pack import load_content
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.cli.workspace import not_a_workspace, read_only_message, report_problems, why
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.case_import import import_case, undo_import
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.exchange import ExchangeError, draft_case, read_case_file
from bouwsteen_tui.core.guard import describe_findings, scan_case
from bouwsteen_tui.core.workspace import Workspace, WorkspaceError
from bouwsteen_tui.i18n import Catalog, peek_language


def _names(names: list[str], t: Catalog) -> str:
    return ", ".join(one_line(n, 60) or t("none") for n in names)


def _pack(args: argparse.Namespace, t: Catalog, root: Path) -> Pack | None:
    if args.content:
        return load_content(Path(args.content).expanduser(), t)
    language = args.lang or peek_language(root) or t.language
    return load_content(builtin_pack_dir(language), t)


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen import FILE``: add a case file to a workspace under a fresh code (or ``--undo CODE``)."""
    if args.undo is not None:
        if args.file is not None:
            warn(t("import.file_and_undo"))
            return EXIT_USAGE
        return _undo(args, t, args.undo.strip().upper())
    if args.file is None:
        warn(t("import.no_file"))
        return EXIT_USAGE
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
    pack = _pack(args, t, root)
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
            if workspace.in_use:  # a window holds it: import there, or close it and run this again
                warn(t("import.open_elsewhere", folder=workspace.root, file=source.absolute()))
            else:
                warn(read_only_message(workspace, t, "import"))
            return EXIT_FAILED
        try:
            result = import_case(workspace, pack, exchange, self_is_me=args.self_is_me,
                                 unnamed_author=t("import.author_unnamed"))
        except ExchangeError as error:
            return refuse(error)
        except (WorkspaceError, OSError) as error:
            report_problems(workspace, t)
            warn(t("import.failed", reason=why(error, t)))
            return EXIT_FAILED
    report_problems(workspace, t)
    say(t("import.done", code=result.case.code, folder=root, source=exchange.source_code))
    if result.author_is_me:
        say(t("import.author_is_me"))
    elif result.author:
        say(t("import.author", name=one_line(result.author, 60)))
    if result.matched:
        say(t("import.partners_matched", names=_names(result.matched, t)))
    if result.added:
        say(t("import.partners_added", names=_names(result.added, t)))
        say(t("import.added_fields"))
    say(t("import.undo_hint", code=result.case.code))
    return EXIT_OK


def _undo(args: argparse.Namespace, t: Catalog, code: str) -> int:
    """``bouwsteen import --undo CODE``: remove an imported case and the partners its import added, if unused."""
    root = workspace_root(args)
    if not root.is_dir():
        warn(t("import.undo_refused", reason=t("import.reason.not_imported", code=code)))
        return EXIT_FAILED
    pack = _pack(args, t, root)
    if pack is None:
        return EXIT_FAILED
    workspace = Workspace.open(root)
    with workspace:
        if workspace.read_only:
            warn(read_only_message(workspace, t, "import.undo"))
            return EXIT_FAILED
        try:
            result = undo_import(workspace, pack, code, force=args.yes)
        except ExchangeError as error:
            report_problems(workspace, t)
            warn(t("import.undo_refused", reason=t(f"import.reason.{error.reason}", **error.values)))
            return EXIT_FAILED
        except (WorkspaceError, OSError) as error:
            report_problems(workspace, t)
            warn(t("import.undo_failed", reason=why(error, t)))
            return EXIT_FAILED
    report_problems(workspace, t)
    say(t("import.undone" if result.case_removed else "import.undone_gone", code=code))
    for key, names in (("import.partners_removed", result.removed),
                       ("import.partners_kept_in_use", result.kept_in_use),
                       ("import.partners_kept_changed", result.kept_changed)):
        if names:
            say(t(key, names=_names(names, t)))
    return EXIT_OK
