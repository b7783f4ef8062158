"""Reading a folder of Bouwsteen documents defensively: the base of :class:`~bouwsteen_tui.core.workspace.Workspace`.

A document is a TOML file with a ``document`` kind and a ``schema_version``; older versions are migrated before
validation. A corrupt or foreign file is never overwritten: it is moved to ``set-aside/`` and the rest loads. A file
from a newer schema version is left in place and never written. Each problem is reported once, with its kind (one
of :data:`PROBLEM_KINDS`) so that an interface can say it in its own words.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import CASE_CODE_PATTERN, SCHEMA_VERSION
from bouwsteen_tui.core.case_index import LEGACY_INDEX_FILES
from bouwsteen_tui.core.files import TOO_DEEP, folder_state, make_dir, os_error_kind, read_nofollow

Doc = TypeVar("Doc", bound=BaseModel)

CODE_RE = re.compile(CASE_CODE_PATTERN)


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 records when a case was closed; for a case closed under schema 1 the best estimate is the day
    it was last saved (closing is a save)."""
    migrated = dict(data)
    if migrated.get("document") == "case" and migrated.get("status") == "closed" and "closed_on" not in migrated:
        updated = migrated.get("updated")
        if isinstance(updated, datetime):
            migrated["closed_on"] = updated.date()
        elif isinstance(updated, date):
            migrated["closed_on"] = updated
    migrated["schema_version"] = 2
    return migrated


# Migrations from schema version N to N+1, applied to the raw TOML data before validation.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


# Why a file or folder was not loaded; each has a translated message (``problem.<kind>``) in the app and the CLI.
PROBLEM_KINDS = (
    "unreadable", "corrupt", "foreign", "invalid", "newer", "misplaced",  # a file's content or access
    "symlink", "symlink_folder", "not_folder", "folder_unreadable",  # a link, or a folder that is not one
    "misnamed", "not_a_case",  # a .toml in cases/ not named like a case
    "other_pack",  # a sheet of another content pack, with the same step id (Workspace.load_sheet)
)


@dataclass(frozen=True)
class WorkspaceProblem:
    """A file that could not be loaded: which one, why, and where it was set aside (if it was)."""

    file: Path
    reason: str
    set_aside_to: Path | None = None
    kind: str = "invalid"  # one of PROBLEM_KINDS: for a translated message
    detail: str = ""  # a value the translated message needs: the name to rename a misnamed case file to

    def __str__(self) -> str:
        text = f"{self.file}: {self.reason}"
        if self.set_aside_to is not None:
            text += f" (moved to {self.set_aside_to})"
        return text


