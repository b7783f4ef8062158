"""``bouwsteen wipe``: delete a workspace folder, after checking it is one and asking for a word; and, first, the
files Bouwsteen wrote outside it (the ledger, :mod:`bouwsteen_tui.core.ledger`) that are still as it wrote them."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys

from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, masked, say, warn
from bouwsteen_tui.cli.parser import workspace_root
from bouwsteen_tui.cli.workspace import not_a_workspace, read_only_reason, why
from bouwsteen_tui.core import ledger
from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.i18n import Catalog


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


def _shown(path: object) -> str:
    return "  " + strip_control(str(path))


def _list_outside(t: Catalog, outside: ledger.Ledger) -> None:
    """Before asking: which files outside the workspace go, which stay (changed), which are gone already."""
    states = [(ledger.check(entry), entry.path) for entry in outside.files]
    for state, key in (("same", "wipe.outside.to_delete"), ("changed", "wipe.outside.to_keep"),
                       ("missing", "wipe.outside.gone")):
        paths = [path for found, path in states if found == state]
        if paths:
            warn(t(key, count=len(paths)))
            for path in paths:
                warn(_shown(path))
    for unreadable in outside.unreadable:
        warn(t("wipe.outside.unreadable", path=unreadable))


def _report_outside(t: Catalog, cleared: ledger.Cleared) -> None:
    """After deleting: how many went, and each file or folder left behind, with why."""
    if cleared.deleted:
        say(t("wipe.outside.deleted", count=len(cleared.deleted)))
    for path in cleared.changed:
        warn(t("wipe.outside.kept_changed", path=strip_control(str(path))))
    for path in cleared.missing:
        warn(t("wipe.outside.kept_missing", path=strip_control(str(path))))
    for path, error in cleared.failed:
        warn(t("wipe.outside.failed", path=strip_control(str(path)), reason=why(error, t, with_file=False)))
    for path in cleared.folders_kept:
        warn(t("wipe.outside.folder_kept", path=strip_control(str(path))))


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen wipe [--yes]``: remove the workspace folder and everything in it, once confirmed."""
    root = workspace_root(args)
    if not root.exists() and not root.is_symlink():
        say(t("wipe.missing", folder=root))
        return EXIT_OK
    if not root.is_dir() and not root.is_symlink():
        warn(t("workspace.not_dir", folder=root))
        return EXIT_FAILED
    try:
        reason = not_a_workspace(root, t)
    except OSError as error:
        warn(t("wipe.failed", reason=why(error, t), folder=root))
        return EXIT_FAILED
    if reason:
        warn(t("wipe.not_workspace", folder=root, reason=reason))
        return EXIT_FAILED
    workspace = Workspace.open(root)
    try:
        if workspace.in_use:
            warn(t("wipe.locked", folder=root))
            return EXIT_FAILED
        if workspace.read_only:  # not another window: the folder cannot be written (read-only, no permission…)
            warn(t("wipe.cannot_write", folder=root, reason=read_only_reason(workspace, t)))
            return EXIT_FAILED
        outside = ledger.read(root)
        _list_outside(t, outside)
        if not args.yes:
            word = t("wipe.word")
            print(masked(t("wipe.prompt", folder=root, cases=len(workspace.case_codes()), word=word)), end="",
                  file=sys.stderr, flush=True)
            answer = _confirmed(word)
            if answer is None:
                warn("")
                warn(t("wipe.no_answer"))
                return EXIT_FAILED
            if not answer:
                warn(t("wipe.mismatch", word=word))
                return EXIT_FAILED
        _report_outside(t, ledger.clear(outside))  # first: the ledger is in the workspace
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
            warn(t("wipe.failed", reason=why(error, t), folder=root))
            return EXIT_FAILED
    finally:
        workspace.close()
    try:
        with contextlib.suppress(FileNotFoundError):
            (root / ".lock").unlink()
        root.rmdir()
    except OSError as error:
        warn(t("wipe.failed", reason=why(error, t), folder=root))
        return EXIT_FAILED
    say(t("wipe.done", folder=root))
    return EXIT_OK
