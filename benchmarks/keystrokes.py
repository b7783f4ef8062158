"""Time spent on the event loop per keystroke while typing in a large case, saves included.

Run by ``run.py --only typing`` with the installed wheel; prints JSON. Each keystroke's window runs from the key
press to the next one (keys come ten a second, as a person types), so the autosaves that fire while typing count
towards the keys around them. Busy time is the window minus the time the event loop sat idle in ``select()``.
Paint time runs from the key press to the first screen update made after the typed character is in the text
(``App._display``, with the changed lines turned into the terminal's escape sequences as the app does for a
terminal; the headless test driver then writes nothing): key press to painted character, less the write itself.
The baseline is a Textual app with one TextArea, measured the same way in the same process. Keys are posted to the
app as its terminal driver posts them; the benchmark's own coroutine only sleeps between them.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual import events
from textual._compositor import CompositorUpdate

sys.path.insert(0, str(Path(__file__).resolve().parent))

KEYS = 150
GAP = 0.1  # ten keys a second


class IdleMeter:
    """Adds up the time the running loop waits in its selector (idle); the rest of the wall time is busy."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.idle = 0.0
        selector = loop._selector  # type: ignore[attr-defined]
        original = selector.select

        def select(timeout: float | None = None) -> Any:
            start = time.perf_counter()
            try:
                return original(timeout)
            finally:
                self.idle += time.perf_counter() - start

        selector.select = select


def paint_meter(app: Any, area: Any) -> list[tuple[float, int]]:
    """Records each screen update the app makes: (when, length of the text in ``area`` then)."""
    paints: list[tuple[float, int]] = []
    original = app._display

    def display(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            if isinstance(renderable, CompositorUpdate):  # as the app does for a terminal (headless skips it)
                renderable.render_segments(app.console)
            paints.append((time.perf_counter(), len(area.text)))
        original(screen, renderable)

    app._display = display
    return paints


async def measure(app: Any, focus: Callable[[Any, Any], Awaitable[None]]) -> tuple[list[float], list[float]]:
    """Per keystroke: the event loop's busy time, and the time from the key press to the painted character."""
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(pilot, app)
        await pilot.pause(0.5)
        meter = IdleMeter(asyncio.get_running_loop())
        area = app.focused
        before = len(area.text)
        paints = paint_meter(app, area)
        busy: list[float] = []
        pressed: list[float] = []
        for index in range(KEYS):
            character = " " if index % 7 == 6 else "a"
            start, idle = time.perf_counter(), meter.idle
            pressed.append(start)
            # posted as the terminal driver does, not through Pilot.press, whose own waiting visits every widget
            app.post_message(events.Key("space" if character == " " else character, character))
            await asyncio.sleep(GAP)
            busy.append((time.perf_counter() - start) - (meter.idle - idle))
        if len(area.text) != before + KEYS:
            raise RuntimeError(f"{KEYS} keys were sent but the text grew by {len(area.text) - before}")
    paint: list[float] = []
    for index, start in enumerate(pressed):
        when = next((t for t, length in paints if t >= start and length >= before + index + 1), None)
        if when is None:
            raise RuntimeError(f"key {index + 1} was never painted")
        paint.append(when - start)
    return busy, paint


def hello_app() -> Any:
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    class Hello(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea("Situering. " * 100)

    return Hello()


async def focus_hello(pilot: Any, app: Any) -> None:
    from textual.widgets import TextArea

    app.query_one(TextArea).focus()
    await pilot.press("ctrl+end")


def bouwsteen_app(tmp: Path) -> Any:
    from run import large_case

    from bouwsteen_tui.app import BouwsteenApp
    from bouwsteen_tui.core.answers import Position, Settings
    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.loader import load_pack_or_raise
    from bouwsteen_tui.core.workspace import Workspace

    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    step = next(s for s in pack.steps if any(q.id == "shared_framing" for p in s.parts for q in p.questions))
    part = next(i for i, p in enumerate(step.parts) if any(q.id == "shared_framing" for q in p.questions))
    case = large_case()
    case.code = "C-7K4Q"  # type: ignore[attr-defined]
    root = tmp / "typing"
    with Workspace.open(root) as workspace:
        workspace.save_case(case)  # type: ignore[arg-type]
        workspace.save_settings(Settings(language="nl",
                                         position=Position(step_id=step.id, part_index=part, case_code="C-7K4Q")))
    return BouwsteenApp(root, preload=True)


async def focus_bouwsteen(pilot: Any, app: Any) -> None:
    from textual.widgets import TextArea

    await pilot.pause(0.5)
    app.screen.query_one("#q-shared_framing TextArea", TextArea).focus()
    await pilot.press("ctrl+end")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        hello, hello_paint = asyncio.run(measure(hello_app(), focus_hello))
        ours, ours_paint = asyncio.run(measure(bouwsteen_app(Path(tmp)), focus_bouwsteen))
    print(json.dumps({"hello": hello, "bouwsteen": ours, "hello_paint": hello_paint, "bouwsteen_paint": ours_paint}))


if __name__ == "__main__":
    main()
