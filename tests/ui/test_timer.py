"""The exercise timer: the time left in the header of every screen, a gentle notice when it is up."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets import timer as timer_module
from bouwsteen_tui.widgets.timer import Countdown, ExerciseTimer, TimerDisplay, format_remaining
from tests.ui.helpers import notices, until

SIZE = (100, 30)


class FakeClock:
    """A monotonic clock that stands still until the test moves it on."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """A fake clock for the timer the app makes itself (``timer_minutes``); a test's own timer gets it as ``clock``."""
    fake = FakeClock()
    monkeypatch.setattr(timer_module, "ExerciseTimer", functools.partial(ExerciseTimer, clock=fake))
    return fake


def make_app(workspace: Path, *, timer_minutes: int | None = None, language: str | None = None) -> BouwsteenApp:
    return BouwsteenApp(workspace, language=language, background_saves=False, preload=True,
                        timer_minutes=timer_minutes)


def header_text(app: BouwsteenApp) -> str:
    return str(app.screen.query_one(TimerDisplay).render())


def test_remaining_time_is_shown_as_minutes_and_seconds() -> None:
    """Seconds left read as mm:ss, rounded up, never negative; long sessions keep counting minutes."""
    assert format_remaining(0) == "00:00"
    assert format_remaining(-3) == "00:00"
    assert format_remaining(0.2) == "00:01"
    assert format_remaining(59.5) == "01:00"
    assert format_remaining(61) == "01:01"
    assert format_remaining(90 * 60) == "90:00"


def test_a_countdown_follows_its_clock() -> None:
    """The countdown counts down on the clock it is given and expires at the deadline."""
    now = [100.0]
    countdown = Countdown(10, clock=lambda: now[0])
    assert countdown.remaining() == 10 and not countdown.expired
    now[0] = 109.5
    assert countdown.remaining() == pytest.approx(0.5)
    now[0] = 111
    assert countdown.remaining() == 0 and countdown.expired


@pytest.mark.parametrize("seconds", [0, -1])
def test_a_countdown_needs_a_positive_duration(seconds: float) -> None:
    """A countdown of zero or negative seconds is refused."""
    with pytest.raises(ValueError):
        Countdown(seconds)


async def test_without_a_timer_the_header_shows_none(workspace_dir: Path) -> None:
    """The timer is optional: without ``timer_minutes`` nothing is added to the header."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert list(app.screen.query(TimerDisplay)) == []


async def test_the_header_shows_the_minutes_asked_for(workspace_dir: Path, clock: FakeClock) -> None:
    """``timer_minutes=5`` shows five minutes left in the home screen's header line."""
    app = make_app(workspace_dir, timer_minutes=5)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(app.screen.query(TimerDisplay)))
        assert header_text(app) == "Tijd 05:00"
        assert app.screen.query_one(TimerDisplay).region.y == 0  # in the header line


async def test_the_display_counts_down_with_the_clock(workspace_dir: Path, clock: FakeClock) -> None:
    """The display shows the time left on the timer's clock, second by second, rounded up."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        timer = ExerciseTimer(app, seconds=2.2, clock=clock)
        timer.start()
        await pilot.pause()
        assert header_text(app) == "Tijd 00:03"
        clock.advance(0.5)
        timer.tick()
        assert header_text(app) == "Tijd 00:02"
        clock.advance(1.0)
        timer.tick()
        assert header_text(app) == "Tijd 00:01"
        assert not timer.notified


async def test_the_running_timer_updates_the_display_by_itself(workspace_dir: Path, clock: FakeClock) -> None:
    """Nobody calls ``tick``: the timer's own interval brings the display up to date with the clock."""
    app = make_app(workspace_dir, timer_minutes=5)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(app.screen.query(TimerDisplay)))
        clock.advance(61)
        await until(pilot, lambda: header_text(app) == "Tijd 03:59")
        assert header_text(app) == "Tijd 03:59"


async def test_when_time_is_up_one_information_notice_appears(workspace_dir: Path, clock: FakeClock) -> None:
    """At the deadline one information notice says that time is up, the header says so too, and later ticks
    do not repeat the notice."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        timer = ExerciseTimer(app, seconds=2.2, clock=clock)
        timer.start()
        clock.advance(2.2)
        timer.tick()
        await pilot.pause()
        up = [n for n in notices(app) if "De tijd is om" in n.message]
        assert [n.severity for n in up] == ["information"]
        assert header_text(app) == "Tijd om"
        assert app.screen.query_one(TimerDisplay).has_class("-expired")
        clock.advance(60)
        timer.tick()
        timer.tick()
        await pilot.pause()
        assert len([n for n in notices(app) if "De tijd is om" in n.message]) == 1  # said once


async def test_the_timer_follows_to_the_step_screen(workspace_dir: Path, clock: FakeClock) -> None:
    """Opening a step keeps the time in view: the step screen's header gets the display too."""
    app = make_app(workspace_dir, timer_minutes=10)
    async with app.run_test(size=SIZE) as pilot:
        app.open_step("role", 0)
        await until(pilot, lambda: isinstance(app.screen, StepScreen) and bool(app.screen.query(TimerDisplay)))
        assert header_text(app) == "Tijd 10:00"


async def test_the_notice_is_in_english_in_an_english_session(workspace_dir: Path, clock: FakeClock) -> None:
    """In English the header reads "Time" and the notice "Time is up"."""
    app = make_app(workspace_dir, language="en")
    async with app.run_test(size=SIZE) as pilot:
        timer = ExerciseTimer(app, seconds=1.5, clock=clock)
        timer.start()
        await pilot.pause()
        assert header_text(app) == "Time 00:02"
        clock.advance(1.5)
        timer.tick()
        await pilot.pause()
        assert any("Time is up" in n.message for n in notices(app))
        assert header_text(app) == "Time's up"
