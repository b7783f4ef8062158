"""The writer lock: one Bouwsteen window writes a workspace at a time.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from bouwsteen_tui.core.files import FILE_MODE


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
                import msvcrt  # here: the module exists on Windows only

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # here: the module does not exist on Windows

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
