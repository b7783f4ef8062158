"""The ``bouwsteen`` command: parse the arguments, then open the wizard or run one headless command.

``bouwsteen`` opens the wizard; ``check-content``, ``export``, ``import``, ``demo``, ``serve``, ``list`` and
``wipe`` run without it. The help and every message are in the interface language, by the app's rule: ``--lang``
anywhere on the command line, else ``BOUWSTEEN_LANG``, else the language remembered in the workspace the command
opens, else Dutch. The help is printed before a workspace is known: it follows ``--lang`` and ``BOUWSTEEN_LANG``.

The parser is in :mod:`.parser`, each command in its own module under :mod:`.commands` (with ``run(args, t)``),
what they print in :mod:`.output`, and the rules for a workspace folder in :mod:`.workspace`.

No case content is ever taken as an argument (it would land in the shell history and the process list).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bouwsteen_tui.cli.output import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, warn
from bouwsteen_tui.cli.parser import WizardOnly, argparse_speaks, build_parser, interface_language, workspace_root
from bouwsteen_tui.i18n import Catalog, choose_language, peek_language
from bouwsteen_tui.i18n.cli import MESSAGES

__all__ = ["argparse_speaks", "build_parser", "interface_language", "main"]

# Each command's module, imported only when that command runs: the wizard draws its first screen before the core
# (pydantic) loads, `--help` and `--version` never load it, and no headless command loads Textual.
COMMANDS: dict[str | None, str] = {
    None: "wizard",
    "check-content": "check_content",
    "export": "export",
    "list": "list_cases",
    "wipe": "wipe",
    "import": "import_case",
    "demo": "demo",
    "serve": "serve",
}
# The commands that open a workspace (the wizard too): they speak its language unless told otherwise.
WORKSPACE_COMMANDS = frozenset({None, "export", "list", "wipe", "import", "demo", "serve"})


def run_command(command: str | None, args: argparse.Namespace, t: Catalog) -> int:
    """Run one command (``None``: the wizard); its exit code."""
    module = importlib.import_module(f"{__name__}.commands.{COMMANDS[command]}")
    code: int = module.run(args, t)
    return code


def command_language(args: argparse.Namespace) -> str:
    """The language of a command that opens a workspace, by the app's rule: ``--lang``, else ``BOUWSTEEN_LANG``
    (both in ``args.lang``), else the language remembered in the workspace, else Dutch.

    The workspace's settings are peeked at (``tomllib``, no core): nothing is written, so a ``--lang`` for one run
    never changes the language the workspace remembers.
    """
    return choose_language(args.lang, peek_language(workspace_root(args)))


def _parse(arguments: list[str], t: Catalog) -> argparse.Namespace:
    """The parsed command line. A bare ``bouwsteen [options]`` takes a short parser without the sub-commands;
    anything else (a command, ``--help``, an error) the whole one, so help and messages are always complete."""
    if not any(arg in COMMANDS or arg in ("-h", "--help") for arg in arguments):
        try:
            return build_parser(t, wizard_only=True).parse_args(arguments)
        except WizardOnly:
            pass
    return build_parser(t).parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``bouwsteen`` command line; returns the exit code (the console script passes it to ``sys.exit``)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    t = Catalog(interface_language(arguments), MESSAGES)
    try:
        with argparse_speaks(t.language):
            args = _parse(arguments, t)
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else EXIT_USAGE)
    if args.command in WORKSPACE_COMMANDS:
        language = command_language(args)
        if language != t.language:
            t = Catalog(language, MESSAGES)
    try:
        return run_command(args.command, args, t)
    except KeyboardInterrupt:
        warn("")
        warn(t("interrupted"))
        return EXIT_INTERRUPTED
