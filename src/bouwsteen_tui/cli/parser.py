"""The ``bouwsteen`` command line: its language, its parser (the wizard's options, one sub-parser per command).

argparse's own words ("usage:", "options", its errors) are translated too. Part of the headless command line:
imports neither textual nor rich, nor the core's models (``--help`` never needs them).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from bouwsteen_tui.cli.output import EXIT_USAGE, masked
from bouwsteen_tui.core.paths import default_workspace_dir
from bouwsteen_tui.i18n import LANGUAGES, Catalog, choose_language, language_index
from bouwsteen_tui.i18n.cli import ARGPARSE_MESSAGES
from bouwsteen_tui.i18n.cli_help import FORMAT_MESSAGES

PROG = "bouwsteen"
DISTRIBUTION = "bouwsteen"
ENV_LANG = "BOUWSTEEN_LANG"
ENV_PLAIN = "BOUWSTEEN_PLAIN"  # any value but "" and "0": plain mode (docs/plain-mode.md)

MAX_TIMER_MINUTES = 480
DEFAULT_PORT = 8000


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
    return choose_language(found, environ.get(ENV_LANG))


@contextlib.contextmanager
def argparse_speaks(language: str) -> Iterator[None]:
    """Let argparse print its own words in ``language`` while the parser is built and used.

    argparse looks its messages up through gettext at the moment it prints them; swapping its lookup for our
    table is what a gettext catalogue would do, without shipping compiled catalogues.
    """
    index = language_index(language)

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
        index = language_index(catalog.language)
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
            raise WizardOnly(message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, masked(f"{self.prog}: {self.catalog('error.prefix')}: {message}\n"))


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


class WizardOnly(Exception):
    """The wizard's short parser met something it does not know: parse again with the whole command line."""


def _version() -> str:
    # imported here for start-up speed: importlib.metadata costs a tenth of it, and only --version needs it
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


def format_names(text: str) -> tuple[str, ...]:
    """An argparse type: ``--format md,html`` as ``("md", "html")`` (lower case, in the order given, once each).

    The names are checked by the export command against the formats the exports know (``export.FORMATS``):
    importing the exports here would load the core's models for every ``--help``.
    """
    names = [name.strip().lower() for name in text.split(",")]
    return tuple(dict.fromkeys(name for name in names if name)) or ("",)


def _format_help(t: Catalog) -> str:
    """The help of ``--format``: each output format with what it holds, then ``all`` and ``case``."""
    return _help_text(t("opt.format", formats=", ".join(t(key) for key in FORMAT_MESSAGES)))


def build_parser(t: Catalog, *, wizard_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line: the wizard's options at the top, one sub-parser per headless command.

    ``wizard_only`` leaves out the sub-commands (a third of the start-up time of a bare ``bouwsteen``); that
    parser raises ``WizardOnly`` instead of reporting an error, so the caller can parse again with all of them.
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
    parser.add_argument("--plain", action="store_true", default=os.environ.get(ENV_PLAIN, "") not in ("", "0"),
                        help=t("opt.plain"))
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
    export.add_argument("--format", metavar=t("metavar.formats"), type=format_names, default=("all",),
                        help=_format_help(t))
    export.add_argument("--bundle", metavar=t("metavar.zip"), default=None, help=t("opt.bundle"))
    export.add_argument("--allow-identifiers", action="store_true", help=t("opt.allow_identifiers"))
    add_lang(export, keep)

    importer = commands.add_parser(
        "import", catalog=t, help=t("cmd.import"), description=t("cmd.import.description")
    )
    importer.add_argument("file", nargs="?", metavar=t("metavar.file"), help=t("arg.case_file"))
    add_workspace(importer, keep)
    add_content(importer, keep)
    importer.add_argument("--allow-identifiers", action="store_true", help=t("opt.allow_identifiers_import"))
    importer.add_argument("--self-is-me", action="store_true", help=t("opt.self_is_me"))
    importer.add_argument("--undo", metavar=t("metavar.code"), default=None, help=t("opt.undo_import"))
    importer.add_argument("--yes", action="store_true", help=t("opt.undo_yes"))
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
    add_content(listing, keep)  # the pack whose cases are listed (default: the built-in one)
    add_lang(listing, keep)

    wipe = commands.add_parser("wipe", catalog=t, help=t("cmd.wipe"), description=t("cmd.wipe.description"))
    add_workspace(wipe, keep)
    wipe.add_argument("--yes", action="store_true", help=t("opt.yes"))
    add_lang(wipe, keep)
    return parser


def workspace_root(args: argparse.Namespace) -> Path:
    """The workspace folder the command line names, else the default one."""
    return Path(args.workspace).expanduser() if args.workspace else default_workspace_dir()
