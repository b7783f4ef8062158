"""``bouwsteen serve``: the wizard in a browser, on this machine only (127.0.0.1)."""

from __future__ import annotations

import argparse
import errno
import importlib.util
import shlex
import sys
from pathlib import Path

from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, say, warn
from bouwsteen_tui.cli.pack import load_content
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.i18n import Catalog

LOOPBACK = "127.0.0.1"  # browser mode serves this machine only


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen serve``: the wizard in a browser, on this machine only (127.0.0.1)."""
    if importlib.util.find_spec("textual_serve") is None:
        warn(t("serve.unavailable"))
        return EXIT_FAILED
    root = workspace_root(args).resolve()
    if root.exists() and not root.is_dir():
        warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    command = [sys.executable, "-m", "bouwsteen_tui", "--workspace", str(root)]
    if args.content:
        content = Path(args.content).expanduser().resolve()
        if load_content(content, t) is None:
            return EXIT_FAILED
        command += ["--content", str(content)]
    if args.lang:
        command += ["--lang", args.lang]
    if args.timer:
        command += ["--timer", str(args.timer)]
    # imported here: textual-serve is optional (checked above) and loads Textual
    from bouwsteen_tui.serve import serve

    page = {key: t(f"serve.page.{key}") for key in ("title", "start", "ended", "restart", "loading", "forbidden")}

    def announce(url: str) -> None:
        # The address holds this start's secret: it goes to this terminal only, never to a log.
        say(t("serve.start", url=url))
        say(t("serve.note", folder=root))
        sys.stdout.flush()

    try:
        serve(shlex.join(command), host=LOOPBACK, port=args.port, page=page, language=t.language,
              announce=announce)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            warn(t("serve.port_in_use", port=args.port))
        else:
            from bouwsteen_tui.cli.workspace import why  # the system's reason in the interface language

            warn(t("serve.failed", reason=why(error, t)))
        return EXIT_FAILED
    say(t("serve.stopped"))
    return EXIT_OK
