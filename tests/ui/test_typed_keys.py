"""Keys that type a character never eat typing (issue 15, part 8).

Every command of ``commands.py`` whose key types a character is tried, on every screen or widget that binds it,
against every focusable widget of that screen: it acts only where its rule (``Command.typed``) says, and never in a
text field, on a button, a check box or a choice. A new key in ``commands.py`` is tried here without a new test; a
new screen or widget that binds one needs a scenario in ``SCENARIOS`` (the test says so).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.containers import ScrollableContainer
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Input, OptionList, RadioSet, SelectionList, Tabs, TextArea

import bouwsteen_tui
from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.commands import COMMANDS, ON_ITS_LIST, ON_THE_SCREEN, Command
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.cases import CaseTable
from tests.conftest import DATA
from tests.ui.sample import CASE_CODE, write_sample
from tests.ui.test_commands import declared_bindings

SIZE = (100, 30)
ONE_PART = DATA / "packs" / "one-part"  # every question kind in one part of a case step

TYPED = [command for command in COMMANDS if command.typed_keys]
# "a sentence" with the letter of every such key, and some more
SENTENCE = "Ook " + " ".join(sorted({key for command in TYPED for key in command.typed_keys})) + " typ je hier."


def sample_app(tmp_path: Path, content: Path | None = None) -> BouwsteenApp:
    return BouwsteenApp(write_sample(tmp_path / "ws"), content=content, background_saves=False, preload=True)


async def at_home(pilot: Pilot[Any]) -> None:
    """The home screen with the sample's case in its table, and "Verder" (somewhere to resume)."""
    app = pilot.app
    assert isinstance(app, BouwsteenApp) and isinstance(app.screen, HomeScreen)
    app.session.remember_position("role", 1)
    app.screen.refresh_all()
    await pilot.pause()
    assert app.screen.query_one("#resume").display


async def at_the_step_with_every_kind(pilot: Pilot[Any]) -> None:
    """The part of the test pack with every question kind (and two lists of records), its checklist open."""
    app = pilot.app
    assert isinstance(app, BouwsteenApp)
    case = app.session.new_case("sleutels")
    app.open_step("case", 0, case.code)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, StepScreen)
    screen.query_one("#intro").collapsed = False  # type: ignore[attr-defined]
    await pilot.pause()


async def at_a_preview(pilot: Pilot[Any]) -> None:
    """The case's preview: a tab per document."""
    home = pilot.app.screen
    assert isinstance(home, HomeScreen)
    home.preview(f"case:{CASE_CODE}")
    await pilot.pause()


# The widget or screen that binds a key → how to show it, and with which pack.
SCENARIOS: dict[str, tuple[Callable[[Pilot[Any]], Awaitable[None]], Path | None]] = {
    "HomeScreen": (at_home, None),
    "RecordsQuestionWidget": (at_the_step_with_every_kind, ONE_PART),
    "PreviewScreen": (at_a_preview, None),
}

# What a key acting on a list acts on, per binder: the focused widget it needs.
OWN_LIST: dict[str, Callable[[Widget], bool]] = {
    "HomeScreen": lambda widget: isinstance(widget, CaseTable),
    "RecordsQuestionWidget": lambda widget: isinstance(widget, OptionList) and widget.id == "records",
}


def reading_place(widget: Widget) -> bool:
    """Where nothing can be typed or pressed: a list (not one of check boxes), a table, a tab row, a scroll area."""
    if isinstance(widget, SelectionList | RadioSet | Input | TextArea | Button):
        return False
    return isinstance(widget, OptionList | CaseTable | Tabs | ScrollableContainer)


def binders(command: Command) -> list[str]:
    return sorted({name for name, binding in declared_bindings() if binding.id == command.id})


CASES = [(command, binder) for command in TYPED for binder in binders(command)]


def test_every_key_that_types_a_character_says_where_it_acts() -> None:
    """A command whose key is a letter (or another character) declares its rule; no other command does."""
    assert [c.id for c in COMMANDS if bool(c.typed_keys) != bool(c.typed)] == []
    assert {c.typed for c in TYPED} <= {ON_ITS_LIST, ON_THE_SCREEN}
    assert {key for c in TYPED for key in c.typed_keys} == {"a", "c", "k", "n", "p", "r", "x"}
    assert len(CASES) >= len(TYPED)


