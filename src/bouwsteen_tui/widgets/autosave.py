"""Autosave timing shared by the step screen and the input dialogs.

A save happens at the earlier of SAVE_DELAY after the last change and SAVE_CEILING after the first unsaved one, so
that steady typing (which keeps pushing the short delay back) is still saved. The ceiling stays a quarter second
under the promised second, for a machine that is slow to deliver keys or to write.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.message_pump import MessagePump
from textual.timer import Timer

SAVE_DELAY = 0.5  # seconds of quiet before a save
SAVE_CEILING = 0.75  # …but never later than this after the first unsaved change
MINIMUM_DELAY = 0.001


class AutosaveTimer:
    """Calls ``save`` SAVE_DELAY after the last change, and at most SAVE_CEILING after the first unsaved one."""

    def __init__(self, owner: MessagePump, save: Callable[[], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._owner = owner
        self._clock = clock
        self._save = save
        self._timer: Timer | None = None
        self._first: float | None = None

    @property
    def pending(self) -> bool:
        """Whether a change waits for its save."""
        return self._timer is not None

    def changed(self) -> None:
        now = self._clock()
        if self._first is None:
            self._first = now
        due = min(now + SAVE_DELAY, self._first + SAVE_CEILING)
        if self._timer is not None:
            self._timer.stop()
        # Textual divides by a timer's interval: never hand it zero, even when the ceiling is already due
        self._timer = self._owner.set_timer(max(MINIMUM_DELAY, due - now), self._fire, name="autosave")

    def _fire(self) -> None:
        self._timer = None
        self._first = None
        self._save()

    def flush(self) -> None:
        """Save now if a change is waiting (quit, a signal)."""
        if self._timer is not None:
            self._timer.stop()
            self._fire()

    def stop(self) -> None:
        """Forget a pending save (it was just done, or the owner is closing)."""
        if self._timer is not None:
            self._timer.stop()
        self._timer = None
        self._first = None
