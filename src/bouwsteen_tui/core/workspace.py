"""The workspace: a local folder that holds the answers, safely.

Layout::

    <root>/settings.toml          language, theme, last position
    <root>/<step_id>.toml         one sheet per profile or network step (role.toml, network.toml)
    <root>/cases/<CODE>.toml      one file per case
    <root>/cases/index.jsonl      a cache of the cases' summaries, for lists (rebuilt when missing or stale)
    <root>/set-aside/             corrupt or foreign files, moved here untouched
    <root>/workspace-id.toml, calendar-state.toml   the calendar's memory (:mod:`.calendar_memory`)
    <root>/packs.toml             the content folder each trainer's pack was opened from (:mod:`.packs`)
    <root>/home-cache.json        what the home screen shows, for its first frame (:mod:`.home_cache`; no answers)

One window writes at a time (:mod:`.lock`). Every write is atomic, files are created 0600 and folders 0700
(:mod:`.files`). A corrupt or foreign file is never overwritten: it is moved to ``set-aside/`` and the rest loads;
a file from a newer schema version is left in place and never written (:mod:`.documents`). The case list is read
from an index (:mod:`.case_index`).

This module is part of the core: it imports neither textual nor rich.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import Case, CaseSummary, Settings, Sheet, summarize
from bouwsteen_tui.core.case_index import INDEX_FILE, LEGACY_INDEX_FILES, encode_index, read_index
from bouwsteen_tui.core.content import Pack
from bouwsteen_tui.core.documents import CODE_RE, DocumentFolder, WorkspaceProblem
from bouwsteen_tui.core.files import (
    atomic_write,
    document_data,
    dump_document,
    encode_data,
    folder_state,
    make_dir,
    os_error_kind,
    read_only_file_system,
)
from bouwsteen_tui.core.lock import WriterLock
from bouwsteen_tui.core.paths import sheet_file

SETTINGS, WORKSPACE_ID_FILE, CALENDAR_STATE_FILE = "settings.toml", "workspace-id.toml", "calendar-state.toml"
PACKS_FILE = "packs.toml"


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


class Workspace(DocumentFolder):
    """A workspace folder: load and save sheets, cases and settings; one writer at a time."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.read_only_reason = ""
        self.read_only_kind = ""  # why it is read-only when no other window holds it: one of OS_ERROR_KINDS
        self.in_use = False  # another instance holds the write lock
        self._lock: WriterLock | None = None

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
                workspace.read_only_kind = "read_only" if read_only_file_system(workspace.root) else "permission"
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
            if folder != self.root and folder_state(folder) != "ok":
                continue
            for tmp in folder.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    tmp.unlink()

    # ----------------------------------------------------------------------------------- paths

    def sheet_path(self, step_id: str) -> Path:
        return sheet_file(self.root, step_id)

    def case_path(self, code: str) -> Path:
        if not CODE_RE.match(code):
            raise ValueError(f"not a case code: {code!r}")
        return self.cases_dir / f"{code}.toml"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.toml"

    # ----------------------------------------------------------------------------------- reading

    def load_settings(self) -> Settings:
        """The workspace's settings (defaults when there are none)."""
        return self._load(self.settings_path, Settings, "settings") or Settings()

    def load_sheet(self, step_id: str, pack_id: str | None = None) -> Sheet | None:
        """The answers to a profile or network step, or ``None`` if there are none yet. Given ``pack_id``, a sheet of
        another pack (a step with the same id) is not used, and left untouched: this pack's answers are not saved."""
        path = self.sheet_path(step_id)
        sheet = self._load(path, Sheet, "sheet")
        if sheet is not None and sheet.step_id != step_id:
            self._set_aside(path, f"answers step {sheet.step_id!r}, not {step_id!r}", "misplaced")
            return None
        if sheet is not None and pack_id is not None and sheet.pack_id != pack_id:
            self._protected.add(path)
            self._report(WorkspaceProblem(path, f"holds the answers of pack {sheet.pack_id!r} to a step with the same "
                                          "id; left untouched, and this pack's answers to it are not saved",
                                          kind="other_pack", detail=sheet.pack_id))
            return None
        return sheet

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

    def case_summaries(
        self, pack: Pack | None = None, known: dict[str, CaseSummary] | None = None
    ) -> list[CaseSummary]:
        """Every case's summary (all packs), parsing only the case files changed since the index (``known``, else read
        from ``cases/index.jsonl``); the ``pack``'s own report-back dates by role. A changed index is written back."""
        known = self._read_index() if known is None else known
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
                # a case of another pack is summed up without this pack's roles (it is only counted here)
                own = pack if pack is not None and case.pack_id == pack.id else None
                summary = summarize(case, stat.st_mtime_ns, stat.st_size, own)
                changed = True
            summaries.append(summary)
        if changed or len(summaries) != len(known):
            self.save_index(summaries)
        return summaries

    def _read_index(self) -> dict[str, CaseSummary]:
        """The summaries in the index by code (none when the cases folder is not a plain folder)."""
        if folder_state(self.cases_dir) != "ok":
            return {}
        return read_index(self.index_path)

    def save_index(self, summaries: list[CaseSummary]) -> None:
        """Write the index (a cache; failures are harmless and ignored).

        A read-only workspace (``bouwsteen list``) writes it too when no other instance holds the lock, so that
        the next listing is fast; the index changes no answer.
        """
        data = encode_index(summaries)
        with contextlib.suppress(OSError):
            if self._lock is not None and folder_state(self.cases_dir) == "ok":
                self._write_index(data)
                return
            if folder_state(self.cases_dir) != "ok":
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
            state = folder_state(place)
            if state == "symlink":
                return place, "symlink", "a symbolic link, which Bouwsteen does not follow"
            if place == path.parent and state == "not_folder":
                return place, "not_folder", "a file, not a folder"
        return None

    def save(self, document: Sheet | Case | Settings) -> None:
        """Save any document now (the CLI and tests; the app saves through a background saver)."""
        self.write_bytes(*self.encode(document))

    save_settings = save_sheet = save_case = save  # the CLI's and the tests' names

    def delete_case(self, code: str) -> None:
        """Delete a case file for good, and its line in the index (which holds its short description)."""
        if self.read_only:
            raise ReadOnlyWorkspace(f"{self.root} is {self.read_only_reason}; nothing was deleted")
        if folder_state(self.cases_dir) != "ok":
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
        own = (SETTINGS, WORKSPACE_ID_FILE, CALENDAR_STATE_FILE, PACKS_FILE)
        return any(p.name not in own for p in self.root.glob("*.toml"))

