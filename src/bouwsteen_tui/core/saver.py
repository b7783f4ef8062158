"""Saving off the event loop: one writer thread, newest snapshot per file wins.

The interface serialises a document to bytes (fast) and hands them to :class:`BackgroundSaver`; a single
thread writes them atomically in order. When the user types faster than the disk, only the newest snapshot of
each file is written. :meth:`BackgroundSaver.flush` waits until everything handed over is on disk.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

Writer = Callable[[Path, bytes], None]
# What is handed over: the bytes, or a function that makes them, run on the saver's thread (the slow encoding
# then stays off the interface's event loop).
Snapshot = bytes | Callable[[], bytes]
ErrorHandler = Callable[[Path, Exception], None]


class BackgroundSaver:
    """Writes snapshots on a background thread, coalescing per path."""

    def __init__(self, write: Writer, on_error: ErrorHandler | None = None, on_saved: Callable[[Path], None]
                 | None = None) -> None:
        self._write = write
        self._on_error = on_error
        self._on_saved = on_saved
        self._pending: dict[Path, Snapshot] = {}
        self._failed: dict[Path, bytes] = {}  # the newest snapshot of each file whose write failed
        self._busy = False
        self._closed = False
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="bouwsteen-saver", daemon=True)
        self._thread.start()

    def submit(self, path: Path, data: Snapshot) -> None:
        """Queue ``data`` for ``path``; replaces a snapshot of the same path that is still waiting."""
        with self._condition:
            if self._closed:
                raise RuntimeError("saver is closed")
            self._pending[path] = data
            self._condition.notify_all()

    def failed(self) -> dict[Path, bytes]:
        """Snapshots that could not be written and have no newer snapshot on disk: what a quit would lose."""
        with self._condition:
            return dict(self._failed)

    def retry(self) -> None:
        """Queue every failed snapshot again (a newer one already waiting wins)."""
        with self._condition:
            for path, data in self._failed.items():
                self._pending.setdefault(path, data)
            self._condition.notify_all()

    def pending(self) -> bool:
        with self._condition:
            return bool(self._pending) or self._busy

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every submitted snapshot is written (or failed); ``False`` on time-out."""
        with self._condition:
            return self._condition.wait_for(lambda: not self._pending and not self._busy, timeout)

    def close(self, timeout: float | None = 10.0) -> bool:
        """Flush, then stop the thread."""
        done = self.flush(timeout)
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout)
        return done

    def _run(self) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._pending or self._closed)
                if not self._pending:
                    return  # closed and nothing left
                path, data = next(iter(self._pending.items()))
                del self._pending[path]
                self._busy = True
            encoded: bytes | None = None
            try:
                encoded = data if isinstance(data, bytes) else data()
                self._write(path, encoded)
            except Exception as error:  # reported, never raised: the answers stay in memory
                with self._condition:
                    if encoded is not None:
                        self._failed[path] = encoded
                if self._on_error is not None:
                    self._on_error(path, error)
            else:
                with self._condition:
                    self._failed.pop(path, None)
                if self._on_saved is not None:
                    self._on_saved(path)
            finally:
                with self._condition:
                    self._busy = False
                    self._condition.notify_all()
