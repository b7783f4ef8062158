"""Pilot tests: a content pack changed after answers were given (issue 11, item 9).

A trainer removes an option or a scale step, or changes a question's kind. The answer that no longer fits is kept
untouched, shown with its old label, and not counted as answered; it is written over only when the user changes
that question.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from textual.widgets import OptionList, RadioSet, Static

from bouwsteen_tui.answers import ChoiceAnswer, RecordsAnswer, ScaleAnswer, Sheet, TextAnswer
from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.content import load_pack_or_raise
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.review import ReviewScreen
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.questions import QuestionWidget
from bouwsteen_tui.workspace import Workspace
from tests.conftest import DATA

SIZE = (100, 40)
KEPT_NOTE = "past niet meer bij deze vraag"


def changed_pack(tmp_path: Path) -> Path:
    """The every-kind pack, changed by a trainer: option B and scale step "high" removed, "one" (a single choice)
    now a text question, and the partners' "strength" field (a scale) now yes/no."""
    pack = tmp_path / "pack"
    shutil.copytree(DATA / "packs" / "every-kind", pack)
    profile = pack / "profile.toml"
    text = profile.read_text(encoding="utf-8")
    text = text.replace('{ id = "b", label = "Optie B" }, ', "")
    text = text.replace(', { id = "high", label = "3" }', "")
    text = text.replace(
        'id = "one"\nkind = "choice"\nmultiple = false\nlabel = "Eén keuze"\n'
        'options = [{ id = "x", label = "Optie X" }, { id = "y", label = "Optie Y" }]',
        'id = "one"\nkind = "text"\nlabel = "Eén keuze"',
    )
    profile.write_text(text, encoding="utf-8")
    network = pack / "network.toml"
    network.write_text(
        network.read_text(encoding="utf-8").replace(
            '{ id = "strength", kind = "scale", label = "Relatie", '
            'options = [{ id = "weak", label = "zwak" }, { id = "strong", label = "sterk" }] }',
            '{ id = "strength", kind = "yesno", label = "Relatie" }',
        ),
        encoding="utf-8",
    )
    load_pack_or_raise(pack)  # still a valid pack
    return pack


def answered_workspace(tmp_path: Path) -> Path:
    """A workspace answered with the original pack: every answer that the change above affects, and more."""
    root = tmp_path / "ws"
    with Workspace.open(root) as workspace:
        profile = Sheet(pack_id="every_kind", step_id="profile")
        profile.set("long_text", TextAnswer(text="Lang"))
        profile.set("short_text", TextAnswer(text="Kort"))
        profile.set("many", ChoiceAnswer(selected=["a", "b"], primary="b", labels={"a": "Optie A", "b": "Optie B"}))
        profile.set("one", ChoiceAnswer(selected=["y"], labels={"y": "Optie Y"}))
        profile.set("how_much", ScaleAnswer(value="high", labels={"high": "3"}))
        workspace.save(profile)
        network = Sheet(pack_id="every_kind", step_id="network")
        network.set("partners", RecordsAnswer.model_validate(
            {"items": [{"id": "p-0001", "values": {"organisation": "School", "strength": "strong"},
                        "labels": {"strength": {"strong": "sterk"}}}]}
        ))
        workspace.save(network)
    return root


def answers_on_disk(root: Path, step_id: str) -> dict[str, object]:
    """The answers table of a sheet as it is in the file."""
    with open(root / f"{step_id}.toml", "rb") as handle:
        answers: dict[str, object] = tomllib.load(handle)["answers"]
    return answers


def answers_text(root: Path, step_id: str) -> str:
    """The answers of a sheet as the bytes of the file hold them (they come last; the save time stamp before)."""
    text = (root / f"{step_id}.toml").read_text(encoding="utf-8")
    return text[text.index("[answers"):]


def make_app(workspace: Path, pack: Path) -> BouwsteenApp:
    return BouwsteenApp(workspace, content=pack, background_saves=False, preload=True)


async def test_going_through_every_part_and_the_review_writes_nothing_over_answers_that_no_longer_fit(
    tmp_path: Path,
) -> None:
    """Opening each part of the changed steps, the overview, and quitting leaves the stored answers as they were."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    before = {s: answers_text(root, s) for s in ("profile", "network")}
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        for step_id in ("profile", "network"):
            app.open_step(step_id, 0)
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, StepScreen)
            for _ in screen.step.parts:
                for _widget in screen.query(QuestionWidget):
                    await pilot.press("tab")  # focus moves through every input without changing it
                await screen.action_next_part()
                await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
        await app.action_quit()
    after = {s: answers_text(root, s) for s in ("profile", "network")}
    assert after == before
