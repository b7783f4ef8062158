"""``bouwsteen demo``: fill an empty workspace with the complete fictional example."""

from __future__ import annotations

import argparse
import shlex

from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, say, warn
from bouwsteen_tui.cli.pack import load_content
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.cli.workspace import not_a_workspace, read_only_message, why
from bouwsteen_tui.core.answers import partners_of
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import write_demo
from bouwsteen_tui.core.workspace import Workspace, WorkspaceError
from bouwsteen_tui.i18n import Catalog


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen demo``: fill an empty workspace with the complete fictional example."""
    root = workspace_root(args)
    language = args.lang or t.language
    if root.exists() and not root.is_dir():
        warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    try:
        reason = not_a_workspace(root, t) if root.is_dir() and any(root.iterdir()) else ""
    except OSError as error:
        warn(t("demo.failed", reason=why(error, t)))
        return EXIT_FAILED
    if reason:
        warn(t("demo.not_workspace", folder=root, reason=reason))
        return EXIT_FAILED
    if Workspace(root).has_data():  # checked before opening, which would create the folder
        warn(t("demo.has_data", folder=root))
        return EXIT_FAILED
    pack = load_content(builtin_pack_dir(language), t)
    if pack is None:
        return EXIT_FAILED
    workspace = Workspace.open(root)
    with workspace:
        if workspace.read_only:
            warn(read_only_message(workspace, t, "demo"))
            return EXIT_FAILED
        if workspace.has_data():
            warn(t("demo.has_data", folder=root))
            return EXIT_FAILED
        try:
            settings = workspace.load_settings()
            settings.language = language
            _profile, network, cases = write_demo(workspace, pack)
            workspace.save_settings(settings)
        except (WorkspaceError, OSError) as error:
            warn(t("demo.failed", reason=why(error, t)))
            return EXIT_FAILED

    quoted = shlex.quote(str(root))
    say(t("demo.done", folder=root, partners=len(partners_of(pack, network)), cases=len(cases),
           codes=", ".join(c.code for c in cases)))
    say(t("demo.next", folder=quoted))
    return EXIT_OK
