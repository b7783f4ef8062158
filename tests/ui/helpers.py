"""Helpers for the screen tests: what the app told the user, and waiting for a condition instead of a guessed pause.

What the app told the user is read without Textual's private state: ``tests/ui/conftest.py`` records each call of
Textual's public ``App.notify`` (after Bouwsteen's own ``notify`` has masked identifiers, so a test sees what the
user saw) and forgets the record on ``App.clear_notifications``. Unlike the toasts on screen, a notice stays in the
record after its timeout: "said once" means once.
"""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot


@dataclass(frozen=True)
class Notice:
    """One notification as given: its text, title and severity."""

    message: str
    title: str
    severity: str


_given: weakref.WeakKeyDictionary[App[Any], list[Notice]] = weakref.WeakKeyDictionary()


def notices(app: App[Any]) -> list[Notice]:
    """Every notice ``app`` gave since it started or since its notifications were last cleared, oldest first."""
    return list(_given.get(app, ()))


def messages(app: App[Any]) -> list[str]:
    """The texts of :func:`notices`."""
    return [notice.message for notice in notices(app)]


def record_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Record every notification of every app for the rest of the test."""
    notify = App.notify
    clear = App.clear_notifications

    def recording_notify(self: App[Any], message: str, *, title: str = "", severity: Any = "information",
                         timeout: float | None = None, markup: bool = True) -> None:
        _given.setdefault(self, []).append(Notice(str(message), str(title), str(severity)))
        notify(self, message, title=title, severity=severity, timeout=timeout, markup=markup)

    def recording_clear(self: App[Any]) -> None:
        _given.pop(self, None)
        clear(self)

    monkeypatch.setattr(App, "notify", recording_notify)
    monkeypatch.setattr(App, "clear_notifications", recording_clear)


async def until(pilot: Pilot[Any], condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the app run until ``condition()`` holds; fail after ``timeout`` seconds. For work that finishes on
    another thread or on a timer, where a fixed pause would be a guess."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout} s: {getattr(condition, '__doc__', None)}")
        await pilot.pause()
        await asyncio.sleep(0.01)


def hold_loading(app: Any) -> threading.Event:
    """Keep ``app``'s core from loading (its thread waits) until the returned event is set: what the app shows and
    does before the core is there."""
    release = threading.Event()
    load = app._load

    def held_load() -> Any:
        release.wait(10)
        return load()

    app._load = held_load
    return release
