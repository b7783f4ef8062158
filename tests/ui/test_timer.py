"""The exercise timer: the time left in the header of every screen, a gentle notice when it is up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.timer import Countdown, ExerciseTimer, TimerDisplay, format_remaining

SIZE = (100, 30)


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
        await pilot.pause(0.3)
        assert list(app.screen.query(TimerDisplay)) == []


async def test_the_header_shows_the_minutes_asked_for(workspace_dir: Path) -> None:
    """``timer_minutes=5`` shows about five minutes left in the home screen's header."""
    app = make_app(workspace_dir, timer_minutes=5)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        assert header_text(app) in ("Tijd 05:00", "Tijd 04:59")
        assert app.screen.query_one(TimerDisplay).region.y == 0  # in the header line


async def test_the_display_counts_down_and_the_notice_appears(workspace_dir: Path) -> None:
    """With a short timer the display counts down second by second; at the end one information notice says
    that time is up, and the header says so too."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        timer = ExerciseTimer(app, seconds=2.2)
        timer.start()
        await pilot.pause(0.3)
        timer.tick()  # read the display right after a tick: the interval's own ticks may lag a little
        assert header_text(app) == "Tijd 00:02"
        await pilot.pause(1.0)
        timer.tick()
        assert header_text(app) == "Tijd 00:01"
        assert not timer.notified
        await pilot.pause(1.5)
        notices = [n for n in app._notifications if "De tijd is om" in n.message]
        assert len(notices) == 1
        assert notices[0].severity == "information"
        assert header_text(app) == "Tijd om"
        assert app.screen.query_one(TimerDisplay).has_class("-expired")
        await pilot.pause(0.6)
        assert len([n for n in app._notifications if "De tijd is om" in n.message]) == 1  # said once


async def test_the_timer_follows_to_the_step_screen(workspace_dir: Path) -> None:
    """Opening a step keeps the time in view: the step screen's header gets the display too."""
    app = make_app(workspace_dir, timer_minutes=10)
    async with app.run_test(size=SIZE) as pilot:
        app.open_step("role", 0)
        await pilot.pause(0.5)
        assert isinstance(app.screen, StepScreen)
        # the display is there and counts down from ten minutes; how far it got depends on the machine's load
        assert re.fullmatch(r"Tijd (10:00|09:[0-5]\d)", header_text(app)), header_text(app)


async def test_the_notice_is_in_english_in_an_english_session(workspace_dir: Path) -> None:
    """In English the header reads "Time" and the notice "Time is up"."""
    app = make_app(workspace_dir, language="en")
    async with app.run_test(size=SIZE) as pilot:
        ExerciseTimer(app, seconds=1.5).start()
        await pilot.pause(0.3)
        assert header_text(app) in ("Time 00:02", "Time 00:01")
        await pilot.pause(1.6)
        assert any("Time is up" in n.message for n in app._notifications)
        assert header_text(app) == "Time up"
