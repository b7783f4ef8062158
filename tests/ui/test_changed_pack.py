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

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import ChoiceAnswer, RecordsAnswer, ScaleAnswer, Sheet, TextAnswer
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.review import ReviewScreen, orphan_text
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.questions import QuestionWidget
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
                        "labels": {"strength": {"strong": "sterk"}}},
                       {"id": "p-0002", "values": {"organisation": "CLB"}}]}
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


async def open_part(pilot, app: BouwsteenApp, step_id: str, part_index: int) -> StepScreen:  # type: ignore[no-untyped-def]
    app.open_step(step_id, part_index)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, StepScreen)
    return screen


def kept_note(screen: StepScreen, question_id: str) -> str:
    widget = screen.query_one(f"#q-{question_id}", QuestionWidget)
    note = widget.query_one(".q-kept", Static)
    return str(note.render()) if note.display and widget.has_class("-kept") else ""


async def test_a_question_shows_its_kept_answer_by_the_old_label_with_a_note(tmp_path: Path) -> None:
    """A removed scale step reads "3" (its label), a choice now asked as text reads "Optie Y", both noted."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_part(pilot, app, "profile", 2)
        note = kept_note(screen, "how_much")
        assert KEPT_NOTE in note and ": 3\n" in note
        assert not any(b.value for b in screen.query_one("#q-how_much RadioSet", RadioSet).query("RadioButton"))
        screen = await open_part(pilot, app, "profile", 1)
        assert "Optie Y" in kept_note(screen, "one")
        assert "Optie A, Optie B (★ Optie B)" in kept_note(screen, "many")  # the removed option and primary


async def test_a_record_field_whose_kind_changed_shows_its_old_label(tmp_path: Path) -> None:
    """A partner whose "Relatie" field went from scale to yes/no still reads "sterk" in the note, not "strong";
    the note names only that partner, not the one whose values all fit."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_part(pilot, app, "network", 0)
        note = kept_note(screen, "partners")
        assert "1. School · Relatie: sterk" in note
        assert "strong" not in note and "CLB" not in note


async def test_the_records_list_shows_a_kept_field_by_its_old_label(tmp_path: Path) -> None:
    """The list of partners itself (not only the note) reads "sterk" for the field whose kind changed, never the
    internal id "strong"."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_part(pilot, app, "network", 0)
        records = screen.query_one("#q-partners OptionList", OptionList)
        prompts = [str(records.get_option_at_index(i).prompt) for i in range(records.option_count)]
        assert any("School" in p and "sterk" in p for p in prompts), prompts
        assert not any("strong" in p for p in prompts), prompts


async def test_parts_with_answers_that_no_longer_fit_are_not_marked_answered(tmp_path: Path) -> None:
    """Part 2 (both choices no longer fit) is ○, part 3 (only the date and checklist left) is ○, part 1 is ●."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_part(pilot, app, "profile", 0)
        parts = screen.query_one("#parts", OptionList)
        marks = [str(parts.get_option_at_index(i).prompt)[0] for i in range(3)]
        assert marks == ["●", "○", "○"]


async def test_home_progress_does_not_count_answers_that_no_longer_fit(tmp_path: Path) -> None:
    """The profile step reads 2 of 7 answered: the two texts, not the three kept answers."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        steps = app.screen.query_one("#steps", OptionList)
        first = str(steps.get_option_at_index(0).prompt)
        assert "2/7" in first, first


async def test_the_review_shows_a_kept_answer_at_its_question_with_the_note(tmp_path: Path) -> None:
    """The overview lists "Optie Y" under "Eén keuze" (now a text question) with the note, not under the orphans,
    and the removed option by its label "Optie B", never by its id."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_part(pilot, app, "profile", 0)
        screen.action_review()
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        answers = review.query_one("#answers", OptionList)
        prompts = {o.id: str(o.prompt) for o in (answers.get_option_at_index(i) for i in range(answers.option_count))}
        assert "Optie Y" in prompts["q-1-one"] and KEPT_NOTE in prompts["q-1-one"]
        assert "Optie A, Optie B" in prompts["q-1-many"] and KEPT_NOTE in prompts["q-1-many"]
        assert "nog niet ingevuld" not in prompts["q-1-one"]
        assert "h-orphans" not in prompts


async def test_changing_the_question_writes_the_new_answer_over_the_kept_one(tmp_path: Path) -> None:
    """Choosing a scale step replaces the kept "high": the new answer is saved with its label, the note goes."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_part(pilot, app, "profile", 2)
        screen.query_one("#q-how_much RadioSet", RadioSet).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert kept_note(screen, "how_much") == ""
        screen.save_now()
    assert answers_on_disk(root, "profile")["how_much"] == {"kind": "scale", "value": "low", "labels": {"low": "1"}}


async def test_a_step_whose_only_answer_no_longer_fits_still_offers_its_output(tmp_path: Path) -> None:
    """The network's one partner record holds a former scale value: 0/1 answered, yet its map is offered to export
    (the export shows what is kept)."""
    root, pack = answered_workspace(tmp_path), changed_pack(tmp_path)
    app = make_app(root, pack)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        steps = app.screen.query_one("#steps", OptionList)
        assert "0/1" in str(steps.get_option_at_index(2).prompt)
        outputs = app.screen.query_one("#outputs", OptionList)
        ids = [outputs.get_option_at_index(i).id for i in range(outputs.option_count)]
        assert "step:network" in ids


def test_an_answer_to_a_question_the_pack_no_longer_has_reads_as_text_not_as_data() -> None:
    """A kept scale answer reads by its label ("enkele keren"), else by its id, never as JSON."""
    assert orphan_text(ScaleAnswer(value="enkele", labels={"enkele": "enkele keren"})) == "enkele keren"
    assert orphan_text(ScaleAnswer(value="enkele")) == "enkele"
    assert orphan_text(ChoiceAnswer(selected=["melding_clb"], labels={"melding_clb": "Melding aan het CLB"})) \
        == "Melding aan het CLB"
