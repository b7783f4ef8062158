"""What dialogs share: saving a draft shortly after each change, and asking what to do with unsaved input.

The rule every input dialog follows (stated in the dialogs' hints):

* **Klaar** (Ctrl+S, Enter in a one-line dialog) refuses while a field holds input it would not keep (an invalid
  date …) or a required field is empty; a message names the field(s) and the focus goes to the first one.
* **Esc** and **Annuleren** close at once when nothing was changed; after a change they ask: keep (refused like
  Klaar when something is wrong), discard, or continue editing.
* While a dialog is open, what was typed is saved as a draft within a second of each change, and offered back
  when the record or dialog is opened again; closing the dialog removes the draft.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from textual.message_pump import MessagePump
from textual.timer import Timer

DRAFT_DELAY = 0.5  # seconds of quiet before a draft is saved
DRAFT_CEILING = 1.0  # …but never later than this after the first unsaved change


class DraftTimer:
    """Calls ``save`` 0.5 s after the last change, and at most 1 s after the first unsaved one."""

    def __init__(self, screen: MessagePump, save: Callable[[], None]) -> None:
        self._screen = screen
        self._save = save
        self._timer: Timer | None = None
        self._first: float | None = None

    def changed(self) -> None:
        now = time.monotonic()
        if self._first is None:
            self._first = now
        due = min(now + DRAFT_DELAY, self._first + DRAFT_CEILING)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self._screen.set_timer(max(0.0, due - now), self._fire, name="draft")

    def _fire(self) -> None:
        self._timer = None
        self._first = None
        self._save()

    def stop(self) -> None:
        """Forget a pending save (the dialog is closing)."""
        if self._timer is not None:
            self._timer.stop()
        self._timer = None
        self._first = None


def local_time(moment: datetime) -> str:
    """When a draft was saved, in the user's local time: ``dd-mm-jjjj uu:mm``."""
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")
