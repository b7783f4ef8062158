"""``bouwsteen export``: the outputs as files in a folder, as one zip, or one case as a file to hand out."""

from __future__ import annotations

import argparse
import errno
import os
import re
import shlex
from pathlib import Path

import bouwsteen_tui.export as exports
from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, say, warn
from bouwsteen_tui.cli.pack import load_content
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.cli.workspace import open_existing, report_problems, why
from bouwsteen_tui.core import ledger
from bouwsteen_tui.core.answers import CASE_CODE_PATTERN
from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.exchange import (
    case_file_name,
    export_case,
    network_step_id,
    own_organisation_of,
    write_case_file,
)
from bouwsteen_tui.core.files import make_dir
from bouwsteen_tui.core.guard import describe_findings
from bouwsteen_tui.core.packs import output_name, remember_pack_folder
from bouwsteen_tui.core.workspace import Workspace, WorkspaceError
from bouwsteen_tui.export.bundle import write_bundle
from bouwsteen_tui.export.calendar_sync import remember
from bouwsteen_tui.export.guard import scan_before_export
from bouwsteen_tui.i18n import Catalog, choose_language

EXPORT_DIR_NAME = "bouwsteen-export"
ALL_FORMATS = "all"  # --format all: every output format
CASE_FILE = "case"  # --format case: the case itself as a file to hand out
EXTRA_FORMATS = (ALL_FORMATS, CASE_FILE)  # the names --format takes beside the output formats (export.FORMATS)


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen export``: check the options, open the workspace read-only, load the pack, then write."""
    root = workspace_root(args)
    unknown = [name for name in args.format if name not in {*exports.FORMATS, *EXTRA_FORMATS}]
    if unknown:
        choices = ", ".join([*(kind.value for kind in exports.OutputKind), *EXTRA_FORMATS])
        warn(t("export.bad_format", name=unknown[0], choices=choices))
        return EXIT_USAGE
    if CASE_FILE in args.format and len(args.format) > 1:
        warn(t("export.case_alone"))
        return EXIT_USAGE
    if CASE_FILE in args.format and args.case is None:
        warn(t("export.case_needs_code"))
        return EXIT_USAGE
    if args.bundle is not None and (args.out is not None or CASE_FILE in args.format):
        warn(t("export.bundle_conflict"))
        return EXIT_USAGE
    workspace = open_existing(root, t)
    if workspace is None:
        return EXIT_FAILED
    with workspace:
        language = _workspace_language(args, workspace)  # read once: the pack's, and the outputs' fixed words
        if args.content:
            pack = load_content(Path(args.content).expanduser(), t)
        else:
            pack = load_content(builtin_pack_dir(language), t)
        if pack is None:
            return EXIT_FAILED
        remember_pack_folder(workspace, pack.id, Path(args.content).expanduser() if args.content else None)
        case_code: str | None = None
        if args.case is not None:
            case_code = args.case.strip().upper()
            if not re.match(CASE_CODE_PATTERN, case_code):
                warn(t("export.bad_code", code=args.case))
                return EXIT_FAILED
            if case_code not in workspace.case_codes():
                report_problems(workspace, t)
                warn(t("export.unknown_case", code=case_code, folder=root))
                return EXIT_FAILED
            case = workspace.load_case(case_code)
            if case is not None and case.pack_id != pack.id:  # a case belongs to the pack it was made with
                warn(t("packs.export_other", code=case_code, pack=case.pack_id, this=pack.id))
                return EXIT_FAILED
        if CASE_FILE in args.format:
            assert case_code is not None
            return _export_case_file(args, t, workspace, pack, case_code, language)
        if args.bundle is not None:
            return _export_bundle(args, t, workspace, pack, case_code, language)
        return _export_folder(args, t, workspace, pack, case_code, language)


def _workspace_language(args: argparse.Namespace, workspace: Workspace) -> str:
    """The workspace's language: ``--lang`` (or ``BOUWSTEEN_LANG``), else the one remembered in the workspace, else
    Dutch; the language of the messages too (``cli.command_language``). It picks the built-in pack, and the
    outputs' fixed words for a pack in a language Bouwsteen does not speak. Reading the settings also reports a
    damaged settings file."""
    return choose_language(args.lang, workspace.load_settings().language)


def _formats(args: argparse.Namespace) -> set[str]:
    """The output formats ``--format`` names: ``all`` is every one of them (``export.FORMATS``)."""
    return set(exports.FORMATS) if ALL_FORMATS in args.format else set(args.format)


def _guard(args: argparse.Namespace, t: Catalog, workspace: Workspace, pack: Pack,
           case_code: str | None) -> set[str]:
    """The identifier guard: codes of the cases to withhold (none with --allow-identifiers), each place named."""
    found = {} if args.allow_identifiers else scan_before_export(workspace, case_code, pack.id)
    for line in describe_findings(pack, found, t.language):
        warn(t("export.identifier", where=line))
    return set(found)


def _export_outcome(t: Catalog, workspace: Workspace, wrote: bool, withheld: set[str]) -> int:
    """What every export says after writing: problems, the sharing warning, withheld cases; the exit code."""
    report_problems(workspace, t)
    if wrote:
        warn(t("export.warning"))
    elif not withheld:
        warn(t("export.nothing"))
    if withheld:
        warn(t("export.withheld", codes=", ".join(sorted(withheld))))
        return EXIT_FAILED
    return EXIT_OK


def _export_folder(args: argparse.Namespace, t: Catalog, workspace: Workspace, pack: Pack,
                   case_code: str | None, language: str) -> int:
    """``bouwsteen export``: every output as a file in a folder."""
    out = Path(args.out).expanduser() if args.out else Path.cwd() / output_name(pack.id, EXPORT_DIR_NAME)
    created = ledger.new_folders(out)  # folders this export makes: wipe removes them when empty
    try:
        make_dir(out)
        if not os.access(out, os.W_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    except OSError as error:
        warn(t("export.out_not_writable", folder=out, reason=why(error, t)))
        return EXIT_FAILED

    # the identifier guard: a case sheet that names someone is withheld unless explicitly allowed
    withheld = _guard(args, t, workspace, pack, case_code)
    from bouwsteen_tui.cli.progress import DelayedProgress  # here: the one module of the CLI that may use Rich

    try:
        with DelayedProgress(t("export.progress")) as progress:
            written = exports.export_outputs(workspace, pack, out, formats=_formats(args), case_code=case_code,
                                             skip_cases=withheld, workspace_language=language, progress=progress)
    except (WorkspaceError, OSError, ValueError, KeyError) as error:
        report_problems(workspace, t)
        warn(t("export.failed", reason=why(error, t)))
        return EXIT_FAILED
    if not ledger.record(workspace.root, written, "export", created) and written:  # so that wipe clears them
        warn(t("export.not_recorded", path=out))
    if written:
        say(t("export.out", folder=out))
        for path in written:
            say(str(path))
    if any(p.suffix != ".ics" for p in written):
        _family_words(t, workspace, pack, case_code, withheld)
    return _export_outcome(t, workspace, bool(written), withheld)


def _family_words(t: Catalog, workspace: Workspace, pack: Pack, case_code: str | None, withheld: set[str]) -> None:
    """A warning per agreement whose words for the family hold an abbreviation they do not explain."""
    for code, number, words in exports.family_sheet_warnings(workspace, pack, case_code=case_code,
                                                             skip_cases=withheld):
        warn(t("export.family_words", code=code, number=number, words=", ".join(words)))


def _export_bundle(args: argparse.Namespace, t: Catalog, workspace: Workspace, pack: Pack,
                   case_code: str | None, language: str) -> int:
    """``bouwsteen export --bundle FILE.zip``: the same files as a folder export, in one zip; all of them or none.

    A case that holds an identifier stops the whole bundle (no file is written or replaced), and the message
    that names the cases and the two fixes comes last, where it cannot scroll away."""
    target = Path(args.bundle).expanduser()
    if target.is_dir():
        warn(t("export.bundle_is_dir", path=target))
        return EXIT_FAILED
    withheld = _guard(args, t, workspace, pack, case_code)
    if withheld:  # a bundle is all or nothing: never one that silently lacks a case's sheets and calendar
        report_problems(workspace, t)
        warn(t("export.bundle_withheld", path=target, codes=", ".join(sorted(withheld))))
        return EXIT_FAILED
    try:
        outputs = exports.workspace_outputs(workspace, pack, formats=_formats(args), case_code=case_code,
                                            skip_cases=withheld, workspace_language=language)
        created = ledger.new_folders(target.parent)
        names = write_bundle(target, outputs) if outputs else []
        if not ledger.record(workspace.root, [target] if names else [], "bundle", created):  # for wipe
            warn(t("export.not_recorded", path=target))
        for output in outputs:  # the bundle's calendar is written: later exports update its events
            if output.kind is exports.OutputKind.CALENDAR:
                remember(workspace, output.data())
    except (WorkspaceError, OSError, ValueError, KeyError) as error:
        report_problems(workspace, t)
        warn(t("export.bundle_failed", path=target, reason=why(error, t)))
        return EXIT_FAILED
    if names:
        say(t("export.bundle_written", path=target, count=len(names)))
        for name in names:
            say(f"  {name}")
    if any(not name.endswith(".ics") for name in names):
        _family_words(t, workspace, pack, case_code, withheld)
    return _export_outcome(t, workspace, bool(names), withheld)


def _export_case_file(args: argparse.Namespace, t: Catalog, workspace: Workspace, pack: Pack,
                      case_code: str, language: str) -> int:
    """``bouwsteen export --case CODE --format case``: one case as a file to hand out."""
    case = workspace.load_case(case_code)
    if case is None:
        report_problems(workspace, t)
        warn(t("export.unknown_case", code=case_code, folder=workspace.root))
        return EXIT_FAILED
    if _guard(args, t, workspace, pack, case_code):
        warn(t("export.withheld", codes=case_code))
        return EXIT_FAILED
    step_id = network_step_id(pack)
    network = workspace.load_sheet(step_id, pack.id) if step_id is not None else None
    out = Path(args.out).expanduser() if args.out else Path.cwd() / output_name(pack.id, EXPORT_DIR_NAME)
    target = out / output_name(pack.id, case_file_name(case_code, choose_language(pack.language, language)))
    created = ledger.new_folders(out)
    try:
        write_case_file(target, export_case(pack, case, network, own_organisation_of(workspace, pack)))
        if not ledger.record(workspace.root, [target], "case_file", created):  # so that wipe clears it
            warn(t("export.not_recorded", path=target))
    except (WorkspaceError, OSError) as error:
        report_problems(workspace, t)
        warn(t("export.out_not_writable", folder=out, reason=why(error, t)))
        return EXIT_FAILED
    report_problems(workspace, t)
    say(str(target))
    warn(t("export.case_written", code=case_code, path=target, name=shlex.quote(target.name)))
    return EXIT_OK