@pytest.mark.parametrize(("command", "binder"), CASES, ids=[f"{c.id}@{b}" for c, b in CASES])
async def test_a_typed_key_acts_only_where_its_rule_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: Command, binder: str
) -> None:
    """Focus each focusable widget of the screen in turn and press the key: its command runs exactly where its rule
    allows (its own list or table; or any list, table, tab row or scroll area), never on a button, a check box,
    a choice or a text field."""
    assert binder in SCENARIOS, f"{binder} binds {command.id}: add a scenario that shows it"
    show, content = SCENARIOS[binder]
    ran: list[Widget | None] = []
    action = command.action.partition("(")[0]
    binder_class = bound_class(binder)

    def spy(self: Any, *args: object) -> None:
        ran.append(self.screen.focused)

    monkeypatch.setattr(binder_class, f"action_{action}", spy)
    app = sample_app(tmp_path, content)
    async with app.run_test(size=SIZE) as pilot:
        await show(pilot)
        screen = app.screen
        chain = screen.focus_chain
        kinds = {cls.__name__ for widget in chain for cls in type(widget).__mro__}
        wrong = []
        for widget in chain:
            for key in command.typed_keys:
                widget.focus()
                await pilot.pause()
                if screen.focused is not widget:
                    continue  # (a choice's list closed over it) nothing to try
                ran.clear()
                await pilot.press(key)
                await pilot.pause()
                expected = OWN_LIST[binder](widget) if command.typed == ON_ITS_LIST else reading_place(widget)
                if bool(ran) != expected or app.screen is not screen:
                    wrong.append((type(widget).__name__, widget.id, key, bool(ran)))
        assert wrong == []
    if binder == "RecordsQuestionWidget":  # the scenario did show every kind of input the packs have
        assert {"OptionList", "SelectionList", "Select", "RadioSet", "Input", "TextArea", "Button"} <= kinds


def bound_class(name: str) -> type:
    """The class of the app named ``name`` (a screen, dialog or widget that binds keys)."""
    for info in pkgutil.walk_packages(bouwsteen_tui.__path__, "bouwsteen_tui."):
        if info.name.startswith(("bouwsteen_tui.core", "bouwsteen_tui.export", "bouwsteen_tui.cli")):
            continue
        cls = getattr(importlib.import_module(info.name), name, None)
        if inspect.isclass(cls) and cls.__module__ == info.name:
            return cls
    raise LookupError(name)


async def test_a_sentence_typed_on_the_buttons_under_lists_does_nothing(tmp_path: Path) -> None:
    """Tab from the partner list lands on "+ Nieuwe partner", the next thing below it; a sentence typed there, or on
    any button under a list of records, opens no dialog and changes nothing. In a text field it is typed."""
    app = sample_app(tmp_path, ONE_PART)
    async with app.run_test(size=SIZE) as pilot:
        await at_the_step_with_every_kind(pilot)
        screen = app.screen
        assert isinstance(screen, StepScreen)
        partners = screen.query_one("#q-case_partners #partners", SelectionList)
        partners.focus()
        await pilot.press("tab")
        assert screen.focused is screen.query_one("#q-case_partners #new-partner")
        await pilot.press(*SENTENCE)
        await pilot.pause()
        await pilot.press("tab")
        assert screen.focused is screen.query_one("#q-ideas #records")
        for button in screen.query("#q-ideas Button").results(Button):
            await pilot.press("tab")
            assert screen.focused is button
            await pilot.press(*SENTENCE)
            await pilot.pause()
        assert app.screen is screen
        assert screen.document.answers.get("case_partners") is None
        assert screen.document.answers.get("ideas") is None
        await pilot.press("tab")
        story = screen.query_one("#q-story TextArea", TextArea)
        assert screen.focused is story
        await pilot.press(*SENTENCE)
        await pilot.pause()
        assert story.text == SENTENCE
        assert app.screen is screen


async def test_a_sentence_typed_on_the_case_buttons_does_nothing_and_enter_opens_the_case(tmp_path: Path) -> None:
    """Tab from the table of cases lands on "Openen": letters typed there neither describe, close, keep nor add a
    case, and Enter opens the case selected in the table, never a new-case dialog."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        before = app.session.summary(CASE_CODE)
        home.query_one("#cases", CaseTable).focus()
        await pilot.press("tab")
        assert home.focused is home.query_one("#open-case")
        await pilot.press(*SENTENCE)
        await pilot.pause()
        assert app.screen is home
        assert app.session.summary(CASE_CODE) == before
        assert [case.code for case in app.session.cases()] == [CASE_CODE]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert app.screen.case_code == CASE_CODE
