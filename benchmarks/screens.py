"""Opening a case at its last part, switching parts and opening the review, in process with Pilot.

Run by ``run.py --only opencase|switchpart|review`` with the installed wheel; prints JSON (seconds per round).
Each figure runs from the action (what a key press or a click starts) to the screen's widgets mounted and the
next refresh done (``call_after_refresh``). Every screen is opened once before it is timed, so the figures leave
out the first import of a screen's modules. The argument is the number of rounds (default 14).

- ``open_large`` / ``open_empty``: step 2 opened at its last part on a case with 50 agreements and 20 partners
  (``run.large_case``), and on an empty case, alternating, from the home screen.
- ``switch``: in the large case, every part of step 2 shown in turn (``StepScreen.show_part``).
- ``review``: the review of step 2 opened on a case with every question of step 2 answered.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

LARGE, EMPTY, FULL = "C-7K4Q", "C-3EMP", "C-9FVH"


def full_case(pack: Any) -> Any:
    """The large case with every other question of step 2 answered too (a full step 2)."""
    from run import large_case

    from bouwsteen_tui.core.answers import DateAnswer, PartnerAnswer, Record, RecordsAnswer, TextAnswer
    from bouwsteen_tui.core.kinds.base import FieldKind

    case = large_case()
    case.code = FULL  # type: ignore[attr-defined]
    step = pack.step("case")

    def value(field: Any, index: int) -> Any:
        match field.kind:
            case FieldKind.PARTNER:
                return f"p-{index % 20:04x}"
            case FieldKind.DATE:
                return date(2027, 1, 1 + index % 28)
            case FieldKind.YESNO:
                return True
            case FieldKind.SCALE | FieldKind.CHOICE:
                return field.options[0].id
            case FieldKind.CHOICES:
                return [field.options[0].id]
            case FieldKind.RECORD:
                source = case.answers.get(field.source)  # type: ignore[attr-defined]
                return source.items[index % len(source.items)].id if source and source.items else None
            case _:
                return f"{field.label} {index}: " + "tekst " * 8

    for part in step.parts:
        for question in part.questions:
            if question.id in case.answers:  # type: ignore[attr-defined]
                continue
            if question.kind == "text":
                answer: Any = TextAnswer(text=f"Antwoord op {question.id}. " * 10)
            elif question.kind == "partner":
                answer = PartnerAnswer(partners=["p-0000", "p-0001"])
            elif question.kind == "date":
                answer = DateAnswer(value=date(2027, 1, 15))
            elif question.kind == "records":
                items = []
                for index in range(10):
                    values = {f.id: value(f, index) for f in question.fields}
                    items.append(Record(values={k: v for k, v in values.items() if v is not None}))
                answer = RecordsAnswer(items=items)
            else:
                raise RuntimeError(f"no filler for a {question.kind} question ({question.id})")
            case.set(question.id, answer)  # type: ignore[attr-defined]
    return case


def workspace(tmp: Path) -> tuple[Path, int]:
    from run import large_case, make_workspace

    from bouwsteen_tui.core.answers import Case
    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.loader import load_pack_or_raise
    from bouwsteen_tui.core.workspace import Workspace

    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    root = make_workspace(tmp / "screens", 0)  # the network's 20 partners, no cases
    large = large_case()
    large.code = LARGE  # type: ignore[attr-defined]
    with Workspace.open(root) as ws:
        ws.save_case(large)  # type: ignore[arg-type]
        ws.save_case(Case(pack_id="bouwsteen", code=EMPTY))
        ws.save_case(full_case(pack))
    return root, len(pack.step("case").parts) - 1


async def painted(app: Any, ready: Callable[[], bool], start: float) -> float:
    """Seconds from ``start`` until ``ready()`` holds and the screen has refreshed after it."""
    while not ready():
        await asyncio.sleep(0)
    done = asyncio.Event()
    app.screen.call_after_refresh(done.set)
    await done.wait()
    return time.perf_counter() - start


def part_shown(app: Any, code: str, index: int) -> Callable[[], bool]:
    from bouwsteen_tui.screens.step import StepScreen
    from bouwsteen_tui.widgets.questions import QuestionWidget

    def ready() -> bool:
        screen = app.screen
        if not isinstance(screen, StepScreen) or screen.case_code != code or screen.part_index != index:
            return False
        widgets = [w for w in screen.query("#part > *") if isinstance(w, QuestionWidget)]
        return bool(widgets) and all(w.is_mounted for w in widgets)

    return ready


async def measure(root: Path, last: int, rounds: int) -> dict[str, list[float]]:
    from textual.widgets import OptionList

    from bouwsteen_tui.app import BouwsteenApp
    from bouwsteen_tui.screens.home import HomeScreen
    from bouwsteen_tui.screens.review import ReviewScreen

    app: Any = BouwsteenApp(root, preload=True)
    figures: dict[str, list[float]] = {"open_large": [], "open_empty": [], "switch": [], "review": []}
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)

        async def open_case(code: str) -> float:
            start = time.perf_counter()
            app.open_step("case", last, code)
            seconds = await painted(app, part_shown(app, code, last), start)
            await pilot.pause(0.05)
            return seconds

        async def home() -> None:
            app.screen.action_home()
            while not isinstance(app.screen, HomeScreen):
                await asyncio.sleep(0)
            await pilot.pause(0.1)

        for code in (LARGE, EMPTY):  # warm: the step screen's modules, the case read once
            await open_case(code)
            await home()
        for _ in range(rounds):
            for code, name in ((LARGE, "open_large"), (EMPTY, "open_empty")):
                figures[name].append(await open_case(code))
                await home()

        await open_case(LARGE)
        screen = app.screen
        parts = len(screen.step.parts)
        for turn in range(rounds * parts + 1):
            index = turn % parts
            start = time.perf_counter()
            await screen.show_part(index)
            seconds = await painted(app, part_shown(app, LARGE, index), start)
            if turn:  # the first one only gets round to part 0
                figures["switch"].append(seconds)
            await pilot.pause(0.05)
        await home()

        def review_shown() -> bool:
            screen = app.screen
            lists = screen.query("#answers").results(OptionList)
            return isinstance(screen, ReviewScreen) and any(w.is_mounted for w in lists)

        await open_case(FULL)
        for turn in range(rounds + 1):
            start = time.perf_counter()
            app.screen.action_review()
            seconds = await painted(app, review_shown, start)
            if turn:  # the first opening imports the review's modules
                figures["review"].append(seconds)
            app.screen.dismiss(None)
            await pilot.pause(0.1)
        await home()
    return figures


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 14
    with tempfile.TemporaryDirectory() as tmp:
        root, last = workspace(Path(tmp))
        figures = asyncio.run(measure(root, last, rounds))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
