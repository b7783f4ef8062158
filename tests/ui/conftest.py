"""Screen tests: every notification an app gives is recorded (see ``tests/ui/helpers.py``)."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest
from textual.app import App
from textual.pilot import Pilot

from tests.ui.helpers import record_notices


@pytest.fixture(autouse=True)
def _record_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read notifications through ``helpers.notices(app)``, not through Textual's private list."""
    record_notices(monkeypatch)


@pytest.fixture
def snap_compare(snap_compare: Callable[..., bool]) -> Callable[..., bool]:
    """pytest-textual-snapshot's ``snap_compare``, whose ``run_before`` starts once the home screen is mounted.

    The home screen is the app's first screen (``BouwsteenApp.get_default_screen``): Textual calls the snapshot's
    pilot as soon as the app runs, while that screen may still be mounting its widgets.
    """

    def compare(app: App[None], *args: object, run_before: Callable[[Pilot[None]], object] | None = None,
                **kwargs: object) -> bool:
        async def before(pilot: Pilot[None]) -> None:
            for _ in range(200):
                if pilot.app.screen.is_mounted and pilot.app.screen.query("#steps, #steps-loading"):
                    break
                await pilot.pause()
            else:
                raise AssertionError("the home screen never mounted")
            if run_before is not None:
                result = run_before(pilot)
                if inspect.isawaitable(result):
                    await result

        return snap_compare(app, *args, run_before=before, **kwargs)

    return compare
