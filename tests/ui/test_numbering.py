"""One numbering (issue 16, part 4): a step's parts are numbered by their place, on the screen, in the palette, in
the review and in the exports.

For every step of both built-in packs and the warm-up example: the palette's "Stap s, deel k: <title>" opens the
part whose screen says "Deel k van N" above that title; the review heads it "k. <title>".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.content import Scope, builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.numbering import numbered_title, part_number
from bouwsteen_tui.export import render_role_card
from bouwsteen_tui.screens.review import ReviewScreen
from bouwsteen_tui.screens.step import StepScreen
from tests.ui.helpers import until

ROOT = Path(__file__).resolve().parents[2]
PACKS = [
    pytest.param(builtin_pack_dir("nl"), "nl", id="nl"),
    pytest.param(builtin_pack_dir("en"), "en", id="en"),
    pytest.param(ROOT / "examples" / "warm-up", "nl", id="warm-up"),
]


@pytest.mark.parametrize(("pack_dir", "language"), PACKS)
async def test_the_palette_opens_the_part_the_screen_numbers_so(tmp_path: Path, pack_dir: Path,
                                                               language: str) -> None:
    """Every part of every step: its palette entry (by its number) opens the part whose screen shows that number
    and title, and the review gives it the same number."""
    app = BouwsteenApp(tmp_path / "ws", content=pack_dir, language=language, background_saves=False, preload=True)
    async with app.run_test(size=(120, 40)) as pilot:
        t = app.catalog
        checked = 0
        code = ""
        for step in app.pack.steps:
            if step.scope is Scope.CASE and not code:
                code = app.session.new_case("oefencasus").code  # a case step is offered on its case's screens
            app.open_step(step.id, 0, code if step.scope is Scope.CASE else "")
            await pilot.pause()
            total = len(step.parts)
            for number, part in enumerate(step.parts, 1):
                title = t("cmd.goto_part", step=step.number, part=number, title=part.title)
                [command] = [c for c in app.get_system_commands(app.screen) if c.title == title]
                command.callback()
                await until(pilot, lambda p=part: isinstance(app.screen, StepScreen) and app.screen.part is p)
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, StepScreen) and screen.part is part
                position = str(screen.query_one("#part-position", Static).render())
                assert position == t("step.position", current=number, total=total)
                assert str(screen.query_one("#part-title", Static).render()) == part.title
                assert part_number(step, part) == number
                checked += 1
            await pilot.press("ctrl+o")
            await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
            answers = app.screen.query_one("#answers", OptionList)
            headings = [str(answers.get_option(f"h-{i}").prompt) for i in range(total)]
            assert headings == [numbered_title(n, p.title) for n, p in enumerate(step.parts, 1)]
            await pilot.press("escape")
        assert checked == sum(len(s.parts) for s in app.pack.steps)


def test_the_role_card_numbers_the_parts_as_the_screen_does() -> None:
    """The exports head a part "k. <title>", k its place in the step: the method's "5 Wat kan ik niet doen …" is
    the sixth part of the built-in step 1, and its unnumbered first and last parts have a number too."""
    from bouwsteen_tui.core.answers import Sheet, TextAnswer

    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    step = pack.step("role")
    assert [part_number(step, p) for p in step.parts] == list(range(1, len(step.parts) + 1))
    limits = next(p for p in step.parts if p.id == "limits")
    sheet = Sheet(pack_id=pack.id, step_id=step.id)
    sheet.set("function", TextAnswer(text="zorgcoördinator"))
    sheet.set(limits.questions[0].id, TextAnswer(text="Geen therapie."))
    markdown = render_role_card(pack, sheet, None)
    assert f"## 1. {step.parts[0].title}\n" in markdown
    assert f"## 6. {limits.title}\n" in markdown and part_number(step, limits) == 6
