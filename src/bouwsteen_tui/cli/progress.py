"""A progress bar for a long export: Rich, on stderr, only on a terminal, and only once the work has run for more
than about a second (a short export shows nothing and never loads Rich).

The one module of the command line that uses Rich: pyproject.toml's import-linter contract "cli" allows this module
alone to import it, and it does so only when the bar appears (``tests/unit/test_core_imports.py`` imports every
module of the command line and checks that Rich stays unloaded).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

DELAY_SECONDS = 1.0  # the bar appears once the work has taken this long
REFRESH_SECONDS = 0.1  # at most ten redraws a second, however many files are written


def now() -> float:
    """The clock the bar reads (a test replaces it)."""
    return time.monotonic()


def is_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal (a closed or odd stream is not)."""
    try:
        return stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False


class DelayedProgress:
    """Call it with (done, total) after each step; the bar appears on ``stream`` (default stderr) once ``delay``
    seconds have passed since it was made, if ``stream`` is a terminal. Use it as a context manager: the bar
    disappears when the work ends, so what the command prints afterwards stands alone."""

    def __init__(self, label: str, *, stream: TextIO | None = None, delay: float | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay if delay is not None else DELAY_SECONDS
        self.clock = clock if clock is not None else now
        self.started = self.clock()
        self.on_terminal = is_terminal(self.stream)
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._drawn = 0.0
        self.appeared = False  # whether the bar was shown (it stays True after the bar is taken away)

    def __call__(self, done: int, total: int) -> None:
        if not self.on_terminal:
            return
        now = self.clock()
        if self._bar is None:
            if now - self.started < self.delay:
                return
            self._open(total)
        elif done < total and now - self._drawn < REFRESH_SECONDS:
            return
        assert self._bar is not None and self._task is not None
        self._drawn = now
        self._bar.update(self._task, completed=done, total=total, refresh=True)

    def _open(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(file=self.stream, force_terminal=True)  # is_terminal() said so already
        self._bar = Progress(
            TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=console, transient=True, auto_refresh=False,
        )
        self._bar.start()
        self.appeared = True
        self._task = self._bar.add_task(self.label, total=total)

    def close(self) -> None:
        """Take the bar away (if it appeared)."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> DelayedProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
