"""The command line's rules for a workspace folder: what counts as one, how it is opened, what is said about it.

Shared by the commands that read or write a workspace (``list``, ``export``, ``import``, ``demo``, ``wipe``).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from bouwsteen_tui.cli.output import warn
from bouwsteen_tui.core.case_index import INDEX_FILE
from bouwsteen_tui.core.files import os_error_kind
from bouwsteen_tui.core.home_cache import CACHE_FILE
from bouwsteen_tui.core.ledger import LEDGER_DIR
from bouwsteen_tui.core.workspace import Workspace, WorkspaceError
from bouwsteen_tui.i18n import Catalog, os_error_text

# What Bouwsteen itself puts in a workspace folder (see core/workspace.py); anything else means "not ours".
WORKSPACE_DIRS = frozenset({"cases", "set-aside", LEDGER_DIR})


def why(error: BaseException, t: Catalog, *, with_file: bool = True) -> str:
    """Why a file operation failed, in the interface language (the system's own words are English), naming the
    file when one is known: read-only, disk full, no permission, missing, a symbolic link, or another error."""
    if isinstance(error, WorkspaceError):
        kind, filename, code = error.kind, error.path, getattr(error.__cause__, "errno", None)
    elif isinstance(error, OSError):
        kind, filename, code = os_error_kind(error), error.filename, error.errno
    else:
        return str(error)
    text = os_error_text(t, kind, code)
    return f"{filename}: {text}" if filename and with_file else text


def open_existing(root: Path, t: Catalog) -> Workspace | None:
    """Open an existing workspace read-only, so that listing or exporting never changes it."""
    if not root.exists():
        warn(t("workspace.missing", folder=root))
        return None
    if not root.is_dir():
        warn(t("workspace.not_dir", folder=root))
        return None
    return Workspace.open(root, read_only=True)


def report_problems(workspace: Workspace, t: Catalog) -> None:
    """Each file or folder that was not loaded, why (in the interface language) and what fixes it."""
    for problem in workspace.problems:
        key = f"problem.{problem.kind}"
        reason = t(key, file=problem.file, name=problem.detail) if t.has(key) else problem.reason
        if problem.set_aside_to is not None:
            warn(t("workspace.problem.set_aside", file=problem.file, reason=reason, target=problem.set_aside_to))
        else:
            warn(t("workspace.problem.not_loaded", file=problem.file, reason=reason))


def cases_hidden(workspace: Workspace) -> bool:
    """Whether a problem with the cases folder itself (a link, a file, unreadable) keeps cases out of sight."""
    return any(p.file == workspace.cases_dir for p in workspace.problems)


def read_only_message(workspace: Workspace, t: Catalog, command: str) -> str:
    """Why ``command`` cannot write: another window holds the workspace (the usual case), or the system's reason."""
    if workspace.in_use:
        return t(f"{command}.in_use", folder=workspace.root)
    return t(f"{command}.locked", folder=workspace.root, reason=read_only_reason(workspace, t))


def read_only_reason(workspace: Workspace, t: Catalog) -> str:
    """Why the workspace could not be opened for writing, in the interface language."""
    kind = workspace.read_only_kind
    return os_error_text(t, kind) if kind else workspace.read_only_reason


def not_a_workspace(root: Path, t: Catalog) -> str:
    """Why ``root`` does not look like a Bouwsteen workspace, or ``""`` when it does."""
    if root.is_symlink():
        return t("wipe.reason.symlink")

    def ours(entry: Path, dirs: frozenset[str], files: frozenset[str] = frozenset({".lock", CACHE_FILE})) -> bool:
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

