"""No command: open the wizard (Textual loads only here)."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path

from bouwsteen_tui.cli.output import EXIT_FAILED, warn
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.i18n import Catalog


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen [options]``: check the folders named, then start the app; its exit code."""
    root = workspace_root(args)
    if root.exists() and not root.is_dir():
        warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    content: Path | None = None
    if args.content:
        # imported here for start-up speed: pydantic loads before the first screen only when a pack is named
        from bouwsteen_tui.cli.pack import load_content

        content = Path(args.content).expanduser()
        if load_content(content, t) is None:
            return EXIT_FAILED
    if args.plain:  # a line-by-line dialogue (docs/plain-mode.md): it never loads Textual
        from bouwsteen_tui.plain import run_plain

        return run_plain(workspace=root, content=content, language=t.language)
    # Start-up allocates much and frees little: no garbage collection until the first frame is drawn (the app
    # turns it on again then), which takes a fifth off the time to the usable home screen.
    gc.disable()
    # imported here: Textual loads only when the wizard opens, never for a headless command or a refused folder
    from bouwsteen_tui.app import run_app

    return run_app(workspace=root, content=content, language=args.lang, timer_minutes=args.timer)