class DocumentFolder:
    """A folder of documents: load each one safely, set bad files aside, protect newer ones, report problems once;
    list the case files in ``cases/`` (a file named otherwise is reported, never loaded).

    The folder's own subfolders (``cases/``, ``set-aside/``) are never followed when they are links.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser()
        self.cases_dir = self.root / "cases"
        self.set_aside_dir = self.root / "set-aside"
        self.problems: list[WorkspaceProblem] = []
        self.read_only = False
        self._protected: set[Path] = set()  # files of a newer schema, or that could not be set aside: never written
        self._reported: set[tuple[Path, str]] = set()  # problems found again on every listing, reported once

    def _report(self, problem: WorkspaceProblem) -> None:
        """Record a problem once, however often it is met (every listing meets a bad cases/ folder again)."""
        key = (problem.file, problem.kind)
        if key not in self._reported:
            self._reported.add(key)
            self.problems.append(problem)

    def _report_folder(self, folder: Path, state: str, error: OSError | None = None) -> None:
        """Say why Bouwsteen does not use one of its own folders, and what fixes it."""
        if state == "symlink":
            self._report(WorkspaceProblem(
                folder, "is a symbolic link, which Bouwsteen does not follow for its own folders: replace it by a "
                "normal folder (move the files over and remove the link)", kind="symlink_folder"))
        elif state == "not_folder":
            self._report(WorkspaceProblem(
                folder, "is a file, not a folder: rename or move that file so that Bouwsteen can make the folder",
                kind="not_folder"))
        elif state == "unreadable":
            why = f" ({error.strerror})" if error is not None and error.strerror else ""
            self._report(WorkspaceProblem(
                folder, f"the folder cannot be read{why}: give yourself access, for instance with chmod 700 {folder}",
                kind="folder_unreadable"))

    def _folder_usable(self, folder: Path) -> bool:
        """Whether a folder inside the workspace may be read or written (absent counts as usable)."""
        if folder == self.root:
            return True
        state = folder_state(folder)
        if state in ("ok", "missing"):
            return True
        self._report_folder(folder, state)
        return False

    # ----------------------------------------------------------------------------------- reading

    def _load(self, path: Path, model: type[Doc], document: str) -> Doc | None:
        """Read ``path`` as ``model``; set a bad file aside, leave a newer one alone; never raise."""
        if not self._folder_usable(path.parent):
            self._protected.add(path)
            return None
        try:
            raw = read_nofollow(path)
        except FileNotFoundError:
            return None
        except OSError as error:
            self._protected.add(path)
            if os_error_kind(error) == "symlink":
                self._report(WorkspaceProblem(
                    path, "is a symbolic link, which Bouwsteen does not follow for its own files: replace the link "
                    "by the file itself", kind="symlink"))
            else:
                self._report(WorkspaceProblem(path, f"cannot read the file: {error.strerror}", kind="unreadable"))
            return None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            self._set_aside(path, f"not valid TOML ({error})", "corrupt")
            return None
        except TOO_DEEP:
            self._set_aside(path, "not valid TOML (nested too deeply to read)", "corrupt")
            return None
        kind = data.get("document")
        if kind != document:
            what = f"a {kind!r} document" if isinstance(kind, str) else "not a Bouwsteen file"
            self._set_aside(path, f"{what}, expected a {document!r} document", "foreign")
            return None
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self._set_aside(path, "no valid schema_version", "foreign")
            return None
        if version > SCHEMA_VERSION:
            self._protected.add(path)
            self.problems.append(
                WorkspaceProblem(
                    path,
                    f"written by a newer Bouwsteen (schema version {version}, this one reads up to "
                    f"{SCHEMA_VERSION}); left untouched: update Bouwsteen to open it",
                    kind="newer",
                )
            )
            return None
        for step in range(version, SCHEMA_VERSION):
            data = MIGRATIONS[step](data)
        try:
            return model.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            self._set_aside(path, f"invalid content at {where}: {first['msg']}", "invalid")
            return None

    def _set_aside(self, path: Path, reason: str, kind: str = "invalid") -> None:
        """Move a bad file out of the way, untouched, so it is never overwritten."""
        target: Path | None = None
        if self.read_only:
            self._protected.add(path)
        elif folder_state(self.set_aside_dir) not in ("ok", "missing"):
            self._report_folder(self.set_aside_dir, folder_state(self.set_aside_dir))
            self._protected.add(path)
        else:
            try:
                make_dir(self.set_aside_dir)
                stamp = dates.now().strftime("%Y%m%dT%H%M%SZ")
                relative = path.relative_to(self.root).as_posix().replace("/", "__")
                target = self.set_aside_dir / f"{relative}.{stamp}"
                counter = 1
                while os.path.lexists(target):
                    counter += 1
                    target = self.set_aside_dir / f"{relative}.{stamp}.{counter}"
                os.replace(path, target)
            except OSError:
                target = None
                self._protected.add(path)
        self.problems.append(WorkspaceProblem(path, reason, target, kind))

    def case_codes(self) -> list[str]:
        """Codes of the case files present, sorted.

        A ``cases`` that is a link, a file or an unreadable folder is reported (not followed, not replaced); so is a
        ``.toml`` file in it not named like a case (``c-3mxr.toml``): left alone, never loaded, never deleted.
        """
        state = folder_state(self.cases_dir)
        if state == "missing":
            return []
        if state != "ok":
            self._report_folder(self.cases_dir, state)
            return []
        try:
            with os.scandir(self.cases_dir) as entries:
                names = [entry.name for entry in entries]
        except FileNotFoundError:
            return []
        except OSError as error:
            self._report_folder(self.cases_dir, "unreadable", error)
            return []
        codes = []
        for name in names:
            stem, dot, suffix = name.rpartition(".")
            if not dot or suffix.lower() != "toml" or name.startswith(".") or name in LEGACY_INDEX_FILES:
                continue
            if suffix == "toml" and CODE_RE.match(stem):
                codes.append(stem)
            elif CODE_RE.match(stem.upper()):
                self._report(WorkspaceProblem(
                    self.cases_dir / name, f"is not loaded: a case file is named with its code in capitals; rename "
                    f"it to {stem.upper()}.toml", kind="misnamed", detail=f"{stem.upper()}.toml"))
            else:
                self._report(WorkspaceProblem(
                    self.cases_dir / name, "is not loaded: it is not named like a case file (for instance "
                    "C-7K4Q.toml); move it out of the cases folder", kind="not_a_case"))
        return sorted(codes)
