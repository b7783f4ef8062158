"""Which content pack a case belongs to, the names of a pack's outputs, and the packs a workspace has seen.

A case belongs to the pack it was made with (``Case.pack_id``). The built-in packs, Dutch and English, share one id
(:data:`BUILTIN_PACK_ID`): a case made in Dutch is the same pack's case in English. A trainer's pack has an id of
its own, and a workspace may hold the cases of both. Lists, exports and bundles show only the current pack's cases;
the others are counted (:func:`other_packs`) so that the interface can say how to open them, and are never changed,
exported or deleted by another pack. A sheet (role card, network map) of another pack is neither shown nor
overwritten either (:meth:`~bouwsteen_tui.core.workspace.Workspace.load_sheet`).

The outputs of a pack other than the built-in one carry its id in front of their names (``opwarmer-kalender.ics``),
so that two bundles unzipped into one folder never overwrite each other; the built-in pack's names stay as they are.

So that the interface can give the exact command that opens another pack's cases, the workspace remembers where each
pack was last opened from, in ``<root>/packs.toml`` (pack id → content folder; the built-in packs need none). It is
written like every file of the workspace (atomically, 0600), by the window that holds the workspace, or by a
command-line export while no window holds it (it takes the lock for the moment, as the case index does).

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bouwsteen_tui.core.answers import SCHEMA_VERSION, CaseSummary
from bouwsteen_tui.core.calendar_memory import writer_for  # the window's workspace, or the folder locked for the moment
from bouwsteen_tui.core.files import dump_document
from bouwsteen_tui.core.workspace import PACKS_FILE, Workspace, WorkspaceError

BUILTIN_PACK_ID = "bouwsteen"  # the id of the built-in packs (content/nl and content/en): tests check it


def is_builtin(pack_id: str) -> bool:
    """Whether ``pack_id`` is the built-in packs' id."""
    return pack_id == BUILTIN_PACK_ID


def output_name(pack_id: str, name: str) -> str:
    """The name of an output (a file, a folder) of the pack ``pack_id``: ``name`` for the built-in pack, else
    ``<pack_id>-<name>`` (``opwarmer-kalender.ics``)."""
    return name if is_builtin(pack_id) else f"{pack_id}-{name}"


# --------------------------------------------------------------------------------------------- cases of other packs


@dataclass(frozen=True, slots=True)
class OtherPack:
    """The cases of one other pack in the workspace: how many, how many are past their keep-until date, and the
    content folder the pack was last opened from (``None``: the built-in pack, which needs none; ``""``: unknown)."""

    pack_id: str
    count: int
    expired: int = 0
    folder: str | None = ""


def split_by_pack(summaries: Iterable[CaseSummary], pack_id: str) -> tuple[list[CaseSummary], list[CaseSummary]]:
    """(the summaries of ``pack_id``'s cases, those of every other pack)."""
    mine: list[CaseSummary] = []
    others: list[CaseSummary] = []
    for summary in summaries:
        (mine if summary.pack_id == pack_id else others).append(summary)
    return mine, others


def count_other_packs(others: Iterable[CaseSummary], today: date, folders: dict[str, str]) -> list[OtherPack]:
    """The other packs' cases counted per pack (by pack id), with each pack's folder from ``folders``."""
    counts: dict[str, list[int]] = {}
    for summary in others:
        count = counts.setdefault(summary.pack_id, [0, 0])
        count[0] += 1
        count[1] += summary.expired(today)
    return [
        OtherPack(pack_id, count, expired, None if is_builtin(pack_id) else folders.get(pack_id, ""))
        for pack_id, (count, expired) in sorted(counts.items())
    ]


# --------------------------------------------------------------------------------------------- packs.toml


class PackFolders(BaseModel):
    """``packs.toml``: the content folder each pack (other than the built-in one) was last opened from."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    document: Literal["packs"] = "packs"
    folders: dict[str, str] = Field(default_factory=dict)


def read_pack_folders(workspace: Workspace) -> dict[str, str]:
    """Pack id → the content folder it was last opened from (none when the file is missing or was set aside)."""
    found = workspace._load(workspace.root / PACKS_FILE, PackFolders, "packs")
    return dict(found.folders) if found is not None else {}


def remember_pack_folder(workspace: Workspace, pack_id: str, folder: Path | None) -> bool:
    """Remember that ``pack_id`` was opened from ``folder`` (absolute); nothing for the built-in pack or when it is
    known already. A read-only workspace writes it only while no window holds it. ``False`` when it could not be
    written (the command's work stands: the message then names the pack id instead of the command)."""
    if folder is None or is_builtin(pack_id):
        return True
    where = os.path.abspath(Path(folder).expanduser())
    folders = read_pack_folders(workspace)
    if folders.get(pack_id) == where:
        return True
    folders[pack_id] = where
    path = workspace.root / PACKS_FILE
    with writer_for(workspace) as writer:
        if writer is None:
            return False
        try:
            writer.write_bytes(path, dump_document(PackFolders(folders=dict(sorted(folders.items())))))
        except (WorkspaceError, OSError):
            return False
    return True
