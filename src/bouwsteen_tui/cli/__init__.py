"""The ``bouwsteen`` command: parse the arguments, then open the wizard or run one headless command.

``bouwsteen`` opens the wizard; ``check-content``, ``export``, ``list`` and ``wipe`` run without it. The help and
every message are in the interface language: Dutch, or English with ``--lang en`` anywhere on the command line or
``BOUWSTEEN_LANG=en``. argparse's own words ("usage:", "options", its errors) are translated too.

No case content is ever taken as an argument (it would land in the shell history and the process list) and none
is printed, except the short description that ``list`` shows to tell cases apart. Every line printed goes through
:func:`bouwsteen_tui.core.privacy.mask`, so an identifier never reaches the terminal in full.

Textual is imported only when the wizard opens, so that the headless commands start fast and run anywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import functools
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.core.paths import default_workspace_dir
from bouwsteen_tui.i18n import DEFAULT_LANGUAGE, LANGUAGES, Catalog, normalise_language, peek_language
from bouwsteen_tui.i18n.cli import ARGPARSE_MESSAGES, MESSAGES

if TYPE_CHECKING:
    from bouwsteen_tui.core.content import ContentProblem, Pack
    from bouwsteen_tui.core.workspace import Workspace

# The core (pydantic models) is imported inside the commands that need it: the wizard draws its first screen
# before loading it, and `--help` or `--version` never need it.

PROG = "bouwsteen"
DISTRIBUTION = "bouwsteen"
ENV_LANG = "BOUWSTEEN_LANG"
EXPORT_DIR_NAME = "bouwsteen-export"
DESCRIPTION_WIDTH = 40

# What Bouwsteen itself puts in a workspace folder (see workspace.py); anything else means "not ours".
WORKSPACE_DIRS = frozenset({"cases", "set-aside"})

MAX_TIMER_MINUTES = 480
DEFAULT_PORT = 8000
LOOPBACK = "127.0.0.1"  # browser mode serves this machine only

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


# --------------------------------------------------------------------------------------------- language


def interface_language(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """The language of the help and messages: the last ``--lang`` on the command line, else ``BOUWSTEEN_LANG``.

    The command line is scanned before argparse runs, because argparse prints the help while parsing.
    """
    found = ""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            found = argv[index + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    if found in LANGUAGES:
        return found
    env = environ.get(ENV_LANG, "")
    return env if env in LANGUAGES else DEFAULT_LANGUAGE


@contextlib.contextmanager
def _argparse_speaks(language: str) -> Iterator[None]:
    """Let argparse print its own words in ``language`` while the parser is built and used.

    argparse looks its messages up through gettext at the moment it prints them; swapping its lookup for our
    table is what a gettext catalogue would do, without shipping compiled catalogues.
    """
    index = LANGUAGES.index(language)

    def gettext(message: str) -> str:
        pair = ARGPARSE_MESSAGES.get(message)
        return pair[index] if pair is not None else message

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    saved = {name: getattr(argparse, name) for name in ("_", "ngettext") if hasattr(argparse, name)}
    replacements: dict[str, Callable[..., str]] = {"_": gettext, "ngettext": ngettext}
    for name in saved:
        setattr(argparse, name, replacements[name])
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(argparse, name, value)


# --------------------------------------------------------------------------------------------- parser


class _Formatter(argparse.HelpFormatter):
    """Help layout with a translated "usage:" prefix."""

    def __init__(self, prog: str, *, usage_prefix: str, **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._usage_prefix = usage_prefix

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, self._usage_prefix if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser that speaks the interface language, in its help and in its errors."""

    def __init__(self, *, catalog: Catalog, wizard_only: bool = False, **kwargs: Any) -> None:
        self.wizard_only = wizard_only
        index = LANGUAGES.index(catalog.language)
        kwargs["formatter_class"] = functools.partial(_Formatter, usage_prefix=ARGPARSE_MESSAGES["usage: "][index])
        kwargs["add_help"] = False  # our own -h/--help, with translated help
        kwargs["allow_abbrev"] = False  # "--la" must not silently mean --lang
        super().__init__(**kwargs)
        self.catalog = catalog
        self._positionals.title = ARGPARSE_MESSAGES["positional arguments"][index]
        self._optionals.title = ARGPARSE_MESSAGES["options"][index]
        self.add_argument("-h", "--help", action="help", help=catalog("opt.help"))

    def error(self, message: str) -> NoReturn:
        if self.wizard_only:
            raise _WizardOnly(message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, _masked(f"{self.prog}: {self.catalog('error.prefix')}: {message}\n"))


