"""``bouwsteen check-content [FOLDER]``: check a content pack, one line per problem."""

from __future__ import annotations

import argparse
from pathlib import Path

from bouwsteen_tui.cli.output import EXIT_FAILED, EXIT_OK, say
from bouwsteen_tui.cli.pack import print_problems
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack
from bouwsteen_tui.i18n import DEFAULT_LANGUAGE, Catalog


def run(args: argparse.Namespace, t: Catalog) -> int:
    """``bouwsteen check-content [FOLDER]``: the pack's problems, or a one-line summary when it has none."""
    folder = Path(args.folder).expanduser() if args.folder else builtin_pack_dir(DEFAULT_LANGUAGE)
    pack, problems = load_pack(folder)
    if pack is None or problems:
        print_problems(problems, folder, t)
        return EXIT_FAILED
    questions = sum(1 for _ in pack.questions())
    say(
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
