"""The ledger: every file and folder Bouwsteen wrote outside the workspace, so that ``wipe`` can clear them too.

Exports (every format), bundles, case files and rescue copies land outside the workspace. After each write the
writer records, in the workspace, what it wrote::

    <root>/written-outside/<nanoseconds>-<pid>-<random>.toml
        one small file per write: per file its path, what it is (export, bundle, case_file, rescue), size, sha256
        and when; and the folders that write created

One file per write, never rewritten: a command-line export while a window holds the workspace (it opens it
read-only) adds its own file without touching the window's, so no lock is needed and nothing is lost. A later
record of the same path supersedes an earlier one (an export written again). Each file is written atomically, 0600.

:func:`check` compares each recorded file with what is on disk now: ``same`` (it may go), ``changed`` (edited,
replaced, or a link now: it stays) or ``missing`` (moved or deleted). :func:`clear` deletes the ``same`` ones and
then the folders Bouwsteen created, when they are empty. An unreadable ledger file is reported, never fatal.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import stat
import time
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.files import TOO_DEEP, atomic_write, dump_document, folder_state, make_dir, read_nofollow

LEDGER_DIR = "written-outside"
What = Literal["export", "bundle", "case_file", "rescue"]
State = Literal["same", "changed", "missing"]


class WrittenFile(BaseModel):
    """One file as Bouwsteen wrote it."""

    model_config = ConfigDict(extra="ignore")

    path: str
    what: What
    size: Annotated[int, Field(ge=0)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    written: datetime


class LedgerRecord(BaseModel):
    """One ledger file: what one write put outside the workspace."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = 1
    document: Literal["written_outside"] = "written_outside"
    files: list[WrittenFile] = Field(default_factory=list)
    folders: list[str] = Field(default_factory=list)


@dataclass
class Ledger:
    """Everything recorded: the newest record of each file, the folders created, the ledger files not readable."""

    files: list[WrittenFile] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)


@dataclass
class Cleared:
    """What :func:`clear` did: files deleted, files left (changed, missing, or not deletable with the error's
    kind), folders removed and folders left (not empty)."""

    deleted: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, OSError]] = field(default_factory=list)
    folders_removed: list[Path] = field(default_factory=list)
    folders_kept: list[Path] = field(default_factory=list)


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(Path(path).expanduser()))


def fingerprint(path: Path) -> tuple[int, str]:
    """Size and sha256 of the file at ``path``, never through a symbolic link (``OSError`` then)."""
    data = read_nofollow(path)
    return len(data), hashlib.sha256(data).hexdigest()


def new_folders(folder: Path) -> list[Path]:
    """The folders a write into ``folder`` is about to create: ``folder`` and its missing parents, outermost
    first. Call it before the write, pass the result to :func:`record`."""
    missing: list[Path] = []
    current = _absolute(folder)
    while not os.path.lexists(current) and current.parent != current:
        missing.append(current)
        current = current.parent
    return list(reversed(missing))


def record(root: Path, files: Iterable[Path], what: What, folders: Iterable[Path] = ()) -> bool:
    """Record in the workspace at ``root`` the ``files`` just written (fingerprinted now) and the ``folders``
    created for them. ``False`` when it cannot be recorded (the workspace is read-only, the disk full, the file
    already gone): the files stand, but ``wipe`` will not know them."""
    moment = dates.now()
    entries: list[WrittenFile] = []
    try:
        for path in files:
            size, digest = fingerprint(_absolute(path))
            entries.append(WrittenFile(path=str(_absolute(path)), what=what, size=size, sha256=digest,
                                       written=moment))
        created = [str(_absolute(folder)) for folder in folders]
        if not entries and not created:
            return True
        if folder_state(root) != "ok" or folder_state(root / LEDGER_DIR) not in ("ok", "missing"):
            return False
        ledger_dir = root / LEDGER_DIR
        make_dir(ledger_dir)
        # named by the clock in nanoseconds: sorted by name, the records are in the order they were written
        name = f"{time.time_ns():020d}-{os.getpid()}-{secrets.token_hex(4)}.toml"
        atomic_write(ledger_dir / name, dump_document(LedgerRecord(files=entries, folders=created)))
    except OSError:
        return False
    return True


def record_tree(root: Path, folder: Path, what: What, parents: Iterable[Path] = ()) -> bool:
    """Record every file under ``folder``, a folder Bouwsteen has just created (a rescue copy), the folder itself
    with its subfolders, and the ``parents`` made for it (:func:`new_folders`, asked before)."""
    folder = _absolute(folder)
    files: list[Path] = []
    folders: list[Path] = [*parents, folder]
    for current, dirs, names in os.walk(folder):
        folders += [Path(current) / name for name in sorted(dirs)]
        files += [Path(current) / name for name in sorted(names)]
    return record(root, files, what, folders)


def read(root: Path) -> Ledger:
    """Everything recorded in the workspace at ``root``: per path the newest record, in the order written."""
    ledger = Ledger()
    ledger_dir = root / LEDGER_DIR
    if folder_state(ledger_dir) != "ok":
        if folder_state(ledger_dir) != "missing":
            ledger.unreadable.append(ledger_dir)
        return ledger
    newest: dict[str, WrittenFile] = {}
    folders: dict[str, None] = {}
    for path in sorted(ledger_dir.glob("*.toml")):
        try:
            found = LedgerRecord.model_validate(tomllib.loads(read_nofollow(path).decode("utf-8")))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError, *TOO_DEEP):
            ledger.unreadable.append(path)
            continue
        for entry in found.files:
            newest.pop(entry.path, None)  # a later write of the same path: its place in the order is the later one
            newest[entry.path] = entry
        folders.update(dict.fromkeys(found.folders))
    ledger.files = list(newest.values())
    ledger.folders = [Path(folder) for folder in folders]
    return ledger


def check(entry: WrittenFile) -> State:
    """Whether the recorded file is still as written (``same``), ``changed`` (other content, a link, a folder
    now, or unreadable) or ``missing`` (moved or deleted)."""
    path = Path(entry.path)
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "changed"
    if not stat.S_ISREG(mode):
        return "changed"
    try:
        size, digest = fingerprint(path)
    except OSError:
        return "changed"
    return "same" if (size, digest) == (entry.size, entry.sha256) else "changed"


def existing(ledger: Ledger) -> list[Path]:
    """The recorded files that are still there (as written or changed): what exists outside the workspace."""
    return [Path(entry.path) for entry in ledger.files if os.path.lexists(entry.path)]


def clear(ledger: Ledger) -> Cleared:
    """Delete the recorded files still as written, then the folders Bouwsteen created once they are empty
    (deepest first); report the rest. Never raises for one file: its error is in ``failed``."""
    done = Cleared()
    for entry in ledger.files:
        path = Path(entry.path)
        state = check(entry)
        if state == "missing":
            done.missing.append(path)
            continue
        if state == "changed":
            done.changed.append(path)
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            done.missing.append(path)
        except OSError as error:
            done.failed.append((path, error))
        else:
            done.deleted.append(path)
    for folder in sorted(ledger.folders, key=lambda p: len(p.parts), reverse=True):
        if folder_state(folder) != "ok":
            continue
        try:
            folder.rmdir()
        except OSError:
            if any(kept.is_relative_to(folder) for kept in done.folders_kept):
                continue  # it holds a folder already named: naming that one says enough
            with contextlib.suppress(OSError):
                if any(folder.iterdir()):
                    done.folders_kept.append(folder)
        else:
            done.folders_removed.append(folder)
    return done