def _help_text(text: str) -> str:
    """argparse formats help with ``%``: protect a path that happens to hold one."""
    return text.replace("%", "%%")


class _VersionAction(argparse.Action):
    """``--version``: the installed version, read only when asked (importlib.metadata costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> NoReturn:
        print(f"{PROG} {_version()}", file=sys.stdout)
        parser.exit()


class _WizardOnly(Exception):
    """The wizard's short parser met something it does not know: parse again with the whole command line."""


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # pragma: no cover - running from an uninstalled checkout
        return "0+unknown"


def _bounded(low: int, high: int, message: str) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, else ``message`` as the error."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(message) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(message)
        return value

    return parse


def build_parser(t: Catalog, *, wizard_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line: the wizard's options at the top, one sub-parser per headless command.

    ``wizard_only`` leaves out the sub-commands (a third of the start-up time of a bare ``bouwsteen``); that
    parser raises ``_WizardOnly`` instead of reporting an error, so the caller can parse again with all of them.
    """
    env_lang = os.environ.get(ENV_LANG, "")
    folder = t("metavar.folder")
    parser = _Parser(
        prog=PROG, catalog=t, description=t("help.description"), epilog=t("help.epilog"), wizard_only=wizard_only
    )
    parser.add_argument("--version", action=_VersionAction, help=t("opt.version"))

    def add_workspace(target: argparse.ArgumentParser, default: Any) -> None:
        target.add_argument(
            "--workspace",
            metavar=folder,
            default=default,
            help=_help_text(t("opt.workspace", default=default_workspace_dir())),
        )

    def add_content(target: argparse.ArgumentParser, default: Any) -> None:
        target.add_argument("--content", metavar=folder, default=default, help=t("opt.content"))

    def add_lang(target: argparse.ArgumentParser, default: Any) -> None:
        target.add_argument("--lang", choices=LANGUAGES, default=default, help=t("opt.lang"))

    # The top level holds the defaults; a sub-command's copy of an option only sets it when given there, so
    # that ``bouwsteen --workspace X list`` and ``bouwsteen list --workspace X`` mean the same.
    def add_timer(target: argparse.ArgumentParser, default: Any) -> None:
        target.add_argument(
            "--timer", metavar=t("metavar.minutes"), type=_bounded(1, MAX_TIMER_MINUTES, t("timer.bad")),
            default=default, help=t("opt.timer"),
        )

    add_workspace(parser, None)
    add_content(parser, None)
    add_lang(parser, env_lang if env_lang in LANGUAGES else None)
    add_timer(parser, None)
    if wizard_only:
        parser.set_defaults(command=None)
        return parser
    keep = argparse.SUPPRESS

    commands = parser.add_subparsers(
        dest="command", title=t("help.commands"), metavar=t("help.command_metavar"), parser_class=_Parser
    )

    check = commands.add_parser(
        "check-content",
        catalog=t,
        help=t("cmd.check_content"),
        description=t("cmd.check_content.description"),
    )
    check.add_argument("folder", metavar=folder, nargs="?", default=None, help=t("arg.pack_dir"))
    add_lang(check, keep)

    export = commands.add_parser("export", catalog=t, help=t("cmd.export"), description=t("cmd.export.description"))
    add_workspace(export, keep)
    add_content(export, keep)
    export.add_argument("--out", metavar=folder, default=None, help=t("opt.out"))
    export.add_argument("--case", metavar=t("metavar.code"), default=None, help=t("opt.case"))
    export.add_argument("--format", choices=("md", "ics", "all", "case"), default="all", help=t("opt.format"))
    export.add_argument("--bundle", metavar=t("metavar.zip"), default=None, help=t("opt.bundle"))
    export.add_argument("--allow-identifiers", action="store_true", help=t("opt.allow_identifiers"))
    add_lang(export, keep)

    importer = commands.add_parser(
        "import", catalog=t, help=t("cmd.import"), description=t("cmd.import.description")
    )
    importer.add_argument("file", metavar=t("metavar.file"), help=t("arg.case_file"))
    add_workspace(importer, keep)
    add_content(importer, keep)
    importer.add_argument("--allow-identifiers", action="store_true", help=t("opt.allow_identifiers_import"))
    add_lang(importer, keep)

    demo = commands.add_parser("demo", catalog=t, help=t("cmd.demo"), description=t("cmd.demo.description"))
    add_workspace(demo, keep)
    add_lang(demo, keep)

    serve = commands.add_parser("serve", catalog=t, help=t("cmd.serve"), description=t("cmd.serve.description"))
    serve.add_argument(
        "--port", metavar="N", type=_bounded(0, 65535, t("port.bad")), default=DEFAULT_PORT,
        help=t("opt.port", default=DEFAULT_PORT),
    )
    add_workspace(serve, keep)
    add_content(serve, keep)
    add_timer(serve, keep)
    add_lang(serve, keep)

    listing = commands.add_parser("list", catalog=t, help=t("cmd.list"), description=t("cmd.list.description"))
    add_workspace(listing, keep)
    add_lang(listing, keep)

    wipe = commands.add_parser("wipe", catalog=t, help=t("cmd.wipe"), description=t("cmd.wipe.description"))
    add_workspace(wipe, keep)
    wipe.add_argument("--yes", action="store_true", help=t("opt.yes"))
    add_lang(wipe, keep)
    return parser


# --------------------------------------------------------------------------------------------- helpers


def _masked(text: str) -> str:
    """``text`` with every identifier masked (``••.••.••-•••.••``): whatever reaches the terminal goes through it."""
    from bouwsteen_tui.core.privacy import mask

    return mask(text)


def _say(text: str, *, masked: bool = False) -> None:
    print(text if masked else _masked(text), file=sys.stdout)


def _warn(text: str) -> None:
    print(_masked(text), file=sys.stderr)


def _reason(error: BaseException) -> str:
    """An error in words, naming the file when the system names one."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return str(error)


def _why(error: BaseException, t: Catalog, *, with_file: bool = True) -> str:
    """Why a file operation failed, in the interface language (the system's own words are English), naming the
    file when one is known: read-only, disk full, no permission, missing, a symbolic link, or another error."""
    from bouwsteen_tui.core.workspace import WorkspaceError, os_error_kind
    from bouwsteen_tui.i18n import os_error_text

    if isinstance(error, WorkspaceError):
        kind, filename, code = error.kind, error.path, getattr(error.__cause__, "errno", None)
    elif isinstance(error, OSError):
        kind, filename, code = os_error_kind(error), error.filename, error.errno
    else:
        return str(error)
    text = os_error_text(t, kind, code)
    return f"{filename}: {text}" if filename and with_file else text


def _workspace_root(args: argparse.Namespace) -> Path:
    return Path(args.workspace).expanduser() if args.workspace else default_workspace_dir()


def _print_problems(problems: Sequence[ContentProblem], folder: Path, t: Catalog) -> None:
    """One line per problem on stdout (file:line: field: message), a count on stderr."""
    for problem in problems:
        _say(str(problem))
    if len(problems) == 1:
        _warn(t("content.problems.one", folder=folder))
    else:
        _warn(t("content.problems.many", count=len(problems), folder=folder))


def _load_content(folder: Path, t: Catalog) -> Pack | None:
    """Load a pack; print its problems and return ``None`` when it is broken."""
    from bouwsteen_tui.core.content import load_pack

    pack, problems = load_pack(folder)
    if pack is None or problems:
        _warn(t("content.broken", folder=folder))
        _print_problems(problems, folder, t)
        _warn(t("content.fix", folder=folder))
        return None
    return pack


def _open_existing(root: Path, t: Catalog) -> Workspace | None:
    """Open an existing workspace read-only, so that listing or exporting never changes it."""
    if not root.exists():
        _warn(t("workspace.missing", folder=root))
        return None
    if not root.is_dir():
        _warn(t("workspace.not_dir", folder=root))
        return None
    from bouwsteen_tui.core.workspace import Workspace

    return Workspace.open(root, read_only=True)


def _report_workspace_problems(workspace: Workspace, t: Catalog) -> None:
    """Each file or folder that was not loaded, why (in the interface language) and what fixes it."""
    for problem in workspace.problems:
        key = f"problem.{problem.kind}"
        reason = t(key, file=problem.file, name=problem.detail) if t.has(key) else problem.reason
        if problem.set_aside_to is not None:
            _warn(t("workspace.problem.set_aside", file=problem.file, reason=reason, target=problem.set_aside_to))
        else:
            _warn(t("workspace.problem.not_loaded", file=problem.file, reason=reason))


def _cases_hidden(workspace: Workspace) -> bool:
    """Whether a problem with the cases folder itself (a link, a file, unreadable) keeps cases out of sight."""
    return any(p.file == workspace.cases_dir for p in workspace.problems)


# --------------------------------------------------------------------------------------------- commands


def _open_wizard(args: argparse.Namespace, t: Catalog) -> int:
    root = _workspace_root(args)
    if root.exists() and not root.is_dir():
        _warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    content: Path | None = None
    if args.content:
        content = Path(args.content).expanduser()
        if _load_content(content, t) is None:
            return EXIT_FAILED
    from bouwsteen_tui.app import run_app  # Textual loads only here

    return run_app(workspace=root, content=content, language=args.lang, timer_minutes=args.timer)


def _check_content(args: argparse.Namespace, t: Catalog) -> int:
    from bouwsteen_tui.core.content import builtin_pack_dir, load_pack

    folder = Path(args.folder).expanduser() if args.folder else builtin_pack_dir(DEFAULT_LANGUAGE)
    pack, problems = load_pack(folder)
    if pack is None or problems:
        _print_problems(problems, folder, t)
        return EXIT_FAILED
    questions = sum(1 for _ in pack.questions())
    _say(
        t(
            "content.ok",
            folder=folder,
            pack_id=pack.id,
            language=pack.language,
            steps=len(pack.steps),
            questions=questions,
        )
    )
    return EXIT_OK


def _one_line(text: str, width: int) -> str:
    """Text fit for one table cell: identifiers masked (before the cut, which could hide one), no control
    characters (they could drive the terminal), no line breaks."""
    clean = " ".join("".join(ch if ch.isprintable() else " " for ch in _masked(text)).split())
    return clean if len(clean) <= width else clean[: width - 1].rstrip() + "…"


def _list_cases(args: argparse.Namespace, t: Catalog) -> int:
    root = _workspace_root(args)
    workspace = _open_existing(root, t)
    if workspace is None:
        return EXIT_FAILED
    from bouwsteen_tui.core.answers import CaseStatus

    with workspace:
        cases = workspace.case_summaries()  # from the index: no case file is read unless it changed
    _report_workspace_problems(workspace, t)
    if not cases and _cases_hidden(workspace):
        _warn(t("list.unreadable", folder=workspace.cases_dir))
        return EXIT_FAILED
    if not cases:
        _say(t("list.empty", folder=root))
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
                _one_line(case.description, DESCRIPTION_WIDTH) or none,
                status,
                format_date(case.next_report_back(today)) or none,
                keep,
            ]
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        # the description cell is masked already; masking the row could take a date column for a date of birth
        _say("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(), masked=True)
    if expired:
        _warn(t("list.expired_hint", count=expired))
    return EXIT_OK


def _export(args: argparse.Namespace, t: Catalog) -> int:
    import importlib.util

    from bouwsteen_tui.core.answers import CASE_CODE_PATTERN
    from bouwsteen_tui.core.content import builtin_pack_dir

    root = _workspace_root(args)
    if args.format == "case" and args.case is None:
        _warn(t("export.case_needs_code"))
        return EXIT_USAGE
    if args.bundle is not None and (args.out is not None or args.format == "case"):
        _warn(t("export.bundle_conflict"))
        return EXIT_USAGE
    workspace = _open_existing(root, t)
    if workspace is None:
        return EXIT_FAILED
    with workspace:
        if args.content:
            pack = _load_content(Path(args.content).expanduser(), t)
        else:
            language = args.lang or normalise_language(workspace.load_settings().language)
            pack = _load_content(builtin_pack_dir(language), t)
        if pack is None:
            return EXIT_FAILED
        case_code: str | None = None
        if args.case is not None:
            case_code = args.case.strip().upper()
            if not re.match(CASE_CODE_PATTERN, case_code):
                _warn(t("export.bad_code", code=args.case))
                return EXIT_FAILED
            if case_code not in workspace.case_codes():
                _report_workspace_problems(workspace, t)
                _warn(t("export.unknown_case", code=case_code, folder=root))
                return EXIT_FAILED
        if importlib.util.find_spec("bouwsteen_tui.export") is None:
            _warn(t("export.unavailable"))
            return EXIT_FAILED
        if args.format == "case":
            assert case_code is not None
            return _export_case_file(args, t, workspace, pack, case_code)
        if args.bundle is not None:
            return _export_bundle(args, t, workspace, pack, case_code)
        return _export_folder(args, t, workspace, pack, case_code)


def _formats(args: argparse.Namespace) -> set[str]:
    return {"md", "ics"} if args.format == "all" else {args.format}


def _guard(args: argparse.Namespace, t: Catalog, workspace: Workspace, pack: Pack,
           case_code: str | None) -> set[str]:
    """The identifier guard: codes of the cases to withhold (none with --allow-identifiers), each place named."""
    from bouwsteen_tui.core.guard import describe_findings, scan_cases

    in_scope = [c for code in ([case_code] if case_code else workspace.case_codes())
                if (c := workspace.load_case(code)) is not None]
    found = {} if args.allow_identifiers else scan_cases(in_scope)
    for line in describe_findings(pack, found, t.language):
        _warn(t("export.identifier", where=line))
    return set(found)


def _export_outcome(t: Catalog, workspace: Workspace, wrote: bool, withheld: set[str]) -> int:
    """What every export says after writing: problems, the sharing warning, withheld cases; the exit code."""
    _report_workspace_problems(workspace, t)
    if wrote:
        _warn(t("export.warning"))
    elif not withheld:
        _warn(t("export.nothing"))
    if withheld:
        _warn(t("export.withheld", codes=", ".join(sorted(withheld))))
        return EXIT_FAILED
    return EXIT_OK


def _export_folder(args: argparse.Namespace, t: Catalog, workspace: Workspace, pack: Pack,
                   case_code: str | None) -> int:
    """``bouwsteen export``: every output as a file in a folder."""
    from bouwsteen_tui.core.workspace import WorkspaceError, make_dir

    out = Path(args.out).expanduser() if args.out else Path.cwd() / EXPORT_DIR_NAME
    try:
        make_dir(out)
        if not os.access(out, os.W_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    except OSError as error:
        _warn(t("export.out_not_writable", folder=out, reason=_why(error, t)))
        return EXIT_FAILED
    from bouwsteen_tui.export import export_outputs

    # the identifier guard: a case sheet that names someone is withheld unless explicitly allowed
    withheld = _guard(args, t, workspace, pack, case_code)
    try:
        written = export_outputs(workspace, pack, out, formats=_formats(args), case_code=case_code,
                                 skip_cases=withheld)
    except (WorkspaceError, OSError, ValueError, KeyError) as error:
        _report_workspace_problems(workspace, t)
        _warn(t("export.failed", reason=_why(error, t)))
        return EXIT_FAILED
    if written:
        _say(t("export.out", folder=out))
        for path in written:
            _say(str(path))
    return _export_outcome(t, workspace, bool(written), withheld)


def _export_bundle(args: argparse.Namespace, t: Catalog, workspace: Workspace, pack: Pack,
                   case_code: str | None) -> int:
    """``bouwsteen export --bundle FILE.zip``: the same files as a folder export, in one zip."""
    from bouwsteen_tui.core.exchange import write_bundle
    from bouwsteen_tui.core.workspace import WorkspaceError
    from bouwsteen_tui.export import workspace_outputs

    target = Path(args.bundle).expanduser()
    if target.is_dir():
        _warn(t("export.bundle_is_dir", path=target))
        return EXIT_FAILED
    withheld = _guard(args, t, workspace, pack, case_code)
    try:
        outputs = workspace_outputs(workspace, pack, formats=_formats(args), case_code=case_code,
                                    skip_cases=withheld)
        names = write_bundle(target, outputs) if outputs else []
    except (WorkspaceError, OSError, ValueError, KeyError) as error:
        _report_workspace_problems(workspace, t)
        _warn(t("export.bundle_failed", path=target, reason=_why(error, t)))
        return EXIT_FAILED
    if names:
        _say(t("export.bundle_written", path=target, count=len(names)))
        for name in names:
            _say(f"  {name}")
    return _export_outcome(t, workspace, bool(names), withheld)


def _export_case_file(args: argparse.Namespace, t: Catalog, workspace: Workspace, pack: Pack,
                      case_code: str) -> int:
    """``bouwsteen export --case CODE --format case``: one case as a file to hand out."""
    import shlex

    from bouwsteen_tui.core.exchange import case_file_name, export_case, network_step_id, write_case_file
    from bouwsteen_tui.core.workspace import WorkspaceError

    case = workspace.load_case(case_code)
    if case is None:
        _report_workspace_problems(workspace, t)
        _warn(t("export.unknown_case", code=case_code, folder=workspace.root))
        return EXIT_FAILED
    if _guard(args, t, workspace, pack, case_code):
        _warn(t("export.withheld", codes=case_code))
        return EXIT_FAILED
    step_id = network_step_id(pack)
    network = workspace.load_sheet(step_id) if step_id is not None else None
    out = Path(args.out).expanduser() if args.out else Path.cwd() / EXPORT_DIR_NAME
    target = out / case_file_name(case_code, pack.language)
    try:
        write_case_file(target, export_case(pack, case, network))
    except (WorkspaceError, OSError) as error:
        _report_workspace_problems(workspace, t)
        _warn(t("export.out_not_writable", folder=out, reason=_why(error, t)))
        return EXIT_FAILED
    _report_workspace_problems(workspace, t)
    _say(str(target))
    _warn(t("export.case_written", code=case_code, path=target, name=shlex.quote(target.name)))
    return EXIT_OK


def _read_only_message(workspace: Workspace, t: Catalog, command: str) -> str:
    """Why ``command`` cannot write: another window holds the workspace (the usual case), or the system's reason."""
    if workspace.in_use:
        return t(f"{command}.in_use", folder=workspace.root)
    return t(f"{command}.locked", folder=workspace.root, reason=_read_only_reason(workspace, t))


def _read_only_reason(workspace: Workspace, t: Catalog) -> str:
    """Why the workspace could not be opened for writing, in the interface language."""
    from bouwsteen_tui.i18n import os_error_text

    kind = workspace.read_only_kind
    return os_error_text(t, kind) if kind else workspace.read_only_reason


def _import(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen import FILE``: add a case file to a workspace under a fresh code."""
    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.exchange import ExchangeError, draft_case, import_case, read_case_file
    from bouwsteen_tui.core.guard import describe_findings, scan_case
    from bouwsteen_tui.core.workspace import Workspace, WorkspaceError

    source = Path(args.file).expanduser()
    root = _workspace_root(args)

    def refuse(error: ExchangeError) -> int:
        key = f"import.reason.{error.reason}"
        if error.reason == "foreign" and not error.values.get("kind"):
            key = "import.reason.not_bouwsteen"
        values = dict(error.values)
        if error.reason == "unreadable" and isinstance(error.__cause__, OSError):
            values["error"] = _why(error.__cause__, t, with_file=False)  # the sentence names the file
        _warn(t("import.refused", file=source, reason=t(key, **values)))
        return EXIT_FAILED

    # Everything is checked before the workspace is opened: a refused file changes nothing.
    try:
        exchange = read_case_file(source)
    except ExchangeError as error:
        return refuse(error)
    if root.exists() and not root.is_dir():
        _warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    if root.is_dir() and any(root.iterdir()):
        reason = _not_a_workspace(root, t)
        if reason:
            _warn(t("import.not_workspace", folder=root, reason=reason))
            return EXIT_FAILED
    if args.content:
        pack = _load_content(Path(args.content).expanduser(), t)
    else:
        language = args.lang or peek_language(root) or t.language
        pack = _load_content(builtin_pack_dir(language), t)
    if pack is None:
        return EXIT_FAILED
    if exchange.pack_id != pack.id:
        return refuse(ExchangeError("pack_mismatch", file_pack=exchange.pack_id, pack=pack.id))
    if not args.allow_identifiers:
        found = scan_case(draft_case(exchange, exchange.source_code, dates.today()))
        if found:
            for line in describe_findings(pack, {exchange.source_code: found}, t.language):
                _warn(t("export.identifier", where=line))
            _warn(t("import.withheld", file=source))
            return EXIT_FAILED
    workspace = Workspace.open(root)
    with workspace:
        if workspace.read_only:
            _warn(_read_only_message(workspace, t, "import"))
            return EXIT_FAILED
        try:
            result = import_case(workspace, pack, exchange)
        except ExchangeError as error:
            return refuse(error)
        except (WorkspaceError, OSError) as error:
            _report_workspace_problems(workspace, t)
            _warn(t("import.failed", reason=_why(error, t)))
            return EXIT_FAILED
    _report_workspace_problems(workspace, t)
    _say(t("import.done", code=result.case.code, folder=root, source=exchange.source_code))
    if result.matched:
        _say(t("import.partners_matched", names=", ".join(_one_line(n, 60) for n in result.matched)))
    if result.added:
        _say(t("import.partners_added", names=", ".join(_one_line(n, 60) or t("none") for n in result.added)))
    return EXIT_OK


def _demo(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen demo``: fill an empty workspace with the complete fictional example."""
    import shlex

    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.demo import write_demo
    from bouwsteen_tui.core.workspace import Workspace, WorkspaceError

    root = _workspace_root(args)
    language = args.lang or t.language
    if root.exists() and not root.is_dir():
        _warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    try:
        reason = _not_a_workspace(root, t) if root.is_dir() and any(root.iterdir()) else ""
    except OSError as error:
        _warn(t("demo.failed", reason=_why(error, t)))
        return EXIT_FAILED
    if reason:
        _warn(t("demo.not_workspace", folder=root, reason=reason))
        return EXIT_FAILED
    if Workspace(root).has_data():  # checked before opening, which would create the folder
        _warn(t("demo.has_data", folder=root))
        return EXIT_FAILED
    pack = _load_content(builtin_pack_dir(language), t)
    if pack is None:
        return EXIT_FAILED
    workspace = Workspace.open(root)
    with workspace:
        if workspace.read_only:
            _warn(_read_only_message(workspace, t, "demo"))
            return EXIT_FAILED
        if workspace.has_data():
            _warn(t("demo.has_data", folder=root))
            return EXIT_FAILED
        try:
            settings = workspace.load_settings()
            settings.language = language
            _profile, network, cases = write_demo(workspace, pack)
            workspace.save_settings(settings)
        except (WorkspaceError, OSError) as error:
            _warn(t("demo.failed", reason=_why(error, t)))
            return EXIT_FAILED
    from bouwsteen_tui.core.answers import partners_of

    quoted = shlex.quote(str(root))
    _say(t("demo.done", folder=root, partners=len(partners_of(pack, network)), cases=len(cases),
           codes=", ".join(c.code for c in cases)))
    _say(t("demo.next", folder=quoted))
    return EXIT_OK


def _serve(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen serve``: the wizard in a browser, on this machine only (127.0.0.1)."""
    import importlib.util
    import shlex

    if importlib.util.find_spec("textual_serve") is None:
        _warn(t("serve.unavailable"))
        return EXIT_FAILED
    root = _workspace_root(args).resolve()
    if root.exists() and not root.is_dir():
        _warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    command = [sys.executable, "-m", "bouwsteen_tui", "--workspace", str(root)]
    if args.content:
        content = Path(args.content).expanduser().resolve()
        if _load_content(content, t) is None:
            return EXIT_FAILED
        command += ["--content", str(content)]
    if args.lang:
        command += ["--lang", args.lang]
    if args.timer:
        command += ["--timer", str(args.timer)]
    from bouwsteen_tui.serve import serve

    page = {key: t(f"serve.page.{key}") for key in ("title", "start", "ended", "restart", "loading", "forbidden")}

    def announce(url: str) -> None:
        # The address holds this start's secret: it goes to this terminal only, never to a log.
        _say(t("serve.start", url=url))
        _say(t("serve.note", folder=root))
        sys.stdout.flush()

    try:
        serve(shlex.join(command), host=LOOPBACK, port=args.port, page=page, language=t.language,
              announce=announce)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            _warn(t("serve.port_in_use", port=args.port))
        else:
            _warn(t("serve.failed", reason=_reason(error)))
        return EXIT_FAILED
    _say(t("serve.stopped"))
    return EXIT_OK


def _not_a_workspace(root: Path, t: Catalog) -> str:
    """Why ``root`` does not look like a Bouwsteen workspace, or ``""`` when it does."""
    if root.is_symlink():
        return t("wipe.reason.symlink")

    from bouwsteen_tui.core.workspace import INDEX_FILE

    def ours(entry: Path, dirs: frozenset[str], files: frozenset[str] = frozenset({".lock"})) -> bool:
        name = entry.name
        if entry.is_symlink():
            return False
        if entry.is_dir():
            return name in dirs
        return name.endswith(".toml") or name in files or (name.startswith(".") and name.endswith(".tmp"))

    entries = sorted(root.iterdir())
    cases = root / "cases"
    foreign = [e.name for e in entries if not ours(e, WORKSPACE_DIRS)]
    if cases.is_dir() and not cases.is_symlink():
        case_files = frozenset({INDEX_FILE})
        foreign += [f"cases/{e.name}" for e in sorted(cases.iterdir()) if not ours(e, frozenset(), case_files)]
    if foreign:
        shown = ", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")
        return t("wipe.reason.foreign", names=shown)
    marked = (root / "settings.toml").is_file() or cases.is_dir()
    if not marked:
        for entry in entries:
            if entry.suffix == ".toml" and entry.is_file():
                with contextlib.suppress(OSError, UnicodeDecodeError):
                    if re.search(r"^document\s*=", entry.read_text(encoding="utf-8"), re.MULTILINE):
                        marked = True
                        break
    return "" if marked else t("wipe.reason.no_marker")


def _confirmed(word: str) -> bool | None:
    """Read the confirmation from stdin: ``True``/``False``, or ``None`` when no answer can come."""
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        return None
    try:
        line = stdin.readline()
    except (OSError, ValueError):
        return None
    if not line:
        return None
    if not stdin.isatty():
        print(file=sys.stderr)  # the answer was not echoed: end the prompt's line
    return line.strip() == word


def _wipe(args: argparse.Namespace, t: Catalog) -> int:
    import shutil

    from bouwsteen_tui.core.workspace import Workspace

    root = _workspace_root(args)
    if not root.exists() and not root.is_symlink():
        _say(t("wipe.missing", folder=root))
        return EXIT_OK
    if not root.is_dir() and not root.is_symlink():
        _warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    try:
        reason = _not_a_workspace(root, t)
    except OSError as error:
        _warn(t("wipe.failed", reason=_why(error, t), folder=root))
        return EXIT_FAILED
    if reason:
        _warn(t("wipe.not_workspace", folder=root, reason=reason))
        return EXIT_FAILED
    workspace = Workspace.open(root)
    try:
        if workspace.in_use:
            _warn(t("wipe.locked", folder=root))
            return EXIT_FAILED
        if workspace.read_only:  # not another window: the folder cannot be written (read-only, no permission…)
            _warn(t("wipe.cannot_write", folder=root, reason=_read_only_reason(workspace, t)))
            return EXIT_FAILED
        if not args.yes:
            word = t("wipe.word")
            print(_masked(t("wipe.prompt", folder=root, cases=len(workspace.case_codes()), word=word)), end="",
                  file=sys.stderr, flush=True)
            answer = _confirmed(word)
            if answer is None:
                _warn("")
                _warn(t("wipe.no_answer"))
                return EXIT_FAILED
            if not answer:
                _warn(t("wipe.mismatch", word=word))
                return EXIT_FAILED
        lock = root / ".lock"
        try:
            # Everything but the lock goes while we hold it, so no other window can start writing meanwhile.
            for entry in root.iterdir():
                if entry == lock:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
        except OSError as error:
            _warn(t("wipe.failed", reason=_why(error, t), folder=root))
            return EXIT_FAILED
    finally:
        workspace.close()
    try:
        with contextlib.suppress(FileNotFoundError):
            (root / ".lock").unlink()
        root.rmdir()
    except OSError as error:
        _warn(t("wipe.failed", reason=_why(error, t), folder=root))
        return EXIT_FAILED
    _say(t("wipe.done", folder=root))
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace, Catalog], int]] = {
    None: _open_wizard,
    "check-content": _check_content,
    "export": _export,
    "list": _list_cases,
    "wipe": _wipe,
    "import": _import,
    "demo": _demo,
    "serve": _serve,
}


def _parse(arguments: list[str], t: Catalog) -> argparse.Namespace:
    """The parsed command line. A bare ``bouwsteen [options]`` takes a short parser without the sub-commands;
    anything else (a command, ``--help``, an error) the whole one, so help and messages are always complete."""
    if not any(arg in COMMANDS or arg in ("-h", "--help") for arg in arguments):
        try:
            return build_parser(t, wizard_only=True).parse_args(arguments)
        except _WizardOnly:
            pass
    return build_parser(t).parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``bouwsteen`` command line; returns the exit code (the console script passes it to ``sys.exit``)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    t = Catalog(interface_language(arguments), MESSAGES)
    try:
        with _argparse_speaks(t.language):
            args = _parse(arguments, t)
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else EXIT_USAGE)
    try:
        return COMMANDS[args.command](args, t)
    except KeyboardInterrupt:
        _warn("")
        _warn(t("interrupted"))
        return EXIT_INTERRUPTED
