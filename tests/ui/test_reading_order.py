"""Tab follows reading order on every screen and dialog: top to bottom, left to right, as drawn (issue 15, part 8).

Each test checks that every focusable widget of a screen comes after the one before it in reading order, judged by
where they are drawn: a container before what it holds, a column on the left before the one on its right, else a
higher line before a lower one and, on a line, left before right (see ``drawn_before``); then it walks Tab over the
screen, which must visit them in that order, each once, and come back to the first.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import Record
from bouwsteen_tui.dialogs.confirm import ChoiceDialog, ConfirmDialog, TextDialog
from bouwsteen_tui.dialogs.export import ExportDialog
from bouwsteen_tui.dialogs.record import RecordDialog
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.widgets.base import Lookups
from tests.ui.sample import CASE_CODE, write_sample
from tests.ui.test_typed_keys import ONE_PART, at_the_step_with_every_kind

WIDE, NARROW = (100, 30), (80, 24)


def sample_app(tmp_path: Path, content: Path | None = None) -> BouwsteenApp:
    return BouwsteenApp(write_sample(tmp_path / "ws"), content=content, background_saves=False, preload=True)


def reads_before(a: Region, b: Region) -> bool:
    """Whether what is drawn at ``a`` is read before what is drawn at ``b`` (two widgets side by side in one
    container, or a container and what it holds)."""
    if a.contains_region(b):
        return True  # a container (a scroll area) before what it holds
    if b.contains_region(a):
        return False
    side_by_side = a.right <= b.x or b.right <= a.x
    same_lines = a.y < b.bottom and b.y < a.bottom
    if side_by_side and same_lines:
        return a.right <= b.x  # columns: the left one first
    return (a.y, a.x) < (b.y, b.x)


def drawn_before(a: Widget, b: Widget) -> bool:
    """Whether widget ``a`` is read before widget ``b``: a container before what it holds; else, in the innermost
    container that holds both, the part that holds ``a`` before the part that holds ``b``, as drawn (both then
    scroll together, so their places compare even when a part is scrolled out of view)."""
    if a in b.ancestors:
        return True
    if b in a.ancestors:
        return False
    path_a = [a, *a.ancestors]
    path_b = [b, *b.ancestors]
    common = next(node for node in path_a if node in path_b)
    part_a = path_a[path_a.index(common) - 1]
    part_b = path_b[path_b.index(common) - 1]
    assert isinstance(part_a, Widget) and isinstance(part_b, Widget)
    return reads_before(part_a.region, part_b.region)


def name(widget: Widget) -> str:
    return f"{type(widget).__name__}#{widget.id or ''}"


async def assert_tab_reads_in_order(pilot: Pilot[Any], where: str, *, walk: bool = True) -> int:
    """Check the screen on top's focus chain against the drawn order and (``walk``) walk Tab over it; return how
    many widgets it holds."""
    screen = pilot.app.screen
    chain = screen.focus_chain
    assert chain, f"{where}: nothing to focus"
    wrong = [(name(a), name(b)) for a, b in pairwise(chain) if not drawn_before(a, b)]
    assert wrong == [], f"{where}: Tab does not follow the drawn order"
    if not walk:
        return len(chain)
    chain[0].focus()
    await pilot.pause()
    visited = [screen.focused]
    for _ in chain[1:]:
        await pilot.press("tab")
        visited.append(screen.focused)
    assert visited == chain, f"{where}: Tab went {[name(w) for w in visited if w]}"
    await pilot.press("tab")
    assert screen.focused is chain[0], f"{where}: Tab from the last goes back to the first"
    return len(chain)


def test_reading_order_of_columns_lines_and_containers() -> None:
    """The order itself: a container first, the left column first, then line by line."""
    assert reads_before(Region(0, 0, 100, 30), Region(2, 5, 10, 1))
    assert reads_before(Region(0, 2, 33, 27), Region(34, 1, 66, 28))  # the parts list before the questions
    assert not reads_before(Region(34, 1, 66, 28), Region(0, 2, 33, 27))
    assert reads_before(Region(40, 3, 10, 1), Region(2, 4, 10, 1))  # the end of a line before the next line
    assert reads_before(Region(2, 4, 10, 1), Region(20, 4, 10, 1))
    assert not reads_before(Region(20, 4, 10, 1), Region(2, 4, 10, 1))


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
async def test_home_reads_in_order(tmp_path: Path, size: tuple[int, int]) -> None:
    """Home: Verder, the steps, the table of cases, its buttons (Openen first), the outputs."""
    app = sample_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        app.session.remember_position("role", 1)
        home.refresh_all()
        await pilot.pause()
        await assert_tab_reads_in_order(pilot, "home")
        ids = [w.id for w in home.focus_chain if w.id]
        assert ids.index("resume") < ids.index("steps") < ids.index("cases") < ids.index("open-case")
        assert ids.index("open-case") + 1 == ids.index("describe-case")
        assert ids.index("new-case") < ids.index("outputs")


async def test_every_part_of_every_step_reads_in_order(tmp_path: Path) -> None:
    """Every part of the method's three steps: the parts list, then the questions as drawn, each list before the
    buttons under it, then Vorige and Volgende. Tab is walked over the first part of each step (it follows the same
    chain on every part); the narrow layout, without the parts list, is tried below."""
    app = sample_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        visited = 0
        for step in app.session.pack.steps:
            for index in range(len(step.parts)):
                app.open_step(step.id, index, CASE_CODE if step.scope.value == "case" else "")
                await pilot.pause()
                where = f"{step.id} part {index + 1}"
                visited += await assert_tab_reads_in_order(pilot, where, walk=index == 0)
        assert visited > 100


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
async def test_a_part_with_every_question_kind_reads_in_order(tmp_path: Path, size: tuple[int, int]) -> None:
    """One part with every kind of question, its checklist open: partner list, "+ Nieuwe partner", records and
    their buttons, text, choices with the main one, a date, a scale, a checklist."""
    app = sample_app(tmp_path, ONE_PART)
    async with app.run_test(size=size) as pilot:
        await at_the_step_with_every_kind(pilot)
        assert await assert_tab_reads_in_order(pilot, "every kind") > 15


async def test_review_preview_help_and_privacy_read_in_order(tmp_path: Path) -> None:
    """The review, a case's preview (its tabs), the network map, the help and the privacy screen."""
    app = sample_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.open_step("case", 0, CASE_CODE)
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        await assert_tab_reads_in_order(pilot, "review")
        for target in (f"case:{CASE_CODE}", "step:network"):
            app.action_preview(target)
            await pilot.pause()
            await assert_tab_reads_in_order(pilot, target)
        app.action_help()
        await pilot.pause()
        await assert_tab_reads_in_order(pilot, "help")
        app.action_privacy()
        await pilot.pause()
        await assert_tab_reads_in_order(pilot, "privacy")


async def test_dialogs_read_in_order(tmp_path: Path) -> None:
    """The record dialog (a partner with every kind of field), the text, confirm and choice dialogs, and export."""
    from tests.conftest import DATA

    app = sample_app(tmp_path, DATA / "packs" / "every-kind")
    async with app.run_test(size=WIDE) as pilot:
        partners = app.session.pack.partner_records()
        assert partners is not None
        record = Record(values={"organisation": "School A", "email": "a@example.org"})
        dialogs = [
            RecordDialog(partners, record, Lookups(), new=False),
            TextDialog("Nieuwe casus", "Beschrijf", placeholder="…"),
            ConfirmDialog("Verwijderen?", "Zeker?", "Verwijderen", danger=True),
            ChoiceDialog("Bewaren?", "Wat nu?", [("discard", "Weg"), ("keep", "Bewaren")]),
            ExportDialog(),
        ]
        for dialog in dialogs:
            app.push_screen(dialog)
            await pilot.pause()
            await assert_tab_reads_in_order(pilot, type(dialog).__name__)
            app.pop_screen()
            await pilot.pause()
