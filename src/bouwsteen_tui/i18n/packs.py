"""What the app and the command line say alike about the cases of other content packs in the workspace.

A case belongs to the pack it was made with (``bouwsteen_tui.core.packs``): the home screen and ``bouwsteen list``
show the current pack's cases, and say how many other packs' cases there are and the command that opens them.
Imports nothing of the core: the catalogues load before it.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bouwsteen_tui.core.packs import OtherPack
    from bouwsteen_tui.i18n import Catalog

PACK_MESSAGES: dict[str, tuple[str, str]] = {
    "packs.builtin": ("het ingebouwde pakket", "the built-in pack"),
    "packs.named": ("pakket {pack}", "pack {pack}"),
    "packs.other.one": (
        "1 casus van {pack} staat niet in deze lijst{expired}. Open hem met: {command}",
        "1 case of {pack} is not in this list{expired}. Open it with: {command}",
    ),
    "packs.other.many": (
        "{count} casussen van {pack} staan niet in deze lijst{expired}. Open ze met: {command}",
        "{count} cases of {pack} are not in this list{expired}. Open them with: {command}",
    ),
    "packs.other_unknown.one": (
        "1 casus van {pack} staat niet in deze lijst{expired}. Open hem door Bouwsteen te starten met --content en "
        "de map van dat pakket: {command}",
        "1 case of {pack} is not in this list{expired}. Open it by starting Bouwsteen with --content and that pack's "
        "folder: {command}",
    ),
    "packs.other_unknown.many": (
        "{count} casussen van {pack} staan niet in deze lijst{expired}. Open ze door Bouwsteen te starten met "
        "--content en de map van dat pakket: {command}",
        "{count} cases of {pack} are not in this list{expired}. Open them by starting Bouwsteen with --content and "
        "that pack's folder: {command}",
    ),
    "packs.expired.one": (" (voorbij de bewaardatum)", " (past its keep-until date)"),
    "packs.expired.many": (
        " (waarvan {expired} voorbij de bewaardatum)", " ({expired} of them past their keep-until date)"
    ),
    "packs.folder": ("MAP", "FOLDER"),
    "packs.export_other": (
        "Casus {code} hoort bij pakket {pack}, niet bij {this}: een casus wordt alleen met zijn eigen pakket "
        "geëxporteerd. Geef --content en de map van pakket {pack}.",
        "Case {code} belongs to pack {pack}, not to {this}: a case is exported with its own pack only. Give "
        "--content and the folder of pack {pack}.",
    ),
    "packs.list_empty": ("Geen casussen van dit pakket in {folder}.", "No cases of this pack in {folder}."),
    # a sheet of another pack with the same step id (core.workspace.Workspace.load_sheet)
    "problem.other_pack": (
        "hoort bij pakket {name} (een stap met dezelfde id) en blijft onaangeroerd; wat je in deze stap invult, "
        "wordt niet bewaard. Gebruik voor dit pakket een andere werkmap (--workspace)",
        "belongs to pack {name} (a step with the same id) and is left untouched; what you fill in for this step is "
        "not saved. Use another workspace for this pack (--workspace)",
    ),
}


def open_command(other: OtherPack, workspace: Path, t: Catalog) -> str:
    """The command that opens ``other``'s cases in ``workspace``: the built-in pack needs no ``--content``; a pack
    whose folder is not known gets a placeholder for it."""
    words = ["bouwsteen"]
    if other.folder is not None:
        words += ["--content", shlex.quote(other.folder) if other.folder else t("packs.folder")]
    words += ["--workspace", shlex.quote(str(Path(workspace).absolute()))]
    return " ".join(words)


def other_pack_lines(others: list[OtherPack], workspace: Path, t: Catalog) -> list[str]:
    """One sentence per other pack: how many of its cases are not listed, and how to open them."""
    lines = []
    for other in others:
        number = "one" if other.count == 1 else "many"
        expired = "" if not other.expired else t(
            "packs.expired.one" if other.count == 1 else "packs.expired.many", expired=other.expired
        )
        pack = t("packs.builtin") if other.folder is None else t("packs.named", pack=other.pack_id)
        key = "packs.other" if other.folder != "" else "packs.other_unknown"
        lines.append(t(f"{key}.{number}", count=other.count, pack=pack, expired=expired,
                       command=open_command(other, workspace, t)))
    return lines
