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
import json
import os
import re
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import tomli_w
from pydantic import BaseModel, ValidationError

from bouwsteen_tui.answers import (
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


@dataclass(frozen=True)
class WorkspaceProblem:
    """A file that could not be loaded: which one, why, and where it was set aside (if it was)."""

    file: Path
    reason: str
    set_aside_to: Path | None = None
    kind: str = "invalid"  # unreadable, corrupt, foreign, invalid, newer, misplaced: for a translated message

    def __str__(self) -> str:
        text = f"{self.file}: {self.reason}"
        if self.set_aside_to is not None:
            text += f" (moved to {self.set_aside_to})"
        return text


class WorkspaceError(Exception):
    """A write failed or is not allowed; the message names the file and the fix.

    ``path`` and ``reason`` let an interface say the same in its own language.
    """

    def __init__(self, message: str, path: Path | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


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
    data = model.model_dump(mode="python", exclude_none=True)
    answers = data.pop("answers", None)
    if answers is not None:
        data["answers"] = answers
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


class WriterLock:
    """An OS-level lock on the workspace folder: held by one process at a time, released by the kernel when it dies.

    On POSIX the folder itself is locked (``flock`` on a descriptor of the directory), not a file inside it: a lock
    file can be deleted while a window holds it, and the next window would then lock a new file and write beside
    the first. A directory cannot be swapped under a running window that way. On Windows, where directories cannot
    be opened like that, a ``.lock`` file in the folder is locked with ``msvcrt.locking``. A lock left by a killed
    process never blocks the next start, because the kernel drops it with the process.
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
        self.in_use = False  # another instance holds the write lock
        self._lock: WriterLock | None = None
        self._protected: set[Path] = set()  # files of a newer schema: never written

    # ----------------------------------------------------------------------------------- lifecycle

    @classmethod
    def open(cls, root: Path, *, read_only: bool = False) -> Workspace:
        """Open (and create) the workspace at ``root``; read-only if another instance holds it."""
        workspace = cls(root)
        try:
            make_dir(workspace.root)
            make_dir(workspace.cases_dir)
        except OSError as error:
            workspace.read_only = True
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
            workspace.read_only_reason = f"cannot lock {workspace.root}: {error.strerror or error}"
        else:
            if held:
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

    # ----------------------------------------------------------------------------------- reading

    def _load(self, path: Path, model: type[Doc], document: str) -> Doc | None:
        """Read ``path`` as ``model``; set a bad file aside, leave a newer one alone; never raise."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            self.problems.append(WorkspaceProblem(path, f"cannot read the file: {error.strerror}", kind="unreadable"))
            self._protected.add(path)
            return None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            self._set_aside(path, f"not valid TOML ({error})", "corrupt")
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
        else:
            try:
                make_dir(self.set_aside_dir)
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
                relative = path.relative_to(self.root).as_posix().replace("/", "__")
                target = self.set_aside_dir / f"{relative}.{stamp}"
                counter = 1
                while target.exists():
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
        """Codes of the case files present, sorted; files with other names are left alone."""
        try:
            names = [p.stem for p in self.cases_dir.glob("*.toml")]
        except OSError:
            return []
        return sorted(n for n in names if _CODE_RE.match(n))

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
                stat = path.stat()
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
        try:
            with self.index_path.open("rb") as lines:
                header = json.loads(lines.readline())
                if (
                    not isinstance(header, dict)
                    or header.get("schema_version") != SCHEMA_VERSION
                    or header.get("document") != INDEX_DOCUMENT
                ):
                    return {}
                for line in lines:
                    with contextlib.suppress(ValueError):  # not JSON, not UTF-8, or not a summary
                        summary = CaseSummary.from_json(json.loads(line))
                        known[summary.code] = summary
        except (OSError, ValueError):
            return {}  # the index is a cache: rebuilt from the case files
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
            if self._lock is not None:
                self._write_index(data)
                return
            if not self.cases_dir.is_dir():
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
        stat = self.case_path(code).stat()
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
            document.updated = datetime.now(UTC).replace(microsecond=0)
        return self.path_of(document), dump_document(document)

    def write_bytes(self, path: Path, data: bytes) -> None:
        """Write an encoded document atomically; raises :class:`WorkspaceError` with the fix."""
        if self.read_only:
            raise ReadOnlyWorkspace(f"{self.root} is {self.read_only_reason}; changes are not saved")
        if path in self._protected:
            raise ReadOnlyWorkspace(f"{path} is left untouched (see the earlier notice); changes are not saved")
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
            ) from error

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


def today() -> date:
    """Today's date (a seam for tests)."""
    return date.today()
