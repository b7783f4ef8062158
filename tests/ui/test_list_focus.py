"""A list with the focus always has a highlighted row, so Enter acts on something (issue 15, part 8); Enter on a
step of the home screen resumes it where the user left off, as "Verder" does (issue 16, part 7)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, SelectionList

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import Record
from bouwsteen_tui.dialogs.confirm import ConfirmDialog, TextDialog
from bouwsteen_tui.dialogs.record import RecordDialog
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.preview import PreviewScreen
from bouwsteen_tui.screens.review import ReviewScreen
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.cases import CaseTable
from tests.ui.sample import CASE_CODE, write_sample
from tests.ui.test_typed_keys import ONE_PART, at_the_step_with_every_kind

SIZE = (100, 30)


def sample_app(tmp_path: Path, content: Path | None = None) -> BouwsteenApp:
    return BouwsteenApp(write_sample(tmp_path / "ws"), content=content, background_saves=False, preload=True)


def highlighted_id(option_list: OptionList) -> str | None:
    option = option_list.highlighted_option
    return option.id if option is not None else None


async def test_the_records_list_keeps_a_highlighted_row_when_records_go_and_come(tmp_path: Path) -> None:
    """Deleting a record highlights the one that took its place; a list emptied and filled again highlights the
    new record; a change elsewhere that redraws the list keeps the highlighted record."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.open_step("network", 0)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        records = screen.query_one("#q-partners #records", OptionList)
        records.focus()
        await pilot.pause()
        assert records.highlighted == 0
        records.highlighted = 1
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await pilot.pause()
        assert records.has_focus and highlighted_id(records) == "p-0003"  # the next one took its place
        for _ in range(3):
            await pilot.press("delete")
            await pilot.pause()
            await pilot.click("#yes")
            await pilot.pause()
        assert screen.document.answers["partners"].items == []  # type: ignore[attr-defined]
        assert records.has_focus and records.highlighted is None  # only "nothing yet", which cannot be chosen
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, RecordDialog)
        await pilot.press(*"School B", "ctrl+s")
        await pilot.pause()
        assert records.has_focus and records.highlighted == 0
        # a redraw from a change elsewhere (the partners' names changed) keeps the highlighted record
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"School C", "ctrl+s")
        await pilot.pause()
        records.highlighted = 0
        screen._refresh_lookups()
        widget = screen.query_one("#q-partners")
        widget.set_lookups(widget.lookups)  # type: ignore[attr-defined]
        assert records.highlighted == 0 and records.option_count == 2


async def test_the_partner_list_has_a_highlighted_row_and_keeps_it_when_a_partner_is_added(tmp_path: Path) -> None:
    """The partner list highlights its first partner when it gets the focus, and the same partner after the
    network gains one (the list is redrawn)."""
    app = sample_app(tmp_path, ONE_PART)
    async with app.run_test(size=SIZE) as pilot:
        for name in ("Basisschool De Linde", "CAW Oost"):
            app.session.add_partner(Record(values={"organisation": name}))
        await at_the_step_with_every_kind(pilot)
        screen = app.screen
        assert isinstance(screen, StepScreen)
        partners = screen.query_one("#q-case_partners #partners", SelectionList)
        screen.query_one("#q-story TextArea").focus()
        await pilot.pause()
        partners.highlighted = None
        partners.focus()
        await pilot.pause()
        assert partners.highlighted == 0
        await pilot.press("down", "down")
        value = partners.get_option_at_index(2).value
        count = partners.option_count
        app.session.add_partner(Record(values={"organisation": "Atheneum Aan Zee"}))
        screen._refresh_lookups()
        await pilot.pause()
        assert partners.option_count == count + 1
        assert partners.highlighted == 2 and partners.get_option_at_index(2).value == value


async def test_every_list_of_a_step_has_a_highlighted_row_when_it_gets_the_focus(tmp_path: Path) -> None:
    """Parts, partners, records, choices and checklists: each list that gets the focus has a highlighted row."""
    app = sample_app(tmp_path, ONE_PART)
    async with app.run_test(size=SIZE) as pilot:
        await at_the_step_with_every_kind(pilot)
        lists = list(app.screen.query(OptionList).results(OptionList))
        assert len(lists) >= 5
        for option_list in lists:
            app.screen.query_one("#q-story TextArea").focus()
            await pilot.pause()
            option_list.highlighted = None
            option_list.focus()
            await pilot.pause()
            enabled = any(not option.disabled for option in option_list.options)
            assert (option_list.highlighted is not None) == enabled, option_list


async def test_the_review_highlights_its_first_answer_so_enter_jumps_to_it(tmp_path: Path) -> None:
    """The review's list opens with the first answer highlighted (not its part's heading): Enter goes there."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.open_step("role", 0)
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        answers = review.query_one("#answers", OptionList)
        assert answers.has_focus and highlighted_id(answers) == "q-0-function"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.part_index == 0


async def test_the_outputs_keep_their_highlighted_row_after_a_preview(tmp_path: Path) -> None:
    """Back from a preview the outputs list has the focus and the same output highlighted: Enter opens it again."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        outputs = home.query_one("#outputs", OptionList)
        outputs.focus()
        outputs.highlighted = 2
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is home
        assert outputs.has_focus and highlighted_id(outputs) == "step:network"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen) and app.screen.target == "step:network"


async def test_the_case_table_has_a_selected_row_after_it_is_emptied_and_filled(tmp_path: Path) -> None:
    """The table of cases always has its cursor on a case: after the last one is deleted and a new one made, on
    that one, and Enter opens it."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        table = home.query_one("#cases", CaseTable)
        table.focus()
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert table.row_count == 0 and table.cursor_key is None
        await pilot.press("enter")  # nothing to open: no dialog either
        await pilot.pause()
        assert app.screen is home
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"nieuwe leerling", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is home and table.has_focus
        code = table.cursor_key
        assert code is not None and code != CASE_CODE
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.case_code == code


async def test_enter_on_a_step_resumes_it_where_the_user_left_off(tmp_path: Path) -> None:
    """Enter on the step the user was last in opens it at the part they were at (and for the case step, in the
    case they were in), as "Verder" does; another step opens at its start."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        steps = app.screen.query_one("#steps", OptionList)
        app.open_step("network", 3)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert steps.has_focus
        steps.highlighted = 2
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen) and (screen.step.id, screen.part_index) == ("network", 3)
        await pilot.press("escape")
        await pilot.pause()
        steps.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen) and (screen.step.id, screen.part_index) == ("role", 0)
        # the case step: where the user was, in the case they were in
        app.open_step("case", 4, CASE_CODE)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        app.session.new_case("een tweede")  # another case, selected in the table, is not where they left off
        app.screen.refresh_all()  # type: ignore[attr-defined]
        steps.focus()
        steps.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        assert (screen.step.id, screen.part_index, screen.case_code) == ("case", 4, CASE_CODE)
