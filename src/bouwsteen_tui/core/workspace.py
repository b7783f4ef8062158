"""The workspace: a local folder that holds the answers, safely.

Layout::

    <root>/settings.toml          language, theme, last position
    <root>/<step_id>.toml         one sheet per profile or network step (role.toml, network.toml)
    <root>/cases/<CODE>.toml      one file per case
    <root>/cases/index.jsonl      a cache of the cases' summaries, for lists (rebuilt when missing or stale)
    <root>/set-aside/             corrupt or foreign files, moved here untouched

Every write is atomic (a temp file in the same folder, flushed and fsynced, then ``os.replace``); files are
created 0600 and folders 0700. A corrupt or foreign file is never overwritten: it is moved to ``set-aside/``
and the rest loads. A file from a newer schema version is left in place and never written.

This module is part of the core: it imports neither textual nor rich.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import re
import stat as stat_module
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import tomli_w
from pydantic import BaseModel, ValidationError

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import (
    CASE_CODE_PATTERN,
    SCHEMA_VERSION,
    Case,
    CaseSummary,
    Settings,
    Sheet,
    summarize,
)

# The index of case summaries is a cache, not a document of the user's, read on every start: JSON Lines (a header,
# then one case a line), which Python parses forty times faster than TOML, one line at a time so that a thousand
# cases never sit in memory twice. Earlier builds wrote index.toml or index.json; those are removed when the new
# index is written.
INDEX_FILE = "index.jsonl"
LEGACY_INDEX_FILES = ("index.toml", "index.json")
INDEX_DOCUMENT = "case-index"
FILE_MODE = 0o600
DIR_MODE = 0o700

_CODE_RE = re.compile(CASE_CODE_PATTERN)

Doc = TypeVar("Doc", bound=BaseModel)

# What a parser raises on a file nested thousands of levels deep (``[[[[…``): such a file is corrupt, not a crash.
TOO_DEEP = (RecursionError, MemoryError)

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

# Why a file operation failed, as a kind an interface can put in its own words (the system's own words,
# ``strerror``, are English whatever the user's language).
OS_ERROR_KINDS = ("read_only", "disk_full", "permission", "missing", "symlink", "moved", "other")


def os_error_kind(error: BaseException) -> str:
    """The reason kind of an OS error: read_only, disk_full, permission, missing, symlink or other."""
    if not isinstance(error, OSError):
        return "other"
    code = error.errno
    if code == errno.EROFS:
        return "read_only"
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return "disk_full"
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return "permission"
    if isinstance(error, FileNotFoundError | NotADirectoryError) or code in (errno.ENOENT, errno.ENOTDIR):
        return "missing"
    if code == errno.ELOOP:
        return "symlink"
    return "other"


def read_nofollow(path: Path) -> bytes:
    """The bytes of ``path``, refusing to follow it when it is a symbolic link (``OSError`` with ``ELOOP``)."""
    if not _NOFOLLOW and path.is_symlink():  # pragma: no cover - Windows has no O_NOFOLLOW
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        return handle.read()

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


class WorkspaceError(Exception):
    """A write failed or is not allowed; the message names the file and the fix.

    ``path`` and ``kind`` (one of :data:`OS_ERROR_KINDS`) let an interface say the same in its own language;
    ``reason`` is the system's own (English) words.
    """

    def __init__(self, message: str, path: Path | None = None, reason: str = "", kind: str = "other") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.kind = kind


class ReadOnlyWorkspace(WorkspaceError):
    """The workspace (or this file) is open read-only."""


# --------------------------------------------------------------------------------------------- files


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file, never a mix."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    # make the rename itself durable
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def dump_document(model: BaseModel) -> bytes:
    """A model as TOML: metadata first, answers last, ``None`` values left out."""
    return encode_data(document_data(model))


def document_data(model: BaseModel) -> dict[str, Any]:
    """A snapshot of a model as plain data, sharing no container with it: fast (pydantic's core does it), so the
    interface can take it on every autosave and leave the slow part, :func:`encode_data`, to the saver thread."""
    data = model.model_dump(mode="python", exclude_none=True)
    answers = data.pop("answers", None)
    if answers is not None:
        data["answers"] = answers
    return data


def encode_data(data: dict[str, Any]) -> bytes:
    """A snapshot from :func:`document_data` as TOML."""
    return tomli_w.dumps(_plain(data)).encode("utf-8")


def _plain(value: Any) -> Any:
    """Turn enums into plain strings so tomli-w accepts them."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def make_dir(path: Path) -> None:
    """Create ``path`` (and parents) with mode 0700."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)


def _read_only_file_system(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # pragma: no cover - no statvfs (Windows)
        return False


class WriterLock:
    """An OS-level lock on the workspace folder: held by one process at a time, released by the kernel when it dies.

    On POSIX the folder itself is locked (``flock`` on a descriptor of the directory), not a file inside it: a lock
    file can be deleted while a window holds it, and the next window would then lock a new file and write beside
    the first. A folder moved away and replaced by a copy is caught before each write (:meth:`still_at`). On
    Windows, where directories cannot be opened like that, a ``.lock`` file in the folder is locked with
    ``msvcrt.locking``. A lock left by a killed process never blocks the next start: the kernel drops it with the
    process.
    """

    def __init__(self, path: Path) -> None:
        self.path = path  # the workspace folder
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; ``False`` when another process holds it."""
        if sys.platform == "win32":  # pragma: no cover - not run on the CI machine
            fd = os.open(self.path / ".lock", os.O_RDWR | os.O_CREAT, FILE_MODE)
        else:
            fd = os.open(self.path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            if sys.platform == "win32":  # pragma: no cover - not run on the CI machine
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(fd)
            if error.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                return False
            raise
        self._fd = fd
        return True

    @property
    def held(self) -> bool:
        return self._fd is not None

    def still_at(self, path: Path) -> bool:
        """Whether the locked folder is still the one at ``path``: a folder moved away and replaced by a copy
        would let another window lock the copy and write beside this one, so this one must stop writing."""
        if self._fd is None or sys.platform == "win32":
            return True
        try:
            locked, there = os.fstat(self._fd), os.stat(path)
        except OSError:
            return False
        return (locked.st_dev, locked.st_ino) == (there.st_dev, there.st_ino)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


# --------------------------------------------------------------------------------------------- workspace


class Workspace:
    """A workspace folder: load and save sheets, cases and settings; one writer at a time."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser()
        self.cases_dir = self.root / "cases"
        self.set_aside_dir = self.root / "set-aside"
        self.problems: list[WorkspaceProblem] = []
        self.read_only = False
        self.read_only_reason = ""
        self.read_only_kind = ""  # why it is read-only when no other window holds it: one of OS_ERROR_KINDS
        self.in_use = False  # another instance holds the write lock
        self._lock: WriterLock | None = None
        self._protected: set[Path] = set()  # files of a newer schema: never written
        self._reported: set[tuple[Path, str]] = set()  # problems found again on every listing, reported once

    # ----------------------------------------------------------------------------------- lifecycle

    @classmethod
    def open(cls, root: Path, *, read_only: bool = False) -> Workspace:
        """Open (and create) the workspace at ``root``; read-only if another instance holds it."""
        workspace = cls(root)
        try:
            make_dir(workspace.root)
            if not os.path.lexists(workspace.cases_dir):  # a link or a file there is reported, never replaced
                make_dir(workspace.cases_dir)
        except OSError as error:
            workspace.read_only = True
            workspace.read_only_kind = os_error_kind(error)
            workspace.read_only_reason = f"cannot create {workspace.root}: {error.strerror or error}"
            return workspace
        if read_only:
            workspace.read_only = True
            workspace.read_only_reason = "opened read-only"
            return workspace
        lock = WriterLock(workspace.root)
        try:
            held = lock.acquire()
        except OSError as error:
            workspace.read_only = True
            workspace.read_only_kind = os_error_kind(error)
            workspace.read_only_reason = f"cannot lock {workspace.root}: {error.strerror or error}"
        else:
            if held and not os.access(workspace.root, os.W_OK | os.X_OK):
                # The lock is on the folder and needs no file in it, so a folder we may not write (chmod 555, a
                # read-only disk) is found here: read-only, with its own reason, rather than failing at each save.
                lock.release()
                workspace.read_only = True
                workspace.read_only_kind = "read_only" if _read_only_file_system(workspace.root) else "permission"
                workspace.read_only_reason = f"cannot write in {workspace.root}"
            elif held:
                workspace._lock = lock
                workspace._remove_stale_temp_files()
            else:
                workspace.read_only = True
                workspace.in_use = True
                workspace.read_only_reason = "in use by another Bouwsteen window"
        return workspace

    def writer_gone(self) -> bool:
        """For a window opened read-only because another held the workspace: whether that window has let go."""
        if not self.read_only or not self.in_use:
            return False
        lock = WriterLock(self.root)
        try:
            free = lock.acquire()
        except OSError:
            return False
        lock.release()
        return free

    def take_over(self) -> bool:
        """Try to become the writer of a workspace opened read-only because another window held it.

        ``True`` when the lock is now ours: the caller must load the documents again, since the other window may
        have changed them. Files found broken or newer while read-only are read again by that load.
        """
        if not self.read_only or not self.in_use:
            return False
        lock = WriterLock(self.root)
        try:
            if not lock.acquire():
                return False
        except OSError:
            return False
        self._lock = lock
        self.read_only = False
        self.in_use = False
        self.read_only_reason = ""
        self._protected.clear()
        self.problems.clear()
        self._remove_stale_temp_files()
        return True

    def close(self) -> None:
        """Release the write lock."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _remove_stale_temp_files(self) -> None:
        """Temp files of a save that was interrupted; only we write here, so none is in use."""
        for folder in (self.root, self.cases_dir):
            if folder != self.root and self._folder_state(folder) != "ok":
                continue
            for tmp in folder.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    tmp.unlink()

    # ----------------------------------------------------------------------------------- paths

    def sheet_path(self, step_id: str) -> Path:
        return self.root / f"{step_id}.toml"

    def case_path(self, code: str) -> Path:
        if not _CODE_RE.match(code):
            raise ValueError(f"not a case code: {code!r}")
        return self.cases_dir / f"{code}.toml"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.toml"

    @staticmethod
    def _folder_state(folder: Path) -> str:
        """ok, missing, symlink, not_folder or unreadable: Bouwsteen's own folders are never followed as links."""
        try:
            mode = os.lstat(folder).st_mode
        except FileNotFoundError:
            return "missing"
        except OSError:
            return "unreadable"
        if stat_module.S_ISLNK(mode):
            return "symlink"
        return "ok" if stat_module.S_ISDIR(mode) else "not_folder"

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
        state = self._folder_state(folder)
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
        elif self._folder_state(self.set_aside_dir) not in ("ok", "missing"):
            self._report_folder(self.set_aside_dir, self._folder_state(self.set_aside_dir))
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

    def load_settings(self) -> Settings:
        """The workspace's settings (defaults when there are none)."""
        return self._load(self.settings_path, Settings, "settings") or Settings()

    def load_sheet(self, step_id: str) -> Sheet | None:
        """The answers to a profile or network step, or ``None`` if there are none yet."""
        sheet = self._load(self.sheet_path(step_id), Sheet, "sheet")
        if sheet is not None and sheet.step_id != step_id:
            self._set_aside(self.sheet_path(step_id), f"answers step {sheet.step_id!r}, not {step_id!r}", "misplaced")
            return None
        return sheet

    def case_codes(self) -> list[str]:
        """Codes of the case files present, sorted.

        A ``cases`` that is a link, a file or an unreadable folder is reported (not followed, not replaced); so is a
        ``.toml`` file in it not named like a case (``c-3mxr.toml``): left alone, never loaded, never deleted.
        """
        state = self._folder_state(self.cases_dir)
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
            if suffix == "toml" and _CODE_RE.match(stem):
                codes.append(stem)
            elif _CODE_RE.match(stem.upper()):
                self._report(WorkspaceProblem(
                    self.cases_dir / name, f"is not loaded: a case file is named with its code in capitals; rename "
                    f"it to {stem.upper()}.toml", kind="misnamed", detail=f"{stem.upper()}.toml"))
            else:
                self._report(WorkspaceProblem(
                    self.cases_dir / name, "is not loaded: it is not named like a case file (for instance "
                    "C-7K4Q.toml); move it out of the cases folder", kind="not_a_case"))
        return sorted(codes)

    def load_case(self, code: str) -> Case | None:
        """One case, or ``None`` when it is missing or had to be set aside."""
        path = self.case_path(code)
        case = self._load(path, Case, "case")
        if case is not None and case.code != code:
            self._set_aside(path, f"holds case {case.code!r} but is named {code!r}", "misplaced")
            return None
        return case

    def load_cases(self) -> list[Case]:
        """Every case that loads; the others are reported in :attr:`problems`."""
        cases = [self.load_case(code) for code in self.case_codes()]
        return [c for c in cases if c is not None]

    @property
    def index_path(self) -> Path:
        return self.cases_dir / INDEX_FILE

    def case_summaries(self) -> list[CaseSummary]:
        """A summary of every case, sorted by code, parsing only the case files changed since the index.

        The index (``cases/index.jsonl``) keeps each case's summary with the size and modification time of its
        file; a file whose stat differs is parsed again. The refreshed index is written back when it changed.
        """
        known = self._read_index()
        summaries: list[CaseSummary] = []
        changed = False
        for code in self.case_codes():
            path = self.case_path(code)
            try:
                stat = path.lstat()  # a link is not followed: load_case reports it
            except OSError:
                continue
            summary = known.get(code)
            if summary is None or summary.mtime_ns != stat.st_mtime_ns or summary.size != stat.st_size:
                case = self.load_case(code)
                if case is None:
                    changed = True
                    continue
                summary = summarize(case, stat.st_mtime_ns, stat.st_size)
                changed = True
            summaries.append(summary)
        if changed or len(summaries) != len(known):
            self.save_index(summaries)
        return summaries

    def _read_index(self) -> dict[str, CaseSummary]:
        """The summaries in the index by code; a malformed line is left out (its case file is read again).

        Read line by line: only one case's parsed line is in memory at a time, besides the summaries.
        """
        known: dict[str, CaseSummary] = {}
        if self._folder_state(self.cases_dir) != "ok":
            return {}
        try:
            fd = os.open(self.index_path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
            with os.fdopen(fd, "rb") as lines:
                header = json.loads(lines.readline())
                if (
                    not isinstance(header, dict)
                    or header.get("schema_version") != SCHEMA_VERSION
                    or header.get("document") != INDEX_DOCUMENT
                ):
                    return {}
                for line in lines:
                    with contextlib.suppress(ValueError, *TOO_DEEP):  # not JSON, not UTF-8, or not a summary
                        summary = CaseSummary.from_json(json.loads(line))
                        known[summary.code] = summary
        except (OSError, ValueError, *TOO_DEEP):
            return {}  # the index is a cache (a link, unreadable, corrupt, nested too deeply): rebuilt
        return known

    def save_index(self, summaries: list[CaseSummary]) -> None:
        """Write the index (a cache; failures are harmless and ignored).

        A read-only workspace (``bouwsteen list``) writes it too when no other instance holds the lock, so that
        the next listing is fast; the index changes no answer.
        """
        summaries_json = (summary.to_json() for summary in summaries)
        header = {"schema_version": SCHEMA_VERSION, "document": INDEX_DOCUMENT}
        lines = [json.dumps(item, ensure_ascii=False, separators=(",", ":")) for item in (header, *summaries_json)]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        with contextlib.suppress(OSError):
            if self._lock is not None and self._folder_state(self.cases_dir) == "ok":
                self._write_index(data)
                return
            if self._folder_state(self.cases_dir) != "ok":
                return
            lock = WriterLock(self.root)
            if lock.acquire():
                try:
                    self._write_index(data)
                finally:
                    lock.release()

    def _write_index(self, data: bytes) -> None:
        atomic_write(self.index_path, data)
        for legacy in LEGACY_INDEX_FILES:
            (self.cases_dir / legacy).unlink(missing_ok=True)

    def stat_case(self, code: str) -> tuple[int, int]:
        """(mtime_ns, size) of a case file, for its summary."""
        stat = self.case_path(code).lstat()  # as case_summaries: a link is not followed
        return stat.st_mtime_ns, stat.st_size

    def iter_cases(self) -> Iterator[Case]:
        for code in self.case_codes():
            case = self.load_case(code)
            if case is not None:
                yield case

    # ----------------------------------------------------------------------------------- writing

    def path_of(self, document: Sheet | Case | Settings) -> Path:
        """Where ``document`` is stored."""
        if isinstance(document, Case):
            return self.case_path(document.code)
        if isinstance(document, Sheet):
            return self.sheet_path(document.step_id)
        return self.settings_path

    def encode(self, document: Sheet | Case | Settings) -> tuple[Path, bytes]:
        """Stamp ``document`` as updated now and serialise it; the write can then happen elsewhere."""
        if isinstance(document, Sheet | Case):
            document.updated = dates.now()
        return self.path_of(document), dump_document(document)

    def snapshot(self, document: Sheet | Case | Settings) -> tuple[Path, Callable[[], bytes]]:
        """Like :meth:`encode`, but the TOML is made later by calling the result (on the saver's thread)."""
        if isinstance(document, Sheet | Case):
            document.updated = dates.now()
        return self.path_of(document), functools.partial(encode_data, document_data(document))

    def write_bytes(self, path: Path, data: bytes) -> None:
        """Write an encoded document atomically; raises :class:`WorkspaceError` with the fix."""
        if self.read_only:
            raise ReadOnlyWorkspace(f"{self.root} is {self.read_only_reason}; changes are not saved")
        if path in self._protected:
            raise ReadOnlyWorkspace(f"{path} is left untouched (see the earlier notice); changes are not saved")
        if self._lock is not None and not self._lock.still_at(self.root):
            raise WorkspaceError(
                f"could not save {path}: the workspace folder {self.root} was moved or replaced while this window "
                "had it open; your answers are kept in the app: keep them as a rescue copy when you quit",
                path,
                "moved",
                "moved",
            )
        refusal = self._write_refusal(path)
        if refusal is not None:
            place, kind, what = refusal
            raise WorkspaceError(
                f"could not save {path}: {place} is {what}. Replace it by a normal folder or file; your answers are "
                "kept in the app and saved again on the next change.",
                place,
                what,
                kind,
            )
        try:
            make_dir(path.parent)
            atomic_write(path, data)
        except OSError as error:
            reason = error.strerror or str(error)
            raise WorkspaceError(
                f"could not save {path}: {reason}. Free some disk space or check the folder's permissions; "
                "your answers are kept in the app and saved again on the next change.",
                path,
                reason,
                os_error_kind(error),
            ) from error

    def _write_refusal(self, path: Path) -> tuple[Path, str, str] | None:
        """(place, kind, words) when writing ``path`` would follow a symbolic link or needs a folder that is a
        file; ``None`` when it may be written."""
        for place in (path.parent, path):
            if place == self.root:
                continue  # a root that is a link is the user's own choice
            state = self._folder_state(place)
            if state == "symlink":
                return place, "symlink", "a symbolic link, which Bouwsteen does not follow"
            if place == path.parent and state == "not_folder":
                return place, "not_folder", "a file, not a folder"
        return None

    def save(self, document: Sheet | Case | Settings) -> None:
        """Save any document now (the CLI and tests; the app saves through a background saver)."""
        self.write_bytes(*self.encode(document))

    def save_settings(self, settings: Settings) -> None:
        self.save(settings)

    def save_sheet(self, sheet: Sheet) -> None:
        self.save(sheet)

    def save_case(self, case: Case) -> None:
        self.save(case)

    def delete_case(self, code: str) -> None:
        """Delete a case file for good, and its line in the index (which holds its short description)."""
        if self.read_only:
            raise ReadOnlyWorkspace(f"{self.root} is {self.read_only_reason}; nothing was deleted")
        if self._folder_state(self.cases_dir) != "ok":
            return  # a linked or missing cases/ lists no case: there is nothing of ours to delete
        with contextlib.suppress(FileNotFoundError):
            self.case_path(code).unlink()
        known = self._read_index()
        if known.pop(code, None) is not None:
            self.save_index(list(known.values()))

    def has_data(self) -> bool:
        """Whether the workspace holds any answers (sheets or cases)."""
        if self.case_codes():
            return True
        return any(p.name != "settings.toml" for p in self.root.glob("*.toml"))

