"""Files on disk, safely: atomic writes, reads that follow no symbolic link, private folders, documents as TOML.

Every write is atomic (a temp file in the same folder, flushed and fsynced, then ``os.replace``); files are
created 0600 and folders 0700. Why an operation failed is given as a kind (:data:`OS_ERROR_KINDS`) that an
interface can put in its own words.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat as stat_module
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w

if TYPE_CHECKING:  # the index and the home's cache use this module before pydantic loads
    from pydantic import BaseModel

FILE_MODE = 0o600
DIR_MODE = 0o700

# What a parser raises on a file nested thousands of levels deep (``[[[[…``): such a file is corrupt, not a crash.
TOO_DEEP = (RecursionError, MemoryError)

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

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
    if not NOFOLLOW and path.is_symlink():  # pragma: no cover - Windows has no O_NOFOLLOW
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    fd = os.open(path, os.O_RDONLY | NOFOLLOW | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


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


def read_only_file_system(path: Path) -> bool:
    """Whether ``path`` is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # pragma: no cover - no statvfs (Windows)
        return False


def folder_state(folder: Path) -> str:
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
