"""An optional exercise timer for workshops: the time left in the header, a gentle notice when it is up.

:class:`ExerciseTimer` belongs to the app, not to a screen: it ticks on the app's timer, keeps a
:class:`TimerDisplay` in the header of whichever screen is showing (each screen composes its own ``Header``), and
says once, as information rather than a warning, that time is up. The timer only informs: nothing is locked or
saved differently when it runs out.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Static

from bouwsteen_tui.widgets.base import default_css

TICK_SECONDS = 0.25


def format_remaining(seconds: float) -> str:
    """Seconds left as ``mm:ss``, rounded up so that ``00:00`` means the time is really up."""
    whole = max(0, math.ceil(seconds))
    minutes, rest = divmod(whole, 60)
    return f"{minutes:02d}:{rest:02d}"


class Countdown:
    """Seconds left until a deadline on a monotonic clock (a seam for tests: ``clock``)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if seconds <= 0:
            raise ValueError("a countdown needs a positive number of seconds")
        self._clock = clock
        self.seconds = seconds
        self.deadline = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self.deadline - self._clock())

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0


class TimerDisplay(Static):
    """The time left, at the right of the header."""

    DEFAULT_CSS = default_css(__file__, "TimerDisplay")


class ExerciseTimer:
    """Counts down ``seconds`` (fractions allowed) and shows it in the header of the current screen.

    Call :meth:`start` once the app is running. ``text`` holds what the header shows; :attr:`notified` turns
    ``True`` when the notice that time is up has been given.
    """

    def __init__(self, app: App[Any], seconds: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.countdown = Countdown(seconds, clock)
        self.notified = False
        self.text = ""
        self._interval: Timer | None = None

    def _t(self, key: str, **values: object) -> str:
        catalog = getattr(self.app, "catalog", None)  # the catalogue changes with the language: look it up now
        if catalog is None:
            return key
        text: str = catalog(key, **values)
        return text

    def start(self) -> None:
        """Start ticking, and follow the user from screen to screen."""
        self._interval = self.app.set_interval(TICK_SECONDS, self.tick, name="exercise timer")
        self.app.screen_change_signal.subscribe(self.app, self._screen_changed)
        self.tick()

    def stop(self) -> None:
        if self._interval is not None:
            self._interval.stop()
            self._interval = None

    def _screen_changed(self, screen: Screen[Any]) -> None:
        # the new screen composes its header first: show the time as soon as it is there
        self.app.call_after_refresh(self.tick)

    def _display(self, screen: Screen[Any]) -> TimerDisplay | None:
        """The timer's display in ``screen``'s header, mounted there if needed; ``None`` without a header."""
        headers = list(screen.query(Header))
        if not headers:
            return None
        header = headers[0]
        found = list(header.query(TimerDisplay))
        if found:
            return found[0]
        if not header.is_mounted:
            return None
        for part in header.children:  # the clock, or the space Textual keeps for it, docked at the right
            if part.styles.dock == "right":
                part.display = False  # the timer takes its place
        display = TimerDisplay(id="exercise-timer")
        header.mount(display)
        return display

    def tick(self) -> None:
        """Update the display; give the notice once when time is up."""
        expired = self.countdown.expired
        if expired:
            self.text = self._t("timer.expired")
        else:
            self.text = self._t("timer.remaining", time=format_remaining(self.countdown.remaining()))
        try:
            screen = self.app.screen
        except Exception:  # no screen yet (starting) or any more (closing)
            screen = None
        display = self._display(screen) if screen is not None else None
        if display is not None:
            display.update(self.text)
            display.set_class(expired, "-expired")
        if expired and not self.notified:
            self.notified = True
            self.app.notify(self._t("timer.up"), title=self._t("timer.title"), severity="information", timeout=30)
