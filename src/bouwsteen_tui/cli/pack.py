"""Loading a content pack for a command, and reporting its problems (one line each, file:line: field: message)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bouwsteen_tui.cli.output import say, warn
from bouwsteen_tui.core.content import Pack
from bouwsteen_tui.core.loader import ContentProblem, load_pack
from bouwsteen_tui.i18n import Catalog


def print_problems(problems: Sequence[ContentProblem], folder: Path, t: Catalog) -> None:
    """One line per problem on stdout (file:line: field: message), a count on stderr."""
    for problem in problems:
        say(str(problem))
    if len(problems) == 1:
        warn(t("content.problems.one", folder=folder))
    else:
        warn(t("content.problems.many", count=len(problems), folder=folder))


def load_content(folder: Path, t: Catalog) -> Pack | None:
    """Load a pack; print its problems and return ``None`` when it is broken."""
    pack, problems = load_pack(folder)
    if pack is None or problems:
        warn(t("content.broken", folder=folder))
        print_problems(problems, folder, t)
        warn(t("content.fix", folder=folder))
        return None
    return pack
